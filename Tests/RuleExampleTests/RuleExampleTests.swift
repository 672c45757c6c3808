import Foundation
import PowerListModel
import Testing
import TestSupport
@testable import ItemSegmentation
@testable import ListSplitting

/// Every rule's examples, in one place: the shared model's rules, the
/// segmentation's and the splitting's.
enum RuleCatalog {
    static let model: [RuleExample] = ColumnTitles.ruleExamples + CategoryHeading.ruleExamples + DepartmentHeading.ruleExamples
        + SectionHeading.ruleExamples + ItemCount.ruleExamples + TotalRow.ruleExamples + PrintedSeq.ruleExamples
        + SummaryRow.ruleExamples + StepLabel.ruleExamples + PageNumbering.ruleExamples + PowerCategory.ruleExamples

    static let segmentation: [RuleExample] = ListTitle.ruleExamples + ListTitle.misreadTitleExamples + JurisdictionSplitter.ruleExamples + NameParts.ruleExamples
        + UnfinishedNote.ruleExamples + RecognizedNameChoice.ruleExamples + RecognizedNameChoice.dashExamples + NameMarkRuns.ruleExamples + RecognizedSubjectChoice.ruleExamples + RecognizedSubjectChoice.ownerExamples
        + RecognizedRemarksChoice.ruleExamples + RecognizedRemarksChoice.lexiconlessExamples
        + RecognizedTitleChoice.ruleExamples + RecognizedRegion.ruleExamples + RecognizedPlaceName.ruleExamples
        + SummarySeqInference.ruleExamples + LooseNamePairing.ruleExamples + RecognizedNameRespelling.ruleExamples
        + StrayEndMarks.ruleExamples + NameEndings.ruleExamples + SpeckMarkInName.ruleExamples

    static let splitting: [RuleExample] = [
        ArabicNumbering.ruleExamples, ChineseNumbering.ruleExamples, ParenthesizedNumbering.ruleExamples, EnclosedNumbering.ruleExamples,
        NumberedList.ruleExamples, MisreadFirstNumber.ruleExamples, MisreadNextNumber.ruleExamples, LostFirstNumber.ruleExamples, MarkedListItems.ruleExamples, LabelledSteps.ruleExamples, UnnumberedCases.ruleExamples,
        StepLabelSplitting.ruleExamples, TrailingListPunctuation.ruleExamples, AccountabilityPreamble.ruleExamples,
        ArticleNumber.ruleExamples, CrossReference.ruleExamples, UnprefixedArticle.ruleExamples, ProvisionCitations.ruleExamples,
    ].flatMap { $0 }

    static let all = model + segmentation + splitting
}

@Test(arguments: RuleCatalog.all)
func ruleExample(_ example: RuleExample) {
    #expect(example.observed == example.expected, sourceLocation: example.sourceLocation)
}

/// Every rule of the shared model (one type per file in
/// Sources/PowerListModel/Rules) has examples in the catalog.
@Test func everySharedRuleHasExamples() throws {
    let directory = Fixtures.packagePath("Sources/PowerListModel/Rules")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".swift") }
    try #require(!files.isEmpty)
    let exemplified = Set(RuleCatalog.all.map { String($0.rule.prefix { $0 != "." }) })
    for file in files {
        let source = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
        for line in source.split(separator: "\n") where line.hasPrefix("public enum ") || line.hasPrefix("public struct ") {
            let name = line.split(separator: " ")[2].prefix { $0.isLetter || $0.isNumber }
            #expect(exemplified.contains(String(name)), "rule \(name) (\(file)) has no examples in the catalog")
        }
    }
}
