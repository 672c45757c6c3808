/// Where each field of one item was read from: field name (`name`,
/// `category`, `subject`, `basis`, `responsibilities`, `accountability`,
/// `remarks`, `code`, `seq`, or an `extra` column's printed title) → the
/// places of the cells it was read from, in reading order. A field filled
/// from elsewhere (the summary, a section heading, the other rows) has no
/// places of its own in the row and is absent; its diagnostic says where
/// it came from.
public struct Provenance: Sendable, Equatable {
    public var fields: [String: [SourcePlace]]

    public init(fields: [String: [SourcePlace]] = [:]) {
        self.fields = fields
    }

    /// The field names of the fixed fields a column of `role` feeds; an extra
    /// column is known by its printed title.
    public static func field(of role: ColumnRole) -> String {
        switch role {
        case .seq: "seq"
        case .category: "category"
        case .name, .mainItem, .subItem: "name"
        case .subject: "subject"
        case .basis: "basis"
        case .responsibilities: "responsibilities"
        case .accountability: "accountability"
        case .remarks: "remarks"
        case .code: "code"
        case .extra(let title): title
        }
    }

    /// The provenance of a detail row: every cell with places, under the
    /// field its column feeds (a 主项 and a 子项 both feed `name`), in the
    /// table's column order.
    public init(row: TableRow, columns: [Column]) {
        var fields: [String: [SourcePlace]] = [:]
        for column in columns {
            let places = row[column.role].places
            guard !places.isEmpty else { continue }
            fields[Self.field(of: column.role), default: []] += places
        }
        self.init(fields: fields)
    }
}
