import Foundation
import Testing
@testable import FactCheckCore

/// Four figures before a plural noun the article counts are a count, not a year; `lint --deep`
/// writes a swapped count of four figures or more with its thousands grouped; "over eight
/// months" after a verb is the span an action took; a bank's time of day is no bare hour; the
/// drafter gives a passive's "by" name the deed.
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

    static let spans = """
        format: factcheck.bank/1
        source: {id: spans, title: Spans, text: "The deal, brokered over eight months by Aldessa, freed nine prisoners. The handover took place shortly after 11 a.m. Odeshko was jailed for 15 years."}
        entities:
          - {id: aldessa, type: country, name: Aldessa, aliases: [Aldessa]}
          - {id: odeshko, type: person, name: Mira Odeshko, aliases: [Odeshko]}
          - {id: deal, type: event, name: the deal, aliases: [the deal]}
        facts:
          - {id: brokered, category: event, subject: aldessa, predicate: broker, object: deal, quantity: {value: 8, unit: month},
             evidence: "brokered over eight months by Aldessa", statement: Aldessa brokered the deal over eight months.}
          - {id: handover, category: event, predicate: take place, what: the handover, quantity: {value: 660, unit: time of day},
             evidence: The handover took place shortly after 11 a.m., statement: The handover took place shortly after 11 a.m.}
          - {id: jailed, category: event, subject: odeshko, predicate: jail, quantity: {value: 15, unit: year},
             evidence: Odeshko was jailed for 15 years, statement: Odeshko was jailed for 15 years.}
        """

    @Test(arguments: [
        // "over" after the verb is the time it took, not "more than".
        ("Aldessa brokered the deal over six months.", Verdict.refuted),
        ("Aldessa brokered the deal over eight months.", .supported),
        // After "for", it is a bound.
        ("Odeshko was jailed for over ten years.", .supported),
        // The bank's 660 minutes is 11 a.m., never 11 p.m.
        ("The handover took place shortly after 11 p.m.", .refuted),
        ("The handover took place shortly after 11 a.m.", .supported),
    ])
    func spansAndTimesOfDay(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.spans, statement, expected, file: "spans.yaml")
    }

    @Test func aTimeOfDayIsWrittenAsOne() {
        #expect(Quantity(value: 660, unit: Units.clock).description == "11 a.m.")
        #expect(Quantity(value: 19 * 60 + 5, unit: Units.clock).description == "7:05 p.m.")
        #expect(Quantity(value: 0, unit: Units.clock).description == "12 a.m.")
    }

    @Test func thePassivesByNameIsTheDoer() throws {
        let text = """
            Orlen Foods lists shares

            Under the plan, approved in March by the Tallin Exchange, trading will begin on Friday. The deal was brokered by Alpha Bank. The bakery was founded by Mara Lind in 1998.
            """
        let bank = try BankDrafter.draft(text: text, fileName: "t.txt").bank
        let approve = try #require(bank.facts.first { $0.predicate == "approve" })
        #expect(approve.subject == "tallin-exchange")
        let broker = try #require(bank.facts.first { $0.predicate == "broker" })
        #expect(broker.subject == "alpha-bank")
        #expect(broker.object == nil)
        let checker = StatementChecker(bank: bank)
        #expect(checker.check("Mara Lind founded the bakery.").verdict == .supported)
        #expect(checker.check("The deal was brokered by Mara Lind.").verdict != .supported)
    }

    /// Admitting what the article says was denied is its opposite.
    static let denial = """
        format: factcheck.bank/1
        source: {id: denial, title: Denial, text: "Mira Odeshko served 31 months for espionage, a charge she has always denied. Lena Berg faced a fraud charge."}
        entities:
          - {id: odeshko, type: person, name: Mira Odeshko, aliases: [Odeshko, Mira Odeshko]}
          - {id: berg, type: person, name: Lena Berg, aliases: [Berg, Lena Berg]}
        facts:
          - {id: denied, category: stance, subject: odeshko, predicate: deny, what: the espionage charge,
             evidence: a charge she has always denied, statement: Odeshko has always denied the espionage charge.}
          - {id: charge, category: event, subject: berg, predicate: face, what: a fraud charge,
             evidence: Lena Berg faced a fraud charge, statement: Lena Berg faced a fraud charge.}
        """

    @Test(arguments: [
        ("Odeshko has admitted the espionage charge.", Verdict.refuted),
        ("Odeshko admitted the charge.", .refuted),
        ("Odeshko has always denied the espionage charge.", .supported),
        // Someone else's admission, or an admission of a charge nobody denied, is not this.
        ("Berg admitted the espionage charge.", .notMentioned),
        ("Berg admitted the fraud charge.", .notMentioned),
    ])
    func anAdmissionOfWhatWasDenied(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.denial, statement, expected, file: "denial.yaml")
    }

    /// An opposite word still contradicts when the one claim the article lacks is in a phrase
    /// after a preposition ("to the vote"), and the statement names the fact's subject.
    static let markets = """
        format: factcheck.bank/1
        source: {id: markets, title: Markets, text: "Financial markets reacted calmly. Wang urged the US to reconsider its policies."}
        entities:
          - {id: markets, type: group, name: financial markets, aliases: [financial markets, markets]}
          - {id: wang, type: person, name: Wang, aliases: [Wang]}
          - {id: us, type: country, name: the United States, aliases: [the US, US]}
        facts:
          - {id: calm, category: event, subject: markets, predicate: react, what: calmly,
             evidence: Financial markets reacted calmly, statement: Financial markets reacted calmly.}
          - {id: urged, category: stance, subject: wang, predicate: urge, object: us, what: to reconsider its policies,
             evidence: Wang urged the US to reconsider its policies, statement: Wang urged the US to reconsider its policies.}
        lexicon:
          antonyms:
            - [calmly, nervously]
        """

    @Test(arguments: [
        ("Financial markets reacted nervously to the vote.", Verdict.refuted),
        ("Financial markets reacted nervously.", .refuted),
        ("Financial markets reacted calmly.", .supported),
        // The claim the article lacks is the object, not an adjunct: not a contradiction.
        ("Wang praised the US sanctions.", .notMentioned),
    ])
    func anOppositeWithAnAdjunct(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.markets, statement, expected, file: "markets.yaml")
    }

    /// A passive names the one acted on: another person than the object of a fact with no doer
    /// is refuted.
    static let patients = """
        format: factcheck.bank/1
        source: {id: pat, title: Pat, text: "Mira Odeshko served 31 months for espionage. Gregor Ilvashin was jailed for 15 years in 2022 for smuggling military electronics."}
        entities:
          - {id: odeshko, type: person, name: Mira Odeshko, aliases: [Odeshko, Mira Odeshko]}
          - {id: ilvashin, type: person, name: Gregor Ilvashin, aliases: [Ilvashin, Gregor Ilvashin]}
        facts:
          - {id: served, category: event, subject: odeshko, predicate: serve, what: 31 months for espionage, quantity: {value: 31, unit: month},
             evidence: Mira Odeshko served 31 months for espionage, statement: Odeshko served 31 months for espionage.}
          - {id: jailed, category: event, object: ilvashin, predicate: jail, what: for smuggling military electronics, quantity: {value: 15, unit: year},
             evidence: Gregor Ilvashin was jailed for 15 years in 2022 for smuggling military electronics, statement: Ilvashin was jailed for 15 years for smuggling military electronics.}
        """

    @Test(arguments: [
        ("Odeshko had been jailed for smuggling military electronics.", Verdict.refuted),
        ("Odeshko was jailed for smuggling military electronics.", .refuted),
        ("Ilvashin was jailed for smuggling military electronics.", .supported),
    ])
    func theOneActedOn(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.patients, statement, expected, file: "patients.yaml")
    }

    /// "no" joined to the next word by a hyphen makes a word, not a denial, for the checker and
    /// for the drafter.
    @Test func aHyphenatedNoIsNoDenial() throws {
        let bank = try BankLoader.parse(data: Data(Self.bank.utf8), file: "counts.yaml")
        let analyzer = BankIndex(bank: bank).analyzer
        #expect(!analyzer.analyze("The no-confidence motion passed.").contains { $0.isNegation })
        #expect(analyzer.analyze("There was no confidence motion.").contains { $0.isNegation })
        let drafted = try BankDrafter.draft(text: "Dravik falls\n\nPrime Minister Elena Dravik lost a no-confidence vote on Thursday.\n", fileName: "t.txt").bank
        let lost = try #require(drafted.facts.first { $0.predicate == "lose" })
        #expect(lost.positive)
    }
}
