import Foundation
import Testing
@testable import FactCheckCore

/// Hundreds written in words are one number with what follows them: "two hundred and forty"
/// is 240, not 40; "three hundred fifty-five" is 355.
@Suite struct NumbersInWordsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: words, title: Words, text: "The two sides will exchange 240 prisoners in two stages."}
        entities:
          - {id: sides, type: group, name: the two sides, aliases: [the two sides]}
        facts:
          - {id: exchange, category: event, subject: sides, predicate: exchange, certainty: planned, quantity: {value: 240, unit: prisoner},
             evidence: The two sides will exchange 240 prisoners in two stages, statement: The two sides will exchange 240 prisoners.}
        """

    @Test(arguments: [
        ("The two sides will exchange two hundred and forty prisoners.", Verdict.supported),
        ("The two sides will exchange two hundred forty prisoners.", .supported),
        ("The two sides will exchange two hundred and fifty prisoners.", .refuted),
        ("The two sides will exchange two hundred prisoners.", .refuted),
    ])
    func hundredsInWords(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "words.yaml")
    }

    @Test(arguments: [("three hundred fifty-five jobs", 355.0), ("four hundred and twelve patients", 412), ("two hundred and one seats", 201)])
    func readAsOneNumber(text: String, amount: Double) throws {
        let checker = StatementChecker(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "words.yaml"))
        let value = try #require(checker.index.analyzer.analyze(text).first?.value)
        #expect(value.amount == amount, "\(text)")
    }
}

/// Spans of a fixed length in another unit name the same span: "three weeks" is a "21-day"
/// truce, "504 hours" too; "four weeks" is another.
@Suite struct SpansInAnotherUnitTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: span, title: Span, text: "Rhovania and the rebels agreed to a 21-day ceasefire. Oland said that for three weeks the guns should fall silent."}
        entities:
          - {id: truce, type: event, name: the ceasefire, aliases: [the ceasefire, the truce]}
          - {id: oland, type: person, name: Margit Oland, aliases: [Margit Oland, Oland]}
        facts:
          - {id: length, category: event, subject: truce, predicate: last, quantity: {value: 21, unit: day},
             evidence: a 21-day ceasefire, statement: The ceasefire will last 21 days.}
          - {id: quote, category: speaker, subject: oland, predicate: say, what: for three weeks the guns should fall silent,
             evidence: Oland said that for three weeks the guns should fall silent, statement: Oland said that for three weeks the guns should fall silent.}
        """

    @Test(arguments: [
        ("The truce will last three weeks.", Verdict.supported),
        ("The truce will last 504 hours.", .supported),
        ("The truce will last four weeks.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "span.yaml")
    }

    /// One concept, so the fact of the 21 days is found by "three weeks".
    @Test func oneConceptInSeconds() throws {
        let analyzer = StatementChecker(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "span.yaml")).index.analyzer
        let weeks = try #require(analyzer.analyze("three weeks").first?.value), days = try #require(analyzer.analyze("21 days").first?.value)
        #expect(weeks.concept == days.concept)
        let months = try #require(analyzer.analyze("three months").first?.value)
        #expect(months.concept != days.concept)
    }
}
