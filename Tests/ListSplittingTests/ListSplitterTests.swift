import ListSplitting
import PowerListModel
import Testing

private func segmented(basis: Cell = Cell(), responsibilities: Cell = Cell(), accountability: Cell = Cell(), seq: Int = 7) -> SegmentedItem {
    SegmentedItem(
        seq: seq, seqSource: .inferred, category: "其他行政权力", categoryRaw: "其他权力", name: "事项",
        mainItem: "主项", subItem: "子项", subject: "赵县医疗保障局", basis: basis, responsibilities: responsibilities,
        accountability: accountability, remarks: "备注", code: "C-1", extra: ["行使层级": "县级"], pages: [3, 4]
    )
}

@Test func scalarFieldsAreCopiedThrough() {
    let item = ListSplitter.split(segmented()).item
    #expect(item.seq == 7)
    #expect(item.seqSource == .inferred)
    #expect(item.category == "其他行政权力")
    #expect(item.categoryRaw == "其他权力")
    #expect(item.name == "事项")
    #expect(item.mainItem == "主项")
    #expect(item.subItem == "子项")
    #expect(item.subject == "赵县医疗保障局")
    #expect(item.remarks == "备注")
    #expect(item.code == "C-1")
    #expect(item.extra == ["行使层级": "县级"])
    #expect(item.pages == [3, 4])
}

@Test func emptyCellsGiveEmptyTextAndLists() {
    let item = ListSplitter.split(segmented()).item
    #expect(item.basis == Basis(text: "", provisions: []))
    #expect(item.responsibilities == Responsibilities(text: "", steps: []))
    #expect(item.accountability == Accountability(text: "", preamble: nil, cases: []))
}

@Test func textsKeepTheWholeCellWithItsNumbering() {
    let cell = Cell(lines: [CellLine("1、立案责任：发现违法行为，予以审"), CellLine("查。"), CellLine("2、其他责任。")])
    let item = ListSplitter.split(segmented(basis: cell, responsibilities: cell, accountability: cell)).item
    #expect(item.basis?.text == "1、立案责任：发现违法行为，予以审查。2、其他责任。")
    #expect(item.responsibilities?.text == cell.text)
    #expect(item.accountability?.text == cell.text)
    #expect(item.responsibilities?.steps == [
        Step(no: 1, name: "立案责任", text: "发现违法行为，予以审查"), Step(no: 2, name: nil, text: "其他责任"),
    ])
}

@Test func anUnparsedArticleIsReportedForTheItem() {
    let basis = Cell(text: "1、《中华人民共和国社会保险法》（主席令第35号）五十七条用人单位…第五十八条用人单位…")
    let (item, diagnostics) = ListSplitter.split(segmented(basis: basis, seq: 12))
    #expect(item.basis?.provisions.first?.citations == [Citation(title: "中华人民共和国社会保险法", articles: ["第五十八条"])])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .info)
    #expect(diagnostics.first?.code == .citationArticleUnparsed)
    #expect(diagnostics.first?.seq == 12)
    #expect(diagnostics.first?.message.contains("五十七条") == true)
}
