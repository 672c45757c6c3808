import ArgumentParser
import Foundation
import QZQDKit

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert one list (PDF, Word, Excel, web page or text export) to JSON.",
        discussion: """
        Writes the JSON to standard output, or to --output, which is written atomically: \
        the file is complete or absent, never half-written. FILE `-` reads standard input.

        Examples:
          qzqd convert 赵县医疗保障局权责清单.pdf
          qzqd convert list.txt -o list.json --jcs
          qzqd convert 权责清单.docx -o list.json
          qzqd convert page.html --format html
          qzqd convert locked.pdf --password secret --strict -o out.json
          qzqd convert scanned.pdf --jobs 2 -o out.json     # OCR, two pages at a time
          qzqd convert list.pdf --provenance -o list.json    # and where each field was read from

        On failure it prints one line, `qzqd: FILE: MESSAGE`, on standard error and exits with:
        \(ExitStatusTable.conversionFailures)
        """
    )

    @Argument(help: ArgumentHelp(
        "The list to convert: .pdf, .docx/.xlsx (.doc/.xls/.wps/.et/.odt/.ods/.rtf through LibreOffice), .html, .csv, .tsv or a text dump; - for standard input.",
        valueName: "file"
    ))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON here (atomically) instead of to standard output.", valueName: "out.json"))
    var output: String?

    @Option(help: ArgumentHelp(
        "How to read the input; auto decides from its bytes. flow: a plain pdftotext dump; layout: a pdftotext -layout dump; tsv: tab-separated (cells may carry HTML).",
        valueName: InputFormat.allCases.map(\.rawValue).joined(separator: "|")
    ))
    var format: InputFormat = .auto

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "How many pages of a PDF to read at once (its text layer, or OCR: one Tesseract each, about 150 MB); default one per core.",
        valueName: "n"
    ))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var conversion: ConversionFlags

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        var options = conversion.options(format: format)
        options.pdfThreads = jobs
        let reporter = FailureReporter(file: file)
        var deadline: Watchdog.Deadline?
        if let limit = conversion.timeLimit {
            let message = "conversion took longer than \(conversion.timeoutDescription) s"
            deadline = Watchdog.start(after: limit) { reporter.fail(FileFailure(ConversionError(.timeout, message))) }
        }
        // A page read by OCR is progress: the time limit starts again, and a terminal shows it.
        let progress = Console.standardErrorIsTerminal ? PageProgressLine() : nil
        options.ocrProgress = { [deadline] pages, total in
            deadline?.postpone()
            progress?.show(pages, of: total)
        }
        defer { progress?.clear() }
        if let output {
            let result = InProcessConverter.write(to: output) { () throws(ConversionError) in try convertToMemory(options) }
            if case .failure(let failure) = result { reporter.fail(failure) }
        } else {
            do {
                Console.standardOutput(try convertToMemory(options).json)
            } catch {
                reporter.fail(FileFailure(error))
            }
        }
    }

    private func convertToMemory(_ options: ConversionOptions) throws(ConversionError) -> ConversionOutput {
        if file == "-" { return try Converter.convert(bytes: Console.readStandardInput(), fileName: "stdin", options: options) }
        return try Converter.convert(fileAt: file, options: options)
    }
}

extension InputFormat: ExpressibleByArgument {}

/// How `convert` ends on a failure: the one-line message and the failure's own exit status.
struct FailureReporter: Sendable {
    var file: String

    func fail(_ failure: FileFailure) -> Never {
        Console.error(file, failure.oneLineMessage)
        Foundation.exit(failure.exitStatus)
    }
}
