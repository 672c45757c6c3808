import PowerListModel

/// Tells text copied from a portal page from the other text inputs (PDF
/// text dumps, flowing or laid out; CSV and tab-separated exports) by shapes
/// only such a page has:
/// - pipe-delimited rows, one of them a detail table's header;
/// - label/value lines with known labels that repeat, three of them or more
///   (two cards or more: a layout dump's header wrapped as `类型  主体`
///   repeats on every page, but as one or two such lines);
/// - two paragraphs or more, each an item with its fields inline;
/// - a space-separated detail header on a page with portal chrome (a
///   breadcrumb, publication facts, print controls, a site footer) — a
///   `pdftotext` dump may print its header on one line too, but no chrome.
public enum PortalTextSniffer {
    static let minimumCardLabels = 3

    public static func isPortalText(_ rawLines: [String]) -> Bool {
        // Each line is tested once: the rules search every line for each mark.
        let isChrome = rawLines.map(PortalChrome.isChrome)
        let chrome = zip(rawLines, isChrome).filter { line, isChrome in isChrome && !line.allSatisfy(\.isWhitespace) }.count
        let content = zip(rawLines, isChrome).map { line, isChrome in isChrome ? "" : line }
        let lines = content.map(PortalLine.init)
        var pipeRows = 0, pipeHeader = false, flowingItems = 0
        var labels: [String: Int] = [:]
        for line in lines {
            switch line {
            case .pipeRow(let cells):
                pipeRows += 1
                pipeHeader = pipeHeader || ColumnTitles.detailColumns(cells) != nil
            case .field(let label, _) where ColumnTitles.knownRole(forHeader: label) != nil:
                labels[label, default: 0] += 1
            case .flowingItem:
                flowingItems += 1
            default:
                break
            }
        }
        if pipeHeader && pipeRows >= 2 { return true }
        if labels.values.filter({ $0 >= 2 }).count >= minimumCardLabels { return true }
        if flowingItems >= 2 { return true }
        return chrome > 0 && lines.indices.contains { SpacedHeader.match(lines, rawLines: content, at: $0) != nil }
    }
}
