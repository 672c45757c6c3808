import PowerListModel

/// What to do with pages whose text does not decode (`PageTextAudit`).
///
/// A list's table runs over consecutive pages. A page that breaks it, or a
/// document that is mostly garbage, cannot be read faithfully: refused. But a
/// cover or closing page set in a font without a Unicode map (a seal, a
/// signature block, a decorative title) costs the table nothing: such pages
/// at either end, holding a small share of the document's glyphs, are read
/// as blank and named, so the caller can say so.
enum UndecodablePagePolicy {
    /// Undecodable pages may hold at most this share of the document's inked glyphs.
    static let tolerableShare = 0.25

    /// Blanks the tolerable undecodable pages and returns their numbers, or throws.
    static func apply(to pages: inout [GlyphPage]) throws(PDFExtractionError) -> [Int] {
        let audits = pages.map(PageTextAudit.init)
        let undecodable = pages.indices.filter { if case .undecodable = audits[$0].verdict { true } else { false } }
        guard !undecodable.isEmpty else { return [] }
        let readable = pages.indices.filter { audits[$0].verdict == .readable }
        let numbers = undecodable.map { pages[$0].number }
        guard let first = readable.first, let last = readable.last else { throw .undecodableText(pages: numbers) }
        let garbage = undecodable.reduce(0) { $0 + audits[$1].inked }
        let total = audits.reduce(0) { $0 + $1.inked }
        let insideTable = undecodable.contains { $0 > first && $0 < last }
        guard !insideTable, Double(garbage) <= tolerableShare * Double(total) else { throw .undecodableText(pages: numbers) }
        for index in undecodable { pages[index].glyphs = [] }
        return numbers
    }
}
