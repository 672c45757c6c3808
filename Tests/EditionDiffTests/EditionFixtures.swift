import Emission
import PowerListModel
import TestSupport

/// Editions made from the seeds' hand-checked documents, each with known changes.
enum EditionFixtures {
    /// 赵县医疗保障局权责清单, 26 items.
    static func zhao() throws -> PowerListDocument {
        try DocumentDecoder.decode(Fixtures.json("seeds/002_87517433289be30b.gold.json"))
    }

    /// 邢台市襄都区医疗保障局权责清单, 17 items.
    static func xiangdu() throws -> PowerListDocument {
        try DocumentDecoder.decode(Fixtures.json("seeds/000_53652f109c077542.gold.json"))
    }

    /// The next edition of 赵县's list: item 9 (县本级医疗保险稽核) dropped and
    /// the items after it renumbered; item 1's first provision amended; item 10
    /// refiled as 其他行政权力; item 26 renamed; 襄都's 对医疗救助的监督检查
    /// appended as item 26.
    static func zhaoNextEdition() throws -> PowerListDocument {
        var document = try zhao()
        var items = document.items
        items[0].basis?.provisions[0].text += "（2025年修订）"
        items[9].category = PowerCategory.other
        items[9].categoryRaw = "其他权力"
        items[25].name = "特殊规定药品使用备案管理"
        items.remove(at: 8)
        for index in 8..<items.count { items[index].seq -= 1 }
        var added = try xiangdu().items[10]
        added.seq = 26
        items.append(added)
        document.items = items
        return document
    }
}
