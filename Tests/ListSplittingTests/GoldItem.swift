import Foundation
import PowerListModel
import TestSupport

/// The list fields of a gold item (`Tests/Fixtures/seeds/*.gold.json`), as model values.
struct GoldItem: Decodable {
    let seq: Int
    let basis: Basis
    let responsibilities: Responsibilities
    let accountability: Accountability

    static func load(_ fixture: String) throws -> [GoldItem] {
        let data = Data(try Fixtures.bytes(fixture))
        return try JSONDecoder().decode(Document.self, from: data).items
    }

    private struct Document: Decodable {
        let items: [GoldItem]
    }

    private enum Keys: String, CodingKey {
        case seq, basis, responsibilities, accountability, text, provisions, steps, preamble, cases, no, name, citations, title, articles
    }

    init(from decoder: any Decoder) throws {
        let item = try decoder.container(keyedBy: Keys.self)
        seq = try item.decode(Int.self, forKey: .seq)
        let basis = try item.nestedContainer(keyedBy: Keys.self, forKey: .basis)
        var provisions: [Provision] = []
        var provisionList = try basis.nestedUnkeyedContainer(forKey: .provisions)
        while !provisionList.isAtEnd {
            let provision = try provisionList.nestedContainer(keyedBy: Keys.self)
            var citations: [Citation] = []
            var citationList = try provision.nestedUnkeyedContainer(forKey: .citations)
            while !citationList.isAtEnd {
                let citation = try citationList.nestedContainer(keyedBy: Keys.self)
                citations.append(Citation(title: try citation.decode(String.self, forKey: .title),
                                          articles: try citation.decode([String].self, forKey: .articles)))
            }
            provisions.append(Provision(no: try provision.decode(Int.self, forKey: .no),
                                        text: try provision.decode(String.self, forKey: .text), citations: citations))
        }
        self.basis = Basis(text: try basis.decode(String.self, forKey: .text), provisions: provisions)

        let responsibilities = try item.nestedContainer(keyedBy: Keys.self, forKey: .responsibilities)
        var steps: [Step] = []
        var stepList = try responsibilities.nestedUnkeyedContainer(forKey: .steps)
        while !stepList.isAtEnd {
            let step = try stepList.nestedContainer(keyedBy: Keys.self)
            steps.append(Step(no: try step.decode(Int.self, forKey: .no), name: try step.decodeIfPresent(String.self, forKey: .name),
                              text: try step.decode(String.self, forKey: .text)))
        }
        self.responsibilities = Responsibilities(text: try responsibilities.decode(String.self, forKey: .text), steps: steps)

        let accountability = try item.nestedContainer(keyedBy: Keys.self, forKey: .accountability)
        var cases: [Case] = []
        var caseList = try accountability.nestedUnkeyedContainer(forKey: .cases)
        while !caseList.isAtEnd {
            let element = try caseList.nestedContainer(keyedBy: Keys.self)
            cases.append(Case(no: try element.decode(Int.self, forKey: .no), text: try element.decode(String.self, forKey: .text)))
        }
        self.accountability = Accountability(text: try accountability.decode(String.self, forKey: .text),
                                             preamble: try accountability.decodeIfPresent(String.self, forKey: .preamble), cases: cases)
    }
}

/// Field-by-field differences between split cells and the gold, texts compared
/// without white space (as the scorer does: line joins are not judged here).
enum SplitDifferences {
    static func of(basis: Basis, responsibilities: Responsibilities, accountability: Accountability, gold: GoldItem) -> [String] {
        var found: [String] = []
        func check(_ path: String, _ actual: String?, _ expected: String?) {
            if actual.map(squeezed) != expected.map(squeezed) {
                found.append("\(path): expected \(expected.map { "“\($0)”" } ?? "nil"), got \(actual.map { "“\($0)”" } ?? "nil")")
            }
        }
        func checkCount(_ path: String, _ actual: Int, _ expected: Int) {
            if actual != expected { found.append("\(path): expected \(expected) elements, got \(actual)") }
        }
        check("basis.text", basis.text, gold.basis.text)
        checkCount("basis.provisions", basis.provisions.count, gold.basis.provisions.count)
        for (index, (mine, theirs)) in zip(basis.provisions, gold.basis.provisions).enumerated() {
            check("basis.provisions[\(index)].text", mine.text, theirs.text)
            if mine.no != theirs.no { found.append("basis.provisions[\(index)].no: expected \(theirs.no), got \(mine.no)") }
            if mine.citations != theirs.citations {
                found.append("basis.provisions[\(index)].citations: expected \(theirs.citations), got \(mine.citations)")
            }
        }
        check("responsibilities.text", responsibilities.text, gold.responsibilities.text)
        checkCount("responsibilities.steps", responsibilities.steps.count, gold.responsibilities.steps.count)
        for (index, (mine, theirs)) in zip(responsibilities.steps, gold.responsibilities.steps).enumerated() {
            check("responsibilities.steps[\(index)].name", mine.name, theirs.name)
            check("responsibilities.steps[\(index)].text", mine.text, theirs.text)
            if mine.no != theirs.no { found.append("responsibilities.steps[\(index)].no: expected \(theirs.no), got \(mine.no)") }
        }
        check("accountability.text", accountability.text, gold.accountability.text)
        check("accountability.preamble", accountability.preamble, gold.accountability.preamble)
        checkCount("accountability.cases", accountability.cases.count, gold.accountability.cases.count)
        for (index, (mine, theirs)) in zip(accountability.cases, gold.accountability.cases).enumerated() {
            check("accountability.cases[\(index)].text", mine.text, theirs.text)
            if mine.no != theirs.no { found.append("accountability.cases[\(index)].no: expected \(theirs.no), got \(mine.no)") }
        }
        return found
    }

    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{3000}" }))
    }
}
