import Testing
@testable import FactCheckCore

/// A vote said to be unanimous where the article gives votes the other way, and the other way
/// round, is refuted; "plans to appeal" is backed by "would appeal"; "involved in" by "took part in".
@Suite struct UnanimityAndPlansTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: votes, title: Votes, text: "The board's commissioners voted 4 to 1 to impose the fine. The town council voted unanimously on Wednesday to declare an emergency. Mayor Ruiz said the city would appeal the ruling. About 200 volunteers took part in the cleanup."}
        entities:
          - {id: commissioners, type: organisation, name: the board's commissioners, aliases: [the commissioners, the board's commissioners]}
          - {id: council, type: organisation, name: the town council, aliases: [the council, the town council]}
          - {id: ruiz, type: person, name: Mayor Ruiz, aliases: [Ruiz, the mayor]}
          - {id: city, type: organisation, name: the city, aliases: [the city]}
        facts:
          - {id: fine-vote, category: event, subject: commissioners, predicate: vote, what: to impose the fine, quantity: [{value: 4, unit: vote}, {value: 1, unit: vote}], evidence: The board's commissioners voted 4 to 1 to impose the fine, statement: The board's commissioners voted 4 to 1 to impose the fine.}
          - {id: emergency, category: event, subject: council, predicate: vote, what: unanimously to declare an emergency, when: {weekday: Wednesday}, evidence: The town council voted unanimously on Wednesday to declare an emergency, statement: The town council voted unanimously on Wednesday to declare an emergency.}
          - {id: appeal, category: speaker, subject: ruiz, predicate: say, what: the city would appeal the ruling, certainty: planned, evidence: Mayor Ruiz said the city would appeal the ruling, statement: Ruiz said the city would appeal the ruling.}
          - {id: volunteers, category: event, predicate: take part, what: volunteers took part in the cleanup, quantity: {value: 200, unit: volunteer}, evidence: About 200 volunteers took part in the cleanup, statement: About 200 volunteers took part in the cleanup.}
        """

    @Test(arguments: [
        ("The commissioners voted unanimously to impose the fine.", Verdict.refuted),
        ("The commissioners voted 4 to 1 to impose the fine.", .supported),
        // "in favour of" says only which way the vote went.
        ("The commissioners voted 4 to 1 in favour of imposing the fine.", .supported),
        ("The commissioners voted 4 to 1 against imposing the fine.", .refuted),
        ("The town council voted 6 to 1 to declare an emergency.", .refuted),
        ("The town council voted unanimously to declare an emergency.", .supported),
        ("The city plans to appeal the ruling.", .supported),
        ("The city plans to sell the ruling.", .notMentioned),
        ("About 200 volunteers were involved in the cleanup.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "votes.yaml")
    }

    static let repairs = """
        format: factcheck.bank/1
        source: {id: repairs, title: Repairs, text: "Repairs to the damaged jet will cost an estimated 1.8 million dollars."}
        entities:
          - {id: jet, type: event, name: the damaged jet, aliases: [the damaged jet, the jet]}
        facts:
          - {id: repairs, category: event, predicate: cost, object: jet, what: repairs to the damaged jet, quantity: {value: 1800000, unit: dollar},
             certainty: planned, evidence: Repairs to the damaged jet will cost an estimated 1.8 million dollars,
             statement: Repairs to the damaged jet will cost an estimated 1.8 million dollars.}
        """

    /// A participle after a determiner ("the damaged jet") describes a noun: it does not make
    /// the statement say the planned thing has happened.
    @Test(arguments: [
        ("Repairs to the damaged jet are estimated at 1.8 million dollars.", Verdict.supported),
        ("Repairs to the damaged jet have already cost 1.8 million dollars.", .refuted),
    ])
    func aParticipleBeforeANoun(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.repairs, statement, expected, file: "repairs.yaml")
    }
}
