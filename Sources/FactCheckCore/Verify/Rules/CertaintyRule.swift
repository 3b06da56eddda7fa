/// Decides what a statement about something the article does not state as done gets (bank
/// field `certainty`): what the article only hopes for or leaves open is not mentioned as a
/// fact, unless the statement is itself hedged; what it plans or expects backs a statement
/// about the future or the plan, and refutes one that says it has already happened (with
/// "already", also when the best-matching sentence is a headline that states the plan as news).
///
/// Examples: "The two sides found common ground." — the article only hopes they can (not
/// mentioned). "The first phase opened in 2028." — the article says it is planned to open
/// then (refuted). "The first phase will open in 2028." — supported.
struct CertaintyRule: CheckRule {
    let name = "certainty"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let index = checker.index
        var chosen = clause.best.fact
        // "has already closed": a plan of the same action told in another sentence ("to shut"
        // in a headline, "said it would close" in the body) is the article's word on it.
        let already = clause.units.contains { $0.text == "already" && !$0.quoted }
        if already, index.facts[chosen].fact.certainty == .stated {
            if let planned = clause.candidates.prefix(4).first(where: { c in
                let f = index.facts[c.fact]
                return c.score >= 0.8 * clause.best.score && (f.fact.certainty == .planned || f.fact.certainty == .expected)
                    && clause.units.contains { u in u.kind == .word && u.readings.contains { !$0.flipped && f.predicateConcepts.contains($0) } }
            }) { chosen = planned.fact }
        }
        let fact = index.facts[chosen].fact
        var evidence: [EvidenceItem] { [checker.evidenceItem(chosen, units: clause.units)] }
        switch fact.certainty {
        case .stated:
            return nil
        case .hoped, .uncertain:
            guard !clause.isHedged else { return nil }
            let how = fact.certainty == .hoped ? "only hopes for this" : "leaves this open"
            return PartResult(text: clause.text, verdict: .notMentioned, evidence: evidence, correction: nil,
                              explanation: "the article \(how): \(fact.statement)")
        case .planned, .expected:
            // "already" says it is done, whatever else speaks of a plan ("its next sale").
            guard already || !clause.speaksOfTheFuture, clause.saysItHappened else { return nil }
            // "Lind spoke on Tuesday." against "Lind said on Tuesday that the company would
            // appeal": the saying happened; only what was said is planned.
            if fact.category == .speaker, Self.speaksOfTheSayingOnly(clause) { return nil }
            let how = fact.certainty == .planned ? "planned" : "expected"
            return PartResult(text: clause.text, verdict: .refuted, evidence: evidence,
                              correction: "the article gives this as \(how), not as done: \(fact.statement)",
                              explanation: "the statement says it has happened; the article says it is \(how)")
        }
    }

    /// Whether the clause's only content words are words for speaking ("spoke", "said").
    static func speaksOfTheSayingOnly(_ clause: ClauseState) -> Bool {
        let words = clause.units.filter { $0.isWord && !$0.neutral }
        return !words.isEmpty && words.allSatisfy { GeneralLexicon.speakingWords.contains($0.text.lowercased()) }
    }
}
