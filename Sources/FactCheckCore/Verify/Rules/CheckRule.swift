/// One rule of the statement checker. A rule looks at a clause already matched to the article
/// (`ClauseState`) and either decides its verdict or passes to the next rule. Each rule lives in
/// its own file with what it decides, an example and the gate that lets it speak;
/// `CheckRules.ordered` is the one list that says which rule is asked first.
protocol CheckRule: Sendable {
    /// A short, stable name, shown as `rule` in `verify --json`, by `--trace` and in `eval`.
    var name: String { get }
    /// The clause's verdict, or nil when this rule has nothing to say about it.
    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult?
}

/// The rules in the order they are asked. Contradictions come before silence, silence before
/// support: a statement is supported only when no rule finds it at odds with the article and
/// every word of it is backed.
enum CheckRules {
    static let ordered: [any CheckRule] = [
        DenialWithoutWordsRule(),
        QuotationRule(),
        PositionRule(),
        PositionClaimRule(),
        NationalityRule(),
        OwnerSwapRule(),
        SwappedAgentRule(),
        WrongReporterRule(),
        PiecedReportRule(),
        GroupSizeRule(),
        WholeOrPartRule(),
        WrongValueRule(),
        RatePeriodRule(),
        ChangeRoleRule(),
        VoteDirectionRule(),
        ReversedRelationRule(),
        PurposeSwapRule(),
        SequenceRule(),
        PassedOverRule(),
        PolarityRule(),
        CompoundOppositeRule(),
        ComparisonRule(),
        SlotSwapRule(),
        PrepositionSlotRule(),
        CauseRule(),
        UnbackedWordsRule(),
        CertaintyRule(),
        PossibilityRule(),
        SupportedRule(),
    ]

    /// Every name a part result's `rule` can take, for documentation and tests.
    static let allNames: [String] = ["no-claim", "no-match", "list-item", "aside"] + ordered.map(\.name)
}

/// A clause matched to the article: what every rule reads.
struct ClauseState {
    /// Each sentence of the context facts once, with the first of its facts there.
    func contextSentences(_ index: BankIndex) -> [(fact: Int, sentence: Int)] {
        var seen = Set<Int>()
        return contextFacts.compactMap { k in
            let s = index.facts[k].fact.sentenceIndex
            return seen.insert(s).inserted ? (k, s) : nil
        }
    }

    var text: String
    var units: [Unit]
    /// Indices of the units that make a claim.
    var content: [Int]
    var candidates: [StatementChecker.Candidate]
    var best: StatementChecker.Candidate
    /// The facts whose sentences together back the clause, the best first.
    var contextFacts: [Int]
    /// The concepts of those sentences.
    var context: ConceptSet
    /// Content units that no sentence backs.
    var uncovered: [Int]
    var usedSentences: Set<Int>
    /// Misspelt words read as words of those sentences, for the explanation.
    var typos: [String]

    /// The statement is itself a hope, a possibility or a question ("could", "may", "hopes").
    let isHedged: Bool

    /// The statement speaks of the future, a plan or a forecast ("will open", "is due to").
    let speaksOfTheFuture: Bool

    /// Whether a word of the unit's text is one of `words` (a unit of one word is not split).
    static func hasWord(_ unit: Unit, in words: Set<String>) -> Bool {
        if !unit.text.utf8.contains(0x20) { return words.contains(unit.text) }
        return unit.text.split(separator: " ").contains { words.contains(String($0)) }
    }

    /// The statement says something has happened: "already", a perfect ("has secured"), or a
    /// verb in the past tense ("opened", "began", "held").
    var saysItHappened: Bool {
        units.enumerated().contains { i, u in
            if u.isWord, !u.quoted, u.text.split(separator: " ").contains(where: { GeneralLexicon.completionCues.contains(String($0)) }) {
                return true
            }
            return Self.isPastVerb(units, i)
        }
    }

    /// Whether a unit of the statement, outside quotes, is a verb in the past tense.
    static func hasPastVerb(_ units: [Unit]) -> Bool { units.indices.contains { isPastVerb(units, $0) } }

    /// Whether unit `i` is a verb in the past tense: "opened", "began", a light verb's "held";
    /// not a participle after "is", "be" or "to" ("is planned", "to be opened").
    static func isPastVerb(_ units: [Unit], _ i: Int) -> Bool {
        let u = units[i]
        guard !u.quoted else { return false }
        let previous = i > 0 ? units[i - 1].text : ""
        if ["is", "are", "be", "being", "been", "to"].contains(previous) { return false }
        // "the damaged jet", "its revised plan": a participle after a determiner describes a noun.
        // (Not after a possessive: "Pellingham's held its next sale" names the house.)
        if ClauseSplitter.determiners.contains(previous) { return false }
        // "took place", "was held", "came into force": a phrase that only says something
        // happened tells the tense by its first word.
        if u.neutral, u.text.contains(" "), let first = u.text.lowercased().split(separator: " ").first.map(String.init),
           GeneralLexicon.pastPhraseHeads.contains(first) || GeneralLexicon.pastLightVerbs.contains(first) { return true }
        if !u.isWord { return GeneralLexicon.pastLightVerbs.contains(u.text.lowercased()) }
        guard let word = u.text.split(separator: " ").last.map(String.init) else { return false }
        if word.hasSuffix("ed") && word.count > 4 { return true }
        if GeneralLexicon.presentVerbForms.contains(word) { return false }
        // "bought", "sold", "won": an irregular past by WordNet's exception lists.
        return GeneralLexicon.finiteVerbForms.contains(word) || WordNet.isIrregularVerbForm(word)
    }

    /// Capitalised names the bank does not know, other than places after "in", "at" ...: the
    /// clause is about someone the article does not mention, so no contradiction is claimed.
    let strangers: [Int]

    /// Unbacked units that are not even opposites of the article's words.
    let unexplainedUnits: [Int]

    /// For a statement pieced together from two sentences: a sentence's fact and the place it
    /// gives, when the statement's place comes only from the other (`StatementChecker.otherPlace`).
    var otherPlace: (fact: Int, place: String)?

    init(text: String, units: [Unit], content: [Int], candidates: [StatementChecker.Candidate],
         best: StatementChecker.Candidate, contextFacts: [Int], context: ConceptSet, uncovered: [Int],
         usedSentences: Set<Int>, typos: [String], unexplainedUnits: [Int]) {
        self.text = text
        self.units = units
        self.content = content
        self.candidates = candidates
        self.best = best
        self.contextFacts = contextFacts
        self.context = context
        self.uncovered = uncovered
        self.usedSentences = usedSentences
        self.typos = typos
        // Both cue lists in one pass over the units' words.
        var hedged = false, future = false, weakFuture = false
        for k in units.indices where !(hedged && future) {
            let text = units[k].text
            if !text.utf8.contains(0x20) {
                if !hedged { hedged = GeneralLexicon.hedgeCues.contains(text) }
                if !future { future = GeneralLexicon.futureCues.contains(text) }
                if !weakFuture { weakFuture = GeneralLexicon.weakFutureCues.contains(text) }
                continue
            }
            // Each word of a unit of several, without making a list of them.
            var start = text.startIndex
            while start < text.endIndex {
                let end = text[start...].firstIndex(of: " ") ?? text.endIndex
                if start < end {
                    let word = String(text[start..<end])
                    if !hedged { hedged = GeneralLexicon.hedgeCues.contains(word) }
                    if !future { future = GeneralLexicon.futureCues.contains(word) }
                    if !weakFuture { weakFuture = GeneralLexicon.weakFutureCues.contains(word) }
                }
                start = end < text.endIndex ? text.index(after: end) : end
            }
        }
        isHedged = hedged
        speaksOfTheFuture = future || (weakFuture && !Self.hasPastVerb(units))
        strangers = uncovered.filter { i in
            guard units[i].isUnknownName else { return false }
            let previous = i > 0 ? units[i - 1].text : ""
            return !StatementChecker.placePrepositions.contains(previous)
        }
        self.unexplainedUnits = unexplainedUnits
    }


    /// How many claims a unit makes: a length or a time with its unit word ("90 minutes") makes
    /// two, the figure and what it measures.
    func weight(_ i: Int) -> Int {
        guard let value = units[i].value, value.kind == .quantity, units[i].tokenRange.count > 1,
              Units.hasUnitWord(value.unit) else { return 1 }
        return 2
    }

    /// The number of claims among `indices`.
    func claims(_ indices: [Int]) -> Int { indices.reduce(0) { $0 + weight($1) } }

    /// The clause is about what the article says: at most a quarter of its claims are unexplained.
    /// Swapped people only count as a contradiction then.
    var isAboutTheArticle: Bool {
        strangers.isEmpty && claims(unexplainedUnits) * 4 <= claims(content)
    }

    /// The same, leaving out the names the bank knows: the clause is about what the article
    /// says, whoever it gives it to ("Mabry said no medal is worth a life", where the name is
    /// the one claim the sentence does not back).
    /// Only for words said: someone's deed is too often another of theirs the article leaves out.
    var isAboutTheArticleButItsPeople: Bool {
        guard units.contains(where: { !$0.quoted && $0.readings.contains(Reading(StatementChecker.sayConcept)) }) else { return false }
        let rest = content.filter { units[$0].entityID == nil }
        return strangers.isEmpty && !rest.isEmpty && claims(unexplainedUnits.filter { units[$0].entityID == nil }) * 4 <= claims(rest)
    }

    /// Every unexplained unit is a value, a time word, or a place after a preposition: a wrong
    /// value is then the only thing wrong ("met Wang in Geneva on Friday").
    var isDatable: Bool {
        strangers.isEmpty && unexplainedUnits.allSatisfy { i in
            let u = units[i]
            if u.value != nil { return true }
            let previous = i > 0 ? units[i - 1].text : ""
            if u.isUnknownName || u.entityID != nil { return StatementChecker.placePrepositions.contains(previous) }
            return StatementChecker.timeWords.contains(Stemmer.stem(u.text))
        }
    }

    /// All but less than a quarter of the clause is backed: an opposite word then contradicts.
    var isCloselyAbout: Bool {
        let unexplained = unexplainedUnits
        return strangers.isEmpty && (claims(unexplained) * 4 < claims(content) || unexplained.isEmpty)
    }
}
