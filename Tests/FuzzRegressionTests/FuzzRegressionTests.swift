import FuzzHarness
import Foundation
import TestSupport
import Testing

/// Every input a fuzzer found crashing, hanging or breaking an invariant,
/// replayed through the fuzz target's own entry point. Each one lives in
/// `Tests/Fixtures/fuzz-regressions/<target>/`; `scripts/fuzz` explains how
/// to add one.
@Suite struct FuzzRegressionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let target: FuzzTarget
        let file: String
        var testDescription: String { "\(target.rawValue)/\(file)" }
    }

    static let directory = "fuzz-regressions"

    static let cases: [Case] = FuzzTarget.allCases.flatMap { target in
        Fixtures.names(in: "\(directory)/\(target.rawValue)", endingWith: "").map { Case(target: target, file: $0) }
    }

    /// A hang used to be minutes; a debug build under a loaded machine takes well under this.
    static let timeBudget: Duration = .seconds(10)

    @Test(arguments: cases)
    func replaysWithoutBreakingAnInvariant(_ regression: Case) throws {
        let bytes = try Fixtures.bytes("\(Self.directory)/\(regression.target.rawValue)/\(regression.file)")
        var outcome: FuzzOutcome?
        let elapsed = ContinuousClock().measure { outcome = regression.target.run(bytes) }
        #expect(outcome?.violations == [])
        #expect(elapsed < Self.timeBudget)
    }

    @Test func everyRegressionDirectoryNamesAFuzzTarget() throws {
        let root = Fixtures.path(Self.directory)
        let directories = try FileManager.default.contentsOfDirectory(atPath: root).filter { !$0.hasPrefix(".") }
        #expect(directories.filter { FuzzTarget(rawValue: $0) == nil } == [])
        #expect(!Self.cases.isEmpty)
    }
}

/// The harness drives the real pipeline: the seed exports come through it
/// whole, every invariant holding, with as many items as their gold files.
@Suite struct FuzzHarnessTests {
    @Test(arguments: [
        (FuzzTarget.tabSeparated, "000_53652f109c077542"),
        (FuzzTarget.flowText, "002_87517433289be30b"),
    ])
    func seedExportsPassEveryInvariant(_ target: FuzzTarget, _ seed: String) throws {
        let gold = try Fixtures.json("seeds/\(seed).gold.json")
        let itemCount = try #require(gold["items"]?.arrayValue).count
        let outcome = target.run(try Fixtures.bytes("seeds/\(seed).txt"))
        #expect(outcome == FuzzOutcome(.produced("\(itemCount) items")))
    }

    @Test func splitterInputSpellsCellsOutOfControlBytes() {
        // 0x04: 实施依据, list item; 0x09: 责任事项, after a space; 0x02: 追责情形.
        let item = SplitterInput.item(from: Array("\u{04}1、甲\n\u{09}受理\n\u{02}有下列情形的\n\n".utf8))
        #expect(item.basis?.lines == [.init("1、甲", startsListItem: true)])
        #expect(item.responsibilities?.lines == [.init("受理", followsSpace: true)])
        #expect(item.accountability?.lines == [.init("有下列情形的")])
    }

    @Test func validInputsComeThroughIntact() {
        #expect(FuzzTarget.jsonParser.run(Array("[1, {\"a\": null}]".utf8)) == FuzzOutcome(.produced("a JSON value")))
        #expect(FuzzTarget.textDecoder.run([0xFF, 0xFE, 0x41, 0x00]) == FuzzOutcome(.produced("UTF-16LE, 1 scalars")))
    }
}
