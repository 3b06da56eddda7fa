import Foundation
import Testing
@testable import FactCheckCore

/// An alias given with "the" ("the player") names its entity where a text says "the player" or
/// "signed a player", not where it says "another player", "no club" or "had not signed a player",
/// nor, in a statement, where a possessive pronoun gives it another owner ("her party"); and a
/// second sentence adds no
/// deed to a statement when its doer there is another person than the statement's.
@Suite struct IndefiniteAliasTests {
    static let sign = """
        format: factcheck.bank/1
        source: {id: sign, title: Sign, text: "Harbour City signed the striker Tom Reyes from Dunmore Rovers on Monday. Harbour City had not signed a player directly from Dunmore Rovers since 2001."}
        entities:
          - {id: harbour, type: organisation, name: Harbour City, aliases: [Harbour City, Harbour, the club]}
          - {id: reyes, type: person, name: Tom Reyes, aliases: [Reyes, Tom Reyes, the striker, the player]}
          - {id: dunmore, type: organisation, name: Dunmore Rovers, aliases: [Dunmore, Dunmore Rovers]}
        facts:
          - {id: signing, category: event, subject: harbour, predicate: sign, object: reyes, what: from Dunmore Rovers, when: {weekday: Monday},
             evidence: Harbour City signed the striker Tom Reyes from Dunmore Rovers on Monday, statement: Harbour City signed Tom Reyes from Dunmore Rovers on Monday.}
          - {id: not-since, category: event, subject: harbour, predicate: sign, what: a player directly from Dunmore Rovers since 2001, polarity: negative,
             evidence: Harbour City had not signed a player directly from Dunmore Rovers since 2001, statement: Harbour City had not signed a player directly from Dunmore Rovers since 2001.}
        """

    static let deed = """
        format: factcheck.bank/1
        source: {id: deed, title: Deed, text: "Coach Ana Ruiz denied that the club would have to sell players. Striker Tom Reyes finished as the league's top scorer last season."}
        entities:
          - {id: ruiz, type: person, name: Ana Ruiz, aliases: [Ruiz, Ana Ruiz, the coach]}
          - {id: reyes, type: person, name: Tom Reyes, aliases: [Reyes, Tom Reyes, the striker]}
          - {id: club, type: organisation, name: the club, aliases: [the club]}
        facts:
          - {id: deny, category: event, subject: ruiz, predicate: deny, what: that the club would have to sell players,
             evidence: Coach Ana Ruiz denied that the club would have to sell players, statement: Ruiz denied that the club would have to sell players.}
          - {id: scorer, category: event, subject: reyes, predicate: finish, what: as the league's top scorer last season,
             evidence: Striker Tom Reyes finished as the league's top scorer last season, statement: Reyes finished as the league's top scorer last season.}
        """

    @Test func aPlayerIsNotThePlayer() throws {
        let index = BankIndex(bank: try BankLoader.parse(data: Data(Self.sign.utf8), file: "sign.yaml"))
        #expect(index.sentences[0].units.contains { $0.entityID == "reyes" })
        #expect(!index.sentences[1].units.contains { $0.entityID == "reyes" })
        // "the player" still names him.
        #expect(index.analyzer.analyze("Harbour City signed the player.").contains { $0.entityID == "reyes" })
        #expect(!index.analyzer.analyze("Harbour City signed another player.").contains { $0.entityID == "reyes" })
        // Not denied: "a player" may be the one the article knows.
        #expect(index.analyzer.analyze("Harbour City signed a player from Dunmore Rovers.").contains { $0.entityID == "reyes" })
    }

    @Test func aNounAfterTheAliasTakesTheArticle() throws {
        // "no club statement": the "no" is the statement's, and "club" still names the club.
        let index = BankIndex(bank: try BankLoader.parse(data: Data(Self.sign.utf8), file: "sign.yaml"))
        #expect(index.analyzer.analyze("Dunmore issued no club statement.").contains { $0.entityID == "harbour" })
        #expect(!index.analyzer.analyze("Dunmore said no club would sign him.").contains { $0.entityID == "harbour" })
    }

    @Test(arguments: [
        ("Ruiz, who won the league as a player, denied that the club would have to sell players.", Verdict.partlySupported),
        ("Ruiz denied that the club would have to sell players.", .supported),
        ("Reyes finished as the league's top scorer.", .supported),
    ])
    func deedOfAnother(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.deed, statement, expected, file: "deed.yaml")
    }

    static let possessed = """
        format: factcheck.bank/1
        source: {id: poss, title: Possessed, text: "Prime Minister Ana Dravik lost a confidence vote on Thursday. Opposition leader Marta Velin, whose party holds 58 seats, urged an early election. The Farmers' Party, led by Tomas Welk, withdrew its support last week."}
        entities:
          - {id: dravik, type: person, name: Ana Dravik, aliases: [Dravik, Ana Dravik]}
          - {id: velin, type: person, name: Marta Velin, aliases: [Velin, Marta Velin]}
          - {id: welk, type: person, name: Tomas Welk, represents: farmers, aliases: [Welk, Tomas Welk]}
          - {id: farmers, type: organisation, name: Farmers' Party, aliases: [Farmers' Party, the party]}
        facts:
          - {id: lost, category: event, subject: dravik, predicate: lose, what: a confidence vote, when: {weekday: Thursday},
             evidence: Prime Minister Ana Dravik lost a confidence vote on Thursday, statement: Dravik lost a confidence vote on Thursday.}
          - {id: urged, category: stance, subject: velin, predicate: urge, what: an early election,
             evidence: "Opposition leader Marta Velin, whose party holds 58 seats, urged an early election", statement: Velin urged an early election.}
          - {id: withdrew, category: event, subject: farmers, predicate: withdraw, what: its support,
             evidence: "The Farmers' Party, led by Tomas Welk, withdrew its support last week", statement: The Farmers' Party withdrew its support last week.}
        """

    /// "her party" after Dravik is Dravik's party, not the Farmers' Party the bank calls "the
    /// party"; "his party" after Welk, who acts for the Farmers' Party, is that party.
    @Test func aPossessivePronounGivesABareAliasItsOwner() throws {
        let checker = StatementChecker(bank: try BankLoader.parse(data: Data(Self.possessed.utf8), file: "poss.yaml"))
        func party(_ text: String) throws -> FactCheckCore.Unit { try #require(checker.analyze(text).first { $0.text.hasSuffix("party") }) }
        #expect(try party("Dravik plans to lead her party into the election.").entityID == nil)
        #expect(try party("Welk said his party withdrew its support.").entityID == "farmers")
        #expect(try party("The party withdrew its support.").entityID == "farmers")
        // No owner named before the pronoun: the alias stands.
        #expect(try party("Its party withdrew its support.").entityID == "farmers")
        try InlineBank.expect(Self.possessed, "Welk said his party withdrew its support.", .supported, file: "poss.yaml")
    }
}
