/// The scalars a set of strings opens with, so that a text none of them can
/// open is turned away before it is compared, Character by Character, with
/// each (rules ask every line of a document). Swift compares Characters by
/// their canonical form: for strings whose first characters have no
/// decomposition (ideographs, CJK and ASCII marks, as every user's are), the
/// only other spelling it equates with one is a CJK compatibility ideograph,
/// which is let through to the full comparison.
///
/// - openings of `打印`, `【关闭】`: `打印本页` may open with one; `对关闭违法网站的处罚` opens with none
/// - U+F90A (金's compatibility twin) may open with one of `金额`
public struct OpeningScalars: Sendable {
    private let scalars: Set<Unicode.Scalar>

    public init(of strings: some Sequence<String>) {
        scalars = Set(strings.compactMap(\.unicodeScalars.first))
    }

    /// Whether a text whose first scalar is `first` may have one of the strings as a prefix.
    public func mayOpen(with first: Unicode.Scalar) -> Bool {
        scalars.contains(first) || first.isCJKCompatibilityIdeograph
    }
}
