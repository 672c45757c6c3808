import PowerListModel

/// A title OCR could not read: print clipped by its cell's border (a
/// spreadsheet's title row set too tight) reads as `有关头宇克!火员/呈=---人人/改T`,
/// which no list prints as its title. Such a line is no title (the title
/// stays null, never the garbage), and the list's region and department are
/// taken from the 行政主体 most rows print (`赵县医疗保障局` → 赵县, 医疗保障局),
/// with `ocr-title-unreadable` naming the reading and the rows' spelling.
///
/// - `有关头宇克!火员/呈=---人人/改T` → no title (Latin letters, `!` `/` `=`)
/// - `赵县医疗保障局权责事项目录（2025年版）` → legible
/// - `某局` → no title (fewer than `shortest` characters)
enum UnreadableTitle {
    /// Fewest Chinese characters of a title: an owner and what it lists.
    static let shortest = 4
    /// The marks a title prints besides Chinese characters and digits.
    static let titleMarks = Set("（）()《》〔〕、·—-")

    /// Whether a line OCR read could be a list's title.
    static func isLegible(_ line: String) -> Bool {
        let compact = TextNormalizer.removingWhitespace(line)
        let ideographs = compact.unicodeScalars.count(where: \.properties.isIdeographic)
        return ideographs >= shortest && compact.allSatisfy { character in
            character.unicodeScalars.allSatisfy(\.properties.isIdeographic) || character.isNumber || titleMarks.contains(character)
        }
    }

    /// When the recognized title lines gave no title: region and department
    /// from the 行政主体 at least half the rows print.
    static func apply(to facts: inout ListFacts, titleLines: [String], subjects: [String]) -> [Diagnostic] {
        guard facts.title == nil, let reading = titleLines.map(TextNormalizer.removingWhitespace).first(where: { !$0.isEmpty }) else { return [] }
        let most = SpellingVote.counts(subjects).max { ($0.value, $1.key) < ($1.value, $0.key) }
        var message = "标题OCR识别为“\(reading)”，不可辨认，未取作标题"
        if let (subject, count) = most, 2 * count >= subjects.count {
            let (region, department) = JurisdictionSplitter.split(subject)
            if let region, let department {
                facts.region = region
                facts.department = department
                message += "；地区与部门按\(count)行的行政主体“\(subject)”取"
            }
        }
        return [Diagnostic(.warning, .ocrTitleUnreadable, seq: nil, message + "，请核对原件")]
    }
}
