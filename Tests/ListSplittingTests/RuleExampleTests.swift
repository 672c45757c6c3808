import PowerListModel
@testable import ListSplitting
import Testing

/// Every rule's own examples (declared beside the rule), run through `ListSplitter`.
private var allExamples: [SplittingExample] {
    [
        ArabicNumbering.examples, ChineseNumbering.examples, ParenthesizedNumbering.examples, EnclosedNumbering.examples,
        NumberedList.examples, MarkedListItems.examples, LabelledSteps.examples, UnnumberedCases.examples,
        StepLabel.examples, TrailingListPunctuation.examples, AccountabilityPreamble.examples,
        ArticleNumber.examples, CrossReference.examples, UnprefixedArticle.examples, ProvisionCitations.examples,
    ].flatMap { $0 }
}

extension SplittingExample: CustomTestStringConvertible {
    public var testDescription: String { "\(fileID):\(line)" }
}

@Test(arguments: allExamples)
func ruleExample(_ example: SplittingExample) {
    let location = SourceLocation(fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column)
    #expect(example.observed() == example.expected, sourceLocation: location)
}
