/// Refutes an action or a statement given to someone else than the one the article names as
/// its doer, or done to someone else than the article's object. Gate: the clause is about
/// what the article says (`isAboutTheArticle`).
///
/// Example: "Wang warned against providing assistance to Russia." — the article says Blinken did.
struct SwappedAgentRule: CheckRule {
    let name = "agent"

    func decide(_ clause: ClauseState, _ checker: StatementChecker) -> PartResult? {
        guard clause.isAboutTheArticle || clause.isAboutTheArticleButItsPeople else { return nil }
        return checker.checkAgents(clause.text, units: clause.units, candidates: clause.candidates)
    }
}
