import Foundation

/// Ends this process from a thread of its own, whatever its other threads are stuck in.
public enum Watchdog {
    /// Runs `expire` (which must end the process) once `limit` has passed,
    /// counted again from each `Deadline.postpone()`.
    @discardableResult
    public static func start(after limit: Duration, _ expire: @escaping @Sendable () -> Never) -> Deadline {
        let deadline = Deadline(limit: limit)
        Thread.detachNewThread {
            while let left = deadline.left { Thread.sleep(forTimeInterval: left.seconds) }
            expire()
        }
        return deadline
    }

    /// When a watchdog expires. Progress (a page read by OCR) postpones it.
    public final class Deadline: @unchecked Sendable {
        private let limit: Duration
        private let lock = NSLock()
        private var end: ContinuousClock.Instant

        init(limit: Duration) {
            self.limit = limit
            end = .now + limit
        }

        /// The time left, nil once it has passed.
        var left: Duration? {
            let left = lock.withLock { ContinuousClock.now.duration(to: end) }
            return left > .zero ? left : nil
        }

        public func postpone() {
            lock.withLock { end = .now + limit }
        }
    }

    /// Runs `expire` when the parent process is gone (this one was adopted):
    /// a batch worker must not outlive the batch, even one killed by `kill -9`.
    public static func startWatchingParent(_ expire: @escaping @Sendable () -> Never) {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { Thread.sleep(forTimeInterval: 0.5) }
            expire()
        }
    }
}
