/// Decides not mentioned when a word of the statement is backed only by an article word given
/// as a possibility, a wish or something not yet done ("potentially providing", "before
/// approving", "urged regulators to wait"), and the statement says it is so.
///
/// Example: "China provided assistance to Russia." — the article has reports of China
/// *potentially* providing it.
struct PossibilityRule: CheckRule {
    let name = "possibility"

    /// Verbs after which "to do" is asked for, wanted or awaited, not done.
    static let directiveWords: Set<String> = ["urge", "urged", "urges", "ask", "asked", "asks", "call", "called", "calls",
                                              "want", "wanted", "wants", "wait", "waited", "waits", "plan", "plans",
                                              "planned", "hope", "hoped", "hopes", "expect", "expected", "expects",
                                              "wish", "wished", "seek", "sought", "seeking", "press", "pressed", "pressing",
                                              "intend", "intends", "intended", "aim", "aims", "aimed", "need", "needs"]

    /// Verbs of ability and duty: what follows them is not yet done.
    static let modals: Set<String> = ["should", "must", "could", "can", "may", "might", "ought"]

    /// Whether unit `j` is only a possibility, a wish or something not yet done: "potentially
    /// providing", "before approving", "urged regulators to wait".
    static func isUnrealised(_ units: [Unit], _ j: Int) -> Bool {
        guard j > 0 else { return false }
        let previous = units[j - 1].text
        if GeneralLexicon.hedgeModifiers.contains(previous) { return true }
        // "wants more time before approving" is not yet done; "read 212 entries before naming a
        // shortlist" told in the past is done.
        if previous == "before" {
            return units[max(0, j - 12)..<(j - 1)].contains { u in
                u.text.split(separator: " ").contains { w in
                    let w = String(w)
                    return directiveWords.contains(w) || GeneralLexicon.futureCues.contains(w) || Self.modals.contains(w)
                }
            }
        }
        guard previous == "to" else { return false }
        return units[max(0, j - 7)..<(j - 1)].contains { u in u.text.split(separator: " ").contains { directiveWords.contains(String($0)) } }
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let index = checker.index
        let bestFact = index.facts[clause.best.fact].fact
        let sentence = index.sentences[bestFact.sentenceIndex]
        let units = clause.units
        // A statement that itself speaks of a wish, a call or a plan is about that, not the deed.
        guard !clause.isHedged, !clause.speaksOfTheFuture, !units.contains(where: { ClauseState.hasWord($0, in: Self.directiveWords) })
        else { return nil }
        let alignment = sentence.alignment()
        for i in clause.content where units[i].isWord && !units[i].neutral && !Self.isUnrealised(units, i) {
            var nearIDs: [Int32] = []
            for k in BankIndex.neighbours(units, i) { for r in units[k].readings { nearIDs.append(r.id) } }
            let near = ConceptSet(nearIDs)
            let aligned = units[i].readings.prefix(units[i].primaryReadings).filter { !$0.flipped }
                .flatMap { checker.alignedUnits(concept: $0.id, near: near, sentence: alignment) }
            guard !aligned.isEmpty, aligned.allSatisfy({ Self.isUnrealised(sentence.units, $0) }) else { continue }
            let j = aligned[0]
            let phrase = sentence.units[max(0, j - 1)].text + " " + sentence.units[j].text
            return PartResult(text: clause.text, verdict: .notMentioned,
                              evidence: [checker.evidenceItem(clause.best.fact, units: units)], correction: nil,
                              explanation: "the article gives this only as a possibility ('\(phrase)')")
        }
        return nil
    }
}
