/// Refutes an exchange turned around: what is given up and what it is for, swapped. The two
/// sides are the words before and after a marker of purpose or exchange ("to pay for", "to
/// fund", "in exchange for") in one clause (three words of content before it, four after); each
/// side of the statement shares a word with the article's other side, and the two crossings
/// share at least two words more than the sides read straight. Gate: the clause is closely about the
/// matched sentences.
///
/// Example: "The budget would have cut defence spending to pay for farm subsidies." — the
/// article cuts farm subsidies to pay for a rise in defence spending.
struct PurposeSwapRule: CheckRule {
    let name = "purpose-swap"

    /// Words between what is given up and what it is for.
    static let markers: [[String]] = [
        ["to", "pay", "for"], ["to", "fund"], ["to", "finance"], ["in", "exchange", "for"],
        ["in", "return", "for"], ["to", "make", "way", "for"], ["to", "make", "room", "for"],
    ]

    /// Words that end a side: another clause begins.
    static let enders: Set<String> = ["and", "but", "while", "which", "who", "whose", "that", "because", "although"]

    /// Each exchange in `units`: its marker, the units of what is given up and of what it is for.
    static func exchanges(_ units: [Unit]) -> [(marker: Int, given: [Int], purpose: [Int])] {
        // The words of the text, each with its unit ("pay for" may be one unit).
        var words: [(text: String, unit: Int)] = []
        for (k, u) in units.enumerated() where !u.quoted {
            for w in u.text.split(separator: " ") { words.append((String(w), k)) }
        }
        func side(_ k: Int) -> Bool {
            let u = units[k]
            return (u.isWord && !u.neutral && u.value == nil) || (u.entityID != nil && !u.quoted)
        }
        var result: [(Int, [Int], [Int])] = []
        for (m, marker) in markers.enumerated() {
            var p = 0
            while p + marker.count <= words.count {
                guard zip(marker, words[p..<(p + marker.count)]).allSatisfy({ $0 == $1.text }) else { p += 1; continue }
                let first = words[p].unit, last = words[p + marker.count - 1].unit
                // Three words of each side at most: what is given up stands right before the
                // marker, past its figures ("cut farm subsidies by 420 million euros, to pay for").
                var given: [Int] = []
                var k = first - 1
                while k >= 0, k >= first - 12, given.count < 3, !enders.contains(units[k].text) {
                    if side(k) { given.append(k) }
                    k -= 1
                }
                var purpose: [Int] = []
                k = last + 1
                while k < units.count, k <= last + 8, purpose.count < 4, !enders.contains(units[k].text) {
                    if side(k) { purpose.append(k) }
                    if units[k].boundaryAfter { break }
                    k += 1
                }
                if !given.isEmpty, !purpose.isEmpty { result.append((m, given, purpose)) }
                p += marker.count
            }
        }
        return result
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isCloselyAbout else { return nil }
        let mine = Self.exchanges(clause.units)
        guard !mine.isEmpty else { return nil }
        let index = checker.index
        for (factIndex, s) in clause.contextSentences(index) {
            let sentence = index.sentences[s].units
            for theirs in Self.exchanges(sentence) {
                func concepts(_ side: [Int]) -> Set<Int32> {
                    Set(side.flatMap { k in sentence[k].readings.prefix(sentence[k].primaryReadings).filter { !$0.flipped }.map(\.id) })
                }
                let given = concepts(theirs.given), purpose = concepts(theirs.purpose)
                func shared(_ side: [Int], _ with: Set<Int32>) -> Int {
                    side.filter { k in clause.units[k].readings.prefix(clause.units[k].primaryReadings).contains { !$0.flipped && with.contains($0.id) } }.count
                }
                for claim in mine where claim.marker == theirs.marker {
                    let crossed = shared(claim.purpose, given) + shared(claim.given, purpose)
                    let straight = shared(claim.purpose, purpose) + shared(claim.given, given)
                    guard shared(claim.purpose, given) >= 1, shared(claim.given, purpose) >= 1, crossed >= straight + 2 else { continue }
                    let f = index.facts[factIndex]
                    return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                           correction: "the article has it the other way round: \(f.fact.statement)",
                                           reason: "the statement swaps what is given up and what it is for: \(f.fact.statement)")
                }
            }
        }
        return nil
    }
}
