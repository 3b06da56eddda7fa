import Foundation
import Testing

/// Issue 12, item 10: the command line's manners.
@Suite struct MannersTests {
    @Test func aMistypedCommandGetsASuggestion() throws {
        let run = try Run.factcheck(["quizz"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("error: unknown command 'quizz'; did you mean 'quiz'?"))
        #expect(!run.stderr.contains("USAGE: factcheck repl"))
        let far = try Run.factcheck(["xylophone"])
        #expect(far.status == 64)
        #expect(!far.stderr.contains("did you mean"))
    }

    @Test func whoWithAnUnknownNameSaysSoAndExitsOne() throws {
        let run = try Run.factcheck(["who", "Putin"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: no one called 'Putin' in the article; try one of: Antony Blinken"))
        #expect(!run.stderr.contains("Usage"))
    }

    @Test func everyErrorIsSpelledTheSameWay() throws {
        for arguments in [["quiz", "--count", "x"], ["report", "--since", "yesterday"], ["who"], ["facts", "--category", "nope"]] {
            let run = try Run.factcheck(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.hasPrefix("error: "), "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("Error:"), "\(arguments)")
        }
    }

    @Test func anEmptyStatementIsAUsageError() throws {
        for arguments in [["verify", ""], ["verify", "  "], ["verify", "--json", ""]] {
            let run = try Run.factcheck(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(!run.stdout.contains("NOT MENTIONED"))
            #expect(run.stderr.contains("empty"))
        }
    }

    @Test func theShellSuggestsOnlyCloseCommands() throws {
        let run = try Run.factcheck(["repl"], stdin: "/bogus\n/factz\n")
        #expect(run.stderr.contains("unknown command '/bogus' (/help lists the commands)"))
        #expect(run.stderr.contains("unknown command '/factz'; did you mean /facts?"))
    }

    @Test func bashCompletesNamesAfterWho() throws {
        let script = """
            source <(factcheck --generate-completion-script bash)
            COMP_WORDS=(factcheck who Bi); COMP_CWORD=2; COMP_LINE="factcheck who Bi"; COMP_POINT=${#COMP_LINE}
            _factcheck factcheck Bi who
            echo "${COMPREPLY[@]}"
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = Run.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env.removeValue(forKey: "FACTCHECK_BANK")
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let words = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(whereSeparator: \.isWhitespace)
        #expect(words.contains("Biden"), "\(words)")
        #expect(!words.contains("Blinken"))
    }
}
