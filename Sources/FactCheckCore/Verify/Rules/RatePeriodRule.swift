/// Refutes a rate given over another span than the article's: the statement's figure is the
/// article's, but "a week" where the article has "a day" after it. Gate: the span word backs
/// nothing in the article's matched sentences, the statement's figure stands a few words before
/// "a", "per", "each" or "every" and the span, with no break between, and a matched sentence
/// gives the same figure with another span after it the same way.
///
/// Example: "The alliance agreed to cut output by 1.2 million barrels per week." — the article
/// says per day.
struct RatePeriodRule: CheckRule {
    let name = "rate-period"

    /// The spans a rate is given over, in the singular.
    static let spans: Set<String> = ["hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "season"]
    /// The words that put a span after a figure as its rate.
    static let rateWords: Set<String> = ["a", "an", "per", "each", "every"]

    /// The span of a rate at unit `i` ("week" after "a" or "per", or a phrase of the bank's that
    /// ends so: "barrels a day"), with the words that give it, and the figure it belongs to: a
    /// value at most four units before, with no break between ("150 aid trucks a week").
    static func rate(at i: Int, in units: [Unit]) -> (span: String, words: String, figure: Int)? {
        let words = units[i].text.split(separator: " ").map(String.init)
        guard let span = words.last, spans.contains(span) else { return nil }
        let start: Int
        if words.count >= 2 {
            guard rateWords.contains(words[words.count - 2]) else { return nil }
            start = i - 1
        } else {
            guard i >= 2, rateWords.contains(units[i - 1].text) else { return nil }
            start = i - 2
        }
        let said = (words.count >= 2 ? words[words.count - 2] : units[i - 1].text) + " " + span
        var j = start
        while j >= max(0, start - 4) {
            if units[j].boundaryAfter || units[j].isNegation { return nil }
            if let value = units[j].value { return value.kind == .quantity || value.kind == .cardinal ? (span, said, j) : nil }
            j -= 1
        }
        return nil
    }

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        let units = clause.units
        let index = checker.index
        for i in clause.unexplainedUnits where !units[i].quoted {
            guard let mine = Self.rate(at: i, in: units), let value = units[mine.figure].value else { continue }
            for (fact, s) in clause.contextSentences(index) {
                let theirs = index.sentences[s].units
                for k in theirs.indices {
                    guard let rate = Self.rate(at: k, in: theirs), rate.span != mine.span,
                          let other = theirs[rate.figure].value, value.agrees(with: other) else { continue }
                    // The article's figure as it writes it ("1.2 million barrels a day").
                    let said = Unit.written(theirs[rate.figure...k], in: Array(index.sentences[s].sentence.text.unicodeScalars))
                    return checker.refuted(clause.text, units: units, fact: fact,
                                           correction: "the article says \(said), not \(mine.words)",
                                           reason: "the rate is given over another span: \(said) in the article")
                }
            }
        }
        return nil
    }
}
