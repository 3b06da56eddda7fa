import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Signals from outside and job control at the shell's prompt: the terminal is always put back.
@Suite(.serialized) struct SignalTests {
    func stateDirectory() -> String {
        let dir = Scratch.directory + "factcheck-signals-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func processState(_ pid: Int32) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(close, offsetBy: 2)...].first
    }

    @Test(arguments: [SIGINT, SIGQUIT])
    func anOutsideSignalRestoresTheTerminal(signal: Int32) throws {
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": stateDirectory()])
        let before = session.terminalSettings()
        try session.waitFor("factcheck> ")
        session.send("Blinken met")
        _ = session.mark
        kill(session.process.processIdentifier, signal)
        // SIGQUIT must not start the runtime's backtracer, which waits 30 s for a key.
        let status = session.waitForExit(seconds: 5)
        #expect(status == signal, "ended by the signal it got")
        let after = session.terminalSettings()
        #expect(before.c_lflag == after.c_lflag)
        #expect(before.c_iflag == after.c_iflag)
    }

    /// Job control needs a shell that owns the terminal: tmux runs one (skipped without tmux).
    @Test func controlZSuspendsAndFgResumesWithTheLine() throws {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return }
        let socket = "factcheck-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let state = stateDirectory()
        /// tmux through /bin/sh, spawned and waited for directly: the server it starts keeps
        /// the client's descriptors, which Foundation's Process waits on.
        @discardableResult
        func run(_ arguments: [String]) throws -> String {
            let file = state + "/tmux-out"
            let quoted = (["'\(tmux)'", "-L", socket] + arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" })
                .joined(separator: " ")
            let script = quoted + " > '\(file)' 2>/dev/null < /dev/null"
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(script), nil]
            defer { argv.forEach { free($0) } }
            guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return "" }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        }
        func screen(until text: String) throws -> String {
            let deadline = Date().addingTimeInterval(10)
            var shown = ""
            while Date() < deadline {
                shown = try run(["capture-pane", "-p", "-t", "t"])
                if shown.contains(text) { return shown }
                usleep(50_000)
            }
            Issue.record("never showed \(text): \(shown)")
            return shown
        }
        try run(["new-session", "-d", "-s", "t", "-x", "120", "-y", "30", "env", "-i", "PATH=/usr/bin:/bin", "TERM=xterm", "NO_COLOR=1",
                 "XDG_STATE_HOME=\(state)", "PS1=$ ", "/bin/bash", "--norc", "--noprofile", "-i"])
        defer { _ = try? run(["kill-server"]) }
        try run(["send-keys", "-t", "t", "stty -g > \(state)/before; '\(Run.binary.path)'", "Enter"])
        _ = try screen(until: "factcheck>")
        try run(["send-keys", "-t", "t", "Blinken met Wang", "C-z"])
        _ = try screen(until: "Stopped")
        try run(["send-keys", "-t", "t", "stty -g > \(state)/stopped; fg", "Enter"])
        _ = try screen(until: "factcheck> Blinken met Wang")
        try run(["send-keys", "-t", "t", " on Friday.", "Enter"])
        _ = try screen(until: "REFUTED Blinken met Wang on Friday.")
        try run(["send-keys", "-t", "t", "C-d"])
        #expect(try String(contentsOfFile: state + "/before", encoding: .utf8) == String(contentsOfFile: state + "/stopped", encoding: .utf8),
                "the terminal is back to normal while the program is stopped")
    }

    @Test func aResizeKeepsTheLine() throws {
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": stateDirectory()])
        try session.waitFor("factcheck> ")
        session.send("Blinken met Wang")
        _ = session.mark
        var size = winsize(ws_row: 20, ws_col: 40, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(session.master, UInt(TIOCSWINSZ), &size)
        kill(session.process.processIdentifier, SIGWINCH)
        usleep(200_000)
        #expect(session.process.isRunning)
        let mark = session.mark
        session.send(" on Thursday.\r")
        try session.waitFor("SUPPORTED Blinken met Wang on Thursday.", after: mark)
        session.send("\u{04}")
        #expect(session.waitForExit() == 0)
    }

    /// A line that is not UTF-8 still answers its question, so a driving program stays in step.
    @Test func anUnreadableAnswerLineKeepsTheSessionInStep() throws {
        let input = Data([0xFF, 0xFE, 0x0A]) + Data("b\n".utf8)
        let run = try Run.factcheck(["quiz", "--json", "--practice", "--count", "2", "--seed", "1", "--db",
                                     Scratch.directory + "step-\(UUID().uuidString).db"], stdinData: input)
        let answers = run.stdout.split(separator: "\n").filter { $0.contains("\"event\":\"answer\"") }
        #expect(answers.count == 2)
        #expect(answers.last?.contains("\"given\":\"b\"") == true)
        #expect(run.stderr.contains("not valid UTF-8"))
    }
}
