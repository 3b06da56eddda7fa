import Testing
@testable import FactCheckCore

/// A former position is not contradicted by another one the article gives now; it is by the same
/// one (still held) or by another former one the article gives. A generic title word for the
/// office ("a veteran diplomat" for a special envoy) is no other position.
@Suite struct FormerTitlesTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: former, title: Former, text: "Kelsland's special envoy, Margit Oland, brokered the deal. Civic Union leader Marek Halden, a former finance minister, welcomed it."}
        entities:
          - {id: kelsland, type: country, name: Kelsland, aliases: [Kelsland, Kelsish]}
          - {id: oland, type: person, name: Margit Oland, aliases: [Margit Oland, Oland]}
          - {id: halden, type: person, name: Marek Halden, aliases: [Marek Halden, Halden]}
          - {id: union, type: organisation, name: Civic Union, aliases: [Civic Union]}
        facts:
          - {id: oland-role, category: position, subject: oland, role: special envoy, of: kelsland, evidence: "Kelsland's special envoy, Margit Oland", statement: Margit Oland is Kelsland's special envoy.}
          - {id: brokered, category: event, subject: oland, predicate: broker, what: the deal, evidence: brokered the deal, statement: Oland brokered the deal.}
          - {id: halden-role, category: position, subject: halden, role: leader, of: union, evidence: Civic Union leader Marek Halden, statement: Marek Halden is the leader of Civic Union.}
          - {id: halden-former, category: position, subject: halden, role: former finance minister, evidence: "Marek Halden, a former finance minister", statement: Marek Halden is a former finance minister.}
        """

    @Test(arguments: [
        ("Margit Oland is a former foreign minister.", Verdict.notMentioned),
        ("Margit Oland is a former special envoy.", .refuted),
        ("Marek Halden is a former foreign minister.", .refuted),
        ("Marek Halden is a former finance minister.", .supported),
        ("Margit Oland is the defence minister.", .refuted),
        ("Margit Oland, a veteran diplomat, brokered the deal.", .partlySupported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "former.yaml")
    }
}
