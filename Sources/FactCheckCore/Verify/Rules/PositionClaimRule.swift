/// Decides a claim that someone holds a position ("X is the chief executive of Y") by the
/// article's position facts for that person, not by words that happen to stand in one of their
/// sentences: the position held for another organisation is refuted; a position the article
/// never gives them is not mentioned (unless a fact of theirs says it with a verb: "Okafor
/// chairs the committee"). Positions named through a position alias are `position`'s.
///
/// Examples: "Marek Halden is the leader of the Social Democratic Party." — the article makes
/// him leader of the Civic Union (refuted). "Ana Ferreira is the chief executive of Northvale
/// Hydro." — the article calls her its chief engineer (not mentioned).
struct PositionClaimRule: CheckRule {
    let name = "position-claim"

    static let copulas: Set<String> = ["is", "was", "remains", "remained", "became", "becomes",
                                       "worked as", "works as", "served as", "serves as"]
    /// Adverbs that may stand by the copula without changing the claim ("was once a cleaner").
    static let copulaAdverbs: Set<String> = ["once", "also", "still"]

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        // "PERSON is (the|a) [OWNER's] ROLE [of|at|for|representing OWNER]".
        guard let p = units.indices.first(where: { i in
                  units[i].roleFact == nil && units[i].entityID.map { index.entityByID[$0]?.type == .person } == true
              }),
              case let c = p + 1 + (p + 1 < units.count && Self.copulaAdverbs.contains(units[p + 1].text) ? 1 : 0),
              c + 1 < units.count, Self.copulas.contains(units[c].text), !units[c].negated else { return nil }
        var r = c + 1
        if Self.copulaAdverbs.contains(units[r].text) { r += 1 }
        var owner: String?
        while r < units.count, ["the", "a", "an"].contains(units[r].text) { r += 1 }
        if r + 1 < units.count, units[r].possessive, let o = units[r].entityID, index.entityByID[o]?.type != .person {
            owner = o
            r += 1
        }
        // A title read as a position alias ("leader" for the one leader the article names) is
        // checked for its organisation only; who holds it is `position`'s.
        guard r < units.count, !units[r].negated else { return nil }
        // "the federal finance minister": words before the title say which one it is.
        var modifiers: [String] = []
        let start = r
        while r + 1 < units.count, modifiers.count < 3, units[r].isWord, units[r].roleFact == nil, !units[r].negated,
              !Self.isTitle(units[r].text, index),
              units[r + 1].isWord || units[r + 1].roleFact != nil
                || units[r + 1].text.split(separator: " ").last.map({ Self.isTitle(String($0), index) }) == true {
            modifiers.append(contentsOf: units[r].text.split(separator: " ").map(String.init))
            r += 1
        }
        // Only a field is read this way; otherwise the title is the first word, as it always was.
        if !modifiers.contains(where: GeneralLexicon.portfolioFields.contains) {
            modifiers = []
            r = start
        }
        let throughAlias = units[r].roleFact != nil
        // "minister" may be an alias of the person themselves ("the minister").
        let titleAlias = !throughAlias && units[r].entityID != nil && units[r].entityID == units[p].entityID
        guard units[r].isWord || throughAlias || titleAlias else { return nil }
        let roleWords = units[r].text.lowercased().split(separator: " ").map(String.init)
        guard let head = roleWords.last,
              throughAlias || Self.isTitle(head, index) || Self.namesAKindOfPerson(units, r, head, index) else { return nil }
        if owner == nil, r + 2 < units.count, ["of", "at", "for", "representing", "with", "in"].contains(units[r + 1].text) {
            var o = r + 2
            while o + 1 < units.count, ["the", "a", "an"].contains(units[o].text) { o += 1 }
            // "an opposition leader in Kestova": after "in", only a country is whom the post is for.
            if let id = units[o].entityID, let type = index.entityByID[id]?.type, type != .person,
               units[r + 1].text != "in" || type == .country { owner = id }
        }
        // A bare title that is the person's own alias says nothing more, unless whom it is for
        // follows ("a spokeswoman for the Velmarian government").
        if titleAlias, modifiers.isEmpty, owner == nil { return nil }
        guard let person = units[p].entityID else { return nil }
        let positions = index.positionFactsBySubject[person] ?? []
        // The role's own title: its last word, or the word before what it is for ("spokeswoman on
        // transport" is a spokeswoman), or the same title in other words ("CEO", "chief executive").
        // (The lexicon's own groups only, not WordNet's wider senses: a "minister" is no curate.)
        let headStem = Stemmer.stem(head)
        let claimedTitle = Set(units[r].readings.filter { !$0.flipped && !$0.concept.hasPrefix("~") && !$0.concept.hasPrefix("@") && $0.concept != headStem })
        let matching = positions.filter { k in
            let role = Tokenizer.tokenize(index.facts[k].fact.role ?? "").map(\.text)
            let titleEnd = role.firstIndex(where: Self.rolePrepositions.contains) ?? role.count
            if role.last.map({ Stemmer.stem($0) == headStem }) == true { return true }
            if titleEnd > 0, titleEnd < role.count, Stemmer.stem(role[titleEnd - 1]) == headStem { return true }
            // (The role's words as one phrase, also where they are a title alias of its holder.)
            return !claimedTitle.isEmpty && (claimedTitle.contains(Reading(role.map(Stemmer.stem).joined(separator: " ")))
                || index.analyzer.analyze(index.facts[k].fact.role ?? "").contains { u in
                    u.readings.contains { !$0.flipped && claimedTitle.contains($0) }
                })
        }
        if let k = matching.first {
            let fact = index.facts[k].fact
            // "finance minister" where the article has "Transport Minister": another field.
            let roleWords = Set(Tokenizer.tokenize(fact.role ?? "").map(\.text))
            let claimedField = modifiers.filter { GeneralLexicon.portfolioFields.contains($0) && !roleWords.contains($0) }
            let actualField = roleWords.filter { GeneralLexicon.portfolioFields.contains($0) && !modifiers.contains($0) }
            if !claimedField.isEmpty, !actualField.isEmpty, matching.count == 1 {
                return checker.refuted(clause.text, units: units, fact: k,
                                       correction: "the article gives \(index.entityName(person)) as \(fact.role ?? "that position"): \(fact.statement)",
                                       reason: "the statement gives the position another field: '\(claimedField.joined(separator: " "))'")
            }
            guard let claimed = owner, let actual = fact.roleOf,
                  !matching.contains(where: { index.facts[$0].fact.roleOf.map { index.compatible(claimed, $0) || $0 == claimed } ?? true })
            else { return nil }
            return checker.refuted(clause.text, units: units, fact: k,
                                   correction: "the article gives \(index.entityName(person)) as \(fact.role ?? "that position") of \(index.entityName(actual)): \(fact.statement)",
                                   reason: "the statement gives the position to another organisation")
        }
        // "Callum Ashdown is Millbrook's captain" where "captain" names the one captain the
        // article has, Bay's Tomas Reyes: the title is someone else's. The same organisation's
        // is refuted; another's, or none, is not mentioned.
        if throughAlias, let k = units[r].roleFact.flatMap({ index.factIndexByID[$0] }), let holder = index.facts[k].fact.subject,
           !index.compatible(person, holder), !index.compatible(holder, person) {
            let fact = index.facts[k].fact
            if let claimed = owner, let actual = fact.roleOf, claimed == actual || index.compatible(claimed, actual) {
                return checker.refuted(clause.text, units: units, fact: k,
                                       correction: "the article gives \(fact.role ?? "that position") of \(index.entityName(actual)) to \(index.entityName(holder)): \(fact.statement)",
                                       reason: "the statement gives \(index.entityName(holder))'s position to \(index.entityName(person))")
            }
            return PartResult(text: clause.text, verdict: .notMentioned, evidence: [checker.evidenceItem(k, units: units)], correction: nil,
                              explanation: "the article gives the position '\(units[r].text)' to \(index.entityName(holder)), not to \(index.entityName(person))")
        }
        if throughAlias { return nil }
        // A fact of theirs may say it with a verb ("chairs", "leads").
        let own = units[r].readings.prefix(units[r].primaryReadings).filter { !$0.flipped }
        let saidWithAVerb = clause.candidates.prefix(8).contains { c in
            let f = index.facts[c.fact]
            return f.fact.subject.map { index.compatible(person, $0) } == true && own.contains { f.predicateConcepts.contains($0) }
        }
        if saidWithAVerb { return nil }
        let held = positions.compactMap { index.facts[$0].fact.role }
        return PartResult(text: clause.text, verdict: .notMentioned, evidence: positions.prefix(1).map { checker.evidenceItem($0, units: units) },
                          correction: nil,
                          explanation: held.isEmpty
                            ? "the article gives \(index.entityName(person)) no position as '\(units[r].text)'"
                            : "the article gives \(index.entityName(person)) as \(held.joined(separator: ", ")), not as '\(units[r].text)'")
    }

    /// Whether "PERSON is a NOUN" says what kind of person they are with a noun the article
    /// never puts next to them: "Drahos is a cleaner" where "a cleaner" stands only in his
    /// quote. A noun for a kind of person (in one of its two first WordNet senses), after "a" or
    /// "an" ("is British", "is female" say no kind with a noun). Where the article puts it within
    /// a few words of their name ("his wife, the cellist Anneliese"), the other rules decide.
    static func namesAKindOfPerson(_ units: [Unit], _ r: Int, _ head: String, _ index: BankIndex) -> Bool {
        guard r > 0, ["a", "an"].contains(units[r - 1].text), units[r].isWord, !units[r].text.contains(" "),
              WordNet.mayBePersonNoun(head), !head.hasSuffix("ed"),
              let person = units[..<r].last(where: { $0.entityID != nil })?.entityID else { return false }
        let stem = Stemmer.stem(head)
        return !index.sentences.contains { sentence in
            sentence.units.indices.contains { j in
                guard sentence.units[j].text.split(separator: " ").contains(where: { Stemmer.stem(String($0)) == stem }) else { return false }
                return sentence.units[max(0, j - 4)..<min(sentence.units.count, j + 5)].contains { u in
                    u.entityID.map { index.compatible($0, person) || index.compatible(person, $0) } == true
                }
            }
        }
    }

    /// Words after a title that say what or whom it is for ("spokeswoman on transport").
    static let rolePrepositions: Set<String> = ["on", "for", "of", "at", "in", "to"]

    /// A word that names a position: a title, or the last word of a position the bank gives.
    static func isTitle(_ word: String, _ index: BankIndex) -> Bool {
        if DraftWords.titles.contains(word) || GeneralLexicon.titleWords.contains(word) { return true }
        return index.positionFactsBySubject.values.contains { ks in
            ks.contains { k in Tokenizer.tokenize(index.facts[k].fact.role ?? "").last?.text == word }
        }
    }
}
