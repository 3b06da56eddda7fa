/// Refutes words given to one source when the article reports them from another, and the
/// statement was pieced together from two sentences: one that names the statement's source and
/// another that reports what it says from someone else. Gate: the reported words (all but perhaps
/// a date) are backed by a sentence that reports them from a named other, whom the statement
/// does not name.
///
/// Example: "Sarmitia's statistics office said Dravonian dairy exports fell by 38 percent." —
/// the office reports steel exports; the Dravonian Dairy Board reports the fall in dairy exports.
struct PiecedReportRule: CheckRule {
    let name = "pieced-report"

    /// Where a text reports something: the reporting word's index, its source's index, and
    /// whether the report follows ("X said ...") or precedes it ("..., according to X").
    static func report(_ units: [Unit], _ checker: StatementChecker) -> (at: Int, source: Int, after: Bool)? {
        for r in units.indices where !units[r].quoted && !units[r].negated {
            let saying = units[r].text == "according to" || StatementChecker.reportingVerbs.contains(units[r].text)
                || units[r].isWord && units[r].readings.contains(Reading(StatementChecker.sayConcept))
            guard saying, let source = checker.agent(of: r, in: units, saying: true), units[source].entityID != nil else { continue }
            return (r, source, units[r].text != "according to" && source < r)
        }
        return nil
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.usedSentences.count >= 2 else { return nil }
        let units = clause.units
        guard let mine = Self.report(units, checker), let claimed = units[mine.source].entityID else { return nil }
        let index = checker.index
        let reported = clause.content.filter { mine.after ? $0 > mine.at : $0 < mine.at && $0 != mine.source }
        guard reported.count >= 2 else { return nil }
        for s in clause.usedSentences {
            let sentence = index.sentences[s]
            // The sentence that holds the reported words, without the statement's source.
            // (All of them but perhaps one, a date the other sentence gives: "in 2025".)
            let missing = reported.filter { !checker.isCovered(units[$0], by: sentence.concepts) }
            guard missing.isEmpty || missing.count == 1 && units[missing[0]].value != nil && reported.count >= 3,
                  let theirs = Self.report(sentence.units, checker), let source = sentence.units[theirs.source].entityID,
                  !index.compatible(source, claimed), !index.compatible(claimed, source),
                  !units.contains(where: { u in u.entityID.map { index.compatible($0, source) || index.compatible(source, $0) } == true }),
                  let fact = sentence.facts.first else { continue }
            return checker.refuted(clause.text, units: units, fact: fact,
                                   correction: "the article has this from \(index.entityName(source)), not \(index.entityName(claimed)): \(index.facts[fact].fact.statement)",
                                   reason: "the statement gives what \(index.entityName(source)) reports to \(index.entityName(claimed))")
        }
        return nil
    }
}
