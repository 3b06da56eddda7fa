/// Refutes a comparison turned the other way: "more" where the article says "less" (or
/// "fewer"), "higher" for "lower", about the same word.
///
/// Example: "The vaccine was more effective against mild illness." — the article says it was
/// less effective.
struct ComparisonRule: CheckRule {
    let name = "comparison"

    /// Comparative words and the direction they point.
    static let directions: [String: Int] = [
        "more": 1, "greater": 1, "higher": 1, "larger": 1, "bigger": 1, "stronger": 1, "better": 1,
        "less": -1, "fewer": -1, "lower": -1, "smaller": -1, "weaker": -1, "worse": -1,
    ]

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isCloselyAbout else { return nil }
        let units = clause.units
        let fact = checker.index.facts[clause.best.fact]
        let sentence = checker.index.sentences[fact.fact.sentenceIndex].units
        for (i, u) in units.enumerated() {
            guard let direction = Self.directions[u.text], i + 1 < units.count else { continue }
            let compared = Set(units[i + 1].readings.filter { !$0.flipped }.map(\.concept))
            guard !compared.isEmpty else { continue }
            for (j, a) in sentence.enumerated() where j + 1 < sentence.count {
                guard let other = Self.directions[a.text], other != direction,
                      sentence[j + 1].readings.contains(where: { !$0.flipped && compared.contains($0.concept) }) else { continue }
                let negatedHere = u.negated != a.negated
                if negatedHere { continue }
                return checker.refuted(clause.text, units: units, fact: clause.best.fact,
                                       correction: "the article says '\(a.text) \(sentence[j + 1].text)': \(fact.fact.statement)",
                                       reason: "the comparison points the other way: '\(u.text)' for the article's '\(a.text)'")
            }
        }
        return nil
    }
}
