import Testing
@testable import FactCheckCore

/// A statement that denies, with a verb's "not", what the matched facts state is refuted even
/// when no word of the sentence meets the denied verb ("Forward did not win 28 seats" where the
/// article says it "came third with 28 seats" and the bank gives the win); "no" in a condition
/// ("if no deal is reached") is no such denial; where the statement denies the saying ("did not
/// say ..."), a denial inside the article's quote does not answer it.
@Suite struct DeniedFactsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: deny, title: Denials, text: "“People sat in the dark, and nobody could tell them when the power would return,” Okonjo said. The nationalist Forward party, which came third with 28 seats, refused to concede. The zoo drew 612,000 visitors in 2024. If no deal is reached, the city is expected to raise fares."}
        entities:
          - {id: forward, type: organisation, name: Forward, aliases: [Forward, the Forward party]}
          - {id: zoo, type: organisation, name: the zoo, aliases: [the zoo]}
          - {id: okonjo, type: person, name: Ada Okonjo, aliases: [Okonjo, Ada Okonjo]}
          - {id: city, type: organisation, name: the city, aliases: [the city]}
        facts:
          - {id: seats, category: event, subject: forward, predicate: win, what: seats, quantity: {value: 28, unit: seat}, evidence: which came third with 28 seats, statement: Forward won 28 seats.}
          - {id: visitors, category: event, subject: zoo, predicate: draw, what: visitors in 2024, quantity: {value: 612000, unit: visitor}, when: {year: 2024}, evidence: "The zoo drew 612,000 visitors in 2024", statement: "The zoo drew 612,000 visitors in 2024."}
          - {id: fares, category: event, subject: city, predicate: raise, what: fares if no deal is reached, certainty: expected, evidence: "If no deal is reached, the city is expected to raise fares", statement: "If no deal is reached, the city is expected to raise fares."}
          - {id: okonjo-quote, category: quote, subject: okonjo, predicate: say, quote: "People sat in the dark, and nobody could tell them when the power would return", evidence: "“People sat in the dark, and nobody could tell them when the power would return,” Okonjo said", statement: "Okonjo said: “People sat in the dark, and nobody could tell them when the power would return.”"}
        """

    @Test(arguments: [
        ("Forward did not win 28 seats.", Verdict.refuted),
        ("Forward won 28 seats.", .supported),
        ("The zoo did not draw 612,000 visitors in 2024.", .refuted),
        ("If no deal is reached, the city is expected to raise fares.", .supported),
        ("The city will not raise fares if no deal is reached.", .refuted),
        // The saying denied: the "nobody" inside the article's quote is the speaker's.
        ("Okonjo did not say people sat in the dark.", .refuted),
        ("Okonjo said people sat in the dark.", .supported),
        ("Okonjo said nobody could tell them when the power would return.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "deny.yaml")
    }
}
