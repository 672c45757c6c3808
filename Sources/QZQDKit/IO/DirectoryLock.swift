#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on `DIRECTORY/.qzqd.lock`, so two batches never write
/// the same output directory at once. The kernel drops the lock when the
/// holder dies, even by `kill -9`, so a stale lock file never blocks anyone.
public struct DirectoryLock: ~Copyable {
    public static let fileName = ".qzqd.lock"

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Another process holds the lock; its pid when it wrote one.
        case held(lockFile: String, holder: Int32?)
        case unavailable(FileSystemError)

        public var description: String {
            switch self {
            case .held(let lockFile, let holder):
                let who = holder.map { "process \($0)" } ?? "another process"
                return "\(who) is already writing this directory (lock \(lockFile) is held)"
            case .unavailable(let error):
                return error.description
            }
        }
    }

    public let lockFile: String
    private let descriptor: Int32

    /// Takes the lock or fails at once; never waits.
    public init(directory: String) throws(Failure) {
        lockFile = directory.hasSuffix("/") ? directory + Self.fileName : directory + "/" + Self.fileName
        // O_CLOEXEC: a worker process must not inherit, and so outlive us holding, the lock.
        let descriptor = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unavailable(FileSystemError("create lock file", lockFile)) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { throw .held(lockFile: lockFile, holder: Self.recordedHolder(lockFile)) }
            throw .unavailable(FileSystemError("lock", lockFile, code: code))
        }
        self.descriptor = descriptor
        recordHolder()
    }

    /// Releases the lock now rather than at the end of the owner's scope.
    public consuming func release() {}

    deinit {
        close(descriptor)
    }

    /// The pid in the lock file only names the holder in the error message; the
    /// `flock` alone decides who holds the lock.
    private func recordHolder() {
        let text = Array("\(getpid())\n".utf8)
        guard ftruncate(descriptor, 0) == 0 else { return }
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    private static func recordedHolder(_ lockFile: String) -> Int32? {
        guard let bytes = SystemCalls.readFile(lockFile) else { return nil }
        return Int32(String(decoding: bytes, as: UTF8.self).filter(\.isNumber))
    }
}
