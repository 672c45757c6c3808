import ArgumentParser
import QZQDKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) every output of qzqd conforms to.",
        discussion: "Example:\n  qzqd schema > power-list.schema.json"
    )

    func run() {
        let text = OutputValidator.schema
        Console.standardOutput(Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
