#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MarkupParsing

/// The encoding a saved web page is in, as iconv names it.
///
/// A byte-order mark decides. Otherwise bytes that are valid UTF-8 are
/// UTF-8 whatever the page declares: a browser's "save page" rewrites the
/// bytes as UTF-8 but often keeps the original `charset=gbk`, while GBK text
/// of any length is never valid UTF-8. Other bytes are read in the encoding
/// the page declares (`<meta charset>`, `<meta http-equiv="Content-Type"
/// content="…; charset=…">`), found by parsing the page as Latin-1 first
/// (every byte a character, the ASCII markup intact); GBK and GB2312 are
/// read as GB18030, their superset, since pages labelled GB2312 use GBK's
/// characters too. A page that declares nothing iconv knows is GB18030.
enum HTMLEncoding {
    static func detect(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if String(validating: bytes, as: UTF8.self) != nil { return "UTF-8" }
        if let declared = declaredEncoding(bytes).map(canonicalName), isKnownToIconv(declared), declared != "UTF-8" {
            return declared
        }
        return "GB18030"
    }

    /// The charset the page's `<meta>` elements declare, the first one found.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard let page = HTMLDocument(bytes: bytes, encoding: "ISO-8859-1"), let root = page.root else { return nil }
        for meta in root.descendants(named: "meta") {
            if let charset = meta.attribute("charset"), !charset.isEmpty { return charset }
            if meta.attribute("http-equiv")?.lowercased() == "content-type", let content = meta.attribute("content"),
               let charset = charsetParameter(content) {
                return charset
            }
        }
        return nil
    }

    /// `text/html; charset=gbk` → `gbk`.
    static func charsetParameter(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "charset" else { continue }
            let value = pair[1].trimmingSpaces.trimmingCharacters(in: "\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }

    static func canonicalName(_ label: String) -> String {
        switch label.trimmingSpaces.lowercased() {
        case "gbk", "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312", "chinese", "gb18030":
            "GB18030"
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            "UTF-8"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5":
            "BIG5-HKSCS"
        case let other:
            other.uppercased()
        }
    }

    private static func isKnownToIconv(_ name: String) -> Bool {
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return false }
        iconv_close(converter)
        return true
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
