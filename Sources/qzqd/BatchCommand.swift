import ArgumentParser
import DataExport
import Foundation
import QZQDKit

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert every list in a directory tree, resuming where the last run stopped.",
        discussion: """
        Takes every .pdf, .txt, .tsv and .text file under INPUT_DIR (any letter case, any depth) \
        and writes its JSON at the same relative place under OUTPUT_DIR: a/b/x.pdf becomes a/b/x.json \
        (x.pdf.json and x.txt.json when a/b has both x.pdf and x.txt). Hidden files and directories, \
        other extensions and symbolic links to directories are left alone.

        OUTPUT_DIR/manifest.json records, for every input: its status (ok, failed, skipped), the \
        SHA-256 of its bytes, its output, item and diagnostic counts or the error, and the time it took.

        Each file is converted in a separate process with a time limit, so one bad file costs \
        only itself. Outputs are written atomically and each finished file is journaled at once: \
        a batch stopped at any moment, even by kill -9, leaves complete outputs, and running it \
        again converts only what is left. A file is skipped when an earlier run converted the \
        same bytes with the same qzqd version and output style and its output still exists; \
        --force converts everything again. When a file fails, its old output is removed.

        --sqlite DB also stores every converted document in the SQLite database DB (as `qzqd export \
        --sqlite` does), written by this process alone, one transaction per document: a stopped \
        batch leaves DB consistent, and a re-run adds what DB lacks and replaces what it converts again.

        --report also writes each file's review page beside its JSON, a/b/x.report.html (see \
        `qzqd help report`); a file whose report is missing is converted again.

        Examples:
          qzqd batch                          # Input/ → Output/
          qzqd batch ~/downloads/lists json --jobs 4
          qzqd batch in out --force --strict --quiet
          qzqd batch in out --sqlite lists.sqlite
          qzqd batch in out --report          # and out/…/x.report.html for review

        Exit status:
          0   every file converted (or skipped as already converted)
          1   some files failed (they are listed at the end and in the manifest), or were not stored in --sqlite DB
          66  INPUT_DIR is missing or not a directory
          73  OUTPUT_DIR cannot be created or written, or --sqlite DB cannot be opened
          75  another qzqd batch is writing OUTPUT_DIR (its lock OUTPUT_DIR/.qzqd.lock is held)
        """
    )

    @Argument(help: ArgumentHelp("The directory of lists to convert.", valueName: "input-dir"))
    var inputDirectory = BatchOptions.defaultInputDirectory

    @Argument(help: ArgumentHelp("Where the JSON, manifest.json and the lock go; created when missing.", valueName: "output-dir"))
    var outputDirectory = BatchOptions.defaultOutputDirectory

    @Option(name: .shortAndLong, help: "How many files to convert at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var conversion: ConversionFlags

    @Flag(help: "Convert every file again, even those an earlier run already converted.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print neither progress nor the summary, only one line per failed file.")
    var quiet = false

    @Option(help: ArgumentHelp("Also store every converted document in this SQLite database.", valueName: "db"))
    var sqlite: String?

    @Flag(help: "Also write each file's review page (pages, boxes, items, diagnostics) beside its JSON: NAME.report.html.")
    var report = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let options = BatchOptions(
            inputDirectory: inputDirectory, outputDirectory: outputDirectory, jobs: jobs,
            outputStyle: conversion.jcs ? .jcs : .canonical, provenance: conversion.provenance, strict: conversion.strict, force: force,
            report: report
        )
        // The --jobs cores are shared among the files read at once: one page
        // thread per worker when there are files enough for every worker, more
        // for a batch of fewer files (one long list, or a scan), never more
        // than --jobs threads in all, whatever the mix of files.
        var workerOptions = conversion.options()
        let fileCount = (try? InputTree.scan(inputDirectory, excluding: outputDirectory).inputs.count) ?? jobs
        workerOptions.pdfThreads = BatchOptions.pageThreads(jobs: jobs, files: fileCount)
        let progress = !quiet && Console.standardErrorIsTerminal ? ProgressReporter(columns: Console.terminalColumns) : nil
        var recognized: (@Sendable (String, Int, Int) -> Void)?
        if let progress { recognized = { input, pages, total in progress.recognized(input, pages: pages, of: total) } }
        let converter = WorkerPool(
            executable: Console.executablePath, arguments: WorkerPool.workerArguments(workerOptions, report: report),
            environment: conversion.password.map { [WorkerPool.passwordVariable: $0] } ?? [:], timeout: conversion.timeLimit,
            recognized: recognized
        )
        let sink: DatabaseBatchSink?
        do {
            sink = try sqlite.map { path throws(DatabaseExportError) in DatabaseBatchSink(database: try PowerListDatabase(path: path)) }
        } catch {
            Console.error(error.path, "cannot open the database: \(error.message)")
            throw ExitCode(ExitStatus.cannotCreateOutput)
        }
        let report: BatchReport
        do {
            report = try BatchRunner(options: options, converter: converter, progress: progress, sink: sink).run()
        } catch {
            Console.error(error.path, error.description)
            throw ExitCode(error.exitStatus)
        }
        if quiet {
            for entry in report.failed {
                Console.error(entry.path, "\(entry.error?.code ?? "failed"): \(entry.error?.oneLineMessage ?? "")")
            }
            for failure in report.sinkFailures {
                Console.error(failure.path, "not stored: \(failure.message)")
            }
        } else {
            Console.standardError(BatchSummary.render(report))
        }
        if report.exitStatus != ExitStatus.success { throw ExitCode(report.exitStatus) }
    }
}
