@testable import OCR
import Testing

/// `——` read as `一一` (or one `一`): the ink under it runs on for two ems.
@Suite struct DashRunsTests {
    /// Symbols of `text` 10 pixels apart in an em of 10, and one ink run (left, length).
    func corrected(_ text: String, run: (left: Int, length: Int)?) -> String {
        var line = CorrectionExample(text, "").recognizedLines[0]
        DashRuns.apply(to: &line, em: 10) { box in
            guard let run, box.left < run.left + run.length, box.right > run.left else { return nil }
            return run
        }
        return line.words.flatMap { $0.symbols.map(\.text) }.joined()
    }

    @Test func aLongRunUnderOneOrTwo一IsALineOfDashes() {
        #expect(corrected("主项）一一参保", run: (30, 20)) == "主项）——参保")
        #expect(corrected("主项）一参保", run: (30, 21)) == "主项）——参保")
        // The line's end read as `_`: on the run, it is the run.
        #expect(corrected("主项）——_参保", run: (30, 21)) == "主项）——参保")
        #expect(corrected("主项）——参_保", run: (30, 21)) == "主项）——参_保")
    }

    @Test func 一WithAStrokeNoLongerThanAnEmStays() {
        #expect(corrected("一次性支取", run: (0, 8)) == "一次性支取")
        #expect(corrected("一一对应", run: nil) == "一一对应")
    }
}
