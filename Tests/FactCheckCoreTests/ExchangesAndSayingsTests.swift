import Testing
@testable import FactCheckCore

/// What is given up and what it is for, swapped around "to pay for" (`purpose-swap`); and the
/// day of a saying where the sentence also dates what was said: the statement that says both
/// is not refuted with the other day.
@Suite struct ExchangesAndSayingsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: exchanges, title: Exchanges, text: "The Arden council would have cut library funding by 2 million euros to pay for new road repairs. Mayor Ida Berg said on Friday that she would meet the union leaders on Monday."}
        entities:
          - {id: council, type: organisation, name: the Arden council, aliases: [the council, Arden council]}
          - {id: berg, type: person, name: Ida Berg, aliases: [Berg, Ida Berg, Mayor Berg, the mayor]}
        facts:
          - {id: cut, category: event, subject: council, predicate: cut, what: library funding to pay for new road repairs, quantity: {value: 2000000, unit: euro},
             evidence: would have cut library funding by 2 million euros to pay for new road repairs,
             statement: The council would have cut library funding by 2 million euros to pay for new road repairs.}
          - {id: berg-said, category: speaker, subject: berg, predicate: say, what: she would meet the union leaders, when: {weekday: Friday},
             evidence: Mayor Ida Berg said on Friday that she would meet the union leaders, statement: Ida Berg said on Friday that she would meet the union leaders.}
          - {id: berg-meet, category: event, subject: berg, predicate: meet, what: the union leaders, when: {weekday: Monday}, certainty: planned,
             evidence: she would meet the union leaders on Monday, statement: Ida Berg will meet the union leaders on Monday.}
        """

    @Test(arguments: [
        ("The council would have cut road repairs to pay for library funding.", Verdict.refuted),
        ("The council would have cut library funding to pay for road repairs.", .supported),
        ("On Friday, Mayor Berg said she would meet the union leaders.", .supported),
        ("Berg will meet the union leaders on Monday.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "exchanges.yaml")
    }
}
