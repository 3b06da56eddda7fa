import Foundation
import Testing
@testable import FactCheckCore

/// A more general noun for what the article says: WordNet's more general senses of a noun's
/// most frequent sense, up to three steps while they still name a kind of thing ("jet" ->
/// aircraft, never "prisoner" -> organism), also for a thing the bank names by a common noun
/// ("the damaged jet"). An aside of a planned fact (", which has not flown since,") is stated;
/// the end of a change is not wrong about a fact's figure that is no end of one; an age the bank
/// gives as "age of the ..." is an age, not a span of years.
@Suite struct KindsOfThingsTests {
    @Test(arguments: [("jet", "aircraft"), ("helicopter", "aircraft"), ("freighter", "ship"), ("hospital", "building")])
    func aKindReachesItsMoreGeneralWord(specific: String, general: String) throws {
        let s = try #require(WordNet.entry(for: specific)), g = try #require(WordNet.entry(for: general))
        #expect(!Set(s.broader).isDisjoint(with: g.concepts.prefix(2)), "\(specific) -> \(general)")
        #expect(Set(g.broader).isDisjoint(with: s.concepts), "\(general) must not back \(specific)")
    }

    /// Far steps stop before words that name a whole domain, and never leave the most frequent
    /// sense ("base" the military base is no sports equipment).
    @Test(arguments: [("prisoner", "organism"), ("jet", "vehicle"), ("base", "equipment"), ("team", "group")])
    func noDomainWord(specific: String, general: String) throws {
        let s = try #require(WordNet.entry(for: specific)), g = try #require(WordNet.entry(for: general))
        #expect(Set(s.broader).isDisjoint(with: g.concepts.prefix(1)), "\(specific) must not reach \(general)")
    }

    /// An article's "the damaged jet" (the bank of `PlaceOfADeedTests`) says "the damaged
    /// aircraft" too.
    @Test(arguments: [
        ("The damaged aircraft has not flown since the incident.", Verdict.supported),
        ("The damaged aircraft has flown twice since the incident.", .refuted),
    ])
    func aMoreGeneralWordForANamedThing(statement: String, expected: Verdict) throws {
        try InlineBank.expect(PlaceOfADeedTests.grounded, statement, expected, file: "grounded.yaml")
    }

    /// A planned fact whose sentence tells, in an aside of its own, what has already happened:
    /// the aside is stated, not planned.
    static let aside = """
        format: factcheck.bank/1
        source: {id: aside, title: Aside, text: "Repairs to the damaged jet, which has not flown since the incident, will cost 1.8 million dollars."}
        entities:
          - {id: jet, type: event, name: the damaged jet, aliases: [the damaged jet]}
        facts:
          - {id: repairs, category: event, subject: jet, predicate: cost, certainty: planned, what: repairs to the damaged jet, quantity: {value: 1800000, unit: dollar},
             evidence: "Repairs to the damaged jet, which has not flown since the incident, will cost 1.8 million dollars", statement: Repairs to the damaged jet will cost 1.8 million dollars.}
        """

    @Test(arguments: [
        ("The damaged jet has not flown since the incident.", Verdict.supported),
        ("Repairs to the damaged jet have already cost 1.8 million dollars.", .refuted),
    ])
    func anAsideOfAPlannedFact(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.aside, statement, expected, file: "aside.yaml")
    }

    /// "from 34,000 feet to 10,000 feet" against a fact that gives 34,000 feet as no end of a
    /// change: the 10,000 is not wrong about it. Against "fell from 40 minutes to 22", "rose from
    /// 22 minutes to 40" is.
    static let change = """
        format: factcheck.bank/1
        source: {id: change, title: Change, text: "The jet lost cabin pressure at 34,000 feet. Journey times will fall from 40 minutes to 22."}
        entities:
          - {id: jet, type: event, name: the jet, aliases: [the jet]}
          - {id: times, type: event, name: journey times, aliases: [journey times]}
        facts:
          - {id: pressure, category: event, subject: jet, predicate: lose, what: cabin pressure, quantity: {value: 34000, unit: foot},
             evidence: "The jet lost cabin pressure at 34,000 feet", statement: "The jet lost cabin pressure at 34,000 feet."}
          - {id: fall, category: event, subject: times, predicate: fall, certainty: planned, quantity: {value: 22, unit: minute},
             evidence: Journey times will fall from 40 minutes to 22, statement: Journey times will fall from 40 minutes to 22.}
        """

    @Test func theEndOfAChangeIsNotWrongAboutItsStart() throws {
        let result = try InlineBank.check(Self.change, "The jet dropped from 34,000 feet to 10,000 feet.", file: "change.yaml")
        #expect(result.verdict != .refuted, "\(result.explanation)")
        try InlineBank.expect(Self.change, "Journey times will rise from 22 minutes to 40.", .refuted, file: "change.yaml")
    }

    static let age = """
        format: factcheck.bank/1
        source: {id: age3, title: Age, text: "The dead were a 34-year-old ski instructor employed by the resort."}
        entities:
          - {id: instructor, type: person, name: the ski instructor, aliases: [the ski instructor, the instructor]}
        facts:
          - {id: age, category: topic, subject: instructor, predicate: be, what: age of the ski instructor who died, quantity: {value: 34, unit: year},
             evidence: a 34-year-old ski instructor, statement: The ski instructor was 34 years old.}
        """

    @Test(arguments: [
        ("The ski instructor was 43 years old.", Verdict.refuted),
        ("The ski instructor was 34 years old.", .supported),
        ("The ski instructor had worked at the resort for ten years.", .notMentioned),
        ("The ski instructor had been employed by the resort for ten years.", .notMentioned),
    ])
    func anAgeOfSomeone(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.age, statement, expected, file: "age3.yaml")
    }
}
