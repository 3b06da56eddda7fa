/// Refutes reported words ("X said ...") given to another person than the one the article
/// reports them from, and an event the article reports from one body given to another body
/// (`checkReporterOfEvent`). Gate: the clause is about what the article says
/// (`isAboutTheArticle`).
///
/// Example: "Blinken said China's ties with Moscow were not a counterweight." — Wang said it.
struct WrongReporterRule: CheckRule {
    let name = "reporter"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isAboutTheArticle || clause.isAboutTheArticleButItsPeople else { return nil }
        return checker.checkReporter(clause.text, units: clause.units, candidates: clause.candidates)
    }
}
