import PowerListModel

/// What a document read by OCR must say about it (SPEC.md): recognized text
/// is not printed text.
public enum RecognitionDiagnostics {
    /// `ocr-text`: which pages were recognized, and how sure Tesseract was of them.
    public static func recognizedText(_ pages: [RecognizedPage]) -> Diagnostic {
        let numbers = pages.map(\.glyphs.number)
        let confidences = pages.flatMap { $0.glyphs.glyphs.compactMap(\.confidence) }
        let mean = confidences.isEmpty ? 0 : Double(confidences.reduce(0) { $0 + Int($1) }) / Double(confidences.count)
        let reread = pages.reduce(0) { $0 + $1.reread }, mended = pages.reduce(0) { $0 + $1.mended }
        let lookAlikes = pages.reduce(0) { $0 + $1.lookAlikes }
        let mendings = [
            reread > 0 ? "\(reread)个不成词的字符经重新识别校正" : nil, mended > 0 ? "\(mended)个低置信度字符按全文用字校正" : nil,
            lookAlikes > 0 ? "\(lookAlikes)个不成词的形近字按词语校正" : nil,
        ].compactMap { $0 }
        let mending = mendings.isEmpty ? "" : "，其中" + mendings.joined(separator: "、")
        let read = confidences.isEmpty ? "未识别出文字" : "文字经OCR识别，平均置信度\(Int(mean.rounded()))%\(mending)，可能有误"
        return Diagnostic(.warning, .ocrText, seq: nil, "第\(PageRanges.describe(numbers))页无文字层（扫描图像），\(read)")
    }
}

extension RecognitionDiagnostics {
    /// A cell holding a character Tesseract was less sure of than this
    /// (percent) is doubtful. Tesseract is 90–100% sure of most characters it
    /// reads right; most it misreads (`骗` as `允`, 36%) fall below.
    public static let doubtfulBelow: UInt8 = 70
    /// A character read below this (percent) that makes no word with its
    /// neighbours is suspect, though not doubtful: Tesseract misreads some
    /// characters at 80–94% (`隐眶`, `生育梨险`).
    static let unsureBelow: UInt8 = 95

    /// `ocr-low-confidence`, one per item with doubtful cells: each cell's
    /// least sure line, under its column's printed title, and how sure
    /// Tesseract was of it. Item segmentation makes one item of each detail
    /// row, in order: `items` are those of `table.rows`.
    public static func lowConfidence(_ table: Table, items: [SegmentedItem]) -> [Diagnostic] {
        zip(table.rows, items).compactMap { row, item in
            let doubtful = doubtfulCells(of: row, in: table).map { column, text, confidence in "\(column.title)“\(text)”（\(confidence)%）" }
            guard !doubtful.isEmpty else { return nil }
            return Diagnostic(.warning, .ocrLowConfidence, seq: item.seq, "第\(item.seq)项OCR识别置信度低的单元格：\(doubtful.joined(separator: "；"))，请核对原件")
        }
    }

    /// The cells of `row` holding a line Tesseract was less sure of than
    /// `doubtfulBelow`, each with its least sure line.
    static func doubtfulCells(of row: TableRow, in table: Table) -> [(column: Column, text: String, confidence: UInt8)] {
        table.columns.compactMap { column in
            let recognized = row[column.role].lines.compactMap { line in line.confidence.map { (line.text, $0) } }
            guard let (text, confidence) = recognized.min(by: { $0.1 < $1.1 }), confidence < doubtfulBelow else { return nil }
            return (column, text, confidence)
        }
    }
}

extension RecognitionDiagnostics {
    /// Why a scanned table cannot be given out as read, or nil: OCR did not
    /// make out the table (print too small or too faint, columns run
    /// together, print touching the rules), and its items would be noise:
    /// the document is an error, not a quiet result (SPEC.md).
    public static func illegibleTable(_ table: Table, items: [SegmentedItem]) -> String? {
        let recognized = zip(table.rows, items).filter { row, _ in row[.seq].isRecognized || row[.name].isRecognized }
        guard recognized.count >= 3 else { return nil }
        return unnumberedTable(table, rows: recognized) ?? doubtfulTable(table, rows: recognized.map(\.0))
    }

    /// Most recognized rows have neither a readable 序号 nor a known 权力类型
    /// (a table without a 权力类型 column: no readable 序号; without a 序号
    /// column, its 序号 title misread too: no known 权力类型).
    private static func unnumberedTable(_ table: Table, rows: [(TableRow, SegmentedItem)]) -> String? {
        let roles = Set(table.columns.map(\.role))
        let hasSeq = roles.contains(.seq), hasCategory = roles.contains(.category)
        guard hasSeq || hasCategory else { return nil }
        let unreadable = rows.count { _, item in
            (!hasSeq || item.seqSource == .inferred) && (!hasCategory || item.categoryRaw.map { PowerCategory.canonicalize($0) == nil } ?? true)
        }
        guard 2 * unreadable > rows.count else { return nil }
        let shown = switch (hasSeq, hasCategory) {
        case (true, true): "neither a readable 序号 nor a known 权力类型"
        case (true, false): "no readable 序号"
        default: "no known 权力类型 (and the table no 序号 column)"
        }
        return "OCR could not make out the scanned table: \(unreadable) of \(rows.count) rows show \(shown) (print too small or too faint for OCR?)"
    }

    /// Rows OCR was unsure of need checking by hand; a table most of whose
    /// rows are (print touching the rules, each cell's first and last lines
    /// misread) is noise, not a list to check. A well-read scan holds
    /// doubtful cells in a third of its rows at most (a 5 pt spreadsheet
    /// print: 9 of 26); one set tight against its rules, in 15 of 16.
    static let doubtfulRowsShare = 2.0 / 3

    private static func doubtfulTable(_ table: Table, rows: [TableRow]) -> String? {
        let doubtful = rows.count { !doubtfulCells(of: $0, in: table).isEmpty }
        guard Double(doubtful) > doubtfulRowsShare * Double(rows.count) else { return nil }
        return "OCR could not make out the scanned table: \(doubtful) of \(rows.count) rows hold cells it was unsure of (print too small, too faint or touching the rules?)"
    }
}

/// Page numbers as a reader writes them: `1-3、5、7-9`.
enum PageRanges {
    static func describe(_ numbers: [Int]) -> String {
        var ranges: [ClosedRange<Int>] = []
        for number in Set(numbers).sorted() {
            if let last = ranges.last, last.upperBound + 1 == number {
                ranges[ranges.count - 1] = last.lowerBound...number
            } else {
                ranges.append(number...number)
            }
        }
        return ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: "、")
    }
}
