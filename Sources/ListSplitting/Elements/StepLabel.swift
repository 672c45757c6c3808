/// A step's label: a short run of CJK characters ending in 责任 or 职责 and followed
/// by `：`, `:` or a space (`立案责任：`, `事后监管责任：`, `审查责任 按照…`).
/// `其他法律法规规章文件规定应履行的责任。` is a sentence, not a label: too long, and
/// followed by `。`.
enum StepLabel: ExampleProviding {
    /// Longest label accepted, 责任 included (`事后管理责任` has six).
    static let maximumLength = 8

    /// The label's length when one starts at `start`.
    static func length(in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> Int? {
        var index = start
        while index < scalars.endIndex, index - start < maximumLength, scalars[index].isCJKIdeograph {
            index += 1
            let length = index - start
            guard length >= 3, index < scalars.endIndex, isEnding(scalars[index - 2], scalars[index - 1]) else { continue }
            let next = scalars[index]
            if next == "：" || next == ":" || next.isSpace { return length }
        }
        return nil
    }

    /// Splits an element's text into its label (without the colon) and what follows.
    static func split(_ scalars: ArraySlice<Unicode.Scalar>) -> (name: String?, text: ArraySlice<Unicode.Scalar>) {
        let start = scalars.startIndex
        guard let length = length(in: scalars, at: start) else { return (nil, scalars) }
        var rest = scalars[(start + length)...].drop { $0.isSpace }
        if let colon = rest.first, colon == "：" || colon == ":" { rest = rest.dropFirst().drop { $0.isSpace } }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[start..<start + length])
        return (String(name), rest)
    }

    private static func isEnding(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        second == "任" && first == "责" || second == "责" && first == "职"
    }

    static let examples: [SplittingExample] = [
        SplittingExample(.line("1、立案责任：予以审查。"), .steps(["立案责任｜予以审查"])),
        SplittingExample(.line("1、决定责任:当场告知。"), .steps(["决定责任｜当场告知"])),
        SplittingExample(.line("1、审查责任 按照“事项清单”审核材料。"), .steps(["审查责任｜按照“事项清单”审核材料"])),
        SplittingExample(.line("1、事后监管责任： 生成单位申报单。"), .steps(["事后监管责任｜生成单位申报单"])),
        SplittingExample(.line("1. 记录职责：建立信用记录制度"), .steps(["记录职责｜建立信用记录制度"])),
        SplittingExample(.line("1、其他责任：法律法规规章等规定应履行的责任。"), .steps(["其他责任｜法律法规规章等规定应履行的责任"])),
        SplittingExample(.line("1、其他法律法规规章文件规定应履行的责任。"), .steps(["其他法律法规规章文件规定应履行的责任"])),
        SplittingExample(.line("1、违反法律法规规章规定的责任：审查"), .steps(["违反法律法规规章规定的责任：审查"])),
        SplittingExample(.line("1、责任：审查"), .steps(["责任：审查"])),
    ]
}

extension Unicode.Scalar {
    /// CJK unified ideographs (main block, extension A, compatibility).
    var isCJKIdeograph: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
