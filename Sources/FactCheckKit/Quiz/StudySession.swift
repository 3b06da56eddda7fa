import Foundation

/// Which questions a session asks.
public struct QuizOptions: Sendable {
    public var count: Int
    public var categories: [FactCategory]
    public var types: [QuestionType]
    public var seed: UInt64
    /// Practice sessions leave the schedule untouched.
    public var practice: Bool

    public init(count: Int = 10, categories: [FactCategory] = [], types: [QuestionType] = [], seed: UInt64, practice: Bool = false) {
        self.count = count
        self.categories = categories
        self.types = types
        self.seed = seed
        self.practice = practice
    }
}

/// Chooses a session's questions: items due for review first (most overdue first), then new
/// ones; in practice mode any fact. The same seed gives the same questions in the same order.
public struct QuizPlanner: Sendable {
    public let generator: QuestionGenerator

    public init(checker: StatementChecker) { generator = QuestionGenerator(checker: checker) }

    public func plan(_ options: QuizOptions, memory: [String: MemoryState], now: Date) -> [Question] {
        var rng = SeededGenerator(seed: options.seed)
        let facts = generator.bank.facts.filter { options.categories.isEmpty || options.categories.contains($0.category) }
        var ordered: [Fact]
        if options.practice {
            ordered = facts.shuffled(using: &rng)
        } else {
            let due = facts.filter { f in memory[f.id].map { $0.phase != .new && $0.due <= now } ?? false }
                .sorted { (memory[$0.id]?.due ?? now) < (memory[$1.id]?.due ?? now) }
            let new = facts.filter { memory[$0.id] == nil || memory[$0.id]?.phase == .new }.shuffled(using: &rng)
            ordered = due + new
        }
        var questions: [Question] = []
        // Types take turns and true/false answers are as often "true" as "false": a fact has
        // more true/false variants than other questions, and a session of mostly true
        // statements teaches guessing. A new fact whose questions would tip the balance waits
        // for a second pass; due facts are never held back.
        let dueCount = options.practice ? 0 : ordered.prefix { f in memory[f.id].map { $0.phase != .new && $0.due <= now } ?? false }.count
        let pools = ordered.enumerated().map { n, fact in
            (n < dueCount, generator.questions(for: fact).filter { options.types.isEmpty || options.types.contains($0.type) })
        }.filter { !$0.1.isEmpty }
        // At most a third true/false (unless nothing else is left), half of them true.
        let trueFalseShare = (options.count + 2) / 3
        var typeCounts: [QuestionType: Int] = [:]
        var truthCounts: [String: Int] = [:]
        var taken = Set<Int>()
        // Which truth value leads when the two are even, decided once per session by the seed:
        // otherwise "true" would lead nearly always, as most facts have a true statement and
        // fewer have a refuted variant.
        let leadingTruth = options.seed % 2 == 0 ? "true" : "false"
        for pass in 0..<2 {
            for (n, (isDue, candidates)) in pools.enumerated() where questions.count < options.count && !taken.contains(n) {
                let strict = pass == 0 && !isDue
                let fairTruth = (typeCounts[.trueFalse, default: 0] + 2) / 2
                var acceptable = candidates.filter { q in
                    !strict || q.type != .trueFalse
                        || (typeCounts[.trueFalse, default: 0] + 1 <= trueFalseShare && truthCounts[q.expected, default: 0] + 1 <= fairTruth
                            && (truthCounts["true", default: 0] != truthCounts["false", default: 0] || q.expected == leadingTruth))
                }
                guard !acceptable.isEmpty else { continue }
                let types = QuestionType.allCases.filter { t in acceptable.contains { $0.type == t } }
                let fewest = types.map { typeCounts[$0, default: 0] }.min() ?? 0
                let least = types.filter { typeCounts[$0, default: 0] == fewest }
                let type = least[Int(rng.next() % UInt64(least.count))]
                acceptable = acceptable.filter { $0.type == type }
                if type == .trueFalse {
                    let fewestTruth = Set(acceptable.map(\.expected)).map { truthCounts[$0, default: 0] }.min() ?? 0
                    acceptable = acceptable.filter { truthCounts[$0.expected, default: 0] == fewestTruth }
                }
                let chosen = acceptable[Int(rng.next() % UInt64(acceptable.count))]
                typeCounts[type, default: 0] += 1
                if type == .trueFalse { truthCounts[chosen.expected, default: 0] += 1 }
                questions.append(chosen)
                taken.insert(n)
            }
        }
        return questions
    }

    /// How many items are due now, and when the next one comes due.
    public func dueSummary(memory: [String: MemoryState], now: Date) -> (due: Int, new: Int, next: Date?) {
        Self.dueSummary(facts: generator.bank.facts, memory: memory, now: now)
    }

    /// How many of these facts are due now, how many are new, and when the next one comes due.
    public static func dueSummary(facts: [Fact], memory: [String: MemoryState], now: Date) -> (due: Int, new: Int, next: Date?) {
        let due = facts.filter { f in memory[f.id].map { $0.phase != .new && $0.due <= now } ?? false }.count
        let new = facts.filter { memory[$0.id] == nil }.count
        let next = facts.compactMap { memory[$0.id] }.filter { $0.due > now }.map(\.due).min()
        return (due, new, next)
    }
}

/// One answer, judged, rated and scheduled.
public struct JudgedAnswer: Sendable {
    public var question: Question
    public var given: String
    public var judgement: Judgement
    public var skipped: Bool
    public var responseMilliseconds: Int
    public var rating: Rating?
    public var before: MemoryState?
    public var after: MemoryState?
    public var evidence: Sentence?
    public var position: Int
    /// The user said the judgement was wrong and the answer right (/right).
    public var overruled: Bool = false
}

/// A session in progress: judges each answer, schedules the fact with FSRS and commits the
/// answer to the store before the next question is asked. A session may study several
/// articles at once: each question then names its article, and each answer is judged,
/// scheduled and saved against that article.
public final class StudySession {
    /// The session's article (the first one, in a session across several).
    public let bank: FactBank
    public let store: ProgressStore?
    public let record: SessionRecord?
    /// The judge of the session's article.
    public let judge: AnswerJudge
    public let fsrs: FSRS
    public let practice: Bool
    public private(set) var answers: [JudgedAnswer] = []
    /// The articles studied and their judges, by article id.
    let articles: [String: (bank: FactBank, judge: AnswerJudge)]
    /// Memory states by article id, then fact id.
    var memory: [String: [String: MemoryState]]
    /// Each answer's fact's memory entry before it (nil: none yet), to put back on /undo.
    var memoryBefore: [MemoryState?] = []

    /// `redo`: the session asks again the misses of an earlier one (a practice session marked as such).
    /// `others`: more articles studied in the same session; the session is then saved as one
    /// across several articles, and each answer names its own.
    public init(bank: FactBank, store: ProgressStore?, seed: UInt64, practice: Bool, redo: Bool = false, fsrs: FSRS = FSRS(),
                checker: StatementChecker? = nil, others: [(bank: FactBank, checker: StatementChecker?)] = [], now: Date) throws(StoreError) {
        self.bank = bank
        self.store = store
        self.judge = AnswerJudge(bank: bank, checker: checker)
        var articles: [String: (bank: FactBank, judge: AnswerJudge)] = [bank.article.id: (bank, judge)]
        var memory: [String: [String: MemoryState]] = [bank.article.id: try store?.memory(bankID: bank.article.id) ?? [:]]
        for (other, otherChecker) in others where articles[other.article.id] == nil {
            articles[other.article.id] = (other, AnswerJudge(bank: other, checker: otherChecker))
            memory[other.article.id] = try store?.memory(bankID: other.article.id) ?? [:]
        }
        self.articles = articles
        self.memory = memory
        self.fsrs = fsrs
        self.practice = practice
        let sessionArticle = articles.count > 1 ? SessionRecord.allArticles : bank.article.id
        self.record = try store?.startSession(bankID: sessionArticle, seed: seed, practice: practice || redo,
                                              kind: redo ? .redo : practice ? .practice : .study, at: now)
    }

    /// The article a question belongs to.
    public func articleID(of question: Question) -> String {
        question.articleID.flatMap { articles[$0] == nil ? nil : $0 } ?? bank.article.id
    }

    /// The bank a question comes from.
    public func bank(of question: Question) -> FactBank { articles[articleID(of: question)]?.bank ?? bank }

    /// The judge for a question's article.
    public func judge(for question: Question) -> AnswerJudge { articles[articleID(of: question)]?.judge ?? judge }

    /// Judges `given` (nil: skipped), schedules and saves it. The answer is on disk when this returns.
    @discardableResult
    public func answer(_ question: Question, given: String?, responseMilliseconds: Int, at now: Date) throws(StoreError) -> JudgedAnswer {
        let article = articleID(of: question)
        let judgement = given.map { judge(for: question).judge(question, answer: $0) }
            ?? Judgement(correct: false, accepted: nil, note: "skipped", expected: question.expected)
        var shown = given ?? ""
        // An option chosen by its letter or number is kept as the option itself: "b) Wang Yi".
        if question.type == .multipleChoice, let index = Self.optionIndex(shown, count: question.choices.count) {
            shown = "\(Question.choiceLabel(index, of: question.choices.count))) \(question.choices[index])"
        }
        var result = JudgedAnswer(question: question, given: shown, judgement: judgement, skipped: given == nil,
                                  responseMilliseconds: responseMilliseconds, rating: nil, before: nil, after: nil,
                                  evidence: bank(of: question).fact(question.factId).map { bank(of: question).sentence(of: $0) },
                                  position: answers.count + 1)
        let previous = memory[article]?[question.factId]
        if !practice && given != nil {
            let before = previous ?? MemoryState.new(now: now)
            let rating = FSRS.rating(correct: judgement.correct, responseMilliseconds: responseMilliseconds, typed: question.isTyped)
            let after = fsrs.review(before, rating: rating, now: now)
            memory[article, default: [:]][question.factId] = after
            result.rating = rating
            result.before = before
            result.after = after
        }
        try save(result, at: now)
        answers.append(result)
        memoryBefore.append(previous)
        return result
    }

    /// The option a letter ("b") or number ("2") picks, if it is one.
    static func optionIndex(_ answer: String, count: Int) -> Int? {
        let lower = TextFolding.trimmed(answer).lowercased()
        // Letters only while the choices are shown with letters (26 at most), numbers always.
        if count <= 26, lower.count == 1, let scalar = lower.unicodeScalars.first, ("a"..."z").contains(scalar) {
            let index = Int(scalar.value) - 97
            return index < count ? index : nil
        }
        if let n = Int(lower), n >= 1, n <= count { return n - 1 }
        return nil
    }

    /// Takes back the last answer (/undo): the fact's schedule is as it was, the saved answer is
    /// deleted, and the question can be asked again. Nil when nothing was answered yet.
    @discardableResult
    public func undoLast() throws(StoreError) -> JudgedAnswer? {
        guard let last = answers.last, let previous = memoryBefore.last else { return nil }
        if let store, let record {
            try store.deleteAnswer(sessionOf: record.id, position: last.position, restoring: previous,
                                   factID: last.question.factId, bankID: articleID(of: last.question))
        }
        memory[articleID(of: last.question), default: [:]][last.question.factId] = previous
        answers.removeLast()
        memoryBefore.removeLast()
        return last
    }

    /// The user disputes the judgement of the last answer (/right): it counts as correct, is
    /// rescheduled as a correct answer would have been, and is saved as "overruled".
    /// Nil when there is no answer judged wrong to overrule.
    public func overruleLast(at now: Date) throws(StoreError) -> JudgedAnswer? {
        guard var last = answers.last, !last.skipped, !last.judgement.correct else { return nil }
        last.judgement.correct = true
        last.judgement.note = "overruled: counted as correct"
        last.overruled = true
        if let before = last.before {
            // The time taken went into being judged wrong, not into recalling: plain Good.
            let rating = Rating.good
            let after = fsrs.review(before, rating: rating, now: last.after?.lastReview ?? now)
            last.rating = rating
            last.after = after
            memory[articleID(of: last.question), default: [:]][last.question.factId] = after
        }
        answers[answers.count - 1] = last
        if let store, let record {
            try store.overrule(answerOf: record.id, position: last.position, rating: last.rating, stateAfter: last.after,
                               factID: last.question.factId, bankID: articleID(of: last.question))
        }
        return last
    }

    /// The user's own rating for the last answer replaces the one the judgement gave.
    public func overrideLastRating(_ rating: Rating, at now: Date) throws(StoreError) -> JudgedAnswer? {
        guard var last = answers.last, let before = last.before, !practice else { return nil }
        let after = fsrs.review(before, rating: rating, now: last.after?.lastReview ?? now)
        last.rating = rating
        last.after = after
        memory[articleID(of: last.question), default: [:]][last.question.factId] = after
        answers[answers.count - 1] = last
        if let store, let record {
            try store.rerate(answerOf: record.id, position: last.position, rating: rating, stateAfter: after,
                             factID: last.question.factId, bankID: articleID(of: last.question))
        }
        return last
    }

    func save(_ a: JudgedAnswer, at now: Date) throws(StoreError) {
        guard let store, let record else { return }
        let row = AnswerRecord(id: nil, sessionID: record.id, position: a.position, questionID: a.question.id,
                               factID: a.question.factId, category: a.question.category.rawValue, type: a.question.type.rawValue,
                               prompt: a.question.prompt, given: a.given, expected: a.question.expected, accepted: a.judgement.accepted,
                               correct: a.judgement.correct,
                               verdict: a.skipped ? "skipped" : a.overruled ? "overruled" : (a.judgement.correct ? "correct" : "wrong"),
                               responseMilliseconds: a.responseMilliseconds, rating: a.rating?.rawValue, stateBefore: a.before,
                               stateAfter: a.after, answeredAt: now, articleID: articleID(of: a.question))
        try store.record(row, bankID: articleID(of: a.question))
    }

    /// True when the session ended with nothing answered and was not kept.
    public private(set) var discarded = false

    /// Ends the session; one with no answer is deleted, so that no report or chart shows it.
    public func finish(at now: Date) throws(StoreError) {
        guard let store, let record else { return }
        if answers.isEmpty {
            try store.deleteSession(record.id)
            discarded = true
        } else {
            try store.endSession(record.id, at: now)
        }
    }
}

/// Score, streak and per-category accuracy of a list of answers.
public struct SessionSummary: Sendable, Codable {
    public struct CategoryScore: Sendable, Codable, Equatable {
        public var category: String
        public var total: Int
        public var correct: Int
        public var accuracy: Double
    }
    public var total: Int
    public var correct: Int
    public var skipped: Int
    public var accuracy: Double
    public var longestStreak: Int
    public var durationSeconds: Double
    public var perCategory: [CategoryScore]
    public var perType: [CategoryScore]

    /// Skipped questions are counted apart: `total`, `accuracy`, the streak and the per-category
    /// scores cover the questions answered.
    public init(results all: [(category: String, type: String, correct: Bool, skipped: Bool)], duration: Double) {
        let results = all.filter { !$0.skipped }
        total = results.count
        correct = results.filter(\.correct).count
        skipped = all.count - results.count
        accuracy = total == 0 ? 0 : Double(correct) / Double(total)
        var streak = 0, best = 0
        for r in results { streak = r.correct ? streak + 1 : 0; best = max(best, streak) }
        longestStreak = best
        durationSeconds = duration
        func group(_ key: ((category: String, type: String, correct: Bool, skipped: Bool)) -> String) -> [CategoryScore] {
            Dictionary(grouping: results, by: key).map { k, v in
                CategoryScore(category: k, total: v.count, correct: v.filter(\.correct).count,
                              accuracy: Double(v.filter(\.correct).count) / Double(v.count))
            }.sorted { $0.category < $1.category }
        }
        perCategory = group { $0.category }
        perType = group { $0.type }
    }
}

/// Plans one session across several articles: the due items of every article first, most
/// overdue first, then new ones taken from each article in turn. Each article's questions are
/// chosen by its own `QuizPlanner`, and each question names its article.
public enum ArticleMixPlanner {
    public struct Article {
        public var id: String
        public var planner: QuizPlanner
        public var memory: [String: MemoryState]
        public init(id: String, planner: QuizPlanner, memory: [String: MemoryState]) {
            self.id = id
            self.planner = planner
            self.memory = memory
        }
    }

    public static func plan(_ options: QuizOptions, articles: [Article], now: Date) -> [Question] {
        var due: [(due: Date, order: Int, question: Question)] = []
        var rest: [[Question]] = []
        for (n, article) in articles.enumerated() {
            var others: [Question] = []
            var articleOptions = options
            // Each article gets its own seed from the session's, so that the same seed gives the same session.
            articleOptions.seed = options.seed &+ UInt64(n) &* 0x9E37_79B9
            for var question in article.planner.plan(articleOptions, memory: article.memory, now: now) {
                question.articleID = article.id
                if !options.practice, let state = article.memory[question.factId], state.phase != .new, state.due <= now {
                    due.append((state.due, due.count, question))
                } else {
                    others.append(question)
                }
            }
            rest.append(others)
        }
        var result = due.sorted { $0.due != $1.due ? $0.due < $1.due : $0.order < $1.order }.map(\.question)
        var round = 0
        while result.count < options.count && rest.contains(where: { round < $0.count }) {
            for list in rest where round < list.count && result.count < options.count { result.append(list[round]) }
            round += 1
        }
        return Array(result.prefix(options.count))
    }
}
