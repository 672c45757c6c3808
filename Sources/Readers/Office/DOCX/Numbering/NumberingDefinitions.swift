import MarkupParsing

/// One level of a Word list (`w:lvl`): what its label looks like.
struct NumberingLevel: Equatable {
    var start = 1
    var format = "decimal"
    /// `%1、`, `（%1）`, `%1.%2`: `%n` is level n's counter.
    var text = ""
    /// `w:lvlRestart` (1-based): the level is restarted by a paragraph at a
    /// level above this one; 0 never restarts it. nil: any higher level restarts it.
    var restartAfter: Int?
    /// `w:isLgl`: every counter in the label is written in Arabic digits.
    var isLegal = false
    /// What separates the label from the text (`w:suff`: tab, space, nothing).
    var suffix = " "
}

/// `word/numbering.xml`: the abstract list definitions and the list instances
/// (`w:num`) paragraphs refer to by `numId`.
struct NumberingDefinitions {
    struct Instance: Equatable {
        var abstractID: String
        /// `w:lvlOverride/w:startOverride` by level.
        var startOverrides: [Int: Int] = [:]
        /// `w:lvlOverride/w:lvl`: a level redefined for this instance.
        var levelOverrides: [Int: NumberingLevel] = [:]
    }

    private(set) var abstractLevels: [String: [Int: NumberingLevel]] = [:]
    private(set) var instances: [String: Instance] = [:]
    /// An abstract definition that only points at a numbering style
    /// (`w:numStyleLink`), and the definitions that define a style (`w:styleLink`).
    private var styleReferences: [String: String] = [:]
    private var styleDefinitions: [String: String] = [:]

    init() {}

    init(xml bytes: [UInt8]) throws(XMLParsingError) {
        let parser = try XMLPullParser(bytes: bytes, documentName: "word/numbering.xml")
        var path: [String] = []
        var abstractID: String?, numID: String?
        var levelIndex = 0, overrideLevel = 0
        var level = NumberingLevel()
        while true {
            switch try parser.next() {
            case .startElement:
                let name = parser.localName
                let value = parser.attribute("val")
                switch (path.last, name) {
                case (_, "abstractNum"): abstractID = parser.attribute("abstractNumId")
                case (_, "num"): numID = parser.attribute("numId")
                case ("num", "abstractNumId"):
                    if let numID, let value { instances[numID] = Instance(abstractID: value) }
                case ("num", "lvlOverride"): overrideLevel = parser.attribute("ilvl").flatMap { Int($0) } ?? 0
                case ("lvlOverride", "startOverride"):
                    if let numID, let start = value.flatMap({ Int($0) }) { instances[numID]?.startOverrides[overrideLevel] = start }
                case (_, "lvl"):
                    levelIndex = parser.attribute("ilvl").flatMap { Int($0) } ?? 0
                    level = NumberingLevel()
                case ("lvl", "start"): level.start = value.flatMap { Int($0) } ?? 1
                case ("lvl", "numFmt"): level.format = value ?? "decimal"
                case ("lvl", "lvlText"): level.text = value ?? ""
                case ("lvl", "lvlRestart"): level.restartAfter = value.flatMap { Int($0) }
                case ("lvl", "isLgl"): level.isLegal = value.map { $0 != "0" && $0 != "false" } ?? true
                case ("lvl", "suff"): level.suffix = value == "nothing" ? "" : " "
                case ("abstractNum", "numStyleLink"): if let abstractID, let value { styleReferences[abstractID] = value }
                case ("abstractNum", "styleLink"): if let abstractID, let value { styleDefinitions[value] = abstractID }
                default: break
                }
                path.append(name)
            case .endElement:
                let name = path.removeLast()
                if name == "lvl" {
                    if path.last == "abstractNum", let abstractID {
                        abstractLevels[abstractID, default: [:]][levelIndex] = level
                    } else if path.last == "lvlOverride", let numID {
                        instances[numID]?.levelOverrides[overrideLevel] = level
                    }
                }
            case .text:
                continue
            case .endOfDocument:
                return
            }
        }
    }

    /// The abstract definition an instance uses, following a numbering-style link.
    func abstractID(of instance: Instance) -> String {
        if let style = styleReferences[instance.abstractID], let linked = styleDefinitions[style] { return linked }
        return instance.abstractID
    }

    /// The definition of `level` as `instance` uses it.
    func level(_ level: Int, of instance: Instance) -> NumberingLevel? {
        instance.levelOverrides[level] ?? abstractLevels[abstractID(of: instance)]?[level]
    }
}
