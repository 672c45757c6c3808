import Emission
import PowerListModel
import ReviewReport

/// `qzqd report` and `qzqd batch --report`: a file converted with provenance
/// (whatever the options say: the boxes need it), its PDF pages drawn, and
/// the review page written beside or instead of its JSON.
public enum ReviewReportFile {
    /// What `batch --report` names the report of `x.json`: `x.report.html`.
    public static func path(besideOutput jsonPath: String) -> String {
        (jsonPath.hasSuffix(".json") ? String(jsonPath.dropLast(5)) : jsonPath) + ".report.html"
    }

    /// The resolution pages are drawn at unless asked otherwise.
    public static let defaultDPI = PageRenderer.defaultScale * 72

    /// The conversion of the file at `path` as `options` ask for it, and its
    /// report, its PDF pages drawn at `dpi`.
    public static func make(
        fileAt path: String, options: ConversionOptions, dpi: Double = defaultDPI
    ) throws(ConversionError) -> (output: ConversionOutput, html: [UInt8]) {
        var withPlaces = options
        withPlaces.provenance = true
        var output = try Converter.convert(fileAt: path, options: withPlaces)
        var pages: [RenderedPage] = []
        if output.document.source.format == .pdf {
            do {
                pages = try PageRenderer.render(pdfAt: path, password: options.password, scale: dpi / 72, threads: options.pdfThreads)
            } catch {
                throw ConversionError(.notPDFOrDamaged, error.description)
            }
        }
        let html = Array(ReviewReport.html(for: output.document, pages: pages).utf8)
        if !options.provenance { output = try withoutProvenance(output, style: options.style) }
        return (output, html)
    }

    /// Converts `inputPath`, writes its report to `reportPath` and then, when
    /// given, its JSON to `jsonPath`: a JSON beside no report is a run that
    /// stopped between the two, which a resumed batch redoes.
    public static func write(
        _ inputPath: String, report reportPath: String, json jsonPath: String?, options: ConversionOptions
    ) -> Result<ConversionSummary, FileFailure> {
        let made: (output: ConversionOutput, html: [UInt8])
        do {
            made = try make(fileAt: inputPath, options: options)
        } catch {
            return .failure(FileFailure(error))
        }
        do {
            try AtomicFile.write(made.html, to: reportPath)
            if let jsonPath { try AtomicFile.write(made.output.json, to: jsonPath) }
        } catch {
            return .failure(.outputUnwritable(error))
        }
        return .success(ConversionSummary(made.output.document))
    }

    private static func withoutProvenance(_ output: ConversionOutput, style: OutputStyle) throws(ConversionError) -> ConversionOutput {
        var document = output.document
        for index in document.items.indices { document.items[index].provenance = nil }
        do {
            return ConversionOutput(document: document, json: try DocumentEmitter.emit(document, style: style == .jcs ? .jcs : .canonical))
        } catch {
            throw ConversionError(.internalError, "output failed schema validation (a bug, please report): \(error)")
        }
    }
}
