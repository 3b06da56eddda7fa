import Foundation

/// Makes questions from a bank's facts: gap-fills, "who ...?", positions, quote attribution,
/// multiple choice with distractors of the same kind, and true/false with false variants made
/// by the same changes the statement checker refutes (day, speaker, position, polarity).
public struct QuestionGenerator: Sendable {
    public let bank: FactBank
    let checker: StatementChecker

    public init(checker: StatementChecker) {
        self.checker = checker
        self.bank = checker.index.bank
    }

    /// Every question the bank can give for a fact, hand-written ones first.
    public func questions(for fact: Fact) -> [Question] {
        var result: [Question] = []
        for (n, q) in bank.questions.enumerated() where q.factId == fact.id {
            let kind = kindOf(answer: q.answer)
            result.append(Question(id: "\(fact.id)/hand-\(n)", factId: fact.id, category: fact.category, type: q.type,
                                   prompt: q.prompt, choices: q.choices, expected: q.answer, kind: kind.0, entityID: kind.1))
        }
        if let open = openQuestion(for: fact) {
            result.append(open)
            if let choice = multipleChoice(from: open) { result.append(choice) }
        }
        if let quote = quoteQuestion(for: fact) { result.append(quote) }
        result.append(contentsOf: trueFalse(for: fact))
        return result
    }

    func kindOf(answer: String) -> (AnswerKind, String?) {
        let a = answer.lowercased()
        if GeneralLexicon.weekdays.contains(where: { $0.forms.contains(a) }) { return (.weekday, nil) }
        if GeneralLexicon.months.contains(where: { $0.forms.contains(a) }) { return (.month, nil) }
        if let e = bank.entities.first(where: { ([$0.name] + $0.aliases).contains { $0.lowercased() == a } }) { return (.entity, e.id) }
        return (.text, nil)
    }

    func person(_ id: String?) -> Entity? {
        guard let id, let e = bank.entity(id), e.type == .person else { return nil }
        return e
    }

    /// The alias the statement opens with, if it names the fact's subject.
    func openingName(_ fact: Fact) -> String? {
        guard let subject = fact.subject, let entity = bank.entity(subject) else { return nil }
        return ([entity.name] + entity.aliases).sorted { $0.count > $1.count }.first { fact.statement.hasPrefix($0 + " ") }
    }

    func openQuestion(for fact: Fact) -> Question? {
        let statement = fact.statement.hasSuffix(".") ? String(fact.statement.dropLast()) : fact.statement
        // A date: fill the gap.
        if let when = fact.when {
            for (value, kind) in [(when.weekday, AnswerKind.weekday), (when.month, AnswerKind.month)] {
                // The day as a whole word: "on Sundays" is no date to fill in.
                if let value, let range = Self.wholeWord(value, in: statement) {
                    return Question(id: "\(fact.id)/typed", factId: fact.id, category: fact.category, type: .typed,
                                    prompt: "Fill the gap: " + statement.replacingCharacters(in: range, with: "____") + ".",
                                    choices: [], expected: value, kind: kind, entityID: nil)
                }
            }
        }
        // A position.
        if fact.category == .position, let role = fact.role, let holder = bank.entity(fact.subject ?? "") {
            let of = fact.roleOf.flatMap { bank.entity($0)?.name }
            return Question(id: "\(fact.id)/typed", factId: fact.id, category: fact.category, type: .typed,
                            prompt: "What position does \(holder.name) hold in the article?", choices: [],
                            expected: of.map { "\(role) (\($0))" } ?? role, kind: .position, entityID: holder.id)
        }
        // Who did it.
        if fact.category != .quote, let subject = person(fact.subject), let name = openingName(fact) {
            let rest = statement.dropFirst(name.count)
            return Question(id: "\(fact.id)/typed", factId: fact.id, category: fact.category, type: .typed,
                            prompt: "Who" + rest + "?", choices: [], expected: subject.name, kind: .entity, entityID: subject.id)
        }
        // A named thing in the statement (a topic, an event, a place): a whole name, never part of
        // a longer one ("US-____ relations", "____ centre") and never a common word.
        for entity in bank.entities where entity.id != fact.subject && entity.type != .group {
            guard entity.type == .event || fact.category == .topic else { continue }
            for alias in ([entity.name] + entity.aliases).filter(isGapWorthy).sorted(by: { $0.count > $1.count }) {
                if let gapped = Self.gap(alias, in: statement) {
                    return Question(id: "\(fact.id)/typed", factId: fact.id, category: fact.category, type: .typed,
                                    prompt: "Fill the gap: " + gapped + ".", choices: [], expected: alias, kind: .entity,
                                    entityID: entity.id)
                }
            }
        }
        return nil
    }

    /// A name worth asking for: longer than three letters and a proper name (a capital or a digit).
    func isGapWorthy(_ alias: String) -> Bool {
        alias.count > 3 && alias.contains { $0.isUppercase || $0.isNumber }
    }

    /// The statement with `phrase` replaced by a gap, when the phrase stands as a whole: not
    /// inside a word or a hyphenated compound, and not followed by a capitalised word or a
    /// noun it modifies (the phrase would then be half of a longer name). Nil otherwise.
    static func gap(_ phrase: String, in statement: String) -> String? {
        var searchFrom = statement.startIndex
        while let range = statement.range(of: phrase, range: searchFrom..<statement.endIndex) {
            searchFrom = range.upperBound
            let before = range.lowerBound > statement.startIndex ? statement[statement.index(before: range.lowerBound)] : " "
            let after = range.upperBound < statement.endIndex ? statement[range.upperBound] : " "
            func joins(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "-" || c == "’" || c == "'" || c == "–" }
            if joins(before) || joins(after) { continue }
            // The next word: a capitalised one continues a name; so does a noun right after a
            // name that is not followed by punctuation ("Harbour centre").
            let rest = statement[range.upperBound...].drop { $0 == " " }
            let next = rest.prefix { $0.isLetter }
            if after == " ", let first = next.first, first.isUppercase { continue }
            if after == " ", !next.isEmpty, !Self.linkWords.contains(next.lowercased()) { continue }
            return statement.replacingCharacters(in: range, with: "____")
        }
        return nil
    }

    /// The first place where `word` stands as a whole word, not inside a longer one.
    static func wholeWord(_ word: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: word, range: from..<text.endIndex) {
            from = range.upperBound
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !(before.isLetter || before.isNumber || before == "-") && !(after.isLetter || after.isNumber || after == "-") { return range }
        }
        return nil
    }

    /// Words that may follow a whole name: the name ends before them.
    static let linkWords: Set<String> = [
        "and", "or", "but", "on", "in", "at", "for", "from", "to", "of", "with", "by", "about", "as", "is", "are", "was",
        "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "that", "which",
        "who", "whose", "while", "when", "since", "after", "before", "until", "over", "into", "than", "said", "says",
        "saying", "did", "does", "do", "not", "also", "again", "today", "yesterday", "last", "this", "its", "their", "his",
        "her", "amid", "despite", "during", "against", "towards", "toward", "between", "among", "under", "because", "if",
        "so", "then", "there", "here", "now", "still", "each", "both", "either", "neither",
    ]

    func quoteQuestion(for fact: Fact) -> Question? {
        guard fact.category == .quote, let quote = fact.quote, let speaker = person(fact.subject) else { return nil }
        let words = quote.split(separator: " ")
        let shown = words.count > 14 ? words.prefix(14).joined(separator: " ") + " …" : quote
        return Question(id: "\(fact.id)/quote", factId: fact.id, category: fact.category, type: .quote,
                        prompt: "Who said: “\(shown)”?", choices: [], expected: speaker.name, kind: .entity, entityID: speaker.id)
    }

    /// The same question with options: the right answer and up to three of the same kind,
    /// none of which would also be right.
    func multipleChoice(from open: Question) -> Question? {
        var pool: [String] = []
        switch open.kind {
        case .weekday: pool = GeneralLexicon.weekdays.map(\.name)
        case .month: pool = GeneralLexicon.months.map(\.name)
        case .entity:
            guard let id = open.entityID, let entity = bank.entity(id) else { return nil }
            pool = bank.entities.filter { $0.type == entity.type && $0.id != id }.map(\.name)
            // A person who would make the statement true too is no distractor.
            if let fact = bank.fact(open.factId), let name = openingName(fact) {
                pool = pool.filter { other in
                    checker.check(other + fact.statement.dropFirst(name.count)).verdict != .supported
                }
            }
        case .position:
            // Another position of the same person would be right too: no distractor.
            let holder = bank.fact(open.factId)?.subject
            pool = bank.facts.filter { $0.category == .position && $0.id != open.factId && $0.subject != holder }
                .compactMap { f in f.role.map { r in f.roleOf.flatMap { bank.entity($0)?.name }.map { "\(r) (\($0))" } ?? r } }
        case .boolean, .text: return nil
        }
        // No option twice, and none the same as the answer once folded.
        var seen: Set<String> = [TextFolding.comparable(open.expected)]
        pool = pool.filter { seen.insert(TextFolding.comparable($0)).inserted }
        guard !pool.isEmpty else { return nil }
        var generator = SeededGenerator(seed: stableHash(open.id))
        let distractors = Array(pool.shuffled(using: &generator).prefix(3))
        let choices = (distractors + [open.expected]).shuffled(using: &generator)
        var q = open
        q.id = open.factId + "/multiple-choice"
        q.type = .multipleChoice
        q.choices = choices
        return q
    }

    /// True/false: the statement itself, and a false variant the checker refutes.
    func trueFalse(for fact: Fact) -> [Question] {
        var result: [Question] = []
        // A true statement must be one the checker itself supports: the quiz and `verify` agree.
        if checker.check(fact.statement).verdict == .supported {
            result.append(Question(id: "\(fact.id)/true-false", factId: fact.id, category: fact.category, type: .trueFalse,
                                   prompt: "True or false: \(fact.statement)", choices: ["true", "false"], expected: "true",
                                   kind: .boolean, entityID: nil))
        }
        for (n, variant) in falseVariants(for: fact).enumerated() {
            result.append(Question(id: "\(fact.id)/true-false-\(n + 1)", factId: fact.id, category: fact.category,
                                   type: .trueFalse, prompt: "True or false: \(variant)", choices: ["true", "false"],
                                   expected: "false", kind: .boolean, entityID: nil))
        }
        return result
    }

    func falseVariants(for fact: Fact) -> [String] {
        var candidates: [String] = []
        let s = fact.statement
        if let when = fact.when {
            if let day = when.weekday, s.contains(day), let i = GeneralLexicon.weekdays.firstIndex(where: { $0.name == day }) {
                candidates.append(s.replacingOccurrences(of: day, with: GeneralLexicon.weekdays[(i + 1) % 7].name))
            }
            if let month = when.month, s.contains(month), let i = GeneralLexicon.months.firstIndex(where: { $0.name == month }) {
                candidates.append(s.replacingOccurrences(of: month, with: GeneralLexicon.months[(i + 2) % 12].name))
            }
        }
        if let name = openingName(fact), let subject = fact.subject {
            for other in bank.entities where other.type == .person && other.id != subject && other.id != fact.object {
                candidates.append(other.name + s.dropFirst(name.count))
                break
            }
        }
        if fact.category == .position, let holder = bank.entity(fact.subject ?? "") {
            if let other = bank.facts.first(where: { $0.category == .position && $0.subject != fact.subject }),
               let otherName = bank.entity(other.subject ?? "")?.name, s.hasPrefix(holder.name) {
                candidates.append(otherName + s.dropFirst(holder.name.count))
            }
        }
        // A number the fact states, changed: "14 stops" becomes "16 stops", "8 percent" "10 percent".
        for quantity in fact.quantities {
            for written in [quantity.plainValueText, quantity.valueText] where s.contains(written) {
                let changed = quantity.value >= 10 ? (quantity.value * 1.5).rounded() : quantity.value + 2
                let replacement = Quantity(value: changed, unit: quantity.unit)
                let text = written == quantity.valueText ? replacement.valueText : replacement.plainValueText
                if let range = s.range(of: written) { candidates.append(s.replacingCharacters(in: range, with: text)) }
                break
            }
        }
        // Keep only what the checker itself refutes (a false variant must be false), each once.
        var seen = Set<String>()
        return candidates.filter { seen.insert($0).inserted && checker.check($0).verdict == .refuted }
    }
}
