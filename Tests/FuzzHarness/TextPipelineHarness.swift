import ColumnReassembly
import ItemSegmentation
import ListSplitting
import PowerListModel
import TextExtraction

/// A text export through every stage, the way `Converter` runs it, with the
/// layout forced so each reassembler gets every input.
enum TextPipelineHarness {
    static func run(_ bytes: [UInt8], layout: ExtractedText.Layout) -> FuzzOutcome {
        let text: ExtractedText
        do {
            text = try TextExtractor.extract(bytes, layout: layout)
        } catch {
            return FuzzOutcome(.rejected("undecodable: \(error.message)"))
        }
        let grid: TableGrid
        do {
            grid = switch layout {
            case .flow: try FlowTextReassembler.reassemble(text.lines)
            case .tabSeparated: try TabularReassembler.reassemble(text.lines)
            case .layout: try LayoutTextReassembler.reassemble(text.lines)
            }
        } catch {
            return FuzzOutcome(.rejected("\(error)"))
        }
        let list = ItemSegmenter.segment(grid)
        guard !list.items.isEmpty else { return FuzzOutcome(.rejected("no item rows")) }

        var violations: [String] = []
        var diagnostics = list.diagnostics
        let items = list.items.map { segmented -> Item in
            let (item, found) = ListSplitter.split(segmented)
            violations += SplitInvariants.violations(of: item, splitFrom: segmented)
            diagnostics += found
            return item
        }
        let document = PowerListDocument(
            source: SchemaCheck.source(pages: list.pageCount), list: list.facts, summary: list.summary,
            items: items, diagnostics: diagnostics.sortedForOutput()
        )
        violations += SchemaCheck.violations(of: document)
        return FuzzOutcome(.produced("\(items.count) items"), violations: violations)
    }
}
