/// Refutes a statement that puts another named person, organisation or place in a slot the
/// article fills with a named one of the same kind, under the same relation: everything else
/// the statement says is backed by the fact, and only the name differs (a place may be the one
/// another sentence gives the same doer's same deed). Gate: the other name
/// is the only thing the article does not back, and the fact's own name in that slot is not in
/// the statement.
///
/// Example: "The study was led by Wellmore Hospital." — the article says it was led by the
/// University of Eastbridge.
struct SlotSwapRule: CheckRule {
    let name = "slot-swap"

    /// Words in a name that say what kind of thing it names.
    static let organisationWords: Set<String> = [
        "group", "company", "university", "hospital", "journal", "agency", "council", "bank", "corporation", "corp", "inc",
        "ltd", "plc", "institute", "ministry", "department", "committee", "party", "fund", "foundation", "association",
        "union", "school", "college", "brands", "foods", "securities", "capital", "partners", "holdings", "industries",
        "motors", "airlines", "network", "society", "board", "commission", "authority", "court", "times", "post", "news",
        "clinic", "centre", "center", "laboratories", "labs", "pharma", "therapeutics", "biotherapeutics", "systems",
        "construction", "engineering", "consulting", "energy", "airways", "airline", "rail", "railways", "pharmaceuticals",
        "technologies", "media", "insurance", "trust", "enterprises", "ventures", "hotels", "foundation", "press",
    ]
    static let placeWords: Set<String> = [
        "region", "district", "city", "town", "village", "county", "province", "state", "street", "road", "station",
        "bridge", "park", "square", "airport", "valley", "river", "island", "port", "harbour", "harbor", "quarter",
        "borough", "heights", "hill", "lake", "coast", "bay",
    ]
    static let personWords: Set<String> = ["dr", "doctor", "professor", "prof", "mr", "mrs", "ms", "miss", "sir", "dame", "lord"]

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        swapped(clause, checker) ?? knownNameElsewhere(clause, checker)
    }

    /// A name in a slot of the best fact, unknown to the bank or known only elsewhere.
    func swapped(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        guard !clause.uncovered.isEmpty else { return knownPlaceElsewhere(clause, checker) }
        let scalars = Array(clause.text.unicodeScalars)
        // The uncovered units must all be one name the bank does not know: capitalised words
        // next to each other.
        let sorted = clause.uncovered.sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        let named: (text: String, type: EntityType?, entity: String?)
        // A name the bank knows counts after "by" (the doer of a passive) or a place preposition,
        // and an event's or a work's name anywhere ("his Fifth Symphony" where the article has the
        // Ninth); elsewhere it is the agent rule's to judge.
        if sorted.count == 1, let id = units[first].entityID, let entity = index.entityByID[id], first > 0,
           units[first - 1].text == "by" || StatementChecker.placePrepositions.contains(units[first - 1].text)
            || entity.type == .event {
            named = (entity.name, entity.type, id)
        } else if sorted.allSatisfy({ units[$0].isUnknownName || (units[$0].isWord && $0 > 0 && isCapitalised(units[$0], in: scalars)) }),
                  sorted.contains(where: { units[$0].isUnknownName || units[$0].entityID == nil }), last - first == sorted.count - 1 {
            // Widen to the capitalised words around it ("Wellmore" + "Hospital", "Southern" + "Journal").
            var start = first, end = last
            while start > 0, units[start - 1].isWord, !units[start - 1].neutral,
                  isCapitalised(units[start - 1], in: scalars) { start -= 1 }
            while end + 1 < units.count, (units[end + 1].isWord && isCapitalised(units[end + 1], in: scalars))
                    || (units[end + 1].text == "of" && end + 2 < units.count && isCapitalised(units[end + 2], in: scalars)) { end += 1 }
            let words = units[start...end].flatMap { $0.text.split(separator: " ").map(String.init) }
            let previous = start > 0 ? units[start - 1].text : ""
            var type: EntityType?
            if words.contains(where: Self.organisationWords.contains) { type = .organisation }
            else if words.contains(where: Self.placeWords.contains) || StatementChecker.placePrepositions.contains(previous) { type = .place }
            else if start > 0, Self.personWords.contains(units[start - 1].text) || GeneralLexicon.titleWords.contains(units[start - 1].text) { type = .person }
            named = (Unit.written(units[start...end], in: scalars), type, nil)
        } else {
            return knownPlaceElsewhere(clause, checker)
        }
        guard let type = named.type else { return nil }
        // Everything else must be backed by the best fact's sentence.
        let fact = index.facts[clause.best.fact].fact
        let sentenceConcepts = index.sentences[fact.sentenceIndex].concepts
        let others = clause.content.filter { !sorted.contains($0) }
        guard !others.isEmpty, others.allSatisfy({ checker.isCovered(units[$0], by: sentenceConcepts) }) else { return nil }
        let mentioned = Set(units.compactMap(\.entityID))
        // A place may be given by another fact of the same sentence ("invited both parties to
        // meet in Sydney": the invitation's fact names no place, the meeting's does).
        // The other fact must be about what the statement says was done there (its predicate).
        var slots = [fact.subject, fact.object, fact.place].compactMap { $0 }.map { (slot: $0, fact: clause.best.fact) }
        if Self.sameKind(type, .place) {
            let claimed = checker.claimConcepts(units)
            for other in index.sentences[fact.sentenceIndex].facts where other != clause.best.fact {
                guard let place = index.facts[other].fact.place, !slots.contains(where: { $0.slot == place }),
                      !index.facts[other].predicateConcepts.isDisjoint(with: claimed) else { continue }
                slots.append((place, other))
            }
            // ... or by another sentence's fact of the same doer and deed: "made its emergency
            // landing at Kelso Bay" where the landing's sentence has no place and a later one has
            // the jet land back at Port Alden. Not when any such fact has the statement's place.
            // (The place follows the deed's word: "voters in Dornfeld backed" is whose the voters are.)
            if !slots.contains(where: { index.entityByID[$0.slot].map { Self.sameKind($0.type, .place) } == true }) {
                var elsewhere: [(slot: String, fact: Int)] = []
                for other in index.facts.indices where index.facts[other].fact.sentenceIndex != fact.sentenceIndex {
                    let g = index.facts[other]
                    guard let place = g.fact.place, let doer = g.fact.subject, g.fact.positive,
                          mentioned.contains(where: { index.compatible($0, doer) || index.compatible(doer, $0) }),
                          units[..<first].contains(where: { u in u.isWord && u.readings.contains { !$0.flipped && g.predicateConcepts.contains($0) } })
                    else { continue }
                    elsewhere.append((place, other))
                }
                let atTheClaimedPlace = elsewhere.contains { e in
                    named.entity.map { index.compatible($0, e.slot) || index.compatible(e.slot, $0) || Self.within($0, e.slot, index) } ?? false
                }
                if !atTheClaimedPlace { slots += elsewhere }
            }
        }
        for (slot, owner) in slots {
            guard let entity = index.entityByID[slot], Self.sameKind(entity.type, type),
                  !mentioned.contains(where: { index.compatible($0, slot) || index.compatible(slot, $0) }),
                  named.entity.map({ !index.compatible($0, slot) && !index.compatible(slot, $0) && !Self.within($0, slot, index) }) ?? true else { continue }
            return checker.refuted(clause.text, units: units, fact: owner,
                                   correction: "the article names \(entity.name), not \(TextFolding.sanitizeForTerminal(named.text)): \(index.facts[owner].fact.statement)",
                                   reason: "the statement puts \(TextFolding.sanitizeForTerminal(named.text)) where the article has \(entity.name)")
        }
        return nil
    }

    /// Whether one place's name holds the other's as whole words: "Port Alden" and "Port Alden
    /// International Airport", a place in the other or the other in it.
    static func within(_ a: String, _ b: String, _ index: BankIndex) -> Bool {
        guard let x = index.entityByID[a], let y = index.entityByID[b], sameKind(x.type, .place), sameKind(y.type, .place) else { return false }
        let p = " " + TextFolding.comparable(x.name) + " ", q = " " + TextFolding.comparable(y.name) + " "
        return p.contains(q) || q.contains(p)
    }

    /// "The burst main was on Hollins Lane" where the article puts it on Orchard Street and
    /// names Hollins Lane in another sentence: a place the bank knows, after a place
    /// preposition (or "on", of a street), that the best fact's sentence does not name, where that fact has a place of
    /// its own and its sentence backs everything else.
    func knownPlaceElsewhere(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        let fact = index.facts[clause.best.fact].fact
        guard let place = fact.place, let actual = index.entityByID[place], clause.strangers.isEmpty,
              !units.contains(where: { $0.isNegation }) else { return nil }
        let sentence = index.sentences[fact.sentenceIndex]
        let named = units.indices.filter { i in
            guard i > 0, StatementChecker.placePrepositions.contains(units[i - 1].text) || units[i - 1].text == "on", !units[i].quoted,
                  let id = units[i].entityID, let entity = index.entityByID[id] else { return false }
            return Self.sameKind(entity.type, actual.type)
                && !units[i].readings.contains { $0.concept == "@" + id && sentence.concepts.contains($0) }
        }
        guard named.count == 1, let n = named.first, let claimed = units[n].entityID,
              !index.compatible(claimed, place), !index.compatible(place, claimed),
              !units.contains(where: { $0.entityID.map { index.compatible($0, place) || index.compatible(place, $0) } == true }) else { return nil }
        let others = clause.content.filter { $0 != n }
        guard !others.isEmpty, others.allSatisfy({ checker.isCovered(units[$0], by: sentence.concepts) }) else { return nil }
        return checker.refuted(clause.text, units: units, fact: clause.best.fact,
                               correction: "the article names \(actual.name), not \(index.entityName(claimed)): \(fact.statement)",
                               reason: "the statement puts \(index.entityName(claimed)) where the article has \(actual.name)")
    }

    /// "Vantor-2 belonged to Orbisphere Networks" where the article has it belong to Skylance
    /// Orbital and names Orbisphere in another sentence: a name the bank knows, right after "by"
    /// or "to", that the best fact's sentence does not name, where that fact has a named one of
    /// the same kind in its subject or object that the statement leaves out, and its sentence
    /// backs everything else.
    func knownNameElsewhere(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        let fact = index.facts[clause.best.fact].fact
        let sentence = index.sentences[fact.sentenceIndex]
        guard clause.strangers.isEmpty, !units.contains(where: { $0.isNegation }) else { return nil }
        let named = units.indices.filter { i in
            guard i > 0, ["by", "to"].contains(units[i - 1].text), !units[i].quoted, let id = units[i].entityID else { return false }
            return !sentence.units.contains { u in u.entityID.map { index.compatible($0, id) || index.compatible(id, $0) } == true }
        }
        guard named.count == 1, let n = named.first, let claimed = units[n].entityID,
              let type = index.entityByID[claimed]?.type, type != .event else { return nil }
        let others = clause.content.filter { $0 != n }
        guard !others.isEmpty, others.allSatisfy({ checker.isCovered(units[$0], by: sentence.concepts) }) else { return nil }
        let mentioned = units.compactMap(\.entityID)
        for slot in [fact.subject, fact.object].compactMap({ $0 }) {
            guard let entity = index.entityByID[slot], Self.sameKind(entity.type, type),
                  !index.compatible(claimed, slot), !index.compatible(slot, claimed),
                  !mentioned.contains(where: { index.compatible($0, slot) || index.compatible(slot, $0) }) else { continue }
            return checker.refuted(clause.text, units: units, fact: clause.best.fact,
                                   correction: "the article names \(entity.name), not \(index.entityName(claimed)): \(fact.statement)",
                                   reason: "the statement puts \(index.entityName(claimed)) where the article has \(entity.name)")
        }
        return nil
    }

    static func sameKind(_ a: EntityType, _ b: EntityType) -> Bool {
        let states: Set<EntityType> = [.organisation, .group]
        let places: Set<EntityType> = [.place, .country]
        return a == b || (states.contains(a) && states.contains(b)) || (places.contains(a) && places.contains(b))
    }

    func isCapitalised(_ unit: Unit, in scalars: [Unicode.Scalar]) -> Bool {
        unit.start < scalars.count && scalars[unit.start].properties.isUppercase
    }
}
