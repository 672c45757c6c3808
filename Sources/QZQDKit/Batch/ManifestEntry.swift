import Foundation
import CanonicalJSON
import PowerListModel

/// What happened to one input file of a batch: one element of `manifest.json`'s `files`.
public struct ManifestEntry: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        /// Converted by this run.
        case ok
        case failed
        /// Converted by an earlier run: same input bytes, tool version and output style.
        case skipped
        /// Not converted: not a kind of file qzqd reads (its extension).
        case ignored
    }

    /// Relative to the input directory, `/`-separated.
    public var path: String
    public var status: Status
    /// `nil` only when the input could not be read.
    public var sha256: String?
    /// Relative to the output directory; `nil` when the conversion failed.
    public var output: String?
    public var items: Int?
    public var diagnostics: DiagnosticCounts?
    public var error: FileFailure?
    /// Seconds the conversion took in the run that produced this result, to
    /// the millisecond (all a reader of a batch report needs).
    public var durationSeconds: Double

    public init(
        path: String, status: Status, sha256: String?, output: String?, items: Int?,
        diagnostics: DiagnosticCounts?, error: FileFailure?, durationSeconds: Double
    ) {
        self.path = path
        self.status = status
        self.sha256 = sha256
        self.output = output
        self.items = items
        self.diagnostics = diagnostics
        self.error = error
        self.durationSeconds = (durationSeconds * 1000).rounded() / 1000
    }

    public static func converted(_ path: String, output: String, _ summary: ConversionSummary, durationSeconds: Double) -> ManifestEntry {
        ManifestEntry(
            path: path, status: .ok, sha256: summary.sha256, output: output, items: summary.items,
            diagnostics: summary.diagnostics, error: nil, durationSeconds: durationSeconds
        )
    }

    /// A file the batch does not read, with the reason.
    public static func ignored(_ path: String, reason: FileFailure) -> ManifestEntry {
        ManifestEntry(path: path, status: .ignored, sha256: nil, output: nil, items: nil, diagnostics: nil, error: reason, durationSeconds: 0)
    }

    public static func failed(_ path: String, sha256: String?, _ failure: FileFailure, durationSeconds: Double) -> ManifestEntry {
        ManifestEntry(
            path: path, status: .failed, sha256: sha256, output: nil, items: nil,
            diagnostics: nil, error: failure, durationSeconds: durationSeconds
        )
    }
}

extension ManifestEntry {
    public var json: JSONValue {
        .object([
            "path": .string(path),
            "status": .string(status.rawValue),
            "sha256": .optional(sha256, JSONValue.string),
            "output": .optional(output, JSONValue.string),
            "items": .optional(items, JSONValue.int),
            "diagnostics": .optional(diagnostics, \.json),
            "error": .optional(error, \.json),
            "durationSeconds": .number(durationSeconds),
        ])
    }

    public init?(json: JSONValue) {
        guard let path = json["path"]?.stringValue,
              let status = json["status"]?.stringValue.flatMap(Status.init(rawValue:)),
              let durationSeconds = json["durationSeconds"]?.doubleValue
        else { return nil }
        self.init(
            path: path, status: status, sha256: json["sha256"]?.stringValue, output: json["output"]?.stringValue,
            items: json["items"]?.intValue, diagnostics: json["diagnostics"].flatMap(DiagnosticCounts.init(json:)),
            error: json["error"].flatMap(FileFailure.init(json:)), durationSeconds: durationSeconds
        )
    }
}

/// How many diagnostics of each severity a converted document carries.
public struct DiagnosticCounts: Sendable, Equatable {
    public var error: Int
    public var warning: Int
    public var info: Int

    public init(error: Int = 0, warning: Int = 0, info: Int = 0) {
        self.error = error
        self.warning = warning
        self.info = info
    }

    public static func + (lhs: DiagnosticCounts, rhs: DiagnosticCounts) -> DiagnosticCounts {
        DiagnosticCounts(error: lhs.error + rhs.error, warning: lhs.warning + rhs.warning, info: lhs.info + rhs.info)
    }

    public var json: JSONValue {
        .object(["error": .int(error), "warning": .int(warning), "info": .int(info)])
    }

    public init?(json: JSONValue) {
        guard let error = json["error"]?.intValue, let warning = json["warning"]?.intValue, let info = json["info"]?.intValue
        else { return nil }
        self.init(error: error, warning: warning, info: info)
    }
}

/// Why a file of a batch has no output: a `ConversionError` code, or one of
/// the batch's own (`output-unwritable`).
public struct FileFailure: Error, Sendable, Equatable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public init(_ error: ConversionError) {
        self.init(code: error.kind.rawValue, message: error.message)
    }

    /// The message on one line, for `qzqd: FILE: MESSAGE` and the summary:
    /// a multi-line message (a list of schema violations) is joined with "; ".
    public var oneLineMessage: String {
        message.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
            .replacingOccurrences(of: ":; ", with: ": ")
    }

    public static let outputUnwritableCode = "output-unwritable"

    /// A name the batch cannot open by path (see `InputTree.undecodableNames`).
    public static let undecodableName = FileFailure(
        code: ConversionError.Kind.unreadable.rawValue,
        message: "the file name is not valid UTF-8 (shown with its bytes escaped); rename it to convert it"
    )

    /// A file whose extension names no format qzqd reads.
    public static func unsupportedExtension(_ path: String) -> FileFailure {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = name.lastIndex(of: ".").map { String(name[$0...]) } ?? "no extension"
        return FileFailure(code: "unsupported-format", message: "not a format qzqd reads (\(suffix)); supported: \(InputTree.extensionList)")
    }

    /// The output could not be written (disk full, permissions): not the input's fault.
    public static func outputUnwritable(_ error: FileSystemError) -> FileFailure {
        FileFailure(code: outputUnwritableCode, message: error.description)
    }

    public var json: JSONValue {
        .object(["code": .string(code), "message": .string(message)])
    }

    public init?(json: JSONValue) {
        guard let code = json["code"]?.stringValue, let message = json["message"]?.stringValue else { return nil }
        self.init(code: code, message: message)
    }
}

/// What a successful conversion reports back to the batch.
public struct ConversionSummary: Sendable, Equatable {
    public var sha256: String
    public var items: Int
    public var diagnostics: DiagnosticCounts

    public init(sha256: String, items: Int, diagnostics: DiagnosticCounts) {
        self.sha256 = sha256
        self.items = items
        self.diagnostics = diagnostics
    }

    public init(_ document: PowerListDocument) {
        var counts = DiagnosticCounts()
        for diagnostic in document.diagnostics {
            switch diagnostic.severity {
            case .error: counts.error += 1
            case .warning: counts.warning += 1
            case .info: counts.info += 1
            }
        }
        self.init(sha256: document.source.sha256, items: document.items.count, diagnostics: counts)
    }

    public var json: JSONValue {
        .object(["sha256": .string(sha256), "items": .int(items), "diagnostics": diagnostics.json])
    }

    public init?(json: JSONValue) {
        guard let sha256 = json["sha256"]?.stringValue, let items = json["items"]?.intValue,
              let diagnostics = json["diagnostics"].flatMap(DiagnosticCounts.init(json:))
        else { return nil }
        self.init(sha256: sha256, items: items, diagnostics: diagnostics)
    }
}

extension FileFailure {
    /// The status `qzqd convert` exits with for this failure.
    public var exitStatus: Int32 {
        if let kind = ConversionError.Kind(rawValue: code) { return kind.exitStatus }
        if code == Self.outputUnwritableCode { return ExitStatus.cannotCreateOutput }
        return ConversionError.Kind.internalError.exitStatus
    }
}
