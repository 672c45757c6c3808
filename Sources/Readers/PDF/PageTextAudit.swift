import PowerListModel

/// Whether a page's text layer decodes to text. A font embedded without a
/// Unicode map (no ToUnicode, glyph names or CIDs that mean nothing) still
/// gives Poppler *some* characters: control characters (codes taken as
/// characters), private-use code points, punctuation soup (codes shifted
/// into ASCII), or a font's glyph numbers read as Unicode — letters of a
/// dozen unrelated scripts, rare CJK characters. Every tool shows the same
/// garbage; this tells it from Chinese text.
struct PageTextAudit: Sendable, Equatable {
    enum Verdict: Sendable, Equatable {
        /// Enough glyphs to judge, and they read as text.
        case readable
        /// Too few glyphs to judge (a page number, a blank page).
        case sparse
        /// The glyphs are not text; the reason names which test failed.
        case undecodable(Reason)
    }

    enum Reason: String, Sendable, Equatable {
        /// Control characters, private-use code points, U+FFFD, unassigned code
        /// points or scripts Chinese text never uses.
        case foreignCodePoints
        /// CJK characters, but mostly rare ones: not Chinese prose.
        case rareCharacters
        /// Many glyphs, no Chinese, and not words of a Latin-script language either.
        case noChineseCharacters
    }

    /// Glyphs other than white space.
    private(set) var inked = 0
    private(set) var spaces = 0
    private(set) var foreign = 0
    private(set) var han = 0
    private(set) var commonHan = 0
    private(set) var latinLetters = 0

    /// Below this many inked glyphs, shares say too little to judge a page.
    static let minimumInk = 8
    /// A page with at least this many Han characters can be judged by which ones they are.
    static let minimumHan = 20
    /// A page needs this many inked glyphs before missing Chinese counts against it.
    static let minimumInkWithoutHan = 20
    /// Real pages carry a few symbols from fonts without a Unicode map (a
    /// Wingdings bullet); garbage is mostly such code points.
    static let maximumForeignShare = 0.2
    /// Chinese text draws well over nine in ten characters from GB 2312's
    /// first level; random CJK code points, about one in six.
    static let minimumCommonHanShare = 0.5
    /// Below this share of Han characters a page counts as having no Chinese.
    static let minimumHanShare = 0.05
    /// Latin-script text: mostly letters, a space every few of them.
    static let minimumLatinLetterShare = 0.5
    static let minimumLatinSpaceShare = 0.08

    init(_ page: GlyphPage) {
        for glyph in page.glyphs {
            let scalar = glyph.scalar
            if TextNormalizer.isWhitespace(scalar) {
                spaces += 1
                continue
            }
            inked += 1
            if ChineseTextCodePoints.isHan(scalar) {
                han += 1
                if CommonHanCharacters.contains(scalar) { commonHan += 1 }
            } else if !ChineseTextCodePoints.isExpected(scalar) {
                foreign += 1
            } else if scalar.properties.isAlphabetic, scalar.isASCII {
                latinLetters += 1
            }
        }
    }

    var verdict: Verdict {
        guard inked >= Self.minimumInk else { return .sparse }
        if Double(foreign) >= Self.maximumForeignShare * Double(inked) { return .undecodable(.foreignCodePoints) }
        if han >= Self.minimumHan, CommonHanCharacters.isAvailable,
           Double(commonHan) < Self.minimumCommonHanShare * Double(han) {
            return .undecodable(.rareCharacters)
        }
        if inked >= Self.minimumInkWithoutHan, Double(han) < Self.minimumHanShare * Double(inked), !readsAsLatinWords {
            return .undecodable(.noChineseCharacters)
        }
        return .readable
    }

    private var readsAsLatinWords: Bool {
        Double(latinLetters) >= Self.minimumLatinLetterShare * Double(inked)
            && Double(spaces) >= Self.minimumLatinSpaceShare * Double(inked + spaces)
    }
}

/// The code points Chinese official text is written in.
enum ChineseTextCodePoints {
    /// CJK unified and compatibility ideographs, all extensions.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Besides Han: ASCII and Latin-1, Greek (formulae), the punctuation,
    /// symbols, numerals, arrows, box drawing and dingbats a document prints,
    /// CJK radicals, punctuation, kana and compatibility forms, full-width
    /// forms. Not: control characters, private use, U+FFFD, other scripts.
    static func isExpected(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xFF, 0x370...0x3FF, 0x2000...0x23FF, 0x2460...0x27BF,
             0x2E80...0x2FDF, 0x3000...0x33FF, 0xFE10...0xFE1F, 0xFE30...0xFE6F, 0xFF00...0xFFEF:
            true
        default:
            isHan(scalar)
        }
    }
}
