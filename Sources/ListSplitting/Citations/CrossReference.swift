/// `本办法第十条`, `本法第二十条`: inside a quoted article, a reference back to the
/// quoting document itself, not an article of the title cited before it. A
/// chain (`本办法第十条、第十一条`) is one reference.
enum CrossReference {
    private static let selfNames: [[Unicode.Scalar]] = [
        "法", "办法", "条例", "规定", "细则", "实施细则", "决定", "规则", "意见", "通知", "标准", "准则", "规程", "方案", "制度",
        "条", "章", "节",
    ].map { Array(("本" + $0).unicodeScalars) }

    private static func joinsChain(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "、" || scalar == "和" || scalar == "及" || scalar == "或" || scalar == "至"
    }

    /// Whether the article at `start` refers back to the quoting document; `previous`
    /// is the article just before it and whether that one did.
    static func isCrossReference(
        in scalars: ArraySlice<Unicode.Scalar>, at start: Int, previous: (range: Range<Int>, isCrossReference: Bool)?
    ) -> Bool {
        if let previous, previous.isCrossReference, previous.range.upperBound + 1 == start,
           joinsChain(scalars[previous.range.upperBound]) {
            return true
        }
        return selfNames.contains { name in
            start - name.count >= scalars.startIndex && scalars[(start - name.count)..<start].elementsEqual(name)
        }
    }
}
