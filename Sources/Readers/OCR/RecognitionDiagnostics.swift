import PowerListModel

/// What a document read by OCR must say about it (SPEC.md): recognized text
/// is not printed text.
public enum RecognitionDiagnostics {
    /// `ocr-text`: which pages were recognized, and how sure Tesseract was of them.
    public static func recognizedText(_ pages: [RecognizedPage]) -> Diagnostic {
        let numbers = pages.map(\.glyphs.number)
        let confidences = pages.flatMap { $0.glyphs.glyphs.compactMap(\.confidence) }
        let mean = confidences.isEmpty ? 0 : Double(confidences.reduce(0) { $0 + Int($1) }) / Double(confidences.count)
        let mended = pages.reduce(0) { $0 + $1.mended }
        let mending = mended > 0 ? "，其中\(mended)个低置信度字符按全文用字校正" : ""
        let read = confidences.isEmpty ? "未识别出文字" : "文字经OCR识别，平均置信度\(Int(mean.rounded()))%\(mending)，可能有误"
        return Diagnostic(.warning, .ocrText, seq: nil, "第\(PageRanges.describe(numbers))页无文字层（扫描图像），\(read)")
    }
}

extension RecognitionDiagnostics {
    /// A cell holding a character Tesseract was less sure of than this
    /// (percent) is doubtful. Tesseract is 90–100% sure of most characters it
    /// reads right; most it misreads (`骗` as `允`, 36%) fall below.
    public static let doubtfulBelow: UInt8 = 70

    /// `ocr-low-confidence`, one per item with doubtful cells: each cell's
    /// least sure line, under its column's printed title, and how sure
    /// Tesseract was of it. Item segmentation makes one item of each detail
    /// row, in order: `items` are those of `table.rows`.
    public static func lowConfidence(_ table: Table, items: [SegmentedItem]) -> [Diagnostic] {
        zip(table.rows, items).compactMap { row, item in
            let doubtful = table.columns.compactMap { column -> String? in
                let recognized = row[column.role].lines.compactMap { line in line.confidence.map { (line.text, $0) } }
                guard let (text, confidence) = recognized.min(by: { $0.1 < $1.1 }), confidence < doubtfulBelow else { return nil }
                return "\(column.title)“\(text)”（\(confidence)%）"
            }
            guard !doubtful.isEmpty else { return nil }
            return Diagnostic(.warning, .ocrLowConfidence, seq: item.seq, "第\(item.seq)项OCR识别置信度低的单元格：\(doubtful.joined(separator: "；"))，请核对原件")
        }
    }
}

extension RecognitionDiagnostics {
    /// Why a scanned table cannot be given out as read, or nil: where most
    /// recognized rows have neither a readable 序号 nor a known 权力类型 (a
    /// table without a 权力类型 column: no readable 序号; without a 序号
    /// column, its 序号 title misread too: no known 权力类型), OCR did not
    /// make out the table (print too small or too faint, columns run
    /// together, print touching the rules), and its items would be noise:
    /// the document is an error, not a quiet result (SPEC.md).
    public static func illegibleTable(_ table: Table, items: [SegmentedItem]) -> String? {
        let roles = Set(table.columns.map(\.role))
        let hasSeq = roles.contains(.seq), hasCategory = roles.contains(.category)
        guard hasSeq || hasCategory else { return nil }
        let recognized = zip(table.rows, items).filter { row, _ in row[.seq].isRecognized || row[.name].isRecognized }
        guard recognized.count >= 3 else { return nil }
        let unreadable = recognized.count { _, item in
            (!hasSeq || item.seqSource == .inferred) && (!hasCategory || item.categoryRaw.map { PowerCategory.canonicalize($0) == nil } ?? true)
        }
        guard 2 * unreadable > recognized.count else { return nil }
        let shown = switch (hasSeq, hasCategory) {
        case (true, true): "neither a readable 序号 nor a known 权力类型"
        case (true, false): "no readable 序号"
        default: "no known 权力类型 (and the table no 序号 column)"
        }
        return "OCR could not make out the scanned table: \(unreadable) of \(recognized.count) rows show \(shown) (print too small or too faint for OCR?)"
    }
}

/// Page numbers as a reader writes them: `1-3、5、7-9`.
enum PageRanges {
    static func describe(_ numbers: [Int]) -> String {
        var ranges: [ClosedRange<Int>] = []
        for number in Set(numbers).sorted() {
            if let last = ranges.last, last.upperBound + 1 == number {
                ranges[ranges.count - 1] = last.lowerBound...number
            } else {
                ranges.append(number...number)
            }
        }
        return ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: "、")
    }
}
