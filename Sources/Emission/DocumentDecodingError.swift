/// Why a JSON value is not a power-list document: where (`items[3].seq`) and what.
public struct DocumentDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String {
        "\(path.isEmpty ? "(root)" : path): \(message)"
    }
}
