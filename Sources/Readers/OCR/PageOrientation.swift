import CTesseract
import PowerListModel

/// A landscape list scanned onto portrait paper, or a page fed in upside
/// down, reaches OCR turned a quarter or half round, and nothing on it would
/// be read. Tesseract's orientation detection (the `osd` data) says how the
/// page's print stands; the page is turned upright before anything else is
/// done to it. Where it is unsure (a page with little print) or the data is
/// not installed, the page is read as it stands. One instance per worker,
/// never shared, like `PageRecognizer`.
final class PageOrientation {
    /// Below this, Tesseract's orientation confidence is a guess: upright
    /// pages of the corpus score 6–23, turned ones 6–19.
    static let leastConfidence: Float = 3

    private let api: OpaquePointer

    /// nil when the `osd` data (`tesseract-ocr-osd`) or Tesseract itself is missing.
    init?(dataPath: String? = nil) {
        // Safe to make first, like `PageRecognizer`: the libraries opened, their messages silenced.
        guard (try? OCRLibraries.load()) != nil else { return nil }
        LibraryMessages.silence()
        guard let api = TessBaseAPICreate() else { return nil }
        guard TessBaseAPIInit3(api, dataPath, "osd") == 0 else {
            TessBaseAPIDelete(api)
            return nil
        }
        TessBaseAPISetPageSegMode(api, PSM_OSD_ONLY)
        self.api = api
    }

    deinit {
        TessBaseAPIDelete(api)
    }

    /// How far the print on `image` is turned from upright.
    func turn(of image: PageImage, dpi: Int) -> QuarterTurn {
        TessBaseAPISetImage2(api, image.pix)
        TessBaseAPISetSourceResolution(api, Int32(dpi))
        defer { TessBaseAPIClear(api) }
        var degrees: Int32 = 0, confidence: Float = 0, scriptConfidence: Float = 0
        var script: UnsafePointer<CChar>?
        guard TessBaseAPIDetectOrientationScript(api, &degrees, &confidence, &script, &scriptConfidence) != 0,
              confidence >= Self.leastConfidence else { return .none }
        return Self.turn(degrees: Int(degrees))
    }

    /// Tesseract's orientation (degrees the print is turned counterclockwise:
    /// 270 for a table whose lines read upwards) as a quarter turn.
    static func turn(degrees: Int) -> QuarterTurn {
        switch degrees {
        case 90: .clockwise
        case 180: .half
        case 270: .counterclockwise
        default: .none
        }
    }

    /// `image` turned upright (the same image when it stands so).
    static func upright(_ image: PageImage, turn: QuarterTurn) -> PageImage {
        // Leptonica turns by quarters clockwise.
        let quarters: Int32 = switch turn {
        case .none: 0
        case .counterclockwise: 1
        case .half: 2
        case .clockwise: 3
        }
        guard quarters > 0, let turned = PageImage.adopting(pixRotateOrth(image.pix, quarters)) else { return image }
        return turned
    }
}
