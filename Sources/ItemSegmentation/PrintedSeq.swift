/// A printed 序号: a positive number of at most six digits. `0`, a negative
/// number or a longer digit run (an ID printed in the column) is none: item
/// numbers start at 1 (the schema says so) and unnumbered rows count on from
/// the one before, which must not overflow.
enum PrintedSeq {
    static let maximum = 999_999

    static func parse(_ text: some StringProtocol) -> Int? {
        guard let value = Int(text), (1...maximum).contains(value) else { return nil }
        return value
    }
}
