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
                || (clause.strangers.isEmpty && !checker.figuresOfNamed(clause.units, candidates: clause.candidates).isEmpty) else { return nil }
        return checker.checkValues(clause.text, units: clause.units, candidates: clause.candidates, context: clause.context)
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
