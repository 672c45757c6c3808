import PowerListModel

/// A list's title names its kind before 清单 (`ListTitle.kinds`: 权责, 权力,
/// …), and OCR misreads 责, a dense character of many strokes, as another
/// dense one: `权足清单`, `权贵清单`, `权员清单` on three speckled scans of one
/// list whose detail pages carry the title in small print. 权 and one
/// character naming no kind can only be 权责 or 权力; 力 is two strokes, and
/// what Tesseract reads for it is thin as well (`lookalikesOfLi`), so any
/// other reading is 权责. The title is mended, `ocr-title-chosen` names the
/// reading, and the department no longer carries the misread kind
/// (`医疗保障局权足`).
///
/// - `邢台市襄都区医疗保障局权足清单（2025年版）` → `邢台市襄都区医疗保障局权责清单（2025年版）`
/// - `某县某局权刀清单` → `某县某局权力清单`
/// - `某县某局权责清单`, `某县某局职权清单` → stay (known kinds)
/// - `某县某局事项清单` → stays (no 权 before the misread)
enum RecognizedListKind {
    /// Readings of 力: thin characters of two or three strokes.
    static let lookalikesOfLi: Set<Character> = ["刀", "万", "九", "方", "为", "办", "カ", "乃", "匀"]

    static func apply(to titleLines: inout [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for index in titleLines.indices {
            let line = TextNormalizer.removingWhitespace(titleLines[index])
            guard let mended = mended(line) else { continue }
            diagnostics.append(Diagnostic(
                .warning, .ocrTitleChosen, seq: nil,
                "标题OCR识别为“\(line)”，“\(mended.read)清单”不是清单名称，取“\(mended.kind)清单”，请核对原件"
            ))
            titleLines[index] = mended.line
        }
        return diagnostics
    }

    /// `line` with the misread kind before its name's 清单 replaced, what was
    /// read and the kind taken; nil when the line names no list or a known kind.
    static func mended(_ line: String) -> (line: String, read: String, kind: String)? {
        guard let title = ListTitle(line), !title.namesKind else { return nil }
        let base = Array(title.name.dropLast(2))
        guard base.count >= 3, base[base.count - 2] == "权", let misread = base.last,
              misread.unicodeScalars.allSatisfy(\.properties.isIdeographic) else { return nil }
        let kind = lookalikesOfLi.contains(misread) ? "权力" : "权责"
        let read = String(base.suffix(2))
        // The name is a prefix of the line (whitespace removed): mend it there only.
        let nameEnd = line.index(line.startIndex, offsetBy: title.name.count)
        let kindStart = line.index(nameEnd, offsetBy: -4)
        var mended = line
        mended.replaceSubrange(kindStart..<line.index(kindStart, offsetBy: 2), with: kind)
        return (mended, read, kind)
    }
}
