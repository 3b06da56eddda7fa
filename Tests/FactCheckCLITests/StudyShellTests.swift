import FactCheckKit
import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import factcheck

/// What a first real session in the shell tripped over (issue 12), driven on a pseudo-terminal.
@Suite(.serialized) struct StudyShellTests {
    func stateDirectory() -> String {
        let dir = Scratch.directory + "factcheck-state-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    // Item 1: Tab after a one-character path, or "~", killed the program and lost the history.
    @Test func tabOnAShortPathKeepsTheShellAndHistoryIsWrittenAtOnce() throws {
        let state = stateDirectory()
        let work = stateDirectory()
        _ = FileManager.default.createFile(atPath: work + "/summary.md", contents: Data())
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state], directory: work)
        try session.waitFor("factcheck> ")
        var mark = session.mark
        session.send("Blinken met Wang on Friday.\r")
        try session.waitFor("REFUTED", after: mark)
        for typed in ["/export s\t", "/export ~\t", "/export /\t\t", "/export x\t"] {
            session.send(typed)
            session.send("\u{15}")  // Ctrl-U clears the line
            #expect(session.process.isRunning, "Tab after \(typed.debugDescription) must not end the program")
        }
        mark = session.mark
        session.send("/export s\t\u{05}\u{15}/help\r")
        try session.waitFor("Commands (type the name", after: mark)
        // The line typed is in the history file before the program ends, even by SIGKILL.
        let file = state + "/factcheck/history"
        let saved = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        #expect(saved.contains("Friday"))
        #expect(saved.contains("/help"))
        kill(session.process.processIdentifier, SIGKILL)
        _ = session.waitForExit()
        // The next session recalls it with Up.
        let next = try PTYSession([], environment: ["XDG_STATE_HOME": state])
        try next.waitFor("factcheck> ")
        mark = next.mark
        next.send("\u{1B}[A\u{1B}[A")
        try next.waitFor("Friday", after: mark)
        next.send("\u{15}\u{04}")
        #expect(next.waitForExit() == 0)
    }

    @Test func pathCompletionOfShortAndHomePaths() throws {
        let home = stateDirectory()
        _ = FileManager.default.createFile(atPath: home + "/notes.md", contents: Data())
        try FileManager.default.createDirectory(atPath: home + "/sub", withIntermediateDirectories: true)
        #expect(PathCompletion.candidates(for: "~") == ["~/"])
        #expect(PathCompletion.candidates(for: "~/", home: home) == ["~/notes.md", "~/sub/"])
        #expect(PathCompletion.candidates(for: "~/n", home: home) == ["~/notes.md"])
        #expect(PathCompletion.candidates(for: home + "/s") == [home + "/sub/"])
        _ = PathCompletion.candidates(for: "s")
        _ = PathCompletion.candidates(for: "/")
        _ = PathCompletion.candidates(for: "")
    }
}

@Suite(.serialized) struct InterruptTests {
    // Item 5: Ctrl-C at an empty prompt ended the program, and at an empty answer> the session.
    @Test func controlCOnAnEmptyLineNeverEndsTheProgramOrTheSession() throws {
        let state = Scratch.directory + "factcheck-state-\(UUID().uuidString)"
        let db = Scratch.directory + "quiz-\(UUID().uuidString).db"
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state, "FACTCHECK_DB": db])
        try session.waitFor("factcheck> ")
        var mark = session.mark
        session.send("\u{03}")
        try session.waitFor("^C", after: mark)
        usleep(300_000)
        #expect(session.process.isRunning, "Ctrl-C at an empty prompt must not end the program")
        mark = session.mark
        session.send("/quiz --count 2 --seed 3 --practice\r")
        try session.waitFor("answer> ", after: mark)
        mark = session.mark
        session.send("\u{03}")
        try session.waitFor("question dropped", after: mark)
        try session.waitFor("[2/2]", after: mark)
        #expect(!session.output[mark...].contains("Session over: 0/0"))
        session.send("/quit\r")
        mark = session.mark
        session.send("Blinken met Wang on Thursday.\r")
        try session.waitFor("SUPPORTED", after: mark)
        session.send("\u{04}")
        #expect(session.waitForExit() == 0)
    }
}

/// Item 6: what the shell prints fits an 80-column terminal without breaking inside words.
@Suite(.serialized) struct ShellLayoutTests {
    /// The screen's lines, escape sequences and carriage returns removed.
    func lines(_ text: Substring) -> [String] {
        let plain = text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
        return plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func helpErrorsAndWhoFitEightyColumns() throws {
        let state = Scratch.directory + "factcheck-state-\(UUID().uuidString)"
        let db = Scratch.directory + "quiz-\(UUID().uuidString).db"
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state, "FACTCHECK_DB": db], columns: 80)
        try session.waitFor("factcheck> ")
        var mark = session.mark
        session.send("/help\r")
        try session.waitFor("Any other line", after: mark)
        let help = lines(session.output[mark...])
        #expect(help.allSatisfy { $0.count <= 80 }, "\(help.filter { $0.count > 80 })")
        #expect(help.contains { $0.contains("/quiz [--count N] [--category C] [--type T] [--practice]") })
        #expect(help.contains { $0.contains("A study session") })
        mark = session.mark
        session.send("/quiz --count x\r")
        try session.waitFor("factcheck> ", after: mark)
        let error = lines(session.output[mark...])
        #expect(error.allSatisfy { $0.count <= 80 }, "\(error)")
        #expect(error.contains { $0.hasSuffix("[--practice])") || $0.contains(" [--practice])") })
        mark = session.mark
        session.send("/export r.md --session 99 --db none-\(UUID().uuidString.prefix(4)).db\r")
        try session.waitFor("factcheck> ", after: mark)
        let commandError = lines(session.output[mark...])
        #expect(commandError.contains { $0.hasPrefix("error: no study session yet") }, "\(commandError)")
        #expect(commandError.allSatisfy { $0.count <= 80 }, "\(commandError)")
        mark = session.mark
        session.send("/who Wang\r")
        try session.waitFor("real-progress", after: mark)
        try session.waitFor("factcheck> ", after: mark)
        let who = lines(session.output[mark...])
        #expect(who.allSatisfy { $0.count <= 80 })
        // The line after "  wang-quote Wang said: ..." continues under "Wang", not under the id.
        if let quote = who.firstIndex(where: { $0.hasPrefix("  wang-quote ") }) {
            #expect(who[quote + 1].hasPrefix(String(repeating: " ", count: "  wang-quote ".count)))
        } else {
            Issue.record("no wang-quote line in \(who)")
        }
        mark = session.mark
        session.send("/quiz --count 1 --seed 2\r")
        try session.waitFor("answer> ", after: mark)
        #expect(session.output[mark...].contains("1 question,"))
        mark = session.mark
        session.send("\u{04}")
        try session.waitFor("Session over", after: mark)
        #expect(lines(session.output[mark...]).contains { $0.hasPrefix("Session over") }, "Ctrl-D, then the summary on its own line")
        #expect(session.output[mark...].contains("nothing was saved"))
        session.send("\u{04}")
        #expect(session.waitForExit() == 0, "an interactive session that showed errors still ends with success")
    }

    @Test func aQuizFitsEightyColumns() throws {
        let state = Scratch.directory + "factcheck-state-\(UUID().uuidString)"
        let db = Scratch.directory + "quiz-\(UUID().uuidString).db"
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state, "FACTCHECK_DB": db], columns: 80)
        try session.waitFor("factcheck> ")
        let mark = session.mark
        session.send("/quiz --count 2 --seed 11\r")
        try session.waitFor("answer> ", after: mark)
        session.send("blinkn\r")
        try session.waitFor("[2/2]", after: mark)
        session.send("/skip\r")
        try session.waitFor("Enter for the summary> ", after: mark)
        session.send("\r")
        try session.waitFor("factcheck> ", after: session.output.index(mark, offsetBy: 20))
        let screen = lines(session.output[mark...])
        #expect(screen.contains { $0.contains("misspelling") }, "\(screen)")
        #expect(screen.allSatisfy { $0.count <= 80 }, "\(screen.filter { $0.count > 80 })")
        session.send("\u{04}")
        _ = session.waitForExit()
    }

    @Test func anErrorsOwnLinesStayLines() {
        #expect(diagnostic("error:", "first\nsecond", width: 80) == "error: first\n  second\n")
        #expect(!diagnostic("error:", "a\nb", width: 80).contains("␊"))
        #expect(diagnostic("error:", "one two three four", width: 14) == "error: one two\n       three\n       four\n")
        #expect(plural(1, "session") == "1 session" && plural(2, "session") == "2 sessions")
    }
}
