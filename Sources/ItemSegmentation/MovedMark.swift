import PowerListModel

/// A mark one table read a character off: `对定点医疗机构零、售药店` in the
/// row, `定点医疗机构、零售药店` in the summary (the same print, read the same
/// way on two scans). The alignment sees a mark against none on each side
/// of `零`, and the marks' rule decides neither (the names print `、`). The
/// same mark is one mark: the reading whose mark stands inside a word
/// (`零、售`: `零售`) misread it, where the other's stands inside none
/// (`构、零`).
enum MovedMark {
    /// For the stretches (by index) of a mark moved across one character
    /// (three stretches: one scalar, one alike, one scalar; the alignment
    /// may move either the mark or the character), whether the summary's
    /// reading is taken (else the row's).
    static func decisions(_ stretches: [Stretch], _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], lexicon: any Lexicon) -> [Int: Bool] {
        var decided: [Int: Bool] = [:]
        for first in stretches.indices.dropLast(2) {
            let between = stretches[first + 1]
            guard let (beforeA, beforeB) = stretches[first].differing, let (afterA, afterB) = stretches[first + 2].differing,
                  between.differing == nil, between.a.count == 1 else { continue }
            // One scalar before the middle one in one reading and after it in the other
            // (the alignment may move the character across the mark, or the mark across it).
            let movedInA: Int, movedInB: Int, moved: Unicode.Scalar
            if beforeA.isEmpty, afterB.isEmpty, beforeB.count == 1, afterA.count == 1, beforeB.first == afterA.first {
                (movedInA, movedInB, moved) = (stretches[first + 2].a.lowerBound, stretches[first].b.lowerBound, afterA[afterA.startIndex])
            } else if beforeB.isEmpty, afterA.isEmpty, beforeA.count == 1, afterB.count == 1, beforeA.first == afterB.first {
                (movedInA, movedInB, moved) = (stretches[first].a.lowerBound, stretches[first + 2].b.lowerBound, beforeA[beforeA.startIndex])
            } else {
                continue
            }
            let middle = a[between.a.lowerBound]
            let marks = RecognizedNameChoice.speckMarks
            let (markA, markB): (Int, Int)
            if marks.contains(moved), middle.properties.isIdeographic {
                (markA, markB) = (movedInA, movedInB)
            } else if marks.contains(middle), moved.properties.isIdeographic {
                (markA, markB) = (between.a.lowerBound, between.b.lowerBound)
            } else {
                continue
            }
            let splitsA = splitsWord(a, at: markA, lexicon), splitsB = splitsWord(b, at: markB, lexicon)
            guard splitsA != splitsB else { continue }
            for index in first...(first + 2) { decided[index] = splitsA }
        }
        return decided
    }

    /// The mark at `index` stands between two characters that make a word (of up to four).
    static func splitsWord(_ text: [Unicode.Scalar], at index: Int, _ lexicon: any Lexicon) -> Bool {
        guard index > 0, index + 1 < text.count else { return false }
        var without = text
        without.remove(at: index)
        return lexicon.spansWord(without, junction: index, longest: RecognizedNameChoice.longestWord)
    }
}
