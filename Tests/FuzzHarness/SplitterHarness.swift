import ListSplitting
import PowerListModel

/// `ListSplitter.split` alone, on cells spelled out by the input.
enum SplitterHarness {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let segmented = SplitterInput.item(from: bytes)
        let (item, diagnostics) = ListSplitter.split(segmented)
        var violations = SplitInvariants.violations(of: item, splitFrom: segmented)
        let document = PowerListDocument(
            source: SchemaCheck.source(pages: nil), list: ListFacts(title: nil, region: nil, department: nil, edition: nil),
            summary: nil, items: [item], diagnostics: diagnostics
        )
        violations += SchemaCheck.violations(of: document)
        let account = "\(item.basis?.provisions.count ?? 0) provisions, \(item.responsibilities?.steps.count ?? 0) steps, \(item.accountability?.cases.count ?? 0) cases"
        return FuzzOutcome(.produced(account), violations: violations)
    }
}
