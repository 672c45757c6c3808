import PowerListModel
import WebReaders

/// What the portal-text reader made of a page: the document for the
/// structured-table reader, and what it had to say about text it could not place.
public struct PortalPage: Sendable, Equatable {
    public var document: StructuredDocument
    public var diagnostics: [Diagnostic]
}

/// Reads text copied from a portal's 权责清单 page — the page selected whole
/// and pasted into a text file — into a `StructuredDocument`: the page's
/// chrome dropped (`PortalChrome`), the list in whichever shape the page
/// prints it turned into tables — pipe-delimited rows (`PipeTableRun`),
/// label/value cards (`CardRun`, combined by `DetailCardReader` into the one
/// table they describe), a space-separated table (`SpacedTableRun`), items
/// printed as paragraphs (`FlowingRun`) — and the rest into paragraphs:
/// titles and captions before the list, section headings within it. Text
/// after the list begins that is none of these is reported (`text-unassigned`)
/// rather than read as a title.
public enum PortalTextReader {
    public static func read(text: String) -> PortalPage {
        read(lines: text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init))
    }

    public static func read(lines rawLines: [String]) -> PortalPage {
        let content = rawLines.map { PortalChrome.isChrome($0) ? "" : $0 }
        let lines = content.map(PortalLine.init)
        var blocks: [StructuredDocument.Block] = []
        var diagnostics: [Diagnostic] = []
        var listBegun = false
        var hasCards = false
        var index = 0
        func ordinal() -> Int { blocks.filter { if case .table = $0 { return true } else { return false } }.count + 1 }
        while index < lines.count {
            switch lines[index] {
            case .blank, .pipeRule:
                index += 1
                continue
            case .pipeRow:
                let (run, end) = PipeTableRun.read(lines, from: index)
                blocks += run.blocks(firstOrdinal: ordinal())
                index = end
            case .field:
                if let cards = CardRun.read(lines, from: index) {
                    blocks += cards.run.blocks(firstOrdinal: ordinal())
                    hasCards = true
                    index = cards.end
                } else {
                    paragraph(content[index], after: listBegun, into: &blocks, &diagnostics)
                    index += 1
                    continue
                }
            case .flowingItem:
                let (run, end) = FlowingRun.read(lines, from: index)
                blocks.append(.table(run.table(ordinal: ordinal())))
                index = end
            case .text(let text):
                if FlowingRun.opensHeadlessItem(lines, at: index) {
                    let (run, end) = FlowingRun.read(lines, from: index)
                    blocks.append(.table(run.table(ordinal: ordinal())))
                    index = end
                } else if let header = SpacedHeader.match(lines, rawLines: content, at: index) {
                    let (run, end) = SpacedTableRun.read(lines, rawLines: content, header: header, from: index)
                    blocks.append(.table(run.table(ordinal: ordinal())))
                    index = end
                } else if nextOpensCards(lines, after: index), let cards = CardRun.read(lines, from: index) {
                    blocks += cards.run.blocks(firstOrdinal: ordinal())
                    hasCards = true
                    index = cards.end
                } else {
                    paragraph(text, after: listBegun, into: &blocks, &diagnostics)
                    index += 1
                    continue
                }
            }
            listBegun = true
        }
        let document = StructuredDocument(blocks: blocks)
        return PortalPage(document: hasCards ? DetailCardReader.combiningCards(in: document) : document, diagnostics: diagnostics)
    }

    /// Whether the line at `index` is the first card's caption: a field
    /// follows it at once, and it is no title naming the list (`…清单`) nor a
    /// section heading.
    private static func nextOpensCards(_ lines: [PortalLine], after index: Int) -> Bool {
        guard index + 1 < lines.count, lines[index + 1].isField, let text = lines[index].text else { return false }
        return !text.contains("清单") && SectionHeading(text) == nil
    }

    /// Text outside the list's shapes: before the list, a title or caption;
    /// within it, a section heading; otherwise text nothing claims.
    private static func paragraph(_ text: String, after listBegun: Bool, into blocks: inout [StructuredDocument.Block], _ diagnostics: inout [Diagnostic]) {
        let text = TextNormalizer.collapseWhitespace(text)
        guard !text.isEmpty else { return }
        if !listBegun || SectionHeading(text) != nil {
            blocks.append(.paragraph(text))
        } else {
            diagnostics.append(Diagnostic(.warning, .textUnassigned, seq: nil, "网页文本中清单之后的文字未归入任何事项：\(text)"))
        }
    }
}
