import Foundation
import Testing
@testable import FactCheckCore

/// A place the statement gives a deed, after the deed's word, where another sentence has the same
/// doer do it at another place, is refuted; a place whose name holds the other's ("Port Alden",
/// "Port Alden International Airport") is no other place. And a deed the article denies is not
/// made to have taken place by words telling how often ("has flown several times since").
@Suite struct PlaceOfADeedTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: deed, title: Deed, text: "The jet, bound for Kelso Bay, made an emergency landing last month. It landed back at Port Alden International Airport after 38 minutes."}
        entities:
          - {id: jet, type: event, name: the jet, aliases: [the jet, it]}
          - {id: kelso, type: place, name: Kelso Bay, aliases: [Kelso Bay]}
          - {id: alden-city, type: place, name: Port Alden, aliases: [Port Alden]}
          - {id: alden, type: place, name: Port Alden International Airport, aliases: [Port Alden International Airport]}
        facts:
          - {id: emergency, category: event, subject: jet, predicate: land, what: an emergency landing last month,
             evidence: made an emergency landing last month, statement: The jet made an emergency landing last month.}
          - {id: back, category: event, subject: jet, predicate: land, place: alden, quantity: {value: 38, unit: minute},
             evidence: It landed back at Port Alden International Airport after 38 minutes, statement: The jet landed back at Port Alden International Airport after 38 minutes.}
        """

    @Test(arguments: [
        ("The jet made its emergency landing at Kelso Bay.", Verdict.refuted),
        ("The jet made an emergency landing last month.", .supported),
    ])
    func placeOfTheDeed(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "deed.yaml")
    }

    @Test func aPlaceInsideTheOtherIsNoSwap() throws {
        let result = try InlineBank.check(Self.bank, "The jet made its emergency landing at Port Alden.", file: "deed.yaml")
        #expect(result.verdict != .refuted, "\(result.explanation)")
    }

    static let grounded = """
        format: factcheck.bank/1
        source: {id: grounded, title: Grounded, text: "The damaged jet has not flown since the incident."}
        entities:
          - {id: jet, type: event, name: the damaged jet, aliases: [the damaged jet, the jet]}
        facts:
          - {id: grounded, category: event, subject: jet, predicate: fly, polarity: negative, what: since the incident,
             evidence: The damaged jet has not flown since the incident, statement: The damaged jet has not flown since the incident.}
        """

    /// Words telling how often a deed took place leave the article's denial of it a denial.
    @Test(arguments: [
        ("The damaged jet has flown several times since the incident.", Verdict.refuted),
        ("The jet has flown twice since the incident.", .refuted),
        ("The damaged jet has not flown since the incident.", .supported),
    ])
    func howOftenAgainstADenial(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.grounded, statement, expected, file: "grounded.yaml")
    }
}
