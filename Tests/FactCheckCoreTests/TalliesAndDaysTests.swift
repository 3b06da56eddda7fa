import Foundation
import Testing
@testable import FactCheckCore

/// A tally's larger side is the way the outcome went; a bank's `when.day` is a day of the month,
/// never a count; an age is no bare count of a tally; a count agrees with the same count of
/// other things; "a former minister" introduces someone; what follows "during" after a denied
/// verb is taken as so; a year inside a name the evidence gives; both ends of a change.
@Suite struct TalliesAndDaysTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: tallies, title: Tallies, text: "The Harlow Assembly approved the harbour plan on Tuesday by 41 votes to 19. Councillor Ana Roth did not speak during the three-hour debate. Under the rules, the assembly has 21 days to publish the plan, giving it until May 26. Brune Harbour employs about 600 people. Ostwick Port, based in Harlow, has some 2,300 staff. Roth, who chairs the assembly, said the plan is expected to cost 80 million euros. Critics called for an audit of the cost estimates."}
        entities:
          - {id: assembly, type: organisation, name: the Harlow Assembly, aliases: [the assembly, Harlow Assembly]}
          - {id: plan, type: event, name: the harbour plan, aliases: [the harbour plan, the plan]}
          - {id: roth, type: person, name: Ana Roth, aliases: [Roth, Ana Roth]}
          - {id: brune, type: organisation, name: Brune Harbour, aliases: [Brune Harbour]}
          - {id: critics, type: group, name: critics, aliases: [critics]}
          - {id: ostwick, type: organisation, name: Ostwick Port, aliases: [Ostwick Port, Ostwick]}
        facts:
          - {id: approval, category: event, subject: assembly, predicate: approve, object: plan, when: {weekday: Tuesday},
             quantity: [{value: 41, unit: vote}, {value: 19, unit: vote}],
             evidence: The Harlow Assembly approved the harbour plan on Tuesday by 41 votes to 19, statement: The Harlow Assembly approved the harbour plan on Tuesday by 41 votes to 19.}
          - {id: votes-for, category: event, predicate: vote for, object: plan, quantity: {value: 41, unit: vote},
             evidence: by 41 votes to 19, statement: 41 members voted for the harbour plan.}
          - {id: votes-against, category: event, predicate: vote against, object: plan, quantity: {value: 19, unit: vote},
             evidence: by 41 votes to 19, statement: 19 members voted against the harbour plan.}
          - {id: roth-role, category: position, subject: roth, role: councillor, of: assembly,
             evidence: Councillor Ana Roth, statement: Ana Roth is a councillor.}
          - {id: roth-silent, category: event, subject: roth, predicate: speak, what: during the three-hour debate, quantity: {value: 3, unit: hour}, polarity: negative,
             evidence: did not speak during the three-hour debate, statement: Ana Roth did not speak during the three-hour debate.}
          - {id: deadline, category: date, subject: assembly, predicate: publish, object: plan, when: {month: May, day: 26},
             evidence: "the assembly has 21 days to publish the plan, giving it until May 26", statement: The assembly has until May 26 to publish the plan.}
          - {id: brune-staff, category: topic, subject: brune, predicate: employ, what: people, quantity: {value: 600, unit: people},
             evidence: Brune Harbour employs about 600 people, statement: Brune Harbour employs about 600 people.}
          - {id: ostwick-staff, category: topic, subject: ostwick, predicate: have, what: staff, quantity: {value: 2300, unit: staff},
             evidence: "has some 2,300 staff", statement: "Ostwick Port has some 2,300 staff."}
          - {id: cost, category: speaker, subject: roth, predicate: say, what: the plan is expected to cost 80 million euros, quantity: {value: 80000000, unit: euro},
             evidence: said the plan is expected to cost 80 million euros, statement: Roth said the plan is expected to cost 80 million euros.}
          - {id: audit, category: event, subject: critics, predicate: call for, what: an audit of the cost estimates,
             evidence: Critics called for an audit of the cost estimates, statement: Critics called for an audit of the cost estimates.}
        """

    @Test(arguments: [
        // The larger side of the tally is the way it went.
        ("The harbour plan was defeated by 41 votes to 19.", Verdict.refuted),
        ("The harbour plan was approved by 41 votes to 19.", .supported),
        // The day of the month the bank types.
        ("The assembly has until May 21 to publish the plan.", .refuted),
        ("The assembly has until May 26 to publish the plan.", .supported),
        // An age is not the tally's 19.
        ("Ana Roth is 19 years old.", .notMentioned),
        // The same count of other things.
        ("Ostwick Port employs around 2,300 people.", .supported),
        ("Brune Harbour employs about 600 people.", .supported),
        // "a former councillor" is someone else; "Roth is a former councillor" is not.
        ("The harbour plan was drafted by a former councillor.", .notMentioned),
        ("Ana Roth is a former councillor.", .refuted),
        // The debate took place; Roth's speaking is what is denied.
        ("Ana Roth spoke during the debate.", .refuted),
        ("Ana Roth did not speak during the debate.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "tallies.yaml")
    }

    /// A year inside a name ("the 2026 budget", an alias) is a value of the fact too.
    static let years = """
        format: factcheck.bank/1
        source: {id: years, title: Years, text: "The Greens walked out of the coalition in a dispute over the 2026 budget."}
        entities:
          - {id: greens, type: organisation, name: the Greens, aliases: [the Greens, Greens]}
          - {id: budget, type: event, name: the 2026 budget, aliases: [the 2026 budget, the budget]}
        facts:
          - {id: dispute, category: topic, subject: greens, predicate: dispute, object: budget, what: a dispute over the 2026 budget,
             evidence: in a dispute over the 2026 budget, statement: The Greens walked out of the coalition in a dispute over the 2026 budget.}
        """

    @Test(arguments: [
        ("The Greens walked out in a dispute over the 2025 budget.", Verdict.refuted),
        ("The Greens walked out in a dispute over the 2026 budget.", .supported),
        ("The Greens walked out in a dispute over the budget.", .supported),
    ])
    func aYearInAName(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.years, statement, expected, file: "years.yaml")
    }

    /// Both ends of a change: each is compared with the article's own start or end, even when a
    /// fact of its own types the start.
    static let fees = """
        format: factcheck.bank/1
        source: {id: fees, title: Fees, text: "Library fees rose to 9 euros from 7 euros. Parking fees rose by 8 euros."}
        entities:
          - {id: library, type: organisation, name: the library, aliases: [the library]}
        facts:
          - {id: library-fees, category: event, predicate: rise, what: library fees, quantity: {value: 9, unit: euro},
             evidence: Library fees rose to 9 euros, statement: Library fees rose to 9 euros.}
          - {id: library-before, category: topic, what: library fees before the rise, quantity: {value: 7, unit: euro},
             evidence: from 7 euros, statement: Library fees had been 7 euros.}
          - {id: parking, category: event, predicate: rise, what: parking fees, quantity: {value: 8, unit: euro},
             evidence: Parking fees rose by 8 euros, statement: Parking fees rose by 8 euros.}
        """

    @Test(arguments: [
        ("Library fees rose to 9 euros from 7 euros.", Verdict.supported),
        ("Library fees rose to 9 euros from 8 euros.", .refuted),
        ("Library fees rose from 6 euros to 9 euros.", .refuted),
        ("Library fees rose from 7 euros to 10 euros.", .refuted),
    ])
    func bothEndsOfAChange(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.fees, statement, expected, file: "fees.yaml")
    }

    /// The tally is read with its noun between the counts ("by 41 votes to 19").
    @Test func aTallyWithItsNounBetweenTheCounts() throws {
        let bank = try BankLoader.parse(data: Data(Self.bank.utf8), file: "tallies.yaml")
        let index = BankIndex(bank: bank)
        let tally = VoteDirectionRule.splitTally(index.analyzer.analyze("It was defeated by 41 votes to 19."))
        #expect(tally?.yes == 41 && tally?.no == 19)
        #expect(VoteDirectionRule.splitTally(index.analyzer.analyze("It was defeated by 41 to 19 votes.")).map { $0.yes } == 41)
    }
}
