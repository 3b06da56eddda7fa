import Foundation
import Testing
@testable import FactCheckCore

/// Four figures before a plural noun the article counts are a count, not a year; `lint --deep`
/// writes a swapped count of four figures or more with its thousands grouped.
@Suite struct CountsAndAdjunctsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: counts, title: Counts, text: "Brennholt said the restart would bring back 640 permanent jobs. The recall covers 2024 models."}
        entities:
          - {id: brennholt, type: organisation, name: Brennholt, aliases: [Brennholt]}
          - {id: recall, type: event, name: the recall, aliases: [the recall]}
        facts:
          - {id: jobs, category: speaker, subject: brennholt, predicate: say, what: the restart would bring back 640 permanent jobs,
             quantity: {value: 640, unit: job},
             evidence: the restart would bring back 640 permanent jobs, statement: Brennholt said the restart would bring back 640 permanent jobs.}
          - {id: models, category: topic, subject: recall, predicate: cover, what: 2024 models, when: {year: 2024},
             evidence: The recall covers 2024 models, statement: The recall covers 2024 models.}
        """

    @Test(arguments: [
        ("Brennholt said the restart would bring back 1280 permanent jobs.", Verdict.refuted),
        ("The restart will bring back about 1920 jobs.", .refuted),
        ("Brennholt said the restart would bring back 640 jobs.", .supported),
        // "models" is nothing the article counts: "2025 models" stays a year.
        ("The recall covers 2025 models.", .refuted),
        ("The recall covers 2024 models.", .supported),
    ])
    func fourFiguresBeforeACountedNoun(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "counts.yaml")
    }

    @Test func aSwappedCountIsWrittenWithItsThousandsGrouped() throws {
        let bank = try BankLoader.parse(data: Data(Self.bank.utf8), file: "counts.yaml")
        let checker = StatementChecker(bank: bank)
        let jobs = try #require(bank.facts.first { $0.id == "jobs" })
        let swapped = StatementVariants.swappedValues(jobs, in: bank, checker: checker)
        #expect(swapped == ["Brennholt said the restart would bring back 1,280 permanent jobs."])
        for text in swapped { #expect(checker.check(text).verdict == .refuted, "\(text)") }
    }

    @Test func theArticlesCountedNouns() {
        let nouns = Analyzer.countedNouns(in: Tokenizer.tokenize("It cut 640 permanent jobs and three plants in 2024. The 2024 models sold."))
        #expect(nouns == ["jobs", "plants"])
    }
}
