import PowerListModel

/// Where a space stands between two of Tesseract's words on one line.
/// Tesseract cuts Chinese into words of its own, with nothing between them
/// in print; Latin words and numbers are set with spaces. So a space is put
/// only where the print leaves room for one: between Latin letters or
/// digits a quarter of an em (a word space), between Latin and Chinese
/// more (the space Word adds around numbers in Chinese text), and between
/// Chinese characters two ems (punctuation such as `，` `：` carries most of
/// an em of blank in its own box, and Tesseract's boxes of Chinese symbols
/// are loose).
enum WordSpacing {
    static let latinGap = 0.2
    static let mixedGap = 0.35
    static let chineseGap = 2.0

    /// The blank between `left` and `right` when it is a space, else nil.
    static func space(after left: RecognizedSymbol, before right: RecognizedSymbol, em: Int) -> (left: Int, right: Int)? {
        let gap = Double(right.box.left - left.box.right) / Double(max(1, em))
        let latinLeft = left.text.unicodeScalars.last.map(TextNormalizer.isLatinOrDigit) ?? false
        let latinRight = right.text.unicodeScalars.first.map(TextNormalizer.isLatinOrDigit) ?? false
        let needed = latinLeft && latinRight ? latinGap : (latinLeft || latinRight ? mixedGap : chineseGap)
        return gap > needed ? (left.box.right, right.box.left) : nil
    }
}
