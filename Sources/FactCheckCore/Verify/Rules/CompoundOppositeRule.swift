/// Refutes a compound word whose first part is the opposite of the article's for the same second
/// part: "an in-competition test" where the article has "an out-of-competition test",
/// "pre-tax" for "post-tax", "full-time" for "part-time". Gate: the article's sentence the clause
/// is matched to has the other compound, and no sentence of the article has the statement's.
///
/// Example: "Tolliver tested positive in an in-competition test." — the test was out of competition.
struct CompoundOppositeRule: CheckRule {
    let name = "compound-opposite"

    /// First parts of compounds that say opposite things of the same second part.
    static let opposites: [(String, String)] = [
        ("in", "out-of"), ("pre", "post"), ("full", "part"), ("over", "under"), ("on", "off"), ("up", "down"),
        ("pro", "anti"), ("inbound", "outbound"), ("upstream", "downstream"), ("above", "below"), ("in", "out"),
    ]

    /// The compounds of a text: first part and second part, lower-cased ("out-of", "competition").
    static func compounds(_ text: String) -> [(first: String, second: String)] {
        var result: [(String, String)] = []
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        for word in words where word.contains("-") {
            let parts = word.split(separator: "-").map(String.init)
            guard parts.count >= 2, let second = parts.last, second.count >= 3 else { continue }
            result.append((parts.dropLast().joined(separator: "-"), second))
        }
        return result
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.text.contains("-") else { return nil }
        let mine = Self.compounds(clause.text)
        guard !mine.isEmpty else { return nil }
        let sentences = checker.index.bank.article.sentences
        for claim in mine {
            let theirs = Self.opposites.compactMap { pair -> String? in
                pair.0 == claim.first ? pair.1 : pair.1 == claim.first ? pair.0 : nil
            }
            guard !theirs.isEmpty else { continue }
            for factIndex in clause.contextFacts {
                let fact = checker.index.facts[factIndex].fact
                guard fact.sentenceIndex < sentences.count,
                      let other = Self.compounds(sentences[fact.sentenceIndex].text).first(where: { $0.second == claim.second && theirs.contains($0.first) }),
                      !sentences.contains(where: { s in s.text.contains("-") && Self.compounds(s.text).contains { $0 == claim } }) else { continue }
                return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                       correction: "the article says \(other.first)-\(other.second), not \(claim.first)-\(claim.second): \(fact.statement)",
                                       reason: "'\(claim.first)-\(claim.second)' says the opposite of the article's '\(other.first)-\(other.second)'")
            }
        }
        return nil
    }
}
