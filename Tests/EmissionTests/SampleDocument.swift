import PowerListModel

/// A small valid document for tests that change one thing at a time.
enum SampleDocument {
    static func make() -> PowerListDocument {
        let item = Item(
            seq: 1, seqSource: .printed, category: "行政处罚", categoryRaw: "行政处罚",
            name: "对用人单位不办理医疗保险登记的处罚", mainItem: nil, subItem: nil, subject: "赵县医疗保障局",
            basis: Basis(
                text: "《中华人民共和国社会保险法》第八十四条",
                provisions: [Provision(no: 1, text: "《中华人民共和国社会保险法》第八十四条",
                                       citations: [Citation(title: "中华人民共和国社会保险法", articles: ["第八十四条"])])]
            ),
            responsibilities: Responsibilities(text: "1、立案责任：予以审查。", steps: [Step(no: 1, name: "立案责任", text: "予以审查")]),
            accountability: Accountability(text: "1、没有法律依据的。", preamble: nil, cases: [Case(no: 1, text: "没有法律依据的")]),
            remarks: nil, code: nil, extra: ["行使层级": "县级"], pages: [3, 4]
        )
        return PowerListDocument(
            source: SourceInfo(file: "赵县医疗保障局权责清单.pdf", sha256: String(repeating: "ab", count: 32), format: .pdf, pages: 25),
            list: ListFacts(title: "赵县医疗保障局权责清单", region: "赵县", department: "医疗保障局", edition: nil),
            summary: Summary(declaredTotal: 1, groups: [
                SummaryGroup(category: "行政处罚", categoryRaw: "行政处罚", declaredCount: 1,
                             entries: [SummaryEntry(seq: 1, name: "对用人单位不办理医疗保险登记的处罚")]),
            ]),
            items: [item],
            diagnostics: [Diagnostic(.warning, .summaryTotalMismatch, seq: nil, "总表合计1项")]
        )
    }
}
