/// Where an unnumbered, unmarked list shows its elements only by layout: an
/// element ends its sentence (`；` `。`) and the next one starts a new line (a
/// PDF paragraph) or follows a space (what removed markup leaves between items).
/// Inside an element, sentences run on without a space.
enum ParagraphBreak {
    static let elementEnds: Set<Unicode.Scalar> = ["；", ";", "。"]
    static let preambleEnds: Set<Unicode.Scalar> = ["：", ":"]

    /// Offsets that start a paragraph, each with the last non-space scalar before it.
    static func starts(in cell: JoinedCell) -> [(offset: Int, after: Unicode.Scalar)] {
        let scalars = cell.scalars
        var lines = LineStartCursor(cell.lineStarts)
        var found: [(offset: Int, after: Unicode.Scalar)] = []
        var lastNonSpace: Unicode.Scalar?
        for offset in scalars.indices {
            let atLineStart = lines.isLineStart(offset)
            guard !scalars[offset].isSpace else { continue }
            if let lastNonSpace, atLineStart || scalars[offset - 1].isSpace {
                found.append((offset, lastNonSpace))
            }
            lastNonSpace = scalars[offset]
        }
        return found
    }
}
