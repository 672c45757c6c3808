import ChildProcesses
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
        let spawned = ProcessSpawner.spawn(executable, arguments: arguments, environment: environment, newProcessGroup: true) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        let pid: pid_t
        switch spawned {
        case .success(let started): pid = started
        case .failure(let failure): throw OfficeReadingError(.converterMissing, "cannot run \(executable): \(failure.description)")
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
