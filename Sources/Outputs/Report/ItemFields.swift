import PowerListModel

/// The fields of an item as the report shows them, in the table's order,
/// under the names `Provenance` files their places by.
struct ItemField: Equatable {
    /// `Provenance`'s field name (`name`, `subject` … or an extra column's title).
    var key: String
    /// What the report's table calls it.
    var label: String
    /// nil when the list has no such column.
    var value: String?
    /// Long text: shown folded, its beginning on one line until opened.
    var isLong: Bool

    /// The fixed fields: key, label, long.
    private static let fixed: [(key: String, label: String, isLong: Bool)] = [
        ("seq", "序号", false), ("category", "权力类型", false), ("name", "权力事项", false), ("subject", "行政主体", false),
        ("basis", "依据", true), ("responsibilities", "责任事项", true), ("accountability", "追责情形", true),
        ("remarks", "备注", true), ("code", "编码", false),
    ]

    /// Every field of `item`; `extra` columns after the fixed ones, by title.
    static func of(_ item: Item) -> [ItemField] {
        let values: [String: String?] = [
            "seq": String(item.seq), "category": item.categoryRaw ?? item.category, "name": item.name, "subject": item.subject,
            "basis": item.basis?.text, "responsibilities": item.responsibilities?.text, "accountability": item.accountability?.text,
            "remarks": item.remarks, "code": item.code,
        ]
        var fields = fixed.map { ItemField(key: $0.key, label: $0.label, value: values[$0.key] ?? nil, isLong: $0.isLong) }
        for title in item.extra.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            fields.append(ItemField(key: title, label: title, value: item.extra[title], isLong: true))
        }
        return fields
    }

    /// What the report calls the field `key` names (an extra column: its title).
    static func label(of key: String) -> String {
        fixed.first { $0.key == key }?.label ?? key
    }
}
