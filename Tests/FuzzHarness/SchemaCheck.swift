import Emission
import PowerListModel

/// The output contract as an oracle: whatever the input, the document the
/// pipeline builds must pass `Schemas/power-list.schema.json` (else `qzqd`
/// fails with an internal error instead of writing it).
enum SchemaCheck {
    static func source(pages: Int?) -> SourceInfo {
        SourceInfo(file: "fuzz-input.txt", sha256: String(repeating: "0", count: 64), format: .text, pages: pages)
    }

    static func violations(of document: PowerListDocument) -> [String] {
        do {
            _ = try DocumentEmitter.emit(document)
            return []
        } catch {
            return ["\(error)"]
        }
    }
}
