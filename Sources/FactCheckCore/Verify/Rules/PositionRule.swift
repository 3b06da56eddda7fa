/// Refutes a position given to the wrong person, with the wrong country or body in front of
/// it, denied, or called former where the article gives it as held.
///
/// Examples: "Wang Yi is the US Secretary of State." — the article gives that title to Blinken.
/// "Blinken is the former Secretary of State." — the article says he is Secretary of State.
struct PositionRule: CheckRule {
    let name = "position"

    /// Words that put a position in the past.
    static let pastMarkers: Set<String> = ["former", "ex", "previous", "onetime", "one-time", "erstwhile", "retired", "outgoing"]

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        for (r, unit) in units.enumerated() where unit.entityID != nil {
            // "the former chief executive": only asked when such a word stands before a name.
            let before = units[max(0, r - 3)..<r]
            guard let m = before.indices.first(where: { before[$0].text.split(separator: " ").contains { Self.pastMarkers.contains(String($0)) } })
            else { continue }
            let marker = units[m]
            // "led by a former finance minister" introduces someone, not the article's minister
            // (unless the statement names the holder: "Rusk is a former finance minister").
            if m > 0, ["a", "an", "another"].contains(units[m - 1].text),
               !units.indices.contains(where: { $0 != r && units[$0].entityID == unit.entityID }) { continue }
            // The position named: through a position alias, or a title word that matches one of
            // the person's positions ("chief executive" given as a plain alias).
            let words = Set(unit.text.split(separator: " ").map(String.init))
            let titled = unit.entityID.flatMap { index.positionFactsBySubject[$0] }?.first { k in
                let role = Set(Tokenizer.tokenize(index.facts[k].fact.role ?? "").map(\.text))
                return !role.isDisjoint(with: words) && !words.isDisjoint(with: GeneralLexicon.titleWords.union(role))
            }
            guard let k = unit.roleFact.flatMap({ index.factIndexByID[$0] }) ?? titled else { continue }
            let fact = index.facts[k].fact
            // The article's own evidence must not say so too.
            guard !Tokenizer.tokenize(fact.evidenceText).contains(where: { Self.pastMarkers.contains($0.text) }),
                  let holder = fact.subject else { continue }
            return checker.refuted(clause.text, units: units, fact: k,
                                   correction: "the article gives \(index.entityName(holder)) as \(fact.role ?? "holding the position") now: \(fact.statement)",
                                   reason: "the statement calls the position '\(marker.text)'; the article does not")
        }
        return checker.checkRoles(clause.text, units: units)
    }
}
