/// Refutes a vote turned the other way: "against" where the article has the same vote "in
/// favour of" the same thing, or "for" / "to" where it has "against". The thing voted on must
/// be the same in both (a shared word or name after the direction). Gate: the clause is closely
/// about the matched sentences.
///
/// Example: "Councillors voted 31 to 12 against the plan." — the article says 31 to 12 in
/// favour of the plan. Likewise a vote said to be unanimous where the article gives votes the
/// other way ("4 to 1"), and the other way round; and a motion "defeated by 79 votes to 63"
/// where the article has the 79 voting for it.
struct VoteDirectionRule: CheckRule {
    let name = "direction"

    static let voteWords: Set<String> = ["vote", "votes", "voted", "voting", "balloted"]

    /// One vote of a text that says which way it went.
    struct Direction {
        /// +1 for, -1 against.
        var sign: Int
        /// The words that say which way ("against", "in favour of").
        var marker: String
        /// The units after them that say what it was on.
        var object: ArraySlice<Unit>
        /// Who voted: the nearest name before the vote in its own clause, when there is one.
        var voter: String?
    }

    /// Words that end what a vote was on: "voting against because she considered ...".
    static let objectEnders: Set<String> = ["because", "after", "as", "since", "while", "when", "although", "though", "but", "and"]

    /// Each vote in `units` that says which way it went. A vote with nothing after its direction
    /// ("with Delgado voting against") was on what the vote before it in the text was on.
    static func directions(_ units: [Unit]) -> [Direction] {
        var result: [Direction] = []
        // Every vote word starts with "v" (a cheap test: most texts have no vote).
        for (i, u) in units.enumerated() where u.text.utf8.first == UInt8(ascii: "v") && !u.quoted {
            var sign: Int?, markerEnd = i + 1, objectStart = i + 1, marker = ""
            if voteWords.contains(u.text) {
                var j = i + 1
                // Past the count and the day: "voted 31 to 12", "voted unanimously on Monday".
                while j < units.count, j <= i + 8 {
                    let t = units[j].text
                    if units[j].value != nil || ["by", "unanimously", "narrowly", "overwhelmingly", "on", "votes"].contains(t) { j += 1; continue }
                    if t == "to", j + 1 < units.count, units[j + 1].value != nil { j += 1; continue }
                    break
                }
                guard j < units.count else { continue }
                let t = units[j].text
                markerEnd = j + 1
                if t == "against" { sign = -1 }
                else if t == "for" { sign = 1 }
                else if t == "in", j + 1 < units.count, ["favour", "favor", "support"].contains(units[j + 1].text) {
                    sign = 1
                    markerEnd = j + 2 < units.count && units[j + 2].text == "of" ? j + 3 : j + 2
                } else if t == "to", j + 1 < units.count, units[j + 1].isWord { sign = 1 }
                guard sign != nil else { continue }
                // "to return": the verb says what the vote was for.
                let shown = t == "to" ? min(j + 2, units.count) : min(markerEnd, units.count)
                marker = units[j..<shown].map(\.text).joined(separator: " ")
                objectStart = t == "to" ? j + 1 : markerEnd
            } else if u.isWord, let space = u.text.firstIndex(of: " "), voteWords.contains(String(u.text[..<space])) {
                // A phrase of the lexicon: "voted against", "vote in favour of", "voted down".
                let rest = u.text[u.text.index(after: space)...]
                if rest == "against" || rest == "down" { sign = -1 }
                else if rest == "for" || rest.hasPrefix("in favo") || rest == "in support of" { sign = 1 }
                guard sign != nil else { continue }
                marker = String(rest)
            } else {
                continue
            }
            guard var s = sign else { continue }
            if u.negated { s = -s }
            // What it was on: up to four units, ending at the clause's end or a word that opens another.
            var end = min(objectStart, units.count)
            if end > i, !units[end - 1].boundaryAfter {
                while end < min(objectStart + 4, units.count), !objectEnders.contains(units[end].text.split(separator: " ").first.map(String.init) ?? "") {
                    end += 1
                    if units[end - 1].boundaryAfter { break }
                }
            }
            var object = units[min(objectStart, units.count)..<max(end, min(objectStart, units.count))]
            if !object.contains(where: \.isContent), let previous = result.last { object = previous.object }
            // The voter: the nearest name before the vote, within its clause.
            // An aside between them is passed over ("Delgado, who chairs the board, voted").
            var voter: String?
            var k = i - 1
            var asideOpen: Int?
            while k >= 0 {
                if units[k].boundaryAfter, k != asideOpen {
                    guard let open = units[..<k].lastIndex(where: \.boundaryAfter),
                          ["who", "which", "whose"].contains(units[open + 1].text) else { break }
                    k = open
                    asideOpen = open
                    continue
                }
                if let e = units[k].entityID, !units[k].quoted { voter = e; break }
                k -= 1
            }
            result.append(Direction(sign: s, marker: marker, object: object, voter: voter))
        }
        return result
    }

    /// A vote's tally with votes against it: "4 to 1", "by 27 votes to 14", "7-2" read as two numbers.
    static func splitTally(_ units: [Unit]) -> (yes: Int, no: Int)? {
        guard units.contains(where: { $0.text.utf8.first == UInt8(ascii: "v") && voteWords.contains($0.text) }) else { return nil }
        for j in units.indices.dropLast(2) where !units[j].quoted {
            // (The count's noun may stand between: "by 27 votes to 14".)
            let to = j + 2 < units.count - 1 && voteWords.contains(units[j + 1].text) ? j + 2 : j + 1
            guard let a = units[j].value, a.kind == .cardinal || a.kind == .quantity, units[to].text == "to",
                  let b = units[to + 1].value, b.kind == .cardinal || b.kind == .quantity, b.number > 0, a.number > b.number else { continue }
            return (a.number, b.number)
        }
        return nil
    }

    /// Whether the units say a vote was unanimous.
    static func unanimous(_ units: [Unit]) -> Bool {
        units.contains { $0.text.utf8.first == UInt8(ascii: "u") && $0.text.hasPrefix("unanimous") && !$0.quoted && !$0.negated }
            && units.contains { $0.text.utf8.first == UInt8(ascii: "v") && voteWords.contains($0.text) }
    }

    /// "voted unanimously" where the article gives the vote as 4 to 1, and "voted 4 to 1" where it
    /// says the vote was unanimous.
    func unanimity(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let claimsUnanimous = Self.unanimous(clause.units)
        let claimedTally = Self.splitTally(clause.units)
        guard claimsUnanimous || claimedTally != nil else { return nil }
        for factIndex in clause.contextFacts {
            let fact = checker.index.facts[factIndex]
            let sentence = checker.index.sentences[fact.fact.sentenceIndex].units
            let sentenceTally = Self.splitTally(sentence)
            if claimsUnanimous, let tally = sentenceTally {
                return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                       correction: "the article says the vote was \(tally.yes) to \(tally.no): \(fact.fact.statement)",
                                       reason: "the vote was not unanimous: \(tally.no) voted the other way")
            }
            if let tally = claimedTally, sentenceTally == nil, Self.unanimous(sentence) {
                return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                       correction: "the article says the vote was unanimous: \(fact.fact.statement)",
                                       reason: "the article has no one voting the other way, not \(tally.no)")
            }
        }
        return nil
    }

    /// "The motion was defeated by 79 votes to 63" where the article has 79 votes for it: the
    /// larger count of a tally is the side the outcome went, and a fact of the matched sentences,
    /// on the same thing, gives that count to the other side.
    func tallyOutcome(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard let tally = Self.splitTally(clause.units) else { return nil }
        let units = clause.units
        let index = checker.index
        let approve = index.conceptID(Analyzer.approveConcept), reject = index.conceptID(Analyzer.rejectConcept)
        func sign(_ u: Unit) -> Int? {
            let readings = u.readings.prefix(u.primaryReadings).filter { !$0.flipped }
            if readings.contains(where: { $0.id == approve }) { return 1 }
            if readings.contains(where: { $0.id == reject }) { return -1 }
            return nil
        }
        // The outcome: a word that approves or rejects (not a vote with its own direction), said
        // of the thing named before it.
        guard let o = units.indices.first(where: { i in
                  units[i].isWord && !units[i].quoted && !Self.voteWords.contains(units[i].text) && sign(units[i]) != nil
              }),
              var claimed = sign(units[o]),
              let thing = units[..<o].last(where: { $0.entityID != nil && !$0.quoted })?.entityID else { return nil }
        if units[o].negated { claimed = -claimed }
        // Every fact of the matched sentences: the votes of each side are facts of their own.
        for k in clause.contextSentences(index).flatMap({ index.sentences[$0.sentence].facts }) {
            let f = index.facts[k]
            guard let object = f.fact.object, index.compatible(thing, object) || index.compatible(object, thing),
                  f.fact.quantities.contains(where: { $0.value == Double(tally.yes) }) else { continue }
            // The side: a vote's own direction ("vote for", "vote against"), or what the verb does.
            let voted = Self.side(of: f)
            let side = voted != 0 ? voted : f.predicateConcepts.contains(approve) ? 1 : f.predicateConcepts.contains(reject) ? -1 : 0
            guard side != 0, side != claimed else { continue }
            return checker.refuted(clause.text, units: units, fact: k,
                                   correction: "the article says: \(f.fact.statement)",
                                   reason: "the larger side of the tally, \(tally.yes), voted the other way: \(f.fact.statement)")
        }
        return nil
    }

    /// The way a fact's predicate votes: +1 "vote for", -1 "vote against", 0 for any other.
    static func side(of fact: IndexedFact) -> Int {
        let words = Set((fact.fact.predicate ?? "").lowercased().split(separator: " ").map(String.init))
        guard !words.isDisjoint(with: voteWords) else { return 0 }
        if words.contains("against") { return -1 }
        return words.isDisjoint(with: ["for", "favour", "favor"]) ? 0 : 1
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        // (A tally the article does not give is all that is unbacked then: "voted 6 to 1".)
        if clause.isCloselyAbout || clause.isDatable,
           let result = unanimity(clause, checker) ?? tallyOutcome(clause, checker) { return result }
        guard clause.isCloselyAbout else { return nil }
        let mine = Self.directions(clause.units)
        guard !mine.isEmpty else { return nil }
        func compatible(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return false }
            return checker.index.compatible(a, b) || checker.index.compatible(b, a)
        }
        for factIndex in clause.contextFacts {
            let fact = checker.index.facts[factIndex]
            let sentence = checker.index.sentences[fact.fact.sentenceIndex].units
            let votes = Self.directions(sentence)
            for claim in mine {
                // When the sentence has this voter's own vote, that one is compared ("the board
                // voted in favour, with Delgado voting against").
                let own = votes.filter { $0.voter != nil && $0.voter == claim.voter }
                let near = own.isEmpty ? votes.filter { compatible($0.voter, claim.voter) } : own
                for theirs in near.isEmpty ? votes : near where claim.sign != theirs.sign {
                    // The same thing voted on: a shared concept among the first content words after it.
                    let claimed = Set(claim.object.filter(\.isContent).flatMap { $0.readings.filter { !$0.flipped }.map(\.concept) })
                    var sameObject = theirs.object.filter(\.isContent).contains { a in a.readings.contains { !$0.flipped && claimed.contains($0.concept) } }
                    // A vote on "it" is on the fact's object, when the statement names that one
                    // ("the Green League voted against it", the motion's fact).
                    // (That vote is the fact's own: the fact's predicate is a vote that way, by the
                    // statement's voter.)
                    if !sameObject, !theirs.object.contains(where: \.isContent), let object = fact.fact.object,
                       Self.side(of: fact) == theirs.sign, compatible(claim.voter, fact.fact.subject),
                       theirs.voter == nil || compatible(theirs.voter, fact.fact.subject) {
                        sameObject = claim.object.contains { u in !u.quoted && compatible(u.entityID, object) }
                    }
                    guard sameObject else { continue }
                    return checker.refuted(clause.text, units: clause.units, fact: factIndex,
                                           correction: "the article says the vote was '\(theirs.marker)': \(fact.fact.statement)",
                                           reason: "the vote goes the other way: '\(claim.marker)' for the article's '\(theirs.marker)'")
                }
            }
        }
        return nil
    }
}
