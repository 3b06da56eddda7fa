/// Refutes a position given to the wrong person, with the wrong country or body in front of
/// it, or denied.
///
/// Example: "Wang Yi is the US Secretary of State." — the article gives that title to Blinken.
struct PositionRule: CheckRule {
    let name = "position"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        checker.checkRoles(clause.text, units: clause.units)
    }
}
