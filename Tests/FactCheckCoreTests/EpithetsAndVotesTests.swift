import Foundation
import Testing
@testable import FactCheckCore

/// A word the article writes before a name inside a noun phrase ("the third no-confidence
/// motion") describes that name wherever a statement writes it so, when the name fills a slot of
/// the matched fact; and a vote "against it" is on the fact's own object.
@Suite struct EpithetsAndVotesTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: votes, title: Votes, text: "It was the third no-confidence motion against Dravik. All 11 Agrarian deputies backed the motion, while the Green League voted against it."}
        entities:
          - {id: dravik, type: person, name: Elena Dravik, aliases: [Dravik]}
          - {id: motion, type: event, name: the motion, aliases: [the motion, motion]}
          - {id: agrarians, type: group, name: Agrarian deputies, aliases: [Agrarian deputies]}
          - {id: greens, type: organisation, name: Green League, aliases: [Green League, the Green League]}
        facts:
          - {id: third, category: event, subject: dravik, predicate: face, object: motion, ordinal: 3,
             evidence: It was the third no-confidence motion against Dravik, statement: Dravik faced her third no-confidence motion.}
          - {id: backed, category: event, subject: agrarians, predicate: back, object: motion,
             evidence: All 11 Agrarian deputies backed the motion, statement: All 11 Agrarian deputies backed the motion.}
          - {id: against, category: event, subject: greens, predicate: vote against, object: motion,
             evidence: the Green League voted against it, statement: The Green League voted against the motion.}
        """

    @Test(arguments: [
        ("The Green League voted against the no-confidence motion.", Verdict.supported),
        ("The Green League voted for the no-confidence motion.", .refuted),
        ("The Green League voted for the motion.", .refuted),
        ("All eleven Agrarian deputies voted for the motion.", .supported),
    ])
    func votes(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "votes.yaml")
    }

    static let leaders = """
        format: factcheck.bank/1
        source: {id: leaders, title: Leaders, text: "Agrarian leader Tomas Welk warned the prime minister. Alliance leader Marta Velin rejected any talks with the Centre."}
        entities:
          - {id: agrarians, type: organisation, name: Agrarian Party, aliases: [Agrarian Party, Agrarian]}
          - {id: alliance, type: organisation, name: People's Alliance, aliases: [People's Alliance, Alliance, the opposition]}
          - {id: centre, type: organisation, name: the Centre, aliases: [the Centre]}
          - {id: welk, type: person, name: Tomas Welk, aliases: [Welk, Tomas Welk]}
          - {id: velin, type: person, name: Marta Velin, aliases: [Velin, Marta Velin]}
        facts:
          - {id: welk-leader, category: position, subject: welk, role: leader, of: agrarians,
             evidence: Agrarian leader Tomas Welk, statement: Tomas Welk is the leader of the Agrarian Party.}
          - {id: velin-leader, category: position, subject: velin, role: leader, of: alliance,
             evidence: Alliance leader Marta Velin, statement: Marta Velin is the leader of People's Alliance.}
          - {id: rejected, category: stance, subject: velin, predicate: reject, object: centre, what: any talks with the Centre,
             evidence: Alliance leader Marta Velin rejected any talks with the Centre, statement: Velin rejected any talks with the Centre.}
        """

    /// A title two people hold names the one whose body is written right before it ("the
    /// opposition leader").
    @Test func theOwnerBeforeASharedTitle() throws {
        try InlineBank.expect(Self.leaders, "The opposition leader rejected any talks with the Centre.", .supported, file: "leaders.yaml")
        try InlineBank.expect(Self.leaders, "The Agrarian leader rejected any talks with the Centre.", .refuted, file: "leaders.yaml")
    }
}
