/// The verdict on one answer, with what was accepted and why.
public struct Judgement: Sendable, Codable, Equatable {
    public var correct: Bool
    /// The answer as understood ("Thursday" for "thu"), when it was understood.
    public var accepted: String?
    /// A remark for the user, e.g. a typo that was let through.
    public var note: String?
    public var expected: String
}

/// Judges answers as a fair teacher would: weekday and month names in any case or common
/// abbreviation, people by any of their names, positions with or without the country, small
/// typos (scaled to the word's length) accepted with a note, and never a different valid
/// answer accepted because of that tolerance ("Tuesday" is not "Thursday").
public struct AnswerJudge: Sendable {
    public let bank: FactBank
    let checker: StatementChecker?

    /// With a checker, answers may also name people by description or position
    /// ("the Chinese foreign minister").
    public init(bank: FactBank, checker: StatementChecker? = nil) {
        self.bank = bank
        self.checker = checker
    }

    /// The entity an answer names when it is nothing but a name, alias or position.
    func describedEntity(_ answer: String) -> String? {
        guard let checker else { return nil }
        let content = checker.analyze(answer).filter(\.isContent)
        guard content.count == 1 || (content.count == 2 && content[0].entityID != nil && content[0].entityID == content[1].entityID)
        else { return nil }
        return content.first?.entityID
    }

    public func judge(_ question: Question, answer raw: String) -> Judgement {
        let answer = TextFolding.trimmed(raw)
        var verdict = Judgement(correct: false, accepted: nil, note: nil, expected: question.expected)
        guard !answer.isEmpty else {
            verdict.note = "no answer"
            return verdict
        }
        // Options: by letter, by number, or by their text.
        if !question.choices.isEmpty {
            let lower = answer.lowercased()
            var picked: String?
            if lower.count == 1, let scalar = lower.unicodeScalars.first, ("a"..."z").contains(scalar) {
                let index = Int(scalar.value) - 97
                if index < question.choices.count { picked = question.choices[index] }
            } else if let n = Int(lower), n >= 1, n <= question.choices.count {
                picked = question.choices[n - 1]
            }
            if let picked {
                verdict.accepted = picked
                verdict.correct = same(picked, question.expected, kind: question.kind, entity: question.entityID)
                return verdict
            }
            if question.kind != .boolean {
                // Typed text: the option it matches best.
                if let match = question.choices.first(where: { same(answer, $0, kind: question.kind, entity: entityID(of: $0)) }) {
                    verdict.accepted = match
                    verdict.correct = same(match, question.expected, kind: question.kind, entity: question.entityID)
                    return verdict
                }
            }
        }
        switch question.kind {
        case .boolean:
            let yes: Set<String> = ["true", "t", "yes", "y", "correct", "right", "1", "vrai", "supported"]
            let no: Set<String> = ["false", "f", "no", "n", "wrong", "incorrect", "0", "faux", "refuted"]
            let lower = answer.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if yes.contains(lower) { verdict.accepted = "true" } else if no.contains(lower) { verdict.accepted = "false" }
            else if let read = Self.truthValue(lower) {
                // "tru", "fals", "ture", "flase": what was meant is plain.
                verdict.accepted = read
                verdict.note = "read '\(answer)' as \(read)"
            } else {
                verdict.note = "answer true or false"
                return verdict
            }
            verdict.correct = verdict.accepted == question.expected
        case .weekday, .month:
            let names = question.kind == .weekday ? GeneralLexicon.weekdays : GeneralLexicon.months
            let lower = answer.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if let exact = names.first(where: { $0.forms.contains(lower) }) {
                verdict.accepted = exact.name
            } else if let (name, _) = closest(lower, among: names.map { ($0.name, [$0.name.lowercased()]) }) {
                verdict.accepted = name
                verdict.note = "read '\(answer)' as \(name)"
            }
            verdict.correct = verdict.accepted == question.expected
        case .entity:
            let candidates = bank.entities.map { e in (e.id, ([e.name] + e.aliases).map(EntityMatch.normal)) }
            let wanted = EntityMatch.normal(answer)
            if let described = describedEntity(answer), candidates.first(where: { $0.1.contains(wanted) }) == nil {
                verdict.accepted = bank.entity(described)?.name
                verdict.correct = described == question.entityID
                // The checker reads names with typos too; say so, as the typo rule promises.
                if verdict.correct, !isDescription(wanted, of: described), let (id, d) = closest(wanted, among: candidates), id == described, d > 0 {
                    verdict.note = "accepted '\(answer)' as a misspelling of \(verdict.accepted ?? id)"
                }
            } else if let exact = candidates.first(where: { $0.1.contains(wanted) }) {
                // The expected name when it is the one meant ("Beijing", not "China").
                verdict.accepted = exact.0 == question.entityID ? question.expected : bank.entity(exact.0)?.name
                verdict.correct = exact.0 == question.entityID || (question.entityID == nil && same(answer, question.expected, kind: .text, entity: nil))
            } else if let id = question.entityID, let named = namedInOtherWords(wanted, entity: id) {
                // "the council's decision" for "the decision": the right name, with words around it.
                verdict.accepted = named
                verdict.correct = true
                verdict.note = "accepted as \(question.expected)"
            } else if let (id, _) = closest(wanted, among: candidates) {
                verdict.accepted = bank.entity(id)?.name
                verdict.correct = id == question.entityID
                if verdict.correct { verdict.note = "accepted '\(answer)' as a misspelling of \(verdict.accepted ?? id)" }
            } else {
                verdict.correct = same(answer, question.expected, kind: .text, entity: nil)
            }
        case .position:
            // Any position the person holds in the article is right; a typo in it gets a note.
            var roles: [(fact: Fact, expected: String)] = []
            if let fact = bank.fact(question.factId) {
                roles.append((fact, question.expected))
                for other in bank.facts where other.category == .position && other.id != fact.id
                    && other.subject != nil && other.subject == fact.subject {
                    if let role = other.role { roles.append((other, other.roleOf.flatMap { bank.entity($0)?.name }.map { "\(role) (\($0))" } ?? role)) }
                }
            }
            if roles.isEmpty {
                verdict.correct = same(answer, question.expected, kind: .text, entity: nil)
                if verdict.correct { verdict.accepted = question.expected }
            }
            for (fact, expected) in roles {
                let match = positionMatch(answer, fact: fact, expected: expected)
                guard match.matches else { continue }
                verdict.correct = true
                verdict.accepted = expected
                if expected != question.expected {
                    verdict.note = "also right: the article names both positions, \(question.expected) and \(expected)"
                }
                else if match.typo { verdict.note = "accepted with a spelling slip: \(expected)" }
                break
            }
        case .text:
            verdict.correct = same(answer, question.expected, kind: .text, entity: nil)
            if verdict.correct { verdict.accepted = question.expected }
        }
        return verdict
    }

    func entityID(of text: String) -> String? {
        let wanted = EntityMatch.normal(text)
        return bank.entities.first { ([$0.name] + $0.aliases).map(EntityMatch.normal).contains(wanted) }?.id
    }

    /// The single closest name within the typo tolerance; nil when none is close enough or two
    /// different answers are equally close.
    func closest(_ word: String, among candidates: [(String, [String])]) -> (String, Int)? {
        let limit = EditDistance.tolerance(forLength: word.count)
        guard limit > 0 else { return nil }
        var best: (String, Int)?
        var tie = false
        for (id, names) in candidates {
            let d = names.compactMap { EditDistance.distance(word, $0, limit: limit) }.min()
            guard let d else { continue }
            if let b = best {
                if d < b.1 { best = (id, d); tie = false } else if d == b.1 && b.0 != id { tie = true }
            } else {
                best = (id, d)
            }
        }
        return tie ? nil : best
    }

    func same(_ a: String, _ b: String, kind: AnswerKind, entity: String?) -> Bool {
        switch kind {
        case .weekday, .month:
            let names = kind == .weekday ? GeneralLexicon.weekdays : GeneralLexicon.months
            let x = names.first { $0.forms.contains(a.lowercased()) || $0.name == a }?.name
            let y = names.first { $0.forms.contains(b.lowercased()) || $0.name == b }?.name
            return x != nil && x == y
        case .entity:
            if let entity, let e = bank.entity(entity) {
                return ([e.name] + e.aliases).map(EntityMatch.normal).contains(EntityMatch.normal(a))
            }
            return EntityMatch.normal(a) == EntityMatch.normal(b)
        case .boolean:
            return a.lowercased() == b.lowercased()
        case .position, .text:
            let x = EntityMatch.normal(a), y = EntityMatch.normal(b)
            if x == y { return true }
            let limit = EditDistance.tolerance(forLength: y.count)
            return limit > 0 && EditDistance.distance(x, y, limit: limit) != nil
        }
    }

    /// "tru", "fals", "ture", "flase": the truth value meant, when only one is close.
    static func truthValue(_ word: String) -> String? {
        guard !word.isEmpty else { return nil }
        for value in ["true", "false"] {
            if value.hasPrefix(word) { return value }
            if word.count >= 4, EditDistance.distance(word, value, limit: 1) != nil { return value }
        }
        return nil
    }

    /// True when `wanted` is one of the entity's descriptions rather than a misspelled name.
    func isDescription(_ wanted: String, of id: String) -> Bool {
        guard let e = bank.entity(id) else { return false }
        return ([e.name] + e.aliases).map(EntityMatch.normal).contains(wanted)
            || wanted.split(separator: " ").count > 2
    }

    /// The entity's name when `wanted` contains one of its names as whole words, with at most
    /// three words more, none naming another thing of its kind ("the council's decision").
    func namedInOtherWords(_ wanted: String, entity id: String) -> String? {
        guard let entity = bank.entity(id) else { return nil }
        let words = wanted.split(separator: " ").map(String.init)
        for name in ([entity.name] + entity.aliases).map(EntityMatch.normal) where !name.isEmpty {
            let nameWords = name.split(separator: " ").map(String.init)
            guard nameWords.count < words.count, words.count - nameWords.count <= 3 else { continue }
            guard let start = (0...(words.count - nameWords.count)).first(where: { Array(words[$0..<$0 + nameWords.count]) == nameWords })
            else { continue }
            let extra = Set(words[..<start] + words[(start + nameWords.count)...])
            // The words around it may say whose it is ("the council's"), but not name another
            // thing of the same kind, which would be a different answer ("Ruiz Berg").
            var rivals = Set<String>()
            for other in bank.entities where other.id != id && other.type == entity.type {
                for alias in [other.name] + other.aliases {
                    rivals.formUnion(EntityMatch.normal(alias).split(separator: " ").map(String.init))
                }
            }
            if extra.contains(where: { rivals.contains($0) }) { continue }
            return entity.name
        }
        return nil
    }

    /// "foreign minister", "China's foreign minister" and "Chinese Foreign Minister" are all
    /// right for Wang Yi; "US foreign minister" is not.
    func samePosition(_ answer: String, _ question: Question) -> Bool {
        guard let fact = bank.fact(question.factId) else { return same(answer, question.expected, kind: .text, entity: nil) }
        return positionMatch(answer, fact: fact, expected: question.expected).matches
    }

    /// Whether the answer names the position of `fact`, and whether it took a typo to say so.
    func positionMatch(_ answer: String, fact: Fact, expected: String) -> (matches: Bool, typo: Bool) {
        guard let role = fact.role else {
            return (same(answer, expected, kind: .text, entity: nil), EntityMatch.normal(answer) != EntityMatch.normal(expected))
        }
        let roleWords = Tokenizer.tokenize(role).map(\.text).filter { !["of", "the", "a"].contains($0) }
        var words = Tokenizer.tokenize(answer).map(\.text).filter { !["of", "the", "a", "an", "is", "he", "she"].contains($0) }
        // Country words must name the right country, and are then set aside.
        for entity in bank.entities where entity.type == .country || entity.id == fact.roleOf {
            let names = Set(([entity.name] + entity.aliases).flatMap { Tokenizer.tokenize($0).map(\.text) })
            if words.contains(where: names.contains) {
                if let of = fact.roleOf, entity.id != of, !roleWords.contains(where: names.contains) { return (false, false) }
                words.removeAll { names.contains($0) && !roleWords.contains($0) }
            }
        }
        guard !words.isEmpty else { return (false, false) }
        var typo = false
        let matches = roleWords.allSatisfy { r in
            if words.contains(r) { return true }
            let close = words.contains { w in EditDistance.tolerance(forLength: r.count) > 0
                && EditDistance.distance(w, r, limit: EditDistance.tolerance(forLength: r.count)) != nil }
            if close { typo = true }
            return close
        } && words.count <= roleWords.count + 1
        return (matches, matches && typo)
    }
}

/// Names compared without case, typography, possessives or a leading "the".
public enum EntityMatch {
    public static func normal(_ s: String) -> String {
        var words = Tokenizer.tokenize(s).map(\.text)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
