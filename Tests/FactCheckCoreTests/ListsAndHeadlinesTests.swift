import Foundation
import Testing
@testable import FactCheckCore

/// An item of a listed statement that the list's fact does not give is not mentioned, though
/// another sentence names it; "backed" a claim the article says was disputed is refuted;
/// "in a row" is "consecutive"; and the headline's words are its person's, not another's.
@Suite struct ListsAndHeadlinesTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: lists, title: Vega breaks course record as heat hits marathon, text: "Vega breaks course record as heat hits marathon\\n\\nMara Vega won the men's race in 2 hours, 5 minutes. The old course record had stood since 2019. Lina Oduya won the women's race in 2 hours, 20 minutes. A review will cover the start time, water supplies and medical staffing, the mayor said. Each runner received a medal and prize money. The Harbour Trust disputed the organisers' claim that the race was safe. Entries fell for the third year in a row."}
        entities:
          - {id: vega, type: person, name: Mara Vega, aliases: [Vega, Mara Vega]}
          - {id: oduya, type: person, name: Lina Oduya, aliases: [Oduya, Lina Oduya]}
          - {id: mayor, type: person, name: the mayor, aliases: [the mayor]}
          - {id: trust, type: organisation, name: The Harbour Trust, aliases: [Harbour Trust, the trust]}
          - {id: organisers, type: organisation, name: the organisers, aliases: [organisers, the organisers]}
        facts:
          - {id: headline, category: event, subject: vega, predicate: break, what: course record, evidence: Vega breaks course record, statement: Vega broke the course record.}
          - {id: vega-won, category: event, subject: vega, predicate: win, what: "the men's race", quantity: {value: 125, unit: minute}, evidence: "Mara Vega won the men's race in 2 hours, 5 minutes", statement: "Mara Vega won the men's race in 2 hours, 5 minutes."}
          - {id: old-record, category: event, predicate: stand, what: the old course record had stood since 2019, when: {year: 2019}, evidence: The old course record had stood since 2019, statement: The old course record had stood since 2019.}
          - {id: oduya-won, category: event, subject: oduya, predicate: win, what: "the women's race", quantity: {value: 140, unit: minute}, evidence: "Lina Oduya won the women's race in 2 hours, 20 minutes", statement: "Lina Oduya won the women's race in 2 hours, 20 minutes."}
          - {id: review, category: speaker, subject: mayor, predicate: say, what: a review will cover, topics: [the start time, water supplies, medical staffing], certainty: planned, evidence: "A review will cover the start time, water supplies and medical staffing", statement: "The mayor said a review will cover the start time, water supplies and medical staffing."}
          - {id: medal, category: topic, what: each runner received a medal and prize money, evidence: Each runner received a medal and prize money, statement: Each runner received a medal and prize money.}
          - {id: disputed, category: stance, subject: trust, predicate: dispute, what: "the organisers' claim that the race was safe", evidence: "The Harbour Trust disputed the organisers' claim that the race was safe", statement: "The Harbour Trust disputed the organisers' claim that the race was safe."}
          - {id: entries, category: event, predicate: fall, what: entries fell for the third year in a row, ordinal: 3, evidence: Entries fell for the third year in a row, statement: Entries fell for the third year in a row.}
        """

    @Test(arguments: [
        ("A review will cover the start time, water supplies and prize money.", Verdict.partlySupported),
        ("A review will cover prize money, water supplies and medical staffing.", .partlySupported),
        ("A review will cover the start time and medical staffing.", .supported),
        // A list of two.
        ("A review will cover prize money and medical staffing.", .partlySupported),
        ("The Harbour Trust backed the organisers' claim that the race was safe.", .refuted),
        ("The Harbour Trust disputed the organisers' claim.", .supported),
        ("Entries fell for the third consecutive year.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "lists.yaml")
    }

    @Test func theUnlistedItemIsItsOwnPart() throws {
        let result = try InlineBank.check(Self.bank, "A review will cover prize money, water supplies and medical staffing.", file: "lists.yaml")
        #expect(result.parts.map(\.verdict) == [.supported, .notMentioned])
        #expect(result.parts.last?.text == "prize money")
        #expect(result.parts.last?.rule == "list-item")
    }

    /// "Alemu breaks Harwick Marathon record" names Alemu: its "record" does not join
    /// Wanjiru's sentence to the old record's.
    @Test func theHeadlinesWordsAreItsPersons() throws {
        let bank = try BankLoader.loadFile(ArticleSetTests.root.appendingPathComponent("marathon/bank.yaml").path)
        let checker = StatementChecker(bank: bank)
        #expect(checker.check("Wanjiru's time was a women's course record.").verdict == .notMentioned)
        #expect(checker.check("Alemu broke the course record.").verdict == .supported)
    }
}
