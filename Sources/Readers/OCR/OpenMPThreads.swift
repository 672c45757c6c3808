#if os(Linux)
import Glibc
#endif

/// Debian's Tesseract is built with OpenMP, which runs parts of every line's
/// recognition on as many threads as there are cores. Pages are already
/// recognized in parallel, one Tesseract per worker: OpenMP's threads on top
/// only spin against each other (measured on two pages, two workers: 47 s of
/// CPU instead of 17). Tesseract asks for its threads by number, which only
/// the limit on active parallel levels overrides; that limit is a setting
/// of each thread (libgomp 12), so every worker sets its own to none before
/// it starts its Tesseract, through
/// the runtime Tesseract loaded (looked up, not linked: a Tesseract built
/// without OpenMP has none, and there is nothing to turn off).
enum OpenMPThreads {
    private typealias SetMaxActiveLevels = @convention(c) (Int32) -> Void

    private static let setMaxActiveLevels: SetMaxActiveLevels? = {
        #if os(Linux)
        // A nil handle is glibc's RTLD_DEFAULT: every library the process loaded.
        return dlsym(nil, "omp_set_max_active_levels").map { unsafeBitCast($0, to: SetMaxActiveLevels.self) }
        #else
        return nil
        #endif
    }()

    /// For the calling thread and the Tesseract it starts.
    static func turnOff() {
        setMaxActiveLevels?(0)
    }
}
