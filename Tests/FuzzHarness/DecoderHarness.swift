import TextExtraction

/// `TextDecoder.decode` on raw bytes. What it decodes as UTF-8 or UTF-16 must
/// be the input exactly (after the byte-order mark): those decoders validate,
/// they never repair.
enum DecoderHarness {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let text: String, encoding: TextDecoder.Encoding
        do {
            (text, encoding) = try TextDecoder.decode(bytes)
        } catch {
            return FuzzOutcome(.rejected(error.message))
        }
        let intact = switch encoding {
        case .utf8: text.utf8.elementsEqual(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...])
        case .utf16LE: text.utf16.elementsEqual(units(bytes.dropFirst(2), littleEndian: true))
        case .utf16BE: text.utf16.elementsEqual(units(bytes.dropFirst(2), littleEndian: false))
        case .gb18030: true
        }
        let violations = intact ? [] : ["\(encoding.rawValue) decoding changed the text"]
        return FuzzOutcome(.produced("\(encoding.rawValue), \(text.unicodeScalars.count) scalars"), violations: violations)
    }

    private static func units(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index in
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            return littleEndian ? a | b << 8 : a << 8 | b
        }
    }
}
