/// Why a byte sequence is not a JSON text, and where: `offset` is the 0-based
/// byte offset of the offending byte, `line` and `column` are 1-based (column in bytes).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case unexpectedEnd
        case unexpectedByte(UInt8, expected: String)
        case invalidLiteral
        case invalidNumber(String)
        case numberOutOfRange
        case unescapedControlCharacter(UInt8)
        case invalidEscape
        case loneSurrogate
        case invalidUTF8
        case duplicateKey(String)
        case nestingTooDeep(limit: Int)
        case trailingContent
    }

    public var reason: Reason
    public var offset: Int
    public var line: Int
    public var column: Int

    public var description: String {
        "JSON parse error at line \(line), column \(column) (byte \(offset)): \(message)"
    }

    public var message: String {
        switch reason {
        case .unexpectedEnd: "unexpected end of input"
        case .unexpectedByte(let byte, let expected): "unexpected \(Self.describe(byte)), expected \(expected)"
        case .invalidLiteral: "invalid literal (expected true, false or null)"
        case .invalidNumber(let detail): "invalid number: \(detail)"
        case .numberOutOfRange: "number is too large for a double"
        case .unescapedControlCharacter(let byte): "control character \(Self.describe(byte)) must be escaped in a string"
        case .invalidEscape: "invalid escape sequence"
        case .loneSurrogate: "\\u escape encodes a lone UTF-16 surrogate"
        case .invalidUTF8: "string is not valid UTF-8"
        case .duplicateKey(let key): "duplicate object key \"\(key)\""
        case .nestingTooDeep(let limit): "nesting deeper than \(limit) levels"
        case .trailingContent: "unexpected content after the JSON value"
        }
    }

    init(_ reason: Reason, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        self.reason = reason
        self.offset = offset
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        self.line = line
        self.column = offset - lineStart + 1
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
