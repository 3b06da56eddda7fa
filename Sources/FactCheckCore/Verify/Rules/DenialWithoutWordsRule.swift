/// Decides not mentioned when a statement reports someone denying something and the article
/// reports no words of theirs at all.
///
/// Example: "Navalny denied the reports." — the article quotes and reports Blinken and Wang,
/// never Navalny.
struct DenialWithoutWordsRule: CheckRule {
    let name = "denial"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        guard let cue = units.firstIndex(where: { $0.isNegation && $0.text.hasPrefix("den") }),
              let agentIndex = checker.agent(of: cue, in: units, saying: false),
              let agentID = units[agentIndex].entityID else { return nil }
        let index = checker.index
        let speaks = (index.factsBySubject[agentID] ?? []).contains { index.facts[$0].predicateConcepts.contains(checker.sayConceptID) }
        guard !speaks else { return nil }
        return PartResult(text: clause.text, verdict: .notMentioned, evidence: [], correction: nil,
                          explanation: "the article does not report \(index.entityName(agentID)) denying anything")
    }
}
