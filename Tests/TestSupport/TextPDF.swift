import Foundation

/// Writes PDFs of text runs placed where a test wants them, with no font file:
/// fonts are named, not embedded. Pages may be drawn turned (the content
/// rotated on paper of swapped size, no /Rotate) or carry a /Rotate entry, and
/// runs may use fonts without a Unicode map, whose text Poppler cannot decode.
public struct TextPDF {
    public enum Font: CaseIterable, Sendable {
        /// A CID font whose codes are Unicode values, with a ToUnicode map: decodes.
        case unicode
        /// The same CID font without ToUnicode: a run's scalars are written as glyph
        /// numbers, which Poppler can only read back as Unicode values.
        case unmappedCID
        /// A simple font whose /Differences name its codes /g1, /g2 …: a run's
        /// scalars (below U+0100) are written as codes; Poppler reads them as control characters.
        case numberedGlyphNames
        /// A simple symbolic font without encoding: codes Poppler shifts into ASCII punctuation.
        case symbolic

        var resourceName: String {
            switch self {
            case .unicode: "F1"
            case .unmappedCID: "F2"
            case .numberedGlyphNames: "F3"
            case .symbolic: "F4"
            }
        }
    }

    /// How the upright content is drawn on the paper (the paper's size swaps for quarter turns).
    public enum Turn: Sendable, CaseIterable {
        case none
        /// A quarter-turn clockwise: the text runs down the paper.
        case clockwise
        case upsideDown
        /// A quarter-turn counterclockwise: the text runs up the paper.
        case counterclockwise
    }

    public struct Run: Sendable {
        public var x: Double
        public var top: Double
        public var size: Double
        public var string: String
        public var font: Font

        public init(x: Double, top: Double, size: Double, string: String, font: Font = .unicode) {
            self.x = x
            self.top = top
            self.size = size
            self.string = string
            self.font = font
        }
    }

    public struct Page: Sendable {
        /// Size of the upright content; the paper is this turned by `turn`.
        public var width: Double
        public var height: Double
        public var runs: [Run]
        public var turn: Turn
        /// The page's /Rotate entry (0, 90, 180, 270).
        public var rotate: Int

        public init(width: Double, height: Double, runs: [Run], turn: Turn = .none, rotate: Int = 0) {
            self.width = width
            self.height = height
            self.runs = runs
            self.turn = turn
            self.rotate = rotate
        }
    }

    public var pages: [Page]

    public init(pages: [Page]) {
        self.pages = pages
    }

    public func write(to path: String) throws {
        try Data(bytes()).write(to: URL(fileURLWithPath: path))
    }

    public func bytes() -> [UInt8] {
        var objects: [String] = []
        func add(_ object: String) -> Int {
            objects.append(object)
            return objects.count
        }
        let fonts = Font.allCases.map { "/\($0.resourceName) \(fontObject($0, add: add)) 0 R" }.joined(separator: " ")
        let pagesObject = objects.count + 2 * pages.count + 1
        var kids: [Int] = []
        for page in pages {
            let content = Self.matrix(page) + "\n" + page.runs.map { Self.show($0, pageHeight: page.height) }.joined(separator: "\n")
            let stream = add("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
            let quarter = page.turn == .clockwise || page.turn == .counterclockwise
            let paper = quarter ? (page.height, page.width) : (page.width, page.height)
            kids.append(add(
                "<< /Type /Page /Parent \(pagesObject) 0 R /MediaBox [0 0 \(paper.0) \(paper.1)] /Rotate \(page.rotate) "
                    + "/Contents \(stream) 0 R /Resources << /Font << \(fonts) >> >> >>"
            ))
        }
        _ = add("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        let catalog = add("<< /Type /Catalog /Pages \(pagesObject) 0 R >>")
        return Array(MinimalPDF.document(objects: objects, root: catalog).utf8)
    }

    /// Full-width characters are `size` wide, ASCII half that.
    public static func advance(_ string: String, size: Double) -> Double {
        string.unicodeScalars.reduce(0) { $0 + (($1.value < 0x7F) ? size / 2 : size) }
    }

    /// The transformation that draws the upright content turned onto the paper.
    private static func matrix(_ page: Page) -> String {
        switch page.turn {
        case .none: "1 0 0 1 0 0 cm"
        case .clockwise: "0 -1 1 0 0 \(page.width) cm"
        case .upsideDown: "-1 0 0 -1 \(page.width) \(page.height) cm"
        case .counterclockwise: "0 1 -1 0 \(page.height) 0 cm"
        }
    }

    /// A run whose box's top-left is at (x, top) of the upright content (the font's ascent is 0.88 em).
    private static func show(_ run: Run, pageHeight: Double) -> String {
        let codes: String
        switch run.font {
        case .unicode, .unmappedCID: codes = run.string.unicodeScalars.map { String(format: "%04X", $0.value) }.joined()
        case .numberedGlyphNames, .symbolic: codes = run.string.unicodeScalars.map { String(format: "%02X", $0.value & 0xFF) }.joined()
        }
        let baseline = pageHeight - run.top - 0.88 * run.size
        return "BT /\(run.font.resourceName) " + String(format: "%.2f Tf %.2f %.2f Td ", run.size, run.x, baseline) + "<\(codes)> Tj ET"
    }

    private func fontObject(_ font: Font, add: (String) -> Int) -> Int {
        let descriptor = "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
        switch font {
        case .unicode, .unmappedCID:
            let cidFont = add(
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                    + "/FontDescriptor \(add(descriptor)) 0 R /DW 1000 /W [32 126 500] >>"
            )
            let toUnicode = font == .unicode ? " /ToUnicode \(add(identityToUnicode)) 0 R" : ""
            return add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [\(cidFont) 0 R]\(toUnicode) >>")
        case .numberedGlyphNames, .symbolic:
            let widths = Array(repeating: "1000", count: 255).joined(separator: " ")
            let names = (1...255).map { "/g\($0)" }.joined(separator: " ")
            let encoding = font == .numberedGlyphNames ? " /Encoding << /Type /Encoding /Differences [1 \(names)] >>" : ""
            return add(
                "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+SimSun /FirstChar 1 /LastChar 255 /Widths [\(widths)]\(encoding) "
                    + "/FontDescriptor \(add(descriptor)) 0 R >>"
            )
        }
    }

    /// Every two-byte code the runs use maps to the Unicode value it spells
    /// (ranges of 256 codes: a range's destination may only vary in its last byte).
    private var identityToUnicode: String {
        let scalars = pages.flatMap { $0.runs.filter { $0.font == .unicode }.flatMap(\.string.unicodeScalars) }
        let blocks = Set(scalars.map { $0.value >> 8 }).sorted()
        let ranges = blocks.map { String(format: "<%02X00> <%02XFF> <%02X00>", $0, $0, $0) }.joined(separator: "\n")
        let cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange \(blocks.count) beginbfrange
            \(ranges)
            endbfrange endcmap CMapName currentdict /CMap defineresource pop end end
            """
        return "<< /Length \(cmap.utf8.count) >>\nstream\n\(cmap)\nendstream"
    }
}
