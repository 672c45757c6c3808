import Foundation
import QZQDKit
import TestSupport

/// Runs the built `qzqd` executable, as a user or a script would.
struct QZQDProcess {
    struct Outcome {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: String

        var standardErrorLines: [String] { standardError.split(separator: "\n").map(String.init) }
    }

    /// `qzqd` sits beside the test bundle in the build products directory,
    /// whatever `--scratch-path` or configuration built them; QZQD_EXECUTABLE overrides.
    static let executable: String = {
        if let chosen = ProcessInfo.processInfo.environment["QZQD_EXECUTABLE"] { return chosen }
        var candidates: [String] = []
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append((runner as NSString).deletingLastPathComponent + "/qzqd")
        }
        for bundle in [Bundle.main] + Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("qzqd").path)
        }
        candidates.append(Fixtures.packagePath(".build/debug/qzqd"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// `environment` adds to (or overrides) this process's environment.
    static func run(
        _ arguments: [String], input: [UInt8]? = nil, directory: String? = nil, executable: String = executable, environment: [String: String] = [:]
    ) throws -> Outcome {
        // Files, not pipes, take the output: nothing to drain while waiting.
        let capture = try TemporaryDirectory()
        let output = try capture.write("stdout", [])
        let error = try capture.write("stderr", [])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: error)
        process.standardInput = FileHandle(forReadingAtPath: try capture.write("stdin", input ?? []))
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: try Fixtures.read(output),
            standardError: String(decoding: try Fixtures.read(error), as: UTF8.self)
        )
    }

    /// Starts qzqd without waiting, its output discarded: for tests that interrupt it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Inputs every end-to-end test draws on.
enum Inputs {
    static let seeds = ["000_53652f109c077542.txt", "002_87517433289be30b.txt"]

    static func seed(_ name: String) throws -> [UInt8] {
        try Fixtures.bytes("seeds/" + name)
    }

    /// The first 30 000 bytes of a real PDF: a header, no cross-reference table.
    static func truncatedPDF() throws -> [UInt8] {
        Array(try Fixtures.bytes("corpus/zhao-yibao.pdf").prefix(30_000))
    }

    /// A page set in a font without a Unicode map: its glyph numbers read as letters of unrelated scripts.
    static func undecodablePDF() -> [UInt8] {
        let run = TextPDF.Run(x: 60, top: 100, size: 12, string: String(repeating: "\u{0A3C}\u{1B22}\u{0456}\u{2211}\u{5E12}", count: 8), font: .unmappedCID)
        return TextPDF(pages: [TextPDF.Page(width: 595.28, height: 841.89, runs: [run])]).bytes()
    }

    /// Noise, the same every run.
    static func randomBytes(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    /// The item count of canonical, schema-valid output; `nil` for anything else.
    static func itemCount(ofValidOutput bytes: [UInt8]) -> Int? {
        if case .valid(let items, canonical: true) = OutputValidator.validate(bytes) { return items }
        return nil
    }
}
