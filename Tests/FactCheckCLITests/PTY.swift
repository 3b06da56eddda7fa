import CTerminal
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real binary on a pseudo-terminal, types into it and reads the screen output, as a
/// person at a terminal would.
final class PTYSession {
    let master: Int32
    let slave: Int32
    let process = Process()
    private(set) var output = ""

    init(_ arguments: [String], environment: [String: String], directory: String? = nil, columns: UInt16 = 120) throws {
        var m: Int32 = -1, s: Int32 = -1
        guard ct_open_pty(&m, &s) == 0 else { throw PTYError.open }
        master = m
        slave = s
        var size = winsize(ws_row: 30, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
        process.executableURL = Run.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    enum PTYError: Error { case open, timeout(String, String) }

    func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
        usleep(150_000)
    }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, 4096) }
            if n <= 0 { break }
            output += String(decoding: buffer[0..<n], as: UTF8.self)
        }
    }

    /// Waits until the output (since `from`) contains `text`.
    @discardableResult
    func waitFor(_ text: String, after from: String.Index? = nil, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            let region = from.map { output[$0...] } ?? output[...]
            if region.contains(text) { return output }
            usleep(50_000)
        }
        throw PTYError.timeout(text, output)
    }

    var mark: String.Index { drain(); return output.endIndex }

    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { drain(); usleep(50_000) }
        drain()
        return process.isRunning ? nil : process.terminationStatus
    }

    func terminalSettings() -> termios {
        var t = termios()
        tcgetattr(slave, &t)
        return t
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
        close(slave)
    }
}
