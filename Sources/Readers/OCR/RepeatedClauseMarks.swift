/// Chinese prints one clause mark at a time: `；，`, `：，`, `。；`, `；。`
/// never stand in a list's text (nor in any of the corpus's 25 lists). On a
/// scan they are a mark and a speck beside it, read as a second mark: most
/// often at a line's start after the mark that ended the line above
/// (`的；` / `，3.执法人员`), where the speck sits in the cell's margin. Of
/// the two, the second is the speck (41 of 45 pairs on five speckled scans;
/// three of the others were one mark read twice, `；；`), so it goes.
enum RepeatedClauseMarks {
    /// Clause and sentence marks, either width.
    static let clauseMarks: Set<String> = ["，", "；", "：", "。", "、", ",", ";", ":"]

    /// Applies to the lines of one cell: its text runs on from line to line.
    static func apply(to lines: inout [RecognizedLine]) {
        var previous: String?
        for line in lines.indices {
            for word in lines[line].words.indices {
                lines[line].words[word].symbols.removeAll { symbol in
                    defer { if !isRepeat(symbol.text, after: previous) { previous = symbol.text } }
                    return isRepeat(symbol.text, after: previous)
                }
            }
            lines[line].words.removeAll { $0.symbols.isEmpty }
        }
    }

    private static func isRepeat(_ text: String, after previous: String?) -> Bool {
        guard let previous else { return false }
        return clauseMarks.contains(text) && clauseMarks.contains(previous)
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample(lines: ["行政处罚显失公正的；", "，3.执法人员玩忽职守"], "行政处罚显失公正的；3.执法人员玩忽职守"),
        CorrectionExample("应承担相应责任：，1.对符合受理条件", "应承担相应责任：1.对符合受理条件"),
        CorrectionExample("在行政处罚过程中发生腐败行为的；。10.", "在行政处罚过程中发生腐败行为的；10."),
        CorrectionExample("主要证据不足时，，以适当的方式", "主要证据不足时，以适当的方式"),
        // Marks of other kinds beside a clause mark are printed so.
        CorrectionExample("应当回避。“执法人员", "应当回避。“执法人员"),
        CorrectionExample("1、《中华人民共和国社会保险法》；2、", "1、《中华人民共和国社会保险法》；2、"),
        CorrectionExample("上午9:30至12:00", "上午9:30至12:00"),
    ]
}
