import PowerListModel

/// Tesseract reads some characters of the lists as a character drawn
/// alike, surely and the same way every time, so no consensus of the
/// document mends them: `资` loses its `贝` (`次料`, `自然次源`), `违` and
/// `澳` their radical (`韦反`, `港奥台`), `篡` its top (`自改`, `算改`).
/// Such a reading makes no word with either neighbour, and the character
/// it stands for makes one: a character read as one of `lookAlikes`' keys,
/// making no word of Tesseract's lexicon with the character before it or
/// after it (on its line, or across the line's wrap: `follows`), is taken
/// for its look-alike when that makes one. `ocr-text` counts the
/// characters mended.
///
/// Where the reading makes a word too (`货源`), the document may still
/// tell: the look-alike read surely between the same two characters at
/// least `attested` times, and three times as often as the reading
/// (`自然货源` twice among 22 sure `然资源`).
///
/// - `相关的次料予以` → `资料` (`的次`, `次料` no words; `资料` one)
/// - `自然货源` twice, `然资源` read surely 22 times → `自然资源`
/// - `以次充好` kept (`资` makes no word there either)
/// - `一次` kept (`一次` is a word)
///
/// Measured on 27 speckled stand-in scans of 8 lists (on their texts as
/// read, before the rule): 113 characters it mends, 112 right against
/// their references and one closer to them (`人力货产` → `人力资产`, printed
/// `人力资源`); the pairs added since (驴, 千, 移, 竺 and the land law's)
/// mend 35 more, all right. Over the texts of the development golds (2,976
/// of these characters printed so), none stands where the rule would take
/// it: a printed character makes a word with a neighbour. A pair enters
/// the table only so measured.
enum LookAlikeCharacters {
    /// What a character was read as → what was printed.
    static let lookAlikes: [Unicode.Scalar: Unicode.Scalar] = [
        "次": "资", "货": "资", // 资料, 资源: the 贝 lost, or the top read as 化
        "韦": "违", // 违反: 辶 lost
        "奥": "澳", // 港澳台: 氵 lost
        "自": "篡", "算": "篡", // 篡改: the top lost, or the whole read as 算
        "其": "欺", // 欺诈: 欠 lost
        "巴": "予", // 予以
        "住": "任", // 责任
        "贵": "责", // 责任
        "浆": "弊", // 舞弊
        "名": "忽", // 玩忽
        "合": "登", "全": "登", // 登记
        "士": "土", // 土地
        "佬": "匿", // 隐匿
        "短": "簿", // 登簿
        "伺": "化", // 荒漠化
        "挫": "掺", "挨": "掺", "返": "掺", // 掺杂、掺假: 参 read as 坐, 矣, or the hand as 辶
        "驴": "骗", // 骗取: 马 kept, 扁 read as 户
        "千": "告", // 告知: 口 lost
        "移": "稽", // 稽核
        "竺": "待", // 待遇
        // The Land Administration Law's `占用耕地建窑、建坟…挖砂…取土…盐渍化`, which
        // every land list prints, in a Song face: 20 characters on 3 stand-ins, all right.
        "密": "窑", "窗": "窑", // 建窑
        "控": "挖", // 挖砂
        "读": "渍", // 盐渍
        "十": "土", // 土地, 取土
    ]

    /// How often the document must read the look-alike surely between the
    /// same two characters to mend a reading that makes a word.
    static let attested = 3

    /// Mends `pages` in place, counting on each page the characters mended.
    static func apply(to pages: inout [RecognizedPage], lexicon: any Lexicon) {
        let sure = RecognitionConsensus.sureReadings(of: pages)
        for index in pages.indices {
            var glyphs = pages[index].glyphs.glyphs
            for position in glyphs.indices {
                let read = glyphs[position].scalar
                guard let printed = lookAlikes[read] else { continue }
                let left = position > 0 && follows(glyphs[position - 1], glyphs[position]) ? glyphs[position - 1].scalar : nil
                let right = position + 1 < glyphs.count && follows(glyphs[position], glyphs[position + 1]) ? glyphs[position + 1].scalar : nil
                let byWords = !lexicon.makesWord(read, after: left, before: right) && lexicon.makesWord(printed, after: left, before: right)
                let byDocument = left.flatMap { left in right.map { right in sure[.init(left: [left], right: [right])] ?? [:] } }
                    .map { ($0[printed] ?? 0) >= max(attested, 3 * ($0[read] ?? 0)) } ?? false
                guard byWords || byDocument else { continue }
                glyphs[position].scalar = printed
                pages[index].lookAlikes += 1
            }
            pages[index].glyphs.glyphs = glyphs
        }
    }

    /// `next` follows `glyph` in the text: beside it on its line, or opening
    /// the line just below it, left of it (a cell's text wraps mid-word:
    /// `相关的次` / `料予以封存`).
    static func follows(_ glyph: Glyph, _ next: Glyph) -> Bool {
        if RecognitionConsensus.sameLine(glyph, next) { return true }
        let height = glyph.y1 - glyph.y0
        return next.y0 >= glyph.y1 - 0.5 && next.y0 - glyph.y1 < 0.8 * height && next.x1 <= glyph.x0
            && !TextNormalizer.isWhitespace(next.scalar)
    }
}
