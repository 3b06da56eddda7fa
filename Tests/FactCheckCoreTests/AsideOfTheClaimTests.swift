import Testing
@testable import FactCheckCore

/// A noun phrase after a figure ("drew 95,000 visitors in 2024, a record") says something of
/// the claim, so another museum's record does not back it; a sentence about no one the statement
/// names adds only the headline's words to it.
@Suite struct AsideOfTheClaimTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: aside, title: Aside, text: "The museum drew 412,000 visitors in 2024, a record for the museum. The Halden Gallery drew 95,000 visitors in 2024. The gallery has asked the city to publish its funding records. Director Ola Berg met the mayor in Lisbon, the Portuguese capital."}
        entities:
          - {id: museum, type: organisation, name: the museum, aliases: [the museum]}
          - {id: gallery, type: organisation, name: the Halden Gallery, aliases: [the Halden Gallery, the gallery, Halden Gallery]}
          - {id: city, type: organisation, name: the city, aliases: [the city]}
          - {id: berg, type: person, name: Ola Berg, aliases: [Berg, Ola Berg]}
          - {id: mayor, type: person, name: the mayor, aliases: [the mayor]}
          - {id: lisbon, type: place, name: Lisbon, aliases: [Lisbon, the Portuguese capital]}
        facts:
          - {id: museum-visitors, category: event, subject: museum, predicate: draw, quantity: {value: 412000, unit: visitors}, what: a record for the museum, when: {year: 2024},
             evidence: "The museum drew 412,000 visitors in 2024, a record for the museum", statement: "The museum drew 412,000 visitors in 2024."}
          - {id: gallery-visitors, category: event, subject: gallery, predicate: draw, quantity: {value: 95000, unit: visitors}, when: {year: 2024},
             evidence: "The Halden Gallery drew 95,000 visitors in 2024", statement: "The Halden Gallery drew 95,000 visitors in 2024."}
          - {id: records, category: event, subject: gallery, predicate: ask, object: city, what: to publish its funding records,
             evidence: The gallery has asked the city to publish its funding records, statement: The gallery has asked the city to publish its funding records.}
          - {id: met, category: event, subject: berg, predicate: meet, object: mayor, place: lisbon,
             evidence: "Director Ola Berg met the mayor in Lisbon, the Portuguese capital", statement: Berg met the mayor in Lisbon.}
        """

    @Test(arguments: [
        ("The gallery drew 95,000 visitors in 2024, a record.", Verdict.partlySupported),
        ("The museum drew 412,000 visitors in 2024, a record.", .supported),
        ("The museum drew 412,000 visitors in 2024, a record for the museum.", .supported),
        ("Berg met the mayor in Lisbon, the Portuguese capital.", .supported),
        ("The Halden Gallery drew 95,000 visitors in 2024.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "aside.yaml")
    }
}
