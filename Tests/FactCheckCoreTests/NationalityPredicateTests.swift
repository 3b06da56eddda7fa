import Testing
@testable import FactCheckCore

/// "X is British" where the article writes "Britain's X" is supported by the country the article
/// ties X to; "X is Kenyan" is a nationality even where the bank calls another person "the
/// Kenyan"; and "appeal" urges only as "appeal to" or "appeal for" ("appeal the ruling" is a
/// challenge in court); and words said by one person, given to another, are refuted however
/// short the rest of the statement.
@Suite struct NationalityPredicateTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: nation, title: Nations, text: "Kenya's Grace Wanjiru won the race, ahead of Britain's Holly Pryce. Ethiopia's Dawit Alemu won the men's race. Mayor Ruiz appealed to residents for calm. Race director Colin Mabry closed the course at noon. \\"No medal is worth a life,\\" Ruiz said."}
        entities:
          - {id: kenya, type: country, name: Kenya, aliases: [Kenya]}
          - {id: britain, type: country, name: Britain, aliases: [Britain, the UK]}
          - {id: ethiopia, type: country, name: Ethiopia, aliases: [Ethiopia]}
          - {id: wanjiru, type: person, name: Grace Wanjiru, aliases: [Wanjiru, the Kenyan], represents: kenya}
          - {id: pryce, type: person, name: Holly Pryce, aliases: [Pryce], represents: britain}
          - {id: alemu, type: person, name: Dawit Alemu, aliases: [Alemu, the Ethiopian], represents: ethiopia}
          - {id: ruiz, type: person, name: Mayor Ruiz, aliases: [Ruiz, the mayor]}
          - {id: mabry, type: person, name: Colin Mabry, aliases: [Mabry, Colin Mabry, the race director]}
        facts:
          - {id: won, category: event, subject: wanjiru, predicate: win, what: the race, evidence: "Kenya's Grace Wanjiru won the race", statement: Grace Wanjiru won the race.}
          - {id: pryce, category: event, subject: pryce, predicate: finish, what: behind Wanjiru, evidence: "ahead of Britain's Holly Pryce", statement: Holly Pryce finished behind Wanjiru.}
          - {id: alemu, category: event, subject: alemu, predicate: win, what: "the men's race", evidence: "Ethiopia's Dawit Alemu won the men's race", statement: "Dawit Alemu won the men's race."}
          - {id: calm, category: event, subject: ruiz, predicate: urge, what: residents to stay calm, evidence: Mayor Ruiz appealed to residents for calm, statement: Ruiz urged residents to stay calm.}
          - {id: closed, category: event, subject: mabry, predicate: close, what: the course at noon, evidence: Race director Colin Mabry closed the course at noon, statement: Mabry closed the course at noon.}
          - {id: medal, category: quote, subject: ruiz, predicate: say, quote: "No medal is worth a life", polarity: negative, evidence: "No medal is worth a life", statement: "Ruiz said: \\"No medal is worth a life.\\""}
        """

    @Test(arguments: [
        ("Holly Pryce is British.", Verdict.supported),
        ("Dawit Alemu is Ethiopian.", .supported),
        ("Dawit Alemu is Kenyan.", .refuted),
        ("Holly Pryce is French.", .refuted),
        ("Ruiz urged residents to stay calm.", .supported),
        ("Ruiz plans to appeal the ruling.", .notMentioned),
        // Words said, given to another of the bank's people: the name is the one claim unbacked.
        ("Mabry said no medal is worth a life.", .refuted),
        ("Ruiz said no medal is worth a life.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "nation.yaml")
    }
}

/// A country's word before a common noun that the bank gives, after another country's word, as
/// the name of a thing in the matched fact ("the Rhovanian capital" where the talks were in "the
/// Kelsish capital, Halvik") is refuted.
@Suite struct AnotherCountrysThingTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: capital, title: Capital, text: "Rhovania and the rebels agreed a truce after four days of talks in the Kelsish capital, Halvik."}
        entities:
          - {id: rhovania, type: country, name: Rhovania, aliases: [Rhovania, Rhovanian]}
          - {id: kelsland, type: country, name: Kelsland, aliases: [Kelsland, Kelsish]}
          - {id: rebels, type: group, name: the rebels, aliases: [the rebels]}
          - {id: halvik, type: place, name: Halvik, aliases: [Halvik, the Kelsish capital]}
        facts:
          - {id: talks, category: event, subject: rhovania, predicate: agree, object: rebels, place: halvik, what: a truce after four days of talks,
             evidence: "Rhovania and the rebels agreed a truce after four days of talks in the Kelsish capital, Halvik", statement: Rhovania and the rebels agreed a truce after four days of talks in Halvik.}
        """

    @Test(arguments: [
        ("The truce was agreed after talks in the Rhovanian capital.", Verdict.refuted),
        ("The truce was agreed after talks in the Kelsish capital.", .supported),
        ("The truce was agreed after talks in Halvik.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "capital.yaml")
    }
}
