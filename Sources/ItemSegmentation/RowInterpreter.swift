import PowerListModel

/// A detail row read as an item, before the summary is consulted: each
/// field as printed (empty where the row lost the cell, nil where the list
/// has no such column).
struct DraftItem {
    var printedSeq: Int?
    /// The 序号, the 权力事项, the 行政主体, the 备注 and the type were read by OCR (a character may be misread).
    var seqRecognized = false
    var categoryRecognized = false
    var nameRecognized = false
    var subjectRecognized = false
    var remarksRecognized = false
    var seq = 0
    var seqSource = Item.SeqSource.printed
    /// The printed type: the row's 权力类型 cell, else the section heading
    /// above the row, else the caption's; nil when nothing prints one.
    var categoryRaw: String?
    /// Whether the list prints a type per row (a lost one is then a repair).
    var hasCategoryColumn: Bool
    var name: String
    var mainItem: String?
    var subItem: String?
    var subject: String
    var basis: Cell?
    var responsibilities: Cell?
    var accountability: Cell?
    var remarks: String?
    var code: String?
    var extra: [String: String]
    var pages: [Int]
    var provenance: Provenance

    init(_ row: TableRow, columns: [Column], context: RowContext) {
        let roles = Set(columns.map(\.role))
        printedSeq = PrintedSeq.parse(cell: TextNormalizer.removingWhitespace(row[.seq].text))
        seqRecognized = row[.seq].isRecognized
        nameRecognized = row[.name].isRecognized
        subjectRecognized = row[.subject].isRecognized
        remarksRecognized = row[.remarks].isRecognized
        // A category is one word whatever its wrapping: lines join with nothing between.
        let printedCategory = row[.category].lines.map { TextNormalizer.removingWhitespace($0.text) }.joined()
        hasCategoryColumn = roles.contains(.category)
        if !printedCategory.isEmpty {
            categoryRaw = row[.category].isRecognized ? StrayEndMarks.category(printedCategory) : printedCategory
            categoryRecognized = row[.category].isRecognized
        } else {
            categoryRaw = context.sectionCategory ?? context.captionCategory ?? (hasCategoryColumn ? "" : nil)
            categoryRecognized = context.sectionCategory != nil && context.sectionRecognized
        }
        name = nameRecognized ? StrayEndMarks.trimmed(row[.name].text) : row[.name].text
        // 主项 / 子项 columns: an item with a 子项 is named 主项--子项 and
        // carries both parts (SPEC.md); a 主项 alone is the item's whole name.
        let mainItem = row[.mainItem].text, subItem = row[.subItem].text
        if !mainItem.isEmpty, !subItem.isEmpty {
            self.mainItem = mainItem
            self.subItem = subItem
        }
        if name.isEmpty, !mainItem.isEmpty {
            name = subItem.isEmpty ? mainItem : "\(mainItem)--\(subItem)"
        }
        subject = subjectRecognized ? StrayEndMarks.trimmed(row[.subject].text) : row[.subject].text
        if subject.isEmpty, !roles.contains(.subject), let department = context.sectionDepartment { subject = department }
        basis = roles.contains(.basis) ? row[.basis] : nil
        responsibilities = roles.contains(.responsibilities) ? row[.responsibilities] : nil
        accountability = roles.contains(.accountability) ? row[.accountability] : nil
        let remarks = row[.remarks].text
        self.remarks = remarks.isEmpty ? nil : remarks
        let code = row[.code].text
        self.code = code.isEmpty ? nil : code
        var extra: [String: String] = [:]
        for case .extra(let title) in columns.map(\.role) where !title.isEmpty {
            extra[title] = row[.extra(title)].text
        }
        self.extra = extra
        pages = row.pages
        provenance = Provenance(row: row, columns: columns)
    }
}

/// What stands above a row and applies to it: the section heading it is
/// under and the category the table's caption names.
struct RowContext {
    var sectionCategory: String?
    /// The section heading was read by OCR.
    var sectionRecognized = false
    var sectionDepartment: String?
    var captionCategory: String?

    mutating func enter(_ heading: SectionHeading) {
        switch heading.kind {
        case .category(let category):
            sectionCategory = category
            sectionRecognized = heading.recognized
        case .department(let department):
            sectionDepartment = department
            sectionCategory = nil
        }
    }
}
