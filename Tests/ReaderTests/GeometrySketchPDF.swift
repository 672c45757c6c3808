import Foundation
import PowerListModel
import TestSupport

/// Draws small table PDFs for the hand-made geometry cases: text only (a CID
/// font named but not embedded, with a ToUnicode map, so no font file is
/// needed), placed where a word processor would put it.
struct SketchPDF {
    struct Text {
        var x: Double
        var top: Double
        var size: Double
        var string: String
    }

    var width: Double
    var height: Double
    var pages: [[Text]] = [[]]

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
        string.unicodeScalars.reduce(0) { $0 + (($1.value < 0x7F) ? size / 2 : size) }
    }

    func write(to path: String) throws {
        try Data(bytes()).write(to: URL(fileURLWithPath: path))
    }

    func bytes() -> [UInt8] {
        var objects: [String] = []
        func add(_ object: String) -> Int {
            objects.append(object)
            return objects.count
        }
        let blocks = Set(pages.flatMap { $0.flatMap { $0.string.unicodeScalars.map { $0.value >> 8 } } }).sorted()
        let ranges = blocks.map { String(format: "<%02X00> <%02XFF> <%02X00>", $0, $0, $0) }.joined(separator: "\n")
        let cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange \(blocks.count) beginbfrange
            \(ranges)
            endbfrange endcmap CMapName currentdict /CMap defineresource pop end end
            """
        let toUnicode = add("<< /Length \(cmap.utf8.count) >>\nstream\n\(cmap)\nendstream")
        let descriptor = add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
        let cidFont = add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptor) 0 R /DW 1000 /W [32 126 500] >>")
        let font = add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>")
        let pagesObject = objects.count + 2 * pages.count + 1
        var kids: [Int] = []
        for page in pages {
            let content = page.map { text in
                let codes = text.string.unicodeScalars.map { String(format: "%04X", $0.value) }.joined()
                let baseline = height - text.top - 0.88 * text.size
                return String(format: "BT /F1 %.2f Tf %.2f %.2f Td ", text.size, text.x, baseline) + "<\(codes)> Tj ET"
            }.joined(separator: "\n")
            let stream = add("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
            kids.append(add("<< /Type /Page /Parent \(pagesObject) 0 R /MediaBox [0 0 \(width) \(height)] /Contents \(stream) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>"))
        }
        _ = add("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        let catalog = add("<< /Type /Catalog /Pages \(pagesObject) 0 R >>")
        return Array(MinimalPDF.document(objects: objects, root: catalog).utf8)
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
