/// Refutes an order of events turned around: what the statement puts after "before" the
/// article puts before it, and some of what the statement puts first the article puts after
/// it ("after" reads the other way round). Gate: the clause is closely about the matched
/// sentences, and the matched sentence has one "before" or "after" of its own, with words on
/// both sides of it.
///
/// Example: "Stroud said penalties should be considered before the inquiry finishes." — the
/// article says the inquiry should finish before any penalty is considered.
struct SequenceRule: CheckRule {
    let name = "sequence"

    /// Words that order what stands before them against what follows.
    static let markers: Set<String> = ["before", "after"]

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        guard let m = units.firstIndex(where: { !$0.quoted && Self.markers.contains($0.text) }),
              m > 0, m + 1 < units.count, clause.isCloselyAbout,
              !units[(m + 1)...].contains(where: { !$0.quoted && Self.markers.contains($0.text) }) else { return nil }
        let index = checker.index
        for (factIndex, s) in clause.contextSentences(index) {
            let sentence = index.sentences[s].units
            guard Self.order(units, m, against: sentence) == .reversed else { continue }
            let fact = index.facts[factIndex].fact
            return checker.refuted(clause.text, units: units, fact: factIndex,
                                   correction: "the article has it the other way round: \(fact.statement)",
                                   reason: "the statement turns the order of events around: \(fact.statement)")
        }
        return nil
    }

    enum Order { case same, reversed }

    /// How the statement's order of events around its marker at `m` reads against a sentence
    /// with one "before" or "after" of its own, words on both sides: the same order, turned
    /// around, or nil when the sentence does not tell.
    static func order(_ units: [Unit], _ m: Int, against sentence: [Unit]) -> Order? {
        let marks = sentence.indices.filter { markers.contains(sentence[$0].text) }
        guard marks.count == 1, let n = marks.first, n > 0, n + 1 < sentence.count, m > 0, m + 1 < units.count else { return nil }
        // "After" in one and "before" in the other: the sides trade places.
        let same = sentence[n].text == units[m].text
        let first = ConceptSet(sentence[..<n].flatMap { $0.readings.filter { !$0.flipped }.map(\.id) })
        let second = ConceptSet(sentence[(n + 1)...].flatMap { $0.readings.filter { !$0.flipped }.map(\.id) })
        // Which side of the article's marker a unit of the statement stands on: 1 the side of
        // the statement's words before its marker, 2 the other, nil both or neither.
        func side(_ u: Unit) -> Int? {
            let a = u.readings.contains { !$0.flipped && first.contains($0) }
            let b = u.readings.contains { !$0.flipped && second.contains($0) }
            guard a != b else { return nil }
            return (a == same) ? 1 : 2
        }
        let before = units[..<m].filter { $0.isContent && $0.value == nil }
        let beforeSides = before.map(side)
        let after = units[(m + 1)...].filter { $0.isContent && $0.value == nil }
        let afterSides = after.map(side)
        // Every placed word after the statement's marker is one the article puts first, one of
        // them at least a word, not a name; and something the statement puts first the article
        // puts after.
        if afterSides.contains(1), !afterSides.contains(2), beforeSides.contains(2),
           zip(after, afterSides).contains(where: { $0.isWord && $1 == 1 }) { return .reversed }
        // The same order: every placed word on its own side, a word, not only a name, on each.
        if !afterSides.contains(1), !beforeSides.contains(2),
           zip(after, afterSides).contains(where: { $0.isWord && $1 == 2 }),
           zip(before, beforeSides).contains(where: { $0.isWord && $1 == 1 }) { return .same }
        return nil
    }
}
