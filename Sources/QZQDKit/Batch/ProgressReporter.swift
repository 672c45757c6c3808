import Foundation

/// One line on a terminal, redrawn in place: files done of all, failures,
/// time left and the file last started. Made only for a terminal: the CLI
/// shows no progress when standard error is piped or under `--quiet`.
public final class ProgressReporter: BatchProgress, @unchecked Sendable {
    private let descriptor: Int32
    private let columns: Int
    private let clock = ContinuousClock()
    private let ticker: DispatchSourceTimer

    /// Guards everything below.
    private let lock = NSLock()
    private var state = ProgressState()
    private var lastDraw: ContinuousClock.Instant?

    public init(descriptor: Int32 = 2, columns: Int) {
        self.descriptor = descriptor
        self.columns = max(20, columns)
        ticker = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "qzqd.progress"))
    }

    public func started(total: Int, totalBytes: Int) {
        lock.withLock {
            state = ProgressState(total: total, totalBytes: totalBytes, start: clock.now)
            draw(force: true)
        }
        // Keeps the time left moving while long files convert.
        ticker.schedule(deadline: .now() + 1, repeating: 1)
        ticker.setEventHandler { [weak self] in self?.lock.withLock { self?.draw(force: true) } }
        ticker.resume()
    }

    public func began(_ input: BatchInput) {
        lock.withLock {
            state.current = input.path
            state.recognizing = nil
            draw(force: false)
        }
    }

    public func finished(_ input: BatchInput, _ entry: ManifestEntry) {
        lock.withLock {
            state.record(input, entry)
            draw(force: state.done == state.total)
        }
    }

    /// OCR has read `pages` of the `total` scanned pages of the file at `path`.
    public func recognized(_ path: String, pages: Int, of total: Int) {
        lock.withLock {
            state.recognizing = "OCR \(pages)/\(total)"
            state.current = path
            draw(force: false)
        }
    }

    public func ended() {
        ticker.cancel()
        lock.withLock { write("\r\u{1B}[K") }
    }

    private func draw(force: Bool) {
        let now = clock.now
        if !force, let lastDraw, lastDraw.duration(to: now) < .milliseconds(100) { return }
        lastDraw = now
        let status = state.statusLine(now: now) + (state.recognizing.map { "  " + $0 } ?? "")
        let room = columns - 1 - TerminalText.width(status) - 2
        let current = state.current.map { room > 8 ? "  " + TerminalText.keepingEnd($0, columns: room) : "" } ?? ""
        write("\r" + status + current + "\u{1B}[K")
    }

    private func write(_ text: String) {
        try? AtomicFile.writeAll(Array(text.utf8), to: descriptor, path: "standard error")
    }
}

/// The counts behind the progress line.
struct ProgressState {
    var total = 0
    var totalBytes = 0
    var start: ContinuousClock.Instant?
    var done = 0
    var failed = 0
    var current: String?
    /// Pages OCR has read of the current file, when it is a scan.
    var recognizing: String?
    /// Bytes of finished files, and of those this run converted rather than skipped.
    var bytesDone = 0
    var bytesConverted = 0

    init() {}

    init(total: Int, totalBytes: Int, start: ContinuousClock.Instant) {
        self.total = total
        self.totalBytes = totalBytes
        self.start = start
    }

    mutating func record(_ input: BatchInput, _ entry: ManifestEntry) {
        done += 1
        bytesDone += input.size
        if entry.status == .failed { failed += 1 }
        if entry.status != .skipped { bytesConverted += input.size }
    }

    func statusLine(now: ContinuousClock.Instant) -> String {
        let width = String(total).count
        let count = String(repeating: " ", count: width - String(done).count) + "\(done)/\(total)"
        var parts = [count]
        if failed > 0 { parts.append("\(failed) failed") }
        if let eta = secondsLeft(now: now) { parts.append("ETA \(TerminalText.clock(eta))") }
        return parts.joined(separator: "  ")
    }

    /// Time left at the rate converted bytes went so far; nothing until one file is converted.
    func secondsLeft(now: ContinuousClock.Instant) -> Double? {
        guard let start, bytesConverted > 0, done < total else { return nil }
        let elapsed = start.duration(to: now).seconds
        return elapsed * Double(totalBytes - bytesDone) / Double(bytesConverted)
    }
}
