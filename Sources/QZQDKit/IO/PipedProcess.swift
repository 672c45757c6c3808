import ChildProcesses
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process we talk to in lines: requests on its standard input,
/// replies on its standard output, and its standard error kept (the end of
/// it) for when it crashes. Use one from one thread at a time.
public final class PipedProcess: @unchecked Sendable {
    public enum Termination: Sendable, Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    public enum Reply: Sendable, Equatable {
        case line([UInt8])
        /// It closed its output and exited: crashed, or gave up.
        case ended(Termination)
        /// The deadline passed first; the process has been killed.
        case timedOut
    }

    public static let standardErrorLimit = 1 << 16
    /// Pipes and spawns happen one at a time, so no child inherits the pipe
    /// ends of another (which would keep that child's pipes open after it exits).
    private static let spawnLock = NSLock()

    public let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var error: Int32
    private var pending: [UInt8] = []
    private var errorTail = CappedTail(limit: PipedProcess.standardErrorLimit)
    private var reaped = false

    /// - Parameter environment: variables set on top of ours.
    public init(_ executable: String, arguments: [String], environment: [String: String] = [:]) throws(FileSystemError) {
        let spawned = try Self.spawn(executable, arguments: arguments, environment: environment)
        (pid, input, output, error) = spawned
    }

    deinit {
        close()
    }

    /// Writes `bytes` to the child's input; false when the child is gone.
    public func send(_ bytes: [UInt8]) -> Bool {
        guard input >= 0 else { return false }
        do {
            try AtomicFile.writeAll(bytes, to: input, path: "a worker's input")
            return true
        } catch {
            return false
        }
    }

    /// The next line the child prints, without its newline.
    public func receiveLine(until deadline: ContinuousClock.Instant?) -> Reply {
        let clock = ContinuousClock()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                defer { pending.removeSubrange(...newline) }
                return .line(Array(pending[..<newline]))
            }
            guard output >= 0 else { return .ended(waitForExit(until: deadline)) }
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                if left <= .zero {
                    kill()
                    return .timedOut
                }
                wait = Int32(clamping: left.milliseconds + 1)
            }
            var descriptors = [pollfd(fd: output, events: Int16(POLLIN), revents: 0), pollfd(fd: error, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            guard ready > 0 else { continue }
            if descriptors[1].revents != 0, !read(error, into: &chunk, { errorTail.append($0) }) { error = -1 }
            if descriptors[0].revents != 0, !read(output, into: &chunk, { pending.append(contentsOf: $0) }) { output = -1 }
        }
    }

    /// What the child printed on standard error since the last call.
    public func takeStandardError() -> [UInt8] {
        defer { errorTail = CappedTail(limit: Self.standardErrorLimit) }
        return errorTail.bytes
    }

    /// Kills the child at once.
    public func kill() {
        guard !reaped else { return }
        Glibc.kill(pid, SIGKILL)
        _ = waitForExit(until: nil)
    }

    /// Closes the child's input, which tells a worker to finish, and reaps it;
    /// one that lingers past `grace` is killed.
    public func close(grace: Duration = .seconds(5)) {
        closeInput()
        guard !reaped else { return }
        _ = waitForExit(until: ContinuousClock.now + grace)
    }

    /// Closes the child's input only: a worker told so finishes on its own
    /// while others are told too (`close` then reaps it).
    public func closeInput() {
        closeDescriptor(&input)
    }

    /// Reads once; false at end-of-file or on an error, having closed the descriptor.
    private func read(_ descriptor: Int32, into chunk: inout [UInt8], _ keep: (ArraySlice<UInt8>) -> Void) -> Bool {
        let count = chunk.withUnsafeMutableBytes { SystemCalls.read(descriptor, $0.baseAddress!, $0.count) }
        if count > 0 {
            keep(chunk[0..<count])
            return true
        }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return true }
        Glibc.close(descriptor)
        return false
    }

    /// Reaps the child, killing it if it is still running at `deadline`.
    private func waitForExit(until deadline: ContinuousClock.Instant?) -> Termination {
        closeDescriptor(&input)
        closeDescriptor(&output)
        closeDescriptor(&error)
        var status: Int32 = 0
        if let deadline {
            var pause = Duration.microseconds(200)
            while waitpid(pid, &status, WNOHANG) == 0 {
                if ContinuousClock.now >= deadline {
                    Glibc.kill(pid, SIGKILL)
                    break
                }
                Thread.sleep(forTimeInterval: pause.seconds)
                // A worker told to finish exits within milliseconds: polled at most a
                // millisecond apart, its end is seen within one of it.
                pause = min(pause * 2, .milliseconds(1))
            }
        }
        if !reaped { while waitpid(pid, &status, 0) < 0 && errno == EINTR {} }
        reaped = true
        // The WIFEXITED / WTERMSIG macros, which Swift does not import.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    private func closeDescriptor(_ descriptor: inout Int32) {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    private static func spawn(
        _ executable: String, arguments: [String], environment: [String: String]
    ) throws(FileSystemError) -> (pid_t, Int32, Int32, Int32) {
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var pipes: [[Int32]] = []
        for _ in 0..<3 {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else {
                let failure = FileSystemError("create a pipe to", executable)
                for end in pipes.joined() { Glibc.close(end) }
                throw failure
            }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            pipes.append(ends)
        }
        let (input, output, error) = (pipes[0], pipes[1], pipes[2])

        let spawned = ProcessSpawner.spawn(executable, arguments: arguments, environment: environment) { actions in
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
            posix_spawn_file_actions_adddup2(&actions, output[1], 1)
            posix_spawn_file_actions_adddup2(&actions, error[1], 2)
        }
        for end in [input[0], output[1], error[1]] { Glibc.close(end) }
        switch spawned {
        case .success(let pid):
            return (pid, input[1], output[0], error[0])
        case .failure(let failure):
            for end in [input[1], output[0], error[0]] { Glibc.close(end) }
            throw FileSystemError("run", executable, code: failure.code)
        }
    }
}

/// The last `limit` bytes of a stream: where a crash report is.
struct CappedTail {
    let limit: Int
    private(set) var bytes: [UInt8] = []

    init(limit: Int) {
        self.limit = limit
    }

    mutating func append(_ chunk: ArraySlice<UInt8>) {
        bytes.append(contentsOf: chunk)
        if bytes.count > limit { bytes.removeFirst(bytes.count - limit) }
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
