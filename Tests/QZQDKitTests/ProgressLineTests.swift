@testable import QZQDKit
import Testing

@Suite struct ProgressLineTests {
    @Test func countsFailuresAndEstimatesTheTimeLeftFromConvertedBytes() {
        let start = ContinuousClock.now
        var state = ProgressState(total: 12, totalBytes: 1000, start: start)
        #expect(state.statusLine(now: start) == " 0/12")
        state.record(BatchInput(path: "a.pdf", output: "a.json", size: 100), .failed("a.pdf", sha256: nil, FileFailure(code: "empty", message: ""), durationSeconds: 0))
        var skipped = ManifestEntry.failed("b.pdf", sha256: nil, FileFailure(code: "", message: ""), durationSeconds: 0)
        skipped.status = .skipped
        state.record(BatchInput(path: "b.pdf", output: "b.json", size: 400), skipped)
        // 100 converted bytes took 10 s; 500 bytes are left.
        #expect(state.statusLine(now: start + .seconds(10)) == " 2/12  1 failed  ETA 0:50")
    }

    @Test func fitsCJKPathsIntoTerminalColumns() {
        #expect(TerminalText.width("河北/a.pdf") == 10)
        #expect(TerminalText.keepingEnd("河北省/赵县/医疗保障局.pdf", columns: 16) == "…/医疗保障局.pdf")
        #expect(TerminalText.keepingEnd("short.pdf", columns: 16) == "short.pdf")
        #expect(TerminalText.grouped(1_234_567) == "1,234,567")
        #expect(TerminalText.clock(3725) == "1:02:05")
        #expect(TerminalText.clock(75) == "1:15")
    }
}
