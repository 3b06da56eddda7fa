/// Decides a statement that reports someone denying something: refuted when the article gives
/// that very denial to someone else, not mentioned when it reports no words of theirs at all.
///
/// Examples: "Navalny denied the reports." — the article quotes and reports Blinken and Wang,
/// never Navalny (not mentioned). "Santek denied that the aid was linked to the deal." — the
/// article's spokeswoman Brandt denied it (refuted).
struct DenialWithoutWordsRule: CheckRule {
    let name = "denial"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        guard let cue = units.firstIndex(where: { $0.isNegation && ["den", "reject", "dismiss"].contains(where: $0.text.hasPrefix) }),
              let agentIndex = checker.agent(of: cue, in: units, saying: false),
              let agentID = units[agentIndex].entityID else { return nil }
        let index = checker.index
        if let swapped = wrongDenier(clause, checker, agent: agentIndex, cue: cue) { return swapped }
        // A fact whose predicate is itself a denial ("deny") is words of theirs.
        let speaks = (index.factsBySubject[agentID] ?? []).contains { f in
            index.facts[f].predicateConcepts.contains(checker.sayConceptID) || Self.isDenial(index.facts[f].fact)
        }
        guard !speaks else { return nil }
        return PartResult(text: clause.text, verdict: .notMentioned, evidence: [], correction: nil,
                          explanation: "the article does not report \(index.entityName(agentID)) denying anything")
    }

    /// The best fact (or a denial of its sentence close behind) is a denial by someone other than the statement's denier, and the rest of
    /// the statement is what was denied: every other content word is in that fact's sentence,
    /// at least one of them a word, and the denier has no denial of their own in the article.
    private func wrongDenier(_ clause: ClauseState, _ checker: StatementChecker, agent a: Int, cue: Int) -> PartResult? {
        let index = checker.index
        // The best fact, or a denial of its sentence that ranks close behind it ("Tulloch denied
        // claims by the union that ..." where the union's claim ranks first), or a denial of
        // the sentence before or after that ranks nearly as well ("The agency denied that the debris came
        // from Vantor-2" where the agency traced the debris to Vantor-2 and Skylance denied it).
        let sentence = index.facts[clause.best.fact].fact.sentenceIndex
        guard let denial = clause.candidates.prefix(3).first(where: { c in
            let s = index.facts[c.fact].fact.sentenceIndex
            return (s == sentence || abs(s - sentence) == 1 && c.score >= 0.75 * clause.best.score) && Self.isDenial(index.facts[c.fact].fact)
        }) else { return nil }
        let best = index.facts[denial.fact]
        guard let subject = best.fact.subject, let claimed = clause.units[a].entityID,
              !index.compatible(claimed, subject), !index.compatible(subject, claimed),
              let type = index.entityByID[claimed]?.type, [.person, .organisation, .group, .country].contains(type),
              clause.uncovered.allSatisfy({ $0 == a }),
              !(index.factsBySubject[claimed] ?? []).contains(where: { Self.isDenial(index.facts[$0].fact) }) else { return nil }
        let others = clause.content.filter { $0 != a && $0 != cue }
        let words = others.filter { clause.units[$0].isWord }
        guard !words.isEmpty,
              words.contains(where: { i in clause.units[i].readings.contains { !$0.flipped && best.concepts.contains($0) } })
        else { return nil }
        return checker.refuted(clause.text, units: clause.units, fact: denial.fact,
                               correction: "the article says \(index.entityName(subject)), not \(index.entityName(claimed)): \(best.fact.statement)",
                               reason: "the statement gives \(index.entityName(subject))'s denial to \(index.entityName(claimed))")
    }

    /// Whether a fact's predicate is a denial ("deny", "denied").
    static func isDenial(_ fact: Fact) -> Bool {
        fact.predicate?.lowercased().split(separator: " ").first.map { $0.hasPrefix("den") } ?? false
    }
}
