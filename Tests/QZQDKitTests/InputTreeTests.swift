import Foundation
import QZQDKit
import Testing
import TestSupport

@Suite struct InputTreeTests {
    @Test func takesListsAtAnyDepthAndLeavesTheRestAlone() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in/b.pdf", "%PDF-1.4")
        try directory.write("in/a/deep/c.TXT", "序号")
        try directory.write("in/a/d.tsv", "")
        try directory.write("in/a/e.text", "x")
        try directory.write("in/notes.md", "x")
        try directory.write("in/.hidden.pdf", "x")
        try directory.write("in/.git/f.txt", "x")
        try directory.write("in/out/old.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: directory.path("in/loop"), withDestinationPath: directory.path("in"))
        try FileManager.default.createSymbolicLink(atPath: directory.path("in/link.pdf"), withDestinationPath: directory.path("in/b.pdf"))

        let tree = try InputTree.scan(directory.path("in"), excluding: directory.path("in/out"))
        #expect(tree.inputs == [
            BatchInput(path: "a/d.tsv", output: "a/d.json", size: 0),
            BatchInput(path: "a/deep/c.TXT", output: "a/deep/c.json", size: 6),
            BatchInput(path: "a/e.text", output: "a/e.json", size: 1),
            BatchInput(path: "b.pdf", output: "b.json", size: 8),
            BatchInput(path: "link.pdf", output: "link.json", size: 8),
        ])
        #expect(tree.ignored == ["notes.md"])
        #expect(tree.unreadableDirectories.isEmpty)
    }

    @Test func aMissingDirectoryIsAnError() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: FileSystemError.self) { try InputTree.scan(directory.path("missing")) }
    }
}
