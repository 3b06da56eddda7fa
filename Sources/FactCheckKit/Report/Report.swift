import Foundation

/// A score report: one session, or progress across sessions. Versioned as
/// `factcheck.report/1`; see docs/report-schema.md.
public struct Report: Sendable, Codable, Equatable {
    public static let schemaName = "factcheck.report/1"

    public struct BankInfo: Sendable, Codable, Equatable { public var id: String; public var title: String }
    public struct Score: Sendable, Codable, Equatable { public var name: String; public var total: Int; public var correct: Int; public var accuracy: Double }
    public struct Memory: Sendable, Codable, Equatable { public var state: String; public var stability: Double?; public var difficulty: Double?; public var due: Date? }
    public struct AnswerRow: Sendable, Codable, Equatable {
        public var position: Int
        public var questionId: String
        public var factId: String
        public var category: String
        public var type: String
        public var question: String
        public var given: String
        public var expected: String
        public var accepted: String?
        public var verdict: String
        public var correct: Bool
        public var responseMs: Int
        public var rating: String?
        public var before: Memory?
        public var after: Memory?
        public var answeredAt: Date
        /// The article the question came from (absent in reports from before it was recorded).
        public var article: String? = nil
    }
    public struct Miss: Sendable, Codable, Equatable {
        public var questionId: String
        public var question: String
        public var given: String
        public var expected: String
        public var evidence: String
        public var sentenceIndex: Int
    }
    public struct SessionReport: Sendable, Codable, Equatable {
        public var id: Int64
        public var startedAt: Date
        public var endedAt: Date?
        public var durationSeconds: Double
        public var practice: Bool
        public var questions: Int
        public var correct: Int
        public var accuracy: Double
        public var longestStreak: Int
        public var perCategory: [Score]
        public var perType: [Score]
        public var answers: [AnswerRow]
        public var misses: [Miss]
        /// "study", "practice" or "redo" (absent in reports from before it was recorded).
        public var kind: String? = nil
        /// Questions skipped; `questions`, `correct` and `accuracy` count the ones answered.
        public var skipped: Int? = nil
        /// The article(s) the session studied: one, or several for a session across articles
        /// (absent in reports from before it was recorded).
        public var articles: [BankInfo]? = nil
    }
    public struct SessionPoint: Sendable, Codable, Equatable {
        public var session: Int64; public var date: Date; public var answered: Int; public var accuracy: Double
        public var kind: String? = nil
    }
    public struct TrendPoint: Sendable, Codable, Equatable { public var session: Int64; public var accuracy: Double; public var answered: Int }
    public struct MissCount: Sendable, Codable, Equatable {
        public var factId: String; public var statement: String; public var misses: Int; public var answered: Int
        /// The fact's article.
        public var article: String? = nil
    }
    public struct Progress: Sendable, Codable, Equatable {
        public var sessions: [SessionPoint]
        public var categoryTrend: [String: [TrendPoint]]
        /// Anki's true retention: correct answers among reviews of items in the review state.
        public var trueRetention: Double?
        public var retentionReviews: Int
        public var dueNow: Int
        public var dueNext7Days: Int
        public var mostMissed: [MissCount]
    }

    public var schema: String = Report.schemaName
    public var generatedAt: Date
    /// The article reported on; `{"id": "*", "title": "All articles"}` for a report across several.
    public var bank: BankInfo
    /// "session", "all" or "since".
    public var scope: String
    public var since: Date?
    public var sessions: [SessionReport]
    public var progress: Progress?
}

public enum ReportError: Error, LocalizedError, CustomStringConvertible, Sendable {
    case noSession(String)
    case store(StoreError)
    public var description: String {
        switch self {
        case .noSession(let why): return why
        case .store(let e): return e.description
        }
    }
    public var errorDescription: String? { description }
}

/// Builds reports from the progress database: of one article (its sessions, and its answers in
/// sessions across several articles), or of every article.
public struct ReportBuilder {
    /// The article reported on, or the first of those known when the report covers every article.
    public let bank: FactBank
    public let store: ProgressStore
    /// The known articles, by id: the evidence of misses and the statements of facts come from them.
    let banks: [String: FactBank]
    /// The article reported on; nil for every article.
    let filter: String?

    /// A report on one article.
    public init(bank: FactBank, store: ProgressStore) {
        self.bank = bank
        self.store = store
        self.banks = [bank.article.id: bank]
        self.filter = bank.article.id
    }

    /// A report on every article in the database; `banks` (at least one) are the articles known.
    public init(banks: [FactBank], store: ProgressStore, first: FactBank) {
        self.bank = first
        self.store = store
        var known: [String: FactBank] = [first.article.id: first]
        for b in banks where known[b.article.id] == nil { known[b.article.id] = b }
        self.banks = known
        self.filter = nil
    }

    public enum Selection: Sendable { case session(Int64), last, all, since(Date) }

    /// The article of a stored answer: its own (v3), or its session's.
    static func article(of answer: AnswerRecord, in record: SessionRecord) -> String { answer.articleID ?? record.bankID }

    public func build(_ selection: Selection, now: Date) throws(ReportError) -> Report {
        let all: [SessionRecord]
        do { all = try store.sessions(bankID: filter) } catch { throw .store(error) }
        // Each session's answers (of the article reported on, when there is one).
        var answersOf: [Int64: [AnswerRecord]] = [:]
        for record in all {
            do {
                answersOf[record.id] = try store.answers(sessionID: record.id).filter { a in
                    filter.map { Self.article(of: a, in: record) == $0 } ?? true
                }
            } catch { throw .store(error) }
        }
        // A session ended before any answer says nothing: left out unless asked for by number.
        let answered = all.filter { !(answersOf[$0.id] ?? []).isEmpty }
        var chosen: [SessionRecord]
        var scope = "session"
        var since: Date?
        switch selection {
        case .session(let id):
            chosen = all.filter { $0.id == id }
            if chosen.isEmpty {
                throw .noSession("there is no session \(id)" + (filter == nil ? "" : " for this article") + "; `factcheck report --all` lists them")
            }
        case .last:
            chosen = answered.last.map { [$0] } ?? []
        case .all:
            chosen = answered
            scope = "all"
        case .since(let date):
            chosen = answered.filter { $0.startedAt >= date }
            scope = "since"
            since = date
        }
        if chosen.isEmpty {
            throw .noSession("no study session yet" + (since == nil ? "" : " since that date") + "; run `factcheck quiz` first")
        }
        var sessions: [Report.SessionReport] = []
        var allAnswers: [(article: String, answer: AnswerRecord)] = []
        var articleIDs: [String] = []
        for record in chosen {
            let answers = answersOf[record.id] ?? []
            for a in answers {
                let id = Self.article(of: a, in: record)
                allAnswers.append((id, a))
                if !articleIDs.contains(id) { articleIDs.append(id) }
            }
            sessions.append(sessionReport(record, answers))
        }
        var progress: Report.Progress?
        if scope != "session" {
            var memory: [MemoryState] = []
            let ids = filter.map { [$0] } ?? (banks.keys.sorted() + articleIDs).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            for id in ids {
                do { memory += try store.memory(bankID: id).values } catch { throw .store(error) }
            }
            progress = makeProgress(sessions, allAnswers, memory: memory, now: now)
        }
        let info: Report.BankInfo
        if filter == nil && articleIDs.count != 1 {
            info = .init(id: SessionRecord.allArticles, title: "All articles")
        } else {
            info = bankInfo(filter ?? articleIDs.first ?? bank.article.id)
        }
        return Report(generatedAt: now, bank: info, scope: scope, since: since, sessions: sessions, progress: progress)
    }

    /// Most misses first, then by fact id and article.
    static func mostMissedFirst(_ a: Report.MissCount, _ b: Report.MissCount) -> Bool {
        if a.misses != b.misses { return a.misses > b.misses }
        if a.factId != b.factId { return a.factId < b.factId }
        return (a.article ?? "") < (b.article ?? "")
    }

    /// An article's id and title (its id when the article is no longer known).
    func bankInfo(_ id: String) -> Report.BankInfo {
        Report.BankInfo(id: id, title: banks[id]?.article.title ?? id)
    }

    func memory(_ state: MemoryState?) -> Report.Memory? {
        guard let state else { return nil }
        return Report.Memory(state: state.phase.rawValue, stability: state.phase == .new ? nil : state.stability,
                             difficulty: state.phase == .new ? nil : state.difficulty, due: state.phase == .new ? nil : state.due)
    }

    public func sessionReport(_ record: SessionRecord, _ answers: [AnswerRecord]) -> Report.SessionReport {
        var articleIDs: [String] = []
        for a in answers where !articleIDs.contains(Self.article(of: a, in: record)) { articleIDs.append(Self.article(of: a, in: record)) }
        if articleIDs.isEmpty && record.bankID != SessionRecord.allArticles { articleIDs = [record.bankID] }
        let summary = SessionSummary(results: answers.map { ($0.category, $0.type, $0.correct, $0.verdict == "skipped") },
                                     duration: 0)
        let end = record.endedAt ?? answers.last?.answeredAt
        let rows = answers.map { a in
            Report.AnswerRow(position: a.position, questionId: a.questionID, factId: a.factID, category: a.category, type: a.type,
                             question: a.prompt, given: a.given, expected: a.expected, accepted: a.accepted, verdict: a.verdict,
                             correct: a.correct, responseMs: a.responseMilliseconds, rating: a.rating.flatMap { Rating(rawValue: $0)?.name },
                             before: memory(a.stateBefore), after: memory(a.stateAfter), answeredAt: a.answeredAt,
                             article: Self.article(of: a, in: record))
        }
        let misses = answers.filter { !$0.correct }.map { a -> Report.Miss in
            let source = banks[Self.article(of: a, in: record)]
            let sentence = source.flatMap { b in b.fact(a.factID).map { b.sentence(of: $0) } }
            return Report.Miss(questionId: a.questionID, question: a.prompt, given: a.given, expected: a.expected,
                               evidence: sentence?.text ?? "", sentenceIndex: sentence?.index ?? -1)
        }
        func scores(_ list: [SessionSummary.CategoryScore]) -> [Report.Score] {
            list.map { Report.Score(name: $0.category, total: $0.total, correct: $0.correct, accuracy: $0.accuracy) }
        }
        return Report.SessionReport(id: record.id, startedAt: record.startedAt, endedAt: end,
                                    durationSeconds: end.map { max(0, $0.timeIntervalSince(record.startedAt)) } ?? 0,
                                    practice: record.practice, questions: summary.total, correct: summary.correct,
                                    accuracy: summary.accuracy, longestStreak: summary.longestStreak,
                                    perCategory: scores(summary.perCategory), perType: scores(summary.perType),
                                    answers: rows, misses: misses, kind: record.kind.rawValue, skipped: summary.skipped,
                                    articles: articleIDs.map(bankInfo))
    }

    func makeProgress(_ sessions: [Report.SessionReport], _ answered: [(article: String, answer: AnswerRecord)], memory: [MemoryState],
                      now: Date) -> Report.Progress {
        let answers = answered.map(\.answer)
        let points = sessions.map { Report.SessionPoint(session: $0.id, date: $0.startedAt, answered: $0.questions, accuracy: $0.accuracy,
                                                        kind: $0.kind) }
        var trend: [String: [Report.TrendPoint]] = [:]
        for s in sessions {
            for c in s.perCategory { trend[c.name, default: []].append(.init(session: s.id, accuracy: c.accuracy, answered: c.total)) }
        }
        let reviews = answers.filter { $0.stateBefore?.phase == .review && $0.verdict != "skipped" }
        let retention = reviews.isEmpty ? nil : Double(reviews.filter(\.correct).count) / Double(reviews.count)
        let dueNow = memory.filter { $0.phase != .new && $0.due <= now }.count
        let week = now.addingTimeInterval(7 * 86_400)
        let dueWeek = memory.filter { $0.phase != .new && $0.due > now && $0.due <= week }.count
        struct FactKey: Hashable { var article: String; var fact: String }
        let byFact = Dictionary(grouping: answered, by: { FactKey(article: $0.article, fact: $0.answer.factID) })
        let missed = byFact.map { key, list in
            Report.MissCount(factId: key.fact, statement: banks[key.article]?.fact(key.fact)?.statement ?? key.fact,
                             misses: list.filter { !$0.answer.correct && $0.answer.verdict != "skipped" }.count, answered: list.count,
                             article: key.article)
        }.filter { $0.misses > 0 }.sorted(by: Self.mostMissedFirst)
        return Report.Progress(sessions: points, categoryTrend: trend, trueRetention: retention, retentionReviews: reviews.count,
                               dueNow: dueNow, dueNext7Days: dueWeek, mostMissed: Array(missed.prefix(10)))
    }
}
