import PowerListModel

/// A county's or district's own name is often a rare character (襄都区,
/// 藁城区, 蠡县), and OCR misreads it now one way, now another (衷都区,
/// 训都区, 囊都区). The list names its place in its title, and in the
/// 行政主体 and names of its rows. A unit of it of three characters or more
/// that those texts print decisively (at least twice, and twice as often as
/// all stretches misreading it together: `SpellingVote.isDecisive`)
/// mends a stretch of a recognized name one Chinese character away from it,
/// its last character (区, 县, 市) the same, with `ocr-place-name-chosen`.
/// Two-character units (赵县) are left alone: one character away from them
/// is too often another real word (本县).
///
/// - `衷都区参保女职工生育津贴申领`, place 襄都区 → `襄都区参保女职工生育津贴申领`
/// - `赵县医保局…`, place 赵县 → stays (two characters)
/// - `襄都县…`, place 襄都区 → stays (the kind of unit differs)
///
/// A neighbouring district one character away from the list's own would be
/// taken for it; a department's list names its own place, and the
/// diagnostic names every stretch replaced.
enum RecognizedPlaceName {
    static let shortest = 3

    /// The units of `region` that `texts` print decisively.
    static func places(region: String?, texts: [String]) -> [String] {
        guard let region else { return [] }
        return JurisdictionSplitter.units(of: region).filter { unit in
            guard unit.count >= shortest else { return false }
            var counts = [unit: texts.filter { $0.contains(unit) }.count]
            for text in texts {
                let characters = Array(text)
                let stretches = SpellingVote.stretches(of: characters, misreading: unit).map { String(characters[$0]) }
                for stretch in Set(stretches) where stretch.last == unit.last { counts[stretch, default: 0] += 1 }
            }
            return SpellingVote.isDecisive(unit, counts: counts)
        }
    }

    /// `text` with every stretch one character away from a place replaced
    /// by it, and the stretches replaced; nil when none is.
    static func mended(_ text: String, places: [String]) -> (text: String, read: [String])? {
        var characters = Array(text)
        var read: [String] = []
        for place in places {
            // A misreading as long as the place: replacing it moves no other stretch.
            for stretch in SpellingVote.stretches(of: characters, misreading: place) where characters[stretch.upperBound - 1] == place.last {
                read.append(String(characters[stretch]))
                characters.replaceSubrange(stretch, with: Array(place))
            }
        }
        return read.isEmpty ? nil : (String(characters), read)
    }

    static func apply(to drafts: inout [DraftItem], summary: inout Summary?, places: [String]) -> [Diagnostic] {
        guard !places.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices where drafts[index].nameRecognized && drafts[index].mainItem == nil {
            guard let (name, read) = mended(drafts[index].name, places: places) else { continue }
            let seq = drafts[index].seq
            diagnostics.append(note(seq: seq, table: "第\(seq)项", name: drafts[index].name, read: read, mended: name))
            drafts[index].name = name
        }
        // The summary is read by OCR when the rows are.
        guard var mendedSummary = summary, drafts.contains(where: \.nameRecognized) else { return diagnostics }
        for (group, entry) in mendedSummary.entryPositions {
            let printed = mendedSummary.groups[group].entries[entry]
            guard let (name, read) = mended(printed.name, places: places) else { continue }
            // The summary's own row, not an item: its number may not be the item's.
            diagnostics.append(note(seq: nil, table: "总表序号\(printed.seq.map(String.init) ?? "未识别")", name: printed.name, read: read, mended: name))
            mendedSummary.groups[group].entries[entry].name = name
        }
        summary = mendedSummary
        return diagnostics
    }

    private static func note(seq: Int?, table: String, name: String, read: [String], mended: String) -> Diagnostic {
        let stretches = read.map { "“\($0)”" }.joined(separator: "、")
        return Diagnostic(.warning, .ocrPlaceNameChosen, seq: seq, "\(table)名称OCR识别为“\(name)”，其中\(stretches)与清单地名仅差一字，按地名取“\(mended)”，请核对原件")
    }
}
