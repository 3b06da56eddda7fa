import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs one SQL query on a progress database with python3's sqlite3; one row a line, '|' between columns.
func sqlite(_ query: String, in db: String) throws -> [String] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import sqlite3,sys\nfor r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print('|'.join(str(x) for x in r))", db, query]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    p.waitUntilExit()
    return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
}

/// During a quiz every line starting with '/' is a command (issue 12, items 2 and 4).
@Suite struct QuizCommandTests {
    func dbPath() -> String { Scratch.directory + "quiz-\(UUID().uuidString).db" }

    // Item 2: a mistyped command was judged as an answer, rated Again and reported as a miss.
    @Test func mistypedCommandsAreNeverAnswers() throws {
        let db = dbPath()
        let run = try Run.factcheck(["quiz", "--seed", "1", "--count", "2", "--db", db],
                                    stdin: "/ha\n/help\n/hint\n/undo\n/skip\n/skip\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("unknown command '/ha' during a quiz; use /skip /undo /right"))
        #expect(run.stderr.contains("unknown command '/hint'"))
        #expect(run.stdout.contains("/undo") && run.stdout.contains("take back the last answer"))
        #expect(run.stdout.contains("nothing to undo yet"))
        let given = try sqlite("select verdict, given from answer order by position", in: db)
        #expect(given == ["skipped|", "skipped|"])
        let report = try Run.factcheck(["report", "--all", "--db", db, "--format", "md"])
        #expect(!report.stdout.contains("/ha"))
    }

    @Test func undoTakesBackTheLastAnswerAndAsksItAgain() throws {
        let db = dbPath()
        let run = try Run.factcheck(["quiz", "--seed", "1", "--count", "1", "--type", "typed", "--db", db], stdin: "zzz\n/undo\n/skip\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("took back your answer to [1]"))
        #expect(run.stdout.components(separatedBy: "[1/1]").count == 3, "the question is asked twice")
        #expect(try sqlite("select verdict, given from answer", in: db) == ["skipped|"])
        // The wrong answer's schedule is gone with it: a skipped question schedules nothing.
        #expect(try sqlite("select count(*) from memory", in: db) == ["0"])
    }

    @Test func rightOverrulesTheJudgementAndReportsShowIt() throws {
        let db = dbPath()
        let run = try Run.factcheck(["quiz", "--seed", "1", "--count", "1", "--type", "typed", "--db", db], stdin: "zzz\n/right\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("overruled: counted as correct and rated good"))
        #expect(run.stdout.contains("1/1 correct"))
        #expect(try sqlite("select verdict, correct, rating from answer", in: db) == ["overruled|1|3"])
        #expect(try sqlite("select reps from memory", in: db) == ["1"])
        let md = try Run.factcheck(["report", "--db", db, "--format", "md"])
        #expect(md.stdout.contains("overruled"))
        let csv = try Run.factcheck(["report", "--db", db, "--format", "csv"])
        #expect(csv.stdout.contains(",overruled,"))
    }

    // Item 4: the rating of the last question could not be changed; the session ended at once.
    @Test func theLastRatingCanBeChangedBeforeTheSummary() throws {
        let db = dbPath()
        let run = try Run.factcheck(["quiz", "--seed", "1", "--count", "1", "--type", "typed", "--db", db], stdin: "zzz\n/easy\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rated easy"))
        #expect(try sqlite("select rating from answer", in: db) == ["4"])
        // In a piped shell script, the line after the quiz is not swallowed by it.
        let db2 = dbPath()
        let shell = try Run.factcheck(["repl"], stdin: "/quiz --seed 1 --count 1 --type typed\nzzz\n/good\nBlinken met Wang on Thursday.\n",
                                      environment: ["FACTCHECK_DB": db2])
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout.contains("SUPPORTED Blinken met Wang on Thursday."))
        #expect(try sqlite("select rating from answer", in: db2) == ["3"])
        let db3 = dbPath()
        let next = try Run.factcheck(["repl"], stdin: "/quiz --seed 1 --count 1 --type typed\nzzz\nBlinken met Wang on Thursday.\n",
                                     environment: ["FACTCHECK_DB": db3])
        #expect(next.stdout.contains("SUPPORTED Blinken met Wang on Thursday."))
        #expect(try sqlite("select rating from answer", in: db3) == ["1"])
    }

    @Test func onATerminalTheLastRatingIsChangedAtTheSummaryPrompt() throws {
        let state = Scratch.directory + "factcheck-state-\(UUID().uuidString)"
        let db = dbPath()
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": state, "FACTCHECK_DB": db])
        try session.waitFor("factcheck> ")
        var mark = session.mark
        session.send("/quiz --seed 1 --count 1 --type typed\r")
        try session.waitFor("answer> ", after: mark)
        mark = session.mark
        session.send("zzz\r")
        try session.waitFor("Enter for the summary> ", after: mark)
        #expect(!session.output[mark...].contains("Session over"))
        mark = session.mark
        session.send("/good\r")
        try session.waitFor("rated good", after: mark)
        mark = session.mark
        session.send("\r")
        try session.waitFor("Session over", after: mark)
        try session.waitFor("factcheck> ", after: mark)
        #expect(try sqlite("select rating from answer", in: db) == ["3"])
        session.send("\u{04}")
        #expect(session.waitForExit() == 0)
    }
}

@Suite struct ShellExportTests {
    // Item 3: "/export x.md --session 1" said "Missing value for '--session'".
    @Test func exportKeepsOptionValues() throws {
        let db = Scratch.directory + "quiz-\(UUID().uuidString).db"
        let dir = Scratch.directory + "export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let script = """
            /quiz --seed 1 --count 1
            /skip
            /quiz --seed 2 --count 1 --practice
            /skip
            /export \(dir)/one.md --session 1
            /export \(dir)/since.csv --since 2000-01-01
            /export \(dir)/plain.txt --format json --all
            /export --session 2 \(dir)/two.json

            """
        let run = try Run.factcheck(["repl"], stdin: script, environment: ["FACTCHECK_DB": db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("Missing value"))
        let one = try String(contentsOfFile: dir + "/one.md", encoding: .utf8)
        #expect(one.contains("Session 1"))
        #expect(FileManager.default.fileExists(atPath: dir + "/since.csv"))
        #expect(try String(contentsOfFile: dir + "/plain.txt", encoding: .utf8).hasPrefix("{"))
        #expect(try String(contentsOfFile: dir + "/two.json", encoding: .utf8).contains("\"id\" : 2"))
    }
}

@Suite struct ItemsAndDeckCLITests {
    @Test func itemsAfterAQuiz() throws {
        let db = Scratch.directory + "items-\(UUID().uuidString).db"
        _ = try Run.factcheck(["quiz", "--seed", "1", "--count", "1", "--type", "typed", "--db", db], stdin: "zzz\n")
        let json = try Run.factcheck(["items", "--db", db, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 42)
        let studied = try #require(items.first)
        #expect(studied["state"] as? String == "learning")
        #expect(studied["reps"] as? Int == 1)
        #expect(studied["due"] is String)
        #expect(items.last?["due"] is NSNull)
        let table = try Run.factcheck(["items", "--db", db, "--category", "quote"])
        #expect(table.stdout.hasPrefix("ID "))
        #expect(table.stdout.contains("STATE") && table.stdout.contains("LAPSES"))
        #expect(table.stdout.contains("wang-quote"))
        #expect(!table.stdout.contains("meeting-day "))
        let shell = try Run.factcheck(["repl"], stdin: "/items --due\n/items Navalny\n", environment: ["FACTCHECK_DB": db])
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout.contains("0 items: 0 due now") || shell.stdout.contains("1 item: 1 due now"))
        #expect(shell.stdout.contains("navalny"))
    }

    @Test func dueTimesAreLocal() throws {
        let db = Scratch.directory + "due-\(UUID().uuidString).db"
        _ = try Run.factcheck(["quiz", "--seed", "1", "--count", "1", "--type", "typed", "--db", db], stdin: "zzz\n")
        let utc = try Run.factcheck(["quiz", "--due", "--db", db], environment: ["TZ": "UTC"])
        #expect(utc.stdout.contains("next review 20") && utc.stdout.contains(" UTC"), "\(utc.stdout)")
        #expect(utc.stdout.range(of: "[0-9]T[0-9]", options: .regularExpression) == nil, "no raw ISO time: \(utc.stdout)")
        let tokyo = try Run.factcheck(["quiz", "--due", "--db", db], environment: ["TZ": "Asia/Tokyo"])
        #expect(tokyo.stdout != utc.stdout, "local time follows TZ: \(tokyo.stdout)")
    }

    @Test func exportDeckWritesAnkiAndCSVFiles() throws {
        let dir = Scratch.directory + "deck-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let anki = try Run.factcheck(["export-deck", "-o", dir + "/seed.txt"])
        #expect(anki.status == 0, "\(anki.stderr)")
        #expect(anki.stderr.contains("(anki, "))
        let text = try String(contentsOfFile: dir + "/seed.txt", encoding: .utf8)
        #expect(text.hasPrefix("#separator:tab\n#html:true\n#columns:Front\tBack\tEvidence\tTags\tGUID\n"))
        let council = try Run.factcheck(["export-deck", "--bank", Run.packageRoot.appendingPathComponent("Tests/Fixtures/council.yaml").path,
                                         "-o", dir + "/council.csv"])
        #expect(council.status == 0, "\(council.stderr)")
        let csv = try String(contentsOfFile: dir + "/council.csv", encoding: .utf8)
        #expect(csv.contains("id,category,type,front,back,evidence\r\n"))
        #expect(csv.contains("ruiz-mayor/typed,position,typed,What position does Ana Ruiz hold in the article?"))
        let again = try Run.factcheck(["export-deck", "-o", dir + "/seed.txt"])
        #expect(again.status == 73, "an existing file needs --force")
        let unknown = try Run.factcheck(["export-deck", "-o", dir + "/deck.apkg"])
        #expect(unknown.status == 64)
    }
}
