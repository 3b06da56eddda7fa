/// One problem `lint --deep` finds in a bank that loads: a fact the checker cannot verify or tell
/// from its altered forms, or a name or lexicon entry that misleads the checker. Structured, so
/// that a program (the bank drafter) can fix or drop what fails.
public struct BankProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The fact's own `statement` is not verified as supported.
        case statementNotSupported = "statement-not-supported"
        /// The statement with its main verb negated is not refuted.
        case negationNotRefuted = "negation-not-refuted"
        /// The statement with another person as the speaker is not refuted.
        case swappedSpeakerNotRefuted = "swapped-speaker-not-refuted"
        /// The statement with another weekday, month or year is not refuted.
        case swappedDateNotRefuted = "swapped-date-not-refuted"
        /// The statement with another number or rank is not refuted.
        case swappedValueNotRefuted = "swapped-value-not-refuted"
        /// An alias holds a negation or quantifier word, which the alias then hides from the checker.
        case aliasHidesWord = "alias-hides-word"
        /// One alias names two entities.
        case sharedAlias = "shared-alias"
        /// A bank synonym group or antonym pair keeps a fact's own statement from being supported.
        case lexiconEntryMisleads = "lexicon-entry-misleads"
        /// An antonym pair does not refute a statement that uses one word where a fact has the other.
        case antonymDoesNotRefute = "antonym-does-not-refute"
    }

    public var kind: Kind
    public var severity: Severity
    /// The fact the problem is about, when it is about one.
    public var factID: String?
    /// The entity whose alias is at fault, for alias problems.
    public var entityID: String?
    /// Where to look in the bank file: the fact, the alias or the lexicon entry.
    public var location: SourceLocation
    public var message: String
    /// What to change.
    public var suggestion: String
    /// The statement that was checked (the fact's own or an altered one), when one was.
    public var statement: String?
    /// The verdict it got.
    public var verdict: Verdict?

    public init(kind: Kind, severity: Severity, factID: String? = nil, entityID: String? = nil, location: SourceLocation,
                message: String, suggestion: String, statement: String? = nil, verdict: Verdict? = nil) {
        self.kind = kind
        self.severity = severity
        self.factID = factID
        self.entityID = entityID
        self.location = location
        self.message = message
        self.suggestion = suggestion
        self.statement = statement
        self.verdict = verdict
    }

    /// `file:line:column: warning|error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The checks of `factcheck lint --deep`: a bank that loads is run through the real checker.
///
/// For every fact, its own `statement` must verify as supported, and altered forms built from
/// its typed fields by general text rules must be refuted: the statement negated, with another
/// person as the speaker (quote and speaker facts), with another weekday, month or year (dated
/// facts) and with another number or rank (facts with `quantity` or `ordinal`). A variant the
/// checker calls supported is an error (the bank backs something false); one it cannot decide
/// is a warning. Besides: aliases that hold a negation or quantifier word, one alias on two
/// entities, a bank synonym group or antonym pair without which a failing statement verifies,
/// and an antonym pair that does not refute a statement that swaps its words.
public enum DeepLint {
    /// Every problem of `bank`, errors first, then in file order. A fact whose own statement
    /// is not supported is an error. An altered statement that is not refuted is a warning, or
    /// an error with `variantsAreErrors`: most such misses are the checker's (a denial it cannot
    /// see in a relative clause, say), not the bank's, and a bank author cannot always fix them.
    public static func check(_ bank: FactBank, variantsAreErrors: Bool = false) -> [BankProblem] {
        check(bank, checker: StatementChecker(bank: bank), variantsAreErrors: variantsAreErrors)
    }

    /// The same with a checker already built for `bank`.
    public static func check(_ bank: FactBank, checker: StatementChecker, variantsAreErrors: Bool = false) -> [BankProblem] {
        var problems: [BankProblem] = []
        problems += aliasProblems(bank)
        let own = bank.facts.map { checker.check($0.statement) }
        problems += factProblems(bank, checker: checker, own: own, variantsAreErrors: variantsAreErrors)
        problems += lexiconProblems(bank, checker: checker, own: own)
        return problems.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            let (x, y) = (a.element.location, b.element.location)
            if x.file != y.file { return x.file < y.file }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The ids of the facts that have an error: what a drafter should fix or drop.
    public static func failingFacts(_ problems: [BankProblem]) -> Set<String> {
        Set(problems.filter { $0.severity == .error }.compactMap(\.factID))
    }

    // MARK: - Facts

    static func factProblems(_ bank: FactBank, checker: StatementChecker, own: [CheckResult], variantsAreErrors: Bool) -> [BankProblem] {
        var problems: [BankProblem] = []
        let people = bank.entities.filter { $0.type == .person }
        for (n, fact) in bank.facts.enumerated() {
            let result = own[n]
            guard result.verdict == .supported else {
                problems.append(BankProblem(
                    kind: .statementNotSupported, severity: .error, factID: fact.id, location: fact.location,
                    message: "fact '\(fact.id)': its statement is \(result.verdict.rawValue), not supported: \(result.explanation)",
                    suggestion: "write the statement in the words of the evidence (\"\(fact.evidenceText)\"), or check it with factcheck verify --trace",
                    statement: fact.statement, verdict: result.verdict))
                continue
            }
            var variants: [(BankProblem.Kind, String, String)] = []
            let subjectEnds = Set(checker.analyze(fact.statement).compactMap { $0.entityID == nil ? nil : $0.tokenRange.upperBound - 1 })
            if let negated = StatementVariants.negation(of: fact.statement, subjectEnds: subjectEnds, predicate: fact.predicate) {
                variants.append((.negationNotRefuted, "negated", negated))
            }
            if let swapped = StatementVariants.swappedSpeaker(fact, in: bank, people: people, index: checker.index) {
                variants.append((.swappedSpeakerNotRefuted, "with another speaker", swapped))
            }
            for swapped in StatementVariants.swappedDates(fact, in: bank) {
                variants.append((.swappedDateNotRefuted, "with another date", swapped))
            }
            for swapped in StatementVariants.swappedValues(fact, in: bank, checker: checker) {
                variants.append((.swappedValueNotRefuted, "with another number", swapped))
            }
            for (kind, how, text) in variants {
                let verdict = checker.check(text).verdict
                guard verdict != .refuted else { continue }
                let backed = verdict == .supported
                problems.append(BankProblem(
                    kind: kind, severity: variantsAreErrors ? .error : .warning, factID: fact.id, location: fact.location,
                    message: "fact '\(fact.id)': its statement \(how) is \(verdict.rawValue), not refuted: \(text)",
                    suggestion: backed
                        ? "the checker backs a false statement here: give the fact the field that tells them apart (subject, when, quantity, ordinal, polarity), narrow its evidence, or check it with factcheck verify --trace"
                        : "say the fact plainly in its statement and give its typed fields (subject, when, quantity, ordinal), so that the checker can compare them",
                    statement: text, verdict: verdict))
            }
        }
        return problems
    }

    // MARK: - Aliases

    /// Words an alias must not hold: negation cues and quantifiers, from the general lexicon.
    static let hiddenWords: [[String]] = {
        let cues = GeneralLexicon.negationCues.union(GeneralLexicon.quantifiers)
        return cues.map { Tokenizer.tokenize($0).map(\.text) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }()

    static func aliasProblems(_ bank: FactBank) -> [BankProblem] {
        var problems: [BankProblem] = []
        var owners: [String: (entity: Entity, alias: String)] = [:]
        var reported: Set<String> = []
        for entity in bank.entities {
            var seen: Set<String> = []
            for alias in [entity.name] + entity.aliases where seen.insert(alias).inserted {
                let place = location(ofAlias: alias, entity, bank)
                let words = Tokenizer.tokenize(alias).map(\.text)
                if let hidden = hiddenWords.first(where: { contains(words, $0) }) {
                    let word = hidden.joined(separator: " ")
                    let quantifier = GeneralLexicon.quantifiers.contains(word)
                    problems.append(BankProblem(
                        kind: .aliasHidesWord, severity: .warning, entityID: entity.id, location: place,
                        message: "alias '\(alias)' of '\(entity.id)' holds the \(quantifier ? "quantifier" : "negation") '\(word)': a statement that uses the alias loses it ('\(alias)' reads as '\(entity.name)')",
                        suggestion: "remove the alias, or name the entity without '\(word)' (the checker reads '\(word)' itself)"))
                }
                var key = words
                while let first = key.first, ["the", "a", "an"].contains(first), key.count > 1 { key.removeFirst() }
                let joined = key.joined(separator: " ")
                guard !joined.isEmpty else { continue }
                if let earlier = owners[joined] {
                    if earlier.entity.id != entity.id, reported.insert(joined + "\u{0}" + entity.id).inserted {
                        let earlierPlace = location(ofAlias: earlier.alias, earlier.entity, bank)
                        problems.append(BankProblem(
                            kind: .sharedAlias, severity: .warning, entityID: entity.id, location: place,
                            message: "alias '\(alias)' of '\(entity.id)' also names '\(earlier.entity.id)' (line \(earlierPlace.line)); the checker reads it as '\(earlier.entity.id)' only",
                            suggestion: "keep the alias on one entity and give the other a name of its own (\"the city of \(alias)\")"))
                    }
                } else {
                    owners[joined] = (entity, alias)
                }
            }
        }
        return problems
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { i in words[i..<(i + phrase.count)].elementsEqual(phrase) }
    }

    static func location(ofAlias alias: String, _ entity: Entity, _ bank: FactBank) -> SourceLocation {
        entity.aliasLocations[alias] ?? entity.location ?? SourceLocation(file: bank.origin, line: 1, column: 1)
    }

    // MARK: - Lexicon

    static func lexiconProblems(_ bank: FactBank, checker: StatementChecker, own: [CheckResult]) -> [BankProblem] {
        var problems: [BankProblem] = []
        let lexicon = bank.lexicon
        func place(_ list: [SourceLocation], _ i: Int) -> SourceLocation {
            i < list.count ? list[i] : SourceLocation(file: bank.origin, line: 1, column: 1)
        }
        // Entries without which a failing statement verifies.
        let failing = bank.facts.indices.filter { own[$0].verdict != .supported }
        if !failing.isEmpty {
            var entries: [(name: String, words: [String], location: SourceLocation, without: BankLexicon)] = []
            for (i, group) in lexicon.synonyms.enumerated() {
                var without = lexicon
                without.synonyms.remove(at: i)
                if i < without.synonymLocations.count { without.synonymLocations.remove(at: i) }
                entries.append(("synonym group [\(group.joined(separator: ", "))]", group, place(lexicon.synonymLocations, i), without))
            }
            for (i, pair) in lexicon.antonyms.enumerated() {
                var without = lexicon
                without.antonyms.remove(at: i)
                if i < without.antonymLocations.count { without.antonymLocations.remove(at: i) }
                entries.append(("antonym pair [\(pair.0), \(pair.1)]", [pair.0, pair.1], place(lexicon.antonymLocations, i), without))
            }
            for entry in entries {
                let keys = entry.words.map { " " + Lexicon.key($0) + " " }
                let touched = failing.filter { n in
                    let fact = bank.facts[n]
                    let text = " " + Lexicon.key(fact.statement + " " + bank.sentence(of: fact).text) + " "
                    return keys.contains { text.contains($0) }
                }
                guard !touched.isEmpty else { continue }
                var altered = bank
                altered.lexicon = entry.without
                let other = StatementChecker(bank: altered)
                for n in touched where other.check(bank.facts[n].statement).verdict == .supported {
                    let fact = bank.facts[n]
                    let refuted = own[n].verdict == .refuted
                    problems.append(BankProblem(
                        kind: .lexiconEntryMisleads, severity: .warning, factID: fact.id, location: entry.location,
                        message: "the \(entry.name) \(refuted ? "turns fact '\(fact.id)''s own statement into a refutation" : "keeps fact '\(fact.id)''s own statement from being supported") (without it, the statement verifies): \(fact.statement)",
                        suggestion: "remove the entry or keep in it only words that mean the same in this article",
                        statement: fact.statement, verdict: own[n].verdict))
                }
            }
        }
        // Antonym pairs, tried both ways on the facts' own statements.
        for (i, pair) in lexicon.antonyms.enumerated() {
            for (word, opposite) in [(pair.0, pair.1), (pair.1, pair.0)] {
                guard let (n, altered) = bank.facts.indices.lazy.compactMap({ n -> (Int, String)? in
                    guard own[n].verdict == .supported,
                          let text = StatementVariants.replacing(word, with: opposite, in: bank.facts[n].statement) else { return nil }
                    return (n, text)
                }).first else { continue }
                let verdict = checker.check(altered).verdict
                guard verdict != .refuted else { continue }
                problems.append(BankProblem(
                    kind: .antonymDoesNotRefute, severity: .warning, factID: bank.facts[n].id, location: place(lexicon.antonymLocations, i),
                    message: "the antonym pair [\(pair.0), \(pair.1)] does not refute '\(opposite)' for '\(word)': \(altered) is \(verdict.rawValue)",
                    suggestion: "write the pair with the forms the article and statements use, or drop it",
                    statement: altered, verdict: verdict))
            }
        }
        return problems
    }
}
