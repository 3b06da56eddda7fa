/// Decides supported: every claim of the clause is backed by the matched sentences and no rule
/// above found it at odds with them. Always decides, so it comes last.
///
/// Example: "Blinken met Wang Yi on Thursday."
struct SupportedRule: CheckRule {
    let name = "supported"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let claim = checker.claimConcepts(units)
        let evidence = clause.contextFacts.map { checker.evidenceItem($0, units: units, claim: claim) }
        let fixes = units.compactMap { u in u.correctedFrom.map { "'\($0)' read as '\(u.text)'" } } + clause.typos
        return PartResult(text: clause.text, verdict: .supported, evidence: evidence, correction: nil,
                          explanation: "the article states this"
                            + (clause.contextFacts.count > 1 ? " across \(clause.contextFacts.count) sentences" : "")
                            + (fixes.isEmpty ? "" : " (\(fixes.joined(separator: ", ")))"))
    }
}
