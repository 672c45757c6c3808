import MarkupParsing

/// The relationships of one part (`xl/_rels/workbook.xml.rels`): which part
/// each `r:id` names, resolved to a part name in the package.
struct PackageRelationships {
    /// Target part names by relationship id.
    private(set) var targets: [String: String] = [:]
    /// Target part names by relationship type's last path segment
    /// (`officeDocument`, `sharedStrings`, `numbering`), first one listed.
    private(set) var targetsByType: [String: String] = [:]

    /// Reads the relationships of `sourcePart`; none when the package has no
    /// relationships part for it.
    init(of sourcePart: String, in package: OOXMLPackage) throws(OfficeReadingError) {
        let folder = sourcePart.split(separator: "/").dropLast().joined(separator: "/")
        let fileName = sourcePart.split(separator: "/").last.map(String.init) ?? ""
        let relationshipsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + fileName + ".rels"
        guard let bytes = try package.part(relationshipsPart) else { return }
        do {
            let parser = try XMLPullParser(bytes: bytes, documentName: relationshipsPart)
            while true {
                switch try parser.next() {
                case .startElement where parser.localName == "Relationship":
                    guard parser.attribute("TargetMode") != "External",
                          let id = parser.attribute("Id"), let target = parser.attribute("Target") else { continue }
                    let resolved = Self.resolve(target, from: folder)
                    targets[id] = resolved
                    if let type = parser.attribute("Type")?.split(separator: "/").last.map(String.init), targetsByType[type] == nil {
                        targetsByType[type] = resolved
                    }
                case .endOfDocument:
                    return
                default:
                    continue
                }
            }
        } catch {
            throw OfficeReadingError(error)
        }
    }

    /// A target is relative to the source part's folder unless it starts with `/`.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}
