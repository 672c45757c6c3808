import Dispatch
import Foundation

/// The pages of one PDF read on several threads, for the text layer and for
/// OCR alike. Each worker has state of its own (Poppler's objects, and
/// Tesseract's, are not thread-safe; separate ones are) and takes the next
/// unread page until none is left, so a dense page holds up no other worker.
/// Results go into their page's slot: the output is the same, in page order,
/// for any number of threads.
public enum ParallelPages {
    /// `read` applied to pages `0..<count` by at most `threads` workers.
    /// - Parameters:
    ///   - worker: the state of worker `number` (0 is always started); nil:
    ///     that worker does not help.
    ///   - read: one page's result; nil leaves the page out.
    ///   - finished: told how many pages are done after each (serialized).
    /// - Returns: the results in page order. The first failure stops the
    ///   taking of pages and is thrown.
    public static func map<State, Output, Failure: Error>(
        count: Int, threads: Int,
        worker: @Sendable (_ number: Int) throws(Failure) -> State?,
        read: @Sendable (inout State, _ page: Int) throws(Failure) -> Output?,
        finished: (@Sendable (_ done: Int) -> Void)? = nil
    ) throws(Failure) -> [Output] {
        let slots = PageSlots<Output, Failure>(count: count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { number in
            do throws(Failure) {
                guard var state = try worker(number) else { return }
                while let page = slots.take() {
                    slots.finish(page, try read(&state, page), finished)
                }
            } catch {
                slots.fail(error)
            }
        }
        return try slots.results()
    }
}

/// The next page to take and the results so far, shared by the workers.
private final class PageSlots<Output, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var slots: [Output?]
    private var failure: Failure?

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next page, or nil when none is left or a worker failed.
    func take() -> Int? {
        lock.withLock {
            guard failure == nil, next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func finish(_ page: Int, _ output: Output?, _ finished: (@Sendable (Int) -> Void)?) {
        lock.withLock {
            slots[page] = output
            done += 1
            finished?(done)
        }
    }

    func fail(_ error: Failure) {
        lock.withLock { if failure == nil { failure = error } }
    }

    func results() throws(Failure) -> [Output] {
        let (failure, slots) = lock.withLock { (self.failure, self.slots) }
        if let failure { throw failure }
        return slots.compactMap { $0 }
    }
}
