/// What every reader hands to item segmentation, whatever the input was: the
/// lines printed outside the tables, the detail table's header, its rows (and
/// the section headings printed between them) as typed cells, and the summary
/// table as typed rows. Readers decide where text stands; nothing after this
/// re-reads the text's layout.
public struct Table: Sendable, Equatable {
    /// Lines outside any table, in reading order: titles, `（共六类、26 项）`, notes.
    public var titleLines: [String]
    /// The title lines were read by OCR (a character may be misread).
    public var titlesRecognized: Bool
    /// The detail table's columns, left to right, as its header prints them.
    public var columns: [Column]
    /// Detail rows and section headings, in document order. A row broken by
    /// a page break is one row.
    public var body: [BodyEntry]
    /// The summary table's rows (事项总表), in document order; empty when the
    /// document has none.
    public var summary: [SummaryRow]
    /// Page count of the source; nil when it has no pages.
    public var pageCount: Int?
    /// What the reader repaired or could not place.
    public var diagnostics: [Diagnostic]

    public init(
        titleLines: [String], columns: [Column], body: [BodyEntry], summary: [SummaryRow],
        pageCount: Int?, diagnostics: [Diagnostic] = [], titlesRecognized: Bool = false
    ) {
        self.titleLines = titleLines
        self.titlesRecognized = titlesRecognized
        self.columns = columns
        self.body = body
        self.summary = summary
        self.pageCount = pageCount
        self.diagnostics = diagnostics
    }

    /// Some of its text was read by OCR: a title line or a detail cell.
    public var hasRecognizedText: Bool {
        titlesRecognized || rows.contains { $0.cells.values.contains(where: \.isRecognized) }
    }

    /// The detail rows without the headings between them.
    public var rows: [TableRow] {
        body.compactMap { entry in
            if case .row(let row) = entry { return row }
            return nil
        }
    }
}

/// One column of the detail table: its title as printed (white space removed)
/// and what it holds.
public struct Column: Sendable, Hashable {
    public var title: String
    public var role: ColumnRole

    public init(title: String, role: ColumnRole) {
        self.title = title
        self.role = role
    }
}

/// What a column of the detail table holds, recognized from its printed title
/// (`ColumnTitles`).
public enum ColumnRole: Sendable, Hashable {
    case seq
    case category
    case name
    /// 主项 / 子项 printed as columns of their own (under a grouped 权力事项 title).
    case mainItem
    case subItem
    case subject
    case basis
    case responsibilities
    case accountability
    case remarks
    case code
    /// Any other column (行使层级, 承办机构, 追责依据 …), keyed by its printed title.
    case extra(String)
}

public enum BodyEntry: Sendable, Equatable {
    case row(TableRow)
    /// A heading printed across the table (`二、行政处罚（7项）`): it opens a
    /// section whose rows share its category or department.
    case heading(SectionHeading)
}

/// One detail row: the cell of each column it fills, and where it stands.
public struct TableRow: Sendable, Equatable {
    public var cells: [ColumnRole: Cell]
    /// 1-based pages the row spans, ascending; empty for inputs without pages.
    public var pages: [Int]

    public init(cells: [ColumnRole: Cell], pages: [Int] = []) {
        self.cells = cells
        self.pages = pages
    }

    /// The cell of a column, empty when the row has none there.
    public subscript(role: ColumnRole) -> Cell {
        get { cells[role] ?? Cell() }
        set { cells[role] = newValue }
    }
}
