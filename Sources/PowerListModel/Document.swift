/// The canonical power list: the value every pipeline stage works toward and
/// `Emission` serializes. Mirrors `SPEC.md` and `Schemas/power-list.schema.json`.
public struct PowerListDocument: Sendable, Equatable {
    public static let schemaVersion = "1.0"

    public var source: SourceInfo
    public var list: ListFacts
    public var summary: Summary?
    public var items: [Item]
    public var diagnostics: [Diagnostic]

    public init(source: SourceInfo, list: ListFacts, summary: Summary?, items: [Item], diagnostics: [Diagnostic]) {
        self.source = source
        self.list = list
        self.summary = summary
        self.items = items
        self.diagnostics = diagnostics
    }
}

/// What the input was. A scanned PDF is `pdf`; a legacy office file keeps its
/// own kind after conversion; CSV and tab-separated exports are `text`.
public enum SourceFormat: String, Sendable, Equatable, CaseIterable {
    case pdf
    case text
    case html
    case docx
    case xlsx
    case doc
    case xls
    case wps
    case et
    case odt
    case ods
    case rtf
}

public struct SourceInfo: Sendable, Equatable {
    /// File name only, never a directory.
    public var file: String
    /// Lower-case hex SHA-256 of the input bytes.
    public var sha256: String
    public var format: SourceFormat
    /// `nil` when the input has no pages (a text export without page furniture).
    public var pages: Int?

    public init(file: String, sha256: String, format: SourceFormat, pages: Int?) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.pages = pages
    }
}

/// What the title lines say about the list.
public struct ListFacts: Sendable, Equatable {
    /// nil when the document prints no title (then every field is nil).
    public var title: String?
    public var region: String?
    public var department: String?
    public var edition: String?

    public init(title: String?, region: String?, department: String?, edition: String?) {
        self.title = title
        self.region = region
        self.department = department
        self.edition = edition
    }
}
