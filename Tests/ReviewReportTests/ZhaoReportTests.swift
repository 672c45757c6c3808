import Foundation
import QZQDKit
import Testing
import TestSupport

/// The report of the 27-page county list: every item and page there, within the size budget.
@Suite struct ZhaoReportTests {
    static let maximumBytes = 15 * 1024 * 1024

    @Test func showsEveryItemAndPageWithinTheSizeBudget() throws {
        let made = try ReviewReportFile.make(fileAt: Fixtures.path("corpus/zhao-yibao.pdf"), options: ConversionOptions())
        let html = String(decoding: made.html, as: UTF8.self)
        #expect(ReviewReportHTMLTests.count("<tr id=\"item-", in: html) == 26)
        #expect(ReviewReportHTMLTests.count("<img ", in: html) == 27)
        #expect(made.html.count <= Self.maximumBytes, "report is \(made.html.count) bytes")
        // Every item's name has its box on a page.
        for index in 0..<26 {
            #expect(html.contains("data-item=\"\(index)\" data-field=\"name\" style=\"left:"), "item \(index) has no name box")
        }
        // The JSON beside it is the ordinary output: no provenance unless asked.
        #expect(made.output.document.items.allSatisfy { $0.provenance == nil })
        #expect(!String(decoding: made.output.json, as: UTF8.self).contains("\"provenance\""))
    }
}
