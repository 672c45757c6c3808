import ArgumentParser
import EditionDiff
import Foundation
import PowerListModel
import QZQDKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two editions of a list.",
        discussion: """
        OLD and NEW are JSON documents qzqd wrote (*.json) or any input `qzqd convert` reads, \
        which is converted first. Items are paired by code, then by exact name, then by a \
        near-identical name (docs/DIFF.md). The report lists the items added (+), removed (-), \
        renamed (~) and changed (*), and for a changed item each field that differs (category, \
        subject, basis, responsibilities, accountability, remarks, code, extra) with the lines \
        only one edition has. Colours on a terminal, unless NO_COLOR is set.

        --json prints {"added": [{"name", "seq"}], "changed": [{"fields", "name"}], \
        "removed": [{"name", "seq"}], "renamed": [{"new", "old"}]} instead, canonical.

        Examples:
          qzqd diff zhao-2023.json zhao-2024.json
          qzqd diff old.pdf new.pdf --json

        Exit status:
          0   the editions have the same items, saying the same
          1   they differ
          65  a .json input is not a qzqd document
          66  an input is missing or unreadable
          \(ExitStatusTable.conversionRange)  an input could not be converted (as for `qzqd convert`)
        """
    )

    @Argument(help: ArgumentHelp("The old edition.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new edition.", valueName: "new"))
    var new: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let changes = EditionComparison.compare(try read(old), try read(new))
        if json {
            Console.standardOutput(try changes.canonicalJSON())
        } else {
            let colored = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            Console.standardOutput(Array(changes.text(old: old, new: new, colored: colored).utf8))
        }
        if !changes.isEmpty { throw ExitCode(ExitStatus.someFilesFailed) }
    }

    private func read(_ file: String) throws -> PowerListDocument {
        do {
            return try DocumentReader.read(fileAt: file)
        } catch {
            Console.error(file, error.description)
            throw ExitCode(error.exitStatus)
        }
    }
}
