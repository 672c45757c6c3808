import PowerListModel

/// A county's or district's own name is often a rare character (襄都区,
/// 藁城区, 蠡县), and OCR misreads it now one way, now another (衷都区,
/// 训都区, 囊都区). The list names its place in its title, and in the
/// 行政主体 and names of its rows. A unit of it of three characters or more
/// that is a place of China (`AdministrativeDivisions`; `RecognizedRegion`
/// has mended the title's reading against them), or that those texts print
/// decisively (at least twice, and twice as often as all stretches
/// misreading it together: `SpellingVote.isDecisive`), mends a stretch of a
/// recognized name or 行政主体 one Chinese character away from it, its last
/// character (区, 县, 市) the same, with `ocr-place-name-chosen`. A stretch
/// that is itself a place (a neighbouring 信都区) stays. Two-character units
/// (赵县) are left alone: one character away from them is too often another
/// real word (本县).
///
/// - `衷都区参保女职工生育津贴申领`, place 襄都区 → `襄都区参保女职工生育津贴申领`
/// - `训都区医疗保障局` (行政主体), place 襄都区 → `襄都区医疗保障局`
/// - `信都区…`, place 襄都区 → stays (信都区 is a place)
/// - `赵县医保局…`, place 赵县 → stays (two characters)
/// - `襄都县…`, place 襄都区 → stays (the kind of unit differs)
/// - `都区医疗保障局`, `邢台市都区医疗保障局`, place 襄都区 → `襄都区医疗保障局`,
///   `邢台市襄都区医疗保障局` (its rare first character read as nothing, where
///   the place would open the text or follow a higher unit)
/// - `邢台市了事都区医疗保障局`, place 襄都区 → `邢台市襄都区医疗保障局` (襄
///   read as two characters, there too)
///
/// The diagnostic names every stretch replaced.
enum RecognizedPlaceName {
    static let shortest = 3
    /// The last characters of a unit above a county's (`邢台市`, `河北省`).
    static let higherUnitEnds: Set<Character> = ["省", "市", "州", "盟"]
    static let divisions = AdministrativeDivisions.shared

    /// The units of `region` that `texts` print decisively.
    static func places(region: String?, texts: [String]) -> [String] {
        guard let region else { return [] }
        return JurisdictionSplitter.units(of: region).filter { unit in
            guard unit.count >= shortest else { return false }
            if divisions.contains(unit) { return true }
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
            // The place without its first character, opening the text or after a
            // higher unit (`都区医疗保障局`); first, or `市都区` would read as a misreading.
            let stub = Array(place.dropFirst())
            if stub.count >= 2, let first = place.first, !divisions.contains(String(stub)) {
                var index = 0
                while index + stub.count <= characters.count {
                    if characters[index..<(index + stub.count)].elementsEqual(stub), index == 0 || higherUnitEnds.contains(characters[index - 1]) {
                        read.append(String(stub))
                        characters.insert(first, at: index)
                        index += place.count
                    } else {
                        index += 1
                    }
                }
            }
            // One character of the place read as two (`了事都区`: a tall character cut
            // between its parts, `RecognizedRegion.isSplit`), where the place would
            // open the text or follow a higher unit; before the misreadings as long
            // as the place, which would take `事都区` and leave `了`.
            var start = 0
            while start + place.count < characters.count {
                let end = start + place.count + 1
                // A place read right after a character (`对信都区`) is no split.
                if start == 0 || higherUnitEnds.contains(characters[start - 1]),
                   RecognizedRegion.isSplit(String(characters[start..<end]), of: place),
                   !divisions.contains(String(characters[(start + 1)..<end])) {
                    read.append(String(characters[start..<end]))
                    characters.replaceSubrange(start..<end, with: Array(place))
                    start += place.count
                } else {
                    start += 1
                }
            }
            // A misreading as long as the place: replacing it moves no other stretch.
            for stretch in SpellingVote.stretches(of: characters, misreading: place)
            where characters[stretch.upperBound - 1] == place.last && !divisions.contains(String(characters[stretch])) {
                read.append(String(characters[stretch]))
                characters.replaceSubrange(stretch, with: Array(place))
            }
        }
        return read.isEmpty ? nil : (String(characters), read)
    }

    /// Mends the recognized names and 行政主体 (and then the summary's names)
    /// to the places of `region` that `texts` print decisively.
    static func apply(to drafts: inout [DraftItem], summary: inout Summary?, region: String?, texts: [String]) -> [Diagnostic] {
        // Only what OCR read is mended: a list read from its text layer needs
        // no places, nor the country's table of them (milliseconds to build).
        guard drafts.contains(where: { $0.nameRecognized || $0.subjectRecognized }) else { return [] }
        let places = places(region: region, texts: texts)
        guard !places.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for index in drafts.indices {
            let seq = drafts[index].seq
            if drafts[index].nameRecognized, drafts[index].mainItem == nil, let (name, read) = mended(drafts[index].name, places: places) {
                diagnostics.append(note(seq: seq, field: "第\(seq)项名称", name: drafts[index].name, read: read, mended: name))
                drafts[index].name = name
            }
            if drafts[index].subjectRecognized, let (subject, read) = mended(drafts[index].subject, places: places) {
                diagnostics.append(note(seq: seq, field: "第\(seq)项行政主体", name: drafts[index].subject, read: read, mended: subject))
                drafts[index].subject = subject
            }
        }
        // The summary is read by OCR when the rows are.
        guard var mendedSummary = summary, drafts.contains(where: \.nameRecognized) else { return diagnostics }
        for (group, entry) in mendedSummary.entryPositions {
            let printed = mendedSummary.groups[group].entries[entry]
            guard let (name, read) = mended(printed.name, places: places) else { continue }
            // The summary's own row, not an item: its number may not be the item's.
            diagnostics.append(note(seq: nil, field: "总表序号\(printed.seq.map(String.init) ?? "未识别")名称", name: printed.name, read: read, mended: name))
            mendedSummary.groups[group].entries[entry].name = name
        }
        summary = mendedSummary
        return diagnostics
    }

    private static func note(seq: Int?, field: String, name: String, read: [String], mended: String) -> Diagnostic {
        let stretches = read.map { "“\($0)”" }.joined(separator: "、")
        return Diagnostic(.warning, .ocrPlaceNameChosen, seq: seq, "\(field)OCR识别为“\(name)”，其中\(stretches)与清单地名仅差一字，按地名取“\(mended)”，请核对原件")
    }
}
