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
