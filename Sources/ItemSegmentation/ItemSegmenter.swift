import PowerListModel

/// Stage 3: turns a reader's table into items. Reads the list's facts and its
/// summary table, interprets every detail row under the section heading it
/// stands below, repairs what rows lost from the summary and the other rows,
/// and cross-checks the two tables.
public enum ItemSegmenter {
    /// `lexicon` settles what OCR read two ways where the document's own
    /// spelling does not (only recognized text is ever mended).
    public static func segment(_ table: Table, lexicon: (any Lexicon)? = nil) -> SegmentedList {
        var (facts, captionCategory) = ListFactsReader.read(table.titleLines, recognized: table.titlesRecognized)
        var (summary, summaryNote) = SummaryBuilder.summary(table.summary, titleLines: table.titleLines)
        var summaryNotes = summaryNote.map { [$0] } ?? []
        if summary != nil { summaryNotes += SummarySeqInference.apply(to: &summary!, recognized: table.hasRecognizedText) }
        var context = RowContext(captionCategory: captionCategory)
        var drafts: [DraftItem] = []
        for entry in table.body {
            switch entry {
            case .heading(let heading): context.enter(heading)
            case .row(let row): drafts.append(DraftItem(row, columns: table.columns, context: context))
            }
        }
        var repairer = CellRepairer(summary: summary)
        repairer.repair(&drafts)
        var diagnostics = table.diagnostics + summaryNotes + repairer.diagnostics
        var titleLines = table.titleLines
        diagnostics += mendRecognized(
            &drafts, summary: &summary, titleLines: &titleLines, facts: &facts, titlesRecognized: table.titlesRecognized,
            summaryRecognized: table.hasRecognizedText, lexicon: lexicon
        )
        diagnostics += TitleSubject.apply(owner: ListFactsReader.owner(titleLines), columns: table.columns, to: &drafts)
        if table.titlesRecognized {
            diagnostics += UnreadableTitle.apply(to: &facts, titleLines: titleLines, subjects: drafts.map(\.subject))
        }

        let items = drafts.map { draft -> SegmentedItem in
            let parts = NameParts.split(draft.name)
            return SegmentedItem(
                seq: draft.seq, seqSource: draft.seqSource,
                category: draft.categoryRaw.map { PowerCategory.canonicalize($0) ?? $0 },
                categoryRaw: draft.categoryRaw, name: draft.name,
                mainItem: draft.mainItem ?? parts?.main, subItem: draft.subItem ?? parts?.sub, subject: draft.subject,
                basis: draft.basis, responsibilities: draft.responsibilities, accountability: draft.accountability,
                remarks: draft.remarks, code: draft.code, extra: draft.extra, pages: draft.pages,
                provenance: draft.provenance
            )
        }
        diagnostics += ItemChecks.diagnostics(items)
        if let summary {
            var reconciler = SummaryReconciler(summary: summary)
            reconciler.check(items)
            diagnostics += reconciler.diagnostics
        }
        return SegmentedList(facts: facts, summary: summary, items: items, pageCount: table.pageCount, diagnostics: diagnostics)
    }
}

extension ItemSegmenter {
    /// Where OCR read the list, what the list says twice or more mends what
    /// OCR misread once: the rows' 行政主体 and 备注, the rows' and the summary's
    /// categories against each other (the summary counts as recognized when
    /// any of the list is: its rows carry no mark of their own), then the
    /// title's kind of list and owner (and with them the facts), the title's place against the
    /// country's places, the place name in subjects and names (and the
    /// subjects and title once more), a name read two ways, and a name's
    /// character the document spells otherwise.
    static func mendRecognized(
        _ drafts: inout [DraftItem], summary: inout Summary?, titleLines: inout [String], facts: inout ListFacts, titlesRecognized: Bool,
        summaryRecognized: Bool, lexicon: (any Lexicon)?
    ) -> [Diagnostic] {
        // The title takes the rows' owner (and the facts follow it).
        func chooseTitle() -> [Diagnostic] {
            let notes = RecognizedTitleChoice.apply(to: &titleLines, subjects: drafts.map(\.subject))
            if !notes.isEmpty { facts = ListFactsReader.read(titleLines, recognized: true).facts }
            return notes
        }
        if summaryRecognized, summary != nil { StrayEndMarks.trimEntryNames(of: &summary!) }
        var diagnostics = RecognizedSubjectChoice.apply(to: &drafts)
        diagnostics += RecognizedRemarksChoice.apply(to: &drafts, lexicon: lexicon)
        diagnostics += RecognizedCategoryChoice.apply(to: &drafts, summary: summary)
        if summaryRecognized, summary != nil { diagnostics += RecognizedSummaryCategory.apply(to: &summary!, drafts: drafts) }
        if titlesRecognized {
            let kindNotes = RecognizedListKind.apply(to: &titleLines)
            if !kindNotes.isEmpty { facts = ListFactsReader.read(titleLines, recognized: true).facts }
            diagnostics += kindNotes + chooseTitle()
        }
        let texts = titleLines + drafts.map(\.subject) + drafts.map(\.name) + (summary?.entries.map(\.entry.name) ?? [])
        if titlesRecognized {
            let regionNotes = RecognizedRegion.apply(to: &titleLines, region: facts.region, texts: texts)
            if !regionNotes.isEmpty { facts = ListFactsReader.read(titleLines, recognized: true).facts }
            diagnostics += regionNotes
        }
        diagnostics += RecognizedPlaceName.apply(to: &drafts, summary: &summary, region: facts.region, texts: texts)
        // Subjects the place mended may now agree with the rest but for one more slip.
        diagnostics += RecognizedSubjectChoice.apply(to: &drafts, owner: titlesRecognized ? ListFactsReader.owner(titleLines) : nil)
        // So may the title its place mended (`邢台市否都区医疗保隐局`: 否 and 隐 two slips, then one).
        if titlesRecognized {
            diagnostics += chooseTitle()
        }
        if summary != nil {
            diagnostics += RecognizedNameChoice.apply(to: &drafts, summary: &summary!, lexicon: lexicon)
        }
        diagnostics += RecognizedNameRespelling.apply(to: &drafts, summary: &summary, lexicon: lexicon)
        return diagnostics
    }
}

/// Findings about the detail rows themselves: empty content cells, printed
/// types outside the canonical set, gaps and repeats in the numbering.
enum ItemChecks {
    static func diagnostics(_ items: [SegmentedItem]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Gaps and repeats of the numbering as a whole: a list kept one sheet
        // per category prints its rows out of numeric order without skipping any.
        var seen = Set<Int>()
        var numbers = Set(items.map(\.seq)).sorted()[...]
        var gaps: [Int: Int] = [:]
        var previous = 0
        while let next = numbers.popFirst() {
            if next > previous + 1 { gaps[next] = previous }
            previous = next
        }
        for item in items {
            let seq = item.seq
            if !seen.insert(seq).inserted {
                diagnostics.append(Diagnostic(.warning, .seqDuplicate, seq: seq, "序号\(seq)重复出现"))
            } else if let before = gaps[seq] {
                diagnostics.append(Diagnostic(.warning, .seqGap, seq: seq, "序号从\(before)跳至\(seq)"))
            }
            if let categoryRaw = item.categoryRaw {
                if categoryRaw.isEmpty {
                    diagnostics.append(Diagnostic(.error, .unknownCategory, seq: seq, "第\(seq)项未印出权力类型，也无法从总表补全"))
                } else if PowerCategory.canonicalize(categoryRaw) == nil {
                    diagnostics.append(Diagnostic(.warning, .unknownCategory, seq: seq, "第\(seq)项权力类型“\(categoryRaw)”不在规范类别之内，按原文保留"))
                }
            }
            let missing = [("权力事项", item.name), ("行政主体", item.subject)].filter { $0.1.isEmpty }.map(\.0)
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(.error, .cellMissing, seq: seq, "第\(seq)项\(missing.joined(separator: "、"))缺失，且无法从总表或其余各行补全"))
            }
            let empty = [("实施依据", item.basis), ("责任事项", item.responsibilities), ("追责情形", item.accountability)]
                .filter { $0.1?.isEmpty == true }.map(\.0)
            if !empty.isEmpty {
                diagnostics.append(Diagnostic(.warning, .emptyCell, seq: seq, "第\(seq)项\(empty.joined(separator: "、"))为空"))
            }
            for (cellName, cell) in [("实施依据", item.basis), ("责任事项", item.responsibilities), ("追责情形", item.accountability)] {
                guard let text = cell?.text, let note = UnfinishedNote.find(in: text) else { continue }
                diagnostics.append(UnfinishedNote.diagnostic(seq: seq, cellName: cellName, note: note))
            }
        }
        return diagnostics
    }
}
