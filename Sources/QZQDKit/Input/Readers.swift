import PowerListModel

/// Picks the reader for an input: the format given, or the one its bytes show.
enum Readers {
    static func table(bytes: [UInt8], path: String?, options: ConversionOptions) throws(ConversionError) -> (Table, SourceFormat) {
        let isPDF = options.format == .pdf || (options.format == .auto && InputSniffer.isPDF(bytes))
        if isPDF {
            return (try PDFInput.table(bytes: bytes, path: path, password: options.password), .pdf)
        }
        return (try TextInput.table(bytes: bytes, format: options.format), .text)
    }
}
