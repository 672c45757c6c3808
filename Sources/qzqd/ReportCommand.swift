import ArgumentParser
import Foundation
import QZQDKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a review page of one conversion: source pages with boxes, items, diagnostics (one HTML file).",
        discussion: """
        Converts FILE as `convert` does and writes one self-contained HTML file (no server, no network: \
        page images, style and script are inside it) for checking the result against the source:

          - a PDF's pages, drawn in grey at \(Int(ReviewReportFile.defaultDPI)) dpi (--dpi), with a box over every place a field \
        was read from;
          - the items beside them (序号, 权力类型, 权力事项, 行政主体, the long fields folded) and the diagnostics;
          - click a field, a box or a diagnostic: its item and its boxes are highlighted and scrolled into view.

        Box colours: blue as printed; purple inferred or repaired (seq-inferred, cell-filled-from-summary, \
        cell-truncated, subject-inferred …); orange read by OCR with low confidence; red errors; teal other \
        findings. Fields with a value but no place in their row (filled from the summary) are listed as such. \
        Word, Excel, web and text inputs have no pages: each field shows its sheet cell, table cell or lines.

        --output is written atomically. `qzqd batch --report` writes one beside each JSON.

        Examples:
          qzqd report 赵县医疗保障局权责清单.pdf -o zhao.report.html
          qzqd report 权责清单.xlsx -o list.report.html
          qzqd report scanned.pdf --dpi 150 -o scanned.report.html

        On failure it prints one line, `qzqd: FILE: MESSAGE`, on standard error and exits with:
        \(ExitStatusTable.conversionFailures)
        """
    )

    @Argument(help: ArgumentHelp(
        "The list to review: any input `convert` reads (.pdf, .docx, .xlsx, .html, .csv, a text dump …).",
        valueName: "file"
    ))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the HTML here (atomically).", valueName: "report.html"))
    var output: String

    @Option(help: ArgumentHelp(
        "How to read the input; auto decides from its bytes (see `qzqd help convert`).",
        valueName: InputFormat.allCases.map(\.rawValue).joined(separator: "|")
    ))
    var format: InputFormat = .auto

    @Option(help: ArgumentHelp("Resolution of the page images: more is sharper and larger (about 0.15 MB a landscape A4 page at the default).", valueName: "dpi"))
    var dpi: Double = ReviewReportFile.defaultDPI

    @Option(name: .shortAndLong, help: ArgumentHelp("How many pages to read and draw at once; default one per core.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Fail (status \(ConversionError.Kind.strictFailure.exitStatus)), writing no report, when the conversion reports any error diagnostic.")
    var strict = false

    @OptionGroup var reading: ReadingFlags

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        guard dpi >= 36, dpi <= 600 else { throw ValidationError("--dpi must be between 36 and 600.") }
        guard file != "-" else { throw ValidationError("report reads a file (its pages are drawn from it), not standard input.") }
    }

    func run() throws {
        var options = reading.options(format: format)
        options.strict = strict
        options.pdfThreads = jobs
        let reporter = FailureReporter(file: file)
        if let limit = reading.timeLimit {
            let message = "conversion took longer than \(reading.timeoutDescription) s"
            _ = Watchdog.start(after: limit) { reporter.fail(FileFailure(ConversionError(.timeout, message))) }
        }
        let made: [UInt8]
        do {
            made = try ReviewReportFile.make(fileAt: file, options: options, dpi: dpi).html
        } catch {
            reporter.fail(FileFailure(error))
        }
        do {
            try AtomicFile.write(made, to: output)
        } catch {
            reporter.fail(.outputUnwritable(error))
        }
    }
}
