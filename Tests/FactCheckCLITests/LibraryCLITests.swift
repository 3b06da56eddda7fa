import Foundation
import TestSupport
import Testing

/// The library through the built binary: add a bank, list the articles, study one and all of
/// them, and report by article, with $XDG_DATA_HOME in a temporary folder.
@Suite struct LibraryCLITests {
    static let councilBank = Run.packageRoot.appendingPathComponent("questions/articles/council/bank.yaml").path
    static let councilText = Run.packageRoot.appendingPathComponent("questions/articles/council/article.txt").path

    /// A fresh data folder: the library and the progress database go there.
    func environment() -> (data: String, env: [String: String]) {
        let data = Scratch.directory + "library-cli-\(UUID().uuidString)"
        return (data, ["XDG_DATA_HOME": data, "FACTCHECK_DB": ""])
    }

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func events(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(try json(String($0)) as? [String: Any]) }
    }

    @Test func addListStudyAndReport() throws {
        let (data, env) = environment()
        // add: stored under its article id, in the data folder.
        let added = try Run.factcheck(["add", Self.councilBank], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("added: vellmouth-tram-vote"), "\(added.stdout)")
        let stored = data + "/factcheck/banks/vellmouth-tram-vote.yaml"
        #expect(added.stdout.contains(stored))
        #expect(FileManager.default.contents(atPath: stored) == FileManager.default.contents(atPath: Self.councilBank))
        // The same bank again is a no-op that says so.
        let again = try Run.factcheck(["add", Self.councilBank], environment: env)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("unchanged"), "\(again.stdout)")

        // articles: the built-in article is always there, then the library's.
        let listed = try Run.factcheck(["articles", "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = try #require(try json(listed.stdout) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["blinken-wang-meeting", "vellmouth-tram-vote"])
        #expect(rows.map { $0["builtIn"] as? Bool } == [true, false])
        #expect(rows.last?["facts"] as? Int == 46)
        #expect(rows.allSatisfy { $0["sessions"] as? Int == 0 && $0["due"] as? Int == 0 })
        let table = try Run.factcheck(["articles"], environment: env)
        #expect(table.stdout.hasPrefix("ID"), "\(table.stdout)")
        #expect(table.stdout.contains("vellmouth-tram-vote"))

        // --article selects a stored article with no --bank.
        let verify = try Run.factcheck(["verify", "--article", "vellmouth-tram-vote", "The council approved the contract on Tuesday."],
                                       environment: env)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let quiz = try Run.factcheck(["quiz", "--article", "vellmouth-tram-vote", "--count", "3", "--seed", "2", "--json"],
                                     stdin: "true\ntrue\ntrue\n", environment: env)
        #expect(quiz.status == 0, "\(quiz.stderr)")
        let quizAnswers = try events(quiz.stdout).filter { $0["event"] as? String == "answer" }
        #expect(quizAnswers.count == 3)
        #expect(quizAnswers.allSatisfy { $0["article"] as? String == "vellmouth-tram-vote" })

        // --all-articles: one session, each answer against its own article.
        let mixed = try Run.factcheck(["quiz", "--all-articles", "--count", "4", "--seed", "5", "--json"],
                                      stdin: "true\ntrue\ntrue\ntrue\n", environment: env)
        #expect(mixed.status == 0, "\(mixed.stderr)")
        let mixedAnswers = try events(mixed.stdout).filter { $0["event"] as? String == "answer" }
        #expect(mixedAnswers.count == 4)
        #expect(Set(mixedAnswers.compactMap { $0["article"] as? String }) == ["blinken-wang-meeting", "vellmouth-tram-vote"])

        let after = try #require(try json(try Run.factcheck(["articles", "--json"], environment: env).stdout) as? [[String: Any]])
        #expect(after.map { $0["sessions"] as? Int } == [1, 2])

        // report: every article, each session named; --article keeps one article's answers.
        let every = try Run.factcheck(["report", "--all", "--format", "json"], environment: env)
        #expect(every.status == 0, "\(every.stderr)")
        let everyReport = try #require(try json(every.stdout) as? [String: Any])
        let sessions = try #require(everyReport["sessions"] as? [[String: Any]])
        #expect(sessions.count == 2)
        let named = sessions.map { ($0["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(named.first == ["vellmouth-tram-vote"])
        #expect(Set(named.last ?? []) == ["blinken-wang-meeting", "vellmouth-tram-vote"])

        let council = try Run.factcheck(["report", "--all", "--article", "vellmouth-tram-vote", "--format", "json"], environment: env)
        #expect(council.status == 0, "\(council.stderr)")
        let councilReport = try #require(try json(council.stdout) as? [String: Any])
        #expect((councilReport["bank"] as? [String: Any])?["id"] as? String == "vellmouth-tram-vote")
        let councilSessions = try #require(councilReport["sessions"] as? [[String: Any]])
        #expect(councilSessions.count == 2)
        let councilRows = councilSessions.flatMap { $0["answers"] as? [[String: Any]] ?? [] }
        #expect(!councilRows.isEmpty)
        #expect(councilRows.allSatisfy { $0["article"] as? String == "vellmouth-tram-vote" })

        let seed = try Run.factcheck(["report", "--all", "--article", "blinken-wang-meeting", "--format", "json"], environment: env)
        let seedSessions = try #require((try json(seed.stdout) as? [String: Any])?["sessions"] as? [[String: Any]])
        #expect(seedSessions.count == 1)

        for format in ["md", "csv", "html"] {
            let report = try Run.factcheck(["report", "--all", "--format", format], environment: env)
            #expect(report.status == 0, "\(format): \(report.stderr)")
            #expect(report.stdout.contains("vellmouth-tram-vote"), "\(format)")
        }
        let markdown = try Run.factcheck(["report", "--last", "--format", "md"], environment: env)
        #expect(markdown.stdout.contains("Articles: "), "\(markdown.stdout)")

        // --redo after a session across articles asks this article's misses only.
        let missedHere = mixedAnswers.filter { $0["article"] as? String == "vellmouth-tram-vote" && $0["correct"] as? Bool == false }
        let redo = try Run.factcheck(["quiz", "--article", "vellmouth-tram-vote", "--redo", "--json"],
                                     stdin: String(repeating: "true\n", count: 4), environment: env)
        #expect(redo.status == 0, "\(redo.stderr)")
        let asked = try events(redo.stdout).filter { $0["event"] as? String == "question" }
        #expect(asked.count == missedHere.count, "\(redo.stdout)")
        #expect(asked.allSatisfy { $0["article"] as? String == "vellmouth-tram-vote" })
    }

    @Test func refusalsAndUnknownArticles() throws {
        let (data, env) = environment()
        // Text that no bank can be drafted from is refused.
        let control = Scratch.directory + "control-\(UUID().uuidString).txt"
        try Data("Mayor Ann Lee said \u{1B}[31m hello.\n".utf8).write(to: URL(fileURLWithPath: control))
        let text = try Run.factcheck(["add", control], environment: env)
        #expect(text.status == 65, "\(text.stdout)\(text.stderr)")
        #expect(text.stderr.contains("was not added"), "\(text.stderr)")
        #expect(!text.stderr.contains("\u{1B}"))
        // A bank with problems is refused with them, and nothing is stored.
        let broken = Scratch.directory + "broken-\(UUID().uuidString).yaml"
        let original = try String(contentsOfFile: Self.councilBank, encoding: .utf8)
        try original.replacingOccurrences(of: "category: date", with: "category: nonsense")
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try Run.factcheck(["add", broken], environment: env)
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains(broken + ":"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data + "/factcheck/banks/vellmouth-tram-vote.yaml"))
        // Another bank with a stored id needs --force.
        #expect(try Run.factcheck(["add", Self.councilBank], environment: env).status == 0)
        let edited = Scratch.directory + "edited-\(UUID().uuidString).yaml"
        try ("# edited\n" + original).write(toFile: edited, atomically: true, encoding: .utf8)
        let conflict = try Run.factcheck(["add", edited], environment: env)
        #expect(conflict.status == 73, "\(conflict.stderr)")
        #expect(conflict.stderr.contains("--force"))
        let forced = try Run.factcheck(["add", "--force", edited], environment: env)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("replaced"))
        // The built-in article's id is taken.
        let seed = Run.packageRoot.appendingPathComponent("questions/blinken-wang.yaml").path
        #expect(try Run.factcheck(["add", seed], environment: env).status == 65)
        // An unknown --article lists the ids.
        let unknown = try Run.factcheck(["facts", "--article", "nope"], environment: env)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("blinken-wang-meeting, vellmouth-tram-vote"), "\(unknown.stderr)")
        let missing = try Run.factcheck(["add", data + "/no-such-file.yaml"], environment: env)
        #expect(missing.status == 66, "\(missing.stderr)")
    }

    /// A bank that lint accepts is stored, and what `lint --deep` finds is told as warnings
    /// that name the file and line.
    @Test func addTellsWhatTheDeepCheckFinds() throws {
        let (data, env) = environment()
        let bank = Scratch.directory + "hiding-\(UUID().uuidString).yaml"
        let original = try String(contentsOfFile: Self.councilBank, encoding: .utf8)
        let aliases = try #require(original.range(of: "aliases: ["))
        try original.replacingCharacters(in: aliases, with: "aliases: [no councillor, ").write(toFile: bank, atomically: true, encoding: .utf8)
        let added = try Run.factcheck(["add", bank], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains(bank + ":") && added.stderr.contains(": warning: ") && added.stderr.contains("'no'"), "\(added.stderr)")
        #expect(added.stderr.contains("found by the deep check"), "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: data + "/factcheck/banks/vellmouth-tram-vote.yaml"))
    }

    /// The path for a person's own article: draft → add → quiz → report.
    @Test func draftAddQuizReport() throws {
        let (data, env) = environment()
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let bank = data + "/council-draft.yaml"
        let drafted = try Run.factcheck(["draft", Self.councilText, "-o", bank], environment: env)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let added = try Run.factcheck(["add", bank], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try #require(try json(try Run.factcheck(["articles", "--json"], environment: env).stdout) as? [[String: Any]])
        let id = try #require(listed.last?["id"] as? String)
        #expect(listed.count == 2 && id != "blinken-wang-meeting")
        // The text itself can be added as it is: drafted, checked and stored under the same id.
        let fresh = environment().env
        let text = try Run.factcheck(["add", Self.councilText], environment: fresh)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("added: \(id)"), "\(text.stdout)")
        #expect(text.stdout.contains("drafted automatically"), "\(text.stdout)")
        let quiz = try Run.factcheck(["quiz", "--article", id, "--count", "3", "--seed", "1", "--json"],
                                     stdin: "true\ntrue\ntrue\n", environment: env)
        #expect(quiz.status == 0, "\(quiz.stderr)")
        #expect(try events(quiz.stdout).filter { $0["event"] as? String == "answer" }.count == 3)
        let report = try Run.factcheck(["report", "--article", id, "--format", "json"], environment: env)
        #expect(report.status == 0, "\(report.stderr)")
        let session = try #require(((try json(report.stdout) as? [String: Any])?["sessions"] as? [[String: Any]])?.first)
        #expect((session["articles"] as? [[String: Any]])?.first?["id"] as? String == id)
        #expect((session["answers"] as? [Any])?.count == 3)
    }

    @Test func theShellListsAndSwitchesArticles() throws {
        let (_, env) = environment()
        #expect(try Run.factcheck(["add", Self.councilBank], environment: env).status == 0)
        let shell = try Run.factcheck(["repl"], stdin: """
            /articles
            /use vellmouth-tram-vote
            The council approved the contract on Tuesday.
            /who Varga
            /use blinken-wang-meeting
            Blinken met Wang on Thursday.
            """, environment: env)
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout.contains("vellmouth-tram-vote"))
        #expect(shell.stdout.contains("now using vellmouth-tram-vote"), "\(shell.stdout)")
        #expect(shell.stdout.contains("Elena Varga"))
        #expect(shell.stdout.contains("now using blinken-wang-meeting"))
        #expect(!shell.stdout.contains("REFUTED"), "\(shell.stdout)")
        let bad = try Run.factcheck(["repl"], stdin: "/use nope\n", environment: env)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("vellmouth-tram-vote"), "\(bad.stderr)")
    }
}
