/// A title inside a title is printed in single marks, `《实施〈中华人民共和国
/// 社会保险法〉若干规定》`, and Tesseract reads the single marks as double
/// ones. The development lists print 76 titles nested, every one in `〈〉`,
/// and `《` inside an open `《` never; so within a cell, a `《` opened while
/// another is open, with the `》` that closes it, becomes `〈` `〉` — where
/// the outer title closes too: a mark lost or a speck leaves them as read.
enum NestedTitleMarks {
    /// Applies to the lines of one cell: titles pair across its lines.
    static func apply(to lines: inout [RecognizedLine]) {
        // Each title mark's line and place in it, in reading order.
        var marks: [(line: Int, place: Int, opens: Bool)] = []
        for line in lines.indices {
            for (place, symbol) in lines[line].words.flatMap(\.symbols).enumerated() where symbol.text == "《" || symbol.text == "》" {
                marks.append((line, place, symbol.text == "《"))
            }
        }
        guard marks.count >= 4 else { return }
        // Open titles, each with the inner pairs it holds so far.
        var open: [(mark: Int, inner: [(Int, Int)])] = []
        var nested: [(Int, Int)] = []
        for (index, mark) in marks.enumerated() {
            if mark.opens {
                open.append((index, []))
                continue
            }
            guard let closed = open.popLast() else { continue }
            if open.isEmpty {
                nested += closed.inner
            } else if closed.inner.isEmpty {
                open[open.count - 1].inner.append((closed.mark, index))
            }
        }
        var singles = Array(repeating: [Int: String](), count: lines.count)
        for (opening, closing) in nested {
            singles[marks[opening].line][marks[opening].place] = "〈"
            singles[marks[closing].line][marks[closing].place] = "〉"
        }
        for line in lines.indices where !singles[line].isEmpty {
            lines[line].replaceSymbols(singles[line])
        }
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample("《实施《中华人民共和国社会保险法》若干规定》第二十五条", "《实施〈中华人民共和国社会保险法〉若干规定》第二十五条"),
        CorrectionExample(lines: ["《关于印发《赵县医疗保障局职能配置》", "的通知》全文"], "《关于印发〈赵县医疗保障局职能配置〉的通知》全文"),
        // Titles side by side, and a nesting whose outer title never closes, stay as read.
        CorrectionExample("《甲法》第一条《乙法》第二条", "《甲法》第一条《乙法》第二条"),
        CorrectionExample("《关于印发《甲办法》的通知", "《关于印发《甲办法》的通知"),
    ]
}
