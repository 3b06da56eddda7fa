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
        // A denial that nothing denies in the article ("National Renewal did not win 14.1 percent"
        // where the article gives it 14.1 percent, with no verb the denial could meet): no rule
        // found the contradiction, but the article does not back the "not".
        let index = checker.index
        // (A verb's "not" or "never" only: "if no deal is reached" sets a condition.)
        if units.contains(where: { u in u.isNegation && !u.quoted && ["not", "never", "n't", "cannot"].contains(u.text) }),
           let first = clause.contextFacts.first {
            // (The statement's own saying, its first: not "Okonjo said the board is not saying ...".)
            let deniesSaying = units.firstIndex { !$0.quoted && $0.readings.contains(Reading(StatementChecker.sayConcept)) }
                .map { i in i > 0 && units[i - 1].isNegation && !units[i - 1].quoted } ?? false
            let undenied = clause.contextFacts.allSatisfy { k in
                let f = index.facts[k]
                // (Where the statement denies the saying itself, "Okonjo did not say: ...", a denial
                // inside the article's quote is the speaker's, not a denial of the saying.)
                return f.fact.positive && !index.sentences[f.fact.sentenceIndex].units[f.unitRange].contains { $0.isNegation && !(deniesSaying && $0.quoted) }
            }
            // "Carrow did not refuse" where the article says "Carrow refused": the statement denies
            // the article's own verb of denial.
            let deniedDenials = units.indices.filter { i in
                i > 0 && units[i].isNegation && !units[i].quoted && !StatementChecker.plainNegations.contains(units[i].text)
                    && units[max(0, i - 2)..<i].contains { ["not", "never", "n't"].contains($0.text) }
            }.map { Stemmer.stem(units[$0].text) }
            let deniesTheDenial = !deniedDenials.isEmpty && clause.contextFacts.contains { k in
                let f = index.facts[k]
                let words = index.sentences[f.fact.sentenceIndex].units[f.unitRange]
                return words.indices.contains { j in
                    words[j].isNegation && deniedDenials.contains(Stemmer.stem(words[j].text))
                        && !words[max(words.startIndex, j - 2)..<j].contains { $0.isNegation }
                }
            }
            if undenied || deniesTheDenial {
                return checker.refuted(clause.text, units: units, fact: first, also: Array(clause.contextFacts.dropFirst()),
                                       correction: "the article says: \(index.facts[first].fact.statement)",
                                       reason: "the statement denies what the article states")
            }
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
