// swift-tools-version: 6.0
import PackageDescription

// Many readers, one table, one pipeline after it, around a small shared model:
//   Readers (PDF, layout text, flow text, structured tables …) → Table
//   → ItemSegmentation → ListSplitting → Emission
// QZQDKit is the one pipeline entry point (and runs batches); `qzqd` only parses arguments and prints.
// Outputs (DataExport, EditionDiff) take finished documents elsewhere: SQLite, CSV, JSON Lines, a diff.
let package = Package(
    name: "qzqd",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "QZQDKit", targets: ["QZQDKit", "DataExport", "EditionDiff", "ReviewReport"]),
        // The entry points the fuzzers in Fuzz/ drive (a separate package, built with -sanitize=fuzzer).
        .library(name: "FuzzHarness", targets: ["FuzzHarness"]),
        .executable(name: "qzqd", targets: ["qzqd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // Tests only: reads the CSV export back with a real parser.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .target(name: "PowerListModel"),
        .target(name: "CanonicalJSON"),
        .target(name: "JSONSchemaValidation", dependencies: ["CanonicalJSON"]),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Tesseract's C API and Leptonica (its image library): scanned pages.
        // Their headers only (libtesseract-dev puts them in /usr/include): the
        // libraries are opened when a page first needs OCR (CTesseractLoader).
        .systemLibrary(name: "CTesseract"),
        .target(name: "CTesseractLoader"),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TextExtraction", dependencies: ["PowerListModel"], path: "Sources/Readers/Text"),
        // Readers of formats that delimit their own cells, each producing a StructuredDocument.
        .target(name: "MarkupParsing", dependencies: ["CLibXML2"], path: "Sources/Readers/Markup"),
        .target(
            name: "OfficeReaders",
            dependencies: ["PowerListModel", "MarkupParsing", "ChildProcesses", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/Readers/Office"
        ),
        .target(name: "ChildProcesses", path: "Sources/Support/ChildProcesses"),
        .target(name: "WebReaders", dependencies: ["PowerListModel", "MarkupParsing"], path: "Sources/Readers/Web"),
        .target(name: "PortalText", dependencies: ["PowerListModel", "WebReaders"], path: "Sources/Readers/PortalText"),
        .target(name: "DelimitedReaders", dependencies: ["PowerListModel", "WebReaders", "TextExtraction"], path: "Sources/Readers/Delimited"),
        .target(name: "FormatSniffing", dependencies: ["OfficeReaders", "DelimitedReaders", "TextExtraction", "PortalText"], path: "Sources/Readers/Sniffing"),
        .target(name: "PDFExtraction", dependencies: ["PowerListModel", "CPoppler"], path: "Sources/Readers/PDF"),
        .target(name: "GeometricTables", dependencies: ["PowerListModel"], path: "Sources/Readers/Geometry"),
        // Scanned pages: drawn by Poppler, recognized by Tesseract into the glyphs GeometricTables reads.
        .target(name: "OCR", dependencies: ["PowerListModel", "PDFExtraction", "CPoppler", "CTesseract", "CTesseractLoader"], path: "Sources/Readers/OCR"),
        .target(name: "LayoutText", dependencies: ["PowerListModel", "GeometricTables"], path: "Sources/Readers/LayoutText"),
        .target(name: "FlowText", dependencies: ["PowerListModel"], path: "Sources/Readers/FlowText"),
        .target(name: "StructuredTables", dependencies: ["PowerListModel"], path: "Sources/Readers/Structured"),
        .target(name: "ItemSegmentation", dependencies: ["PowerListModel"]),
        .target(name: "ListSplitting", dependencies: ["PowerListModel"]),
        .target(
            name: "Emission", dependencies: ["PowerListModel", "CanonicalJSON", "JSONSchemaValidation"],
            resources: [.embedInCode("Resources/power-list.schema.json")]
        ),
        .target(
            name: "DataExport",
            dependencies: ["PowerListModel", "CanonicalJSON", "Emission", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/Outputs/Export"
        ),
        .target(name: "EditionDiff", dependencies: ["PowerListModel", "CanonicalJSON"], path: "Sources/Outputs/Diff"),
        // One self-contained HTML page for reviewing a conversion: pages drawn by Poppler, boxes, items, diagnostics.
        .target(name: "ReviewReport", dependencies: ["PowerListModel", "PDFExtraction", "CPoppler"], path: "Sources/Outputs/Report"),
        .target(
            name: "QZQDKit",
            dependencies: [
                "PowerListModel", "TextExtraction", "PDFExtraction", "GeometricTables", "LayoutText", "FlowText",
                "StructuredTables", "OfficeReaders", "WebReaders", "DelimitedReaders", "PortalText", "FormatSniffing",
                "ItemSegmentation", "ListSplitting", "Emission", "CanonicalJSON", "DataExport", "EditionDiff", "ChildProcesses", "OCR",
                "ReviewReport",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "qzqd",
            dependencies: ["QZQDKit", "DataExport", "EditionDiff", "PowerListModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["CanonicalJSON", "PowerListModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"
        ),
        .target(
            name: "FuzzHarness",
            dependencies: ["PowerListModel", "TextExtraction", "ListSplitting", "Emission", "CanonicalJSON", "QZQDKit"],
            path: "Tests/FuzzHarness"
        ),
        .testTarget(
            name: "CanonicalJSONTests",
            dependencies: ["CanonicalJSON", "TestSupport", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "JSONSchemaValidationTests", dependencies: ["JSONSchemaValidation", "CanonicalJSON", "TestSupport"]),
        .testTarget(name: "PowerListModelTests", dependencies: ["PowerListModel"]),
        .testTarget(name: "TextExtractionTests", dependencies: ["TextExtraction", "TestSupport"]),
        .testTarget(name: "PDFExtractionTests", dependencies: ["PDFExtraction", "TestSupport"]),
        .testTarget(name: "OCRTests", dependencies: ["OCR", "CTesseract", "PowerListModel", "GeometricTables", "TestSupport"]),
        .testTarget(
            name: "ReaderTests",
            dependencies: [
                "GeometricTables", "LayoutText", "FlowText", "StructuredTables", "DelimitedReaders", "TextExtraction", "PDFExtraction", "TestSupport",
            ]
        ),
        .testTarget(name: "ItemSegmentationTests", dependencies: ["ItemSegmentation", "QZQDKit", "TestSupport"]),
        .testTarget(name: "RuleExampleTests", dependencies: ["PowerListModel", "ItemSegmentation", "ListSplitting", "TestSupport"]),
        .testTarget(name: "OfficeReadersTests", dependencies: ["OfficeReaders", "PowerListModel", "TestSupport"]),
        .testTarget(name: "WebReadersTests", dependencies: ["WebReaders", "PowerListModel", "TestSupport"]),
        .testTarget(name: "PortalTextTests", dependencies: ["PortalText", "StructuredTables", "PowerListModel", "TestSupport"]),
        .testTarget(name: "DelimitedReadersTests", dependencies: ["DelimitedReaders", "PowerListModel", "TestSupport"]),
        .testTarget(
            name: "FormatSniffingTests",
            dependencies: ["FormatSniffing", "OfficeReaders", "WebReaders", "DelimitedReaders", "PowerListModel", "CanonicalJSON", "TestSupport"]
        ),
        .testTarget(name: "ListSplittingTests", dependencies: ["ListSplitting", "TestSupport"]),
        .testTarget(name: "EmissionTests", dependencies: ["Emission", "CanonicalJSON", "TestSupport"]),
        .testTarget(
            name: "DataExportTests",
            dependencies: [
                "DataExport", "Emission", "CanonicalJSON", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .testTarget(name: "EditionDiffTests", dependencies: ["EditionDiff", "Emission", "CanonicalJSON", "TestSupport"]),
        .testTarget(name: "ReviewReportTests", dependencies: ["ReviewReport", "QZQDKit", "PowerListModel", "CPoppler", "TestSupport"]),
        .testTarget(
            name: "QZQDKitTests",
            dependencies: ["QZQDKit", "PowerListModel", "DataExport", "CanonicalJSON", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["QZQDKit", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzHarness", "ItemSegmentation", "PowerListModel", "TestSupport"]),
    ]
)
