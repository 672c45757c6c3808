import PowerListModel

/// OCR reads a section heading's bold ordinal badly: `六、其他权力（10项）`
/// came out `7.上其他权力(10项)`, and all ten rows under it went out as
/// `上其他权力`, no category at all. The summary files each item under a
/// group of its own printing. A recognized 权力类型 (the row's cell, or the
/// heading above it) that names no canonical category takes the canonical
/// category the summary files the item under, when the reading is one
/// character away from it: one Chinese character replaced or added, or
/// marks added. The item gets `ocr-category-chosen` naming
/// the reading. Printed text, and readings that name a category, stay.
///
/// - `上其他权力` read, summary `其他权力` → `其他权力`
/// - `行攻处罚` read, summary `行政处罚` → `行政处罚`
/// - `非行政许可` printed (no OCR), summary `行政许可` → stays (a real difference, perhaps)
/// - `行政确认` read, summary `行政检查` → stays (a canonical category: the summary-category-mismatch check says so)
/// - `公共服务事项` read, summary `其他权力` → stays (more than one character)
/// - `行政S处b罚` read, summary `行政处罚` → `行政处罚` (letters read from specks
///   in a narrow cell: debris, `SpellingVote.isDebris`)
enum RecognizedCategoryChoice {
    static func apply(to drafts: inout [DraftItem], summary: Summary?) -> [Diagnostic] {
        guard let summary else { return [] }
        var filed: [Int: String] = [:]
        for (group, entry) in summary.entries {
            guard let seq = entry.seq else { continue }
            filed[seq] = filed[seq] == nil ? group.categoryRaw : ""
        }
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices where drafts[index].categoryRecognized {
            guard let read = drafts[index].categoryRaw, PowerCategory.canonicalize(read) == nil,
                  let category = filed[drafts[index].seq], PowerCategory.canonicalize(category) != nil,
                  isOneAway(read, from: category) else { continue }
            let seq = drafts[index].seq
            diagnostics.append(Diagnostic(
                .warning, .ocrCategoryChosen, seq: seq,
                "第\(seq)项权力类型OCR识别为“\(read)”，不在规范类别之内，总表列为“\(category)”，按总表取“\(category)”，请核对原件"
            ))
            drafts[index].categoryRaw = category
        }
        return diagnostics
    }

    /// `read` is `category` misread (`SpellingVote.isMisreading`), or
    /// `category` with one Chinese character more anywhere (a speck or a
    /// badge's stroke read as one: `上其他权力`, `行政合给付`, `行|行政给付`;
    /// marks and symbols such as a rule's `|` aside), or with debris alone added.
    static func isOneAway(_ read: String, from category: String) -> Bool {
        if SpellingVote.isMisreading(read, of: category) || SpellingVote.isDebris(read, of: category) { return true }
        let letters = Array(read.filter { !$0.isPunctuation && !$0.isSymbol })
        guard letters.count == category.count + 1 else { return false }
        return letters.indices.contains { index in
            letters[index].unicodeScalars.allSatisfy(\.properties.isIdeographic)
                && String(letters[..<index] + letters[(index + 1)...]) == category
        }
    }
}
