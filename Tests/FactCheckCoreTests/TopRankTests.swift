import Testing
@testable import FactCheckCore

/// "top" before a noun or in "top of the table" is the first place, checked against the rank the
/// article gives ("second-highest scorer", "third in the table"); "the top of Mount Kell" and "the
/// top" at the end of a phrase are a summit, no rank. A superlative with no rank before it
/// ("the highest scorer") is the first, against the article's "second-highest".
@Suite struct TopRankTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: top, title: Top, text: "Striker Tom Reyes finished as the league's second-highest scorer last season. Harbour City are third in the table. The climbers reached the top of Mount Kell on Friday."}
        entities:
          - {id: reyes, type: person, name: Tom Reyes, aliases: [Reyes, Tom Reyes, the striker]}
          - {id: harbour, type: organisation, name: Harbour City, aliases: [Harbour City, the club]}
          - {id: climbers, type: group, name: the climbers, aliases: [the climbers]}
          - {id: kell, type: place, name: Mount Kell, aliases: [Mount Kell, Kell]}
        facts:
          - {id: scorer, category: event, subject: reyes, predicate: finish, what: the league's highest scorer last season, ordinal: 2,
             evidence: "Striker Tom Reyes finished as the league's second-highest scorer last season", statement: "Reyes finished as the league's second-highest scorer last season."}
          - {id: table, category: event, subject: harbour, predicate: be, what: in the table, ordinal: 3,
             evidence: Harbour City are third in the table, statement: Harbour City are third in the table.}
          - {id: summit, category: event, subject: climbers, predicate: reach, what: the top of Mount Kell, place: kell, when: {weekday: Friday},
             evidence: The climbers reached the top of Mount Kell on Friday, statement: The climbers reached the top of Mount Kell on Friday.}
        """

    @Test(arguments: [
        ("Reyes was the league's top scorer last season.", Verdict.refuted),
        ("Harbour City are top of the table.", .refuted),
        ("Reyes was the second-highest scorer in the league.", .supported),
        // A superlative with no rank before it is the first.
        ("Reyes was the league's highest scorer last season.", .refuted),
        ("The climbers reached the top of Mount Kell.", .supported),
        ("The climbers reached the top on Friday.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "top.yaml")
    }

    @Test func superlativesAreToldFromOtherWordsInEst() {
        for word in ["highest", "largest", "biggest", "busiest", "best"] { #expect(ComparisonRule.isSuperlative(word), "\(word)") }
        for word in ["interest", "protest", "request", "arrest"] { #expect(!ComparisonRule.isSuperlative(word), "\(word)") }
    }

    /// "last season" is a time, not the last place: the correction names the article's rank.
    @Test func lastSeasonIsNoRank() throws {
        let result = try InlineBank.expect(Self.bank, "Reyes was the league's top scorer last season.", .refuted, file: "top.yaml")
        #expect(result.correction == "the article says second, not top", "\(result.correction ?? "")")
    }
}
