import QZQDKit
import Testing

@Suite struct WorkerProtocolTests {
    @Test func requestsAndResultsAreOneLineEachAndRoundTrip() throws {
        let request = WorkerProtocol.Request(input: "in/县 \"a\".pdf", output: "out/县.json")
        let requestLine = WorkerProtocol.encode(request)
        #expect(requestLine.filter { $0 == UInt8(ascii: "\n") }.count == 1)
        #expect(WorkerProtocol.decodeRequest(Array(requestLine.dropLast())) == request)

        let summary = ConversionSummary(sha256: "ab", items: 3, diagnostics: DiagnosticCounts(error: 1, warning: 2, info: 3))
        let failure = FileFailure(code: "encrypted", message: "wrong password\nreally")
        for result: Result<ConversionSummary, FileFailure> in [.success(summary), .failure(failure)] {
            let line = WorkerProtocol.encode(result)
            #expect(line.last == UInt8(ascii: "\n"))
            #expect(!line.dropLast().contains(UInt8(ascii: "\n")))
            #expect(WorkerProtocol.decodeResult(Array(line.dropLast())) == result)
        }
    }

    @Test func anythingElseIsNoResult() {
        #expect(WorkerProtocol.decodeResult(Array("{\"converted\":{}}".utf8)) == nil)
        #expect(WorkerProtocol.decodeResult(Array("Fatal error".utf8)) == nil)
        #expect(WorkerProtocol.decodeRequest(Array("{}".utf8)) == nil)
    }
}
