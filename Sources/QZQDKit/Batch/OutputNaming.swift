/// Where each input's JSON goes: the output tree mirrors the input tree and
/// `a/b/x.pdf` becomes `a/b/x.json`.
///
/// Two inputs of one directory that differ only in their extension (`x.pdf`,
/// `x.txt`) would both become `x.json`; each of them then keeps its whole name
/// (`x.pdf.json`, `x.txt.json`), so no output overwrites another. An input
/// that would become the top-level `manifest.json` keeps its whole name too.
public enum OutputNaming {
    public static func outputs(for paths: [String]) -> [String: String] {
        var chosen = Dictionary(uniqueKeysWithValues: paths.map { ($0, replacingExtension(of: $0)) })
        var reserved: Set<String> = [Manifest.fileName]
        // Full names are unique among themselves, so moving every party of a
        // clash to its full name settles in a few rounds.
        while true {
            var claimants: [String: [String]] = [:]
            for (path, output) in chosen { claimants[output, default: []].append(path) }
            let clashing = claimants.filter { $0.value.count > 1 || reserved.contains($0.key) }.values.joined()
            guard !clashing.isEmpty else { return chosen }
            for path in clashing { chosen[path] = path + ".json" }
            reserved = []
        }
    }

    static func replacingExtension(of path: String) -> String {
        let nameStart = path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex
        let name = path[nameStart...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path + ".json" }
        return String(path[..<dot]) + ".json"
    }
}
