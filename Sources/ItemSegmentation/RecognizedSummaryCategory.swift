import PowerListModel

/// OCR misreads a summary heading's category too (`二、行政强刨 共1项`,
/// a speck in the heading's badge read into it: `行政合给付`), and then
/// every item of the group is reported filed under another category, and
/// the group's count against a category no row has. A recognized heading
/// whose category names no canonical one takes the category the detail rows
/// of its entries all print, when the reading is one character away from
/// it (`RecognizedCategoryChoice.isOneAway`). The document gets
/// `ocr-category-chosen` (seq null) naming the reading. Readings that name a
/// category stay: a real difference between the tables is reported as one.
///
/// - `行政强刨` read, its entries' rows `行政强制` → `行政强制`
/// - `行政合给付` read, its entry's row `行政给付` → `行政给付`
/// - `行政强刨` read, its entries' rows `行政强制` and `行政检查` → stays
/// - `行政确认` read, its entries' rows `行政检查` → stays (a category)
/// - `行行政给付` or `行|行政给付` read (a character read twice, a rule's
///   bar), its entry's row `行政给付`, found by name where the tables number
///   the item differently → `行政给付`
///
/// A heading OCR did not read at all (a speck-strewn band skipped) leaves
/// its entries in a group of no category while the other groups have one;
/// that group takes the category its entries' rows all print, and the
/// document gets `ocr-category-chosen` saying the heading was not read.
/// Its count stays unknown.
///
/// - no heading read, entries' rows `行政许可`, other groups `行政处罚`… → `行政许可`
enum RecognizedSummaryCategory {
    static func apply(to summary: inout Summary, drafts: [DraftItem]) -> [Diagnostic] {
        var printed: [Int: String] = [:]
        for draft in drafts {
            guard let raw = draft.categoryRaw else { continue }
            printed[draft.seq] = printed[draft.seq] == nil ? raw : ""
        }
        // An entry's row is the one its name matches, else the one its number names
        // (the tables may number an item differently: `summary-seq-mismatch`).
        var matched: [Int: String] = [:]
        for (row, entry) in SummaryReconciler.matches(names: drafts.map(\.name), seqs: drafts.map(\.seq), in: summary) {
            if let raw = drafts[row].categoryRaw { matched[entry] = raw }
        }
        let positions = summary.entryPositions
        var diagnostics: [Diagnostic] = []
        let headed = summary.groups.contains { !$0.categoryRaw.isEmpty }
        for index in summary.groups.indices {
            let read = summary.groups[index].categoryRaw
            guard PowerCategory.canonicalize(read) == nil, !read.isEmpty || headed else { continue }
            let rows = Set(positions.indices.filter { positions[$0].group == index }.compactMap { entry in
                matched[entry] ?? summary.groups[index].entries[positions[entry].entry].seq.flatMap { printed[$0] }
            })
            guard rows.count == 1, let category = rows.first, let canonical = PowerCategory.canonicalize(category),
                  read.isEmpty || RecognizedCategoryChoice.isOneAway(read, from: category) else { continue }
            let reading = read.isEmpty ? "总表类别OCR未能识别" : "总表类别OCR识别为“\(read)”，不在规范类别之内"
            diagnostics.append(Diagnostic(
                .warning, .ocrCategoryChosen, seq: nil, "\(reading)，其事项在分表均为“\(category)”，按分表取“\(category)”，请核对原件"
            ))
            summary.groups[index].categoryRaw = category
            summary.groups[index].category = canonical
        }
        return diagnostics
    }
}
