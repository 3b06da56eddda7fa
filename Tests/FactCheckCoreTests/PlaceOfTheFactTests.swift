import Testing
@testable import FactCheckCore

/// "in Sarnow" is backed where the best-matching fact's bank gives Sarnow as its `place`, though
/// the sentence only names it ("the besieged city of Sarnow, where 85,000 people have been cut
/// off"); not where that sentence places something else ("through the Selby Marsh reserve ...
/// at Port Elvin instead").
@Suite struct PlaceOfTheFactTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: placed, title: Placed, text: "The agency will send aid trucks into the besieged city of Sarnow, where about 85,000 people have been cut off since November. The authority rejected a cable through the Selby Marsh reserve and ordered it landed at Port Elvin instead."}
        entities:
          - {id: sarnow, type: place, name: Sarnow, aliases: [Sarnow, the besieged city of Sarnow]}
          - {id: halvik, type: place, name: Halvik, aliases: [Halvik]}
          - {id: selby, type: place, name: Selby Marsh, aliases: [Selby Marsh]}
          - {id: elvin, type: place, name: Port Elvin, aliases: [Port Elvin]}
          - {id: authority, type: organisation, name: the authority, aliases: [the authority]}
        facts:
          - {id: cut-off, category: event, predicate: cut off, place: sarnow, what: people cut off since November, quantity: {value: 85000, unit: person},
             evidence: "the besieged city of Sarnow, where about 85,000 people have been cut off since November", statement: "About 85,000 people have been cut off since November."}
          - {id: cable, category: event, subject: authority, predicate: reject, place: selby, what: a cable through the Selby Marsh reserve,
             evidence: The authority rejected a cable through the Selby Marsh reserve, statement: The authority rejected a cable through the Selby Marsh reserve.}
        """

    @Test(arguments: [
        ("About 85,000 people in Sarnow have been cut off since November.", Verdict.supported),
        ("About 85,000 people in Halvik have been cut off since November.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "placed.yaml")
    }

    @Test func notWhereTheSentencePlacesAnother() throws {
        let result = try InlineBank.check(Self.bank, "The authority rejected a cable at Selby Marsh.", file: "placed.yaml")
        #expect(result.verdict != .supported, "\(result.explanation)")
    }
}
