/// One PDF page drawn for the report: its size in points as displayed (the
/// frame `SourcePlace.pageBox` is given in) and its picture as PNG bytes.
public struct RenderedPage: Sendable, Equatable {
    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    public var png: [UInt8]

    public init(number: Int, width: Double, height: Double, png: [UInt8]) {
        self.number = number
        self.width = width
        self.height = height
        self.png = png
    }
}
