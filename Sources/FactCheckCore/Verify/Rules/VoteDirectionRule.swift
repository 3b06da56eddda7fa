/// Refutes a vote turned the other way: "against" where the article has the same vote "in
/// favour of" the same thing, or "for" / "to" where it has "against". The thing voted on must
/// be the same in both (a shared word or name after the direction). Gate: the clause is closely
/// about the matched sentences.
///
/// Example: "Councillors voted 31 to 12 against the plan." — the article says 31 to 12 in
/// favour of the plan.
struct VoteDirectionRule: CheckRule {
    let name = "direction"

    static let voteWords: Set<String> = ["vote", "votes", "voted", "voting", "balloted"]

    /// Each vote in `units` that says which way it went: its direction (+1 for, -1 against), the
    /// words that say so, and the units after them that say what it was on.
    static func directions(_ units: [Unit]) -> [(sign: Int, marker: String, object: ArraySlice<Unit>)] {
        var result: [(Int, String, ArraySlice<Unit>)] = []
        for (i, u) in units.enumerated() where voteWords.contains(u.text) && !u.quoted {
            var j = i + 1
            // Past the count and the day: "voted 31 to 12", "voted unanimously on Monday".
            while j < units.count, j <= i + 8 {
                let t = units[j].text
                if units[j].value != nil || ["by", "unanimously", "narrowly", "overwhelmingly", "on", "votes"].contains(t) { j += 1; continue }
                if t == "to", j + 1 < units.count, units[j + 1].value != nil { j += 1; continue }
                break
            }
            guard j < units.count else { continue }
            let t = units[j].text
            var sign: Int?, markerEnd = j + 1
            if t == "against" { sign = -1 }
            else if t == "for" { sign = 1 }
            else if t == "in", j + 1 < units.count, ["favour", "favor", "support"].contains(units[j + 1].text) {
                sign = 1
                markerEnd = j + 2 < units.count && units[j + 2].text == "of" ? j + 3 : j + 2
            } else if t == "to", j + 1 < units.count, units[j + 1].isWord { sign = 1 }
            guard var s = sign else { continue }
            if u.negated { s = -s }
            // "to return": the verb says what the vote was for.
            let shown = t == "to" ? min(j + 2, units.count) : min(markerEnd, units.count)
            let marker = units[j..<shown].map(\.text).joined(separator: " ")
            let objectStart = t == "to" ? j + 1 : markerEnd
            result.append((s, marker, units[min(objectStart, units.count)..<min(objectStart + 4, units.count)]))
        }
        return result
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isCloselyAbout else { return nil }
        let mine = Self.directions(clause.units)
        guard !mine.isEmpty else { return nil }
        for factIndex in clause.contextFacts {
            let fact = checker.index.facts[factIndex]
            let sentence = checker.index.sentences[fact.fact.sentenceIndex].units
            for theirs in Self.directions(sentence) {
                for claim in mine where claim.sign != theirs.sign {
                    // The same thing voted on: a shared concept among the first content words after it.
                    let claimed = Set(claim.object.filter(\.isContent).flatMap { $0.readings.filter { !$0.flipped }.map(\.concept) })
                    let same = theirs.object.filter(\.isContent).contains { a in a.readings.contains { !$0.flipped && claimed.contains($0.concept) } }
                    guard same else { continue }
                    return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                           correction: "the article says the vote was '\(theirs.marker)': \(fact.fact.statement)",
                                           reason: "the vote goes the other way: '\(claim.marker)' for the article's '\(theirs.marker)'")
                }
            }
        }
        return nil
    }
}
