import Foundation
import PowerListModel
import Testing
@testable import TextExtraction

@Suite struct TextDecoderTests {
    static let sample = "赵县医疗保障局权责清单\n序号\t权力类型\n"

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoder.decode(Array(Self.sample.utf8)) == (Self.sample, .utf8))
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8)) == (Self.sample, .utf8))
    }

    @Test func utf16WithBOM() throws {
        let units = Array(Self.sample.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little) == (Self.sample, .utf16LE))
        #expect(try TextDecoder.decode(big) == (Self.sample, .utf16BE))
    }

    /// GB18030 bytes of 赵县医疗保障局 (from the GB18030-2005 code chart: 赵 D5D4, 县 CFD8, …).
    @Test func gb18030WhenNotUTF8() throws {
        let bytes: [UInt8] = [0xD5, 0xD4, 0xCF, 0xD8, 0xD2, 0xBD, 0xC1, 0xC6, 0xB1, 0xA3, 0xD5, 0xCF, 0xBE, 0xD6, 0x0A]
        #expect(try TextDecoder.decode(bytes) == ("赵县医疗保障局\n", .gb18030))
    }

    /// A four-byte GB18030 sequence (U+20000 𠀀 is 0x95 0x32 0x82 0x36), which GBK cannot encode.
    @Test func gb18030FourByteSequences() throws {
        #expect(try TextDecoder.decode([0xD5, 0xD4, 0x95, 0x32, 0x82, 0x36]).text == "赵\u{20000}")
    }

    @Test func undecodableBytesAreAnError() {
        #expect(throws: TextDecodingError.self) { try TextDecoder.decode([0xD5, 0xFF, 0xFF, 0x80, 0x80]) }
        #expect(throws: TextDecodingError.self) { try TextDecoder.decode([0xFF, 0xFE, 0x00]) }
    }

    @Test func nulBytesAreNotAText() {
        #expect(throws: TextDecodingError.self) { try TextExtractor.extract([0x41, 0x00, 0x42, 0x0A]) }
    }

    @Test func gb18030InputGetsAnInfoDiagnostic() throws {
        let text = try TextExtractor.extract([0xD5, 0xD4, 0xCF, 0xD8, 0x0A])
        #expect(text.lines == ["赵县"])
        #expect(text.diagnostics.map(\.code) == [.encodingFallback])
    }
}

@Suite struct TextLayoutSnifferTests {
    @Test func linesSplitOnEveryConvention() {
        #expect(TextExtractor.splitLines("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
        #expect(TextExtractor.splitLines("a\u{0C}b\n") == ["a", "\u{0C}", "b"])
    }

    @Test func tabSeparatedRows() {
        let lines = ["标题", "序号\t权力类型\t权力事项\t实施依据", "1\t行政处罚\t对…的处罚\t《法》第一条"]
        #expect(TextLayoutSniffer.layout(of: lines) == .tabSeparated)
    }

    @Test func layoutKeepsColumnGaps() {
        let lines = ["1    行政   对用人单位   赵县   【法律】《中华人民共和国", "     处罚   不办理医疗   医疗   法》）第八十四条"]
        #expect(TextLayoutSniffer.layout(of: lines) == .layout)
    }

    @Test func everythingElseIsAFlowDump() {
        #expect(TextLayoutSniffer.layout(of: ["1", "行政", "处罚", "对用人单位", "不办理医疗"]) == .flow)
    }
}
