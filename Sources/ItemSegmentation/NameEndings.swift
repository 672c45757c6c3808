import PowerListModel

/// A recognized name's last two characters, misread where too little
/// follows them to frame them (`RecognizedNameRespelling` weighs a character
/// between two on each side): `…的处罚` read `…的处昼`, `…的处1` or `…的从罚`.
/// The list's other names end alike (`的处罚` closes most names of 行政处罚),
/// read by OCR each on its own. Such a character is respelled when the
/// other names, in the same place before their end between the same
/// characters, print another character at least `attested` times and more
/// than twice as often as any third, and never the one read; and that
/// character makes a word with a neighbour while the one read makes none
/// (or is no character: a digit, a letter, a mark).
///
/// - `…的处昼`, other names ending `的处罚` three times → `…的处罚`
/// - `…的处1`, the same → `…的处罚`
/// - `…的从罚`, the same → `…的处罚`
/// - `…的处理`, other names ending `的处罚` three times → stays (`处理` a word)
/// - `…的处昼`, other names ending `的处罚` once → stays
struct NameEndings {
    static let attested = RecognizedNameRespelling.attested

    /// A place near a name's end: the characters before it and after it,
    /// three in all with the end (`的处` + end for the last character, `的` and
    /// `罚` + end for the one before it).
    private struct Frame: Hashable {
        let before: [Unicode.Scalar], after: [Unicode.Scalar]
    }

    /// How often the names print each character in each frame.
    private var middles: [Frame: [Unicode.Scalar: Int]] = [:]

    init(_ names: [String]) {
        for name in names {
            let scalars = Array(name.unicodeScalars)
            for place in Self.places(in: scalars) {
                middles[Self.frame(of: scalars, at: place), default: [:]][scalars[place], default: 0] += 1
            }
        }
    }

    /// The last character and the one before it.
    private static func places(in scalars: [Unicode.Scalar]) -> [Int] {
        scalars.count >= 4 ? [scalars.count - 1, scalars.count - 2] : []
    }

    private static func frame(of scalars: [Unicode.Scalar], at place: Int) -> Frame {
        let after = Array(scalars[(place + 1)...])
        return Frame(before: Array(scalars[(place - 2 + after.count)..<place]), after: after)
    }

    /// `name` with its last two characters respelled where the other names
    /// decide them; the name is one of the names counted `printings` times.
    func respelled(_ name: String, printings: Int, lexicon: any Lexicon) -> String {
        var scalars = Array(name.unicodeScalars)
        for place in Self.places(in: scalars) {
            let frame = Self.frame(of: scalars, at: place), read = scalars[place]
            guard (frame.before + frame.after).allSatisfy(\.properties.isIdeographic) else { continue }
            var counts = middles[frame] ?? [:]
            counts[read, default: 0] -= printings
            guard counts[read, default: 0] <= 0 else { continue }
            guard let best = RecognizedNameRespelling.leadingCharacter(in: counts), best.value >= Self.attested else { continue }
            let makesWord = { (character: Unicode.Scalar) in lexicon.makesWord(character, after: frame.before.last, before: frame.after.first) }
            guard makesWord(best.key), !read.properties.isIdeographic || !makesWord(read) else { continue }
            scalars[place] = best.key
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
