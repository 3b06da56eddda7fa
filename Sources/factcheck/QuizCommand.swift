import ArgumentParser
import FactCheckKit
import Foundation
import LineEditing

extension QuestionType: ExpressibleByArgument {}

extension FactCheck {
    struct Quiz: ContextCommand {
        static let configuration = CommandConfiguration(
            commandName: "quiz",
            abstract: "A study session: questions made from the facts, judged, scheduled with FSRS and saved.",
            discussion: """
                Due items come first, then new ones; --practice leaves the schedule alone. Answer with \
                the text, or an option's letter or number. While answering, every line that starts with '/' is a command: \
                /skip skips, /undo takes back the last answer and asks it again, /right overrules a \
                judgement you dispute (saved as overruled), /again, /hard, /good or /easy replaces the \
                rating of the answer just given (after the last question too, before the summary), \
                /help lists them; Ctrl-C drops the question, Ctrl-D or /quit ends the session (answers \
                given are kept). Progress is kept in \
                the SQLite database given by --db, $FACTCHECK_DB, or $XDG_DATA_HOME/factcheck/progress.db.
                """)

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "How many questions.")
        var count: Int = 10

        @Option(name: .long, help: ArgumentHelp("Only facts of these categories.", valueName: "category"))
        var category: [FactCategory] = []

        @Option(name: .long, help: ArgumentHelp("Only these question types (multiple-choice, true-false, typed, quote).", valueName: "type"))
        var type: [QuestionType] = []

        @Option(name: .long, help: "Seed for choosing and ordering questions (same seed, same questions).")
        var seed: UInt64?

        @Flag(name: .long, help: "Study without changing the schedule.")
        var practice = false

        @Flag(name: .long, help: "Say how many items are due and when the next one is, then stop.")
        var due = false

        @Flag(name: .long, help: "Ask again the questions missed in the last session (as practice).")
        var redo = false

        @Option(name: .long, help: ArgumentHelp("The progress database.", valueName: "path"), completion: .file(extensions: ["db"]))
        var db: String?

        @Option(name: .long, help: "Desired retention for scheduling (0.7 to 0.99).")
        var retention: Double = 0.9

        @Flag(name: .long, help: "Speak JSON Lines: one object per question, per judged answer, and a summary.")
        var json = false

        @Flag(name: .long, help: "Study every article at once (the built-in ones and the library's): due items first, then new ones; each answer is saved against its own article.")
        var allArticles = false

        func validate() throws {
            if allArticles && redo { throw ValidationError("--redo asks again one article's misses; leave out --all-articles") }
            guard count >= 1 && count <= 1000 else { throw ValidationError("--count must be between 1 and 1000") }
            guard retention >= 0.7 && retention <= 0.99 else { throw ValidationError("--retention must be between 0.7 and 0.99") }
        }

        func execute(in context: AppContext) throws {
            let store: ProgressStore
            let path = db ?? ProgressStore.defaultPath()
            context.databasePath = path
            do {
                store = try ProgressStore(path: path)
            } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(error.exitCode)
            }
            if allArticles { return try studyAllArticles(context: context, store: store) }
            let planner = QuizPlanner(checker: context.checker)
            let memory: [String: MemoryState]
            do { memory = try store.memory(bankID: context.bank.article.id) } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(error.exitCode)
            }
            let now = Date()
            if due {
                let summary = planner.dueSummary(memory: memory, now: now)
                var text = "\(summary.due) due now, \(summary.new) new"
                if let next = summary.next { text += "; next review " + Items.local(next) + " " + Self.zoneName(next) }
                Terminal.standardOutput.write(text + "\n")
                return
            }
            let chosenSeed = seed ?? UInt64(now.timeIntervalSince1970 * 1000) % 1_000_000
            var questions: [Question]
            var practiceMode = practice
            if redo {
                do { questions = try lastMisses(store: store, context: context, planner: planner) } catch let error as StoreError {
                    Terminal.standardError.write(error.description + "\n")
                    throw ExitCode(error.exitCode)
                }
                practiceMode = true
                if questions.isEmpty {
                    Terminal.standardOutput.write("Nothing to redo: the last session had no misses.\n")
                    return
                }
            } else {
                let options = QuizOptions(count: count, categories: category, types: type, seed: chosenSeed, practice: practice)
                questions = planner.plan(options, memory: memory, now: now)
            }
            if questions.isEmpty {
                let summary = planner.dueSummary(memory: memory, now: now)
                var text = "Nothing is due."
                if let next = summary.next { text += " The next review is " + Items.local(next) + " " + Self.zoneName(next) + "." }
                text += " Use --practice to study anyway."
                Terminal.standardOutput.write(text + "\n")
                return
            }
            let runner = QuizRunner(context: context, json: json)
            try runner.run(questions: questions, store: store, seed: chosenSeed, practice: practiceMode, redo: redo,
                           fsrs: FSRS(desiredRetention: retention))
        }

        /// One session across every article: the built-in ones and the library's.
        func studyAllArticles(context: AppContext, store: ProgressStore) throws {
            let all: [(builtIn: Bool, index: BankIndex)]
            do { all = try ArticleCatalog.loadAll() } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(Exit.dataError)
            }
            var articles: [ArticleMixPlanner.Article] = []
            var checkers: [String: StatementChecker] = [:]
            // The shell's own article keeps its checker.
            checkers[context.bank.article.id] = context.checker
            for entry in all {
                let id = entry.index.bank.article.id
                let checker = checkers[id] ?? StatementChecker(index: entry.index)
                checkers[id] = checker
                do {
                    articles.append(.init(id: id, planner: QuizPlanner(checker: checker), memory: try store.memory(bankID: id)))
                } catch {
                    Terminal.standardError.write(error.description + "\n")
                    throw ExitCode(error.exitCode)
                }
            }
            let now = Date()
            if due {
                var dueNow = 0, new = 0
                var next: Date?
                for article in articles {
                    let summary = article.planner.dueSummary(memory: article.memory, now: now)
                    dueNow += summary.due
                    new += summary.new
                    if let date = summary.next { next = min(next ?? date, date) }
                }
                var text = "\(dueNow) due now, \(new) new, in \(plural(articles.count, "article"))"
                if let next { text += "; next review " + Items.local(next) + " " + Self.zoneName(next) }
                Terminal.standardOutput.write(text + "\n")
                return
            }
            let chosenSeed = seed ?? UInt64(now.timeIntervalSince1970 * 1000) % 1_000_000
            let options = QuizOptions(count: count, categories: category, types: type, seed: chosenSeed, practice: practice)
            let questions = ArticleMixPlanner.plan(options, articles: articles, now: now)
            if questions.isEmpty {
                Terminal.standardOutput.write("Nothing is due in any article. Use --practice to study anyway.\n")
                return
            }
            let others = all.map(\.index.bank).filter { $0.article.id != context.bank.article.id }
                .map { (bank: $0, checker: checkers[$0.article.id]) }
            let runner = QuizRunner(context: context, json: json)
            try runner.run(questions: questions, store: store, seed: chosenSeed, practice: practice, fsrs: FSRS(desiredRetention: retention),
                           others: others)
        }

        /// The local time zone's short name at a date ("CET"), "UTC" for UTC.
        static func zoneName(_ date: Date) -> String {
            let zone = TimeZone.current
            return ["UTC", "GMT", "Etc/UTC"].contains(zone.identifier) ? "UTC" : (zone.abbreviation(for: date) ?? zone.identifier)
        }

        func lastMisses(store: ProgressStore, context: AppContext, planner: QuizPlanner) throws -> [Question] {
            guard let last = try store.sessions(bankID: context.bank.article.id).last else { return [] }
            // A session across several articles holds other articles' answers too: only this one's.
            let missed = try store.answers(sessionID: last.id)
                .filter { !$0.correct && ($0.articleID ?? last.bankID) == context.bank.article.id }
            return missed.compactMap { answer in
                context.bank.fact(answer.factID).flatMap { fact in
                    planner.generator.questions(for: fact).first { $0.id == answer.questionID }
                }
            }
        }
    }
}

/// Where answers come from: the REPL's line editor, a line editor of its own, or plain lines.
protocol AnswerSource: AnyObject {
    func read(prompt: String) -> LineEditor.Input
}

final class EditorAnswers: AnswerSource {
    let editor: LineEditor
    init(editor: LineEditor) { self.editor = editor }
    func read(prompt: String) -> LineEditor.Input {
        let saved = editor.prompt
        editor.prompt = prompt
        defer { editor.prompt = saved }
        return editor.readLine()
    }
}

final class PlainAnswers: AnswerSource {
    var reader = LineReader(fileDescriptor: STDIN_FILENO)
    let echoPrompt: Bool
    /// Show each answer read, so that a transcript of a piped session reads as a dialogue.
    var echoAnswers = false
    /// A line read ahead and given back (the quiz looks past its last question for a rating).
    private var pending: String?
    init(echoPrompt: Bool) { self.echoPrompt = echoPrompt }

    /// The next line, the one given back first.
    func nextLine() -> LineReader.Line? {
        if let line = pending {
            pending = nil
            return .text(number: 0, line)
        }
        return reader.next()
    }

    func pushBack(_ line: String) { pending = line }

    func read(prompt: String) -> LineEditor.Input {
        if echoPrompt { Terminal.standardOutput.write(prompt) }
        // Every line answers one question, even one that cannot be read: a program driving the
        // session must never get out of step.
        switch nextLine() {
        case .text(_, let text)?:
            if echoAnswers { Terminal.standardOutput.write("> " + Terminal.clean(text) + "\n") }
            return .line(text)
        case .invalidUTF8(let n)?:
            Terminal.standardError.write("error: answer line \(n) is not valid UTF-8; the question is skipped\n")
            return .line("/skip")
        case .tooLong(let n)?:
            Terminal.standardError.write("error: answer line \(n) is longer than \(LineReader.defaultMaximumLineLength / 1024) KiB; the question is skipped\n")
            return .line("/skip")
        case nil:
            return .endOfInput
        }
    }
}

/// Runs a session: asks, reads, judges, shows the evidence, saves each answer at once, and
/// ends with a summary.
final class QuizRunner {
    let context: AppContext
    let json: Bool

    init(context: AppContext, json: Bool) {
        self.context = context
        self.json = json
    }

    func emit(_ object: [String: Any?]) {
        let cleaned = object.mapValues { $0 ?? NSNull() }
        if let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys, .withoutEscapingSlashes]),
           let text = String(data: data, encoding: .utf8) {
            Terminal.standardOutput.write(SafeJSON.escapeInvisible(text) + "\n")
        }
    }

    /// `others`: the other articles of a session across several (the questions name theirs).
    func run(questions: [Question], store: ProgressStore?, seed: UInt64, practice: Bool, redo: Bool = false, fsrs: FSRS,
             others: [(bank: FactBank, checker: StatementChecker?)] = []) throws {
        let source: AnswerSource
        if let shared = context.answers {
            source = shared
        } else if !json, let editor = LineEditor(program: "factcheck", historyFile: nil) {
            source = EditorAnswers(editor: editor)
        } else {
            let plain = PlainAnswers(echoPrompt: false)
            plain.echoAnswers = !json
            source = plain
        }
        let started = Date()
        let session: StudySession
        do {
            session = try StudySession(bank: context.bank, store: store, seed: seed, practice: practice, redo: redo, fsrs: fsrs,
                                       checker: context.checker, others: others, now: started)
        } catch {
            Terminal.standardError.write(error.description + "\n")
            throw ExitCode(Exit.ioError)
        }
        let style = context.style
        if !json {
            Terminal.standardOutput.write(wrapText(style.bold("Study session") + " — " + plural(questions.count, "question")
                + (practice ? " (practice: the schedule is left alone)" : "") + ", seed \(seed). /skip skips, /undo takes back, "
                + "/right overrules, /help lists more, Ctrl-D ends.", width: context.width, indent: "") + "\n\n")
        }
        var stopped = false
        var index = 0
        asking: while !stopped {
            if index >= questions.count {
                // The questions are over; the last answer can still be re-rated, overruled or taken back.
                if session.answers.isEmpty || !lastChance(session, source) { break asking }
                index -= 1
            }
            let question = questions[index]
            ask(question, number: index + 1, of: questions.count, session: session)
            let shownAt = Date()
            var given: String?
            var skip = false
            var undone = false
            reading: while true {
                switch source.read(prompt: json ? "" : "answer> ") {
                case .endOfInput:
                    // Ctrl-D leaves the cursor after the prompt: the summary starts on a line of its own.
                    if source is EditorAnswers { Terminal.standardOutput.write("\n") }
                    stopped = true
                    break reading
                case .interrupted:
                    skip = true
                    if !json { Terminal.standardOutput.write("^C question dropped\n") }
                    break reading
                case .line(let raw):
                    let line = TextFolding.trimmed(raw)
                    if line.isEmpty { continue }
                    // Every line that starts with '/' is a command, never an answer.
                    if line.hasPrefix("/") {
                        switch command(line, session) {
                        case .skip: skip = true; break reading
                        case .quit: stopped = true; break reading
                        case .undo: undone = true; break reading
                        case .handled: continue
                        case .unknown:
                            if !json {
                                Terminal.standardOutput.write("\n")
                                ask(question, number: index + 1, of: questions.count, session: session)
                            }
                            continue
                        }
                    }
                    // An answer that is no answer to a true/false question is asked for again.
                    if question.kind == .boolean, session.judge(for: question).judge(question, answer: line).accepted == nil {
                        if !json { Terminal.standardOutput.write("answer true or false (or /skip)\n") }
                        else { emit(["event": "retry", "id": question.id, "reason": "answer true or false"]) }
                        continue
                    }
                    given = line
                    break reading
                }
            }
            if stopped { break }
            if undone {
                index -= 1
                continue
            }
            let elapsed = Int(Date().timeIntervalSince(shownAt) * 1000)
            do {
                let result = try session.answer(question, given: skip ? nil : given, responseMilliseconds: elapsed, at: Date())
                show(result, practice: practice, article: session.articleID(of: question))
            } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(Exit.ioError)
            }
            index += 1
        }
        try? session.finish(at: Date())
        summarize(session, started: started, seed: seed)
        context.lastMisses = session.answers.filter { !$0.judgement.correct }.map(\.question)
        context.lastOthers = others
    }

    enum QuizCommandResult { case skip, quit, undo, handled, unknown }

    static let quizCommands: [(name: String, summary: String)] = [
        ("/skip", "skip this question (it counts as not answered)"),
        ("/undo", "take back the last answer and answer it again"),
        ("/right", "overrule the judgement of the last answer: count it as correct"),
        ("/again /hard /good /easy", "change the rating of the last answer"),
        ("/quit", "end the session (the answers given are kept); Ctrl-D does the same"),
        ("/help", "this list"),
    ]

    /// A line starting with '/' during a quiz.
    func command(_ line: String, _ session: StudySession) -> QuizCommandResult {
        let name = String(line.split(separator: " ").first ?? "").lowercased()
        switch name {
        case "/skip": return .skip
        case "/quit", "/exit", "/q": return .quit
        case "/again", "/hard", "/good", "/easy":
            if let rating = Rating(name: String(name.dropFirst())) { overrideRating(session, rating) }
            return .handled
        case "/right":
            overrule(session)
            return .handled
        case "/undo":
            do {
                guard let undone = try session.undoLast() else {
                    say("nothing to undo yet", event: ["event": "undo", "id": nil])
                    return .handled
                }
                say("took back your answer to [\(undone.position)]; answer it again\n", event: ["event": "undo", "id": undone.question.id])
                return .undo
            } catch {
                Terminal.standardError.write(error.description + "\n")
                return .handled
            }
        case "/help", "/h", "/?":
            if !json {
                var text = "During a quiz:\n"
                for c in Self.quizCommands {
                    text += "  " + context.style.cyan(c.name.padding(toLength: 26, withPad: " ", startingAt: 0)) + c.summary + "\n"
                }
                Terminal.standardOutput.write(text + "Anything else is your answer.\n")
            }
            return .handled
        default:
            let valid = "/skip /undo /right /again /hard /good /easy /quit /help"
            if json {
                emit(["event": "retry", "reason": "unknown command \(name); valid: \(valid)"])
            } else {
                Terminal.standardError.write(diagnostic(context.style.red("error:"), "unknown command '\(name)' during a quiz; "
                    + "use \(valid) (an answer cannot start with '/')", width: Terminal.width(STDERR_FILENO)))
            }
            return .unknown
        }
    }

    func say(_ text: String, event: [String: Any?]) {
        if json { emit(event) } else { Terminal.standardOutput.write(text + "\n") }
    }

    /// After the last question: Enter (or the end of input) shows the summary; a rating, /right
    /// or /undo change the last answer first. Piped input is looked at, not waited for: a line
    /// that is not one of those is given back. Returns true to ask the last question again.
    func lastChance(_ session: StudySession, _ source: AnswerSource) -> Bool {
        let onTerminal = source is EditorAnswers
        while true {
            guard case .line(let raw) = source.read(prompt: onTerminal ? "Enter for the summary> " : "") else { return false }
            let line = TextFolding.trimmed(raw)
            if line.isEmpty {
                if onTerminal { return false } else { continue }
            }
            let name = String(line.split(separator: " ").first ?? "").lowercased()
            let changes = ["/again", "/hard", "/good", "/easy", "/right", "/undo"]
            guard changes.contains(name) || (onTerminal && line.hasPrefix("/")) else {
                if let plain = source as? PlainAnswers {
                    plain.pushBack(raw)
                    return false
                }
                Terminal.standardOutput.write("the questions are over: press Enter for the summary\n")
                continue
            }
            switch command(line, session) {
            case .undo: return true
            case .skip, .quit: return false
            case .handled, .unknown: continue
            }
        }
    }

    func overrule(_ session: StudySession) {
        do {
            guard let updated = try session.overruleLast(at: Date()) else {
                say("nothing to overrule: the last answer was not judged wrong", event: ["event": "overrule", "id": nil])
                return
            }
            if json {
                emit(["event": "overrule", "id": updated.question.id, "rating": updated.rating?.name,
                      "due": updated.after.map { ISO8601DateFormatter().string(from: $0.due) }])
            } else {
                Terminal.standardOutput.write(context.style.green("✓ overruled") + ": counted as correct"
                    + (updated.rating.map { " and rated \($0.name)" } ?? "")
                    + (updated.after.map { "; next review " + when($0.due) } ?? "") + "\n")
            }
        } catch {
            Terminal.standardError.write(error.description + "\n")
        }
    }

    func overrideRating(_ session: StudySession, _ rating: Rating) {
        do {
            if let updated = try session.overrideLastRating(rating, at: Date()) {
                if json {
                    emit(["event": "rating", "id": updated.question.id, "rating": rating.name,
                          "due": updated.after.map { ISO8601DateFormatter().string(from: $0.due) }])
                } else {
                    Terminal.standardOutput.write("rated \(rating.name)" + (updated.after.map { "; next review " + when($0.due) } ?? "") + "\n")
                }
            } else if !json {
                Terminal.standardOutput.write("nothing to rate yet (or practice mode)\n")
            }
        } catch {
            Terminal.standardError.write(error.description + "\n")
        }
    }

    func ask(_ q: Question, number: Int, of total: Int, session: StudySession) {
        let article = session.articleID(of: q)
        if json {
            emit(["event": "question", "number": number, "id": q.id, "factId": q.factId, "category": q.category.rawValue,
                  "type": q.type.rawValue, "prompt": q.prompt, "choices": q.choices, "article": article])
            return
        }
        let style = context.style
        // In a session across several articles, each question says which article it is from.
        let from = q.articleID == nil ? "" : " · " + Terminal.clean(article)
        var text = style.dim("[\(number)/\(total)] \(q.category.rawValue) · \(q.type.rawValue)\(from)") + "\n"
        text += wrapText(Terminal.clean(q.prompt), width: context.width, indent: "") + "\n"
        if q.type == .multipleChoice {
            for (i, choice) in q.choices.enumerated() {
                text += "  \(QuizRunner.label(i, of: q.choices.count))) \(Terminal.clean(choice))\n"
            }
        } else if q.type == .trueFalse {
            text += style.dim("  (true or false)") + "\n"
        }
        Terminal.standardOutput.write(text)
    }

    /// The label of choice `i`: a letter while there are letters enough, a number beyond that.
    static func label(_ i: Int, of count: Int) -> String { Question.choiceLabel(i, of: count) }

    func when(_ date: Date) -> String {
        let seconds = date.timeIntervalSinceNow
        if seconds < 3600 { return "in \(max(1, Int(seconds / 60))) min" }
        if seconds < 86_400 { return "in \(Int(seconds / 3600)) h" }
        return "in \(Int((seconds / 86_400).rounded())) days"
    }

    func show(_ r: JudgedAnswer, practice: Bool, article: String) {
        if json {
            emit(["event": "answer", "id": r.question.id, "factId": r.question.factId, "article": article, "given": r.given,
                  "correct": r.judgement.correct, "skipped": r.skipped, "expected": r.judgement.expected,
                  "accepted": r.judgement.accepted, "note": r.judgement.note, "responseMs": r.responseMilliseconds,
                  "rating": r.rating?.name, "due": r.after.map { ISO8601DateFormatter().string(from: $0.due) },
                  "evidence": r.evidence.map { ["sentence": $0.text, "sentenceIndex": $0.index, "start": $0.span.start, "end": $0.span.end] }])
            return
        }
        let style = context.style
        var text: String
        if r.skipped {
            text = style.yellow("skipped") + " — the answer is " + style.bold(Terminal.clean(r.judgement.expected))
        } else if r.judgement.correct {
            text = style.green("✓ correct") + (r.judgement.accepted.map { " — " + Terminal.clean($0) } ?? "")
        } else {
            text = style.red("✗ not quite") + " — the answer is " + style.bold(Terminal.clean(r.judgement.expected))
        }
        if let note = r.judgement.note, !r.skipped { text += style.dim(" (\(Terminal.clean(note)))") }
        text = wrapFirstAtMargin(text, width: context.width, indent: "  ") + "\n"
        if let s = r.evidence {
            text += wrapText(style.dim("evidence: ") + Terminal.clean(s.text), width: context.width, indent: "  ") + "\n"
        }
        if let rating = r.rating, let after = r.after {
            text += wrapText(style.dim("rated \(rating.name); next review \(when(after.due)) — /again /hard /good /easy to change"),
                             width: context.width, indent: "  ") + "\n"
        }
        Terminal.standardOutput.write(text + "\n")
    }

    func summarize(_ session: StudySession, started: Date, seed: UInt64) {
        let answers = session.answers
        let summary = SessionSummary(results: answers.map { ($0.question.category.rawValue, $0.question.type.rawValue, $0.judgement.correct, $0.skipped) },
                                     duration: Date().timeIntervalSince(started))
        if json {
            emit(["event": "summary", "session": session.discarded ? nil : session.record?.id, "seed": seed, "answered": summary.total,
                  "correct": summary.correct, "skipped": summary.skipped, "accuracy": summary.accuracy,
                  "longestStreak": summary.longestStreak, "durationSeconds": (summary.durationSeconds * 10).rounded() / 10,
                  "perCategory": Dictionary(uniqueKeysWithValues: summary.perCategory.map { ($0.category, ["total": $0.total, "correct": $0.correct]) }),
                  "misses": answers.filter { !$0.judgement.correct }.map { ["id": $0.question.id, "expected": $0.judgement.expected] }])
            return
        }
        let style = context.style
        if answers.isEmpty {
            Terminal.standardOutput.write(style.bold("Session over") + ": nothing was answered, so nothing was saved.\n")
            return
        }
        var text = style.bold("Session over") + ": \(summary.correct)/\(summary.total) correct"
        if summary.total > 0 { text += String(format: " (%.0f%%)", summary.accuracy * 100) }
        text += String(format: ", %.0f s, longest streak %d", summary.durationSeconds, summary.longestStreak)
        if summary.skipped > 0 { text += ", \(summary.skipped) skipped" }
        text += "\n"
        if !summary.perCategory.isEmpty {
            text += "\n" + BarChart.render(summary.perCategory.map { ($0.category, $0.correct, $0.total) }, width: 24) + "\n"
        }
        let misses = answers.filter { !$0.judgement.correct }
        if !misses.isEmpty {
            text += "\nTo review (/redo asks them again):\n"
            for m in misses {
                text += hangingWrap("  • ", Terminal.clean(m.question.prompt) + " → " + style.bold(Terminal.clean(m.judgement.expected)),
                                    width: context.width) + "\n"
            }
        }
        if let id = session.record?.id, !session.discarded { text += style.dim("\nsaved as session \(id)") + "\n" }
        Terminal.standardOutput.write(text)
    }
}

/// Horizontal bars drawn with Unicode blocks, eighths included.
enum BarChart {
    static func render(_ rows: [(label: String, correct: Int, total: Int)], width: Int) -> String {
        let labelWidth = (rows.map(\.label.count).max() ?? 8) + 1
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return rows.map { row in
            let fraction = row.total == 0 ? 0 : Double(row.correct) / Double(row.total)
            let eighths = Int((fraction * Double(width * 8)).rounded())
            let bar = String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
            return row.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                + bar.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: " %3.0f%% (%d/%d)", fraction * 100, row.correct, row.total)
        }.joined(separator: "\n")
    }
}
