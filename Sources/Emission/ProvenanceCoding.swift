import CanonicalJSON
import PowerListModel

/// An item's `provenance` as JSON (SPEC.md): field → places, each place
/// `{page, box}`, `{sheet, row, column}`, `{table, row, column}` or `{lines}`.
enum ProvenanceCoding {
    static func encode(_ provenance: Provenance) -> JSONValue {
        .object(provenance.fields.mapValues { .array($0.map(encode)) })
    }

    static func encode(_ place: SourcePlace) -> JSONValue {
        switch place {
        case .pageBox(let page, let box):
            .object(["page": .int(page), "box": .array([box.x0, box.y0, box.x1, box.y1].map(JSONValue.number))])
        case .sheetCell(let sheet, let row, let column):
            .object(["sheet": .string(sheet), "row": .int(row), "column": .int(column)])
        case .tableCell(let table, let row, let column):
            .object(["table": .int(table), "row": .int(row), "column": .int(column)])
        case .lines(let first, let last):
            .object(["lines": .array([.int(first), .int(last)])])
        }
    }

    static func decode(_ provenance: FieldReader) throws -> Provenance {
        Provenance(fields: try provenance.members.reduce(into: [:]) { fields, member in
            fields[member.key] = try provenance.array(member.key, decodePlace)
        })
    }

    private static func decodePlace(_ value: JSONValue, _ path: String) throws -> SourcePlace {
        let place = try FieldReader(value, path: path)
        if place.members["page"] != nil {
            let box = try place.array("box") { value, path in
                guard case .number(let number) = value else { throw DocumentDecodingError(path: path, message: "expected a number, got \(value.typeName)") }
                return number
            }
            guard box.count == 4 else { throw DocumentDecodingError(path: place.path(of: "box"), message: "expected 4 numbers, got \(box.count)") }
            return .pageBox(page: try place.int("page"), box: PageBox(x0: box[0], y0: box[1], x1: box[2], y1: box[3]))
        }
        if place.members["sheet"] != nil {
            return .sheetCell(sheet: try place.string("sheet"), row: try place.int("row"), column: try place.int("column"))
        }
        if place.members["table"] != nil {
            return .tableCell(table: try place.int("table"), row: try place.int("row"), column: try place.int("column"))
        }
        let lines = try place.array("lines") { value, path in try FieldReader.integer(value, path: path) }
        guard lines.count == 2 else { throw DocumentDecodingError(path: place.path(of: "lines"), message: "expected [first, last], got \(lines.count) numbers") }
        return .lines(first: lines[0], last: lines[1])
    }
}
