import CTesseract

/// One Tesseract instance, reading one page image at a time into lines,
/// words and symbols with their boxes and confidences. An instance keeps
/// state between calls and must never be shared: each worker thread makes
/// its own.
final class PageRecognizer {
    private let api: OpaquePointer

    /// - Parameter dataPath: the directory holding `chi_sim.traineddata` and
    ///   `eng.traineddata`; nil for Tesseract's own (`TESSDATA_PREFIX`, or
    ///   where the system's packages put them).
    init(languages: [String], dataPath: String? = nil) throws(OCRError) {
        try OCRLibraries.load()
        OpenMPThreads.turnOff()
        LibraryMessages.silence()
        guard let api = Self.started(dataPath: dataPath, languages: languages) else {
            let missing = languages.filter { language in
                guard let api = Self.started(dataPath: dataPath, languages: [language]) else { return true }
                TessBaseAPIDelete(api)
                return false
            }
            throw .languageDataMissing(languages: missing.isEmpty ? languages : missing)
        }
        self.api = api
    }

    deinit {
        TessBaseAPIDelete(api)
    }

    /// A Tesseract with every one of `languages` loaded, or nil.
    static func started(dataPath: String?, languages: [String]) -> OpaquePointer? {
        guard let api = TessBaseAPICreate() else { return nil }
        let joined = languages.joined(separator: "+")
        guard TessBaseAPIInit2(api, dataPath, joined, OEM_LSTM_ONLY) == 0, loadedLanguages(api).isSuperset(of: languages) else {
            TessBaseAPIDelete(api)
            return nil
        }
        return api
    }

    private static func loadedLanguages(_ api: OpaquePointer) -> Set<String> {
        guard let vector = TessBaseAPIGetLoadedLanguagesAsVector(api) else { return [] }
        defer { TessDeleteTextArray(vector) }
        var languages: Set<String> = []
        var index = 0
        while let name = vector[index] {
            languages.insert(String(cString: name))
            index += 1
        }
        return languages
    }

    /// The lines read in `part`, and, for each of `regions` (page
    /// coordinates), the lines read in it on its own. Boxes are in page
    /// coordinates; `dpi` tells Tesseract the size of the text.
    func recognize(_ part: PagePart, dpi: Int, regions: [PixelBox]? = nil, segmentation: TessPageSegMode) -> [[RecognizedLine]] {
        TessBaseAPISetImage2(api, part.image.pix)
        TessBaseAPISetSourceResolution(api, Int32(dpi))
        TessBaseAPISetPageSegMode(api, segmentation)
        defer { TessBaseAPIClear(api) }
        guard let regions else { return [recognizeSet(part)] }
        return regions.map { region in
            let (left, top) = part.local(x: max(region.left, part.origin.x), y: max(region.top, part.origin.y))
            var (right, bottom) = part.local(x: region.right, y: region.bottom)
            right = min(right, part.image.width)
            bottom = min(bottom, part.image.height)
            guard right > left, bottom > top else { return [] }
            TessBaseAPISetRectangle(api, Int32(left), Int32(top), Int32(right - left), Int32(bottom - top))
            return recognizeSet(part)
        }
    }

    /// Reads the image (or rectangle) last set.
    private func recognizeSet(_ part: PagePart) -> [RecognizedLine] {
        guard TessBaseAPIRecognize(api, nil) == 0, let iterator = TessBaseAPIGetIterator(api) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        guard let layout = TessResultIteratorGetPageIterator(iterator) else { return [] }
        var lines: [RecognizedLine] = []
        repeat {
            guard let text = TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
            defer { TessDeleteText(text) }
            if lines.isEmpty || TessPageIteratorIsAtBeginningOf(layout, RIL_TEXTLINE) != 0 {
                lines.append(RecognizedLine(box: Self.box(layout, RIL_TEXTLINE, part), words: []))
            }
            if lines[lines.count - 1].words.isEmpty || TessPageIteratorIsAtBeginningOf(layout, RIL_WORD) != 0 {
                let language = TessResultIteratorWordRecognitionLanguage(iterator).map { String(cString: $0) } ?? ""
                lines[lines.count - 1].words.append(RecognizedWord(symbols: [], language: language))
            }
            let symbol = RecognizedSymbol(
                text: String(cString: text), box: Self.box(layout, RIL_SYMBOL, part),
                confidence: TessResultIteratorConfidence(iterator, RIL_SYMBOL)
            )
            let line = lines.count - 1
            lines[line].words[lines[line].words.count - 1].symbols.append(symbol)
        } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return lines.filter { !$0.words.isEmpty }
    }

    /// The box of the element at `level`, on the page.
    private static func box(_ layout: OpaquePointer, _ level: TessPageIteratorLevel, _ part: PagePart) -> PixelBox {
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        TessPageIteratorBoundingBox(layout, level, &left, &top, &right, &bottom)
        let (x0, y0) = part.onPage(x: Int(left), y: Int(top)), (x1, y1) = part.onPage(x: Int(right), y: Int(bottom))
        return PixelBox(left: x0, top: y0, right: x1, bottom: y1)
    }
}
