/// The two serializations of a `JSONValue`. Both sort object keys by their
/// UTF-16 code units and write strings and numbers as RFC 8785 does, so equal
/// values always give identical bytes.
public enum CanonicalJSONWriter {
    /// Human-readable canonical form: 2-space indent, `": "` between key and
    /// value, one member or element per line, `[]` / `{}` when empty, and a
    /// trailing newline.
    public static func pretty(_ value: JSONValue) throws -> [UInt8] {
        var writer = Writer(indented: true)
        try writer.write(value, level: 0)
        writer.out.append(UInt8(ascii: "\n"))
        return writer.out
    }

    /// RFC 8785 (JSON Canonicalization Scheme): no whitespace at all.
    public static func jcs(_ value: JSONValue) throws -> [UInt8] {
        var writer = Writer(indented: false)
        try writer.write(value, level: 0)
        return writer.out
    }
}

public enum CanonicalJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON has no NaN or infinity (RFC 8785 §3.2.2.3 makes them an error).
    case nonFiniteNumber(Double)

    public var description: String {
        switch self {
        case .nonFiniteNumber(let value): "\(value) cannot be written as JSON"
        }
    }
}

extension Dictionary where Key == String {
    /// The members in RFC 8785 order: by the keys' UTF-16 code units, locale-free.
    func sortedByUTF16Keys() -> [(key: String, value: Value)] {
        sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
    }
}

private struct Writer {
    let indented: Bool
    var out: [UInt8] = []

    init(indented: Bool) {
        self.indented = indented
        out.reserveCapacity(4096)
    }

    mutating func write(_ value: JSONValue, level: Int) throws {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number):
            guard number.isFinite else { throw CanonicalJSONError.nonFiniteNumber(number) }
            ECMAScriptNumber.append(number, to: &out)
        case .string(let string): JSONStringEscaper.append(string, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1)
                try write(element, level: level + 1)
            }
            if !elements.isEmpty { newline(level) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (offset, member) in members.sortedByUTF16Keys().enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1)
                JSONStringEscaper.append(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                if indented { out.append(UInt8(ascii: " ")) }
                try write(member.value, level: level + 1)
            }
            if !members.isEmpty { newline(level) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private mutating func newline(_ level: Int) {
        guard indented else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }
}
