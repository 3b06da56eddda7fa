/// Refutes a statement that denies what the article states, drops the article's "not", or
/// uses an opposite word (WordNet's antonyms, the lexicon's and the bank's). Gate: the clause
/// is closely about the article (`isCloselyAbout`), and the fact is stated, planned or expected,
/// not only hoped for or left open (unless the statement itself speaks of the hope). Facts with
/// another ordinal or year than one the statement gives are not compared.
///
/// Example: "Blinken praised China's support for Russia." — he expressed concern about it.
struct PolarityRule: CheckRule {
    let name = "polarity"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isCloselyAbout else { return nil }
        // What the article plans or expects is contradicted by its denial too ("fares will not
        // rise" against a planned rise); what it only hopes for or leaves open is not.
        let certainty = checker.index.facts[clause.best.fact].fact.certainty
        guard [.stated, .planned, .expected].contains(certainty) || clause.isHedged else { return nil }
        // A fact with another figure in the slot of one the statement gives is about another
        // thing ("I lost the ninth game" says nothing of who won the third).
        // (Ordinals and years only: a count may be read as part of another figure.)
        func identifying(_ u: Unit) -> Value? {
            guard !u.quoted, let v = u.value, v.kind == .ordinal || v.kind == .year else { return nil }
            return v
        }
        guard clause.units.contains(where: { identifying($0) != nil }) else {
            return checker.checkPolarity(clause.text, units: clause.units, facts: clause.contextFacts)
        }
        let claimed = clause.units.compactMap(identifying)
        func fits(_ k: Int) -> Bool {
            let theirs = checker.factValues(checker.index.facts[k])
            return !claimed.contains { v in
                theirs.contains { v.sameSlot($0) } && !theirs.contains { v.sameSlot($0) && v.agrees(with: $0) }
            }
        }
        // In its place, the fact of the same sentence that has the statement's figure ("won the
        // first and fourth rapid games": the fourth's fact for "did not win the fourth").
        var facts: [Int] = []
        for k in clause.contextFacts {
            let sentence = checker.index.sentences[checker.index.facts[k].fact.sentenceIndex].facts
            let g = fits(k) ? k : sentence.first { g in
                g != k && claimed.allSatisfy { v in checker.factValues(checker.index.facts[g]).contains { v.sameSlot($0) && v.agrees(with: $0) } }
            }
            if let g, !facts.contains(g) { facts.append(g) }
        }
        return checker.checkPolarity(clause.text, units: clause.units, facts: facts)
    }
}
