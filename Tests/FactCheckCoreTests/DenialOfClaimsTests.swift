import Testing
@testable import FactCheckCore

/// "denied claims by the union that X": the denial is of X, with the claims and their makers
/// between the verb and "that" left undenied; X is still what the union claims ("The union
/// claimed that X" is supported), the union did not deny it (refuted), and "rejected union claims
/// that X" says the same denial.
@Suite struct DenialOfClaimsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: claims, title: Claims, text: "Mayor Ruth Calder denied claims by the drivers' union that the city planned to sell the bus depot. Calder rejected claims that the budget was cut."}
        entities:
          - {id: calder, type: person, name: Ruth Calder, aliases: [Calder, Ruth Calder, the mayor, Mayor Calder]}
          - {id: union, type: group, name: the drivers' union, aliases: [the drivers' union, the union]}
          - {id: city, type: organisation, name: the city, aliases: [the city]}
          - {id: depot, type: place, name: the bus depot, aliases: [the bus depot, the depot]}
        facts:
          - {id: union-claims, category: stance, subject: union, predicate: claim, what: the city planned to sell the bus depot,
             evidence: "claims by the drivers' union that the city planned to sell the bus depot",
             statement: "The drivers' union claimed that the city planned to sell the bus depot."}
          - {id: calder-denies, category: stance, subject: calder, predicate: deny, what: the city planned to sell the bus depot,
             evidence: "Mayor Ruth Calder denied claims by the drivers' union that the city planned to sell the bus depot",
             statement: Calder denied that the city planned to sell the bus depot.}
          - {id: budget, category: stance, subject: calder, predicate: deny, what: the budget was cut,
             evidence: Calder rejected claims that the budget was cut, statement: Calder denied that the budget was cut.}
        """

    @Test(arguments: [
        ("The drivers' union claimed that the city planned to sell the bus depot.", Verdict.supported),
        ("Calder rejected union claims that the city planned to sell the bus depot.", .supported),
        ("The union denied that the city planned to sell the bus depot.", .refuted),
        ("The city planned to sell the bus depot.", .refuted),
        ("Calder accepted claims that the budget was cut.", .refuted),
        ("Calder denied that the budget was cut.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "claims.yaml")
    }
}
