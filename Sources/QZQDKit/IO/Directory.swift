#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Directory chores of a batch's output tree.
public enum Directory {
    /// `mkdir -p`: creates `path` and its missing parents; safe when another
    /// thread creates the same directory at the same time.
    public static func create(_ path: String) throws(FileSystemError) {
        if isDirectory(path) { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try create(String(path[..<slash]))
        }
        guard mkdir(path, 0o777) == 0 || (errno == EEXIST && isDirectory(path)) else {
            throw FileSystemError("create directory", path)
        }
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Deletes the temporary files that `AtomicFile` writers killed mid-write
    /// left under `root`; only call it while holding the directory's lock.
    /// Returns how many it removed.
    @discardableResult
    public static func removeAbandonedTemporaryFiles(under root: String) -> Int {
        guard let names = entries(of: root) else { return 0 }
        var removed = 0
        for name in names {
            let path = root + "/" + name
            if name.hasPrefix(".") {
                if name.contains(AtomicFile.temporaryMarker) && unlink(path) == 0 { removed += 1 }
            } else if isRealDirectory(path) {
                removed += removeAbandonedTemporaryFiles(under: path)
            }
        }
        return removed
    }

    /// The names in a directory that are valid UTF-8, without `.` and `..`;
    /// `nil` when it cannot be read. Names that are not UTF-8 cannot be
    /// named by a `String` path: see `listing(of:)`.
    public static func entries(of directory: String) -> [String]? {
        listing(of: directory)?.names
    }

    /// The names in a directory: those that are UTF-8, and the others with
    /// their undecodable bytes escaped (`\xB0`), for reporting.
    public static func listing(of directory: String) -> (names: [String], undecodable: [String])? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var names: [String] = [], undecodable: [String] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard bytes != [0x2E], bytes != [0x2E, 0x2E] else { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else {
                undecodable.append(EscapedName.escaping(bytes))
            }
        }
        return (names, undecodable)
    }

    private static func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
