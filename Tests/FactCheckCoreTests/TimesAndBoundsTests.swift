import Foundation
import Testing
@testable import FactCheckCore

/// Times of day are values of their own ("7:30 a.m.", "11:40am", "19:30"), and the dot of "a.m."
/// before a new sentence ends it; "B instead of A" puts B where a change ends and A where it
/// starts; a bound the other way round ("at most" against "at least") is another figure; a
/// figure of the statement's own subject wins over the same figure of someone else; and a vote
/// "to move" something is done, though the move is only planned.
@Suite struct TimesAndBoundsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: times, title: Times, text: "The council voted on Monday to move the start of the race from 9 a.m. to 7:30 a.m. The course closed at 11:40 a.m. Mira Holt won the race for her third title, finishing ahead of Ana Diaz, who was second. The clean-up will take at least eight months, Mayor Lee said."}
        entities:
          - {id: council, type: organisation, name: the council, aliases: [the council, council]}
          - {id: race, type: event, name: the race, aliases: [the race, race]}
          - {id: holt, type: person, name: Mira Holt, aliases: [Holt, Mira Holt]}
          - {id: diaz, type: person, name: Ana Diaz, aliases: [Diaz, Ana Diaz]}
          - {id: lee, type: person, name: Mayor Lee, aliases: [Lee, the mayor]}
        facts:
          - {id: vote, category: event, subject: council, predicate: vote, when: {weekday: Monday}, evidence: The council voted on Monday, statement: The council voted on Monday.}
          - {id: moved, category: event, subject: council, predicate: move, object: race, what: the start of the race from 9 a.m. to 7:30 a.m., certainty: planned, evidence: to move the start of the race from 9 a.m. to 7:30 a.m., statement: The start of the race will move from 9 a.m. to 7:30 a.m.}
          - {id: closed, category: event, what: the course, predicate: close, evidence: The course closed at 11:40 a.m., statement: The course closed at 11:40 a.m.}
          - {id: title, category: event, subject: holt, predicate: win, what: title, ordinal: 3, evidence: won the race for her third title, statement: Holt won her third title.}
          - {id: ahead, category: event, subject: holt, predicate: finish, object: diaz, what: ahead of Ana Diaz in the race, evidence: finishing ahead of Ana Diaz, statement: Holt finished ahead of Ana Diaz.}
          - {id: second, category: event, subject: diaz, predicate: finish, what: in the race, ordinal: 2, evidence: "Ana Diaz, who was second", statement: Ana Diaz finished second in the race.}
          - {id: cleanup, category: speaker, subject: lee, predicate: say, what: the clean-up would take at least eight months, quantity: {value: 8, unit: month}, evidence: The clean-up will take at least eight months, statement: Lee said the clean-up will take at least eight months.}
        """

    @Test(arguments: [
        ("The race will start at 7:30 a.m. instead of 9 a.m.", Verdict.supported),
        // What is replaced ("instead of") is where the change started.
        ("The race will start at 9 a.m. instead of 7:30 a.m.", .refuted),
        // A time of day, however it is written.
        ("The course closed at 11:40am.", .supported),
        ("The course closed at 11.40 a.m.", .supported),
        ("The course closed at 11:40 p.m.", .refuted),
        ("The course closed at 10:40.", .refuted),
        // The deciding is done; only the move is planned.
        ("The council voted on Monday to move the start of the race.", .supported),
        // The third is Holt's title; Diaz has an ordinal of her own.
        ("Ana Diaz was third in the race.", .refuted),
        ("Ana Diaz finished second.", .supported),
        // Bounds the other way round.
        ("The clean-up will take at most eight months.", .refuted),
        ("Lee said the clean-up will take up to eight months.", .refuted),
        ("The clean-up will take more than six months.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "times.yaml")
    }

    /// "19 were taken to hospital": the verb after a number is not what it counts.
    @Test func aVerbAfterANumberIsNotItsUnit() throws {
        let checker = StatementChecker(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "times.yaml"))
        let values = checker.analyze("Medical teams treated 212 runners, and 19 were taken to hospital.").compactMap(\.value)
        #expect(values.map(\.number) == [212, 19])
        #expect(!values.contains { $0.unit == "be" })
    }

    @Test func aTimeOfDayEndsItsSentence() {
        let sentences = SentenceSplitter.split("It moved from 9 a.m. to 7:30 a.m. The race is in April. It starts at 9 a.m. Monday.")
        #expect(sentences.map(\.text) == ["It moved from 9 a.m. to 7:30 a.m.", "The race is in April.", "It starts at 9 a.m. Monday."])
    }
}
