import Testing
@testable import FactCheckCore

/// "urged residents to A and to B": the second "to" takes the words before the first one
/// ("urged residents") as its own, so each call is a claim of its own, in either order.
@Suite struct SecondInfinitiveTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: urge, title: Urge, text: "Mayor Ruth Calder urged residents to save water during the drought. The council closed the beach on Monday."}
        entities:
          - {id: calder, type: person, name: Ruth Calder, aliases: [Calder, Ruth Calder, the mayor]}
          - {id: residents, type: group, name: residents, aliases: [residents, the residents]}
          - {id: council, type: organisation, name: the council, aliases: [the council]}
        facts:
          - {id: urge, category: event, subject: calder, predicate: urge, object: residents, what: to save water during the drought,
             evidence: Mayor Ruth Calder urged residents to save water during the drought, statement: Calder urged residents to save water during the drought.}
          - {id: beach, category: event, subject: council, predicate: close, what: the beach, when: {weekday: Monday},
             evidence: The council closed the beach on Monday, statement: The council closed the beach on Monday.}
        """

    @Test(arguments: [
        ("Calder urged residents to stay indoors and to save water.", Verdict.partlySupported),
        ("Calder urged residents to save water and to stay indoors.", .partlySupported),
        ("Calder urged residents to save water during the drought.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "urge.yaml")
    }

    @Test func theSecondCallBorrowsTheFirstsWords() {
        #expect(ClauseSplitter.split("Calder urged residents to stay indoors and to save water.")
            == ["Calder urged residents to stay indoors", "Calder urged residents to save water"])
    }
}
