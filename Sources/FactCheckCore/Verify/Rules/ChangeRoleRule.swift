/// Refutes a figure put in another part of a change: the amount of a change ("by") given as
/// where it ended ("to"), or where it started ("from") given as where it ended. The article's
/// sentence must give the figure in its own part and another figure of the same slot in the
/// part the statement claims. Also a start or an end of a change that differs from the
/// article's where the other end agrees ("to 3.9 percent from 3.5 percent" against "from 3.7
/// percent"). Gate: the clause is closely about the matched sentences.
///
/// Example: "The programme will be expanded to 12 billion crowns." — the article says "by 12
/// billion crowns to 45 billion crowns".
struct ChangeRoleRule: CheckRule {
    let name = "change"

    /// The words that say which part of a change a figure is.
    static let roleWords: Set<String> = ["by", "to", "from"]

    /// The words between a new figure and the one it replaces.
    static let replacing: Set<String> = ["instead of", "rather than", "in place of", "replacing"]

    /// Each figure of `units` with the word before it that gives its part of a change.
    static func figures(_ units: [Unit]) -> [(role: String, value: Value, at: Int)] {
        var result: [(String, Value, Int)] = []
        for i in units.indices.dropFirst() where !units[i].quoted {
            guard let value = units[i].value, value.kind == .quantity || value.kind == .cardinal else { continue }
            var role = units[i - 1].text
            // "at 9 a.m. instead of 7:30 a.m.": what is replaced is where the change started, and
            // the figure before it where it ended.
            if Self.replacing.contains(role) { role = "from" }
            else if i + 1 < units.count, Self.replacing.contains(units[i + 1].text) { role = "to" }
            guard roleWords.contains(role) else { continue }
            // "up to 500", "close to 500", "compared to 500": a bound or a comparison.
            if role == "to", i >= 2, ["up", "close", "compared", "equal", "equivalent", "nearly"].contains(units[i - 2].text) { continue }
            result.append((role, value, i))
        }
        return result
    }

    /// Whether `value` is the size of a change that `units` give from one figure to another
    /// ("by 15 dollars" for "from 40 dollars to 55 dollars"): not a wrong figure.
    static func isDifference(_ value: Value, in units: [Unit]) -> Bool {
        let parts = figures(units)
        return parts.contains { start in
            start.role == "from" && start.value.sameSlot(value) && start.value.unit == value.unit && parts.contains { end in
                end.role == "to" && end.at > start.at && end.value.unit == value.unit
                    && (abs(abs(end.value.amount - start.value.amount) - value.amount) <= 1e-9 * max(1, value.amount)
                        // "cut by 50 percent" from 18 percent to 9 percent: the share of the start.
                        || (value.unit == "percent" && start.value.amount > 0
                            && abs(abs(end.value.amount - start.value.amount) / start.value.amount * 100 - value.amount) <= 0.5))
            }
        }
    }

    /// The article's change of the same unit ("from 18 percent to 9 percent") that `value`, said
    /// with "by", is not the size of: neither the difference nor, for a percentage, the share of
    /// the start it makes. Nil when there is no such pair or the value is one of those sizes.
    static func wrongChange(_ value: Value, _ parts: [(role: String, value: Value, at: Int)]) -> (from: Value, to: Value)? {
        guard let start = parts.first(where: { $0.role == "from" && $0.value.sameSlot(value) && $0.value.unit == value.unit }),
              let end = parts.first(where: { $0.role == "to" && $0.at > start.at && $0.value.unit == value.unit }) else { return nil }
        let difference = abs(end.value.amount - start.value.amount)
        let tolerance = 1e-9 * max(1, value.amount)
        if abs(difference - value.amount) <= tolerance { return nil }
        if value.unit == "percent", start.value.amount > 0, abs(difference / start.value.amount * 100 - value.amount) <= 0.5 { return nil }
        return (start.value, end.value)
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isCloselyAbout else { return nil }
        // (As many figures as the value check compares.)
        let mine = Array(Self.figures(clause.units).prefix(StatementChecker.figuresCompared))
        guard !mine.isEmpty else { return nil }
        for factIndex in clause.contextFacts {
            let fact = checker.index.facts[factIndex]
            let theirs = Self.figures(checker.index.sentences[fact.fact.sentenceIndex].units)
            guard theirs.count >= 2 else { continue }
            for claim in mine {
                // "cut its tariff by 18 percent" where the article cuts it from 18 percent to 9
                // percent: the change is 9 points (or half), not 18.
                if claim.role == "by", let wrong = Self.wrongChange(claim.value, theirs) {
                    return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                           correction: "the article says 'from \(wrong.from.name)' and 'to \(wrong.to.name)': \(fact.fact.statement)",
                                           reason: "'by \(claim.value.name)' is not the change from \(wrong.from.name) to \(wrong.to.name)")
                }
                // "rose to 3.9 percent from 3.5 percent" where the article has "to 3.9 percent from
                // 3.7 percent": the other end of the change agrees, this one does not.
                if claim.role == "from" || claim.role == "to",
                   let other = theirs.first(where: { $0.role == claim.role && $0.value.sameSlot(claim.value) }),
                   other.value.concept != claim.value.concept, !theirs.contains(where: { $0.value.concept == claim.value.concept }),
                   mine.contains(where: { end in
                       end.role != claim.role && end.role != "by"
                           && theirs.contains { $0.role == end.role && $0.value.concept == end.value.concept && $0.value.sameSlot(claim.value) }
                   }) {
                    return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                           correction: "the article says '\(other.role) \(other.value.name)', not '\(claim.role) \(claim.value.name)': \(fact.fact.statement)",
                                           reason: "the change \(claim.role == "from" ? "started" : "ended") at \(other.value.name), not \(claim.value.name)")
                }
                let same = theirs.filter { $0.value.concept == claim.value.concept }
                guard !same.isEmpty, !same.contains(where: { $0.role == claim.role }),
                      let actual = same.first,
                      let other = theirs.first(where: { $0.role == claim.role && $0.value.sameSlot(claim.value) && $0.value.concept != claim.value.concept })
                else { continue }
                let told = [actual, other].sorted { $0.at < $1.at }.map { "'\($0.role) \($0.value.name)'" }.joined(separator: " and ")
                return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                       correction: "the article says \(told): \(fact.fact.statement)",
                                       reason: "'\(claim.value.name)' is the article's figure '\(actual.role)', not '\(claim.role)'")
            }
        }
        return nil
    }
}
