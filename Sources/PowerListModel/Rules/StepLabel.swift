/// A step's label in 责任事项: a short run of ideographs ending in 责任 or 职责
/// and followed by `：`, `:` or a space (`立案责任：`, `事后监管责任：`,
/// `审查和决定阶段责任：`, `审查责任 按照…`). A sentence is not a label:
/// `其他法律法规规章文件规定应履行的责任。` is too long and ends the sentence;
/// `责任：` alone names nothing.
///
/// - `立案责任：予以审查` → 立案责任 | 予以审查
/// - `审查和决定阶段责任：审查` → 审查和决定阶段责任 | 审查
/// - `违反法律法规规章规定的责任：审查` → nil (thirteen ideographs: a sentence)
public enum StepLabel {
    /// Shortest and longest label accepted, 责任 included (`受理责任` … `审查和决定阶段责任`).
    public static let lengths = 3...10

    /// The label's length when one starts at `start`. In `recognized` text a
    /// short label's colon may be read as a comma (`调查责任，对立案的案件`):
    /// OCR joins the colon's two dots into one.
    public static func length(in scalars: ArraySlice<Unicode.Scalar>, at start: Int, recognized: Bool = false) -> Int? {
        var index = start
        while index < scalars.endIndex, index - start < lengths.upperBound, scalars[index].isCJKIdeograph {
            index += 1
            let length = index - start
            guard length >= lengths.lowerBound, index < scalars.endIndex, isEnding(scalars[index - 2], scalars[index - 1]) else { continue }
            let next = scalars[index]
            if next == "：" || next == ":" || next.isSpace { return length }
            if recognized, length <= longestWithMisreadColon, next == "，" || next == "," { return length }
        }
        return nil
    }

    /// The longest label taken with its colon read as a comma (`事后监管责任`):
    /// a longer run ending in 责任 before a comma is a clause (`依法追究刑事责任，`).
    public static let longestWithMisreadColon = 6

    /// Splits an element's text into its label (without the colon) and what follows.
    public static func split(_ scalars: ArraySlice<Unicode.Scalar>, recognized: Bool = false) -> (name: String?, text: ArraySlice<Unicode.Scalar>) {
        let start = scalars.startIndex
        guard let length = length(in: scalars, at: start, recognized: recognized) else { return (nil, scalars) }
        var rest = scalars[(start + length)...].drop { $0.isSpace }
        if let colon = rest.first, colon == "：" || colon == ":" || recognized && (colon == "，" || colon == ",") {
            rest = rest.dropFirst().drop { $0.isSpace }
        }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[start..<start + length])
        return (String(name), rest)
    }

    /// Whether a line opens a step: an optional list number, then a label
    /// (`1、立案责任：…`, `事后监管责任：…`).
    public static func startsLine(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(lengths.upperBound + 12))
        var start = NumberingTokens.token(in: scalars, at: 0)?.range.upperBound ?? 0
        while start < scalars.count, scalars[start].isSpace { start += 1 }
        return length(in: scalars[...], at: start) != nil
    }

    private static func isEnding(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        second == "任" && first == "责" || second == "责" && first == "职"
    }
}
