/// Refutes a comparison turned the other way: "more" where the article says "less" (or
/// "fewer"), "higher" for "lower", about the same word.
///
/// Also a superlative said outright where the article ranks it: "the highest" for the
/// article's "the second-highest".
///
/// Example: "The vaccine was more effective against mild illness." — the article says it was
/// less effective.
struct ComparisonRule: CheckRule {
    let name = "comparison"

    /// Comparative words and the direction they point.
    static let directions: [String: Int] = [
        "more": 1, "greater": 1, "higher": 1, "larger": 1, "bigger": 1, "stronger": 1, "better": 1,
        "less": -1, "fewer": -1, "lower": -1, "smaller": -1, "weaker": -1, "worse": -1,
    ]

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        if let counted = comparedCounts(clause, checker) { return counted }
        if let swapped = swappedSides(clause, checker) { return swapped }
        guard clause.isCloselyAbout else { return nil }
        if let ranked = rankedSuperlative(clause, checker) { return ranked }
        let units = clause.units
        let fact = checker.index.facts[clause.best.fact]
        let sentence = checker.index.sentences[fact.fact.sentenceIndex].units
        for (i, u) in units.enumerated() {
            guard let direction = Self.directions[u.text], i + 1 < units.count else { continue }
            let compared = Set(units[i + 1].readings.filter { !$0.flipped }.map(\.concept))
            guard !compared.isEmpty else { continue }
            for (j, a) in sentence.enumerated() where j + 1 < sentence.count {
                guard let other = Self.directions[a.text], other != direction else { continue }
                func comparesIt(_ k: Int) -> Bool { sentence[k].readings.contains(where: { !$0.flipped && compared.contains($0.concept) }) }
                // "more performances" against "fewer performances", or against "190 performances,
                // fewer than this year", where the thing compared comes before.
                let before = sentence[j + 1].text == "than" && sentence[max(0, j - 3)..<j].indices.contains(where: comparesIt)
                guard comparesIt(j + 1) || before else { continue }
                let negatedHere = u.negated != a.negated
                if negatedHere { continue }
                return checker.refuted(clause.text, units: units, fact: clause.best.fact,
                                       correction: "the article says '\(a.text) \(sentence[j + 1].text)': \(fact.fact.statement)",
                                       reason: "the comparison points the other way: '\(u.text)' for the article's '\(a.text)'")
            }
        }
        return nil
    }

    /// "wages were rising faster than private rents" where the article has "private rents were
    /// rising faster than wages": the same comparison with its two sides the other way round.
    func swappedSides(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        guard let t = units.firstIndex(where: { $0.text == "than" && !$0.quoted }), t >= 2, t + 1 < units.count else { return nil }
        let c = units[t - 1].isWord || units[t - 1].text == "more" || units[t - 1].text == "less" ? t - 1 : t - 2
        guard c >= 1, !units[c].negated else { return nil }
        let comparative = units[c].text
        func content(_ list: [Unit], _ range: Range<Int>) -> [Unit] {
            list[range].filter { ($0.isWord && !$0.neutral) || $0.entityID != nil }
        }
        let left = Array(content(units, 0..<c).suffix(4))
        let right = Array(content(units, (t + 1)..<units.count).prefix(4))
        guard !left.isEmpty, !right.isEmpty else { return nil }
        for k in clause.candidates.prefix(3).map(\.fact) {
            let fact = checker.index.facts[k]
            let sentence = checker.index.sentences[fact.fact.sentenceIndex].units
            for t2 in sentence.indices where sentence[t2].text == "than" && t2 >= 2 && t2 + 1 < sentence.count {
                guard let c2 = [t2 - 1, t2 - 2].first(where: { sentence[$0].text == comparative }), !sentence[c2].negated else { continue }
                let theirLeft = Array(content(sentence, max(0, c2 - 8)..<c2).suffix(4))
                let theirRight = Array(content(sentence, (t2 + 1)..<sentence.count).prefix(4))
                func only(_ u: Unit, in a: [Unit], notIn b: [Unit]) -> Bool {
                    StatementChecker.shares(u, a) && !StatementChecker.shares(u, b)
                }
                guard right.contains(where: { only($0, in: theirLeft, notIn: theirRight) }),
                      left.contains(where: { only($0, in: theirRight, notIn: theirLeft) }) else { continue }
                return checker.refuted(clause.text, units: units, fact: k,
                                       correction: "the article has it the other way round: \(fact.fact.statement)",
                                       reason: "the two sides of '\(comparative) than' are swapped")
            }
        }
        return nil
    }

    /// "Velmaria will release more prisoners than Kestova" where the article has Kestova release
    /// 28 and Velmaria 18: the two counts the article gives each of them for what the statement
    /// compares (every word between the first name and "than" backs the fact), the wrong way round.
    func comparedCounts(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        guard clause.strangers.isEmpty,
              let t = units.firstIndex(where: { $0.text == "than" && !$0.quoted }),
              let other = units[(t + 1)...].first(where: { $0.entityID != nil })?.entityID,
              let c = units[..<t].lastIndex(where: { Self.directions[$0.text] != nil }),
              let direction = Self.directions[units[c].text], !units[c].negated,
              let a = units[..<c].firstIndex(where: { $0.entityID != nil && !$0.quoted }),
              let mine = units[a].entityID, mine != other else { return nil }
        let words = ((a + 1)..<t).filter { $0 != c && units[$0].isWord && !units[$0].neutral }
        guard !words.isEmpty else { return nil }
        func count(of id: String) -> (fact: Int, value: Value)? {
            for k in index.factsBySubject[id] ?? [] {
                let f = index.facts[k]
                guard words.allSatisfy({ w in units[w].readings.contains { !$0.flipped && f.describes($0) } }) else { continue }
                if let v = checker.factValues(f).first(where: { ($0.kind == .quantity && !Units.isMeasure($0.unit)) || $0.kind == .cardinal }) {
                    return (k, v)
                }
            }
            return nil
        }
        guard let first = count(of: mine), let second = count(of: other) else { return nil }
        let holds = direction > 0 ? first.value.amount > second.value.amount : first.value.amount < second.value.amount
        if holds { return nil }
        return checker.refuted(clause.text, units: units, fact: first.fact, also: [second.fact],
                               correction: "the article gives \(index.entityName(mine)) \(first.value.name) and \(index.entityName(other)) \(second.value.name)",
                               reason: "the comparison points the other way: \(index.facts[first.fact].fact.statement) \(index.facts[second.fact].fact.statement)")
    }

    /// "Level 4 is the highest on the scale" where the article says "the second-highest": a
    /// superlative with no rank before it is the first; the matched sentence puts a rank of two
    /// or more before the same word.
    func rankedSuperlative(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        for (i, u) in units.enumerated() where u.isWord && !u.quoted && Self.isSuperlative(u.text) {
            if i > 0, units[i - 1].value?.kind == .ordinal { continue }
            for k in clause.contextFacts {
                let fact = checker.index.facts[k]
                let sentence = checker.index.sentences[fact.fact.sentenceIndex].units
                guard let j = sentence.indices.dropFirst().first(where: { j in
                    sentence[j].text == u.text && sentence[j - 1].value.map { $0.kind == .ordinal && $0.number >= 2 } == true
                }), let rank = sentence[j - 1].value, u.negated == sentence[j].negated else { continue }
                // (The fact whose words give the rank, for the evidence.)
                let owner = checker.index.sentences[fact.fact.sentenceIndex].facts.first { checker.index.facts[$0].unitRange.contains(j - 1) } ?? k
                return checker.refuted(clause.text, units: units, fact: owner,
                                       correction: "the article says the \(rank.name)-\(sentence[j].text): \(checker.index.facts[owner].fact.statement)",
                                       reason: "the article ranks it \(rank.name), not first")
            }
        }
        return nil
    }

    /// Adjectives in "-est" ("highest", "largest", "biggest", "busiest") and "best", "worst".
    static func isSuperlative(_ word: String) -> Bool {
        if ["best", "worst"].contains(word) { return true }
        // (A word that only ends so, "interest", "protest", has no adjective for a base. One that
        // has, "forest", matters only after a rank, where the article never writes it.)
        guard word.count >= 6, word.hasSuffix("est") else { return false }
        let stem = String(word.dropLast(3))
        var bases = [stem, stem + "e"]
        if stem.hasSuffix("i") { bases.append(String(stem.dropLast()) + "y") }
        if let last = stem.last, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
        return bases.contains { WordNet.canBe("a", $0) }
    }
}
