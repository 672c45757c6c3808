#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names a signal the way a crash report should: "SIGSEGV, segmentation fault".
enum SignalName {
    static func describe(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGSEGV: "SIGSEGV", SIGILL: "SIGILL", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP", SIGINT: "SIGINT", SIGPIPE: "SIGPIPE",
        ]
        let name = names[signal] ?? "signal \(signal)"
        guard let description = strsignal(signal) else { return name }
        return "\(name), \(String(cString: description).lowercased())"
    }
}
