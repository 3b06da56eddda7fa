/// Decides supported: every claim of the clause is backed by the matched sentences and no rule
/// above found it at odds with them. Always decides, so it comes last.
///
/// Example: "Blinken met Wang Yi on Thursday."
struct SupportedRule: CheckRule {
    let name = "supported"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        // What the later sentence tells happened in another place than the statement's.
        if let (fact, place) = clause.otherPlace, let named = checker.index.entityByID[place]?.name,
           let said = units.lazy.compactMap({ u in u.entityID.flatMap { checker.index.entityByID[$0] } }).first(where: { $0.type == .place }) {
            return checker.refuted(clause.text, units: units, fact: fact,
                                   correction: "the article gives \(TextFolding.sanitizeForTerminal(named)), not \(TextFolding.sanitizeForTerminal(said.name))",
                                   reason: "the article sets this in another place: \(checker.index.facts[fact].fact.statement)")
        }
        let claim = checker.claimConcepts(units)
        let evidence = clause.contextFacts.map { checker.evidenceItem($0, units: units, claim: claim) }
        let fixes = units.compactMap { u in u.correctedFrom.map { "'\($0)' read as '\(u.text)'" } } + clause.typos
        return PartResult(text: clause.text, verdict: .supported, evidence: evidence, correction: nil,
                          explanation: "the article states this"
                            + (clause.contextFacts.count > 1 ? " across \(clause.contextFacts.count) sentences" : "")
                            + (fixes.isEmpty ? "" : " (\(fixes.joined(separator: ", ")))"))
    }
}
