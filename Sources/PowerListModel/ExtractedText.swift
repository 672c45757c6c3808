/// Stage 1's output for text inputs: decoded lines and the layout they follow.
public struct ExtractedText: Sendable, Equatable {
    public enum Layout: String, Sendable, Equatable, CaseIterable {
        /// One table row per line, cells separated by tabs, cells may carry HTML.
        case tabSeparated = "tsv"
        /// A non-layout PDF text dump: each row's cells follow one another,
        /// each wrapped line of a cell on a line of its own.
        case flow
        /// `pdftotext -layout`: page geometry kept as character columns.
        case layout
    }

    public var lines: [String]
    public var layout: Layout
    /// Anything the decoder had to say (an encoding fallback…).
    public var diagnostics: [Diagnostic]

    public init(lines: [String], layout: Layout, diagnostics: [Diagnostic] = []) {
        self.lines = lines
        self.layout = layout
        self.diagnostics = diagnostics
    }
}

/// Stage 1's output for PDFs: every page's text with one box per Unicode scalar.
public struct GlyphPage: Sendable, Equatable {
    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [Glyph]
    /// How these coordinates map to the source (for provenance).
    public var frame: GlyphFrame
    /// The horizontal rules the page prints, where a reader saw them (OCR
    /// finds a scan's rules); empty when it cannot say (a PDF's text layer).
    public var rules: [HorizontalRule]
    /// The vertical rules likewise (a table's borders between columns).
    public var columnRules: [VerticalRule]

    /// `frame` defaults to the page as displayed, not turned.
    public init(
        number: Int, width: Double, height: Double, glyphs: [Glyph], frame: GlyphFrame? = nil,
        rules: [HorizontalRule] = [], columnRules: [VerticalRule] = []
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.frame = frame ?? .page(turn: .none, width: width, height: height)
        self.rules = rules
        self.columnRules = columnRules
    }
}

/// A vertical rule printed on a page (a table's border between columns),
/// in the coordinates of the page's glyphs.
public struct VerticalRule: Sendable, Equatable {
    public var x: Double
    public var y0: Double
    public var y1: Double

    public init(x: Double, y0: Double, y1: Double) {
        self.x = x
        self.y0 = y0
        self.y1 = y1
    }
}

/// A horizontal rule printed on a page (a table's border between rows), in
/// the coordinates of the page's glyphs.
public struct HorizontalRule: Sendable, Equatable {
    public var y: Double
    public var x0: Double
    public var x1: Double

    public init(y: Double, x0: Double, x1: Double) {
        self.y = y
        self.x0 = x0
        self.x1 = x1
    }
}

/// One Unicode scalar and its box in page coordinates (origin top-left, y down).
public struct Glyph: Sendable, Equatable {
    public var scalar: Unicode.Scalar
    /// How sure OCR was of this scalar, in percent (0–100, as Tesseract
    /// reports it); nil for text a PDF's text layer carries. Stored next to
    /// the scalar, it fits in the padding before the box: no glyph grows.
    public var confidence: UInt8?
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(scalar: Unicode.Scalar, x0: Double, y0: Double, x1: Double, y1: Double, confidence: UInt8? = nil) {
        self.scalar = scalar
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.confidence = confidence
    }
}
