import Foundation
import QZQDKit
import Testing
import TestSupport

@Suite struct AtomicFileTests {
    @Test func writesTheWholeContentAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let content = Array(repeating: Array("权责清单 line\n".utf8), count: 10_000).joined()
        try AtomicFile.write(Array(content), to: directory.path("out.json"))
        #expect(try Fixtures.read(directory.path("out.json")) == Array(content))
        #expect(directory.files() == ["out.json"])
    }

    @Test func replacesAnExistingFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("out.json", "old content that is longer than the new one")
        try AtomicFile.write(Array("new".utf8), to: directory.path("out.json"))
        #expect(try Fixtures.read(directory.path("out.json")) == Array("new".utf8))
        #expect(directory.files() == ["out.json"])
    }

    @Test func failsWithTheCauseAndLeavesNothingWhenTheDirectoryIsMissing() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path("missing/out.json")
        #expect(throws: FileSystemError("create", target, code: ENOENT)) {
            try AtomicFile.write(Array("x".utf8), to: target)
        }
        #expect(directory.files().isEmpty)
    }

    @Test func removesOnlyAbandonedTemporaryFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a/.x.json\(AtomicFile.temporaryMarker)0123456789abcdef", "half")
        try directory.write("a/x.json", "{}")
        try directory.write(".qzqd.lock", "1")
        #expect(Directory.removeAbandonedTemporaryFiles(under: directory.path) == 1)
        #expect(directory.files() == [".qzqd.lock", "a/x.json"])
    }
}
