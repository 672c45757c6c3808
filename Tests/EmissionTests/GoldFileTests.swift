import CanonicalJSON
import Emission
import PowerListModel
import Testing
import TestSupport

/// Every gold file survives decode → encode → write unchanged, and meets the schema.
@Suite struct GoldFileTests {
    static let goldFiles = ["seeds/", "corpus/"].flatMap { directory in
        Fixtures.names(in: directory, endingWith: ".gold.json").map { directory + $0 }
    }

    @Test func findsTheGoldFiles() {
        #expect(Self.goldFiles.count == 4)
    }

    @Test(arguments: goldFiles)
    func roundTripsThroughTheModel(_ relative: String) throws {
        let gold = try Fixtures.json(relative)
        let document = try DocumentDecoder.decode(gold)
        let encoded = DocumentEncoder.encode(document)
        let diffs = JSONDiff.differences(expected: gold, actual: encoded)
        #expect(diffs.isEmpty, "\(diffs.prefix(20).joined(separator: "\n"))")

        let written = try DocumentEmitter.emit(document)
        #expect(try JSONParser.parse(written) == gold)
        #expect(written == (try CanonicalJSONWriter.pretty(gold)))
        #expect(try JSONParser.parse(DocumentEmitter.emit(document, style: .jcs)) == gold)
    }

    @Test(arguments: goldFiles)
    func meetsTheSchema(_ relative: String) throws {
        let errors = PowerListSchema.validator.validate(try Fixtures.json(relative))
        #expect(errors.isEmpty, "\(errors.prefix(20).map(\.description).joined(separator: "\n"))")
    }

    @Test func keepsDiagnosticCodesItDoesNotKnow() throws {
        let document = try DocumentDecoder.decode(Fixtures.json("corpus/zhao-yibao.gold.json"))
        let codes = Set(document.diagnostics.map(\.code))
        #expect(codes.contains(DiagnosticCode(rawValue: "cell-text-gap")))
        #expect(codes.contains(.summaryCategoryMismatch))
    }
}
