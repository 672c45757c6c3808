/// A Song face's full stop is a ring, and Tesseract reads it now and then
/// as a degree or copyright sign (`规定的行为°`, `决定是否立案°2.调查`,
/// `的行为©`: 15 on three UMing scans), and reads a speck so too
/// (`依法收定采©出的矿`, `正的；©`). The lists print neither sign. After a
/// Chinese character, before what is no Chinese character (the cell's
/// end, a clause's number, a mark), such a ring is the sentence's `。`;
/// elsewhere (between two characters, after a mark or a letter) it is a
/// speck, and goes.
///
/// Applies to the symbols of one cell: its text runs on from line to line.
enum RingStops {
    /// What a ring of print is read as.
    static let rings: Set<String> = ["°", "©", "º", "®"]

    static func apply(to lines: inout [RecognizedLine]) {
        let texts = lines.symbolTexts
        guard texts.contains(where: rings.contains) else { return }
        let isChinese = { (text: String) in text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy(\.properties.isIdeographic) }
        var stops: Set<Int> = [], specks: Set<Int> = []
        for index in texts.indices where rings.contains(texts[index]) {
            let after = texts[(index + 1)...].first { !rings.contains($0) }
            if index > 0, isChinese(texts[index - 1]), !(after.map(isChinese) ?? false) { stops.insert(index) } else { specks.insert(index) }
        }
        lines.setSymbolTexts(texts.indices.map { stops.contains($0) ? "。" : texts[$0] })
        lines.removeSymbols(at: specks)
    }

    static let examples: [CorrectionExample] = [
        CorrectionExample("其他违反法律法规规章文件规定的行为°", "其他违反法律法规规章文件规定的行为。"),
        CorrectionExample("决定是否立案°2.调查阶段责任", "决定是否立案。2.调查阶段责任"),
        CorrectionExample(lines: ["的行为©", "（五）其他"], "的行为。（五）其他"),
        // A speck: between two characters, after a mark or a letter.
        CorrectionExample("依法没收采©出的矿产品", "依法没收采出的矿产品"),
        CorrectionExample("依法更正的；©", "依法更正的；"),
        CorrectionExample("内容。°(2)", "内容。(2)"),
    ]
}
