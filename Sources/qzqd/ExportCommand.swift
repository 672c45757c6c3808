import ArgumentParser
import QZQDKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Load qzqd JSON documents into a SQLite database, a CSV file or a JSON Lines file.",
        discussion: """
        Each INPUT is a JSON document qzqd wrote, or a directory searched at any depth for them \
        (a batch's output: its manifest.json and hidden files are left alone). Documents are \
        exported in path order; the same document (same input SHA-256) found twice is exported once.

        --sqlite DB   adds the documents to DB (created when missing): tables documents, items, \
        provisions, citations, steps, cases, summary_groups, summary_entries, diagnostics and the \
        full-text index items_fts (docs/EXPORT.md). Each document is written in its own transaction; \
        a document already in DB (same SHA-256) is replaced.
        --csv FILE    one row per item, UTF-8 with a byte-order mark (Excel opens it as UTF-8), \
        list cells as numbered lines.
        --jsonl FILE  one item per line: {"item": …, "list": …, "source": …}.
        CSV and JSON Lines files are written atomically: complete or absent.

        Examples:
          qzqd export Output/ --sqlite lists.sqlite
          qzqd export zhao.json xiangdu.json --csv items.csv --jsonl items.jsonl

        Exit status:
          0   every document exported
          1   some inputs are not qzqd documents (each named on standard error); the others are exported
          66  an INPUT is missing or unreadable
          73  an output cannot be written
        """
    )

    @Option(help: ArgumentHelp("Add the documents to this SQLite database.", valueName: "db"))
    var sqlite: String?

    @Option(help: ArgumentHelp("Write the items to this CSV file.", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("Write the items to this JSON Lines file.", valueName: "file"))
    var jsonl: String?

    @Argument(help: ArgumentHelp("qzqd JSON documents, or directories of them.", valueName: "input"))
    var inputs: [String]

    func validate() throws {
        if sqlite == nil && csv == nil && jsonl == nil { throw ValidationError("Name an output: --sqlite, --csv or --jsonl.") }
        if inputs.isEmpty { throw ValidationError("Name at least one JSON document or directory.") }
    }

    func run() throws {
        var files: [String] = []
        for input in inputs {
            do {
                files += try DocumentFiles.expand(input)
            } catch {
                Console.error(input, error.description)
                throw ExitCode(error.exitStatus)
            }
        }
        var failed = 0
        do {
            let exporter = try DocumentExporter(targets: ExportTargets(sqlite: sqlite, csv: csv, jsonl: jsonl))
            for file in files {
                do {
                    try exporter.add(DocumentReader.decode(fileAt: file))
                } catch let error as DocumentReadingError {
                    Console.error(file, error.description)
                    failed += 1
                }
            }
            try exporter.finish()
            Console.standardError("exported \(exporter.documents) documents, \(exporter.items) items\(failed > 0 ? "; \(failed) inputs failed" : "")\n")
        } catch let error as ExportFailure {
            Console.error(error.path, error.message)
            throw ExitCode(error.exitStatus)
        }
        if failed > 0 { throw ExitCode(ExitStatus.someFilesFailed) }
    }
}
