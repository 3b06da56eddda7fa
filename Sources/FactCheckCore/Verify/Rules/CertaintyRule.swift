/// Decides not mentioned when the article only hopes for, leaves open, plans or expects what
/// the statement says is so (bank field `certainty`), unless the statement is itself hedged.
///
/// Example: "The two sides found common ground." — the article only hopes they can.
struct CertaintyRule: CheckRule {
    let name = "certainty"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let fact = checker.index.facts[clause.best.fact].fact
        guard fact.certainty != .stated, !clause.isHedged else { return nil }
        let how: String
        switch fact.certainty {
        case .hoped: how = "only hopes for this"
        case .uncertain: how = "leaves this open"
        case .planned: how = "gives this only as planned"
        case .expected: how = "gives this only as expected"
        case .stated: how = "states this"
        }
        return PartResult(text: clause.text, verdict: .notMentioned,
                          evidence: [checker.evidenceItem(clause.best.fact, units: clause.units)], correction: nil,
                          explanation: "the article \(how): \(fact.statement)")
    }
}
