/// Refutes a cause the article gives to something else: the statement's "because of X" where
/// the matched fact says "because of Y", and X is what another part of the article is about.
/// Gate: every word before the cause is the fact's (its evidence or its `what`), and the
/// cause's words are the article's, though not this fact's.
///
/// Example: "The first attempt was called off because of a fuel leak." — the article calls
/// off the first attempt because of high winds; the fuel leak halted the second.
struct CauseRule: CheckRule {
    let name = "cause"

    /// Words that give a cause after them.
    static let markers: Set<String> = ["because of", "due to", "owing to", "thanks to", "as a result of", "because"]

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.strangers.isEmpty else { return nil }
        let units = clause.units
        guard let marker = Self.marker(in: units) else { return causeAsDoer(clause, checker) }
        let cause = Self.causeWords(units, after: marker)
        let before = clause.content.filter { $0 < marker }
        guard !cause.isEmpty, !before.isEmpty else { return nil }
        let index = checker.index
        // The cause's words are said somewhere in the article.
        guard cause.allSatisfy({ i in index.sentences.contains { s in units[i].readings.contains { !$0.flipped && s.concepts.contains($0) } } })
        else { return nil }
        for candidate in clause.candidates.prefix(8) {
            let f = index.facts[candidate.fact]
            let evidence = Array(index.sentences[f.fact.sentenceIndex].units[f.unitRange])
            guard let m = Self.marker(in: evidence) else { continue }
            let given = Self.causeWords(evidence, after: m)
            guard !given.isEmpty else { continue }
            let values = checker.factValues(f)
            let sentenceConcepts = index.sentences[f.fact.sentenceIndex].concepts
            let backs = before.allSatisfy { i in
                if let value = units[i].value { return values.contains { value.agrees(with: $0) } }
                // A word the sentence does not have comes from its context ("the first launch
                // attempt" after a sentence about the launch), not from another fact of it.
                if !units[i].readings.contains(where: { !$0.flipped && sentenceConcepts.contains($0) }) { return true }
                return units[i].readings.contains { !$0.flipped && f.describes($0) }
            }
            guard backs else { continue }
            let givenUnits = given.map { evidence[$0] }
            if cause.contains(where: { StatementChecker.shares(units[$0], givenUnits) }) { return nil }
            let named = given.map { evidence[$0].text }.joined(separator: " ")
            return checker.refuted(clause.text, units: units, fact: candidate.fact,
                                   correction: "the article gives another cause, \(named): \(f.fact.statement)",
                                   reason: "the cause is another one: \(f.fact.statement)")
        }
        return nil
    }

    /// "High winds halted the second attempt" where the article calls off the first attempt
    /// because of high winds and halts the second when a leak is found: the words before the
    /// verb are, all of them, the cause one fact gives, and another fact of that sentence, whose
    /// own words hold none of them, is the one that says the verb.
    func causeAsDoer(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        guard let verb = units.indices.first(where: { units[$0].isWord && !units[$0].neutral && ClauseState.isPastVerb(units, $0) }),
              verb > 0 else { return nil }
        let doer = (0..<verb).filter { units[$0].isContent }
        guard !doer.isEmpty, doer.allSatisfy({ units[$0].isWord }) else { return nil }
        func holds(_ list: [Unit], _ i: Int) -> Bool { StatementChecker.shares(units[i], list) }
        func evidence(_ k: Int) -> [Unit] {
            let f = index.facts[k]
            return Array(index.sentences[f.fact.sentenceIndex].units[f.unitRange])
        }
        let candidates = clause.candidates.prefix(8).map(\.fact)
        for g in candidates {
            let deed = evidence(g)
            guard holds(deed, verb), !doer.contains(where: { holds(deed, $0) }) else { continue }
            for k in candidates where k != g && index.facts[k].fact.sentenceIndex == index.facts[g].fact.sentenceIndex {
                let words = evidence(k)
                guard let m = Self.marker(in: words) else { continue }
                let cause = Self.causeWords(words, after: m).map { words[$0] }
                guard !cause.isEmpty, doer.allSatisfy({ holds(cause, $0) }) else { continue }
                // The rest of the statement is about the other event, not the cause's own one
                // ("high winds halted the first attempt" is the first attempt's cause).
                let rest = clause.content.filter { $0 > verb }
                let causeOnly = rest.filter { holds(words, $0) && !holds(deed, $0) }.count
                let deedOnly = rest.filter { holds(deed, $0) && !holds(words, $0) }.count
                if causeOnly > deedOnly { continue }
                let f = index.facts[k].fact
                return checker.refuted(clause.text, units: units, fact: k, also: [g],
                                       correction: "the article gives that cause to another event: \(f.statement)",
                                       reason: "the cause is another event's: \(f.statement)")
            }
        }
        return nil
    }

    /// The first cause marker outside quotes, as one unit ("because of") or as two ("because", "of").
    static func marker(in units: [Unit]) -> Int? {
        units.indices.first { i in
            guard !units[i].quoted else { return false }
            if units[i].text == "because" { return i + 1 < units.count && units[i + 1].text == "of" }
            return markers.contains(units[i].text)
        }
    }

    /// The content words of the cause: up to four, to the end of the clause or its next comma.
    static func causeWords(_ units: [Unit], after marker: Int) -> [Int] {
        var i = marker + 1
        if units[marker].text == "because", i < units.count, units[i].text == "of" { i += 1 }
        var words: [Int] = []
        while i < units.count, words.count < 4 {
            if units[i].isContent, units[i].isWord { words.append(i) }
            if units[i].boundaryAfter { break }
            i += 1
        }
        return words
    }
}
