import FormatSniffing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of an input directory that a batch converts, and every other
/// file it meets, so that each is accounted for in the manifest.
///
/// Taken: regular files (or symbolic links to them) with an extension some
/// reader takes (`.pdf`, `.docx`, `.xlsx`, `.doc`, `.html`, `.csv`, `.txt` …),
/// in any letter case, at any depth. Reported: files with
/// any other extension (`ignored`), names that are not valid UTF-8 (they
/// cannot be opened by a `String` path: `undecodableNames`, escaped), and
/// directories that cannot be listed. Left alone: hidden files and
/// directories (a name starting with `.`), symbolic links to directories
/// (they can form cycles), and the output directory when it lies inside the input one.
public struct InputTree: Sendable, Equatable {
    /// Every extension some reader takes (`SourceKind.extensions`).
    public static let extensions = Set(SourceKind.extensions.keys)

    /// The extensions for people: `.pdf, .text, .tsv, .txt`.
    public static var extensionList: String {
        extensions.sorted().map { "." + $0 }.joined(separator: ", ")
    }

    /// Sorted by path.
    public var inputs: [BatchInput]
    /// Files skipped for their extension, relative to the input directory.
    public var ignored: [String]
    /// Subdirectories that could not be listed, relative to the input directory.
    public var unreadableDirectories: [String]
    /// Files and directories whose names are not valid UTF-8, relative to the
    /// input directory, their undecodable bytes escaped (`\xB0`).
    public var undecodableNames: [String]

    public static func scan(_ directory: String, excluding excluded: String? = nil) throws(FileSystemError) -> InputTree {
        var scanner = Scanner(root: directory, excluded: excluded.flatMap(Self.identity(of:)))
        guard Directory.isDirectory(directory) else { throw FileSystemError("read directory", directory, code: ENOTDIR) }
        try scanner.walk(relative: "")
        let outputs = OutputNaming.outputs(for: scanner.found.map(\.path))
        let inputs = scanner.found
            .map { BatchInput(path: $0.path, output: outputs[$0.path]!, size: $0.size) }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return InputTree(
            inputs: inputs, ignored: scanner.ignored.sorted(), unreadableDirectories: scanner.unreadable.sorted(),
            undecodableNames: scanner.undecodable.sorted()
        )
    }

    public static func accepts(_ name: String) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Device and inode: the same directory whatever path names it.
    fileprivate static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

fileprivate struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
}

private struct Scanner {
    let root: String
    let excluded: FileIdentity?
    var found: [(path: String, size: Int)] = []
    var ignored: [String] = []
    var unreadable: [String] = []
    var undecodable: [String] = []

    init(root: String, excluded: FileIdentity?) {
        self.root = root
        self.excluded = excluded
    }

    mutating func walk(relative: String) throws(FileSystemError) {
        let directory = relative.isEmpty ? root : root + "/" + relative
        guard let (names, undecodableNames) = Directory.listing(of: directory) else {
            if relative.isEmpty { throw FileSystemError("read directory", directory) }
            unreadable.append(relative)
            return
        }
        for name in undecodableNames where !name.hasPrefix(".") {
            undecodable.append(relative.isEmpty ? name : relative + "/" + name)
        }
        for name in names where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + path
            var link = stat()
            guard lstat(full, &link) == 0 else { continue }
            if (link.st_mode & S_IFMT) == S_IFDIR {
                if InputTree.identity(of: full) != excluded { try walk(relative: path) }
                continue
            }
            var target = stat()
            guard stat(full, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG else { continue }
            if InputTree.accepts(name) {
                found.append((path, Int(target.st_size)))
            } else {
                ignored.append(path)
            }
        }
    }
}
