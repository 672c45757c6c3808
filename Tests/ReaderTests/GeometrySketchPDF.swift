import Foundation
import PowerListModel
import TestSupport

/// Draws small table PDFs for the hand-made geometry cases: text only,
/// placed where a word processor would put it (see `TextPDF`).
struct SketchPDF {
    typealias Text = TextPDF.Run

    var width: Double
    var height: Double
    var pages: [[Text]] = [[]]
    /// How every page is put on paper: drawn turned, or carrying a /Rotate entry.
    var turn = TextPDF.Turn.none
    var rotate = 0

    init(width: Double = 841.89, height: Double = 595.28) {
        self.width = width
        self.height = height
    }

    mutating func newPage() { pages.append([]) }

    /// Text whose box's top-left is at (x, top); full-width characters are `size` wide.
    mutating func text(_ string: String, x: Double, top: Double, size: Double = 9) {
        pages[pages.count - 1].append(Text(x: x, top: top, size: size, string: string))
    }

    mutating func centered(_ string: String, top: Double, size: Double = 9) {
        text(string, x: (width - Self.advance(string, size: size)) / 2, top: top, size: size)
    }

    static func advance(_ string: String, size: Double) -> Double {
        TextPDF.advance(string, size: size)
    }

    func write(to path: String) throws {
        try Data(bytes()).write(to: URL(fileURLWithPath: path))
    }

    func bytes() -> [UInt8] {
        TextPDF(pages: pages.map { TextPDF.Page(width: width, height: height, runs: $0, turn: turn, rotate: rotate) }).bytes()
    }
}

/// Lays out a ruled table the way a word processor does: columns at fixed x,
/// lines `pitch` apart, rows separated by cell padding; cells top-aligned or
/// vertically centered in their row.
struct TableSketch {
    enum Alignment {
        case top
        case center
    }

    var pdf: SketchPDF
    /// Left edge and width of each column.
    var columns: [(left: Double, width: Double)]
    var size = 9.0
    var pitch = 11.5
    var padding = 3.0

    /// A header row whose titles may be stacked; shorter titles are centered
    /// between the lines of taller ones. Returns the row's bottom.
    @discardableResult
    mutating func header(_ titles: [[String]], top: Double) -> Double {
        let lines = titles.map(\.count).max() ?? 1
        for (column, stack) in zip(columns, titles) {
            let offset = Double(lines - stack.count) * pitch / 2
            for (index, title) in stack.enumerated() {
                let x = column.left + (column.width - SketchPDF.advance(title, size: size)) / 2
                pdf.text(title, x: x, top: top + offset + Double(index) * pitch, size: size)
            }
        }
        return top + Double(lines) * pitch + padding
    }

    /// One row; returns its bottom (where the next row starts).
    @discardableResult
    mutating func row(_ cells: [[String]], top: Double, alignment: [Alignment] = [], height: Int? = nil) -> Double {
        let lines = height ?? (cells.map(\.count).max() ?? 1)
        for (index, (column, cell)) in zip(columns, cells).enumerated() {
            let centered = index < alignment.count && alignment[index] == .center
            let offset = centered ? Double(lines - cell.count) * pitch / 2 : 0
            for (line, text) in cell.enumerated() {
                pdf.text(text, x: column.left + 2, top: top + padding + offset + Double(line) * pitch, size: size)
            }
        }
        return top + Double(lines) * pitch + 2 * padding
    }

    /// Numbered filler lines ("责任事项1-01" …) whose order a test can check.
    static func lines(_ label: String, _ count: Int) -> [String] {
        (1...count).map { "\(label)第\($0)句内容" }
    }
}
