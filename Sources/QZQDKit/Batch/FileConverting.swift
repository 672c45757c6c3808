/// Converts one input file into one output file, written atomically. The
/// batch runs many of these at once, from several threads.
public protocol FileConverting: Sendable {
    func convert(_ inputPath: String, to outputPath: String) -> Result<ConversionSummary, FileFailure>
}

/// Converts in this process: what `qzqd convert -o` (and so each batch worker) does.
public struct InProcessConverter: FileConverting {
    public var options: ConversionOptions
    /// Also write the review report beside each output (`batch --report`).
    public var writesReport: Bool

    public init(options: ConversionOptions, writesReport: Bool = false) {
        self.options = options
        self.writesReport = writesReport
    }

    public func convert(_ inputPath: String, to outputPath: String) -> Result<ConversionSummary, FileFailure> {
        if writesReport {
            return ReviewReportFile.write(inputPath, report: ReviewReportFile.path(besideOutput: outputPath), json: outputPath, options: options)
        }
        return Self.write(to: outputPath) { [options] () throws(ConversionError) in
            try Converter.convert(fileAt: inputPath, options: options)
        }
    }

    /// Runs `convert` and writes what it produced to `outputPath`.
    public static func write(
        to outputPath: String, _ convert: () throws(ConversionError) -> ConversionOutput
    ) -> Result<ConversionSummary, FileFailure> {
        let output: ConversionOutput
        do {
            output = try convert()
        } catch {
            return .failure(FileFailure(error))
        }
        do {
            try AtomicFile.write(output.json, to: outputPath)
        } catch {
            return .failure(.outputUnwritable(error))
        }
        return .success(ConversionSummary(output.document))
    }
}
