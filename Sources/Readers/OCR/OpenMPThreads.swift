#if os(Linux)
import Glibc
#endif

/// Debian's Tesseract is built with OpenMP, which runs parts of every line's
/// recognition on as many threads as there are cores. Pages are already
/// recognized in parallel, one Tesseract per worker: OpenMP's threads on top
/// only spin against each other (measured: three times the CPU time for the
/// same page). OpenMP is told to run no parallel region at all, through the
/// runtime Tesseract loaded (looked up, not linked: a Tesseract built
/// without OpenMP has none, and there is nothing to turn off).
enum OpenMPThreads {
    private static let turnedOff: Void = {
        #if os(Linux)
        typealias SetMaxActiveLevels = @convention(c) (Int32) -> Void
        // A nil handle is glibc's RTLD_DEFAULT: every library the process loaded.
        guard let symbol = dlsym(nil, "omp_set_max_active_levels") else { return }
        unsafeBitCast(symbol, to: SetMaxActiveLevels.self)(0)
        #endif
    }()

    static func turnOff() {
        _ = turnedOff
    }
}
