import PowerListModel
import QZQDKit

/// A text export through the whole pipeline (`Pipeline.run`, as `qzqd` runs
/// it), with the format forced so each reader gets every input; the split
/// invariants are checked item by item and the document against the schema.
enum TextPipelineHarness {
    static func run(_ bytes: [UInt8], format: InputFormat) -> FuzzOutcome {
        let run: Pipeline.Run
        do {
            run = try Pipeline.run(bytes: bytes, fileName: "fuzz-input.txt", options: ConversionOptions(format: format))
        } catch {
            return FuzzOutcome(.rejected("\(error.kind.rawValue): \(error.message)"))
        }
        let items = run.document.items
        guard items.count == run.segmented.items.count else {
            return FuzzOutcome(.produced("\(items.count) items"), violations: ["\(run.segmented.items.count) segmented items became \(items.count)"])
        }
        var violations = zip(run.segmented.items, items).flatMap { segmented, item in
            SplitInvariants.violations(of: item, splitFrom: segmented)
        }
        violations += SchemaCheck.violations(of: run.document)
        return FuzzOutcome(.produced("\(items.count) items"), violations: violations)
    }
}
