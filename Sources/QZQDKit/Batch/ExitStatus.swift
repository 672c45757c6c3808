/// The exit statuses of `qzqd` beyond the per-file ones of
/// `ConversionError.Kind.exitStatus` (README-CLI.md has the whole table).
public enum ExitStatus {
    public static let success: Int32 = 0
    /// `batch`: at least one file failed; `validate`: at least one file is invalid.
    public static let someFilesFailed: Int32 = 1
    /// EX_DATAERR: a `.json` given to `export` or `diff` is not a qzqd document.
    public static let invalidDocument: Int32 = 65
    /// EX_NOINPUT: the input file or directory is missing or unreadable.
    public static let noInput: Int32 = 66
    /// EX_CANTCREAT: the output file or directory cannot be created or written.
    public static let cannotCreateOutput: Int32 = 73
    /// EX_TEMPFAIL: another batch is writing the output directory; try again later.
    public static let outputLocked: Int32 = 75
}
