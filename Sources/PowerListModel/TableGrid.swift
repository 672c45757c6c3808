/// What a column of the detail table holds, recognized from its printed header.
public enum ColumnRole: Sendable, Hashable {
    case seq
    case category
    case name
    case subject
    case basis
    case responsibilities
    case accountability
    case remarks
    case code
    /// Any other column (行使层级, 承办机构, 追责依据 …), keyed by its printed header.
    case extra(String)
}

/// Stage 2's output: the page furniture removed, the wrapped columns put back
/// together, one `GridRow` per physical table row (a row broken by a page
/// break is still one row). Nothing here is interpreted yet.
public struct TableGrid: Sendable, Equatable {
    /// Lines outside any table: titles, `（共六类、26 项）`, notes.
    public var titleLines: [String]
    /// The summary table's rows, cells separated by a tab, in document order.
    public var summaryLines: [String]
    /// The detail table's columns, left to right.
    public var columns: [ColumnRole]
    public var rows: [GridRow]
    /// Page count of the source, when it has pages.
    public var pageCount: Int?
    /// What the reassembly repaired or could not place.
    public var diagnostics: [Diagnostic]

    public init(titleLines: [String], summaryLines: [String], columns: [ColumnRole], rows: [GridRow], pageCount: Int?, diagnostics: [Diagnostic] = []) {
        self.titleLines = titleLines
        self.summaryLines = summaryLines
        self.columns = columns
        self.rows = rows
        self.pageCount = pageCount
        self.diagnostics = diagnostics
    }
}

public struct GridRow: Sendable, Equatable {
    public var cells: [ColumnRole: Cell]
    /// 1-based pages the row spans, ascending; empty without pages.
    public var pages: [Int]

    public init(cells: [ColumnRole: Cell], pages: [Int]) {
        self.cells = cells
        self.pages = pages
    }

    public subscript(role: ColumnRole) -> Cell {
        get { cells[role] ?? Cell() }
        set { cells[role] = newValue }
    }
}
