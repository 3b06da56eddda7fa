import Foundation
import Testing
@testable import FactCheckCore

/// An event the article reports from one body, given in a statement to another body that says
/// nothing in that sentence, is refuted; the reporter, or one who acts for it, is not.
@Suite struct ReportedEventsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: reported, title: Reported, text: "A faulty valve caused the jet to lose cabin pressure, the safety board said on Tuesday. The aviation authority is considering a fine."}
        entities:
          - {id: board, type: organisation, name: the safety board, aliases: [the safety board, the board]}
          - {id: authority, type: organisation, name: the aviation authority, aliases: [the aviation authority, the authority]}
          - {id: voss, type: person, name: Renata Voss, represents: board, aliases: [Voss, Renata Voss]}
          - {id: jet, type: event, name: the jet, aliases: [the jet]}
        facts:
          - {id: cause, category: event, predicate: cause, object: jet, what: a faulty valve caused the jet to lose cabin pressure,
             evidence: A faulty valve caused the jet to lose cabin pressure, statement: A faulty valve caused the jet to lose cabin pressure.}
          - {id: said, category: speaker, subject: board, predicate: say, what: a faulty valve caused the jet to lose cabin pressure, when: {weekday: Tuesday},
             evidence: "A faulty valve caused the jet to lose cabin pressure, the safety board said on Tuesday", statement: The safety board said a faulty valve caused the jet to lose cabin pressure.}
          - {id: fine, category: event, subject: authority, predicate: consider, what: a fine,
             evidence: The aviation authority is considering a fine, statement: The aviation authority is considering a fine.}
        """

    @Test(arguments: [
        ("The aviation authority said a faulty valve caused the jet to lose cabin pressure.", Verdict.refuted),
        ("The safety board said a faulty valve caused the jet to lose cabin pressure.", .supported),
        ("A faulty valve caused the jet to lose cabin pressure.", .supported),
    ])
    func reporter(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "reported.yaml")
    }

    /// One who acts for the reporter is not another reporter.
    @Test func oneOfTheReportersOwnIsNotRefuted() throws {
        let result = try InlineBank.check(Self.bank, "Voss said a faulty valve caused the jet to lose cabin pressure.", file: "reported.yaml")
        #expect(result.verdict != .refuted)
        #expect(result.verdict != .supported)
    }
}
