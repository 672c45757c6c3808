import Crypto
import ItemSegmentation
import ListSplitting
import OCR
import PowerListModel

/// The one way from an input to a `PowerListDocument`: the reader its bytes
/// call for makes a `Table`; the items are segmented, the lists in their cells
/// split, and what the whole document teaches applied (step labels it uses
/// elsewhere). The converter, the fuzz harnesses and the tests all come
/// through here, so no caller can leave a step out.
public enum Pipeline {
    /// What each stage made of one input.
    public struct Run: Sendable {
        public var table: Table
        public var segmented: SegmentedList
        public var document: PowerListDocument
    }

    /// Reads `bytes` as `options.format` says (sniffing it for `.auto`) and runs
    /// every stage; `path`, when given, is where the bytes came from (PDFs are
    /// opened by path).
    public static func run(
        bytes: [UInt8], fileName: String, path: String? = nil, options: ConversionOptions = ConversionOptions()
    ) throws(ConversionError) -> Run {
        guard bytes.contains(where: { !InputSniffer.isWhitespace($0) }) else {
            throw ConversionError(.empty, bytes.isEmpty ? "empty file" : "the file holds only white space")
        }
        let (table, format) = try Readers.table(bytes: bytes, fileName: fileName, path: path, options: options)
        let source = SourceInfo(file: fileName, sha256: sha256(bytes), format: format, pages: table.pageCount)
        return try run(table, source: source, keepsProvenance: options.provenance)
    }

    /// Every stage after the reader, on a reader's table. Items carry where
    /// their fields were read from only when `keepsProvenance`.
    public static func run(_ table: Table, source: SourceInfo, keepsProvenance: Bool = false) throws(ConversionError) -> Run {
        // Tesseract's own word list checks what it read; printed text is never checked.
        let list = ItemSegmenter.segment(table, lexicon: table.hasRecognizedText ? RecognitionLexicon.chinese : nil)
        guard !list.items.isEmpty else {
            throw ConversionError(.notAPowerList, "the table has a power-list header but no item rows")
        }
        if let illegible = RecognitionDiagnostics.illegibleTable(table, items: list.items) {
            throw ConversionError(.notAPowerList, illegible)
        }
        // Recognized text's doubt is known only from the table's cells.
        var diagnostics = list.diagnostics + RecognitionDiagnostics.lowConfidence(table, items: list.items)
        var items = KnownStepLabels.apply(to: list.items.map { segmented -> Item in
            var (item, found) = ListSplitter.split(segmented)
            diagnostics += found
            if !keepsProvenance { item.provenance = nil }
            return item
        })
        // Steps and cases whose separators OCR lost; printed text is split as printed.
        if table.hasRecognizedText { items = JoinedCases.apply(to: RepeatedClosingStep.apply(to: RunOnStepLabels.apply(to: items))) }
        let document = PowerListDocument(
            source: source, list: list.facts, summary: list.summary, items: items,
            diagnostics: diagnostics.sortedForOutput()
        )
        return Run(table: table, segmented: list, document: document)
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
