import PowerListModel

/// Stage 4: numbers and splits the lists inside an item's cells (实施依据 into
/// provisions and citations, 责任事项 into steps, 追责情形 into a preamble and cases).
public enum ListSplitter {
    /// Turns a segmented item (cells still unsplit) into the final `Item`, plus any diagnostics about the splitting.
    public static func split(_ item: SegmentedItem) -> (item: Item, diagnostics: [Diagnostic]) {
        // `mapTexts` splits the cells in order: basis, responsibilities, accountability.
        var diagnostics: [Diagnostic] = []
        let result = item.mapTexts(
            basis: { cell in
                let split = basis(cell, seq: item.seq)
                diagnostics += split.diagnostics
                return split.basis
            },
            responsibilities: { cell in
                let split = ResponsibilitiesSplitter.split(cell, seq: item.seq)
                diagnostics += split.diagnostics
                return split.responsibilities
            },
            accountability: { cell in
                let split = AccountabilitySplitter.split(cell, seq: item.seq)
                diagnostics += split.diagnostics
                return split.accountability
            }
        )
        return (result, diagnostics)
    }

    /// 实施依据: split on its top-level numbering (an unnumbered cell is one provision), with citations.
    public static func basis(_ cell: Cell, seq: Int) -> (basis: Basis, diagnostics: [Diagnostic]) {
        BasisSplitter.split(cell, seq: seq)
    }

    /// 责任事项: split on its numbering, markup or step labels.
    public static func responsibilities(_ cell: Cell) -> Responsibilities {
        ResponsibilitiesSplitter.split(cell, seq: 0).responsibilities
    }

    /// 追责情形: the preamble and the cases after it.
    public static func accountability(_ cell: Cell) -> Accountability {
        AccountabilitySplitter.split(cell, seq: 0).accountability
    }
}
