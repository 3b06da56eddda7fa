import Testing
@testable import FactCheckCore

/// A sentence with two votes ("the panel voted 5 to 2 in favour, with Diaz voting against"):
/// each voter's direction is compared with their own vote, and an elided "voting against" was
/// on what the vote before it was on. "advised residents against keeping" is advice not to.
@Suite struct VotersAndAdviceTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: vote, title: Vote, text: "The licensing panel voted 5 to 2 in favour of the late-night licence, with councillor Omar Diaz voting against because he feared more noise. The health officer, Ana Ruiz, advised residents to keep their windows closed."}
        entities:
          - {id: panel, type: organisation, name: the licensing panel, aliases: [the licensing panel, the panel]}
          - {id: diaz, type: person, name: Omar Diaz, represents: panel, aliases: [Diaz, Omar Diaz, councillor Omar Diaz]}
          - {id: ruiz, type: person, name: Ana Ruiz, aliases: [Ruiz, Ana Ruiz, the health officer]}
          - {id: residents, type: group, name: residents, aliases: [residents, the residents]}
        facts:
          - {id: vote, category: event, subject: panel, predicate: vote, what: in favour of the late-night licence, quantity: [{value: 5, unit: vote}, {value: 2, unit: vote}],
             evidence: "The licensing panel voted 5 to 2 in favour of the late-night licence", statement: The licensing panel voted 5 to 2 in favour of the late-night licence.}
          - {id: diaz-against, category: event, subject: diaz, predicate: vote, what: against the licence,
             evidence: with councillor Omar Diaz voting against, statement: Omar Diaz voted against the licence.}
          - {id: diaz-noise, category: stance, subject: diaz, predicate: fear, what: more noise,
             evidence: because he feared more noise, statement: Diaz feared more noise.}
          - {id: windows, category: event, subject: ruiz, predicate: advise, object: residents, what: to keep their windows closed,
             evidence: "advised residents to keep their windows closed", statement: Ruiz advised residents to keep their windows closed.}
        """

    @Test(arguments: [
        // Each voter's own vote.
        ("Diaz did not vote against the licence.", Verdict.refuted),
        ("The licensing panel did not vote in favour of the licence.", .refuted),
        ("The licensing panel voted against the licence.", .refuted),
        ("Diaz voted in favour of the late-night licence.", .refuted),
        ("Omar Diaz voted against the licence.", .supported),
        ("Diaz, who sits on the panel, voted against the licence.", .supported),
        ("The panel voted in favour of the licence.", .supported),
        // Advice against doing something.
        ("Ruiz advised residents against keeping their windows closed.", .refuted),
        ("Ruiz advised residents to keep their windows closed.", .supported),
        ("The health officer advised residents not to keep their windows closed.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "vote.yaml")
    }

    @Test func anElidedVoteTakesTheObjectBeforeIt() {
        let analyzer = Analyzer(lexicon: Lexicon(), aliases: [], extraVocabulary: [])
        let votes = VoteDirectionRule.directions(analyzer.analyze("The board voted for the plan, with one member voting against because of the cost."))
        #expect(votes.map(\.sign) == [1, -1])
        #expect(votes.last?.object.map(\.text).contains("plan") == true, "\(votes.map { $0.object.map(\.text) })")
    }

    @Test func aWarningAgainstDoingDeniesTheDoing() {
        let analyzer = Analyzer(lexicon: Lexicon(), aliases: [], extraVocabulary: [])
        let units = analyzer.analyze("She warned them against using the pool on Monday.")
        #expect(units.first { $0.text == "using" }?.negated == true)
        #expect(units.first { $0.text == "monday" }?.negated == false)
        let not = analyzer.analyze("She warned them not to use the pool on Monday.")
        #expect(not.first { $0.text == "use" }?.negated == true)
        #expect(not.first { $0.text == "monday" }?.negated == false)
    }
}
