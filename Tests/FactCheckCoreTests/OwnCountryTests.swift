import Foundation
import Testing
@testable import FactCheckCore

/// "her country", "his nation", "their country" after a person the statement names: the one
/// country the bank has that person act for (`represents`, or the country of a position they
/// hold) is what the words name.
@Suite struct OwnCountryTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: own, title: Own, text: "Norvessan Oil Minister Sigrun Brandvik denied that Norvessa planned to leave the alliance. Norvessa pumps about 2.9 million barrels per day."}
        entities:
          - {id: brandvik, type: person, name: Sigrun Brandvik, aliases: [Brandvik]}
          - {id: norvessa, type: country, name: Norvessa, aliases: [Norvessa, Norvessan]}
          - {id: alliance, type: organisation, name: the alliance, aliases: [the alliance]}
        facts:
          - {id: brandvik-position, category: position, subject: brandvik, role: Oil Minister, of: norvessa, evidence: "Norvessan Oil Minister Sigrun Brandvik", statement: Sigrun Brandvik is Norvessa's oil minister.}
          - {id: denied, category: event, subject: brandvik, predicate: denied, what: Norvessa planned to leave the alliance, polarity: negative, evidence: "Sigrun Brandvik denied that Norvessa planned to leave the alliance", statement: Brandvik denied that Norvessa planned to leave the alliance.}
          - {id: pumps, category: event, subject: norvessa, predicate: pumps, quantity: {value: 2900000, unit: barrel}, evidence: "Norvessa pumps about 2.9 million barrels per day", statement: Norvessa pumps about 2.9 million barrels per day.}
        """

    @Test(arguments: [
        ("Brandvik denied her country planned to leave the alliance.", Verdict.supported),
        ("Brandvik confirmed her country planned to leave the alliance.", .refuted),
        ("Brandvik confirmed that Norvessa planned to leave the alliance.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "own.yaml")
    }
}
