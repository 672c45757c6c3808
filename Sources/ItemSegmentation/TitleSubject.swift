import PowerListModel

/// A list without a 行政主体 column — a portal page's table of one
/// department's items — names its owner once, in its title
/// (`邢台市襄都区医疗保障局权责清单`): that is every item's subject, unless a
/// department section above the item names another. Each item so given its
/// subject gets an info diagnostic saying where it came from.
enum TitleSubject {
    static func apply(owner: String?, columns: [Column], to drafts: inout [DraftItem]) -> [Diagnostic] {
        guard let owner, !columns.contains(where: { $0.role == .subject }) else { return [] }
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices where drafts[index].subject.isEmpty {
            drafts[index].subject = owner
            let seq = drafts[index].seq
            diagnostics.append(Diagnostic(.info, .subjectFromTitle, seq: seq, "清单无行政主体列，第\(seq)项的行政主体按标题取“\(owner)”"))
        }
        return diagnostics
    }
}
