/// Refutes a count put before the name of a group whose size the bank gives in its name: the
/// group is "the four Talmesian diplomats", and the statement has "five Talmesian diplomats".
/// Gate: every alias of the group that holds a number holds the same one, the statement's count
/// stands right before the group's name, not in a quotation, and it is more than the group has
/// (fewer may be some of them: "four rescued miners were taken to hospital" of 27).
///
/// Example: "Korvenia expelled five Talmesian diplomats." — the article's group is the four
/// Talmesian diplomats.
struct GroupSizeRule: CheckRule {
    let name = "group-size"

    /// The size a group's aliases give it ("the four Talmesian diplomats", "the 12 jurors"), when
    /// they agree.
    static func size(of entity: Entity) -> Int? {
        var sizes: Set<Int> = []
        for alias in [entity.name] + entity.aliases {
            for word in alias.lowercased().split(separator: " ") {
                let w = String(word)
                if let n = GeneralLexicon.cardinals[w] { sizes.insert(n) } else if let n = Int(w), n > 1 { sizes.insert(n) }
            }
        }
        return sizes.count == 1 ? sizes.first : nil
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        for i in units.indices.dropLast() where !units[i].quoted {
            guard let value = units[i].value, value.kind == .cardinal || value.kind == .quantity, value.qualifier == .exact,
                  let id = units[i + 1].entityID, !units[i + 1].quoted,
                  let group = index.entityByID[id], group.type == .group, let size = Self.size(of: group) else { continue }
            let count = value.kind == .quantity ? value.amount : Double(value.number)
            // More than the group has ("two climbers began showing signs of frostbite", "four
            // rescued miners were taken to hospital": fewer may be some of them).
            guard count > Double(size), count.rounded() == count else { continue }
            // The fact to cite: one about the group among the matched ones, or any about it.
            let about = { (f: Int) in index.facts[f].fact.subject == id || index.facts[f].fact.object == id }
            guard let fact = clause.contextFacts.first(where: about) ?? index.facts.indices.first(where: about) else { continue }
            return checker.refuted(clause.text, units: units, fact: fact,
                                   correction: "the article speaks of \(group.name), not \(units[i].text)",
                                   reason: "the statement counts \(units[i].text) where the article has \(group.name)")
        }
        return nil
    }
}
