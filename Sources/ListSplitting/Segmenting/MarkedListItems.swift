import PowerListModel

/// A list whose elements the markup delimits (`<li>`, the items of an unnumbered
/// `<ol>`): every line flagged `startsListItem` starts an element, numbered or
/// not. A printed number at the start of an item is dropped when it is the
/// item's position.
enum MarkedListItems {
    static func layout(of cell: JoinedCell) -> ListLayout? {
        guard !cell.listItemStarts.isEmpty else { return nil }
        let starts = cell.listItemStarts.enumerated().map { position, start in
            guard let token = NumberingTokens.token(in: cell.scalars, at: start), token.number == position + 1 else {
                return (element: start, text: start)
            }
            return (element: start, text: token.range.upperBound)
        }
        return ListLayout(count: cell.scalars.count, starts: starts)
    }
}
