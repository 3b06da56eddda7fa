/// Refutes a nationality the article does not give someone: a country's adjective (or its name
/// with a possessive) put before a person or an organisation ("a Belgian online retailer", "the
/// Dutch defender", "the Belgian Data Protection Authority", "Norway's Department of Tourism") when the article ties that person or organisation to another
/// country (whom it represents, a position of a country, an alias such as "the Welsh painter").
/// Gate: the adjective is not denied, the statement names no other stranger, and the two
/// countries are not one inside the other (a Welsh painter is British).
///
/// Example: "Kestrel Market is a Belgian online retailer." — the article calls it a Dutch one.
struct NationalityRule: CheckRule {
    let name = "nationality"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        for n in units.indices where !units[n].negated && !units[n].quoted && units[n].kind != .negation {
            let predicative = n >= 2 && n == units.count - 1 && PositionClaimRule.copulas.contains(units[n - 1].text)
            guard let claimed = Self.claimedCountry(units[n], index, predicative: predicative) else { continue }
            // Other names the bank does not know: the statement is about someone else.
            if clause.strangers.contains(where: { $0 != n }) { return nil }
            guard let target = Self.qualified(after: n, units, index) else { continue }
            let actual = Self.countries(of: target, index)
            guard !actual.isEmpty else { continue }
            if actual.contains(where: { Self.compatible($0, claimed) }) {
                // "Holly Pryce is British" where the article has "Britain's Holly Pryce": the
                // nationality was all the statement's claim the sentences did not back.
                if predicative, clause.uncovered == [n], let shown = actual.first(where: { Self.compatible($0, claimed) }) {
                    let evidence = Self.evidence(for: target, country: shown, index) ?? clause.best.fact
                    return PartResult(text: clause.text, verdict: .supported, evidence: [checker.evidenceItem(evidence, units: units)],
                                      correction: nil, explanation: "the article ties \(index.entityName(target)) to \(shown.name)")
                }
                continue
            }
            guard let shown = actual.first else { continue }
            let evidence = Self.evidence(for: target, country: shown, index) ?? clause.best.fact
            // "Norway's" is compared by name, "Norwegian" by adjective.
            let byName = units[n].possessive || claimed.adjective == nil || shown.adjective == nil
            let claimedName = byName ? claimed.name : claimed.adjective ?? claimed.name
            let actualName = byName ? shown.name : shown.adjective ?? shown.name
            return checker.refuted(clause.text, units: units, fact: evidence,
                                   correction: byName ? "the article ties \(index.entityName(target)) to \(actualName), not \(claimedName)"
                                       : "the article gives \(index.entityName(target)) as \(actualName), not \(claimedName)",
                                   reason: "the statement gives \(index.entityName(target)) another nationality: \(index.facts[evidence].fact.statement)")
        }
        return placedElsewhere(clause, checker) ?? anotherCountrysThing(clause, checker)
    }

    /// "The talks took place in the Rhovanian capital" where the matched fact's place is "the
    /// Kelsish capital, Halvik": a country's word before a common noun that the bank gives, after
    /// another country's word, as the name of a thing in a slot of the matched fact.
    func anotherCountrysThing(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        guard clause.strangers.isEmpty else { return nil }
        for n in units.indices.dropLast() where !units[n].negated && !units[n].quoted && !units[n].possessive {
            let noun = units[n + 1]
            guard noun.isWord, !noun.neutral, !noun.text.contains(" "), let claimed = Self.claimedCountry(units[n], index) else { continue }
            for k in clause.contextFacts.prefix(3) {
                let fact = index.facts[k].fact
                for id in [fact.place, fact.object, fact.subject].compactMap({ $0 }) where id != claimed.entity {
                    guard let entity = index.entityByID[id], entity.type != .country else { continue }
                    for alias in [entity.name] + entity.aliases {
                        var words = Tokenizer.tokenize(alias).map(\.text)
                        if words.first == "the" { words.removeFirst() }
                        guard words.count == 2, words[1] == noun.text, let owner = index.analyzer.aliasesByWords[words[0]]?.entity,
                              index.entityByID[owner]?.type == .country, let actual = Self.nation(ofEntity: owner, index),
                              !Self.compatible(actual, claimed) else { continue }
                        let written = units[n].text.prefix(1).uppercased() + units[n].text.dropFirst()
                        return checker.refuted(clause.text, units: units, fact: k,
                                               correction: "the article says \(alias) (\(entity.name)), not the \(written) \(noun.text)",
                                               reason: "the statement puts it in another country's \(noun.text): \(fact.statement)")
                    }
                }
            }
        }
        return nil
    }

    /// "Orvane is a lakeside city in Velmaria": a place said to be in another country than the
    /// one the article puts it in.
    func placedElsewhere(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        guard clause.strangers.isEmpty,
              let p = units.indices.first(where: { units[$0].entityID.map { index.entityByID[$0]?.type == .place } == true }),
              let place = units[p].entityID, p + 1 < units.count,
              PositionClaimRule.copulas.contains(units[p + 1].text), !units[p + 1].negated,
              let c = units.indices.first(where: { i in
                  i > p + 1 && units[i - 1].text == "in" && units[i].entityID.map { index.entityByID[$0]?.type == .country } == true
              }),
              !units[c].negated, let claimedID = units[c].entityID, let claimed = Self.nation(ofEntity: claimedID, index) else { return nil }
        let actual = Self.countries(of: place, index)
        guard !actual.isEmpty, !actual.contains(where: { Self.compatible($0, claimed) }), let shown = actual.first else { return nil }
        let evidence = Self.evidence(for: place, country: shown, index) ?? clause.best.fact
        return checker.refuted(clause.text, units: units, fact: evidence,
                               correction: "the article puts \(index.entityName(place)) in \(shown.name), not \(claimed.name)",
                               reason: "the statement puts \(index.entityName(place)) in another country: \(index.facts[evidence].fact.statement)")
    }

    /// A country as the rule compares it: the words that name it (lowercased), its code in the
    /// country table when it is there, and the forms shown to the user.
    struct Nation {
        var keys: Set<String>
        var code: String?
        var name: String
        var adjective: String?
        /// The bank's entity for it, when there is one.
        var entity: String?
    }

    /// The country a unit names as an adjective: a country of the bank met through an adjective
    /// alias ("Dutch"), or an adjective of the country table the bank does not know ("Belgian").
    static func claimedCountry(_ unit: Unit, _ index: BankIndex, predicative: Bool = false) -> Nation? {
        let text = unit.text.lowercased()
        // "Norway's Department of Tourism": a country's name with a possessive says the same.
        if unit.possessive, let id = unit.entityID, index.entityByID[id]?.type == .country { return nation(ofEntity: id, index) }
        if unit.possessive, unit.entityID == nil, unit.kind == .unknownName, let country = CountryLookup.byName[CountryLookup.key(text)] {
            return CountryLookup.nation(country)
        }
        // A bank country read through an alias other than its name, the way an adjective is
        // used ("a Velmarian city" where the bank has "Velmarian" for Velmaria).
        if let id = unit.entityID, let entity = index.entityByID[id], entity.type == .country,
           CountryLookup.byAdjective[text] == nil, CountryLookup.byName[CountryLookup.key(text)] == nil,
           isAdjective(text, of: entity) {
            return nation(ofEntity: id, index)
        }
        guard let country = CountryLookup.byAdjective[text] else { return nil }
        if let id = unit.entityID {
            // "Alemu is Kenyan" where the bank calls another runner "the Kenyan": after "is" the
            // word is the nationality, not that alias.
            if predicative, index.entityByID[id]?.type != .country { return CountryLookup.nation(country) }
            guard index.entityByID[id]?.type == .country else { return nil }
            return nation(ofEntity: id, index)
        }
        guard unit.kind == .unknownName || unit.kind == .word else { return nil }
        return CountryLookup.nation(country)
    }

    /// Who the adjective qualifies: the person or organisation named right after it ("the Dutch
    /// defender", "a Belgian online retailer" read through a position alias), or the subject of
    /// "X is a Belgian company".
    static func qualified(after n: Int, _ units: [Unit], _ index: BankIndex) -> String? {
        // "the Norwegian Pelagic Fleet Association" read as "Norwegian", "pelagic" and the alias
        // "fleet association": words of the organisation's own name between the adjective and
        // the alias belong to the name.
        var m = n + 1
        while m < units.count, m <= n + 2, units[m].kind == .word, units[m].entityID == nil,
              let next = (m + 1..<min(units.count, n + 4)).first(where: { units[$0].entityID != nil }),
              let id = units[next].entityID, let entity = index.entityByID[id], entity.type != .country,
              Tokenizer.tokenize(entity.name).contains(where: { $0.text == units[m].text }) { m += 1 }
        if m > n + 1, m < units.count, units[m].entityID != nil {
            guard let id = units[m].entityID, let type = index.entityByID[id]?.type, type == .organisation else { return nil }
            return id
        }
        if n + 1 < units.count, let id = units[n + 1].entityID, let type = index.entityByID[id]?.type, type != .country {
            // "the Faroese fisheries minister": an office read through a position alias names
            // another office, not another nationality of its holder ("the Dutch defender" does).
            if let k = units[n + 1].roleFact.flatMap({ index.factIndexByID[$0] }),
               let head = Tokenizer.tokenize(index.facts[k].fact.role ?? "").last?.text,
               GeneralLexicon.titleWords.contains(head) { return nil }
            return id
        }
        // "X is (a|an|the) ADJ word", and "X is ADJ" at the clause's end.
        var k = n - 1
        while k >= 0, ["a", "an", "the"].contains(units[k].text) { k -= 1 }
        let predicative = k == n - 1 && (n + 1 == units.count || units[n].boundaryAfter)
        guard k >= 1, PositionClaimRule.copulas.contains(units[k].text), !units[k].negated,
              predicative || (n + 1 < units.count && units[n + 1].kind == .word),
              let id = units[k - 1].entityID, let type = index.entityByID[id]?.type, type != .country else { return nil }
        return id
    }

    /// The countries the article ties an entity to.
    static func countries(of id: String, _ index: BankIndex) -> [Nation] {
        guard let entity = index.entityByID[id] else { return [] }
        var result: [Nation] = []
        func add(_ nation: Nation?) {
            guard let nation, !result.contains(where: { !$0.keys.isDisjoint(with: nation.keys) }) else { return }
            result.append(nation)
        }
        if let r = entity.represents, index.entityByID[r]?.type == .country { add(nation(ofEntity: r, index)) }
        for k in index.positionFactsBySubject[id] ?? [] {
            if let of = index.facts[k].fact.roleOf, index.entityByID[of]?.type == .country { add(nation(ofEntity: of, index)) }
        }
        // A place: the country a fact about it puts it in, or the country's adjective the
        // article writes straight before its name ("the Kestovan lakeside city of Orvane").
        if entity.type == .place {
            for k in index.factsBySubject[id] ?? [] {
                if let place = index.facts[k].fact.place, index.entityByID[place]?.type == .country { add(nation(ofEntity: place, index)) }
            }
            for sentence in index.sentences {
                let units = sentence.units
                for j in units.indices.dropFirst() where units[j].entityID == id {
                    // "the Kestovan lakeside city of Orvane": the adjective of the noun the name
                    // belongs to, up to two words before "of".
                    var k = j - 1
                    if units[k].text == "of", k >= 2 {
                        var m = k - 1
                        while m >= max(1, k - 2), units[m].kind == .word, units[m].entityID == nil, !units[m].boundaryAfter { m -= 1 }
                        if m < k - 1 { k = m }
                    }
                    let before = units[k]
                    guard !before.boundaryAfter, !before.possessive, let country = adjectiveCountry(before, index) else { continue }
                    add(nation(ofEntity: country, index))
                }
            }
        }
        // "the Welsh painter", "Dutch Data Protection Authority".
        for alias in [entity.name] + entity.aliases {
            for word in alias.split(separator: " ") {
                if let country = CountryLookup.byAdjective[word.lowercased()], word.first?.isUppercase == true {
                    add(CountryLookup.nation(country))
                }
            }
        }
        return result
    }

    /// The bank country a unit names through its adjective ("Kestovan", "Dutch"), not its name.
    static func adjectiveCountry(_ unit: Unit, _ index: BankIndex) -> String? {
        guard let id = unit.entityID, let entity = index.entityByID[id], entity.type == .country else { return nil }
        let text = unit.text.lowercased()
        return CountryLookup.byAdjective[text] != nil || isAdjective(text, of: entity) ? id : nil
    }

    /// Whether a country's alias, as written in the text, reads as its adjective: one word, not
    /// its name, with an adjective's ending ("Kestovan", "Faroese", "Velmarish").
    static func isAdjective(_ text: String, of entity: Entity) -> Bool {
        !text.contains(" ") && CountryLookup.key(entity.name) != CountryLookup.key(text)
            && (text.hasSuffix("n") || text.hasSuffix("ese") || text.hasSuffix("ish") || text.hasSuffix("i"))
    }

    static func nation(ofEntity id: String, _ index: BankIndex) -> Nation? {
        guard let entity = index.entityByID[id] else { return nil }
        var keys = Set(([entity.name] + entity.aliases).map { CountryLookup.key($0) })
        var nation = Nation(keys: keys, code: nil, name: entity.name, adjective: nil, entity: id)
        if let country = keys.lazy.compactMap({ CountryLookup.byName[$0] ?? CountryLookup.byAdjective[$0] }).first {
            let known = CountryLookup.nation(country)
            keys.formUnion(known.keys)
            nation.keys = keys
            nation.code = known.code
            nation.adjective = known.adjective
        }
        return nation
    }

    /// The same country, or one inside the other (Wales and the United Kingdom).
    static func compatible(_ a: Nation, _ b: Nation) -> Bool {
        if !a.keys.isDisjoint(with: b.keys) { return true }
        guard let x = a.code, let y = b.code else { return false }
        return x.hasPrefix(y + "-") || y.hasPrefix(x + "-")
    }

    /// A fact that shows the entity's country: a position of that country, what it represents
    /// said in one of its facts, or any fact about it.
    static func evidence(for id: String, country: Nation, _ index: BankIndex) -> Int? {
        if let k = (index.positionFactsBySubject[id] ?? []).first(where: { k in
            index.facts[k].fact.roleOf.map { $0 == country.entity } == true
        }) { return k }
        let own = index.factsBySubject[id] ?? []
        if let k = own.first(where: { k in
            let sentence = index.sentences[index.facts[k].fact.sentenceIndex]
            return country.entity.map { id in sentence.units.contains { $0.entityID == id } } == true
        }) { return k }
        return own.first
    }
}

/// The country table read by the names and adjectives an article writes.
enum CountryLookup {
    static func key(_ text: String) -> String {
        var t = text.lowercased()
        if t.hasPrefix("the ") { t.removeFirst(4) }
        return t
    }

    static let byAdjective: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, c) in CountryTable.all.enumerated() { for a in c.adjectives where map[key(a)] == nil { map[key(a)] = i } }
        return map
    }()

    static let byName: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, c) in CountryTable.all.enumerated() { for n in c.names where map[key(n)] == nil { map[key(n)] = i } }
        return map
    }()

    static func nation(_ i: Int) -> NationalityRule.Nation {
        let c = CountryTable.all[i]
        return NationalityRule.Nation(keys: Set((c.names + c.adjectives).map(key)), code: c.code, name: c.names.first ?? c.code,
                                      adjective: c.adjectives.first, entity: nil)
    }
}
