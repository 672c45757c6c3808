import CTesseract

/// Tesseract and Leptonica write warnings and errors to standard error
/// ("Error opening data file …", "Warning in pixScaleGrayLI: …") in lines
/// that would break the CLI's one-line errors; what fails is checked where
/// it is called and reported as a typed error instead. Tesseract's message
/// file is one setting for the whole process, read by every instance while
/// it prints: it is set once, before any instance starts.
enum LibraryMessages {
    private static let silenced: Void = {
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
        guard let api = TessBaseAPICreate() else { return }
        TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        TessBaseAPIDelete(api)
    }()

    static func silence() {
        _ = silenced
    }
}
