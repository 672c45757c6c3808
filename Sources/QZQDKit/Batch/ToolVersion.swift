/// The version `qzqd --version` prints and the batch manifest records: a
/// batch redoes every file converted by another version.
public enum ToolVersion {
    public static let current = "0.1.0"
}
