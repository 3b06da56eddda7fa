import Testing
@testable import FactCheckCore

/// Words of a game's result in the general lexicon: "was played in" says only where it took
/// place, "ended in a draw" is "was drawn", "finished" is "ended".
@Suite struct GameResultWordsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: match, title: Match, text: "Their 10-game match in Varna had ended level at 5-5. Nadia Petrova won the first and third games, and the second was drawn."}
        entities:
          - {id: petrova, type: person, name: Nadia Petrova, aliases: [Petrova, Nadia Petrova]}
          - {id: varna, type: place, name: Varna, aliases: [Varna]}
          - {id: match, type: event, name: the match, aliases: [the match, the classical match]}
        facts:
          - {id: level, category: event, subject: match, predicate: end, what: level at 5-5, place: varna, evidence: Their 10-game match in Varna had ended level at 5-5, statement: The match in Varna ended level at 5-5.}
          - {id: first, category: event, subject: petrova, predicate: win, what: first game, ordinal: 1, evidence: Nadia Petrova won the first and third games, statement: Petrova won the first game.}
          - {id: third, category: event, subject: petrova, predicate: win, what: third game, ordinal: 3, evidence: won the first and third games, statement: Petrova won the third game.}
          - {id: drawn, category: event, predicate: draw, what: second game, ordinal: 2, evidence: the second was drawn, statement: The second game was drawn.}
        """

    @Test(arguments: [
        ("The match was played in Varna.", Verdict.supported),
        ("The match was played in Sofia.", .refuted),
        ("The second game ended in a draw.", .supported),
        ("The third game ended in a draw.", .refuted),
        ("The match finished 5-5.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "match.yaml")
    }
}
