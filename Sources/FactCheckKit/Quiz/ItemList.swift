import Foundation

/// Every fact of a bank with its schedule, as Anki's browser lists cards: state, due date,
/// stability, reps and lapses. Facts never studied are "new".
public struct ItemList: Sendable {
    public struct Item: Sendable, Codable, Equatable {
        public var id: String
        public var category: String
        public var statement: String
        /// new, learning, review or relearning.
        public var state: String
        /// Nil for new items.
        public var due: Date?
        /// Due now (or overdue).
        public var isDue: Bool
        public var stability: Double?
        public var difficulty: Double?
        public var reps: Int
        public var lapses: Int
        public var lastReview: Date?

        enum Keys: String, CodingKey { case id, category, statement, state, due, isDue, stability, difficulty, reps, lapses, lastReview }

        /// Every key is written, null when there is no value: a new item has `"due": null`.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(id, forKey: .id)
            try c.encode(category, forKey: .category)
            try c.encode(statement, forKey: .statement)
            try c.encode(state, forKey: .state)
            try c.encode(due, forKey: .due)
            try c.encode(isDue, forKey: .isDue)
            try c.encode(stability, forKey: .stability)
            try c.encode(difficulty, forKey: .difficulty)
            try c.encode(reps, forKey: .reps)
            try c.encode(lapses, forKey: .lapses)
            try c.encode(lastReview, forKey: .lastReview)
        }
    }

    /// Which items to list: categories (any of them), only those due now, and text that must
    /// appear in the id or statement (case and accents ignored).
    public struct Filter: Sendable {
        public var categories: [FactCategory]
        public var dueOnly: Bool
        public var text: String?
        public init(categories: [FactCategory] = [], dueOnly: Bool = false, text: String? = nil) {
            self.categories = categories
            self.dueOnly = dueOnly
            self.text = text
        }
    }

    public var items: [Item]

    /// Due items first (most overdue first), then the scheduled ones by due date, then new ones
    /// in the bank's order.
    public init(bank: FactBank, memory: [String: MemoryState], filter: Filter, now: Date) {
        let wanted = filter.text.map { TextFolding.trimmed($0).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
            .flatMap { $0.isEmpty ? nil : $0 }
        var rows: [Item] = []
        for fact in bank.facts where filter.categories.isEmpty || filter.categories.contains(fact.category) {
            if let wanted {
                let haystack = (fact.id + " " + fact.statement).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                guard haystack.contains(wanted) else { continue }
            }
            let state = memory[fact.id].flatMap { $0.phase == .new ? nil : $0 }
            let isDue = state.map { $0.due <= now } ?? false
            if filter.dueOnly && !isDue { continue }
            rows.append(Item(id: fact.id, category: fact.category.rawValue, statement: fact.statement,
                             state: state?.phase.rawValue ?? MemoryPhase.new.rawValue, due: state?.due, isDue: isDue,
                             stability: state?.stability, difficulty: state?.difficulty, reps: state?.reps ?? 0,
                             lapses: state?.lapses ?? 0, lastReview: state?.lastReview))
        }
        let order = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.id, $0) })
        items = rows.sorted { a, b in
            switch (a.due, b.due) {
            case let (x?, y?): return x != y ? x < y : order[a.id, default: 0] < order[b.id, default: 0]
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return order[a.id, default: 0] < order[b.id, default: 0]
            }
        }
    }
}
