/// Decides what a statement about something the article does not state as done gets (bank
/// field `certainty`): what the article only hopes for or leaves open is not mentioned as a
/// fact, unless the statement is itself hedged, and refuted when the statement says it has
/// already happened ("has secured") or the hope is past ("had hoped to buy"); what it plans or
/// expects backs a statement about the future or the plan, and refutes one that says it has
/// already happened (with "already", also when the best-matching sentence is a headline that
/// states the plan as news).
///
/// Examples: "The two sides found common ground." — the article only hopes they can (not
/// mentioned). "The city has secured 120 million euros." — it hopes to (refuted). "The first
/// phase opened in 2028." — the article says it is planned to open then (refuted). "The first
/// phase will open in 2028." — supported.
struct CertaintyRule: CheckRule {
    let name = "certainty"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let index = checker.index
        var chosen = clause.best.fact
        // "has already closed": a plan of the same action told in another sentence ("to shut"
        // in a headline, "said it would close" in the body) is the article's word on it.
        let already = clause.units.contains { $0.text == "already" && !$0.quoted }
        if already, index.facts[chosen].fact.certainty == .stated {
            if let planned = clause.candidates.prefix(4).first(where: { c in
                let f = index.facts[c.fact]
                return c.score >= 0.8 * clause.best.score && (f.fact.certainty == .planned || f.fact.certainty == .expected)
                    && clause.units.contains { u in u.kind == .word && u.readings.contains { !$0.flipped && f.predicateConcepts.contains($0) } }
            }) { chosen = planned.fact }
        }
        // "Okafor, who chairs the committee, said the city has received 120 million euros": a hope
        // in a sentence that backs the clause, not the position the best fact gives, is what the
        // clause's verb is about.
        if index.facts[chosen].fact.certainty == .stated {
            let bestConcepts = index.facts[chosen].concepts
            if let other = clause.candidates.prefix(4).first(where: { c in
                let f = index.facts[c.fact]
                return f.fact.certainty == .hoped && clause.usedSentences.contains(f.fact.sentenceIndex) && c.score >= 0.6 * clause.best.score
                    && clause.units.contains { u in
                        u.kind == .word && u.readings.contains { !$0.flipped && f.concepts.contains($0) }
                            && !u.readings.contains { !$0.flipped && bestConcepts.contains($0) }
                    }
            }) { chosen = other.fact }
        }
        let fact = index.facts[chosen].fact
        var evidence: [EvidenceItem] { [checker.evidenceItem(chosen, units: clause.units)] }
        switch fact.certainty {
        case .stated:
            return nil
        case .hoped, .uncertain:
            guard !clause.isHedged else { return nil }
            // A hope that still stands says it has not happened yet: "has already presented",
            // "has secured" against "hopes to present". A hope in the past perfect ("had hoped
            // to buy") did not come true, so a statement that it happened is refuted too.
            if fact.certainty == .hoped, !clause.speaksOfTheFuture, clause.saysItHappened,
               already || Self.isPresentPerfect(clause.units) || Self.hopeFailed(fact.evidenceText) {
                return PartResult(text: clause.text, verdict: .refuted, evidence: evidence,
                                  correction: "the article gives this only as a hope, not as done: \(fact.statement)",
                                  explanation: "the statement says it has happened; the article only hopes for it")
            }
            let how = fact.certainty == .hoped ? "only hopes for this" : "leaves this open"
            return PartResult(text: clause.text, verdict: .notMentioned, evidence: evidence, correction: nil,
                              explanation: "the article \(how): \(fact.statement)")
        case .planned, .expected:
            // "already" says it is done, whatever else speaks of a plan ("its next sale").
            guard already || !clause.speaksOfTheFuture, clause.saysItHappened else { return nil }
            // "Lind spoke on Tuesday." against "Lind said on Tuesday that the company would
            // appeal": the saying happened; only what was said is planned.
            if fact.category == .speaker, Self.speaksOfTheSayingOnly(clause) { return nil }
            // "Halvorsen announced the recall" against "said it would recall": the only verb in the
            // past is the saying, which happened; the recall is still the plan it announced.
            if Self.onlyTheSayingIsPast(clause) { return nil }
            // "The damaged jet has not flown since the incident" against "Repairs to the damaged
            // jet, which has not flown since the incident, will cost ...": the sentence gives the
            // statement's past verb in the past itself; only the rest is planned.
            if Self.sentenceStatesItsPast(clause, checker.index.sentences[fact.sentenceIndex].units) { return nil }
            let how = fact.certainty == .planned ? "planned" : "expected"
            return PartResult(text: clause.text, verdict: .refuted, evidence: evidence,
                              correction: "the article gives this as \(how), not as done: \(fact.statement)",
                              explanation: "the statement says it has happened; the article says it is \(how)")
        }
    }

    /// Whether the clause says only what the sentence tells in a clause of its own set off by
    /// commas (", which has not flown since the incident,"), with its verb in the past there too:
    /// each word of the clause is in that aside or in the few words it is about, and each verb
    /// in the past is one the aside has in the past (by a shared meaning, outside quotes).
    static func sentenceStatesItsPast(_ clause: ClauseState, _ sentence: [Unit]) -> Bool {
        let units = clause.units
        let past = units.indices.filter { units[$0].isWord && !units[$0].neutral && ClauseState.isPastVerb(units, $0) }
        guard !past.isEmpty else { return false }
        func shares(_ i: Int, _ range: Range<Int>, pastOnly: Bool) -> Bool {
            let readings = units[i].readings.prefix(units[i].primaryReadings).filter { !$0.flipped }
            return range.contains { j in
                guard !pastOnly || (sentence[j].isWord && ClauseState.isPastVerb(sentence, j)) else { return false }
                if sentence[j].readings.contains(where: { r in !r.flipped && readings.contains(r) }) { return true }
                // ... or says it in more general words ("the aircraft" for "the damaged jet").
                guard !pastOnly, let last = sentence[j].text.split(separator: " ").last,
                      let broader = WordNet.entry(for: String(last))?.broader else { return false }
                return readings.contains { broader.contains($0.concept) }
            }
        }
        let words = units.indices.filter { units[$0].isContent && units[$0].entityID == nil }
        for w in sentence.indices.dropFirst() where ["which", "who"].contains(sentence[w].text) && sentence[w - 1].boundaryAfter {
            var end = w
            while end < sentence.count - 1, !sentence[end].boundaryAfter { end += 1 }
            let aside = w..<(end + 1), about = max(0, w - 3)..<w
            if past.allSatisfy({ shares($0, aside, pastOnly: true) }),
               words.allSatisfy({ shares($0, aside, pastOnly: false) || shares($0, about, pastOnly: false) }) { return true }
        }
        return false
    }

    /// "has secured", "have agreed": a form of "have" (not quoted) before a verb in the past.
    static func isPresentPerfect(_ units: [Unit]) -> Bool {
        units.indices.dropLast().contains { i in
            ["has", "have"].contains(units[i].text) && !units[i].quoted && !units[i].negated
                && (i + 1..<min(units.count, i + 3)).contains { k in
                    let w = units[k].text.split(separator: " ").first.map(String.init) ?? ""
                    return (w.hasSuffix("ed") && w.count > 4) || GeneralLexicon.finiteVerbForms.contains(w)
                }
        }
    }

    /// Whether an evidence span gives a hope in the past perfect: "had hoped to buy".
    static func hopeFailed(_ evidence: String) -> Bool {
        let words = Tokenizer.tokenize(evidence).map(\.text)
        return words.indices.dropLast().contains { words[$0] == "had" && ["hoped", "wanted", "planned", "intended"].contains(words[$0 + 1]) }
    }

    /// Whether every verb of the clause in the past tense is a word of saying ("announced",
    /// "declared"), and nothing says the thing is done ("completed", "already").
    static func onlyTheSayingIsPast(_ clause: ClauseState) -> Bool {
        let past = clause.units.indices.filter { ClauseState.isPastVerb(clause.units, $0) }
        guard !past.isEmpty, !clause.units.contains(where: { $0.text == "already" }) else { return false }
        let completion = clause.units.contains { u in
            u.isWord && !u.quoted && u.text.split(separator: " ").contains { GeneralLexicon.completionCues.contains(String($0)) }
        }
        return !completion && past.allSatisfy { i in
            GeneralLexicon.announcingWords.contains(clause.units[i].text.lowercased()) || Self.decidesToDo(clause.units, i)
        }
    }

    /// Whether unit `i` is a verb of deciding with what it decides after "to": "voted on Monday
    /// to move the start", "agreed to pay". The deciding happened; the deed is still the plan.
    static func decidesToDo(_ units: [Unit], _ i: Int) -> Bool {
        let word = units[i].text.lowercased()
        guard !word.contains(" "), GeneralLexicon.decidingStems.contains(Stemmer.stem(word)) else { return false }
        for k in (i + 1)..<min(units.count, i + 5) {
            if units[k].text == "to" { return k + 1 < units.count && units[k + 1].isWord && units[k + 1].value == nil }
            if units[k].isWord && !units[k].neutral { return false }
        }
        return false
    }

    /// Whether the clause's only content words are words for speaking ("spoke", "said").
    static func speaksOfTheSayingOnly(_ clause: ClauseState) -> Bool {
        let words = clause.units.filter { $0.isWord && !$0.neutral }
        return !words.isEmpty && words.allSatisfy { GeneralLexicon.speakingWords.contains($0.text.lowercased()) }
    }
}
