#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader, or a process killed at any moment, sees the
/// old content (or nothing) or the complete new content, never a prefix: the
/// bytes go to a hidden temporary file in the same directory, are flushed to
/// disk, then renamed over the destination.
public enum AtomicFile {
    /// Marks the temporary files; a batch removes leftovers of killed runs.
    public static let temporaryMarker = ".qzqd-tmp-"

    public static func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let (directory, name) = split(path)
        let temporary = "\(directory)/.\(name)\(temporaryMarker)\(randomSuffix())"
        // 0o666 lets the umask decide the final mode, as for any new file.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileSystemError("create", path) }
        do throws(FileSystemError) {
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw FileSystemError("flush", path) }
            guard close(descriptor) == 0 else { throw FileSystemError("close", path) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = FileSystemError("rename into place", path)
            unlink(temporary)
            throw failure
        }
        syncDirectory(directory)
    }

    /// Makes the rename itself durable; a file system that cannot sync a
    /// directory still has the complete file, so failure here is not an error.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileSystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                SystemCalls.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileSystemError("write", path)
            }
            offset += written
        }
    }

    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    private static func randomSuffix() -> String {
        let value = UInt64.random(in: 0...UInt64.max)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
