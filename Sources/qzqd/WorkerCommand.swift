import ArgumentParser
import Foundation
import QZQDKit

/// What `qzqd batch` runs in each of its worker processes: converts the files
/// it is sent on standard input, one request per line, and replies to each
/// on standard output (`WorkerProtocol`). It ends at end-of-input, or when
/// the batch that started it is gone.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worker", shouldDisplay: false)

    @Option var format: InputFormat = .auto
    @Flag var jcs = false
    @Flag var strict = false
    @Option var maxBytes = ConversionOptions.defaultMaxBytes
    @Option var ocr: OCRMode = .auto
    @Option var pdfThreads = 1
    @Flag var provenance = false
    @Flag var report = false

    func run() throws {
        Watchdog.startWatchingParent { Foundation.exit(ConversionError.Kind.internalError.exitStatus) }
        let converter = InProcessConverter(options: ConversionOptions(
            format: format, password: ProcessInfo.processInfo.environment[WorkerPool.passwordVariable],
            maxBytes: maxBytes, strict: strict, style: jcs ? .jcs : .canonical, pdfThreads: pdfThreads, ocr: ocr,
            // Each page read is reported: the batch shows it, and its time limit starts again.
            ocrProgress: { pages, total in Console.standardOutput(WorkerProtocol.encode(WorkerProtocol.Recognized(pages: pages, of: total))) },
            provenance: provenance
        ), writesReport: report)
        while let line = readLine(strippingNewline: true) {
            let result: Result<ConversionSummary, FileFailure>
            if let request = WorkerProtocol.decodeRequest(Array(line.utf8)) {
                result = converter.convert(request.input, to: request.output)
            } else {
                result = .failure(FileFailure(code: ConversionError.Kind.internalError.rawValue, message: "unreadable worker request"))
            }
            Console.standardOutput(WorkerProtocol.encode(result))
        }
    }
}
