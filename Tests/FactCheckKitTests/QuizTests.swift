import Foundation
import TestSupport
import GRDB
import Testing
@testable import FactCheckKit
@testable import FactCheckCore

@Suite struct FSRSTests {
    let fsrs = FSRS()
    let day: TimeInterval = 86_400

    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-5) -> Bool { abs(a - b) < tolerance }

    @Test func initialDifficultyAndStabilityFollowThePublishedFormulas() {
        // D0(G) = w4 - e^(w5 (G-1)) + 1 with FSRS-5's default parameters.
        #expect(close(fsrs.initialDifficulty(.again), 7.1949))
        #expect(close(fsrs.initialDifficulty(.hard), 6.488305))
        #expect(close(fsrs.initialDifficulty(.good), 5.282434))
        #expect(close(fsrs.initialDifficulty(.easy), 3.224502))
        #expect(fsrs.initialStability(.good) == 3.173)
        #expect(fsrs.initialStability(.easy) == 15.69105)
    }

    @Test func retrievabilityAndIntervals() {
        #expect(close(fsrs.retrievability(elapsedDays: 10, stability: 10), 0.9))
        #expect(fsrs.interval(stability: 15.69105) == 16)
        var lower = FSRS(desiredRetention: 0.8)
        lower.maximumInterval = 36500
        #expect(lower.interval(stability: 10) == 24)
    }

    @Test func aCardsLifeThroughLearningReviewAndALapse() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var state = fsrs.review(MemoryState.new(now: start), rating: .good, now: start)
        #expect(state.phase == .learning)
        #expect(close(state.stability, 3.173) && close(state.difficulty, 5.282434))
        #expect(state.due == start.addingTimeInterval(600))
        state = fsrs.review(state, rating: .good, now: start.addingTimeInterval(600))
        #expect(state.phase == .review)
        #expect(close(state.stability, 4.466858) && close(state.difficulty, 5.272968))
        #expect(state.due == start.addingTimeInterval(600 + 4 * day))
        let reviewAt = state.due
        state = fsrs.review(state, rating: .good, now: reviewAt)
        #expect(close(state.stability, 14.217284, 1e-4) && close(state.difficulty, 5.263545))
        #expect(state.due == reviewAt.addingTimeInterval(14 * day))
        state = fsrs.review(state, rating: .again, now: state.due)
        #expect(state.phase == .relearning)
        #expect(state.lapses == 1)
        #expect(close(state.stability, 2.50417, 1e-4) && close(state.difficulty, 6.784232))
        #expect(state.reps == 4)
    }

    @Test func ratingsFromJudgementAndTime() {
        #expect(FSRS.rating(correct: false, responseMilliseconds: 1000, typed: true) == .again)
        #expect(FSRS.rating(correct: true, responseMilliseconds: 2000, typed: false) == .easy)
        #expect(FSRS.rating(correct: true, responseMilliseconds: 9000, typed: false) == .good)
        #expect(FSRS.rating(correct: true, responseMilliseconds: 30000, typed: true) == .hard)
    }
}

@Suite struct AnswerJudgeTests {
    func judge() throws -> AnswerJudge { AnswerJudge(bank: try #require(Fixtures.seedBank), checker: Fixtures.checker) }
    func question(_ kind: AnswerKind, expected: String, entity: String? = nil, fact: String = "meeting-day", choices: [String] = []) -> Question {
        Question(id: "t", factId: fact, category: .date, type: choices.isEmpty ? .typed : .multipleChoice, prompt: "?",
                 choices: choices, expected: expected, kind: kind, entityID: entity)
    }

    @Test func weekdaysInAnyCaseOrAbbreviation() throws {
        let q = question(.weekday, expected: "Thursday")
        for answer in ["Thursday", "thursday", "THU", "thurs", "Thur."] {
            #expect(try judge().judge(q, answer: answer).correct, "\(answer)")
        }
        let typo = try judge().judge(q, answer: "Thrusday")
        #expect(typo.correct)
        #expect(typo.note?.contains("Thursday") == true)
        #expect(try !judge().judge(q, answer: "Tuesday").correct)
        #expect(try !judge().judge(q, answer: "Tue").correct)
        #expect(try !judge().judge(q, answer: "Friday").correct)
    }

    @Test func peopleByAnyName() throws {
        let q = question(.entity, expected: "Wang Yi", entity: "wang")
        for answer in ["Wang Yi", "wang", "Mr Wang", "the Chinese foreign minister", "Wnag Yi"] {
            #expect(try judge().judge(q, answer: answer).correct, "\(answer)")
        }
        #expect(try !judge().judge(q, answer: "Blinken").correct)
        #expect(try !judge().judge(q, answer: "Biden").correct)
    }

    @Test func positionsWithOrWithoutTheCountry() throws {
        let q = question(.position, expected: "Foreign Minister (China)", entity: "wang", fact: "wang-position")
        for answer in ["Foreign Minister", "foreign minister", "Chinese Foreign Minister", "China's foreign minister", "foriegn minister"] {
            #expect(try judge().judge(q, answer: answer).correct, "\(answer)")
        }
        #expect(try !judge().judge(q, answer: "US foreign minister").correct)
        #expect(try !judge().judge(q, answer: "Secretary of State").correct)
    }

    @Test func multipleChoiceByLetterNumberOrText() throws {
        let q = question(.weekday, expected: "Thursday", choices: ["Monday", "Thursday", "Friday"])
        for answer in ["b", "B", "2", "Thursday", "thu"] {
            #expect(try judge().judge(q, answer: answer).correct, "\(answer)")
        }
        for answer in ["a", "3", "Friday", "d"] {
            #expect(try !judge().judge(q, answer: answer).correct, "\(answer)")
        }
    }

    @Test func trueOrFalse() throws {
        let q = Question(id: "t", factId: "meeting-day", category: .date, type: .trueFalse, prompt: "?", choices: ["true", "false"],
                         expected: "false", kind: .boolean, entityID: nil)
        for answer in ["false", "F", "no", "b", "2"] { #expect(try judge().judge(q, answer: answer).correct, "\(answer)") }
        for answer in ["true", "yes", "a", ""] { #expect(try !judge().judge(q, answer: answer).correct, "\(answer)") }
    }
}

@Suite struct QuestionTests {
    func generator() throws -> QuestionGenerator { QuestionGenerator(checker: try #require(Fixtures.checker)) }

    @Test func everyFactHasQuestionsOfSeveralKinds() throws {
        let g = try generator()
        var types = Set<QuestionType>()
        for fact in g.bank.facts {
            let questions = g.questions(for: fact)
            #expect(!questions.isEmpty, "\(fact.id)")
            types.formUnion(questions.map(\.type))
            #expect(Set(questions.map(\.id)).count == questions.count, "ids are unique")
        }
        #expect(types == Set(QuestionType.allCases))
    }

    @Test func choicesAreDistinctAndOnlyOneIsTrue() throws {
        let g = try generator()
        let checker = try #require(Fixtures.checker)
        for fact in g.bank.facts {
            for q in g.questions(for: fact) where q.type == .multipleChoice {
                #expect(Set(q.choices).count == q.choices.count, "\(q.id)")
                #expect(q.choices.contains(q.expected), "\(q.id)")
                // For "who" questions, no other option may make the statement true.
                if q.kind == .entity, let name = g.openingName(fact) {
                    for option in q.choices where option != q.expected {
                        let claim = option + fact.statement.dropFirst(name.count)
                        #expect(checker.check(claim).verdict != .supported, "\(q.id): \(option)")
                    }
                }
            }
        }
    }

    @Test func falseVariantsAreRefutedAndTrueOnesSupported() throws {
        let g = try generator()
        let checker = try #require(Fixtures.checker)
        var falseOnes = 0
        for fact in g.bank.facts {
            for q in g.questions(for: fact) where q.type == .trueFalse {
                let statement = String(q.prompt.dropFirst("True or false: ".count))
                let verdict = checker.check(statement).verdict
                #expect(verdict == (q.expected == "true" ? .supported : .refuted), "\(q.id): \(statement)")
                if q.expected == "false" { falseOnes += 1 }
            }
        }
        #expect(falseOnes >= 15)
    }

    @Test func sameSeedSameQuestions() throws {
        let planner = QuizPlanner(checker: try #require(Fixtures.checker))
        let now = Date()
        let a = planner.plan(QuizOptions(count: 8, seed: 42), memory: [:], now: now)
        let b = planner.plan(QuizOptions(count: 8, seed: 42), memory: [:], now: now)
        let c = planner.plan(QuizOptions(count: 8, seed: 43), memory: [:], now: now)
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a.map(\.id) != c.map(\.id))
        #expect(a.count == 8)
        let dates = planner.plan(QuizOptions(count: 5, categories: [.date], types: [.multipleChoice], seed: 1), memory: [:], now: now)
        #expect(dates.allSatisfy { $0.category == .date && $0.type == .multipleChoice })
    }

    @Test func dueItemsComeFirst() throws {
        let planner = QuizPlanner(checker: try #require(Fixtures.checker))
        let now = Date()
        var memory: [String: MemoryState] = [:]
        var due = MemoryState.new(now: now)
        due.phase = .review
        due.stability = 3
        due.due = now.addingTimeInterval(-3600)
        memory["wang-defends"] = due
        var later = due
        later.due = now.addingTimeInterval(86_400)
        memory["meeting-day"] = later
        let plan = planner.plan(QuizOptions(count: 5, seed: 9), memory: memory, now: now)
        #expect(plan.first?.factId == "wang-defends")
        #expect(!plan.contains { $0.factId == "meeting-day" })
        let summary = planner.dueSummary(memory: memory, now: now)
        #expect(summary.due == 1)
        #expect(summary.next == later.due)
    }
}

@Suite struct StoreTests {
    func tempPath() -> String { Scratch.directory + "fc-\(UUID().uuidString).db" }

    @Test func answersAndMemoryAreSavedAtOnce() throws {
        let path = tempPath()
        let bank = try #require(Fixtures.seedBank)
        let planner = QuizPlanner(checker: try #require(Fixtures.checker))
        let store = try ProgressStore(path: path)
        let session = try StudySession(bank: bank, store: store, seed: 1, practice: false, now: Date())
        let questions = planner.plan(QuizOptions(count: 3, seed: 1), memory: [:], now: Date())
        for q in questions { try session.answer(q, given: q.expected, responseMilliseconds: 5000, at: Date()) }
        // Another connection sees them before the session ends.
        let reader = try ProgressStore(path: path)
        let sessions = try reader.sessions()
        #expect(sessions.count == 1)
        let answers = try reader.answers(sessionID: try #require(sessions.first).id)
        #expect(answers.count == 3)
        #expect(answers.allSatisfy { $0.correct && $0.rating != nil && $0.stateAfter != nil })
        #expect(try reader.memory(bankID: bank.article.id).count == 3)
    }

    @Test func practiceLeavesTheScheduleAlone() throws {
        let path = tempPath()
        let bank = try #require(Fixtures.seedBank)
        let store = try ProgressStore(path: path)
        let session = try StudySession(bank: bank, store: store, seed: 1, practice: true, now: Date())
        let q = QuestionGenerator(checker: try #require(Fixtures.checker)).questions(for: bank.facts[0])[0]
        try session.answer(q, given: "x", responseMilliseconds: 100, at: Date())
        #expect(try store.memory(bankID: bank.article.id).isEmpty)
        #expect(try store.answers(sessionID: try #require(session.record).id).count == 1)
    }

    /// A full disk when a session starts is reported as such, naming what failed: the session
    /// could not be started (once it said "the answer could not be saved", before any answer).
    @Test func aFullDiskAtSessionStartSaysTheSessionCouldNotBeStarted() throws {
        let path = tempPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let bank = try #require(Fixtures.seedBank)
        let store = try ProgressStore(path: path)
        // SQLite answers SQLITE_FULL, as on a full disk, once the file may not grow past its
        // present size: sessions are started until their table needs a page it cannot have.
        try store.database.writeWithoutTransaction { db in
            // A limit below the file's size is raised to its size.
            try db.execute(sql: "PRAGMA max_page_count = 1")
        }
        var failure: StoreError?
        for _ in 0..<100_000 {
            do {
                _ = try StudySession(bank: bank, store: store, seed: 1, practice: false, now: Date())
            } catch {
                failure = error
                break
            }
        }
        let error = try #require(failure, "the capped database never filled up")
        #expect(error.kind == .diskFull)
        #expect(error.message == "the disk is full; the session could not be started")
        #expect(!error.description.contains("answer"))
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndKept() throws {
        let path = tempPath()
        try "my notes, not a database".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try ProgressStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes, not a database")
    }

    @Test func anotherProgramsDatabaseIsRefusedAndKept() throws {
        let path = tempPath()
        // A SQLite database made by someone else (built with the sqlite3 shell's format).
        let other = try ProgressStore(path: path)
        _ = other
        // Simulate a foreign database: change its application id and add a table of its own.
        let foreign = tempPath()
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3; c=sqlite3.connect('\(foreign)'); c.execute('create table notes(x)'); c.commit()"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        do {
            _ = try ProgressStore(path: foreign)
            Issue.record("a foreign database was accepted")
        } catch {
            #expect(error.kind == .foreignDatabase)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
    }

    @Test func twoSessionsShareADatabase() throws {
        let path = tempPath()
        let bank = try #require(Fixtures.seedBank)
        let first = try StudySession(bank: bank, store: try ProgressStore(path: path), seed: 1, practice: false, now: Date())
        let second = try StudySession(bank: bank, store: try ProgressStore(path: path), seed: 2, practice: false, now: Date())
        let questions = QuestionGenerator(checker: try #require(Fixtures.checker)).questions(for: bank.facts[3])
        try first.answer(questions[0], given: "a", responseMilliseconds: 10, at: Date())
        try second.answer(questions[0], given: "b", responseMilliseconds: 10, at: Date())
        try first.answer(questions[0], given: "c", responseMilliseconds: 10, at: Date())
        let store = try ProgressStore(path: path)
        #expect(try store.sessions().count == 2)
        #expect(try store.answers(sessionID: try #require(first.record).id).count == 2)
        #expect(try store.answers(sessionID: try #require(second.record).id).count == 1)
    }
}
