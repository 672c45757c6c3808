#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Starts child processes the way every part of qzqd needs them: with default
/// signal handling and no blocked signals, whatever this process has set (it
/// ignores SIGPIPE), with this process's environment plus `environment`, and
/// standard streams wired by the caller. One home for what both the batch's
/// worker processes and LibreOffice conversions need.
///
/// `swift-subprocess` does this too, but its API is async and scoped (the
/// process lives inside a closure); our workers are long-lived, reused across
/// files and driven from blocking threads with per-request deadlines, and the
/// readers that run LibreOffice are synchronous.
public enum ProcessSpawner {
    /// Spawns `executable`; on failure returns the `posix_spawn` error number.
    /// - Parameters:
    ///   - newProcessGroup: start a process group of its own, so the caller
    ///     can kill everything the child starts (`kill(-pid, …)`).
    ///   - wire: adds the standard-stream actions (dup2, open) to the request.
    public static func spawn(
        _ executable: String, arguments: [String], environment: [String: String], newProcessGroup: Bool = false,
        wire: (inout posix_spawn_file_actions_t) -> Void
    ) -> Result<pid_t, SpawnFailure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        wire(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if newProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = mergedEnvironment(environment).map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        var result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        // A program another thread has just written may still be open for
        // writing in a process being spawned at that moment; that passes.
        for _ in 0..<20 where result == ETXTBSY {
            Thread.sleep(forTimeInterval: 0.01)
            result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        return result == 0 ? .success(pid) : .failure(SpawnFailure(code: result))
    }

    /// This process's environment with `overrides` replacing or adding
    /// variables, in a stable order.
    static func mergedEnvironment(_ overrides: [String: String]) -> [String] {
        var entries: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? text
            if overrides[name] == nil { entries.append(text) }
            pointer += 1
        }
        return entries + overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }
}

/// Why `posix_spawn` failed: its error number.
public struct SpawnFailure: Error, Sendable, Equatable {
    public var code: Int32
    public var description: String { String(cString: strerror(code)) }
}
