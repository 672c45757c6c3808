import Foundation
import PowerListModel

/// A list names its owner in its title and again in the 行政主体 of row
/// after row. A title OCR read with a stretch one Chinese character away
/// from a decisive subject spelling (`SpellingVote`, the title's own
/// readings counted among the misreadings) takes the rows' spelling, and
/// `ocr-title-chosen` names what was read; the region and department then
/// follow from the mended title. Only lines naming the list (`…清单…`) are
/// looked at, and a line that already holds a subject as printed stays.
///
/// - `邢台市事都区医疗保障局权责清单`, rows `邢台市襄都区医疗保障局` twice →
///   `邢台市襄都区医疗保障局权责清单`
/// - `邢台市襄都区医疗保障局权责清单` on two lines, rows `陪都区医疗保障局` three
///   times, `衰都区医疗保障局` three times → stays (nothing decisive)
/// - `赵县医疗保障局权责清单`, rows `赵县医疗保障局` → stays
/// - `某县卫生健康局权责清单`, rows `某县医疗保障局` → stays (more than one character)
/// - `邢台市襄都区医疗保障局权责清单`, rows `邢台市衷都区医疗保障局` three times →
///   stays (衷都区 is no place: `RecognizedRegion`)
enum RecognizedTitleChoice {
    static func apply(to titleLines: inout [String], subjects: [String]) -> [Diagnostic] {
        var counts = SpellingVote.counts(subjects)
        let titles = titleLines.indices.filter { ListTitle(titleLines[$0]) != nil }
        let spellings = Array(counts.keys)
        for index in titles {
            let line = TextNormalizer.removingWhitespace(titleLines[index])
            for window in Set(spellings.flatMap { windows(of: line, oneAwayFrom: $0) }) { counts[window, default: 0] += 1 }
        }
        var diagnostics: [Diagnostic] = []
        for index in titles {
            let line = TextNormalizer.removingWhitespace(titleLines[index])
            guard let (mended, read, spelling) = mended(line, counts: counts) else { continue }
            diagnostics.append(Diagnostic(
                .warning, .ocrTitleChosen, seq: nil,
                "标题OCR识别为“\(line)”，其中“\(read)”与各行行政主体“\(spelling)”仅差一字，按行政主体取“\(mended)”，请核对原件"
            ))
            titleLines[index] = mended
        }
        return diagnostics
    }

    /// `line` with the one stretch one character away from a decisive
    /// spelling replaced by it, the stretch and the spelling; nil when the
    /// line holds a spelling as it is, or no spelling decides.
    static func mended(_ line: String, counts: [String: Int]) -> (line: String, read: String, spelling: String)? {
        // Longest first: the whole owner (邢台市襄都区医疗保障局) before a part of it.
        // A spelling whose region names no place is itself a misreading, however often printed.
        let spellings = counts.keys.filter { SpellingVote.isDecisive($0, counts: counts) && !RecognizedRegion.namesNoPlace(owner: $0) }
            .sorted { ($0.count, $0) > ($1.count, $1) }
        for spelling in spellings {
            if line.contains(spelling) { return nil }
            let found = windows(of: line, oneAwayFrom: spelling)
            guard found.count == 1, let read = found.first, let range = line.range(of: read) else { continue }
            return (line.replacingCharacters(in: range, with: spelling), read, spelling)
        }
        return nil
    }

    /// The stretches of `line` one character away from `spelling`.
    static func windows(of line: String, oneAwayFrom spelling: String) -> [String] {
        let characters = Array(line)
        return SpellingVote.stretches(of: characters, misreading: spelling).map { String(characters[$0]) }
    }
}
