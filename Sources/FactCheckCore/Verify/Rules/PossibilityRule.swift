/// Decides not mentioned when a word of the statement is backed only by an article word given
/// as a possibility ("potentially providing"), and the statement says it is so.
///
/// Example: "China provided assistance to Russia." — the article has reports of China
/// *potentially* providing it.
struct PossibilityRule: CheckRule {
    let name = "possibility"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let index = checker.index
        let bestFact = index.facts[clause.best.fact].fact
        let sentence = index.sentences[bestFact.sentenceIndex]
        let units = clause.units
        guard sentence.units.contains(where: { GeneralLexicon.hedgeModifiers.contains($0.text) }), !clause.isHedged else { return nil }
        for i in clause.content where units[i].kind == .word && !units[i].neutral {
            var near = Set<String>()
            for k in BankIndex.neighbours(units, i) { for r in units[k].readings { near.insert(r.concept) } }
            let aligned = units[i].readings.prefix(units[i].primaryReadings).filter { !$0.flipped }
                .flatMap { checker.alignedUnits(concept: $0.concept, near: near, sentence: sentence) }
            guard !aligned.isEmpty, aligned.allSatisfy({ j in
                j > 0 && GeneralLexicon.hedgeModifiers.contains(sentence.units[j - 1].text)
            }) else { continue }
            let j = aligned[0]
            let phrase = sentence.units[j - 1].text + " " + sentence.units[j].text
            return PartResult(text: clause.text, verdict: .notMentioned,
                              evidence: [checker.evidenceItem(clause.best.fact, units: units)], correction: nil,
                              explanation: "the article gives this only as a possibility ('\(phrase)')")
        }
        return nil
    }
}
