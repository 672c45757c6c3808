/// How Word writes a list counter for a level's `w:numFmt`: the number a
/// reader sees in front of an automatically numbered paragraph.
enum WordNumberFormat {
    static func text(of number: Int, format: String) -> String {
        switch format {
        case "decimal", "decimalHalfWidth": String(number)
        case "decimalZero": number < 10 && number >= 0 ? "0\(number)" : String(number)
        case "decimalFullWidth", "decimalFullWidth2": fullWidth(number)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": enclosed(number, first: 0x2460, last: 20)
        case "decimalEnclosedParen": enclosed(number, first: 0x2474, last: 20)
        case "decimalEnclosedFullstop": enclosed(number, first: 0x2488, last: 20)
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting":
            ChineseCounting.text(of: number)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            String(String(number).map { ChineseCounting.digits[Int(String($0)) ?? 0] })
        case "chineseLegalSimplified": ChineseCounting.legalText(of: number)
        case "ideographTraditional": cycle(number, through: Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": cycle(number, through: Array("子丑寅卯辰巳午未申酉戌亥"))
        case "upperLetter": letters(number, uppercase: true)
        case "lowerLetter": letters(number, uppercase: false)
        case "upperRoman": roman(number)
        case "lowerRoman": roman(number).lowercased()
        case "none", "bullet": ""
        default: String(number)
        }
    }

    /// `①`…`⑳` and their kin; Word falls back to plain digits past the last glyph.
    private static func enclosed(_ number: Int, first: UInt32, last: Int) -> String {
        guard (1...last).contains(number), let scalar = Unicode.Scalar(first + UInt32(number - 1)) else { return String(number) }
        return String(Character(scalar))
    }

    private static func fullWidth(_ number: Int) -> String {
        String(String(number).unicodeScalars.map { scalar in
            scalar.properties.numericType != nil ? Character(Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!) : Character(scalar)
        })
    }

    private static func cycle(_ number: Int, through symbols: [Character]) -> String {
        guard number > 0 else { return String(number) }
        return String(symbols[(number - 1) % symbols.count])
    }

    /// Word's letters: A…Z, then AA…ZZ, AAA… (the letter repeated, not base 26).
    private static func letters(_ number: Int, uppercase: Bool) -> String {
        guard number > 0 else { return String(number) }
        let letter = Character(Unicode.Scalar(UInt8((uppercase ? 65 : 97) + (number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    private static func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let values: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = number, text = ""
        for (value, symbol) in values {
            while rest >= value {
                text += symbol
                rest -= value
            }
        }
        return text
    }
}

/// Chinese counting numerals as Word writes list numbers: 一 … 十、十一 … 二十、
/// 一百零一; 零 stands for a run of missing units.
enum ChineseCounting {
    /// Digit by digit (`ideographDigital`: 一〇五).
    static let digits: [Character] = Array("〇一二三四五六七八九")
    /// In counting numerals a zero is written 零 (一百零一).
    private static let countingDigits: [Character] = Array("零一二三四五六七八九")
    private static let legalDigits: [Character] = Array("零壹贰叁肆伍陆柒捌玖")

    static func text(of number: Int) -> String {
        compose(number, digits: countingDigits, units: ["", "十", "百", "千"], dropsLeadingOne: true)
    }

    static func legalText(of number: Int) -> String {
        compose(number, digits: legalDigits, units: ["", "拾", "佰", "仟"], dropsLeadingOne: false)
    }

    private static func compose(_ number: Int, digits: [Character], units: [String], dropsLeadingOne: Bool) -> String {
        guard (1...9999).contains(number) else { return String(number) }
        let places = String(number).compactMap { $0.wholeNumberValue }
        var text = ""
        var pendingZero = false
        for (index, digit) in places.enumerated() {
            let unit = units[places.count - 1 - index]
            if digit == 0 {
                pendingZero = !text.isEmpty
                continue
            }
            if pendingZero { text.append(digits[0]) }
            pendingZero = false
            // 十一, not 一十一: a leading 1 before 十 is not written.
            if !(dropsLeadingOne && digit == 1 && unit == "十" && text.isEmpty) { text.append(digits[digit]) }
            text += unit
        }
        return text
    }
}
