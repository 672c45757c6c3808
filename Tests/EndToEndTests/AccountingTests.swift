import Foundation
import QZQDKit
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What a batch owes its user whatever the inputs: every file in the manifest,
/// no output kept from another build, the same bytes from every process.
@Suite struct AccountingTests {
    /// A name that is not UTF-8 (GBK bytes, as a Windows zip leaves them) is a
    /// failed entry with its bytes escaped, never silently left out.
    @Test func aFileNameThatIsNotUTF8IsReportedEscaped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in/" + Inputs.seeds[0], Inputs.seed(Inputs.seeds[0]))
        // 赵县.txt in GBK: D5 D4 CF D8.
        let name: [UInt8] = [0xD5, 0xD4, 0xCF, 0xD8] + Array(".txt".utf8)
        try Self.createFile(directory: directory.path("in"), rawName: name, contents: Inputs.seed(Inputs.seeds[0]))

        let outcome = try QZQDProcess.run(["batch", directory.path("in"), directory.path("out"), "--quiet"])
        #expect(outcome.status == 1)
        #expect(outcome.standardErrorLines.count == 1)
        #expect(outcome.standardErrorLines.first?.hasPrefix("qzqd: \\xD5\\xD4\\xCF\\xD8.txt: unreadable: the file name is not valid UTF-8") == true)
        let manifest = try #require(Manifest.read(from: directory.path("out/manifest.json")))
        #expect(manifest.entries.map(\.path) == [Inputs.seeds[0], "\\xD5\\xD4\\xCF\\xD8.txt"])
        #expect(manifest.entries.map(\.status) == [.ok, .failed])
    }

    /// The same inputs, an executable whose bytes differ (as any rebuild's
    /// do): the batch converts again instead of keeping the other build's output.
    @Test func aChangedBuildReconverts() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in/" + Inputs.seeds[0], Inputs.seed(Inputs.seeds[0]))
        let original = directory.path("qzqd-original"), rebuilt = directory.path("qzqd-rebuilt")
        try FileManager.default.copyItem(atPath: QZQDProcess.executable, toPath: original)
        try FileManager.default.copyItem(atPath: QZQDProcess.executable, toPath: rebuilt)
        // Another build has another build ID (the linker's digest of it, in a
        // note nothing runs): one byte of it changed, or, where the linker
        // wrote none, bytes after the end of the file, which change its digest.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: rebuilt))
        if let id = ExecutableBuildID.read(fileAt: rebuilt) {
            let idBytes = Data(stride(from: 0, to: id.count, by: 2).map { UInt8(id.dropFirst($0).prefix(2), radix: 16)! })
            let found = try #require(bytes.range(of: idBytes))
            bytes[found.lowerBound] ^= 0xFF
        } else {
            bytes.append(contentsOf: Data("another build".utf8))
        }
        try bytes.write(to: URL(fileURLWithPath: rebuilt))
        #expect(ExecutableBuildID.read(fileAt: rebuilt) != ExecutableBuildID.read(fileAt: original) || ExecutableBuildID.read(fileAt: original) == nil)

        func batch(_ executable: String) throws -> Manifest {
            let outcome = try QZQDProcess.run(["batch", directory.path("in"), directory.path("out"), "--quiet"], executable: executable)
            try #require(outcome.status == 0, "\(outcome.standardError)")
            return try #require(Manifest.read(from: directory.path("out/manifest.json")))
        }
        let first = try batch(original)
        #expect(first.entries.map(\.status) == [.ok])
        #expect(try batch(original).entries.map(\.status) == [.skipped])
        let third = try batch(rebuilt)
        #expect(third.entries.map(\.status) == [.ok])
        #expect(third.toolVersion != first.toolVersion)
    }

    /// Two processes (two hash seeds, two allocation orders) write the same bytes,
    /// for every reader the fixtures exercise.
    @Test(arguments: ["seeds/000_53652f109c077542.txt", "seeds/002_87517433289be30b.txt", "corpus/zhao-yibao.pdf", "corpus/xiangdu-yibao.pdf"])
    func outputIsByteIdenticalAcrossProcesses(fixture: String) throws {
        let first = try QZQDProcess.run(["convert", Fixtures.path(fixture)])
        let second = try QZQDProcess.run(["convert", Fixtures.path(fixture)])
        try #require(first.status == 0, "\(first.standardError)")
        #expect(!first.standardOutput.isEmpty)
        #expect(first.standardOutput == second.standardOutput)
    }

    /// `open(2)` with the name's bytes as they are: `String` paths cannot spell them.
    static func createFile(directory: String, rawName: [UInt8], contents: [UInt8]) throws {
        let path = Array(directory.utf8) + [UInt8(ascii: "/")] + rawName + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == contents.count)
    }
}
