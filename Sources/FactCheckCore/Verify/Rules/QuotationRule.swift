/// Refutes a quotation that is altered or given to the wrong speaker; decides not mentioned
/// for a quotation the article does not have.
///
/// Example: "“We want real progress,” Blinken said." — the article gives “real progress” to Wang.
struct QuotationRule: CheckRule {
    let name = "quote"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        checker.checkQuotes(clause.text, units: clause.units,
                            bestSentence: checker.index.facts[clause.best.fact].fact.sentenceIndex)
    }
}
