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
    /// (a Character is white space when its first scalar is), but read as bytes
    /// and scalars where that gives the same result, because breaking a string
    /// into Characters is slow; `text` itself when it has no white space.
    public static func removingWhitespace(_ text: String) -> String {
        guard containsWhitespace(text) else { return text }
        guard text.unicodeScalars.allSatisfy(standsAlone) else { return text.filter { !$0.isWhitespace } }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !isWhitespace(scalar) {
            UTF8.encode(scalar) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
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
        withUTF8(text) { bytes in
            var previousWasSpace = true
            for index in bytes.indices {
                let length = whitespaceLength(bytes, at: index)
                if length > 0, previousWasSpace || length > 1 || bytes[index] != 0x20 { return false }
                // Continuation bytes of a longer white-space scalar never match.
                if length > 0 { previousWasSpace = true } else if bytes[index] & 0xC0 != 0x80 { previousWasSpace = false }
            }
            return !previousWasSpace || bytes.isEmpty
        }
    }

    /// Whether `text`, its white space removed and then any run of `marks`
    /// ending it, holds more than `limit` scalars. Rules that look at short
    /// lines only (headings, titles) ask this of every cell: it stops after
    /// `limit` scalars, where removing the white space of a long cell first
    /// copied it whole.
    ///
    /// - `一、行政许可（共2项）`, 30 → false; the same padded with 40 `。`, `。` a mark → false
    public static func holdsMoreScalars(than limit: Int, in text: String, besidesTrailing marks: Set<Unicode.Scalar> = []) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars where !isWhitespace(scalar) {
            count += 1
            // A scalar past the limit that no trailing run can remove stays.
            if count > limit && !marks.contains(scalar) { return true }
        }
        return false
    }

    /// Whether `text` has any white space. Read as UTF-8 bytes, a fraction of
    /// the cost of decoding scalars: most fragments, titles and cells have none.
    static func containsWhitespace(_ text: String) -> Bool {
        withUTF8(text) { bytes in bytes.indices.contains { whitespaceLength(bytes, at: $0) > 0 } }
    }

    /// The UTF-8 length of the white-space scalar that starts at `index`, 0 when
    /// none does (the encodings of `isWhitespace`'s scalars; a lead byte never
    /// occurs inside another scalar, so any index may be asked about).
    @inline(__always)
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : 0 }
        guard lead == 0xC2 || (0xE1...0xE3).contains(lead), index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if lead == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (lead, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third) ? 3 : 0  // U+2000–200A, 2028, 2029, 202F
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    private static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text  // `withUTF8` is mutating: it makes a bridged string contiguous first.
        return text.withUTF8(body)
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
