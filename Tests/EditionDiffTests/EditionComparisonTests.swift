import CanonicalJSON
import EditionDiff
import PowerListModel
import Testing
import TestSupport

@Suite struct EditionComparisonTests {
    @Test func reportsExactlyTheChangesMade() throws {
        let changes = EditionComparison.compare(try EditionFixtures.zhao(), try EditionFixtures.zhaoNextEdition())
        let expected = try JSONParser.parse("""
            {
              "added": [{"name": "对医疗救助的监督检查", "seq": 26}],
              "changed": [
                {"fields": ["basis"], "name": "对用人单位不办理医疗保险登记的处罚"},
                {"fields": ["category"], "name": "对医保定点医药机构协议管理的指导和监督管理工作"}
              ],
              "removed": [{"name": "县本级医疗保险稽核", "seq": 9}],
              "renamed": [{"new": "特殊规定药品使用备案管理", "old": "特殊规定药品使用备案"}]
            }
            """)
        #expect(changes.json == expected)
        #expect(!changes.isEmpty)
    }

    @Test func aChangedFieldCarriesTheLinesEachEditionAloneHas() throws {
        let old = try EditionFixtures.zhao(), new = try EditionFixtures.zhaoNextEdition()
        let changes = EditionComparison.compare(old, new)
        let provision = old.items[0].basis!.provisions[0].text
        #expect(changes.changed[0].fields == [FieldChange(field: .basis, removed: [provision], added: [provision + "（2025年修订）"])])
        #expect(changes.changed[1].fields == [FieldChange(field: .category, removed: ["行政检查"], added: ["其他行政权力"])])
        #expect(changes.changed[1].old.seq == 10 && changes.changed[1].new.seq == 9)
    }

    @Test func anEditionComparedWithItselfHasNoChanges() throws {
        let document = try EditionFixtures.zhao()
        let changes = EditionComparison.compare(document, document)
        #expect(changes.isEmpty)
        #expect(changes.json == (try JSONParser.parse(#"{"added": [], "changed": [], "removed": [], "renamed": []}"#)))
    }

    /// Another reading of the same list: lines wrapped elsewhere, items renumbered, other pages.
    @Test func whiteSpaceSeqAndPagesAreNotChanges() throws {
        let old = try EditionFixtures.zhao()
        var new = old
        new.items = new.items.map { item in
            var item = item
            item.seq += 100
            item.pages = [1]
            item.basis = item.basis.map { Basis(text: $0.text.replacingOccurrences(of: "，", with: "， "), provisions: $0.provisions) }
            item.responsibilities = item.responsibilities.map { cell in
                Responsibilities(text: cell.text, steps: cell.steps.map { Step(no: $0.no, name: $0.name, text: " " + $0.text + "\n") })
            }
            return item
        }
        #expect(EditionComparison.compare(old, new).isEmpty)
    }

    @Test func codesPairItemsWhatEverTheirNames() throws {
        var old = try EditionFixtures.zhao(), new = old
        old.items[4].code = "HB-0005"
        new.items[4].code = " HB-0005"
        new.items[4].name = "生育津贴和生育医疗费用支付"
        let changes = EditionComparison.compare(old, new)
        #expect(changes.renamed == [ItemPair(old: old.items[4], new: new.items[4])])
        #expect(changes.added.isEmpty && changes.removed.isEmpty && changes.changed.isEmpty)
    }

    @Test func aCodeTwoItemsShareDoesNotPair() throws {
        var old = try EditionFixtures.zhao(), new = old
        for index in [0, 1] { old.items[index].code = "DUP"; new.items[index].code = "DUP" }
        new.items[0].name = "完全不同的事项名称"
        let changes = EditionComparison.compare(old, new)
        #expect(changes.added.map(\.name) == ["完全不同的事项名称"])
        #expect(changes.removed.map(\.name) == [old.items[0].name])
    }

    @Test func aRenamedItemThatChangedIsListedUnderBoth() throws {
        let old = try EditionFixtures.zhao()
        var new = old
        new.items[8].name = "县本级医疗保险基金稽核"
        new.items[8].subject = "赵县医疗保险管理中心稽核科"
        let changes = EditionComparison.compare(old, new)
        #expect(changes.renamed.map(\.new.name) == ["县本级医疗保险基金稽核"])
        #expect(changes.changed.map(\.new.name) == ["县本级医疗保险基金稽核"])
        #expect(changes.changed.first?.fields.map(\.field) == [.subject])
    }

    /// Names that share less than 0.8 of their characters are different items.
    @Test func aDissimilarNameIsARemovalAndAnAddition() throws {
        let old = try EditionFixtures.zhao()
        var new = old
        new.items[8].name = "医保稽核"
        let changes = EditionComparison.compare(old, new)
        #expect(changes.removed.map(\.name) == ["县本级医疗保险稽核"])
        #expect(changes.added.map(\.name) == ["医保稽核"])
        #expect(changes.renamed.isEmpty)
    }

    @Test func listElementsAddedRemovedAndReordered() throws {
        let old = try EditionFixtures.zhao()
        var new = old
        new.items[0].accountability?.cases.removeLast()
        new.items[0].accountability?.cases.append(Case(no: 10, text: "新增的追责情形"))
        new.items[1].responsibilities?.steps.reverse()
        let changes = EditionComparison.compare(old, new)
        #expect(changes.changed.map(\.new.seq) == [1, 2])
        #expect(changes.changed[0].fields == [
            FieldChange(field: .accountability, removed: [old.items[0].accountability!.cases.last!.text], added: ["新增的追责情形"]),
        ])
        #expect(changes.changed[1].fields == [FieldChange(field: .responsibilities, removed: [], added: [])])
    }
}

@Suite struct RepeatedNameTests {
    /// Two items named alike under two categories: dropping the first pairs the second with its like.
    @Test func aRepeatedNamePairsWithinItsCategoryFirst() throws {
        let inspection = try EditionFixtures.zhao().items[8]
        var other = inspection
        other.category = PowerCategory.other
        other.seq = 2
        var kept = other
        kept.seq = 1
        let changes = EditionComparison.compare([inspection, other], [kept])
        #expect(changes.removed.map(\.category) == ["行政检查"])
        #expect(changes.changed.isEmpty && changes.added.isEmpty)
    }
}
