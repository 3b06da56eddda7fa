import Testing
@testable import FactCheckCore

/// A figure the statement ties by the noun right after it ("a 10-second increment per move") is
/// that noun's, whatever the sentence's subject stands next to another figure; and a fact with
/// another ordinal than the statement's ("I lost the fourth round") neither backs nor denies it.
@Suite struct FiguresAndOrdinalsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: fig, title: Figures, text: "The tiebreak games were played at 25 minutes per player with a 10-second increment per move. Maya Cole took the second round. \\"I lost the fourth round to a false start,\\" Cole said."}
        entities:
          - {id: games, type: event, name: the tiebreak, aliases: [the tiebreak, tiebreak]}
          - {id: cole, type: person, name: Maya Cole, aliases: [Cole, Maya Cole]}
        facts:
          - {id: minutes, category: topic, subject: games, predicate: play, what: tiebreak games per player, quantity: {value: 25, unit: minute}, evidence: The tiebreak games were played at 25 minutes per player, statement: The tiebreak games were played at 25 minutes per player.}
          - {id: increment, category: topic, subject: games, what: increment per move, quantity: {value: 10, unit: second}, evidence: with a 10-second increment per move, statement: The increment in the tiebreak games was 10 seconds per move.}
          - {id: second, category: event, subject: cole, predicate: win, what: second round, ordinal: 2, evidence: Maya Cole took the second round, statement: Cole won the second round.}
          - {id: quote, category: quote, subject: cole, predicate: say, quote: "I lost the fourth round to a false start", ordinal: 4, evidence: "I lost the fourth round to a false start", statement: "Cole said: \\"I lost the fourth round to a false start.\\""}
        """

    @Test(arguments: [
        ("The tiebreak games had a 10-second increment per move.", Verdict.supported),
        ("The tiebreak games had a 12-second increment per move.", .refuted),
        ("The tiebreak games were played at 10 minutes per player.", .refuted),
        ("Cole won the third round.", .refuted),
        // The quote's words with another ordinal deny nothing of the second round.
        ("Cole won the second round to a false start.", .notMentioned),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "fig.yaml")
    }
}
