/// One file a batch converts.
public struct BatchInput: Sendable, Equatable {
    /// Relative to the input directory, `/`-separated.
    public var path: String
    /// Relative to the output directory: the input's path with `.json` for its extension.
    public var output: String
    public var size: Int

    public init(path: String, output: String, size: Int) {
        self.path = path
        self.output = output
        self.size = size
    }
}
