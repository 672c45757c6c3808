import ArgumentParser
import QZQDKit

@main
struct QZQD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qzqd",
        abstract: "Turn 权责清单 (lists of powers and responsibilities) from PDF or text exports into canonical, schema-valid JSON.",
        discussion: """
        Examples:
          qzqd convert 赵县医疗保障局权责清单.pdf -o zhao.json
          qzqd batch                      # every file of Input/ into Output/, resuming
          qzqd batch downloads/ json/ --jobs 4 --strict
          qzqd report 赵县医疗保障局权责清单.pdf -o zhao.report.html
          qzqd validate json/*.json
          qzqd export json/ --sqlite lists.sqlite --csv items.csv
          qzqd diff zhao-2023.json zhao-2024.json

        Exit status:
          0    success
          1    batch: some files failed; validate: some files are invalid; diff: the editions differ
          \(ExitStatusTable.conversionRange) convert: the input could not be converted (see `qzqd help convert`)
          64   bad usage
          65   export, diff: a .json input is not a qzqd document
          66   an input file or directory is missing or unreadable
          70   internal error (a bug; please report it with the input)
          73   the output file or directory cannot be written
          75   another batch is writing the output directory
        """,
        version: ToolVersion.description,
        subcommands: [
            ConvertCommand.self, ReportCommand.self, BatchCommand.self, ValidateCommand.self, ExportCommand.self, DiffCommand.self,
            SchemaCommand.self, WorkerCommand.self,
        ]
    )
}
