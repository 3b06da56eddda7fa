import Testing
@testable import FactCheckCore

/// What the article passes over ("ahead of Selene", "rather than Lark Meadow") put where it puts
/// what it chose is refuted; and an irregular comparative ("biggest") is read as its adjective,
/// so it meets the article's synonym ("largest").
@Suite struct PassedOverTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: passed, title: Passed over, text: "In an online poll, 61 percent of voters chose Rhea, a Greek name, ahead of Selene and Io. The keepers picked the north paddock rather than Lark Meadow. The fine was the largest in the board's history."}
        entities:
          - {id: voters, type: organisation, name: the voters, aliases: [voters, the voters, the public]}
          - {id: keepers, type: organisation, name: the keepers, aliases: [keepers, the keepers]}
          - {id: meadow, type: place, name: Lark Meadow, aliases: [Lark Meadow]}
          - {id: board, type: organisation, name: the board, aliases: [the board]}
        facts:
          - {id: chose, category: event, subject: voters, predicate: choose, what: Rhea, quantity: {value: 61, unit: percent}, evidence: "61 percent of voters chose Rhea, a Greek name, ahead of Selene and Io", statement: 61 percent of voters chose Rhea ahead of Selene and Io.}
          - {id: picked, category: event, subject: keepers, predicate: pick, what: the north paddock, evidence: The keepers picked the north paddock rather than Lark Meadow, statement: The keepers picked the north paddock rather than Lark Meadow.}
          - {id: fine, category: topic, subject: board, what: the fine was the largest in the board's history, evidence: The fine was the largest in the board's history, statement: The fine was the largest in the board's history.}
        """

    @Test(arguments: [
        ("The voters chose Selene.", Verdict.refuted),
        ("The voters chose Rhea ahead of Io.", .supported),
        ("The keepers picked Lark Meadow.", .refuted),
        ("The keepers picked the north paddock rather than Lark Meadow.", .supported),
        ("The fine was the biggest in the board's history.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "passed.yaml")
    }

    @Test func irregularComparativesReachTheirAdjective() {
        #expect(WordNet.lemmas(of: "biggest").contains("big"))
        #expect(WordNet.lemmas(of: "angrier").contains("angry"))
        // Kept apart from the irregular verbs and nouns: "bigger" is no past tense.
        #expect(WordNet.lemma(ofIrregular: "bigger") == nil)
        #expect(!WordNet.isIrregularVerbForm("bigger"))
    }
}
