/// A document whose tables the file format itself delimits — a tab-separated
/// or CSV export, a Word or Excel file, a web page: its text blocks and tables
/// in reading order, every cell where the author put it. Nothing here is
/// interpreted yet (which row is the header, which table the summary): the
/// structured-table reader does that once for every such format.
public struct StructuredDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        /// A line of text outside any table: a title, a caption, a note.
        case paragraph(String)
        case table(SourceTable)
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}

/// One table as the source holds it: cells anchored at their top-left grid
/// position with their spans (a DOCX `gridSpan`/`vMerge`, an XLSX merged range,
/// an HTML `rowspan`/`colspan`). A position no anchor covers is an empty cell.
public struct SourceTable: Sendable, Equatable {
    /// What the source calls it, for messages and provenance: a sheet's name
    /// (`事项总表`), a table's caption; nil when it has none.
    public var name: String?
    /// 1-based ordinal of the table in its document (or of the sheet in its
    /// workbook), for provenance.
    public var ordinal: Int
    public var rowCount: Int
    public var columnCount: Int
    /// Anchors, row-major.
    public var cells: [SourceCell]
    /// Leading rows the source marks as a header repeated on every page
    /// (DOCX `tblHeader`, HTML `<thead>`); 0 when it marks none.
    public var markedHeaderRows: Int
    /// What a cell's grid position is in the source, for provenance.
    public var placement: Placement

    public enum Placement: Sendable, Equatable {
        /// A table of the document (DOCX, HTML): `{table: ordinal, row, column}`.
        case documentTable
        /// A worksheet (XLSX): `{sheet: name, row, column}`.
        case worksheet
        /// A table the reader laid out itself (detail cards, text): the grid
        /// is no place in the source; cells carry their own places, if any.
        case derived
    }

    public init(
        name: String? = nil, ordinal: Int, rowCount: Int, columnCount: Int, cells: [SourceCell], markedHeaderRows: Int = 0,
        placement: Placement = .documentTable
    ) {
        self.name = name
        self.ordinal = ordinal
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.cells = cells
        self.markedHeaderRows = markedHeaderRows
        self.placement = placement
    }

    /// Where `cell` stands in the source: its own places, else its grid
    /// position as the placement names it (1-based).
    public func places(of cell: SourceCell) -> [SourcePlace] {
        guard cell.content.places.isEmpty else { return cell.content.places }
        switch placement {
        case .documentTable: return [.tableCell(table: ordinal, row: cell.row + 1, column: cell.column + 1)]
        case .worksheet: return [.sheetCell(sheet: name ?? "", row: cell.row + 1, column: cell.column + 1)]
        case .derived: return []
        }
    }

    /// Every grid position: the anchor covering it (a merged cell appears at
    /// each position it spans), nil where no cell stands.
    public var grid: [[SourceCell?]] {
        var grid = [[SourceCell?]](repeating: [SourceCell?](repeating: nil, count: columnCount), count: rowCount)
        for cell in cells {
            for row in cell.row..<min(cell.row + cell.rowSpan, rowCount) {
                for column in cell.column..<min(cell.column + cell.columnSpan, columnCount) {
                    grid[row][column] = cell
                }
            }
        }
        return grid
    }
}

/// One cell of a `SourceTable`: its position, spans and lines (a DOCX
/// paragraph, a line break inside an XLSX cell, an HTML `<br>`/`<p>`/`<li>`).
public struct SourceCell: Sendable, Equatable {
    /// 0-based grid position of the cell's top-left corner.
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
    public var content: Cell

    public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, content: Cell) {
        self.row = row
        self.column = column
        self.rowSpan = max(1, rowSpan)
        self.columnSpan = max(1, columnSpan)
        self.content = content
    }
}
