import Testing
@testable import FactCheckCore

/// A deed told of one figure in a sentence that lists several ("won the first and third heats
/// ... the fourth was abandoned") is that figure's deed, and the name after the fact's own verb
/// and preposition ("awarded the trophy to Park") fills a slot another name cannot.
@Suite struct DeedsAndSlotsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: slots, title: Slots, text: "Lena Park won the first and third heats, Maya Cole took the second and the fourth was abandoned. The referee, Tom Hale, awarded the trophy to Park."}
        entities:
          - {id: park, type: person, name: Lena Park, aliases: [Park, Lena Park]}
          - {id: cole, type: person, name: Maya Cole, aliases: [Cole, Maya Cole]}
          - {id: hale, type: person, name: Tom Hale, aliases: [Hale, Tom Hale, the referee]}
        facts:
          - {id: won-first, category: event, subject: park, predicate: win, what: first heat, ordinal: 1, evidence: Lena Park won the first and third heats, statement: Park won the first heat.}
          - {id: won-third, category: event, subject: park, predicate: win, what: third heat, ordinal: 3, evidence: won the first and third heats, statement: Park won the third heat.}
          - {id: cole-second, category: event, subject: cole, predicate: win, what: second heat, ordinal: 2, evidence: Maya Cole took the second, statement: Cole won the second heat.}
          - {id: abandoned, category: event, predicate: abandon, what: fourth heat, ordinal: 4, evidence: the fourth was abandoned, statement: The fourth heat was abandoned.}
          - {id: trophy, category: event, subject: hale, predicate: award, what: the trophy to Park, evidence: awarded the trophy to Park, statement: Hale awarded the trophy to Park.}
        """

    @Test(arguments: [
        ("The third heat was abandoned.", Verdict.refuted),
        ("The first heat was abandoned.", .refuted),
        ("The fourth heat was abandoned.", .supported),
        ("Park won the third heat.", .supported),
        ("Hale awarded the trophy to Cole.", .refuted),
        ("The referee awarded the trophy to Park.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "slots.yaml")
    }

    @Test func theCorrectionsNameTheArticlesOwn() throws {
        let deed = try InlineBank.expect(Self.bank, "The third heat was abandoned.", .refuted, file: "slots.yaml")
        #expect(deed.correction == "the article says fourth, not third: The fourth heat was abandoned.", "\(deed.correction ?? "")")
        let slot = try InlineBank.expect(Self.bank, "Hale awarded the trophy to Cole.", .refuted, file: "slots.yaml")
        #expect(slot.correction == "the article says 'to Lena Park': Hale awarded the trophy to Park.", "\(slot.correction ?? "")")
    }
}
