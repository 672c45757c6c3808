/// How much an office file may hold before it is refused as crafted rather
/// than read: far beyond any real list, small enough that reading it cannot
/// exhaust the machine.
public struct OfficeReadingLimits: Sendable, Equatable {
    /// Entries in the ZIP container.
    public var entries: Int
    /// Bytes inflated from the container in all (counted while inflating).
    public var inflatedBytes: Int
    /// Cells in a document's tables or a workbook's sheets.
    public var cells: Int
    /// Positions (rows × columns) of one table's grid.
    public var gridPositions: Int

    public static let standard = OfficeReadingLimits(entries: 10_000, inflatedBytes: 512 << 20, cells: 2_000_000, gridPositions: 10_000_000)

    public init(entries: Int, inflatedBytes: Int, cells: Int, gridPositions: Int) {
        self.entries = entries
        self.inflatedBytes = inflatedBytes
        self.cells = cells
        self.gridPositions = gridPositions
    }
}
