import CPoppler

/// The 3,755 characters of GB 2312's first level: the characters of everyday
/// Chinese, which make up almost all of any official text. Characters picked
/// at random from the CJK blocks (what a font's glyph numbers read as Unicode
/// give) are mostly rare ones outside it. Taken from the system's converter
/// (GLib's iconv) rather than a table of our own: the first level is the
/// byte range B0A1–D7F9 of GB 2312.
enum CommonHanCharacters {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        set.contains(scalar.value)
    }

    /// Empty when this system cannot convert GB 2312; `isAvailable` says so.
    static var isAvailable: Bool { !set.isEmpty }

    static let set: Set<UInt32> = {
        var bytes: [UInt8] = []
        for row in UInt8(0xB0)...0xD7 {
            // Row 55 ends at D7F9; its last five cells are unassigned.
            for cell in UInt8(0xA1)...(row == 0xD7 ? 0xF9 : 0xFE) {
                bytes += [row, cell]
            }
        }
        var written: gsize = 0
        var error: UnsafeMutablePointer<GError>?
        let converted = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: gchar.self) { characters in
                g_convert(characters.baseAddress, gssize(characters.count), "UTF-8", "GB2312", nil, &written, &error)
            }
        }
        guard let converted else {
            g_error_free(error)
            return []
        }
        defer { g_free(converted) }
        let utf8 = UnsafeRawBufferPointer(start: converted, count: Int(written))
        return Set(String(decoding: utf8, as: UTF8.self).unicodeScalars.map(\.value))
    }()
}
