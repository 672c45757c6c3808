/// The first bytes that give a file's kind away.
enum Signatures {
    /// `%PDF-` within the first KiB (some writers put junk before it).
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        contains(Array("%PDF-".utf8), in: bytes.prefix(1024))
    }

    /// `{\rtf` at the start, after a byte-order mark or white space.
    static func isRTF(_ bytes: [UInt8]) -> Bool {
        asciiHead(bytes).hasPrefix("{\\rtf")
    }

    /// A page starts with markup that only a page starts with: a doctype,
    /// `<html>`, `<head>`, `<body>`, `<meta>`, `<title>` or a `<table>`,
    /// possibly after comments or an XML declaration. A text export whose
    /// cells carry `<p>` starts with text, not a tag.
    static func isHTML(_ bytes: [UInt8]) -> Bool {
        var head = Substring(asciiHead(bytes).lowercased())
        while head.hasPrefix("<!--") || head.hasPrefix("<?xml") {
            let close = head.hasPrefix("<!--") ? "-->" : "?>"
            guard let end = head.firstRange(of: close)?.upperBound else { return false }
            head = head[end...].drop { $0.isWhitespace }
        }
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<table"].contains { head.hasPrefix($0) }
    }

    /// Control bytes that text never holds (NUL, or more than 1% other C0
    /// controls than tab, line feed, form feed and carriage return), in a
    /// file without a UTF-16 byte-order mark.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        var controls = 0
        for byte in bytes where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
            if byte == 0 { return true }
            controls += 1
        }
        return controls * 100 > bytes.count
    }

    /// The first 4 KiB as ASCII (other bytes as `?`), after a byte-order
    /// mark and white space; UTF-16 read as its low bytes.
    private static func asciiHead(_ bytes: [UInt8]) -> String {
        var head = bytes.prefix(4096)
        var step = 1
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        if head.starts(with: [0xFF, 0xFE]) { (head, step) = (head.dropFirst(2), 2) }
        if head.starts(with: [0xFE, 0xFF]) { (head, step) = (head.dropFirst(3), 2) }
        let characters = stride(from: head.startIndex, to: head.endIndex, by: step).map { index in
            head[index] < 0x80 ? Character(Unicode.Scalar(head[index])) : "?"
        }
        return String(String(characters).drop { $0.isWhitespace })
    }

    private static func contains(_ marker: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= marker.count else { return false }
        return (bytes.startIndex...(bytes.endIndex - marker.count)).contains { bytes[$0..<$0 + marker.count].elementsEqual(marker) }
    }
}
