import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct ReplTests {
    func stateDirectory() -> String {
        let dir = Scratch.directory + "factcheck-state-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func tabCompletesCommandsAndNames() throws {
        let state = stateDirectory()
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state])
        try session.waitFor("factcheck> ")
        // libedit redraws only what changed, so each completion is proven by what it runs.
        var mark = session.mark
        session.send("/he\t")
        session.send("\r")
        try session.waitFor("Commands (type the name", after: mark)
        mark = session.mark
        session.send("/who America's top dip\t")
        session.send("\r")
        try session.waitFor("Antony Blinken (person", after: mark)
        mark = session.mark
        session.send("Blink\t")
        session.send("met Wang on Thursday.\r")
        try session.waitFor("SUPPORTED Blinken met Wang on Thursday.", after: mark)
        session.send("\u{04}")  // Ctrl-D on the empty line leaves
        #expect(session.waitForExit() == 0)
    }

    @Test func historyRecallAndPersistence() throws {
        let state = stateDirectory()
        do {
            let session = try PTYSession([], environment: ["XDG_STATE_HOME": state])
            try session.waitFor("factcheck> ")
            let mark = session.mark
            session.send("Blinken met Wang on Friday.\r")
            try session.waitFor("REFUTED", after: mark)
            let again = session.mark
            session.send("\u{1B}[A")  // Up
            try session.waitFor("Blinken met Wang on Friday.", after: again)
            session.send("\u{15}\u{04}")
            #expect(session.waitForExit() == 0)
        }
        let file = state + "/factcheck/history"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("Friday"))
        // A new session finds the line with Up.
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state])
        try session.waitFor("factcheck> ")
        let mark = session.mark
        session.send("\u{1B}[A")
        try session.waitFor("Blinken met Wang on Friday.", after: mark)
        session.send("\u{15}\u{04}")
        #expect(session.waitForExit() == 0)
    }

    @Test func controlCClearsTheLineAndControlDRestoresTheTerminal() throws {
        let state = stateDirectory()
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state])
        let before = session.terminalSettings()
        try session.waitFor("factcheck> ")
        var mark = session.mark
        session.send("Blinken met half typed")
        session.send("\u{03}")  // Ctrl-C
        try session.waitFor("^C", after: mark)
        #expect(session.process.isRunning, "Ctrl-C must not end the program")
        mark = session.mark
        session.send("Wang defended China's stance on Russia.\r")
        try session.waitFor("SUPPORTED", after: mark)
        #expect(!session.output[mark...].contains("half typed"))
        session.send("\u{04}")
        #expect(session.waitForExit() == 0)
        let after = session.terminalSettings()
        #expect(before.c_lflag == after.c_lflag)
        #expect(before.c_iflag == after.c_iflag)
        #expect(before.c_oflag == after.c_oflag)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": stateDirectory()])
        let before = session.terminalSettings()
        try session.waitFor("factcheck> ")
        kill(session.process.processIdentifier, SIGTERM)
        let status = session.waitForExit()
        #expect(status == SIGTERM, "ended by the signal it got")
        let after = session.terminalSettings()
        #expect(before.c_lflag == after.c_lflag)
    }

    /// The shell's help shows a statement about its own article, not the built-in one's.
    @Test func helpExampleComesFromTheShellsArticle() throws {
        let bank = Run.packageRoot.appendingPathComponent("questions/articles/zoo/bank.yaml").path
        let run = try Run.factcheck(["--bank", bank], stdin: "/help\n/help verify\nquit\n")
        #expect(run.status == 0)
        let first = "Marrowgate Zoo celebrates the birth of a rare okapi calf, its first in 14 years."
        #expect(run.stdout.contains("for example:\n  \(first)"), "\(run.stdout)")
        #expect(run.stdout.contains("/verify \(first)"))
        #expect(!run.stdout.contains("Blinken"))
    }

    @Test func pipedScriptGivesResultsWithoutPromptAndFailsOnBadLines() throws {
        let ok = try Run.factcheck([], stdin: "Blinken met Wang on Friday.\n/facts --category position\n/who Wang\nquit\n")
        #expect(ok.status == 0)
        #expect(!ok.stdout.contains("factcheck>"))
        #expect(ok.stdout.contains("REFUTED Blinken met Wang on Friday."))
        #expect(ok.stdout.contains("wang-position"))
        #expect(ok.stdout.contains("Wang Yi (person"))
        let bad = try Run.factcheck(["repl"], stdin: "/factz\nBlinken met Wang on Thursday.\n/facts --category nonsense\n")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown command '/factz'; did you mean /facts?"))
        #expect(bad.stderr.contains("error:"))
        #expect(bad.stdout.contains("SUPPORTED"))
    }

    @Test func noLineEditingFlagReadsPlainlyOnATerminal() throws {
        let session = try PTYSession(["repl", "--no-line-editing"], environment: ["XDG_STATE_HOME": stateDirectory()])
        session.send("Blinken met Wang on Thursday.\n")
        try session.waitFor("SUPPORTED")
        #expect(!session.output.contains("factcheck> "))
        session.send("\u{04}")
        #expect(session.waitForExit() == 0)
    }
}

@Suite struct ShellUnitTests {
    @Test func controlCharactersInInputAreShownNotObeyed() throws {
        let run = try Run.factcheck(["repl"], stdin: "/who \u{1B}[31mnobody\n")
        #expect(!run.stderr.contains("\u{1B}[31m"))
        #expect(run.status == 64)
    }
}
