import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in a new process group, its output to a log file, and
/// kills the whole group when it exits or when time is up, so no helper it
/// started is left running.
enum ProcessGroup {
    enum Outcome: Equatable {
        case exited(Int32)
        case timedOut
    }

    static func run(
        _ executable: String, arguments: [String], environment: [String: String], log: String, timeLimit: Duration
    ) throws(OfficeReadingError) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw OfficeReadingError(.converterMissing, "cannot run \(executable): \(String(cString: strerror(result)))")
        }
        defer { kill(-pid, SIGKILL) }
        let deadline = ContinuousClock.now + timeLimit
        var status: Int32 = 0
        var pause = Duration.milliseconds(5)
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return .exited((status >> 8) & 0xFF) }
            if reaped < 0, errno != EINTR { return .exited(-1) }
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18 + Double(pause.components.seconds))
            pause = min(pause * 2, .milliseconds(100))
        }
    }
}
