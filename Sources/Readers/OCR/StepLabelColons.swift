import PowerListModel

/// A 责任事项 step opens with its label and a colon (`调查责任：对立案的案件`),
/// and Tesseract reads the colon's two dots as `；`, `，` or a quote (32 times
/// on ten speckled stand-ins: `审查责任;组织`, `调查责任,对立案的`; on Song-face
/// scans `告知阶段责任”依法`). A short run of Chinese characters that `StepLabel`
/// takes for a label (ending in 责任 or 职责), at most
/// `StepLabel.longestWithMisreadColon` long, that opens a sentence — at the
/// cell's start, after `。` or `；`, or after a list number (`2、`, `3.`,
/// `(3)`) — and is followed by such a mark is such a label, and the mark
/// was `：`. After a list number a label may be longer if it is a stage's
/// (`5.事后监管阶段责任，对建设项目`). A longer run is a clause
/// (`依法追究刑事责任；`), and so is one inside a sentence (`，追究责任；`). A
/// colon lost altogether is not put back: lists print labels without one
/// too (`KnownStepLabels`). A speck read as a comma between the sentence's
/// end and the number (`审核。，4.告知阶段责任，`) does not hide the number.
enum StepLabelColons {
    /// Applies to the symbols of one cell, after `FullWidthPunctuation`.
    static func apply(to lines: inout [RecognizedLine]) {
        var texts = lines.symbolTexts
        let colons = texts.indices.filter { isMisreadColon(at: $0, in: texts) }
        guard !colons.isEmpty else { return }
        for index in colons { texts[index] = "：" }
        lines.setSymbolTexts(texts)
    }

    private static let misreadColons: Set<String> = ["；", ";", "，", ",", "”", "“"]
    private static let sentenceEnds: Set<String> = ["。", "；", ";"]

    private static func isMisreadColon(at index: Int, in texts: [String]) -> Bool {
        guard misreadColons.contains(texts[index]) else { return false }
        var start = index
        while start > 0, isIdeograph(texts[start - 1]) { start -= 1 }
        let run = texts[start..<index]
        // The whole run is a label were its mark a colon.
        let marked = Array((run.joined() + "：").unicodeScalars)
        guard StepLabel.length(in: marked[...], at: 0) == run.count else { return false }
        if run.count <= StepLabel.longestWithMisreadColon, start == 0 || sentenceEnds.contains(texts[start - 1]) { return true }
        guard followsListNumber(start, in: texts) else { return false }
        return run.count <= StepLabel.longestWithMisreadColon || run.joined().hasSuffix("阶段责任")
    }

    /// `2、`, `2.` or `(2)` stands before `start`, itself opening the cell or
    /// a sentence (after a speck read as a comma, perhaps).
    private static func followsListNumber(_ start: Int, in texts: [String]) -> Bool {
        guard start >= 2 else { return false }
        var end = start - 1
        let bracketed = ["）", ")"].contains(texts[end])
        guard bracketed || ["、", ".", "．"].contains(texts[end]) else { return false }
        var first = end
        while first > 0, texts[first - 1].isDigitSymbol { first -= 1 }
        guard first < end else { return false }
        if bracketed {
            guard first > 0, ["（", "("].contains(texts[first - 1]) else { return false }
            first -= 1
        }
        end = first
        if end > 0, ["，", ","].contains(texts[end - 1]) { end -= 1 }
        return end == 0 || sentenceEnds.contains(texts[end - 1])
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
        CorrectionExample("等进行法制审核。4.告知阶段责任，依法", "等进行法制审核。4.告知阶段责任：依法"),
        CorrectionExample(lines: ["等进行法制审核。", "4.告知阶段责任，依法"], "等进行法制审核。4.告知阶段责任：依法"),
        CorrectionExample("进行法制审核。(4)告知阶段责任”依法告知", "进行法制审核。(4)告知阶段责任：依法告知"),
        CorrectionExample("集、固定证据。（3）审查阶段责任，对违", "集、固定证据。（3）审查阶段责任：对违"),
        CorrectionExample("审核。，4.告知阶段责任，依法", "审核。4.告知阶段责任：依法"),
        CorrectionExample("开许可结果。5.事后监管阶段责任，对建", "开许可结果。5.事后监管阶段责任：对建"),
        // Long runs that are no stage's label, and quotes inside a sentence.
        CorrectionExample("开许可结果。5.事后监督管理责任，对建", "开许可结果。5.事后监督管理责任，对建"),
        CorrectionExample("情节严重的。（三）依法追究刑事责任；", "情节严重的。（三）依法追究刑事责任；"),
        CorrectionExample("落实。“谁执法谁普法”责任”", "落实。“谁执法谁普法”责任”"),
        CorrectionExample("处理。5.事后监管阶段责任”对", "处理。5.事后监管阶段责任：对"),
        CorrectionExample("处理，5.事后监管阶段责任，对", "处理，5.事后监管阶段责任，对"),
    ]
}
