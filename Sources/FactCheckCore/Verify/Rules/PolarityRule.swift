/// Refutes a statement that denies what the article states, drops the article's "not", or
/// uses an opposite word (WordNet's antonyms, the lexicon's and the bank's). Gate: the clause
/// is closely about the article (`isCloselyAbout`), or about it (`isAboutTheArticle`) with its
/// unexplained claims all in a phrase after a preposition (`inAnAdjunct`) or telling how often
/// (`tellsHowOften`: "has flown several times since" against "has not flown since") and naming the
/// matched fact's subject; and the fact is stated, planned or expected,
/// not only hoped for or left open (unless the statement itself speaks of the hope). Facts with
/// another ordinal or year than one the statement gives are not compared.
///
/// Example: "Blinken praised China's support for Russia." — he expressed concern about it.
struct PolarityRule: CheckRule {
    let name = "polarity"

    /// Whether the unit at `k` is in a phrase after a preposition, past function words and
    /// other unexplained units only ("to the vote").
    static func inAnAdjunct(_ k: Int, _ units: [Unit], unexplained: [Int]) -> Bool {
        var j = k - 1
        while j >= 0 {
            if StatementChecker.prepositions.contains(units[j].text) { return true }
            guard !units[j].isContent || unexplained.contains(j) else { return false }
            j -= 1
        }
        return false
    }

    /// Whether the unit at `k` says how often ("several times", "twice", "repeatedly"): a word
    /// that only adds to a deed that took place, so it leaves a denial of the deed a denial.
    static func tellsHowOften(_ k: Int, _ units: [Unit]) -> Bool {
        let word = units[k].text
        if GeneralLexicon.frequencyWords.contains(word) { return true }
        if word == "times" { return k > 0 && (units[k - 1].value != nil || GeneralLexicon.frequencyCounts.contains(units[k - 1].text)) }
        return GeneralLexicon.frequencyCounts.contains(word) && k + 1 < units.count && units[k + 1].text == "times"
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        // A quarter of the claims unexplained is allowed when they are all in a phrase after a
        // preposition (an adjunct: "reacted nervously to the vote") and the statement names the
        // matched fact's own subject.
        // Words telling how often count as such a phrase, however many.
        if !clause.isCloselyAbout {
            let unexplained = clause.unexplainedUnits
            let rest = unexplained.filter { !Self.tellsHowOften($0, clause.units) }
            guard clause.isAboutTheArticle || clause.strangers.isEmpty && rest.isEmpty,
                  let subject = checker.index.facts[clause.best.fact].fact.subject,
                  clause.units.contains(where: { u in !u.quoted && u.entityID.map { checker.index.compatible($0, subject) } == true }),
                  rest.allSatisfy({ Self.inAnAdjunct($0, clause.units, unexplained: unexplained) })
            else { return nil }
        }
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
