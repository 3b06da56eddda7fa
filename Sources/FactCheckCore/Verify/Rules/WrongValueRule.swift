/// Refutes a weekday, month, year, ordinal or quantity that differs from the value the matched
/// fact has in the same slot (a count of stops against a count of stops, never against a
/// length). Gate: everything else the clause says is backed (`isDatable`), or all but one word
/// the article uses elsewhere, when one sentence matches far better than any other, or a fact
/// about what the statement names gives a figure of its slot and backs the rest
/// (`figuresOfNamed`).
///
/// Example: "Blinken met Wang on Friday." — the article says Thursday.
struct WrongValueRule: CheckRule {
    let name = "value"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isDatable || Self.isDatableButForOneWord(clause, checker)
                || (clause.strangers.isEmpty && !checker.figuresOfNamed(clause.units, candidates: clause.candidates).isEmpty)
                || Self.isDatableInOneSentence(clause, checker) else { return nil }
        return checker.checkValues(clause.text, units: clause.units, candidates: clause.candidates, context: clause.context)
    }

    /// "Forward won 22 percent of the vote" where the article's sentence about the party says
    /// "Forward won 11.2 percent and 22 seats" and another sentence speaks of the vote: only the
    /// figure is backed nowhere, and one of the best-matching sentences backs every other word but
    /// one, which another sentence of the article gives.
    static func isDatableInOneSentence(_ clause: ClauseState, _ checker: StatementChecker) -> Bool {
        guard clause.strangers.isEmpty,
              clause.unexplainedUnits.contains(where: { clause.units[$0].value != nil }) else { return false }
        let index = checker.index
        let rest = clause.content.filter { clause.units[$0].value == nil && !clause.units[$0].quoted }
        guard rest.count >= 2 else { return false }
        func backs(_ s: Int, _ i: Int) -> Bool { checker.isCovered(clause.units[i], by: index.sentences[s].concepts) }
        // Every other word is in the article.
        guard rest.allSatisfy({ i in index.sentences.indices.contains { backs($0, i) } }) else { return false }
        let bestScore = clause.best.score
        var seen = Set<Int>()
        for c in clause.candidates.prefix(5) where c.score >= 0.5 * bestScore {
            let s = index.facts[c.fact].fact.sentenceIndex
            guard seen.insert(s).inserted else { continue }
            let missing = rest.filter { !backs(s, $0) }
            // The sentence gives a figure of the statement's slot of about its size ("$1.12" per
            // share is no figure of a $412 million profit).
            let figures = index.sentences[s].units.compactMap(\.value)
            guard clause.units.contains(where: { u in
                guard let v = u.value, !u.quoted else { return false }
                return figures.contains { w in
                    guard v.sameSlot(w) else { return false }
                    guard v.kind == .quantity, w.kind == .quantity, v.unit == w.unit, v.amount > 0, w.amount > 0 else { return true }
                    return max(v.amount, w.amount) / min(v.amount, w.amount) <= 100
                }
            }) else { continue }
            // (The word left over is no name, and the best-matching sentence has it.)
            let bestSentence = index.facts[clause.best.fact].fact.sentenceIndex
            if missing.isEmpty || missing.count == 1 && missing.count * 3 <= rest.count
                && missing.allSatisfy({ clause.units[$0].entityID == nil && s != bestSentence && backs(bestSentence, $0) }) {
                return true
            }
        }
        return false
    }

    /// "The hackers demanded a ransom of 6 million dollars" where the article's sentence says
    /// "the group demanded": one word besides the values is not in the matched sentence but is
    /// elsewhere in the article, and that sentence's fact stands well above any other sentence's,
    /// or the sentence before or after it in the same paragraph gives that word (`isContext`).
    static func isDatableButForOneWord(_ clause: ClauseState, _ checker: StatementChecker) -> Bool {
        guard clause.strangers.isEmpty else { return false }
        let words = clause.unexplainedUnits.filter { clause.units[$0].value == nil }
        guard words.count == 1, let w = words.first, clause.units[w].isWord,
              clause.unexplainedUnits.contains(where: { clause.units[$0].value != nil }),
              checker.index.sentences.contains(where: { s in clause.units[w].readings.contains { !$0.flipped && s.concepts.contains($0) } })
        else { return false }
        let index = checker.index
        let bestSentence = index.facts[clause.best.fact].fact.sentenceIndex
        if checker.isContext(clause.units[w], in: clause.text, of: bestSentence) { return true }
        let rival = clause.candidates.first { index.facts[$0.fact].fact.sentenceIndex != bestSentence }?.score ?? 0
        return clause.best.score >= 1.5 * rival
    }
}
