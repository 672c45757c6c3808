import PowerListModel

/// A cell's lines joined exactly as `Cell.text` joins them, kept as scalars so
/// every rule can look around a position without re-walking a `String`, and
/// with the offsets where the cell's lines start (a PDF line or a markup block).
struct JoinedCell {
    let scalars: [Unicode.Scalar]
    /// Offsets in `scalars` where a line starts, ascending; the first is 0.
    let lineStarts: [Int]
    /// The subset of `lineStarts` whose line markup flags as a new list element.
    let listItemStarts: [Int]
    /// Read by OCR, not printed (`Cell.isRecognized`).
    let isRecognized: Bool

    init(_ cell: Cell) {
        var scalars: [Unicode.Scalar] = []
        var lineStarts: [Int] = []
        var listItemStarts: [Int] = []
        for line in cell.lines {
            if !scalars.isEmpty, line.followsSpace { scalars.append(" ") }
            lineStarts.append(scalars.count)
            if line.startsListItem { listItemStarts.append(scalars.count) }
            scalars.append(contentsOf: line.text.unicodeScalars)
        }
        self.scalars = scalars
        self.lineStarts = lineStarts
        self.listItemStarts = listItemStarts
        isRecognized = cell.isRecognized
    }

    var isEmpty: Bool { scalars.isEmpty }

    func string(_ range: Range<Int>) -> String {
        // Through UTF-8 bytes: a String grown scalar by scalar is several times slower.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3 * range.count)
        for scalar in scalars[range] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
