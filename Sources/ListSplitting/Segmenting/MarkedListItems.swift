import PowerListModel

/// A list whose elements the markup delimits (`<li>`, the items of an unnumbered
/// `<ol>`, Word's automatic numbering): every line flagged `startsListItem`
/// starts an element, numbered or not. A printed number at the start of an
/// item is dropped when it is the item's position. After the marked items, a
/// line that prints the next number itself (`4.` after three numbered by
/// Word) continues the list: authors number the last items by hand.
enum MarkedListItems {
    static func layout(of cell: JoinedCell) -> ListLayout? {
        guard let lastMarked = cell.listItemStarts.last else { return nil }
        var starts = cell.listItemStarts
        for line in cell.lineStarts where line > lastMarked {
            guard let token = NumberingTokens.token(in: cell.scalars, at: line), token.number == starts.count + 1 else { continue }
            starts.append(line)
        }
        let elements = starts.enumerated().map { position, start in
            guard let token = NumberingTokens.token(in: cell.scalars, at: start), token.number == position + 1 else {
                return (element: start, text: start)
            }
            return (element: start, text: token.range.upperBound)
        }
        return ListLayout(count: cell.scalars.count, starts: elements)
    }
}
