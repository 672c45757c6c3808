/// Number serialization as ECMAScript's `Number.prototype.toString` does it
/// (ECMA-262 §7.1.12.1), which RFC 8785 §3.2.2.3 requires: the shortest digits
/// that round-trip, plain notation for exponents from -6 to 20, otherwise
/// `d.ddde±n`; `-0` is `0`.
enum ECMAScriptNumber {
    /// `value` must be finite.
    static func append(_ value: Double, to out: inout [UInt8]) {
        if value == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        // Integers below 2^53 print as themselves; skip the digit search.
        if value.rounded(.towardZero) == value, value.magnitude < 9_007_199_254_740_992 {
            appendInteger(Int64(value), to: &out)
            return
        }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let (digits, pointPosition) = shortestDigits(value.magnitude)
        appendFormatted(digits: digits, pointPosition: pointPosition, to: &out)
    }

    private static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var reversed: [UInt8] = []
        repeat {
            reversed.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        out.append(contentsOf: reversed.reversed())
    }

    /// The shortest round-trip decimal digits of a positive finite `value`
    /// (no leading or trailing zeros) and the position of the decimal point:
    /// `value == 0.d₁d₂…dₖ × 10^pointPosition`. Swift's `description` already
    /// prints the shortest round-trip digits (closest to the value on ties, as
    /// ECMA-262 asks); only its layout differs.
    private static func shortestDigits(_ value: Double) -> (digits: [UInt8], pointPosition: Int) {
        let text = Array(value.description.utf8)
        let exponentMark = text.firstIndex(of: UInt8(ascii: "e")) ?? text.endIndex
        var exponent = 0
        if exponentMark < text.endIndex {
            var negative = false
            for byte in text[(exponentMark + 1)...] {
                switch byte {
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: "+"): break
                default: exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                }
            }
            if negative { exponent = -exponent }
        }
        let mantissa = text[..<exponentMark]
        let dot = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.endIndex
        var digits = Array(mantissa[..<dot])
        var pointPosition = digits.count + exponent
        if dot < mantissa.endIndex { digits.append(contentsOf: mantissa[(dot + 1)...]) }
        let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, pointPosition)
    }

    private static func appendFormatted(digits: [UInt8], pointPosition n: Int, to out: inout [UInt8]) {
        let k = digits.count
        let zero = UInt8(ascii: "0")
        if k <= n && n <= 21 {
            out.append(contentsOf: digits)
            out.append(contentsOf: repeatElement(zero, count: n - k))
        } else if 0 < n && n <= 21 {
            out.append(contentsOf: digits[..<n])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[n...])
        } else if -6 < n && n <= 0 {
            out.append(contentsOf: [zero, UInt8(ascii: ".")])
            out.append(contentsOf: repeatElement(zero, count: -n))
            out.append(contentsOf: digits)
        } else {
            out.append(digits[0])
            if k > 1 {
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[1...])
            }
            out.append(UInt8(ascii: "e"))
            out.append(UInt8(ascii: n - 1 < 0 ? "-" : "+"))
            appendInteger(Int64((n - 1).magnitude), to: &out)
        }
    }
}
