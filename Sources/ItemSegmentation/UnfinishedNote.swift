import Foundation
import PowerListModel

/// A note (`注：…`) closing a content cell is a sentence of its own; one that
/// stops without closing punctuation visibly lost its end (SPEC.md's
/// `cell-truncated`: a cell's text stops mid-sentence).
enum UnfinishedNote {
    static let markers = ["注：", "注:", "说明：", "说明:"]
    static let sentenceEnds: Set<Character> = ["。", "；", ";", "！", "？", ".", "!", "?"]

    /// The unfinished note the text ends with, nil when it ends otherwise.
    static func find(in text: String) -> String? {
        // Most cells hold no marker at all: a scan of the scalars rules them
        // out before Foundation's searches (the cost of every cell of every
        // item). Every marker ends in 注 or 明 and a colon; 明 alone starts
        // many words (明确, 证明).
        guard hasMarkerEnd(text) else { return nil }
        let marks = markers.compactMap { marker in text.range(of: marker, options: .backwards) }
        guard let start = marks.map(\.lowerBound).max() else { return nil }
        let note = text[start...].trimmingCharacters(in: .whitespaces)
        guard let marker = markers.first(where: note.hasPrefix), note.count > marker.count + 1 else { return nil }
        // A marker inside a word (备注：) or after another sentence's start is still a note.
        guard let last = note.last, !sentenceEnds.contains(last) else { return nil }
        guard !closesItsBracket(note, openedBy: text[..<start].last) else { return nil }
        return String(note)
    }

    private static func hasMarkerEnd(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if (scalar == "：" || scalar == ":") && (previous == "注" || previous == "明") { return true }
            previous = scalar
        }
        return false
    }

    /// A note printed in brackets (`…计算。（注：按标价计算。）`) ends where its
    /// bracket closes; a `）` that only closes a bracket inside the note
    /// (`（含产前检查费用）`) leaves the note open.
    static func closesItsBracket(_ note: String, openedBy before: Character?) -> Bool {
        guard let before, before == "（" || before == "(" else { return false }
        var depth = 1
        for (offset, character) in note.enumerated() {
            if character == "（" || character == "(" { depth += 1 }
            if character == "）" || character == ")" { depth -= 1 }
            if depth == 0 { return offset == note.count - 1 }
        }
        return false
    }

    static func diagnostic(seq: Int, cellName: String, note: String) -> Diagnostic {
        Diagnostic(.warning, .cellTruncated, seq: seq, "第\(seq)项\(cellName)以“\(note)”结尾，注文不完整，疑被截断")
    }
}
