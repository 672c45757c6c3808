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

/// The stable vocabulary of diagnostic codes (kebab-case on the wire).
public enum DiagnosticCode: String, Sendable, Equatable, CaseIterable {
    // SPEC.md's mechanical codes.
    case seqInferred = "seq-inferred"
    case cellFilledFromSummary = "cell-filled-from-summary"
    case subjectInferred = "subject-inferred"
    case emptyCell = "empty-cell"
    case summarySeqMismatch = "summary-seq-mismatch"
    case summaryNameMismatch = "summary-name-mismatch"
    case summaryCategoryMismatch = "summary-category-mismatch"
    case summaryCountMismatch = "summary-count-mismatch"
    case summaryTotalMismatch = "summary-total-mismatch"
    case unknownCategory = "unknown-category"
    case cellTruncated = "cell-truncated"
    // Findings of our own.
    case seqGap = "seq-gap"
    case seqDuplicate = "seq-duplicate"
    case citationArticleUnparsed = "citation-article-unparsed"
    case rowUnassigned = "row-unassigned"
    case textUnassigned = "text-unassigned"
    case summaryEntryUnmatched = "summary-entry-unmatched"
    case encodingFallback = "encoding-fallback"
    case rowContinued = "row-continued"
    case mergedCellPropagated = "merged-cell-propagated"
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
