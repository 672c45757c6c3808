import Foundation
import QZQDKit
import Testing
import TestSupport

/// The build ID read by hand against binutils' own reading of it.
@Suite struct ExecutableBuildIDTests {
    @Test(
        .enabled(if: ExternalTools.has("readelf"), ExternalTools.missing("readelf", package: "binutils")),
        arguments: ["/proc/self/exe", "/bin/ls", "/usr/bin/env"]
    )
    func agreesWithReadelf(_ named: String) throws {
        // This test's own executable, which readelf cannot see as /proc/self/exe.
        let path = named == "/proc/self/exe" ? try FileManager.default.destinationOfSymbolicLink(atPath: named) : named
        let notes = String(decoding: try ExternalTools.run("readelf", ["-n", path]), as: UTF8.self)
        let expected = notes.split(separator: "\n").first { $0.contains("Build ID:") }
            .map { String($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) }
        #expect(ExecutableBuildID.read(fileAt: path) == expected)
        if named == "/proc/self/exe" { #expect(expected != nil, "Swift's linker writes a build ID") }
    }

    @Test func anythingButAnELFFileHasNone() throws {
        let directory = try TemporaryDirectory()
        try directory.write("list.pdf", "%PDF-1.7\n" + String(repeating: "x", count: 200))
        try directory.write("short", "\u{7F}ELF")
        #expect(ExecutableBuildID.read(fileAt: directory.path("list.pdf")) == nil)
        #expect(ExecutableBuildID.read(fileAt: directory.path("short")) == nil)
        #expect(ExecutableBuildID.read(fileAt: directory.path("missing")) == nil)
    }

    @Test func aTruncatedExecutableHasNone() throws {
        let directory = try TemporaryDirectory()
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/exe"))
        // The ELF header and the first program header survive, the rest does not.
        try handle.read(upToCount: 120)!.write(to: URL(fileURLWithPath: directory.path("cut")))
        #expect(ExecutableBuildID.read(fileAt: directory.path("cut")) == nil)
    }
}
