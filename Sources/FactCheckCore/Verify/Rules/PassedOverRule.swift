/// Refutes a statement that puts what the article passes over ("ahead of Imara", "rather than
/// the bridge", "instead of Leeds") where the article puts what it chose or ranked first: the
/// statement names the passed-over one, not after such a word of its own and not as its subject,
/// and not the one chosen. Gate: the clause is closely about the matched sentences.
///
/// Example: "The public voted to name the calf Imara." — the article says "52 percent chose
/// Nia ... ahead of Imara and Tumaini".
struct PassedOverRule: CheckRule {
    let name = "passed-over"

    /// Words after which a name is the one not chosen, or ranked below the one before them.
    static let markers: Set<String> = ["ahead of", "rather than", "instead of", "in place of", "in preference to"]

    /// Whether unit `k` of `units` is a marker ("ahead" + "of" read as two units counts too).
    static func isMarker(_ units: [Unit], _ k: Int) -> Bool {
        let text = units[k].text
        if markers.contains(text) { return true }
        return k + 1 < units.count && ["ahead", "instead", "rather"].contains(text) && ["of", "than"].contains(units[k + 1].text)
    }

    /// A name: an entity of the bank, or a capitalised word ("Imara", "Selene") that is no
    /// phrase of the language.
    static func isName(_ unit: Unit) -> Bool {
        unit.entityID != nil || unit.isUnknownName || (unit.isWord && unit.capitalized && !unit.neutral && !unit.text.contains(" "))
    }

    /// The names a sentence passes over, each with the word before its marker (past
    /// an aside between commas: "chose Nia, a Swahili word meaning \"purpose\", ahead of Imara")
    /// and the marker's place.
    static func passedOver(_ units: [Unit]) -> [(loser: Unit, winner: Unit, at: Int)] {
        var result: [(Unit, Unit, Int)] = []
        for m in units.indices.dropFirst() where !units[m].quoted && isMarker(units, m) {
            var w = m - 1
            if units[w].boundaryAfter, let comma = (0..<w).last(where: { units[$0].boundaryAfter }) { w = comma }
            let end = w
            // The one put first: the nearest word of content before the marker, not a figure ("71
            // seconds ahead of" says by how much).
            while w >= 0, end - w <= 6, w == end || !units[w].boundaryAfter {
                if units[w].isContent, units[w].value == nil, !units[w].neutral { break }
                w -= 1
            }
            guard w >= 0, end - w <= 6, units[w].isContent, units[w].value == nil, !units[w].neutral else { continue }
            // "finishing 71 seconds ahead of": a verb's doer is the one put first, not named here.
            if units[w].isWord, units[w].text.hasSuffix("ing") || units[w].text.hasSuffix("ed") { continue }
            var k = m + 1
            if k < units.count, ["of", "than"].contains(units[k].text) { k += 1 }
            while k < units.count, k <= m + 7 {
                let u = units[k]
                // "ahead of Britain's Holly Pryce": the owner is not the one passed over.
                if isName(u), !u.possessive { result.append((u, units[w], m)) } else if u.possessive { k += 1; continue } else if !["and", "or"].contains(u.text) && u.isContent { break }
                if u.boundaryAfter { break }
                k += 1
            }
        }
        return result
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isCloselyAbout else { return nil }
        let units = clause.units
        let leading = units.firstIndex { $0.isContent && !$0.quoted }
        let index = checker.index
        func same(_ a: Unit, _ b: Unit) -> Bool {
            if let x = a.entityID, let y = b.entityID { return index.compatible(x, y) || index.compatible(y, x) }
            return a.entityID == nil && b.entityID == nil && a.text == b.text
        }
        func shown(_ u: Unit) -> String { u.entityID.map { index.entityName($0) } ?? (u.capitalized ? u.text.capitalized : u.text) }
        var seen = Set<Int>()
        // (The context facts start with the best one.)
        for factIndex in clause.contextFacts {
            let sentence = index.facts[factIndex].fact.sentenceIndex
            guard seen.insert(sentence).inserted else { continue }
            let pairs = index.sentences[sentence].passedOver()
            guard !pairs.isEmpty else { continue }
            for k in units.indices where k != leading && !units[k].quoted && !units[k].negated && Self.isName(units[k]) {
                // The statement's own "ahead of Imara", "than Imara", "beat Imara": it says so itself.
                if (max(0, k - 3)..<k).contains(where: { j in Self.isMarker(units, j) || ["than", "over", "behind", "beat", "of"].contains(units[j].text) }) {
                    continue
                }
                guard let pair = pairs.first(where: { same(units[k], $0.loser) }),
                      !units.contains(where: { same($0, pair.winner) }) else { continue }
                // The fact that tells it: the one whose evidence holds the marker.
                let teller = index.sentences[sentence].facts.first { index.facts[$0].unitRange.contains(pair.at) } ?? factIndex
                let fact = index.facts[teller]
                let winner = shown(pair.winner), loser = shown(pair.loser)
                return checker.refuted(clause.text, units: units, fact: teller,
                                       correction: "the article has \(winner) there, not \(loser): \(fact.fact.statement)",
                                       reason: "the statement gives \(loser) the place the article gives \(winner)")
            }
        }
        return nil
    }
}
