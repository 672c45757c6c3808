import Foundation
import GRDB
import QZQDKit
import Testing
import TestSupport

// The example of Sources/QZQDKit/QZQDKit.docc/GettingStarted.md, compiled
// and run here; `articleShowsThisExample` keeps the two the same.
// example:begin
/// Converts the list at `path`, describes its items, and exports it into
/// `directory` as a SQLite database, a CSV file and a JSON Lines file.
func convertAndExport(listAt path: String, into directory: String) throws -> [String] {
    // Convert: read the file, rebuild its table, split its cells, validate.
    let document = try Converter.convert(fileAt: path).document

    // Read the items: one per row of the list, every cell split into its elements.
    // A list that prints no title, no type or no 责任事项 column has nil there.
    var lines = ["\(document.list.title ?? "(untitled)"): \(document.items.count) items"]
    for item in document.items {
        let steps = item.responsibilities?.steps.map { $0.name ?? "第\($0.no)步" } ?? []
        lines.append("\(item.seq) [\(item.category ?? "?")] \(item.name) — \(steps.joined(separator: "、"))")
    }

    // Export: database rows for the items and every provision, step and
    // case; one CSV row and one JSON line per item.
    let exporter = try DocumentExporter(targets: ExportTargets(
        sqlite: directory + "/lists.sqlite", csv: directory + "/items.csv", jsonl: directory + "/items.jsonl"
    ))
    try exporter.add(document)
    try exporter.finish()
    return lines
}
// example:end

@Suite struct GettingStartedExampleTests {
    @Test func exampleConvertsReadsAndExports() throws {
        let directory = try TemporaryDirectory()
        let lines = try convertAndExport(listAt: Fixtures.path("seeds/002_87517433289be30b.txt"), into: directory.path)
        #expect(lines.count == 27)
        #expect(lines[0] == "赵县医疗保障局权责清单: 26 items")
        #expect(lines[1] == "1 [行政处罚] 对用人单位不办理医疗保险登记的处罚 — 立案责任、调查责任、审查责任、告知责任、决定责任、送达责任、执行责任、第8步")
        let database = try DatabaseQueue(path: directory.path("lists.sqlite"))
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM items") } == 26)
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM steps") } == 139)
        #expect(directory.files() == ["items.csv", "items.jsonl", "lists.sqlite"])
    }

    @Test func articleShowsThisExample() throws {
        let source = String(decoding: try Fixtures.read(#filePath), as: UTF8.self)
        let example = try #require(source.components(separatedBy: "// example:begin\n").last?.components(separatedBy: "// example:end").first)
        let article = String(decoding: try Fixtures.read(Fixtures.packagePath("Sources/QZQDKit/QZQDKit.docc/GettingStarted.md")), as: UTF8.self)
        #expect(article.contains("```swift\nimport QZQDKit\n\n" + example + "```"))
    }
}
