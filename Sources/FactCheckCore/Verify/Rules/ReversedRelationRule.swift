/// Refutes a relation between two named things turned around: "A is upstream of B" where the
/// article has B upstream of A, "north of", "downstream of" likewise, and "from A to B" where
/// the article goes from B to A, and a flow named by its countries' adjective and destination
/// ("Sarmitian dairy exports to Dravonia" where the article has Dravonian exports to Sarmitia),
/// and what comes from where ("joined Vejlby IF from Merriton" where the article has him join
/// Merriton from Vejlby IF).
/// Gate: the clause is closely about the matched sentences.
///
/// Example: "Fenmoor is 30 kilometres upstream of the Holloway Dam." — the article puts the
/// dam 30 kilometres upstream of Fenmoor.
struct ReversedRelationRule: CheckRule {
    let name = "reversed"

    /// Words that relate what stands before them to what follows "of".
    static let sideWords: Set<String> = [
        "upstream", "downstream", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "north-east", "north-west", "south-east", "south-west", "uphill", "downhill", "inland",
    ]

    /// Each relation of `units`: its words, the entity before it and the one after it.
    static func relations(_ units: [Unit], _ index: BankIndex) -> [(marker: String, first: String, second: String)] {
        var result: [(String, String, String)] = []
        func entity(after k: Int, stop: Set<String>) -> String? {
            var j = k
            while j < units.count, j <= k + 4 {
                if let id = units[j].entityID { return id }
                if stop.contains(units[j].text) { return nil }
                j += 1
            }
            return nil
        }
        for (m, u) in units.enumerated() where !u.quoted {
            if u.text == "from", m > 0, let before = units[m - 1].entityID, !units[m - 1].quoted {
                // "joined Merriton from Vejlby IF": what comes from where (a nationality on the
                // way is a description: "from the Danish club Vejlby IF").
                var j = m + 1
                while j < units.count, j <= m + 5, units[j].entityID == nil || NationalityRule.adjectiveCountry(units[j], index) != nil,
                      !["to", "and", "but", "in", "on", "for"].contains(units[j].text) { j += 1 }
                if j < units.count, j <= m + 5, let after = units[j].entityID, after != before,
                   NationalityRule.adjectiveCountry(units[j], index) == nil {
                    result.append(("… from", before, after))
                }
            }
            if sideWords.contains(u.text), m + 1 < units.count, units[m + 1].text == "of" {
                // The thing related: the nearest name before the side word, within a few words.
                var j = m - 1
                while j >= 0, j >= m - 6, units[j].entityID == nil { j -= 1 }
                guard j >= 0, j >= m - 6, let first = units[j].entityID,
                      let second = entity(after: m + 2, stop: ["and", "but", "while"]) else { continue }
                result.append(("\(u.text) of", first, second))
            } else if u.text == "from", let first = entity(after: m + 1, stop: ["to", "and", "but"]) {
                guard let to = units.indices.first(where: { $0 > m && $0 <= m + 6 && units[$0].text == "to" }),
                      let second = entity(after: to + 1, stop: ["and", "but", "from"]) else { continue }
                result.append(("from … to", first, second))
            } else if let country = NationalityRule.adjectiveCountry(u, index),
                      let to = units.indices.first(where: { $0 > m + 1 && $0 <= m + 4 && units[$0].text == "to" }),
                      ((m + 1)..<to).allSatisfy({ units[$0].isWord && units[$0].entityID == nil && !units[$0].quoted }),
                      to + 1 < units.count, let second = units[to + 1].entityID, second != country,
                      index.entityByID[second]?.type == .country {
                // "Dravonian dairy exports to Sarmitia": a flow from the adjective's country.
                result.append(("from … to", country, second))
            }
        }
        return result
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isCloselyAbout else { return nil }
        let mine = Self.relations(clause.units, checker.index)
        guard !mine.isEmpty else { return nil }
        let index = checker.index
        for factIndex in clause.contextFacts {
            let fact = index.facts[factIndex]
            for theirs in Self.relations(index.sentences[fact.fact.sentenceIndex].units, index) {
                // The fact's subject may be named inside a longer name ("engineers at the Holloway
                // Dam, 30 kilometres upstream of Fenmoor" is a fact about the dam).
                let firsts = [theirs.first] + (fact.fact.subject.map { [$0] } ?? [])
                func same(_ a: String, _ b: String) -> Bool { index.compatible(a, b) || index.compatible(b, a) }
                for claim in mine where claim.marker == theirs.marker && claim.first != claim.second {
                    guard same(claim.first, theirs.second), firsts.contains(where: { same(claim.second, $0) }),
                          !firsts.contains(where: { same(claim.first, $0) }) else { continue }
                    let first = index.entityName(firsts.first { same(claim.second, $0) } ?? theirs.first)
                    let relation = claim.marker == "from … to"
                        ? "from \(first) to \(index.entityName(theirs.second))"
                        : claim.marker == "… from"
                        ? "\(first) from \(index.entityName(theirs.second))"
                        : "\(first) is \(theirs.marker) \(index.entityName(theirs.second))"
                    return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                           correction: "the article has it the other way round: \(relation)",
                                           reason: "the statement turns the relation around: \(fact.fact.statement)")
                }
            }
        }
        return nil
    }
}
