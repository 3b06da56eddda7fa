/// Refutes a thing given to another owner than the article gives it: "the capital of Talmesia"
/// where the article has "the Korvenian capital", "a tariff on Dravonian steel" where it has
/// Sarmitian steel. An owner is a country or a body written before the noun in the possessive
/// or as its adjective, or after it with "of". Gate: the same word, with an owner of the same
/// kind, in a sentence the clause is matched to, and the article never gives the statement's
/// owner to that word, nor an owner it leaves to a pronoun ("its embassy"), nor names the
/// statement's owner right after the word ("shares in Harwick").
///
/// Example: "Drisk is the capital of Talmesia." — the article says "Drisk, the Korvenian capital".
struct OwnerSwapRule: CheckRule {
    let name = "owner"

    /// Owners a reader must resolve: the word's owner is not told by name.
    static let pronounOwners: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]

    /// Each noun of `units` with the owner written with it.
    static func owned(_ units: [Unit], _ index: BankIndex) -> [(noun: Int, owner: String)] {
        func owner(_ u: Unit) -> String? {
            guard let id = u.entityID, let type = index.entityByID[id]?.type, type == .country || type == .organisation else { return nil }
            return id
        }
        var result: [(Int, String)] = []
        for n in units.indices where units[n].isWord && !units[n].quoted && !units[n].neutral {
            if n > 0, !units[n - 1].quoted, let o = owner(units[n - 1]),
               units[n - 1].possessive || NationalityRule.adjectiveCountry(units[n - 1], index) != nil {
                result.append((n, o))
            } else if n + 2 < units.count, units[n + 1].text == "of" {
                let k = units[n + 2].text == "the" && n + 3 < units.count ? n + 3 : n + 2
                if !units[k].quoted, let o = owner(units[k]) { result.append((n, o)) }
            }
        }
        return result
    }

    /// Each noun a statement gives its own subject with "its" or "their" ("Quorvex offered to sell
    /// its own division"): the subject is the body named first, before any other word of content.
    static func subjectOwned(_ units: [Unit], _ index: BankIndex) -> [(noun: Int, owner: String)] {
        guard let first = units.firstIndex(where: { $0.isContent && !$0.quoted }), let subject = units[first].entityID,
              let type = index.entityByID[subject]?.type, type == .country || type == .organisation else { return [] }
        var result: [(Int, String)] = []
        for n in units.indices.dropFirst(first + 2) where units[n].isWord && !units[n].quoted && !units[n].neutral {
            let k = units[n - 1].text == "own" ? n - 2 : n - 1
            guard k > first, ["its", "their"].contains(units[k].text), !units[k].quoted else { continue }
            // (Not when another body stands between: "Quorvex said Talvio lost its customers".)
            guard !units[(first + 1)..<k].contains(where: { $0.entityID != nil }) else { continue }
            result.append((n, subject))
        }
        return result
    }

    /// Whether the article gives `noun` to `owner` somewhere, or to an owner it does not name
    /// ("its embassy"), or names the owner right after it ("shares in Harwick").
    static func gives(_ noun: Unit, to owner: String, _ index: BankIndex) -> Bool {
        func same(_ a: String, _ b: String) -> Bool { index.compatible(a, b) || index.compatible(b, a) }
        return index.sentences.contains { sentence in
            let words = sentence.units
            return Self.owned(words, index).contains { o in
                same(o.owner, owner) && StatementChecker.shares(words[o.noun], [noun])
            } || words.indices.contains { j in
                StatementChecker.shares(words[j], [noun])
                    && (j > 0 && Self.pronounOwners.contains(words[j - 1].text)
                        || j + 2 < words.count && ["in", "at", "for"].contains(words[j + 1].text)
                            && words[j + 2].entityID.map { same($0, owner) } == true)
            }
        }
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        let mine = Self.owned(units, index) + Self.subjectOwned(units, index)
        guard !mine.isEmpty else { return nil }
        func same(_ a: String, _ b: String) -> Bool { index.compatible(a, b) || index.compatible(b, a) }
        func kind(_ id: String) -> EntityType? { index.entityByID[id]?.type }
        for claim in mine {
            let noun = units[claim.noun]
            // Looked up once per claim, and only when a matched sentence gives the word another owner.
            var given: Bool?
            for factIndex in clause.contextFacts {
                let sentence = index.sentences[index.facts[factIndex].fact.sentenceIndex]
                for theirs in Self.owned(sentence.units, index)
                where kind(theirs.owner) == kind(claim.owner) && !same(theirs.owner, claim.owner)
                    && StatementChecker.shares(sentence.units[theirs.noun], [noun])
                    && !units.contains(where: { u in u.entityID.map { same($0, theirs.owner) } == true }) {
                    if given == nil { given = Self.gives(noun, to: claim.owner, index) }
                    if given == true { break }
                    return checker.refuted(clause.text, units: units, fact: factIndex,
                                           correction: "the article gives the \(noun.text) to \(index.entityName(theirs.owner)), not \(index.entityName(claim.owner)): \(index.facts[factIndex].fact.statement)",
                                           reason: "the statement gives \(index.entityName(theirs.owner))'s \(noun.text) to \(index.entityName(claim.owner))")
                }
            }
        }
        return nil
    }
}
