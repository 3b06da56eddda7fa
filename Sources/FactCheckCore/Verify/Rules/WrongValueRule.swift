/// Refutes a weekday, month, year, ordinal or quantity that differs from the value the matched
/// fact has in the same slot (a count of stops against a count of stops, never against a
/// length). Gate: everything else the clause says is backed (`isDatable`).
///
/// Example: "Blinken met Wang on Friday." — the article says Thursday.
struct WrongValueRule: CheckRule {
    let name = "value"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isDatable else { return nil }
        return checker.checkValues(clause.text, units: clause.units, candidates: clause.candidates, context: clause.context)
    }
}
