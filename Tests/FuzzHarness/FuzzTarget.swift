import PowerListModel

/// One public entry point under fuzzing. The raw value names the target's
/// libFuzzer executable's corpus and its regression inputs
/// (`Tests/Fixtures/fuzz-regressions/<rawValue>/`), so a crash found by the
/// fuzzer replays in the tests through exactly the same code.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A non-layout PDF text dump through the whole text pipeline.
    case flowText = "flow-text"
    /// A tab-separated table export (cells with HTML) through the whole text pipeline.
    case tabSeparated = "tab-separated"
    /// `pdftotext -layout` text through the whole text pipeline.
    case layoutText = "layout-text"
    /// `ListSplitter.split` on cells built from the input (`SplitterInput`).
    case listSplitter = "list-splitter"
    /// `TextDecoder.decode` on raw bytes.
    case textDecoder = "text-decoder"
    /// `JSONParser.parse` and a canonical round trip.
    case jsonParser = "json-parser"

    public func run(_ bytes: [UInt8]) -> FuzzOutcome {
        switch self {
        case .flowText: TextPipelineHarness.run(bytes, format: .flow)
        case .tabSeparated: TextPipelineHarness.run(bytes, format: .tsv)
        case .layoutText: TextPipelineHarness.run(bytes, format: .layout)
        case .listSplitter: SplitterHarness.run(bytes)
        case .textDecoder: DecoderHarness.run(bytes)
        case .jsonParser: JSONHarness.run(bytes)
        }
    }

    /// The body of `LLVMFuzzerTestOneInput`: a broken invariant is a crash, so
    /// libFuzzer keeps the input like any other crashing one.
    public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let outcome = run(bytes)
        if !outcome.violations.isEmpty {
            fatalError("\(rawValue): " + outcome.violations.joined(separator: "; "))
        }
        return 0
    }
}
