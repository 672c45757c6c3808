import ListSplitting
import PowerListModel
import Testing

/// Splits the real cells of both seeds and compares every item with its gold.
struct GoldenSplitTests {
    static let pdfSeed = "seeds/002_87517433289be30b"
    static let htmlSeed = "seeds/000_53652f109c077542"

    @Test func pdfDumpCellsSplitAsTheGold() throws {
        let gold = try GoldItem.load(Self.pdfSeed + ".gold.json")
        let rows = try SeedCells.pdfDumpRows(Self.pdfSeed + ".txt", gold: gold)
        try #require(rows.count == 26 && gold.count == 26)
        for (row, goldItem) in zip(rows, gold) {
            expectMatch(row, goldItem)
        }
    }

    @Test func htmlExportCellsSplitAsTheGold() throws {
        let gold = try GoldItem.load(Self.htmlSeed + ".gold.json")
        let rows = try SeedCells.htmlRows(Self.htmlSeed + ".txt")
        try #require(rows.map(\.seq) == gold.map(\.seq))
        for (row, goldItem) in zip(rows, gold) {
            expectMatch(row, goldItem)
        }
    }

    @Test func htmlExportCellsWithoutMarkupSplitAsTheGold() throws {
        let gold = try GoldItem.load(Self.htmlSeed + ".gold.json")
        let rows = try SeedCells.strippedHTMLRows(Self.htmlSeed + ".txt")
        try #require(rows.count == gold.count)
        for (row, goldItem) in zip(rows, gold) {
            expectMatch(row, goldItem)
        }
    }

    @Test(arguments: 14...30) func htmlExportCellsWrappedLikeAPDFSplitAsTheGold(width: Int) throws {
        let gold = try GoldItem.load(Self.htmlSeed + ".gold.json")
        let rows = try SeedCells.wrappedHTMLRows(Self.htmlSeed + ".txt", width: width)
        try #require(rows.count == gold.count)
        for (row, goldItem) in zip(rows, gold) {
            expectMatch(row, goldItem)
        }
    }

    @Test func onlyTheArticleWithoutItsPrefixIsDiagnosed() throws {
        let gold = try GoldItem.load(Self.pdfSeed + ".gold.json")
        let rows = try SeedCells.pdfDumpRows(Self.pdfSeed + ".txt", gold: gold)
        let diagnosed = rows.flatMap { ListSplitter.basis($0.basis, seq: $0.seq).diagnostics }
        #expect(diagnosed.map(\.code) == [.citationArticleUnparsed])
        #expect(diagnosed.map(\.seq) == [12])
    }

    private func expectMatch(_ row: SeedCells.Row, _ gold: GoldItem, sourceLocation: SourceLocation = #_sourceLocation) {
        let differences = SplitDifferences.of(
            basis: ListSplitter.basis(row.basis, seq: row.seq).basis,
            responsibilities: ListSplitter.responsibilities(row.responsibilities),
            accountability: ListSplitter.accountability(row.accountability),
            gold: gold
        )
        #expect(differences.isEmpty, "item \(row.seq):\n\(differences.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}
