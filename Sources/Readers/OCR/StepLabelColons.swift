import PowerListModel

/// A 责任事项 step opens with its label and a colon (`调查责任：对立案的案件`),
/// and Tesseract reads the colon's two dots as `；` or `，` (32 times on ten
/// speckled stand-ins: `审查责任;组织`, `调查责任,对立案的`). A short run of
/// Chinese characters that `StepLabel` takes for a label (ending in 责任 or
/// 职责), at most `StepLabel.longestWithMisreadColon` long, that opens a sentence — at the
/// cell's start, after `。` or `；`, or after a list number (`2、`) — and is
/// followed by `；` or `，` is such a label, and the mark was `：`. A longer
/// run is a clause (`依法追究刑事责任；`), and so is one inside a sentence
/// (`，追究责任；`). A colon lost altogether is not put back: lists print
/// labels without one too (`KnownStepLabels`).
enum StepLabelColons {
    /// Applies to the symbols of one cell, after `FullWidthPunctuation`.
    static func apply(to lines: inout [RecognizedLine]) {
        var texts = lines.symbolTexts
        let colons = texts.indices.filter { isMisreadColon(at: $0, in: texts) }
        guard !colons.isEmpty else { return }
        for index in colons { texts[index] = "：" }
        lines.setSymbolTexts(texts)
    }

    private static let misreadColons: Set<String> = ["；", ";", "，", ","]
    private static let sentenceEnds: Set<String> = ["。", "；", ";"]

    private static func isMisreadColon(at index: Int, in texts: [String]) -> Bool {
        guard misreadColons.contains(texts[index]) else { return false }
        var start = index
        while start > 0, isIdeograph(texts[start - 1]) { start -= 1 }
        let run = texts[start..<index]
        // The whole run is a label were its mark a colon.
        let marked = Array((run.joined() + "：").unicodeScalars)
        guard run.count <= StepLabel.longestWithMisreadColon, StepLabel.length(in: marked[...], at: 0) == run.count else { return false }
        return start == 0 || sentenceEnds.contains(texts[start - 1]) || followsListNumber(start, in: texts)
    }

    /// `2、` or `2.` stands before `start`, itself opening the cell or a sentence.
    private static func followsListNumber(_ start: Int, in texts: [String]) -> Bool {
        guard start >= 2, ["、", ".", "．"].contains(texts[start - 1]) else { return false }
        var first = start - 1
        while first > 0, texts[first - 1].isDigitSymbol { first -= 1 }
        return first < start - 1 && (first == 0 || sentenceEnds.contains(texts[first - 1]))
    }

    private static func isIdeograph(_ text: String) -> Bool {
        text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy(\.isCJKIdeograph)
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample("予以处理。审查责任;组织市级定点", "予以处理。审查责任：组织市级定点"),
        CorrectionExample("调查责任，对立案的案件", "调查责任：对立案的案件"),
        CorrectionExample("执法人员不得少于两人；事后监管责任,生成参保", "执法人员不得少于两人；事后监管责任：生成参保"),
        CorrectionExample(lines: ["审查。", "2、审查责任;案件调查报告"], "审查。2、审查责任：案件调查报告"),
        CorrectionExample("予以公示。记录职责;建立医疗卫生", "予以公示。记录职责：建立医疗卫生"),
        // Clauses, not labels.
        CorrectionExample("构成犯罪的，依法追究刑事责任；", "构成犯罪的，依法追究刑事责任；"),
        CorrectionExample("情节严重的，追究责任；", "情节严重的，追究责任；"),
        CorrectionExample("应承担相应责任;没有法律", "应承担相应责任；没有法律"),
        CorrectionExample("违法的。责任,", "违法的。责任,"),
    ]
}
