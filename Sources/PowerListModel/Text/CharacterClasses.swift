/// The character classes every stage tests, defined once. They are read on
/// per-glyph and per-scalar paths: plain range tests, not Unicode property
/// lookups.
extension Unicode.Scalar {
    /// An ASCII or full-width digit.
    public var isASCIIOrFullWidthDigit: Bool {
        switch value {
        case 0x30...0x39, 0xFF10...0xFF19: true
        default: false
        }
    }

    /// 0–9 for ASCII and full-width digits.
    public var digitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0xFF10...0xFF19: Int(value - 0xFF10)
        default: nil
        }
    }

    /// A CJK unified ideograph: the main block, extension A, the compatibility
    /// ideographs and the supplementary-plane extensions.
    public var isCJKIdeograph: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// A CJK compatibility ideograph: each is canonically equivalent to a
    /// unified one (U+F907 龜 to U+9F9C 龜), so Swift's String comparison
    /// takes it for that one, and a test on scalars must let it through.
    public var isCJKCompatibilityIdeograph: Bool {
        switch value {
        case 0xF900...0xFAFF, 0x2F800...0x2FA1F: true
        default: false
        }
    }

    /// White space, NBSP and U+3000 included (`TextNormalizer.isWhitespace`
    /// spares the property-table lookup of `properties.isWhitespace`).
    public var isSpace: Bool { TextNormalizer.isWhitespace(self) }
}

extension Character {
    /// 0–9 only (`Character.isNumber` also takes ideographic and full-width numerals).
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// Width of text in a fixed-width grid (a terminal, a flow dump's line
/// widths): ideographs, full-width forms and enclosed numbers take two
/// columns, controls and combining marks none, the rest one.
public enum DisplayWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x300..<0x370, 0x200B...0x200F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD, 0x2460...0x24FF:
            2
        default:
            1
        }
    }
}

extension Unicode.Scalar {
    /// `〓` (the geta mark printers set for a character they lack): what a
    /// recognized text holds where OCR could not make out the print, one per
    /// character's width. Set by the OCR reader, read by the name choice.
    public static let unreadPrint: Unicode.Scalar = "〓"
}
