import Crypto
import Foundation

/// Which program produced an output. A batch redoes every file an earlier run
/// converted with another build, so the build identity must change whenever
/// the output can: it is derived from the running executable itself (a digest
/// of its bytes), never from a number someone has to remember to bump.
public enum ToolVersion {
    /// The release people see in `qzqd --version`.
    public static let release = "0.2.0"

    /// `0.2.0+1a2b3c4d5e6f`: the release and the first 12 hex digits of the
    /// SHA-256 of this executable (`unknown` where it cannot be read, which
    /// makes every batch reconvert rather than trust stale output).
    public static let build: String = release + "+" + (executableDigest().map { String($0.prefix(12)) } ?? "unknown")

    /// What `--version` prints.
    public static var description: String { "\(release) (build \(build.split(separator: "+").last ?? ""))" }

    private static func executableDigest() -> String? {
        #if os(Linux)
        let path: String? = "/proc/self/exe"
        #else
        let path = Bundle.main.executablePath
        #endif
        guard let path, let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
