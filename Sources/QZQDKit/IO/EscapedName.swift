/// A file name that is not valid UTF-8, spelled for people: its valid UTF-8
/// sequences as they are, every other byte as `\xNN`.
enum EscapedName {
    static func escaping(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length > 0, let valid = String(validating: bytes[index..<index + length], as: UTF8.self) {
                result += valid
                index += length
            } else {
                let hex = String(bytes[index], radix: 16, uppercase: true)
                result += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                index += 1
            }
        }
        return result
    }

    /// The length of the UTF-8 sequence its lead byte announces, 0 for a byte
    /// that cannot lead one or a sequence cut short.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        return index + length <= bytes.count ? length : 0
    }
}
