// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets, one executable per public entry point. Built apart from
// the main package because every target must be compiled with
// `--sanitize=fuzzer`; `scripts/fuzz` builds and runs them. Each executable
// only hands libFuzzer's bytes to `FuzzHarness` (in the main package), which
// the regression tests replay through too.
let fuzzers: [(executable: String, target: String)] = [
    ("FlowTextFuzzer", "flowText"),
    ("TabSeparatedFuzzer", "tabSeparated"),
    ("LayoutTextFuzzer", "layoutText"),
    ("ListSplitterFuzzer", "listSplitter"),
    ("TextDecoderFuzzer", "textDecoder"),
    ("JSONParserFuzzer", "jsonParser"),
]

let package = Package(
    name: "QZQDFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "qzqd", path: "..")],
    targets: fuzzers.map { fuzzer in
        .executableTarget(name: fuzzer.executable, dependencies: [.product(name: "FuzzHarness", package: "qzqd")])
    }
)
