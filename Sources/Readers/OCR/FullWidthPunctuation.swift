/// Tesseract often reads the full-width `：` `；` `（` `）` of Chinese text as
/// their half-width forms, whose shapes differ from them only in the space
/// around them. Between two Chinese characters a half-width form is never
/// what was printed (a cell's lines run on: the last character of one line
/// stands beside the first of the next), so there it becomes full-width; a bracket also does
/// when it pairs with a full-width one on the same line. An opening `〈`
/// (which Tesseract reads for `（`) closed by `)` or `）` was `（`: `〈` is
/// only ever closed by `〉`; so was a `《` `“` `〔` `[` before a clause's
/// number that a bracket closes (`；《三）`, `，“三）`, `；【三）`: a title or a quote
/// holds more than a bare number), and a `《` that a parenthesis closes
/// (`内地《大陆)`: a title mark is closed by `》` only). A `：` or `；` after a Chinese character that
/// opens a numbered clause (`的；2、`, `责任：1.`) is full-width too: the
/// lists print thousands so and none half-width (the corpus's references),
/// while before a bracketed number they print both (`费用;(二)`).
/// Elsewhere (a time `10:30`, a numbering `(1)`, Latin text) nothing is
/// certain and nothing changes.
enum FullWidthPunctuation {
    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [":": "：", ";": "；", "(": "（", ")": "）"]

    /// Applies to the lines of one cell: its text runs on from line to line.
    static func apply(to lines: inout [RecognizedLine]) {
        var scalars = lines.symbolTexts
        // The misread mark first: what stands beside it is judged by the bracket printed.
        openNumbers(&scalars)
        openParentheticals(&scalars)
        let original = scalars
        for index in scalars.indices {
            guard let scalar = single(original[index]), let wide = fullWidth[scalar],
                  index > 0, index + 1 < scalars.count, isChinese(original[index - 1]),
                  isChinese(original[index + 1]) || clauseMarks.contains(scalar) && ClauseNumberSequence.arabicNumberDigits(at: index + 1, in: original[...]) != nil else { continue }
            scalars[index] = String(wide)
        }
        pairBrackets(&scalars)
        lines.setSymbolTexts(scalars)
    }

    /// The marks that end a clause before a numbered one.
    static let clauseMarks: Set<Unicode.Scalar> = [":", ";"]

    /// Marks Tesseract reads for the `（` of a clause's number.
    static let numberOpeners: Set<String> = ["《", "“", "〔", "[", "【"]

    /// A clause's number in brackets, one to three Chinese numerals or two digits (`（三）`, `（12）`).
    private static func isClauseNumber(_ texts: ArraySlice<String>) -> Bool {
        let numerals = "一二三四五六七八九十".unicodeScalars, digits = "0123456789".unicodeScalars
        let all = texts.joined().unicodeScalars
        return !texts.isEmpty && (texts.count <= 3 && all.allSatisfy(numerals.contains) || texts.count <= 2 && all.allSatisfy(digits.contains))
    }

    /// `《三）` → `（三）`, `“二)` → `(二)`: the opener takes the closer's width.
    private static func openNumbers(_ scalars: inout [String]) {
        for index in scalars.indices where numberOpeners.contains(scalars[index]) {
            guard let closer = scalars[(index + 1)...].prefix(4).firstIndex(where: { $0 == ")" || $0 == "）" }),
                  isClauseNumber(scalars[(index + 1)..<closer]) else { continue }
            scalars[index] = scalars[closer] == ")" ? "(" : "（"
        }
    }

    /// `《大陆)` → `（大陆)`: a `《` that a parenthesis closes, before any
    /// `》` or `《` (and beyond the parentheses it holds), was `（` — a title
    /// mark is closed by `》` only — unless a `》` follows before the next `《`
    /// (a stray `）` in a title, or its own `（` misread), or the closer follows a
    /// title's last word (`《社会保险费征缴暂行条例)`: `》` misread). Within `reach`
    /// symbols; further, nothing is sure.
    private static func openParentheticals(_ scalars: inout [String]) {
        let reach = 40
        for index in scalars.indices where scalars[index] == "《" {
            var depth = 0
            for next in scalars[(index + 1)...].prefix(reach).indices {
                let text = scalars[next]
                if text == "《" || text == "》" { break }
                // Any opener counts: Tesseract reads the `（` of `（试行）` as `〈` too.
                if anyOpener.contains(text) { depth += 1 }
                guard anyCloser.contains(text) else { continue }
                if depth > 0 {
                    depth -= 1
                    continue
                }
                // A `》` soon after (`《社会保险法）》`, `细则试行）》`) may close the `《` itself;
                // a closer after a title's last word (`《社会保险费征缴暂行条例)`) may be a misread `》`.
                let closesTitle = scalars[(next + 1)...].prefix(reach).prefix { $0 != "《" }.contains("》")
                    || titleEnds.contains(scalars[next - 1])
                if text == ")" || text == "）", !closesTitle { scalars[index] = text == ")" ? "(" : "（" }
                break
            }
        }
    }

    private static let anyOpener: Set<String> = ["(", "（", "〈", "〔", "[", "【"]
    private static let anyCloser: Set<String> = [")", "）", "〉", "〕", "]", "】"]

    /// The last characters of a law's or a document's title (法, 条例, 办法, 规定, 通知, 细则, 决定, 意见, 目录, 标准, 方案, 规范, 制度).
    private static let titleEnds: Set<String> = ["法", "例", "定", "知", "则", "见", "录", "准", "案", "范", "度"]

    /// `(` … `）`, `（` … `)` and `〈` … `)` on one line: both are full-width.
    private static func pairBrackets(_ scalars: inout [String]) {
        var open: [Int] = []
        for index in scalars.indices {
            switch scalars[index] {
            case "(", "（", "〈": open.append(index)
            case "〉": _ = open.popLast()
            case ")", "）":
                guard let start = open.popLast() else { continue }
                if scalars[start] != "(" || scalars[index] == "）" {
                    scalars[start] = "（"
                    scalars[index] = "）"
                }
            default: continue
            }
        }
    }

    private static func single(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.count == 1 ? text.unicodeScalars.first : nil
    }

    /// An ideograph, or the full-width punctuation that stands among them.
    static func isChinese(_ text: String) -> Bool {
        guard let scalar = text.unicodeScalars.first else { return false }
        return scalar.properties.isIdeographic || (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF0F).contains(scalar.value)
            || (0xFF1A...0xFF20).contains(scalar.value) || "“”‘’—…".unicodeScalars.contains(scalar)
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample("1、立案责任:发现用人单位", "1、立案责任：发现用人单位"),
        CorrectionExample("罚款;属于社会保险", "罚款；属于社会保险"),
        CorrectionExample("登记(主项)--单位参保登记(子项)", "登记（主项）--单位参保登记（子项）"),
        CorrectionExample("意见(主要证据不足时，以适当的", "意见（主要证据不足时，以适当的"),
        CorrectionExample("《行政处罚法》(2021年修订)第三条", "《行政处罚法》（2021年修订）第三条"),
        CorrectionExample("(1)对违法行为", "(1)对违法行为"),
        CorrectionExample("登记〈主项)--单位参保登记〈子项）", "登记（主项）--单位参保登记（子项）"),
        CorrectionExample("依照〈中华人民共和国〉办理", "依照〈中华人民共和国〉办理"),
        CorrectionExample("上午9:30至12:00", "上午9:30至12:00"),
        CorrectionExample("GB/T 7714-2015 (A)", "GB/T 7714-2015 (A)"),
        CorrectionExample("应承担相应责任:", "应承担相应责任:"),
        CorrectionExample(lines: ["基本医疗保险参保和变更登记〈主", "项)--单位参保登记(子项)"], "基本医疗保险参保和变更登记（主项）--单位参保登记（子项）"),
        CorrectionExample(lines: ["行政机关及相关工作人员应承担相应责任:", "没有法律依据的"], "行政机关及相关工作人员应承担相应责任：没有法律依据的"),
        CorrectionExample(lines: ["应承担相应责任:", "1、没有法律依据的"], "应承担相应责任：1、没有法律依据的"),
        CorrectionExample("违法行为的;2、对", "违法行为的；2、对"),
        CorrectionExample("相应责任:1.没有", "相应责任：1.没有"),
        CorrectionExample("缴纳费用;(二)", "缴纳费用;(二)"),
        CorrectionExample("收费标准为每次:2.5元", "收费标准为每次:2.5元"),
        CorrectionExample("时间:9:30", "时间:9:30"),
        // A clause's number opened by a misread mark.
        CorrectionExample("医疗费用；《三）法律", "医疗费用；（三）法律"),
        CorrectionExample("予以封存，“三）根据", "予以封存，（三）根据"),
        CorrectionExample("核发许可证的；【三）未依法说明", "核发许可证的；（三）未依法说明"),
        CorrectionExample("缴纳费用;《二)", "缴纳费用;(二)"),
        CorrectionExample("职权:〔12）要求", "职权：（12）要求"),
        CorrectionExample("依照《三定》规定（试行）", "依照《三定》规定（试行）"),
        CorrectionExample("“三”）", "“三”）"),
        // A parenthetical opened by a misread `（`.
        CorrectionExample("在内地《大陆)依法从事", "在内地（大陆）依法从事"),
        CorrectionExample("代表机构《以下称境内工作单位)工作的", "代表机构（以下称境内工作单位）工作的"),
        CorrectionExample("输精《卵(双侧)管)复通术", "输精（卵（双侧）管）复通术"),
        CorrectionExample("依照《社会保险法》（2018年修正）", "依照《社会保险法》（2018年修正）"),
        CorrectionExample("依照《关于印发〈办法(试行)〉的通知》", "依照《关于印发〈办法（试行）〉的通知》"),
        CorrectionExample("3、《香港澳门台湾居民在内地〈大陆)参加社会保险暂行办法》", "3、《香港澳门台湾居民在内地（大陆）参加社会保险暂行办法》"),
        CorrectionExample("依据《社会保险法）》、《条例》", "依据《社会保险法）》、《条例》"),
        CorrectionExample("2、《河北省实施细则试行）》（冀医保规〔2020〕4号）", "2、《河北省实施细则试行）》（冀医保规〔2020〕4号）"),
        CorrectionExample("2、《社会保险费征缴暂行条例)（国务院令第259号）", "2、《社会保险费征缴暂行条例）（国务院令第259号）"),
        // Another closer first: nothing is sure.
        CorrectionExample("《管理办法〕的通知)", "《管理办法〕的通知)"),
    ]
}
