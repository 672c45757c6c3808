/// Where a cell's list elements lie, as offsets into its `JoinedCell`: the text
/// before the first element, and each element's text after its numbering token.
/// Ranges are untrimmed; `TrailingListPunctuation` tidies them.
struct ListLayout: Equatable {
    var preamble: Range<Int>?
    var elements: [Range<Int>]
    /// What OCR read for the list's number 1, taken as it (`MisreadFirstNumber`).
    var misreadFirstNumber: Range<Int>?

    /// Elements start at `starts` (each given with where its own text begins, after
    /// any numbering token); what comes before the first start is the preamble.
    init(count: Int, starts: [(element: Int, text: Int)]) {
        let first = starts.first?.element ?? count
        preamble = first > 0 ? 0..<first : nil
        elements = starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1].element : count
            return starts[index].text..<end
        }
    }

    /// The preamble made an element of its own: in 实施依据 and 责任事项 no text
    /// is an introduction, so text before the first marked element is one too.
    var preambleAsElement: [Range<Int>] {
        guard let preamble else { return elements }
        return [preamble] + elements
    }
}

/// The characters after which an inline element number may start a new element:
/// `1. 甲 2. 乙`, `1.甲；2.乙`, `1.甲。2.乙`.
enum InlineSeparator {
    static func precedesElement(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isSpace || scalar == "；" || scalar == ";" || scalar == "。"
    }

    /// Before the first element (after a preamble) a colon also separates: `下列情形的：1.`
    static func precedesFirstElement(_ scalar: Unicode.Scalar) -> Bool {
        precedesElement(scalar) || scalar == "：" || scalar == ":"
    }
}
