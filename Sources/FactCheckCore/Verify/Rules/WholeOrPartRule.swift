/// Refutes "all" of a counted whole where the article has only some of it, and some of it where
/// the article has all: "all five tubs" against "three of the five tubs", "two of the four
/// engines" against "all four engines". Gate: the two wholes are the same number, in a sentence
/// the clause is matched to, and neither is in a quotation the other is not.
///
/// Example: "Tests found the stimulant in all five tubs." — the article says three of the five.
struct WholeOrPartRule: CheckRule {
    let name = "whole-or-part"

    /// What a text says of a counted whole: all of it ("all five"), or a part ("three of the
    /// five"), each with the whole's number and where it stands.
    enum Share: Equatable {
        case all(whole: Double)
        case part(count: Double, whole: Double)

        var whole: Double {
            switch self {
            case .all(let whole), .part(_, let whole): return whole
            }
        }
    }

    static func count(_ unit: Unit) -> Double? {
        guard let value = unit.value, value.qualifier == .exact, !value.dayOfMonth else { return nil }
        switch value.kind {
        case .cardinal: return Double(value.number)
        case .quantity: return value.amount
        default: return nil
        }
    }

    static func shares(_ units: [Unit]) -> [(share: Share, words: String)] {
        var result: [(Share, String)] = []
        for i in units.indices where !units[i].quoted {
            guard let n = count(units[i]) else { continue }
            // "all five", "all of the five".
            var k = i - 1
            while k >= 0, i - k <= 3, ["the", "of"].contains(units[k].text) { k -= 1 }
            if k >= 0, i - k <= 3, units[k].text == "all" {
                result.append((.all(whole: n), units[k...i].map(\.text).joined(separator: " ")))
                continue
            }
            // "three of the five": the part before "of (the)".
            k = i - 1
            if k >= 0, units[k].text == "the" { k -= 1 }
            if k >= 1, units[k].text == "of", let part = count(units[k - 1]), part < n {
                result.append((.part(count: part, whole: n), units[(k - 1)...i].map(\.text).joined(separator: " ")))
            }
        }
        return result
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let mine = Self.shares(clause.units)
        guard !mine.isEmpty else { return nil }
        let index = checker.index
        for factIndex in clause.contextFacts {
            let sentence = index.sentences[index.facts[factIndex].fact.sentenceIndex]
            for theirs in Self.shares(sentence.units) {
                for claim in mine where claim.share.whole == theirs.share.whole && claim.share != theirs.share {
                    switch (claim.share, theirs.share) {
                    case (.all, .part), (.part, .all): break
                    default: continue
                    }
                    return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                           correction: "the article says \(theirs.words), not \(claim.words): \(index.facts[factIndex].fact.statement)",
                                           reason: "the statement counts another share of the same whole")
                }
            }
        }
        return nil
    }
}
