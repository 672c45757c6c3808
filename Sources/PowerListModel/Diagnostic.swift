/// Something a reader of the output should know that the data does not show:
/// an inferred value, a repair, a disagreement, a doubt. Codes are stable:
/// downstream systems filter on them.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Equatable, Comparable {
        case error
        case warning
        case info

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .info: 2
            }
        }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    /// The item it concerns, or `nil` for document-level findings.
    public var seq: Int?
    public var message: String

    public init(_ severity: Severity, _ code: DiagnosticCode, seq: Int?, _ message: String) {
        self.severity = severity
        self.code = code
        self.seq = seq
        self.message = message
    }
}

/// A stable kebab-case code naming what a diagnostic is about. The vocabulary is
/// open (SPEC.md: "other codes may be added"), so a document written by another
/// version still decodes with codes this one does not know; the static members
/// are the codes this version emits.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    // SPEC.md's mechanical codes.
    public static let seqInferred = DiagnosticCode(rawValue: "seq-inferred")
    public static let cellFilledFromSummary = DiagnosticCode(rawValue: "cell-filled-from-summary")
    public static let subjectInferred = DiagnosticCode(rawValue: "subject-inferred")
    public static let emptyCell = DiagnosticCode(rawValue: "empty-cell")
    public static let summarySeqMismatch = DiagnosticCode(rawValue: "summary-seq-mismatch")
    public static let summaryNameMismatch = DiagnosticCode(rawValue: "summary-name-mismatch")
    public static let summaryCategoryMismatch = DiagnosticCode(rawValue: "summary-category-mismatch")
    public static let summaryCountMismatch = DiagnosticCode(rawValue: "summary-count-mismatch")
    public static let summaryTotalMismatch = DiagnosticCode(rawValue: "summary-total-mismatch")
    public static let unknownCategory = DiagnosticCode(rawValue: "unknown-category")
    public static let cellTruncated = DiagnosticCode(rawValue: "cell-truncated")
    // Findings of our own.
    /// A 权力事项 or 行政主体 the row lost and nothing could repair: left empty.
    public static let cellMissing = DiagnosticCode(rawValue: "cell-missing")
    /// A subject printed glued to the name was separated using the summary's name.
    public static let subjectSeparated = DiagnosticCode(rawValue: "subject-separated")
    public static let seqGap = DiagnosticCode(rawValue: "seq-gap")
    public static let seqDuplicate = DiagnosticCode(rawValue: "seq-duplicate")
    public static let citationArticleUnparsed = DiagnosticCode(rawValue: "citation-article-unparsed")
    public static let textUnassigned = DiagnosticCode(rawValue: "text-unassigned")
    public static let summaryEntryUnmatched = DiagnosticCode(rawValue: "summary-entry-unmatched")
    public static let encodingFallback = DiagnosticCode(rawValue: "encoding-fallback")
    public static let mergedCellPropagated = DiagnosticCode(rawValue: "merged-cell-propagated")
    /// The list prints no type for its rows; the summary's category was taken.
    public static let categoryInferred = DiagnosticCode(rawValue: "category-inferred")
    /// The list has no 行政主体 column: the owner its title names was taken.
    public static let subjectFromTitle = DiagnosticCode(rawValue: "subject-from-title")
    /// The summary prints no total: the sum of its categories' declared counts was taken.
    public static let summaryTotalFromGroups = DiagnosticCode(rawValue: "summary-total-from-groups")
    /// A summary entry's 序号 could not be read (a scan): inferred from its neighbours'.
    public static let summarySeqInferred = DiagnosticCode(rawValue: "summary-seq-inferred")
    /// A PDF page at the document's edge whose text layer does not decode was read as blank.
    public static let pageTextUndecodable = DiagnosticCode(rawValue: "page-text-undecodable")
    /// Pages without a text layer were read by OCR (SPEC.md: seq null, naming the pages).
    public static let ocrText = DiagnosticCode(rawValue: "ocr-text")
    /// Cells of an item that OCR read with low confidence.
    public static let ocrLowConfidence = DiagnosticCode(rawValue: "ocr-low-confidence")
    /// OCR read an item's name differently in the summary and the detail row;
    /// the document's own spelling chose between the readings (both named).
    public static let ocrNameChosen = DiagnosticCode(rawValue: "ocr-name-chosen")
    /// OCR read a character of a name (a row's or the summary's) where the
    /// rest of the document spells another between the same neighbours, and
    /// only the other makes a word; the document's was taken (the reading named).
    public static let ocrNameRespelled = DiagnosticCode(rawValue: "ocr-name-respelled")
    /// OCR read an item's 行政主体 one character away from the spelling most
    /// other rows print; that spelling was taken (the reading named).
    public static let ocrSubjectChosen = DiagnosticCode(rawValue: "ocr-subject-chosen")
    /// OCR read an item's 备注 one character (making no word) away from the
    /// spelling other rows print decisively; that spelling was taken (the reading named).
    public static let ocrRemarksChosen = DiagnosticCode(rawValue: "ocr-remarks-chosen")
    /// OCR read the list's title one character away from the 行政主体 its
    /// rows print; the rows' spelling was taken (the reading named).
    public static let ocrTitleChosen = DiagnosticCode(rawValue: "ocr-title-chosen")
    /// OCR read a unit of the list's region (from its title) as no place of
    /// China; the place one character away was taken (the reading named).
    public static let ocrRegionChosen = DiagnosticCode(rawValue: "ocr-region-chosen")
    /// OCR read a name with a stretch one character away from the list's own
    /// place name; the place's spelling was taken (the reading named).
    public static let ocrPlaceNameChosen = DiagnosticCode(rawValue: "ocr-place-name-chosen")
    /// OCR read an item's 权力类型 (its cell or the section heading above it)
    /// as no canonical category, one character away from the canonical one
    /// the summary files the item under; the summary's was taken (the reading named).
    public static let ocrCategoryChosen = DiagnosticCode(rawValue: "ocr-category-chosen")
    /// OCR read the list's title as nothing a title could be; the title is
    /// null, and region and department come from the 行政主体 most rows print.
    public static let ocrTitleUnreadable = DiagnosticCode(rawValue: "ocr-title-unreadable")
    /// OCR misread the number 1 a recognized list (实施依据, 责任事项, 追责情形)
    /// opens with (`1]、`, `上《`); the list's `2` after it gave its style, and
    /// the cell's text keeps the reading (named). Or nothing of it was read,
    /// and the cell's `2` and `3` opened the list.
    public static let ocrNumberingRead = DiagnosticCode(rawValue: "ocr-numbering-read")

    /// SPEC.md's codes with a mechanical trigger: downstream systems filter on
    /// them, and the scorer's `diagnostics~f1` matches them by code and seq.
    public static let mechanical: Set<DiagnosticCode> = [
        .seqInferred, .cellFilledFromSummary, .subjectInferred, .emptyCell, .summarySeqMismatch, .summaryNameMismatch,
        .summaryCategoryMismatch, .summaryCountMismatch, .summaryTotalMismatch, .unknownCategory, .cellTruncated,
    ]

    /// The codes this version emits.
    public static let allCases: [DiagnosticCode] = [
        .seqInferred, .cellFilledFromSummary, .subjectInferred, .emptyCell, .summarySeqMismatch,
        .summaryNameMismatch, .summaryCategoryMismatch, .summaryCountMismatch, .summaryTotalMismatch,
        .unknownCategory, .cellTruncated, .cellMissing, .subjectSeparated, .seqGap, .seqDuplicate, .citationArticleUnparsed,
        .textUnassigned, .summaryEntryUnmatched, .encodingFallback, .mergedCellPropagated, .categoryInferred,
        .subjectFromTitle, .summarySeqInferred,
        .pageTextUndecodable, .ocrText, .ocrLowConfidence, .ocrNameChosen, .ocrSubjectChosen, .ocrRemarksChosen, .ocrTitleChosen, .ocrRegionChosen,
        .ocrPlaceNameChosen, .ocrCategoryChosen, .ocrTitleUnreadable, .ocrNumberingRead, .ocrNameRespelled,
    ]
}

extension Array where Element == Diagnostic {
    /// Document order: by item (document-level findings last), then by severity, then code.
    public func sortedForOutput() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let sa = a.element.seq ?? Int.max, sb = b.element.seq ?? Int.max
            if sa != sb { return sa < sb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
