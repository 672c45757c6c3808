import CanonicalJSON
import Crypto
import Testing
import TestSupport

/// Number serialization against ECMA-262 `Number.prototype.toString`.
@Suite struct ECMAScriptNumberTests {
    static func jcs(_ number: Double) throws -> String {
        String(decoding: try CanonicalJSONWriter.jcs(.number(number)), as: UTF8.self)
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1.0, "1"), (-1.0, "-1"), (4.5, "4.5"), (0.002, "0.002"),
        (1e21, "1e+21"), (1e20, "100000000000000000000"), (123e18, "123000000000000000000"),
        (1e-6, "0.000001"), (1e-7, "1e-7"), (9.999999999999997e-7, "9.999999999999997e-7"),
        (1e30, "1e+30"), (1e-27, "1e-27"), (333333333.33333329, "333333333.3333333"),
        (9007199254740994, "9007199254740994"), (9007199254740996, "9007199254740996"),
        (Double.leastNonzeroMagnitude, "5e-324"), (-1.7976931348623157e308, "-1.7976931348623157e+308"),
        (0.1, "0.1"), (100.25, "100.25"), (1.5e-5, "0.000015"), (-2.5e22, "-2.5e+22"),
    ])
    func formatsLikeECMAScript(_ number: Double, _ expected: String) throws {
        #expect(try Self.jcs(number) == expected)
    }

    /// The README of the RFC 8785 vectors defines a deterministic sequence of
    /// doubles (its static list, 2000 subnormal neighbours, then SHA-256 driven
    /// random bits) and the SHA-256 of the expected `hex,serialization` lines.
    @Test func matchesTheReferenceChecksumOfTheFirst100000Numbers() throws {
        let readme = String(decoding: try Fixtures.bytes("testsuites/jcs-rfc8785/README.md"), as: UTF8.self)
        let staticBits = try #require(Self.staticBits(in: readme))
        #expect(staticBits.count == 168)

        var lines: [UInt8] = []
        lines.reserveCapacity(4_100_000)
        for bits in ES6NumberSequence(staticBits: staticBits).prefix(100_000) {
            lines.append(contentsOf: String(bits, radix: 16).utf8)
            lines.append(UInt8(ascii: ","))
            lines.append(contentsOf: try CanonicalJSONWriter.jcs(.number(Double(bitPattern: bits))))
            lines.append(UInt8(ascii: "\n"))
        }
        let digest = SHA256.hash(data: lines).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        #expect(lines.count == 4_031_728)
        #expect(digest == "22776e6d4b49fa294a0d0f349268e5c28808fe7e0cb2bcbe28f63894e494d4c7")
    }

    /// The `0x…n` literals of `staticU64s = new BigUint64Array([...])`.
    static func staticBits(in readme: String) -> [UInt64]? {
        guard let start = readme.range(of: "staticU64s = new BigUint64Array(["),
              let end = readme.range(of: "])", range: start.upperBound..<readme.endIndex)
        else { return nil }
        return readme[start.upperBound..<end.lowerBound]
            .split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .compactMap { token in
                guard token.hasPrefix("0x"), token.hasSuffix("n") else { return nil }
                return UInt64(token.dropFirst(2).dropLast(), radix: 16)
            }
    }
}

/// The README's `numgen.js` generator.
private struct ES6NumberSequence: Sequence, IteratorProtocol {
    let staticBits: [UInt64]
    var index = 0
    var block = [UInt8](repeating: 0, count: 32)
    var pending: [UInt64] = []

    init(staticBits: [UInt64]) {
        self.staticBits = staticBits
    }

    mutating func next() -> UInt64? {
        defer { index += 1 }
        if index < staticBits.count { return staticBits[index] }
        if index < staticBits.count + 2000 { return 0x0010_0000_0000_0000 + UInt64(index - staticBits.count) }
        while true {
            if pending.isEmpty {
                block = Array(SHA256.hash(data: block))
                pending = (0..<4).map { word in
                    (0..<8).reduce(UInt64(0)) { $0 | UInt64(block[word * 8 + $1]) << (8 * UInt64($1)) }
                }
            }
            let bits = pending.removeFirst()
            let value = Double(bitPattern: bits)
            if value != 0, value.isFinite { return bits }
        }
    }
}
