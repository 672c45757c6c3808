import PowerListModel

/// Stage 1 for text exports: bytes → decoded lines and the layout they follow.
public enum TextExtractor {
    public static func extract(_ bytes: [UInt8], layout forced: ExtractedText.Layout? = nil) throws(TextDecodingError) -> ExtractedText {
        let (text, diagnostics) = try decode(bytes)
        let lines = splitLines(text)
        return ExtractedText(lines: lines, layout: forced ?? TextLayoutSniffer.layout(of: lines), diagnostics: diagnostics)
    }

    /// The text, whole, and what decoding it had to say (an encoding other
    /// than UTF-8 is reported): for readers that split it themselves (CSV,
    /// tab-separated exports with quoted line breaks).
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> (text: String, diagnostics: [Diagnostic]) {
        let (text, encoding) = try TextDecoder.decode(bytes)
        if text.unicodeScalars.contains(where: { $0 == "\u{0}" }) {
            throw TextDecodingError(message: "binary data (NUL bytes), not a text export")
        }
        var diagnostics: [Diagnostic] = []
        if encoding != .utf8 {
            diagnostics.append(Diagnostic(.info, .encodingFallback, seq: nil, "输入编码为\(encoding.rawValue)，已转换为UTF-8"))
        }
        return (text, diagnostics)
    }

    /// Splits on LF, CRLF and CR; a form feed (page break in `pdftotext`
    /// output) is kept as a line of its own so reassemblers see page breaks.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(String(current)); current = .init(); previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { lines.append(String(current)); current = .init() }
            case "\u{0C}":
                lines.append(String(current)); lines.append("\u{0C}"); current = .init()
            default:
                current.append(scalar)
            }
            previousWasCR = false
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}

/// Tells the three text-export layouts apart from the shape of their lines.
public enum TextLayoutSniffer {
    public static func layout(of lines: [String]) -> ExtractedText.Layout {
        let contentLines = lines.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !contentLines.isEmpty else { return .flow }
        // A table export: a good share of lines carry several tab-separated cells.
        let tabbed = contentLines.filter { $0.utf8.lazy.filter { $0 == 0x09 }.count >= 2 }.count
        if tabbed * 5 >= contentLines.count { return .tabSeparated }
        // `pdftotext -layout`: columns kept as runs of spaces between text.
        let columnar = contentLines.filter(hasColumnGap).count
        if columnar * 4 >= contentLines.count { return .layout }
        return .flow
    }

    /// Text, a run of at least three spaces, text: two columns side by side.
    private static func hasColumnGap(_ line: String) -> Bool {
        var seenText = false, spaces = 0
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\u{3000}" {
                spaces += 1
            } else {
                if seenText && spaces >= 3 { return true }
                seenText = true
                spaces = 0
            }
        }
        return false
    }
}
