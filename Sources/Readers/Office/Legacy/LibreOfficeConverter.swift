import Foundation

/// Converts a legacy office file (.doc, .xls, WPS .wps/.et, OpenDocument,
/// RTF) to .docx or .xlsx with LibreOffice, headless, so the Office Open XML
/// readers can read it.
///
/// Each conversion runs in a fresh temporary directory — the input, the
/// output and a private LibreOffice profile (so parallel conversions never
/// share one, and the user's is never touched) — removed afterwards, and
/// within a time limit: LibreOffice runs in a process group of its own,
/// killed whole when time is up or when it is done (its `soffice.bin`
/// outlives the launcher it is started through). Started with posix_spawn
/// rather than Foundation's `Process`, which can neither start a process
/// group nor kill one.
public enum LibreOfficeConverter {
    public enum Target: String, Sendable {
        case docx
        case xlsx
    }

    /// What to install on Debian/Ubuntu to read the legacy formats.
    public static let debianPackages = "libreoffice-writer-nogui libreoffice-calc-nogui"
    public static let defaultTimeLimit = Duration.seconds(90)

    /// The `soffice` program: on `PATH`, else where Debian and the
    /// LibreOffice packages install it; nil when LibreOffice is not installed.
    public static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { $0 + "/soffice" }
            + ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// - Parameters:
    ///   - fileExtension: the input's kind (`doc`, `et` …), which LibreOffice
    ///     uses with the content to pick its import filter.
    ///   - soffice: the program to run; nil when LibreOffice is not installed.
    public static func convert(
        _ bytes: [UInt8], fileExtension: String, to target: Target,
        soffice: String? = locate(), timeLimit: Duration = defaultTimeLimit
    ) throws(OfficeReadingError) -> [UInt8] {
        guard let soffice, FileManager.default.isExecutableFile(atPath: soffice) else {
            throw OfficeReadingError(.converterMissing, "reading .\(fileExtension) files needs LibreOffice, which is not installed (Debian/Ubuntu: apt-get install \(debianPackages))")
        }
        let workspace = try Workspace()
        defer { workspace.remove() }
        let input = workspace.path("input." + fileExtension)
        guard FileManager.default.createFile(atPath: input, contents: Data(bytes)) else {
            throw OfficeReadingError(.conversionFailed, "cannot write the input for LibreOffice to \(workspace.path)")
        }
        let arguments = [
            "-env:UserInstallation=" + URL(fileURLWithPath: workspace.path("profile")).absoluteString,
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", target.rawValue, "--outdir", workspace.path("out"), input,
        ]
        let outcome = try ProcessGroup.run(
            soffice, arguments: arguments, environment: ["HOME": workspace.path, "SAL_USE_VCLPLUGIN": "svp"],
            log: workspace.path("log"), timeLimit: timeLimit
        )
        if outcome == .timedOut {
            throw OfficeReadingError(.conversionTimedOut, "LibreOffice did not convert it within \(timeLimit.components.seconds) seconds")
        }
        guard let converted = FileManager.default.contents(atPath: workspace.path("out/input." + target.rawValue)), !converted.isEmpty else {
            let reason = workspace.lastLogLine().map { ": \($0)" } ?? ""
            throw OfficeReadingError(.conversionFailed, "LibreOffice could not convert the .\(fileExtension) file (damaged or password-protected?)\(reason)")
        }
        return [UInt8](converted)
    }
}

/// A private temporary directory for one conversion.
private struct Workspace {
    let path: String

    init() throws(OfficeReadingError) {
        var template = Array((NSTemporaryDirectory() + "/qzqd-soffice-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw OfficeReadingError(.conversionFailed, "cannot create a temporary directory for LibreOffice")
        }
        path = String(cString: created)
    }

    func path(_ relative: String) -> String {
        path + "/" + relative
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    func lastLogLine() -> String? {
        guard let log = FileManager.default.contents(atPath: path("log")) else { return nil }
        return String(decoding: log, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init)
    }
}
