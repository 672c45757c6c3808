/// A line box several ems tall holding a character or two: Tesseract's
/// reading of printed lines standing close (a Song face's bracketed cases),
/// where it read two lines, `（三）擅自提高征收标准或者扩大征收范围` and
/// `的；`, as one line four ems tall holding `人` (89 %). The two lines were
/// lost with no sign, and `UnreadInk` took their ink for read: the hollow
/// box covered it. Such a line counts as no reading there: its ink is read
/// again line by line (`UnreadInk`), and the hollow line gives way to what
/// that reads within its box. Where nothing is read there, it stays.
enum HollowLines {
    /// Least height of a hollow line, in ems (the cell's characters' width).
    static let tallest = 2.5
    /// Most symbols a hollow line holds.
    static let fewest = 2

    /// Whether `line` is hollow, with characters `em` wide.
    static func isHollow(_ line: RecognizedLine, em: Double?) -> Bool {
        guard let em, em > 0 else { return false }
        let symbols = line.words.reduce(0) { $0 + $1.symbols.count }
        return symbols <= fewest && Double(line.box.height) >= tallest * em
    }

    /// `lines` with each hollow line (at `hollow`) left out where a line of
    /// `reread` stands within its box.
    static func replaced(_ lines: [RecognizedLine], hollow: Set<Int>, reread: [RecognizedLine]) -> [RecognizedLine] {
        lines.indices.filter { index in
            guard hollow.contains(index) else { return true }
            let box = lines[index].box
            return !reread.contains { line in
                let middle = (line.box.top + line.box.bottom) / 2
                return middle > box.top && middle < box.bottom && line.box.left < box.right && box.left < line.box.right
            }
        }.map { lines[$0] }
    }
}
