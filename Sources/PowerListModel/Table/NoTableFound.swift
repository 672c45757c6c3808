/// A reader found no power-list table in a readable input: no header row
/// naming the detail table's columns, or no item rows under it.
public struct NoTableFound: Error, Sendable, Equatable {
    /// What was missing, for people (`no header row naming 权力事项 …`).
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
