import GeometricTables
import PowerListModel

/// Reads a `pdftotext -layout` dump, whose page geometry survives as
/// character columns, with the same reader as PDF glyphs: every character
/// becomes a glyph at its column on its line, and pages are separated by form
/// feeds. pdftotext places text on a grid of characters, not of display
/// cells: a CJK character takes one column like a Latin one (counting
/// East-Asian width, a column's cells would drift with the text to their left).
public enum LayoutTextReader {
    public static func read(_ lines: [String]) throws(NoTableFound) -> Table {
        try GeometricTableReader.read(LayoutGlyphs.pages(of: lines), as: .layoutText)
    }
}

/// Turns layout text into glyph pages: x is the character index, y the line
/// number on the page, each glyph one column wide and one line high.
enum LayoutGlyphs {
    static func pages(of lines: [String]) -> [GlyphPage] {
        var pages: [[Substring]] = [[]]
        // The input line of every page line, for provenance.
        var lineNumbers: [[Int]] = [[]]
        let inputLines = InputLineNumbers.of(lines)
        for (entry, line) in lines.enumerated() {
            let parts = line.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 {
                    pages.append([])
                    lineNumbers.append([])
                }
                if index == 0 || !part.isEmpty {
                    pages[pages.count - 1].append(part)
                    lineNumbers[lineNumbers.count - 1].append(inputLines[entry])
                }
            }
        }
        if pages.count > 1, pages.last?.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) == true { pages.removeLast() }
        return pages.enumerated().map { index, lines in
            page(number: index + 1, lines: lines, lineNumbers: lineNumbers[index])
        }
    }

    private static func page(number: Int, lines: [Substring], lineNumbers: [Int]) -> GlyphPage {
        var glyphs: [Glyph] = []
        var width = 0.0
        for (row, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                let column = Double(index)
                if scalar == " " || scalar == "\u{3000}" {
                    // A lone blank between two characters is a word space; longer runs are layout.
                    let lone = index > 0 && index + 1 < scalars.count && scalars[index - 1] != " " && scalars[index + 1] != " "
                    guard lone else { continue }
                } else if TextNormalizer.isWhitespace(scalar) {
                    continue
                }
                glyphs.append(Glyph(scalar: scalar, x0: column, y0: Double(row), x1: column + 1, y1: Double(row + 1)))
            }
            width = max(width, Double(scalars.count))
        }
        return GlyphPage(number: number, width: width, height: Double(lines.count), glyphs: glyphs, frame: .textLines(lineNumbers))
    }
}
