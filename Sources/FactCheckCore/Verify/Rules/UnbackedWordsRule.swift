/// Decides not mentioned when some claim of the clause is backed by no sentence of the article
/// and no rule above found a contradiction.
///
/// Example: "Blinken and Wang discussed North Korea." — the article says nothing of North Korea.
struct UnbackedWordsRule: CheckRule {
    let name = "unbacked"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard !clause.uncovered.isEmpty else { return nil }
        return checker.notMentioned(clause.text, units: clause.units, uncovered: clause.uncovered, context: clause.contextFacts)
    }
}
