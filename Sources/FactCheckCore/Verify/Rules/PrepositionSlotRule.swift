/// Refutes a statement that names another person or body after the preposition that follows
/// the fact's own verb: "awarded the game to Reiner" where the fact's evidence has "awarded the
/// game to Orlova". The verb is the fact's predicate, the preposition is the same, the two names
/// are of the same kind, and the statement's name does not stand in the fact's evidence. Gate:
/// the clause is closely about the matched sentences (but for the name), and nothing in it is
/// denied.
///
/// Example: "Brandt awarded the ninth game to Reiner." — the article says she awarded it to Orlova.
struct PrepositionSlotRule: CheckRule {
    let name = "preposition-slot"

    /// Prepositions whose name after a verb fills a slot of its own: to whom, from whom,
    /// against whom, with whom.
    static func isSlotPreposition(_ text: String) -> Bool {
        switch text {
        case "to", "from", "against", "with": return true
        default: return false
        }
    }

    /// Each named slot after a verb in `units`: the verb, the preposition and the name's unit.
    static func slots(_ units: [Unit], in range: Range<Int>) -> [(verb: Int, preposition: String, name: Int)] {
        var result: [(Int, String, Int)] = []
        // Most texts have none of the prepositions: looked for once, before any verb.
        guard units[range].contains(where: { isSlotPreposition($0.text) }) else { return [] }
        for v in range where units[v].isWord && !units[v].neutral && !units[v].quoted {
            var k = v + 1
            while k < min(range.upperBound, v + 6) {
                if units[k - 1].boundaryAfter || units[k].isNegation { break }
                if isSlotPreposition(units[k].text) {
                    var n = k + 1
                    while n < range.upperBound, ["the", "a", "an"].contains(units[n].text) { n += 1 }
                    if n < range.upperBound, units[n].entityID != nil, !units[n].quoted { result.append((v, units[k].text, n)) }
                    break
                }
                // Another verb or a name first: the slot is not the verb's.
                if units[k].entityID != nil || (units[k].isWord && units[k].text.hasSuffix("ed") && k > v + 1) { break }
                k += 1
            }
        }
        return result
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        guard !units.contains(where: \.isNegation) else { return nil }
        let index = checker.index
        let mine = Self.slots(units, in: units.indices)
        // Closely about the sentences, or about them but for the names after the prepositions.
        guard !mine.isEmpty, clause.isCloselyAbout
                || (clause.strangers.isEmpty && clause.unexplainedUnits.allSatisfy { i in mine.contains { $0.name == i } }) else { return nil }
        for factIndex in clause.contextFacts.prefix(3) {
            let f = index.facts[factIndex]
            let sentence = index.sentences[f.fact.sentenceIndex].units
            let theirs = Self.slots(sentence, in: f.unitRange)
            for claim in mine {
                guard let claimed = units[claim.name].entityID, let claimedEntity = index.entityByID[claimed],
                      units[claim.verb].readings.contains(where: { !$0.flipped && f.predicateConcepts.contains($0) }) else { continue }
                // The statement's name in the evidence: nothing to compare.
                if f.unitRange.contains(where: { j in sentence[j].entityID.map { index.compatible($0, claimed) || index.compatible(claimed, $0) } == true }) { continue }
                for slot in theirs where slot.preposition == claim.preposition {
                    guard sentence[slot.verb].readings.contains(where: { r in !r.flipped && units[claim.verb].readings.contains(r) }),
                          let actual = sentence[slot.name].entityID, let actualEntity = index.entityByID[actual],
                          SlotSwapRule.sameKind(actualEntity.type, claimedEntity.type) else { continue }
                    return checker.refuted(clause.text, units: units, fact: factIndex,
                                           correction: "the article says '\(claim.preposition) \(actualEntity.name)': \(f.fact.statement)",
                                           reason: "the statement puts \(claimedEntity.name) where the article has \(actualEntity.name)")
                }
            }
        }
        return nil
    }
}
