import Foundation
import TestSupport
import FactCheckKit
import FuzzKit
@testable import factcheck
import Testing

/// Command-line behaviour found by trying the program as a hostile or careless user would.
@Suite struct HardeningCLITests {
    static func temporary(_ name: String) -> String {
        let dir = Scratch.directory + "hardening-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/" + name
    }

    static func bank(questions: String = "") -> String {
        """
        format: factcheck.bank/1
        source:
          id: tiny
          title: Tiny
          text: Alice met Bob on Monday. Bob said nothing.
        entities:
          - id: alice
            type: person
            name: Alice Smith
          - id: bob
            type: person
            name: Bob Jones
        facts:
          - id: met
            category: date
            subject: alice
            predicate: meet
            object: bob
            when: {weekday: Monday}
            evidence: Alice met Bob on Monday
            statement: Alice met Bob on Monday.
        \(questions)
        """
    }

    /// A lint-clean hand-written question with 200 choices used to trap (`UInt8(97 + i)`).
    @Test func twoHundredChoicesAreNumbered() throws {
        let choices = (1...199).map { "option \($0)" } + ["Monday"]
        let file = Self.temporary("many.yaml")
        try Self.bank(questions: """
            questions:
              - fact: met
                type: multiple-choice
                prompt: On which day did Alice meet Bob?
                answer: Monday
                choices: [\(choices.joined(separator: ", "))]
            """).write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Run.factcheck(["lint", file]).status == 0)
        // Seed 1 picks the hand-written question of the two multiple-choice ones (the planner
        // of issue 12 lets the seed choose which leads).
        let run = try Run.factcheck(["quiz", "--bank", file, "--practice", "--type", "multiple-choice", "--count", "1", "--seed", "1",
                                     "--db", Self.temporary("p.db")], stdin: "200\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("200) Monday"))
        #expect(run.stdout.contains("✓ correct"))
        // The deck export labels them the same way.
        let deck = try Run.factcheck(["export-deck", "--bank", file, "--format", "csv"])
        #expect(deck.status == 0, "\(deck.stderr)")
        #expect(deck.stdout.contains("200) Monday"))
    }

    /// Runs the binary through /bin/sh, for redirections Process cannot express (`<&-`, `> /dev/full`).
    static func shell(_ script: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script.replacingOccurrences(of: "FACTCHECK", with: "'\(Run.binary.path)'")]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "FACTCHECK_BANK")
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aDirectoryGivenToFileIsAnError() throws {
        let run = try Run.factcheck(["verify", "--file", Scratch.directory])
        #expect(run.status == 66)
        #expect(run.stderr.contains("is a directory"))
    }

    @Test(arguments: ["FACTCHECK verify 'Blinken met Wang.'", "FACTCHECK verify --json 'Blinken met Wang.'", "FACTCHECK facts",
                      "FACTCHECK who Blinken", "printf 'Blinken met Wang.\\n' | FACTCHECK verify --file -"])
    func aFullDiskOnStandardOutputIsAnError(command: String) throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let run = try Self.shell(command + " > /dev/full")
        #expect(run.status == 74, "\(command): \(run.stderr)")
        #expect(run.stderr.contains("cannot write to standard output"))
    }

    @Test func aClosedStandardInputIsAnError() throws {
        let run = try Self.shell("FACTCHECK verify --file - <&-")
        #expect(run.status == 66)
        #expect(run.stderr.contains("standard input"))
    }

    @Test func aClosedStandardOutputIsAnError() throws {
        let run = try Self.shell("FACTCHECK verify 'Blinken met Wang.' >&-")
        #expect(run.status == 74)
    }

    /// Output is written in blocks, but a program feeding lines one by one gets each answer at once.
    @Test func answersComeBeforeTheNextLineIsRead() throws {
        let process = Process()
        process.executableURL = Run.binary
        process.arguments = ["verify", "--json", "--file", "-"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("Blinken met Wang Yi on Thursday.\n".utf8))
        let first = output.fileHandleForReading.availableData
        #expect(String(decoding: first, as: UTF8.self).contains("\"supported\""))
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func reportsNeverReplaceALinkOrADevice() throws {
        let db = try DatabaseHardeningTests.sessionDB()
        let target = Self.temporary("precious.md")
        try "keep me\n".write(toFile: target, atomically: true, encoding: .utf8)
        let link = (target as NSString).deletingLastPathComponent + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let viaLink = try Run.factcheck(["report", "--db", db, "-o", link, "--force"])
        #expect(viaLink.status == 73)
        #expect(viaLink.stderr.contains("symbolic link"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
        let fifo = (target as NSString).deletingLastPathComponent + "/pipe.md"
        #expect(mkfifo(fifo, 0o600) == 0)
        let viaFifo = try Run.factcheck(["report", "--db", db, "-o", fifo, "--force"])
        #expect(viaFifo.status == 73)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aReplacedReportKeepsItsMode() throws {
        let db = try DatabaseHardeningTests.sessionDB()
        let file = Self.temporary("private.md")
        try "old\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let run = try Run.factcheck(["report", "--db", db, "-o", file, "--force"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Score report"))
    }

    @Test func escapesInFileNamesAndArgumentsAreShownNotObeyed() throws {
        let dir = Self.temporary("d\u{1B}[31m")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "x: [".write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
        let lint = try Run.factcheck(["lint", dir + "/b.yaml"])
        #expect(lint.status == 65)
        #expect(!lint.stderr.contains("\u{1B}"))
        let parser = try Run.factcheck(["report", "--format", "\u{1B}[31mx"])
        #expect(parser.status == 64)
        #expect(parser.stderr.contains("is invalid"))
        #expect(!parser.stderr.contains("\u{1B}"))
    }

    @Test func jsonCarriesNoRawC1OrBidiControls() throws {
        let run = try Run.factcheck(["verify", "--json", "Blinken \u{9B}31m met \u{202E}Wang"])
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
        #expect(run.stdout.contains("\\u009b") && run.stdout.contains("\\u202e"))
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((object?["statement"] as? String)?.unicodeScalars.contains { $0.value == 0x9B } == true)
    }

    @Test func htmlReportsShowNoBidiOverride() throws {
        let db = Self.temporary("bidi.db")
        // A typed question: its answer is saved as given (a true-false one would be asked again).
        let quiz = try Run.factcheck(["quiz", "--seed", "1", "--type", "typed", "--count", "1", "--db", db], stdin: "\u{202E}gnaW\n")
        #expect(quiz.status == 0)
        let html = try Run.factcheck(["report", "--db", db, "--format", "html"])
        #expect(html.status == 0)
        #expect(!html.stdout.unicodeScalars.contains { $0.value == 0x202E })
        let json = try Run.factcheck(["report", "--db", db, "--format", "json"])
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x202E })
    }

    @Test func missingAndUnreadableInputsSayWhyWithTheDocumentedCode() throws {
        let missing = try Run.factcheck(["verify", "--bank", "/nonexistent/bank.yaml", "x"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no such file"))
        let dir = Self.temporary("")
        let loop = dir + "loop"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let looped = try Run.factcheck(["verify", "--bank", loop, "x"])
        #expect(looped.status == 66)
        #expect(looped.stderr.contains("symbolic links"))
        let evalLoop = try Run.factcheck(["eval", loop])
        #expect(evalLoop.stderr.contains("symbolic links"))
        let banks = dir + "banks"
        try FileManager.default.createDirectory(atPath: banks, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: banks + "/x.yaml", withDestinationPath: Scratch.directory)
        let linkToDir = try Run.factcheck(["verify", "--bank", banks, "x"])
        #expect(linkToDir.status == 66)
        #expect(linkToDir.stderr.contains("is a directory") && !linkToDir.stderr.contains("NSCocoaErrorDomain"))
        let evalDir = try Run.factcheck(["eval", Scratch.directory])
        #expect(evalDir.status == 66)
        #expect(evalDir.stderr.contains("is a directory"))
        let empty = try Run.factcheck(["eval", "/dev/null"])
        #expect(empty.status == 65)
        #expect(!empty.stderr.contains("cannot read"))
    }

    @Test func aSecondYAMLDocumentIsExplained() throws {
        let file = Self.temporary("multi.yaml")
        try "format: factcheck.bank/1\n---\nformat: x\n".write(toFile: file, atomically: true, encoding: .utf8)
        let run = try Run.factcheck(["lint", file])
        #expect(run.status == 65)
        #expect(run.stderr.contains("one YAML document"))
    }
}

@Suite struct DirectJSONTests {
    /// The JSON written directly for `verify --json` is the text JSONEncoder gives.
    @Test func directJSONMatchesTheEncoder() throws {
        let context = AppContext(index: try BankSelection(path: nil, article: nil).load(), style: Style(enabled: false))
        var rng = FuzzRandom(seed: 7)
        var statements = ["Blinken met Wang on Friday.", "Blinken met Wang Yi on Thursday and warned China; Wang said \"no\".",
                          "tab\there \u{1}\u{1F} back\\slash \"quote\" \u{8}\u{C}\r\n", "", "é 🇺🇸 \u{9B} \u{202E}"]
        for _ in 0..<200 { statements.append(StatementGenerator.statement(&rng)) }
        for statement in statements {
            let result = context.checker.check(statement)
            #expect(ResultRenderer.json(result) == ResultRenderer.encoderJSON(result), "\(statement)")
        }
    }

    @Test func cleaningShortcutsChangeNothing() {
        var rng = FuzzRandom(seed: 11)
        for _ in 0..<500 {
            let text = StatementGenerator.statement(&rng)
            #expect(Terminal.clean(text) == TextFolding.sanitizeForTerminal(text))
        }
        for text in ["a  b", " a", "a ", "", "a b", "a\tb"] {
            #expect(wrapText(text, width: Int.max / 2, indent: "  ") == "  " + text.split(separator: " ").joined(separator: " "))
        }
    }
}

/// Output files named by one character ("-o x", "--db d") once trapped in Foundation's path
/// methods on Linux; "draft -o -" writes to standard output.
@Suite struct OneCharacterPathTests {
    @Test func oneCharacterOutputsAndDatabasesAreWritten() throws {
        let folder = URL(fileURLWithPath: Scratch.directory + "one-char-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let article = folder.appendingPathComponent("story.txt")
        try Data("Harbour reopens\n\nThe harbour in Portmere reopened on Monday, Mayor Ana Ruiz said.\n".utf8).write(to: article)
        let drafted = try Run.factcheck(["draft", article.path, "-o", "x"], directory: folder)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
        let toStdout = try Run.factcheck(["draft", article.path, "-o", "-"], directory: folder)
        #expect(toStdout.status == 0 && toStdout.stdout.hasPrefix("# Fact bank drafted"), "\(toStdout.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        let quiz = try Run.factcheck(["quiz", "--db", "d", "--json", "--count", "1"], stdin: "", directory: folder)
        #expect(quiz.status == 0, "\(quiz.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("d").path))
        let deck = try Run.factcheck(["export-deck", "--format", "anki", "-o", "e"], directory: folder)
        #expect(deck.status == 0, "\(deck.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("e").path))
    }
}
