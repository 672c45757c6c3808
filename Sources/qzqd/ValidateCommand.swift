import ArgumentParser
import QZQDKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check JSON files against the power-list schema.",
        discussion: """
        Prints one line per file: `FILE: valid (N items)`, with `, not canonical` when the \
        bytes differ from what qzqd writes (edited or reformatted), or `FILE: invalid: …` \
        with the first violations, or why the file could not be checked. A batch's \
        manifest.json is recognized and skipped.

        Examples:
          qzqd validate Output/*.json
          qzqd convert list.pdf | qzqd validate -

        Exit status:
          0   every file is valid
          1   some file is invalid, not JSON or unreadable
        """
    )

    /// Violations listed per file; the rest are counted.
    static let violationsShown = 3

    @Argument(help: ArgumentHelp("JSON files to check; - for standard input.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one JSON file.") }
    }

    func run() throws {
        var allValid = true
        for file in files {
            let verdict = file == "-" ? OutputValidator.validate(Console.readStandardInput()) : OutputValidator.validate(fileAt: file)
            switch verdict {
            case .valid, .batchManifest: break
            case .invalid, .notJSON, .unreadable: allValid = false
            }
            Console.standardOutput(Array("\(file): \(describe(verdict))\n".utf8))
        }
        if !allValid { throw ExitCode(ExitStatus.someFilesFailed) }
    }

    private func describe(_ verdict: OutputValidator.Verdict) -> String {
        switch verdict {
        case .valid(let items, let canonical):
            return "valid (\(items) items\(canonical ? "" : ", not canonical"))"
        case .invalid(let violations):
            let shown = violations.prefix(Self.violationsShown).joined(separator: "; ")
            let more = violations.count > Self.violationsShown ? " (and \(violations.count - Self.violationsShown) more)" : ""
            return "invalid: \(shown)\(more)"
        case .batchManifest:
            return "skipped: a qzqd batch manifest, not a list"
        case .notJSON(let reason):
            return "invalid: not JSON: \(reason)"
        case .unreadable(let reason):
            return "invalid: cannot read: \(reason)"
        }
    }
}
