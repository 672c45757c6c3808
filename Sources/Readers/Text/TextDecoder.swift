#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PowerListModel

/// Why a text input could not be decoded.
public struct TextDecodingError: Error, Sendable, Equatable {
    public var message: String
}

/// Turns the bytes of a text export into a string: UTF-8 (with or without
/// BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312, which is
/// what Chinese government sites export when it is not UTF-8).
public enum TextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case gb18030 = "GB18030"
    }

    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try utf8(bytes.dropFirst(3)), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE)
        }
        if let text = try? utf8(bytes[...]) {
            return (text, .utf8)
        }
        return (try gb18030(bytes), .gb18030)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>) throws(TextDecodingError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TextDecodingError(message: "not valid UTF-8")
        }
        return text
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(TextDecodingError) -> String {
        guard bytes.count % 2 == 0 else {
            throw TextDecodingError(message: "UTF-16 text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw TextDecodingError(message: "invalid UTF-16 (unpaired surrogate)")
        }
        return text
    }

    /// glibc's iconv rather than Foundation: its GB18030 support differs
    /// between Foundation versions, iconv's does not.
    private static func gb18030(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else {
            throw TextDecodingError(message: "not UTF-8, and this system's iconv cannot decode GB18030")
        }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard status != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced, let text = String(validating: output[..<produced], as: UTF8.self) else {
            throw TextDecodingError(message: "neither UTF-8, UTF-16 nor GB18030 (undecodable bytes)")
        }
        return text
    }
}
