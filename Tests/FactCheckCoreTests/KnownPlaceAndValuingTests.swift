import Testing
@testable import FactCheckCore

/// A place the bank knows, named in another sentence, put where the matched fact has its own
/// place ("the burst main was on Kings Way" where it was on Mill Road), and "equals" as a word
/// that only gives a value ("the cost equals 3 percent of the budget").
@Suite struct KnownPlaceAndValuingTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: place, title: Place, text: "Crews repaired a burst main on Mill Road on Monday. The council depot on Kings Way supplied the pipes. The repair cost 9,000 dollars, about 3 percent of the annual budget."}
        entities:
          - {id: crews, type: group, name: crews, aliases: [crews, the crews]}
          - {id: mill-road, type: place, name: Mill Road, aliases: [Mill Road]}
          - {id: kings-way, type: place, name: Kings Way, aliases: [Kings Way]}
          - {id: depot, type: organisation, name: the council depot, aliases: [the council depot, the depot]}
        facts:
          - {id: repaired, category: event, subject: crews, predicate: repair, what: a burst main, place: mill-road, when: {weekday: Monday}, evidence: Crews repaired a burst main on Mill Road on Monday, statement: Crews repaired a burst main on Mill Road on Monday.}
          - {id: supplied, category: event, subject: depot, predicate: supply, what: the pipes, place: kings-way, evidence: The council depot on Kings Way supplied the pipes, statement: The council depot on Kings Way supplied the pipes.}
          - {id: cost, category: topic, predicate: cost, what: the repair, quantity: {value: 9000, unit: USD}, evidence: "The repair cost 9,000 dollars, about 3 percent of the annual budget", statement: "The repair cost 9,000 dollars."}
          - {id: share, category: topic, what: share of the annual budget, quantity: {value: 3, unit: percent}, evidence: "about 3 percent of the annual budget", statement: The repair cost about 3 percent of the annual budget.}
        """

    @Test(arguments: [
        ("The burst main was on Kings Way.", Verdict.refuted),
        ("Crews repaired a burst main on Kings Way.", .refuted),
        ("The burst main was on Mill Road.", .supported),
        ("The repair cost equals about 5 percent of the annual budget.", .refuted),
        ("The repair cost equals about 3 percent of the annual budget.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "place.yaml")
    }
}
