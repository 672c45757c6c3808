import PowerListModel
import Testing

@testable import ColumnReassembly

@Suite struct HeaderVocabularyTests {
    static let known: [(String, ColumnRole)] = [
        ("序号", .seq), ("编 号", .seq),
        ("权力类型", .category), ("职权类型", .category), ("事项类型", .category), ("类型", .category), ("类别", .category),
        ("权力事项", .name), ("事项名称", .name), ("职权名称", .name), ("权力名称", .name), ("权力事项名称", .name), ("项目名称", .name),
        ("行政主体", .subject), ("实施主体", .subject), ("责任主体", .subject), ("执法主体", .subject),
        ("实施依据", .basis), ("设定依据", .basis), ("法律依据", .basis), ("依据", .basis),
        ("责任事项", .responsibilities),
        ("追责情形", .accountability), ("问责情形", .accountability), ("追究责任情形", .accountability),
        ("备　注", .remarks),
        ("权力编码", .code), ("事项编码", .code), ("职权编码", .code), ("编码", .code),
    ]

    @Test(arguments: known)
    func knownTitlesNameTheirRole(_ title: String, _ role: ColumnRole) {
        #expect(ColumnHeaderVocabulary.role(forHeader: title) == role)
    }

    @Test(arguments: ["行使层级", "承办机构", "追责依据", "备注（说明）"])
    func otherTitlesAreExtraColumns(_ title: String) {
        #expect(ColumnHeaderVocabulary.role(forHeader: title) == .extra(title))
    }

    @Test(arguments: ["1", "对用人单位不办理医疗保险登记的处罚", "《中华人民共和国社会保险法》第八十四条", "第 3 页 共 27 页", ""])
    func contentIsNoTitle(_ text: String) {
        #expect(ColumnHeaderVocabulary.role(forHeader: text) == nil)
    }

    @Test func headerRowsNeedThreeKnownTitles() {
        #expect(ColumnHeaderVocabulary.isHeaderRow(["序号", "权力类型", "权力事项", "行政主体", "实施依据"]))
        #expect(ColumnHeaderVocabulary.isHeaderRow(["编号", "行使层级", "事项名称", "承办机构", "设定依据"]))
        #expect(!ColumnHeaderVocabulary.isHeaderRow(["行使层级", "承办机构", "备注"]))
        #expect(!ColumnHeaderVocabulary.isHeaderRow(["1", "行政处罚", "对用人单位不办理医疗保险登记的处罚"]))
    }
}
