public enum TextNormalizer {
    /// Runs of white space (including U+3000 and NBSP) become one space; trimmed.
    ///
    /// Every stage calls this on every line and cell, most of which are already
    /// collapsed: those are returned as they are, without a copy. The others are
    /// rebuilt as UTF-8 bytes (appending scalar by scalar to a `String` costs
    /// about ten times more).
    public static func collapseWhitespace(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` without its white space: the same as `text.filter { !$0.isWhitespace }`
    /// (a Character is white space when its first scalar is), but read scalar
    /// by scalar where that gives the same result, because breaking a string
    /// into Characters is slow; `text` itself when it has no white space.
    public static func removingWhitespace(_ text: String) -> String {
        var hasWhitespace = false
        var scalarsAreCharacters = true
        for scalar in text.unicodeScalars {
            hasWhitespace = hasWhitespace || isWhitespace(scalar)
            scalarsAreCharacters = scalarsAreCharacters && standsAlone(scalar)
        }
        guard hasWhitespace else { return text }
        guard scalarsAreCharacters else { return text.filter { !$0.isWhitespace } }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter { !isWhitespace($0) })
        return String(out)
    }

    /// True for Latin letters and ASCII / full-width digits: the characters
    /// between which a join keeps a space.
    public static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }

    /// Unicode's White_Space property, the same as `scalar.properties.isWhitespace`,
    /// which looks it up in a table (hundreds of instructions) on every call:
    /// use this one on per-glyph and per-scalar paths. NBSP and U+3000 are in it.
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Already trimmed, with single ASCII spaces as the only white space.
    private static func isCollapsed(_ text: String) -> Bool {
        var previousWasSpace = true
        for scalar in text.unicodeScalars {
            let space = isWhitespace(scalar)
            if space, previousWasSpace || scalar != " " { return false }
            previousWasSpace = space
        }
        return !previousWasSpace || text.isEmpty
    }

    /// Scalars that are always a Character of their own, whatever surrounds
    /// them (grapheme break property Other or Control; CR LF is one Character,
    /// but both are white space): ASCII and Latin-1, general punctuation
    /// without the joiners, CJK punctuation without the tone marks, CJK
    /// ideographs, full-width forms without the kana sound marks.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0xFF, 0x2000...0x200B, 0x200E...0x206F, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D, 0xFFE0...0xFFEE: true
        default: false
        }
    }
}
