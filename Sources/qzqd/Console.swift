import Foundation
import QZQDKit

/// Everything `qzqd` prints goes through here.
enum Console {
    /// The one-line error format scripts can rely on: `qzqd: FILE: MESSAGE`.
    static func error(_ file: String, _ message: String) {
        standardError("qzqd: \(file): \(message)\n")
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func standardOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    static var terminalColumns: Int {
        var size = winsize()
        if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }

    /// This very program, for batch workers; `/proc/self/exe` stays right
    /// whatever directory or `PATH` entry it was started from.
    static var executablePath: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
