import Emission
import PowerListModel
import TestSupport

/// The two seed lists' hand-checked documents: 17 and 26 items.
enum SeedDocuments {
    static let golds = ["seeds/000_53652f109c077542.gold.json", "seeds/002_87517433289be30b.gold.json"]

    static func load() throws -> [PowerListDocument] {
        try golds.map { try DocumentDecoder.decode(Fixtures.json($0)) }
    }
}
