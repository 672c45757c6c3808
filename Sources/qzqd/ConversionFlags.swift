import ArgumentParser
import Foundation
import QZQDKit

/// The options `convert` and `batch` share: how to read the input, and the shape of the JSON.
struct ConversionFlags: ParsableArguments {
    @Flag(help: "Write RFC 8785 canonical JSON (JCS: no whitespace) instead of the indented canonical form.")
    var jcs = false

    @Flag(help: "Fail (status \(ConversionError.Kind.strictFailure.exitStatus)) when the conversion reports any error diagnostic.")
    var strict = false

    @Flag(help: ArgumentHelp(
        "Give every item a provenance object: for each field, where it was read from — boxes on PDF pages (points from the page's top-left), "
            + "sheet or table cells of Word, Excel and web inputs, line ranges of text dumps. Off by default, so the canonical output stays as it is."
    ))
    var provenance = false

    @OptionGroup var reading: ReadingFlags

    var password: String? { reading.password }
    var timeLimit: Duration? { reading.timeLimit }
    var timeoutDescription: String { reading.timeoutDescription }

    func options(format: InputFormat = .auto) -> ConversionOptions {
        var options = reading.options(format: format)
        options.strict = strict
        options.style = jcs ? .jcs : .canonical
        options.provenance = provenance
        return options
    }
}

/// How to read an input, shared by every command that converts (`report` too).
struct ReadingFlags: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The password of encrypted PDFs (or set QZQD_PASSWORD, which `ps` does not show).",
        valueName: "password"
    ))
    var password: String?

    @Option(help: ArgumentHelp("Refuse inputs larger than this (status \(ConversionError.Kind.tooLarge.exitStatus)); accepts K, M and G suffixes.", valueName: "bytes"))
    var maxBytes = ByteCount(ConversionOptions.defaultMaxBytes)

    @Option(help: ArgumentHelp(
        "When to read PDF pages by OCR (Tesseract, simplified Chinese + English): auto reads the pages that have no text layer "
            + "(a scanned list, or a scanned page among text pages); always reads every page and ignores the text layer "
            + "(a scan with a bad hidden text layer); never reads none, so a scanned PDF fails (status \(ConversionError.Kind.noTextLayer.exitStatus)). "
            + "Recognized text is marked: an ocr-text warning names the pages, ocr-low-confidence the doubtful cells. "
            + "OCR takes seconds per page; pages are read in parallel.",
        valueName: "mode"
    ))
    var ocr: OCRMode = .auto

    @Option(help: ArgumentHelp(
        "Give up on a file after this many seconds (status \(ConversionError.Kind.timeout.exitStatus)); 0 means never. "
            + "While OCR reads a scanned PDF, the seconds count from the last page read.",
        valueName: "seconds"
    ))
    var timeout: Double = 120

    func validate() throws {
        guard timeout >= 0, timeout.isFinite else { throw ValidationError("--timeout must be 0 or more seconds.") }
    }

    func options(format: InputFormat = .auto) -> ConversionOptions {
        ConversionOptions(
            format: format,
            password: password ?? ProcessInfo.processInfo.environment[WorkerPool.passwordVariable],
            maxBytes: maxBytes.value,
            ocr: ocr
        )
    }

    var timeoutDescription: String {
        timeout.rounded() == timeout ? String(Int(timeout)) : String(timeout)
    }

    var timeLimit: Duration? {
        timeout > 0 ? .milliseconds(Int64((timeout * 1000).rounded())) : nil
    }
}

extension OCRMode: ExpressibleByArgument {}

/// A byte count written as `1048576`, `512K`, `100M` or `1G` (powers of 1024).
struct ByteCount: ExpressibleByArgument {
    var value: Int

    init(_ value: Int) {
        self.value = value
    }

    init?(argument: String) {
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = argument.uppercased()
        var multiplier = 1
        if let last = digits.last, let factor = multipliers[last] {
            multiplier = factor
            digits.removeLast()
        }
        guard let number = Int(digits), number > 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        value = product
    }

    var defaultValueDescription: String { "\(value / (1 << 20))M" }
}
