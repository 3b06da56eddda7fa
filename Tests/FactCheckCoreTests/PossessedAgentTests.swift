import Testing
@testable import FactCheckCore

/// "signed by both sides' negotiators": the doers of a passive verb are the possessed noun, not
/// the owner, so the owner is no other doer than the fact's; a named doer after "by" still is.
@Suite struct PossessedAgentTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: agent, title: Agent, text: "Margit Oland said the truce was the first to be signed by both sides' negotiators."}
        entities:
          - {id: oland, type: person, name: Margit Oland, aliases: [Margit Oland, Oland, the envoy]}
          - {id: sides, type: group, name: the two sides, aliases: [the two sides, both sides]}
          - {id: brigades, type: group, name: the Sarnow Defence Brigades, aliases: [the Sarnow Defence Brigades]}
        facts:
          - {id: first, category: speaker, subject: oland, predicate: say, what: the truce was the first to be signed by both sides' negotiators,
             evidence: "Margit Oland said the truce was the first to be signed by both sides' negotiators", statement: "Oland said the truce was the first to be signed by both sides' negotiators."}
        """

    @Test(arguments: [
        ("The envoy said the truce was the first to be signed by both sides' negotiators.", Verdict.supported),
        ("The envoy said the truce was the first to be signed by the Sarnow Defence Brigades.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "agent.yaml")
    }
}
