import Foundation

/// Which program produced an output. A batch redoes every file an earlier run
/// converted with another build, so the build identity must change whenever
/// the output can: it is derived from the running executable itself, never
/// from a number someone has to remember to bump.
public enum ToolVersion {
    /// The release people see in `qzqd --version`.
    public static let release = "0.2.0"

    /// `0.2.0+1a2b3c4d5e6f`: the release and the first 12 hex digits of the
    /// executable's GNU build ID, the linker's digest of its content; where
    /// the linker wrote none, of the SHA-256 of the executable's bytes
    /// (`unknown` where it cannot be read, which makes every batch reconvert
    /// rather than trust stale output).
    public static let build: String = release + "+" + (executableIdentity().map { String($0.prefix(12)) } ?? "unknown")

    /// What `--version` prints.
    public static var description: String { "\(release) (build \(build.split(separator: "+").last ?? ""))" }

    private static func executableIdentity() -> String? {
        #if os(Linux)
        let path: String? = "/proc/self/exe"
        #else
        let path = Bundle.main.executablePath
        #endif
        guard let path else { return nil }
        // Every process reads this as it starts (`--version` is in the
        // command's configuration), batch workers included: the note, not the bytes.
        return ExecutableBuildID.read(fileAt: path) ?? (try? FileDigest.sha256(ofFileAt: path))
    }
}
