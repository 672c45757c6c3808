import Foundation
import Testing

/// Command-line tools some tests need (poppler-utils, LibreOffice, Tesseract).
/// A test that needs one declares it with a trait, so that without the tool it
/// is reported as skipped, with the reason, never passed:
///
///     @Test(.enabled(if: ExternalTools.has("pdftotext"), ExternalTools.missing("pdftotext", package: "poppler-utils")))
public enum ExternalTools {
    static let directories = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"]

    /// The tool's path, nil when it is not installed.
    public static func path(_ name: String) -> String? {
        directories.map { $0 + "/" + name }.first(where: FileManager.default.isExecutableFile(atPath:))
    }

    public static func has(_ name: String) -> Bool {
        path(name) != nil
    }

    /// The reason a test is skipped without the tool.
    public static func missing(_ name: String, package: String) -> Comment {
        Comment(rawValue: "\(name) is not installed (Debian package \(package))")
    }

    /// Runs the tool to completion; its standard output.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String]) throws -> Data {
        guard let path = path(name) else { throw MissingTool(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(name: name, status: process.terminationStatus) }
        return data
    }

    public struct MissingTool: Error {
        public var name: String
    }

    public struct Failed: Error {
        public var name: String
        public var status: Int32
    }
}
