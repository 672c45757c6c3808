/// An A1-style cell reference (`B12`) or range (`A1:H1`) as 0-based row and
/// column numbers, within Excel's sheet limits.
struct CellReference: Equatable {
    static let maximumRow = 1_048_575
    static let maximumColumn = 16_383

    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// nil for anything but letters then digits inside the sheet's limits.
    init?(_ text: some StringProtocol) {
        var column = 0, row = 0
        var letters = 0, digits = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                guard digits == 0 else { return nil }
                column = column * 26 + Int(scalar.value & 0x1F)
                letters += 1
            case 0x30...0x39:
                guard letters > 0 else { return nil }
                row = row * 10 + Int(scalar.value - 0x30)
                digits += 1
            case 0x24: // `$A$1`
                continue
            default:
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, column - 1 <= Self.maximumColumn, row - 1 <= Self.maximumRow else { return nil }
        self.row = row - 1
        self.column = column - 1
    }
}

/// A merged range, corners included.
struct CellRange: Equatable {
    var first: CellReference
    var last: CellReference

    init?(_ text: String) {
        let corners = text.split(separator: ":")
        guard let first = corners.first.flatMap(CellReference.init) else { return nil }
        let last = corners.count == 2 ? CellReference(corners[1]) : first
        guard let last, corners.count <= 2 else { return nil }
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }
}
