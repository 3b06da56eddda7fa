import Foundation
import TestSupport
import Testing
@testable import factcheck

@Suite struct CLITests {
    @Test func versionAndHelp() throws {
        let version = try Run.factcheck(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try Run.factcheck(["--help"])
        #expect(help.status == 0)
        for command in ["verify", "facts", "lint", "eval"] { #expect(help.stdout.contains(command)) }
        #expect(help.stdout.contains("Exit codes"))
    }

    @Test func factsWorkFromAnyDirectoryWithTheBuiltInBank() throws {
        let run = try Run.factcheck(["facts"], directory: Scratch.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("meeting-day"))
        #expect(run.stdout.contains("US Secretary of State Antony Blinken met with Chinese Foreign Minister Wang Yi on Thursday"))
        let json = try Run.factcheck(["facts", "--json", "--category", "quote"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let facts = object?["facts"] as? [[String: Any]]
        #expect(facts?.count == 2)
        #expect(facts?.allSatisfy { ($0["sentence"] as? String)?.isEmpty == false } == true)
    }

    @Test func lintAcceptsTheSeedBankAndRejectsABrokenCopy() throws {
        let ok = try Run.factcheck(["lint", Run.packageRoot.appendingPathComponent("questions").path])
        #expect(ok.status == 0, "\(ok.stderr)")
        let original = try String(contentsOf: Run.packageRoot.appendingPathComponent("questions/blinken-wang.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "    object: wang\n    when:", with: "    object: wang-yi\n    when:")
        let dir = Scratch.url.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.yaml")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let bad = try Run.factcheck(["lint", file.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.range(of: #"broken\.yaml:\d+:\d+: error: unknown entity 'wang-yi'"#, options: .regularExpression) != nil, "\(bad.stderr)")
    }

    @Test func lintDeepReportsEachProblemWithASuggestionAndExitsByItsSeverity() throws {
        let bank = """
            format: factcheck.bank/1
            source:
              id: deep
              title: Deep
              text: Alice met Bob on Monday. Neither side signed the accord.
            entities:
              - {id: alice, type: person, name: Alice Smith, aliases: [Alice]}
              - {id: bob, type: person, name: Bob Jones, aliases: [Bob]}
              - id: sides
                type: group
                name: the two sides
                members: [alice, bob]
                aliases: [neither side]
            facts:
              - id: met
                category: date
                subject: alice
                predicate: meet
                object: bob
                when: {weekday: Monday}
                evidence: Alice met Bob on Monday
                statement: Alice met Bob on Monday.
              - id: accord
                category: event
                subject: sides
                predicate: sign
                polarity: negative
                evidence: Neither side signed the accord
                statement: Alice signed the treaty in Paris.
            """
        let dir = Scratch.url.appendingPathComponent("lint-deep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("deep.yaml")
        try bank.write(to: file, atomically: true, encoding: .utf8)
        // Plain lint finds nothing wrong with it.
        #expect(try Run.factcheck(["lint", file.path]).status == 0)
        let deep = try Run.factcheck(["lint", "--deep", file.path])
        #expect(deep.status == 65, "\(deep.stderr)")
        #expect(deep.stderr.contains("deep.yaml:23:5: error: fact 'accord': its statement is not-mentioned"), "\(deep.stderr)")
        #expect(deep.stderr.contains("deep.yaml:13:15: warning: alias 'neither side' of 'sides' holds the negation 'neither'"), "\(deep.stderr)")
        let lines = deep.stderr.split(separator: "\n")
        for (i, line) in lines.enumerated() where line.contains(": error: ") || line.contains(": warning: ") {
            #expect(i + 1 < lines.count && lines[i + 1].hasPrefix("    suggestion: "), "\(line)")
        }
        #expect(deep.stdout.contains("deep: 2 facts checked, 1 error, "))
        // Warnings alone pass, unless --strict; --bank names a bank as an argument does.
        let warningsOnly = bank.replacingOccurrences(of: "Alice signed the treaty in Paris.", with: "Neither side signed the accord.")
        try warningsOnly.write(to: file, atomically: true, encoding: .utf8)
        #expect(try Run.factcheck(["lint", "--deep", "--bank", file.path]).status == 0)
        #expect(try Run.factcheck(["lint", "--deep", "--strict", file.path]).status == 65)
        // The built-in bank passes.
        let builtIn = try Run.factcheck(["lint", "--deep"])
        #expect(builtIn.status == 0, "\(builtIn.stderr)")
        #expect(builtIn.stdout.contains("facts checked, 0 errors"))
    }

    @Test func verifyExitCodes() throws {
        #expect(try Run.factcheck(["verify", "Blinken met Wang on Thursday."]).status == 0)
        let refuted = try Run.factcheck(["verify", "Antony Blinken sat down with Wang Yi on Saturday."])
        #expect(refuted.status == 1)
        #expect(refuted.stdout.contains("REFUTED"))
        #expect(refuted.stdout.contains("Thursday, not Saturday"))
        #expect(try Run.factcheck(["verify", "Blinken met Wang in Geneva."]).status == 2)
        #expect(try Run.factcheck(["verify"]).status == 64)
        #expect(try Run.factcheck(["verify", "--bank", "/nonexistent/bank.yaml", "x"]).status == 66)
    }

    /// `verify` with statements only skips the argument parser; it must answer exactly as the
    /// parsed command line does.
    @Test func plainVerifyAnswersAsTheParsedCommandLine() throws {
        let cases: [[String]] = [
            ["Antony Blinken sat down with Wang Yi on Saturday."],
            ["Blinken met Wang on Thursday.", "Blinken met Wang in Geneva."],
            ["Blinken met Wang on Thursday and they discussed Taiwan."],
            [""], ["\u{1B}[31mWang\u{7} said 🙂"], ["help"],
        ]
        for statements in cases {
            let plain = try Run.factcheck(["verify"] + statements)
            let parsed = try Run.factcheck(["verify", "--color", "auto"] + statements)
            #expect(plain.status == parsed.status, "\(statements)")
            #expect(plain.stdout == parsed.stdout, "\(statements)")
            #expect(plain.stderr == parsed.stderr, "\(statements)")
            // An empty statement is a usage error on both paths, with nothing on stdout.
            #expect(!plain.stdout.isEmpty || (statements == [""] && plain.status == 64))
        }
        #expect(VerifyRun.plainStatements(["factcheck", "verify", "a", "b"]) == ["a", "b"])
        #expect(VerifyRun.plainStatements(["factcheck", "verify"]) == nil)
        #expect(VerifyRun.plainStatements(["factcheck", "verify", "--json", "a"]) == nil)
        #expect(VerifyRun.plainStatements(["factcheck", "verify", "a", "-h"]) == nil)
        #expect(VerifyRun.plainStatements(["factcheck", "verify", "--", "a"]) == nil)
        #expect(VerifyRun.plainStatements(["factcheck", "facts", "a"]) == nil)
    }

    @Test func verifyJSONLinesFollowTheSchema() throws {
        let run = try Run.factcheck(["verify", "--json", "Blinken met Wang on Friday.", "Blinken met Wang on Thursday and they discussed Taiwan."])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["statement", "verdict", "parts", "evidence", "correction", "explanation"] {
                #expect(object.keys.contains(key), "missing \(key)")
            }
            let evidence = try #require(object["evidence"] as? [[String: Any]])
            for item in evidence {
                for key in ["sentence", "sentenceIndex", "start", "end", "factId"] { #expect(item.keys.contains(key)) }
            }
        }
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["verdict"] as? String == "refuted")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["verdict"] as? String == "partly-supported")
        #expect(second["correction"] is NSNull)
        #expect((second["parts"] as? [Any])?.count == 2)
    }

    @Test func verifyFileReportsBadLinesAndGoesOn() throws {
        var input = Data("Blinken met Wang on Thursday.\n".utf8)
        input += Data([0x57, 0x61, 0xFF, 0x6E, 0x67, 0x0A])             // line 2: not UTF-8
        input += Data(String(repeating: "x", count: 70_000).utf8) + Data("\n".utf8)  // line 3: too long
        input += Data("Wang defended China's stance on Russia.\n".utf8)
        let run = try Run.factcheck(["verify", "--json", "--file", "-"], stdinData: input)
        #expect(run.status == 65)
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stderr.contains("<stdin>:2: error"))
        #expect(run.stderr.contains("<stdin>:3: error"))
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try Run.factcheck(["verify", "Blinken met Wang on Friday."])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try Run.factcheck(["verify", "--color", "always", "Blinken met Wang on Friday."])
        #expect(coloured.stdout.contains("\u{1B}["))
    }

    @Test func evalPrintsScoresAndJSON() throws {
        let file = Run.packageRoot.appendingPathComponent("questions/checker-eval.tsv").path
        let text = try Run.factcheck(["eval", file])
        #expect(text.status == 0)
        #expect(text.stdout.contains("macro-F1"))
        #expect(text.stdout.contains("confusion"))
        let json = try Run.factcheck(["eval", file, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for key in ["accuracy", "macroF1", "evidenceAccuracy", "perCategory", "confusion", "misses"] {
            #expect(object.keys.contains(key))
        }
    }

    @Test func evalRejectsABadFile() throws {
        let dir = Scratch.url
        let file = dir.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        try "label\tstatement\nmaybe\tBlinken met Wang\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Run.factcheck(["eval", file.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains(":2: error: unknown label 'maybe'"))
    }

    @Test func otherBanksByFlagAndEnvironment() throws {
        let dir = Scratch.url.appendingPathComponent("bank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bank = """
            format: factcheck.bank/1
            source:
              id: tiny
              title: Tiny
              text: Alice met Bob on Monday.
            entities:
              - {id: alice, type: person, name: Alice Smith, aliases: [Alice]}
              - {id: bob, type: person, name: Bob Jones, aliases: [Bob]}
            facts:
              - id: met
                category: date
                subject: alice
                predicate: meet
                object: bob
                when: {weekday: Monday}
                evidence: Alice met Bob on Monday
                statement: Alice met Bob on Monday.
            """
        try bank.write(to: dir.appendingPathComponent("tiny.yaml"), atomically: true, encoding: .utf8)
        let byFlag = try Run.factcheck(["verify", "--bank", dir.path, "Alice met Bob on Tuesday."])
        #expect(byFlag.status == 1)
        #expect(byFlag.stdout.contains("Monday, not Tuesday"))
        let byEnv = try Run.factcheck(["verify", "Bob met Alice on Monday."], environment: ["FACTCHECK_BANK": dir.path])
        #expect(byEnv.status == 0)
    }
}
