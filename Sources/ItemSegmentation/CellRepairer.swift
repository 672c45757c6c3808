import PowerListModel

/// Fills what a detail row lost — its 序号, 权力类型, 权力事项, 行政主体 — from the
/// row order, the summary table and the other rows, and says so in a
/// diagnostic each time (SPEC.md: a lost cell is filled from the summary).
struct CellRepairer {
    let summary: Summary?
    private(set) var diagnostics: [Diagnostic] = []

    init(summary: Summary?) {
        self.summary = summary
    }

    mutating func repair(_ drafts: inout [DraftItem]) {
        inferSeqs(&drafts)
        for index in drafts.indices {
            separateSubject(&drafts[index])
        }
        let usualSubject = Self.usualSubject(drafts)
        let names = drafts.map(\.name)
        for index in drafts.indices {
            repairCells(&drafts[index], usualSubject: usualSubject, names: names)
        }
    }

    /// A row without a printed 序号 follows the one before it. So does one
    /// whose 序号 OCR read out of step with both neighbours (`1` between 10
    /// and 12: a digit lost), when they leave exactly that number out, or,
    /// in the last row, below the number before it (`20` after 25).
    private mutating func inferSeqs(_ drafts: inout [DraftItem]) {
        var previous = 0
        for index in drafts.indices {
            let isLast = index + 1 == drafts.count
            let next = isLast ? nil : drafts[index + 1].printedSeq
            // The last row has no next: one read below its predecessor's is out of step too.
            if let printed = drafts[index].printedSeq, drafts[index].seqRecognized, printed != previous + 1,
               isLast ? printed <= previous : next == previous + 2 {
                drafts[index].seq = previous + 1
                drafts[index].seqSource = .inferred
                diagnostics.append(Diagnostic(
                    .warning, .seqInferred, seq: previous + 1, "第\(previous + 1)项分表行序号识别为“\(printed)”，与前后不接，按行序推定为\(previous + 1)"
                ))
            } else if let printed = drafts[index].printedSeq {
                drafts[index].seq = printed
                drafts[index].seqSource = .printed
            } else {
                drafts[index].seq = previous + 1
                drafts[index].seqSource = .inferred
                diagnostics.append(Diagnostic(.warning, .seqInferred, seq: previous + 1, "第\(previous + 1)项分表行未印出序号，按行序及总表推定为\(previous + 1)"))
            }
            previous = drafts[index].seq
        }
    }

    private mutating func repairCells(_ draft: inout DraftItem, usualSubject: String?, names: [String]) {
        let seq = draft.seq
        let entry = summary?.entries.first { $0.entry.seq == seq }
        var truncated: [String] = []
        var filled: [String] = []

        if PowerCategory.canonicalize(draft.categoryRaw ?? "") == nil, let group = entry?.group, !group.categoryRaw.isEmpty {
            if draft.categoryRaw == nil {
                // The list prints no type for its rows: the summary is the only source.
                diagnostics.append(Diagnostic(.warning, .categoryInferred, seq: seq, "第\(seq)项未印出权力类型，按总表归入“\(group.categoryRaw)”"))
                draft.categoryRaw = group.categoryRaw
            } else if let printed = draft.categoryRaw, printed.isEmpty {
                filled.append("权力类型“\(group.categoryRaw)”")
                draft.categoryRaw = group.categoryRaw
            } else if let printed = draft.categoryRaw, group.categoryRaw.contains(printed), group.categoryRaw != printed {
                truncated.append("权力类型仅存“\(printed)”")
                filled.append("权力类型“\(group.categoryRaw)”")
                draft.categoryRaw = group.categoryRaw
            }
        }
        if let entry = entry?.entry {
            let isKnownName = summary?.entries.contains { $0.entry.name == draft.name } ?? false
            if draft.name.isEmpty {
                filled.append("权力事项“\(entry.name)”")
                draft.name = entry.name
            } else if !isKnownName, entry.name.count > draft.name.count, entry.name.hasPrefix(draft.name),
                      Self.holdsWords(entry.name.dropFirst(draft.name.count)),
                      !Self.opensAnotherName(entry.name.dropFirst(draft.name.count), names: names) {
                truncated.append("权力事项仅存“\(draft.name)”")
                filled.append("权力事项“\(entry.name)”")
                draft.name = entry.name
            }
        }
        let inferredSubject = repairSubject(&draft, usual: usualSubject, truncated: &truncated)
        if !truncated.isEmpty {
            diagnostics.append(Diagnostic(.warning, .cellTruncated, seq: seq, "第\(seq)项分表行单元格残缺：\(truncated.joined(separator: "；"))"))
        }
        if !filled.isEmpty {
            diagnostics.append(Diagnostic(.warning, .cellFilledFromSummary, seq: seq, "第\(seq)项分表行缺失或残缺的单元格按总表填充：\(filled.joined(separator: "；"))"))
        }
        if let inferredSubject { diagnostics.append(inferredSubject) }
    }

    /// A layout that prints 权力事项 and 行政主体 as one run of narrow lines may
    /// leave a row's subject glued to its name (when that row's subject is
    /// not the usual one). A summary entry whose name is a strict prefix of
    /// the printed name tells where the name ends.
    private mutating func separateSubject(_ draft: inout DraftItem) {
        guard draft.subject.isEmpty, let summary else { return }
        let names = summary.entries.map(\.entry.name)
        guard !names.contains(draft.name),
              let name = names.filter({ draft.name.hasPrefix($0) && draft.name.count - $0.count >= 2 }).max(by: { $0.count < $1.count })
        else { return }
        let subject = String(draft.name.dropFirst(name.count))
        diagnostics.append(Diagnostic(.info, .subjectSeparated, seq: draft.seq, "第\(draft.seq)项事项名称与行政主体连在一起，按总表名称“\(name)”分开，行政主体为“\(subject)”"))
        draft.name = name
        draft.subject = subject
    }

    /// What a truncated name lost holds a Chinese character: a line of it.
    /// A summary entry that reads on past the row's name by a digit, a
    /// letter or a mark only (`…的处罚7`: a speck after it, read by OCR) does
    /// not show the row's name cut short.
    static func holdsWords(_ rest: Substring) -> Bool {
        rest.unicodeScalars.contains { $0.properties.isIdeographic }
    }

    /// What a summary entry reads past the row's name begins another row's
    /// name: the summary ran two entries together (a scanned summary's row
    /// rule lost: `…骗取医保基金支出行为的处罚对参加药品采购投标的…`), and the
    /// row's name is whole. Its first six characters tell (OCR may misread
    /// one further on); a name of fewer than four is too short to tell.
    static func opensAnotherName(_ rest: Substring, names: [String]) -> Bool {
        names.contains { $0.count >= 4 && rest.hasPrefix($0.prefix(6)) }
    }

    /// A lost or truncated 行政主体 is the one the other rows print.
    private func repairSubject(_ draft: inout DraftItem, usual: String?, truncated: inout [String]) -> Diagnostic? {
        guard let usual, draft.subject != usual else { return nil }
        let seq = draft.seq
        if draft.subject.isEmpty {
            draft.subject = usual
            return Diagnostic(.warning, .subjectInferred, seq: seq, "第\(seq)项行政主体在文本中缺失，按其余各行补为“\(usual)”")
        }
        guard usual.contains(draft.subject) else { return nil }
        truncated.append("行政主体仅存“\(draft.subject)”")
        defer { draft.subject = usual }
        return Diagnostic(.warning, .subjectInferred, seq: seq, "第\(seq)项行政主体仅存“\(draft.subject)”，按其余各行补为“\(usual)”")
    }

    /// The subject most rows print (ties: the first printed).
    static func usualSubject(_ drafts: [DraftItem]) -> String? {
        var counts: [String: Int] = [:]
        for draft in drafts where !draft.subject.isEmpty { counts[draft.subject, default: 0] += 1 }
        guard let top = counts.values.max(), top * 2 > drafts.count / 2 else { return nil }
        return drafts.first { counts[$0.subject] == top }?.subject
    }
}
