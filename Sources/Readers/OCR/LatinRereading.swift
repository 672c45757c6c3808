/// Tesseract reads each word with whichever of its models, Chinese or
/// English, is surer, and the English model is sure of itself where it reads
/// Chinese as Latin letters: `（主项）` as `(CED)`, `共4项` as `HAM`,
/// `（共六类、26项）` as `CHAR, 26 WD`, each symbol above 90% confident. The
/// Chinese model alone reads those right but reads lone digits wrong (`2` as
/// `帮`). Lists print few Latin words, so the lines where the English model
/// read letters or symbols (`(=项)`) are read again by the Chinese model, and
/// each such word is replaced by what it read in the word's place. Words of
/// digits and punctuation stay. The script model `HanS` slips the same way
/// (襄都区医疗 as `ROK BIT`): its words of Latin letters are suspect too, its
/// Chinese ones are not.
enum LatinRereading {
    /// Lines holding such a word, by index; with `letters`, a word of that
    /// many letters at least, as wide as the line's characters stand tall.
    /// The lines other readings gave after the first (`PageReading`'s
    /// rereads) are looked at for words of two letters a character wide: a
    /// lone letter, or a narrow word, there is a speck more often than a
    /// character (`机关的；a`, read again as `|1本`; `内容。网5、`).
    static func suspects(in lines: [RecognizedLine], letters: Int = 0) -> [Int] {
        lines.indices.filter { index in
            let words = lines[index].words.filter { word in
                isSuspect(word) && word.symbols.count { $0.text.unicodeScalars.contains(where: isLetter) } >= letters
            }
            // The line's characters are measured only where a width is asked and a word is suspect.
            guard letters > 0, !words.isEmpty else { return !words.isEmpty }
            let em = RecognizedGlyphs.band(of: lines[index]).height
            return words.contains { $0.box.width >= em }
        }
    }

    /// The region a suspect line is read again in: its box, with room around
    /// it (a quarter of its height) for the ink Tesseract's box cut off.
    static func region(of line: RecognizedLine) -> PixelBox {
        let margin = line.box.height / 4
        return PixelBox(left: line.box.left - margin, top: line.box.top - margin, right: line.box.right + margin, bottom: line.box.bottom + margin)
    }

    /// Where the region of `line` read nothing again: the band of its
    /// Chinese characters, with the same room. A line boxed over more than
    /// its print (`6.送达阶段责任；JRA CBU ICE`, 49 pixels tall round print 35
    /// tall, a line of another reading merged in) reads as nothing cut
    /// across the lines above and below it; cut at its characters' band it
    /// reads `依法送达《行政处罚决定`. nil where the line has no Chinese
    /// character, or its box is no taller than the band.
    static func bandRegion(of line: RecognizedLine) -> PixelBox? {
        guard let top = CharacterlessLines.usual(line, edge: \.top), let bottom = CharacterlessLines.usual(line, edge: \.bottom), bottom > top,
              line.box.top < top || line.box.bottom > bottom else { return nil }
        let margin = (bottom - top) / 4
        return PixelBox(left: line.box.left - margin, top: top - margin, right: line.box.right + margin, bottom: bottom + margin)
    }

    /// `line` with each suspect word replaced by the symbols of `reread`
    /// that stand in the word's place: from halfway to the word before it to
    /// halfway to the word after (the word stays when none does), each
    /// symbol in one place only. A line read as suspect words alone takes
    /// the reading whole: the English model's word boxes overlap (`EAB`
    /// reaching over `AD` for `襄都区单位医疗保险`), and place by place the
    /// reading was taken twice and `AD` kept (`襄都区A单D位位医医…`).
    static func merge(_ line: RecognizedLine, reread: [RecognizedLine]) -> RecognizedLine {
        let symbols = reread.flatMap { $0.words.flatMap(\.symbols) }
        if !symbols.isEmpty, line.words.allSatisfy(isSuspect) {
            return RecognizedLine(box: line.box, words: [RecognizedWord(symbols: symbols, language: Recognition.chinese)])
        }
        let boxes = line.words.map(\.box)
        var merged = line
        var taken = Set<Int>()
        for index in merged.words.indices where isSuspect(merged.words[index]) {
            let start = index == 0 ? Int.min : (boxes[index - 1].right + boxes[index].left) / 2
            let end = index + 1 == boxes.count ? Int.max : (boxes[index].right + boxes[index + 1].left) / 2
            let inside = symbols.indices.filter { position in
                let middle = (symbols[position].box.left + symbols[position].box.right) / 2
                return middle >= start && middle < end && !taken.contains(position)
            }
            taken.formUnion(inside)
            if !inside.isEmpty { merged.words[index] = RecognizedWord(symbols: inside.map { symbols[$0] }, language: Recognition.chinese) }
        }
        return merged
    }

    /// Read by another model than `Recognition.chinese`, and more than
    /// digits, punctuation, Chinese characters and the rings a Song face's
    /// full stop is read as (`为°`: `RingStops` makes it `。`; read again, the
    /// Chinese model made it `o`, which nothing mends).
    private static func isSuspect(_ word: RecognizedWord) -> Bool {
        word.language != Recognition.chinese && word.symbols.contains { symbol in
            !RingStops.rings.contains(symbol.text) && symbol.text.unicodeScalars.contains { scalar in
                !("0"..."9").contains(scalar) && !scalar.properties.generalCategory.isPunctuation && !scalar.properties.isIdeographic
            }
        }
    }

    /// A Latin letter, as the English model reads one and the Chinese model misreads a character as one.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.properties.isAlphabetic
    }
}
