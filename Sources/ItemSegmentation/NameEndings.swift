import PowerListModel

/// A recognized name's last character, misread where nothing follows it to
/// frame it (`RecognizedNameRespelling` weighs a character between two on
/// each side): `…的处罚` read `…的处昼` or `…的处1`. The list's other names
/// end alike (`的处罚` closes most names of 行政处罚), read by OCR each on
/// its own. The last character is respelled when the other names end, after
/// the same two characters, in another character at least `attested`
/// times and more than twice as often as in any third, and never in the
/// one read; and that character makes a word with the one before it while
/// the one read makes none (or is no character: a digit, a letter, a mark).
///
/// - `…的处昼`, other names ending `的处罚` three times → `…的处罚`
/// - `…的处1`, the same → `…的处罚`
/// - `…的处理`, other names ending `的处罚` three times → stays (`处理` a word)
/// - `…的处昼`, other names ending `的处罚` once → stays
struct NameEndings {
    static let attested = RecognizedNameRespelling.attested

    private struct Frame: Hashable {
        let first: Unicode.Scalar, second: Unicode.Scalar
    }

    /// How often the names end in each character after each two.
    private var endings: [Frame: [Unicode.Scalar: Int]] = [:]

    init(_ names: [String]) {
        for name in names {
            let scalars = Array(name.unicodeScalars)
            guard scalars.count >= 3 else { continue }
            let frame = Frame(first: scalars[scalars.count - 3], second: scalars[scalars.count - 2])
            endings[frame, default: [:]][scalars[scalars.count - 1], default: 0] += 1
        }
    }

    /// `name` with its last character respelled where the other names
    /// decide it; the name is one of the names counted `printings` times.
    func respelled(_ name: String, printings: Int, lexicon: any Lexicon) -> String {
        var scalars = Array(name.unicodeScalars)
        guard scalars.count >= 4, let read = scalars.last else { return name }
        let before = scalars[scalars.count - 2]
        guard before.properties.isIdeographic, scalars[scalars.count - 3].properties.isIdeographic else { return name }
        var counts = endings[Frame(first: scalars[scalars.count - 3], second: before)] ?? [:]
        counts[read, default: 0] -= printings
        guard counts[read, default: 0] <= 0 else { return name }
        let ranked = counts.filter { $0.value > 0 && $0.key.properties.isIdeographic }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.value < $1.key.value }
        guard let best = ranked.first, best.value >= Self.attested, ranked.count == 1 || best.value > 2 * ranked[1].value else { return name }
        let pair = { (second: Unicode.Scalar) in lexicon.isWord(String(String.UnicodeScalarView([before, second]))) }
        guard pair(best.key), !read.properties.isIdeographic || !pair(read) else { return name }
        scalars[scalars.count - 1] = best.key
        return String(String.UnicodeScalarView(scalars))
    }
}
