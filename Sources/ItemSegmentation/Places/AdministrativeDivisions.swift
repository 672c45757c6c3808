/// The names of China's provinces, prefectures and counties, and which
/// contains which: what a list's title may name as its region. OCR misreads
/// a place's rare character (襄 as 衷 or 训); a place is a closed set of
/// names, so a reading that names none is a misreading, and a name one
/// character away from it, inside the unit printed beside it, is the place.
///
/// - `邢台市` contains `襄都区` and `信都区`; `河北省` contains `邢台市`
/// - `朝阳区` lies in `北京市` and in `长春市` (names repeat across the country)
/// - `衷都区` is no place
struct AdministrativeDivisions: Sendable {
    static let shared = AdministrativeDivisions(table: table)

    /// Every name, sorted: the order candidates are tried in, so that a
    /// choice never depends on a hash seed.
    let names: [String]
    /// A name → the names of the units directly containing it (none for a province).
    private let containers: [String: Set<String>]

    init(table: String) {
        var containers: [String: Set<String>] = [:]
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 2 else { continue }
            let province = fields[0], prefecture = fields[1]
            if containers[province] == nil { containers[province] = [] }
            // Where the province governs its counties itself, it contains them.
            let county = prefecture == "-" ? province : prefecture
            if prefecture != "-" { containers[prefecture, default: []].insert(province) }
            for name in fields.dropFirst(2) { containers[name, default: []].insert(county) }
        }
        self.containers = containers
        names = containers.keys.sorted()
    }

    func contains(_ name: String) -> Bool { containers[name] != nil }

    /// `inner` is a unit directly inside `outer` (`襄都区` in `邢台市`).
    func lies(_ inner: String, in outer: String) -> Bool { containers[inner]?.contains(outer) == true }
}
