import Foundation
import Testing
@testable import FactCheckCore

/// A span of time written with "more" between the number and its unit ("11 more weeks"), or
/// with "a" or "an" after a word that opens a span ("within a year", "for an hour", "a minute
/// and a half") is a value of time, compared with the article's in its slot.
@Suite struct SpansOfTimeTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: spans, title: Spans, text: "The valve stayed on the aircraft for another 11 weeks. A final report is expected within 12 months. The crew declared an emergency within 90 seconds."}
        entities:
          - {id: crew, type: group, name: the crew, aliases: [the crew]}
        facts:
          - {id: stayed, category: event, predicate: stay, what: the valve on the aircraft, quantity: {value: 11, unit: week},
             evidence: The valve stayed on the aircraft for another 11 weeks, statement: The valve stayed on the aircraft for another 11 weeks.}
          - {id: report, category: event, predicate: expect, what: a final report, quantity: {value: 12, unit: month}, certainty: expected,
             evidence: A final report is expected within 12 months, statement: A final report is expected within 12 months.}
          - {id: declared, category: event, subject: crew, predicate: declare, what: an emergency, quantity: {value: 90, unit: second},
             evidence: The crew declared an emergency within 90 seconds, statement: The crew declared an emergency within 90 seconds.}
        """

    @Test(arguments: [
        ("The valve stayed on the aircraft for 11 more weeks.", Verdict.supported),
        ("The valve stayed on the aircraft for 12 more weeks.", .refuted),
        ("A final report is expected within a year.", .supported),
        ("A final report is expected within a decade.", .refuted),
        ("The crew declared an emergency within a minute and a half.", .supported),
    ])
    func spans(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "spans.yaml")
    }

    /// "a second vote" is a rank, and "the first visit in a decade" looks back: neither is a span.
    @Test func notEveryArticleBeforeAUnitIsOne() throws {
        let checker = StatementChecker(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "spans.yaml"))
        for text in ["The crew declared an emergency in a second vote.", "It was the first visit in a decade.", "The report comes out once a year."] {
            #expect(!checker.analyze(text).contains { $0.value?.kind == .quantity }, "\(text)")
        }
        #expect(checker.analyze("It lasted for an hour and a half.").compactMap(\.value).map(\.amount) == [1.5])
        // "one" after a tens word is part of the number.
        #expect(checker.analyze("She served thirty-one months.").compactMap(\.value).map(\.amount) == [31])
    }
}
