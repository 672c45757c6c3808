import PowerListModel

/// Column assignment for a text dump. pdftotext places each line on its own:
/// a long cell line pushes the text to its right a few columns further, and a
/// line whose left columns are empty is pulled left. So a word goes where it
/// starts, corrected by two observations:
/// - a word that only one blank separates from the text before it, and that
///   neither stands where its column starts (after a whole short cell) nor
///   lines up with its column's text on the neighbouring lines, is the end of
///   the cell before it, run past its column;
/// - a word set apart by a wide blank from a word of the same column on the
///   same line belongs to a later column, and so does the text lined up under
///   and over it.
enum TextDumpWords {
    struct Word {
        var line: Int
        var range: Range<Int>
        var start: Double
        /// Only a single blank separates it from the word before on its line.
        var closeToPrevious: Bool
        /// First on its line and all digits: a 序号 (a cell of its own).
        var isLeadingNumber = false
        /// The blank before it stands between two ideographs (or before a list
        /// number `2、`): no space pdftotext puts around Latin letters and digits.
        var followsIdeographicBlank = false
        var column = 0
    }

    static func columns(of glyphs: [Glyph], bands: ColumnBands) -> [Int] {
        var words = words(in: glyphs)
        for index in words.indices { words[index].column = bands.column(forX: words[index].start + 0.5) }
        let lines = Dictionary(grouping: words.indices, by: { words[$0].line })
        keepOverrunsInTheirCell(&words, lines: lines, columnStarts: bands.boundaries.map { $0 + 0.5 })
        moveCrowdedWordsRight(&words, lines: lines, columnCount: bands.cells.count)

        var result = [Int](repeating: 0, count: glyphs.count)
        for word in words {
            for index in word.range { result[index] = word.column }
        }
        // Blanks between words stay with the word before them.
        var current = 0
        for index in glyphs.indices {
            if TextNormalizer.isWhitespace(glyphs[index].scalar) { result[index] = current } else { current = result[index] }
        }
        return result
    }

    /// Where words start: what `ColumnBands(cells:wordStarts:)` counts. A
    /// number leading its line is a 序号, whatever its place under a title
    /// set apart from it: not where the column after it starts.
    static func starts(of glyphs: [Glyph]) -> [Double] {
        words(in: glyphs).filter { !$0.isLeadingNumber }.map(\.start)
    }

    /// `columnStarts[i]` is where column `i + 1`'s text starts when it does not drift.
    private static func keepOverrunsInTheirCell(_ words: inout [Word], lines: [Int: [Int]], columnStarts: [Double]) {
        for index in words.indices where words[index].closeToPrevious && index > 0 {
            let previous = words[index - 1]
            // Nothing runs on from a 序号: the word after it is the next cell.
            guard previous.line == words[index].line, previous.column < words[index].column, !previous.isLeadingNumber else { continue }
            // A cell of its own after a whole short cell (`1 对用人单位…`), not the
            // rest of a phrase broken at its blanks (`为 20 万元。第…`); or, on
            // neighbouring lines, the text of a narrow column at its start, one
            // blank after the full lines of the column before (`不办理医疗 医疗`).
            let columnStart = columnStarts[words[index].column - 1]
            let atStart = words[index].start == columnStart
            let startsColumn = atStart && (words[index].range.count >= 4 && !previous.closeToPrevious || stacks(words[index], with: words, lines: lines))
                || nextCellAfterFullLine(words[index], columnStart: columnStart)
            if !startsColumn, !linesUp(words[index], with: words, lines: lines) { words[index].column = previous.column }
        }
    }

    /// A spreadsheet print packs its cells a blank apart: a line filling its
    /// cell is followed, one blank on, by the next cell's text, which a
    /// two-digit 序号 or a longer line pushes a column or two past where that
    /// cell starts. Ideographic text has no blanks of its own (pdftotext puts
    /// them around Latin letters and digits), so a blank between ideographs
    /// near a column's start is the edge of a cell, not a broken phrase —
    /// unless the word is as short as a note's label (`。 注：` ending a line).
    private static func nextCellAfterFullLine(_ word: Word, columnStart: Double) -> Bool {
        word.followsIdeographicBlank && word.range.count >= 4 && word.start >= columnStart - 0.5 && word.start <= columnStart + 2
    }

    private static func moveCrowdedWordsRight(_ words: inout [Word], lines: [Int: [Int]], columnCount: Int) {
        var moved: [Int] = []
        for index in words.indices.dropFirst() where !words[index].closeToPrevious {
            let previous = words[index - 1]
            guard previous.line == words[index].line, previous.column >= words[index].column, previous.column + 1 < columnCount else { continue }
            words[index].column = previous.column + 1
            moved.append(index)
        }
        // Text lined up with a moved word, in the column it left, follows it.
        while let index = moved.popLast() {
            for neighbour in [words[index].line - 1, words[index].line + 1] {
                for other in lines[neighbour] ?? [] where words[other].start == words[index].start && words[other].column < words[index].column {
                    words[other].column = words[index].column
                    moved.append(other)
                }
            }
        }
    }

    /// Whether a word of the same column that starts a cell line (not itself
    /// one blank after other text) starts at the same place on the line above or below.
    private static func linesUp(_ word: Word, with words: [Word], lines: [Int: [Int]]) -> Bool {
        [word.line - 1, word.line + 1].contains { line in
            (lines[line] ?? []).contains { other in
                !words[other].closeToPrevious && abs(words[other].start - word.start) <= 1 && words[other].column == word.column
            }
        }
    }

    /// Whether a word of the same column starts at the very same place on the
    /// line above or below, or the next but one (centred cells of different
    /// line pitches interleave their lines).
    private static func stacks(_ word: Word, with words: [Word], lines: [Int: [Int]]) -> Bool {
        [word.line - 2, word.line - 1, word.line + 1, word.line + 2].contains { line in
            (lines[line] ?? []).contains { words[$0].start == word.start && words[$0].column == word.column }
        }
    }

    /// Begins with an ideograph, or with a list number (`2、`), as a cell line does.
    private static func startsLikeCellText(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        guard TextNormalizer.isLatinOrDigit(first) else { return true }
        let digits = scalars.prefix { $0.isASCII && $0.properties.numericType == .decimal }
        return !digits.isEmpty && digits.count < scalars.count && "、．.".unicodeScalars.contains(scalars[digits.count])
    }

    private static func words(in glyphs: [Glyph]) -> [Word] {
        var words: [Word] = []
        var line = 0
        var blanks = 2
        var previous: Glyph?
        for (index, glyph) in glyphs.enumerated() {
            if let previous, previous.y0 != glyph.y0 {
                line += 1
                blanks = 2
            }
            defer { previous = glyph }
            if TextNormalizer.isWhitespace(glyph.scalar) {
                blanks += 1
                continue
            }
            if blanks == 0, let last = words.last, last.line == line, glyph.x0 <= (previous?.x1 ?? glyph.x0) {
                words[words.count - 1].range = last.range.lowerBound..<(index + 1)
            } else {
                let gap = glyph.x0 - (previous?.x1 ?? -.infinity)
                let sameLine = words.last?.line == line
                words.append(Word(line: line, range: index..<(index + 1), start: glyph.x0, closeToPrevious: sameLine && gap <= 1))
            }
            blanks = 0
        }
        for index in words.indices where index == 0 || words[index - 1].line != words[index].line {
            words[index].isLeadingNumber = words[index].range.allSatisfy { glyphs[$0].scalar.isASCII && glyphs[$0].scalar.properties.numericType == .decimal }
        }
        for index in words.indices.dropFirst() where words[index].closeToPrevious {
            let before = glyphs[words[index - 1].range.upperBound - 1].scalar
            words[index].followsIdeographicBlank = !TextNormalizer.isLatinOrDigit(before) && startsLikeCellText(glyphs[words[index].range].map(\.scalar))
        }
        return words
    }
}
