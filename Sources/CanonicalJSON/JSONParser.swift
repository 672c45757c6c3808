/// A strict RFC 8259 parser for UTF-8 JSON texts.
///
/// Where RFC 8259 leaves a choice, this parser takes the I-JSON one (RFC 7493),
/// which RFC 8785 canonicalization presumes:
/// - duplicate object keys are an error (a `[String: JSONValue]` could keep only
///   one of them, silently dropping data). Swift compares strings by canonical
///   equivalence, so two keys that differ only in Unicode normalization count as
///   duplicates too;
/// - a `\u` escape of a lone surrogate is an error (no `String` can hold it);
/// - a number outside the range of a double is an error;
/// - invalid UTF-8 is an error, never replaced.
///
/// A leading UTF-8 byte-order mark is skipped (RFC 8259 §8.1 allows ignoring it).
/// Nesting is limited to `maximumDepth` so hostile input cannot exhaust the stack.
public enum JSONParser {
    public static let maximumDepth = 512

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            return try reader.readDocument()
        }
    }

    public static func parse(_ text: String) throws -> JSONValue {
        try parse(Array(text.utf8))
    }
}

private enum ASCII {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let slash = UInt8(ascii: "/")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let lowerE = UInt8(ascii: "e")
    static let upperE = UInt8(ascii: "E")

    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }
}

private struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// Reused for strings that contain escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func readDocument() throws -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        let value = try readValue()
        skipWhitespace()
        guard index == bytes.count else { throw error(.trailingContent) }
        return value
    }

    private func error(_ reason: JSONParseError.Reason, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(reason, at: offset ?? index, in: bytes)
    }

    private func unexpected(expected: String) -> JSONParseError {
        guard index < bytes.count else { return error(.unexpectedEnd) }
        return error(.unexpectedByte(bytes[index], expected: expected))
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func readValue() throws -> JSONValue {
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[index] {
        case ASCII.quote: return .string(try readString())
        case ASCII.openBrace: return try readObject()
        case ASCII.openBracket: return try readArray()
        case UInt8(ascii: "t"): try readLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try readLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try readLiteral("null"); return .null
        case ASCII.minus, ASCII.zero...ASCII.nine: return try readNumber()
        default: throw unexpected(expected: "a JSON value")
        }
    }

    private mutating func readLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error(.invalidLiteral) }
        for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
            throw error(.invalidLiteral)
        }
        index += count
    }

    private mutating func enterContainer() throws {
        depth += 1
        guard depth <= JSONParser.maximumDepth else { throw error(.nestingTooDeep(limit: JSONParser.maximumDepth)) }
        index += 1
        skipWhitespace()
    }

    /// After an element or member: a comma (another follows) or the closing
    /// bracket (returns true, past it).
    private mutating func closesContainer(with close: UInt8, expected: String) throws -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[index] {
        case ASCII.comma:
            index += 1
            skipWhitespace()
            return false
        case close:
            index += 1
            return true
        default:
            throw unexpected(expected: expected)
        }
    }

    private mutating func readArray() throws -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        var elements: [JSONValue] = []
        if index < bytes.count, bytes[index] == ASCII.closeBracket {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try readValue())
            if try closesContainer(with: ASCII.closeBracket, expected: "',' or ']'") { return .array(elements) }
        }
    }

    private mutating func readObject() throws -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        var members: [String: JSONValue] = [:]
        if index < bytes.count, bytes[index] == ASCII.closeBrace {
            index += 1
            return .object(members)
        }
        while true {
            guard index < bytes.count, bytes[index] == ASCII.quote else { throw unexpected(expected: "a string key") }
            let keyOffset = index
            let key = try readString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == ASCII.colon else { throw unexpected(expected: "':'") }
            index += 1
            skipWhitespace()
            let value = try readValue()
            if members.updateValue(value, forKey: key) != nil {
                throw error(.duplicateKey(key), at: keyOffset)
            }
            if try closesContainer(with: ASCII.closeBrace, expected: "',' or '}'") { return .object(members) }
        }
    }

    // MARK: Strings

    private mutating func readString() throws -> String {
        let quoteOffset = index
        index += 1
        let start = index
        // Most strings have no escapes: decode them straight from the input.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                let string = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<index]), startingAt: quoteOffset)
                index += 1
                return string
            }
            if byte == ASCII.backslash { break }
            if byte < 0x20 { throw error(.unescapedControlCharacter(byte)) }
            index += 1
        }
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                index += 1
                return try scratch.withUnsafeBufferPointer { try makeString($0, startingAt: quoteOffset) }
            }
            if byte == ASCII.backslash {
                try readEscape()
            } else if byte < 0x20 {
                throw error(.unescapedControlCharacter(byte))
            } else {
                scratch.append(byte)
                index += 1
            }
        }
        throw error(.unexpectedEnd)
    }

    private func makeString(_ utf8: UnsafeBufferPointer<UInt8>, startingAt offset: Int) throws -> String {
        guard let string = String(validating: utf8, as: UTF8.self) else { throw error(.invalidUTF8, at: offset) }
        return string
    }

    private mutating func readEscape() throws {
        let escapeOffset = index
        index += 1
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case ASCII.quote, ASCII.backslash, ASCII.slash: scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"): try readUnicodeEscape(escapeOffset: escapeOffset)
        default: throw error(.invalidEscape, at: escapeOffset)
        }
    }

    private mutating func readUnicodeEscape(escapeOffset: Int) throws {
        let unit = try readHex4(escapeOffset: escapeOffset)
        let value: UInt32
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 1 < bytes.count, bytes[index] == ASCII.backslash, bytes[index + 1] == UInt8(ascii: "u") else {
                throw error(.loneSurrogate, at: escapeOffset)
            }
            index += 2
            let low = try readHex4(escapeOffset: index - 2)
            guard (0xDC00...0xDFFF).contains(low) else { throw error(.loneSurrogate, at: escapeOffset) }
            value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw error(.loneSurrogate, at: escapeOffset)
        default:
            value = unit
        }
        // Every value here is a valid scalar: surrogates were handled above.
        scratch.append(contentsOf: UTF8.encode(Unicode.Scalar(value)!)!)
    }

    private mutating func readHex4(escapeOffset: Int) throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.invalidEscape, at: escapeOffset) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case ASCII.zero...ASCII.nine: digit = byte - ASCII.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidEscape, at: escapeOffset)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    // MARK: Numbers

    private mutating func readNumber() throws -> JSONValue {
        let start = index
        let negative = bytes[index] == ASCII.minus
        if negative { index += 1 }
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        var integerPart: UInt64 = 0
        var integerDigits = 0
        if bytes[index] == ASCII.zero {
            index += 1
            if index < bytes.count, ASCII.isDigit(bytes[index]) {
                throw error(.invalidNumber("leading zeros are not allowed"))
            }
        } else if ASCII.isDigit(bytes[index]) {
            while index < bytes.count, ASCII.isDigit(bytes[index]) {
                if integerDigits < 18 { integerPart = integerPart * 10 + UInt64(bytes[index] - ASCII.zero) }
                integerDigits += 1
                index += 1
            }
        } else {
            throw error(.invalidNumber("expected a digit"))
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == ASCII.dot {
            isInteger = false
            index += 1
            try readDigits(after: "'.'")
        }
        if index < bytes.count, bytes[index] == ASCII.lowerE || bytes[index] == ASCII.upperE {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus { index += 1 }
            try readDigits(after: "the exponent")
        }
        // Integers of up to 15 digits are exact in a double; everything else
        // goes through the correctly rounded decimal conversion.
        if isInteger && integerDigits <= 15 {
            let magnitude = Double(integerPart)
            return .number(negative ? -magnitude : magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error(.numberOutOfRange, at: start) }
        return .number(value)
    }

    private mutating func readDigits(after context: String) throws {
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        guard ASCII.isDigit(bytes[index]) else { throw error(.invalidNumber("expected a digit after \(context)")) }
        while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
    }
}
