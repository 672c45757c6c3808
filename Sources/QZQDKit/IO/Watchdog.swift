import Foundation

/// Ends this process from a thread of its own, whatever its other threads are stuck in.
public enum Watchdog {
    /// Runs `expire` (which must end the process) once `limit` has passed.
    public static func start(after limit: Duration, _ expire: @escaping @Sendable () -> Never) {
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: limit.seconds)
            expire()
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
