/// Tesseract reads a rare character as a common one drawn alike, at high
/// confidence and the same way every time, where only the setting shows
/// the slip. Two such settings are certain:
///
/// - `赁` outside `租赁` was `凭`. Tesseract's own `chi_sim` dictionary holds
///   赁 in 租赁 only, and the lists print 凭 as 凭证 or "on the strength of"
///   (`凭营业执照`): 65 `赁` on 20 speckled stand-in scans, every one a 凭.
/// - `费`, `页`, `蔓` or `责` opening a document number's issuer was `冀`,
///   Hebei's abbreviation: the issuer is the Chinese run between an opening
///   bracket and the bracketed year (`（冀医保规〔2019〕`), and it begins with
///   the issuing region or organ, never with one of these (费 stands inside
///   one: `冀价行费〔2018〕`). 40 such `费` and 19 of the others on the
///   stand-ins, every one a 冀; none opens an issuer in the development golds.
/// - `懂` before `行` was `履`: the lists print 履行 ("perform a duty") 3,444
///   times in the development golds and 懂 ("understand") never, while
///   Tesseract reads 履 so in some faces (`因不懂行或者不正确懂行行政职责`):
///   26 `懂行` on the stand-ins, every one a 履行.
///
/// Applies to the symbols of one cell, after `FullWidthPunctuation`.
enum RareCharacterMisreads {
    static func apply(to lines: inout [RecognizedLine]) {
        var texts = lines.symbolTexts
        for index in texts.indices {
            switch texts[index] {
            case "赁" where index == 0 || texts[index - 1] != "租":
                texts[index] = "凭"
            case "懂" where index + 1 < texts.count && texts[index + 1] == "行":
                texts[index] = "履"
            case let read where hebeiMisreads.contains(read) && index > 0 && issuerOpeners.contains(texts[index - 1])
                && opensDocumentNumber(texts[(index + 1)...]):
                texts[index] = "冀"
            default:
                continue
            }
        }
        lines.setSymbolTexts(texts)
    }

    /// What Tesseract reads Hebei's `冀` as where it opens an issuer: none
    /// opens one (`冀价行费〔2018〕` holds 费), and no region or organ is so abbreviated.
    private static let hebeiMisreads: Set<String> = ["费", "页", "蔓", "责"]

    /// What a document number follows: a bracket (`〔` a misread `（`).
    private static let issuerOpeners: Set<String> = ["（", "(", "〔", "[", "【"]

    /// `texts` (after the issuer's first character) run on in one to six
    /// Chinese characters to a bracketed four-digit year (`DocumentNumberSigns.yearClose`)
    /// and the number itself: `〕3号`, `〕第1号`.
    private static func opensDocumentNumber(_ texts: ArraySlice<String>) -> Bool {
        let issuer = texts.prefix { $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) }
        guard (1...6).contains(issuer.count), let close = DocumentNumberSigns.yearClose(in: texts, at: issuer.endIndex),
              close + 1 < texts.endIndex else { return false }
        return texts[close + 1].isDigitSymbol || texts[close + 1] == "第"
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample("会计赁证等与缴费有关的资料", "会计凭证等与缴费有关的资料"),
        CorrectionExample("三十日内赁营业执照", "三十日内凭营业执照"),
        CorrectionExample("房屋租赁合同", "房屋租赁合同"),
        CorrectionExample("因不懂行或者不正确懂行行政职责", "因不履行或者不正确履行行政职责"),
        CorrectionExample(lines: ["当事人懂", "行义务"], "当事人履行义务"),
        CorrectionExample("通俗易懂", "通俗易懂"),
        CorrectionExample(lines: ["三十日内", "赁营业执照"], "三十日内凭营业执照"),
        CorrectionExample("的通知》（费医保规〔2019〕3号）", "的通知》（冀医保规〔2019〕3号）"),
        CorrectionExample("（费政字[2019]52号）", "（冀政字[2019]52号）"),
        CorrectionExample("的通知》（页医保规〔2019〕3号）", "的通知》（冀医保规〔2019〕3号）"),
        CorrectionExample("（蔓医保函[2016]5号）", "（冀医保函[2016]5号）"),
        CorrectionExample("（责政字〔2019〕52号）", "（冀政字〔2019〕52号）"),
        CorrectionExample("（页码见附件）", "（页码见附件）"),
        CorrectionExample("〔费医保规〔2019〕3号）", "〔冀医保规〔2019〕3号）"),
        // 费 inside the issuer, or not before a year.
        CorrectionExample("（冀价行费〔2018〕12号）", "（冀价行费〔2018〕12号）"),
        CorrectionExample("（费用〔含药品〕）", "（费用〔含药品〕）"),
        CorrectionExample("缴纳医疗保险费（2019年度）", "缴纳医疗保险费（2019年度）"),
        CorrectionExample("（费用标准（2019年）", "（费用标准（2019年）"),
        CorrectionExample("（费用标准（2019）", "（费用标准（2019）"),
        CorrectionExample("（费医保规〔2019〕第1号）", "（冀医保规〔2019〕第1号）"),
    ]
}
