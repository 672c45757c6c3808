/// A heading printed across the detail table that opens a section of rows:
/// a category (`一、行政许可（3项）`, `二、行政处罚 共5项`) in lists without a
/// 权力类型 column, or a department (`一、区发展和改革委员会`) in combined lists
/// without a 行政主体 column.
public struct SectionHeading: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The category name as printed, without numbering and count.
        case category(String)
        /// The department name as printed, without numbering.
        case department(String)
    }

    /// The heading as printed (white space collapsed).
    public var printed: String
    public var kind: Kind
    /// The item count the heading declares (`（3项）`, `共5项`), if any.
    public var declaredCount: Int?
    /// Read by OCR (a character may be misread).
    public var recognized: Bool

    public init(printed: String, kind: Kind, declaredCount: Int?, recognized: Bool = false) {
        self.printed = printed
        self.kind = kind
        self.declaredCount = declaredCount
        self.recognized = recognized
    }

    /// The heading `text` is, if it is one: a category heading first, else a
    /// department heading.
    public init?(_ text: String) {
        if let heading = CategoryHeading.parse(text) {
            self.init(printed: TextNormalizer.collapseWhitespace(text), kind: .category(heading.category), declaredCount: heading.declaredCount)
        } else if let department = DepartmentHeading.parse(text) {
            self.init(printed: TextNormalizer.collapseWhitespace(text), kind: .department(department), declaredCount: nil)
        } else {
            return nil
        }
    }
}
