import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct QuizCLITests {
    func dbPath() -> String { Scratch.directory + "quiz-\(UUID().uuidString).db" }

    func count(_ table: String, in db: String) throws -> Int {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from \(table)').fetchone()[0])", db]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        return Int(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func scriptedSessionSavesEveryAnswerAndSummarises() throws {
        let db = dbPath()
        let run = try Run.factcheck(["quiz", "--seed", "1", "--count", "5", "--db", db], stdin: "t\nt\nt\nt\n/skip\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("[1/5]"))
        #expect(run.stdout.contains("Session over"))
        #expect(run.stdout.contains("evidence:"))
        #expect(run.stdout.contains("longest streak"))
        #expect(try count("answer", in: db) == 5)
        // The same seed asks the same questions.
        let again = try Run.factcheck(["quiz", "--seed", "1", "--count", "5", "--practice", "--db", dbPath()], stdin: "")
        let firstPrompt = run.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Fill the gap") || $0.hasPrefix("Who") || $0.hasPrefix("True") }
        #expect(firstPrompt.map { again.stdout.contains($0) } == true)
    }

    @Test func jsonProtocol() throws {
        let db = dbPath()
        let run = try Run.factcheck(["quiz", "--seed", "2", "--count", "3", "--db", db, "--json"], stdin: "a\na\na\n")
        #expect(run.status == 0, "\(run.stderr)")
        let events = try run.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let questions = events.filter { $0["event"] as? String == "question" }
        let answers = events.filter { $0["event"] as? String == "answer" }
        #expect(questions.count == 3)
        #expect(answers.count == 3)
        for q in questions { for key in ["id", "factId", "category", "type", "prompt", "choices"] { #expect(q[key] != nil, "\(key)") } }
        for a in answers { for key in ["correct", "expected", "accepted", "evidence"] { #expect(a.keys.contains(key), "\(key)") } }
        #expect(events.last?["event"] as? String == "summary")
    }

    @Test func killMinusNineKeepsTheAnswersGiven() throws {
        let db = dbPath()
        let process = Process()
        process.executableURL = Run.binary
        process.arguments = ["quiz", "--seed", "3", "--count", "6", "--db", db, "--json"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = ""
        for answer in ["a", "b", "c"] {
            input.fileHandleForWriting.write(Data((answer + "\n").utf8))
            // Wait until the program has judged (and so saved) this answer.
            let deadline = Date().addingTimeInterval(10)
            let wanted = seen.components(separatedBy: "\"event\":\"answer\"").count
            while Date() < deadline && seen.components(separatedBy: "\"event\":\"answer\"").count == wanted {
                seen += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try count("answer", in: db) == 3)
    }

    @Test func dueSaysWhatIsDue() throws {
        let db = dbPath()
        _ = try Run.factcheck(["quiz", "--seed", "4", "--count", "2", "--db", db], stdin: "x\ny\n")
        let due = try Run.factcheck(["quiz", "--due", "--db", db])
        #expect(due.status == 0)
        #expect(due.stdout.contains("due now"))
        #expect(due.stdout.contains("next review"))
    }

    @Test func aDamagedDatabaseIsAnErrorAndKept() throws {
        let db = dbPath()
        try "not a database".write(toFile: db, atomically: true, encoding: .utf8)
        let run = try Run.factcheck(["quiz", "--db", db], stdin: "")
        #expect(run.status == 65)
        #expect(run.stderr.contains("not a factcheck progress database"))
        #expect(try String(contentsOfFile: db, encoding: .utf8) == "not a database")
    }

    @Test func environmentChoosesTheDatabase() throws {
        let db = dbPath()
        let run = try Run.factcheck(["quiz", "--seed", "5", "--count", "1"], stdin: "t\n", environment: ["FACTCHECK_DB": db])
        #expect(run.status == 0)
        #expect(try count("answer", in: db) == 1)
    }

    @Test func replRunsAQuizAndRedoesTheMisses() throws {
        let db = dbPath()
        let run = try Run.factcheck(["repl"], stdin: "/quiz --count 2 --seed 6 --db \(db)\nf\nf\n/redo\nf\nf\n",
                                   environment: ["FACTCHECK_DB": db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "Session over").count == 3)
        #expect(try count("session", in: db) == 2)
    }
}
