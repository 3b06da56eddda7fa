import Testing
@testable import FactCheckCore

/// Ordinary words for what the article says otherwise: "reveal" in a statement for the article's
/// saying (one way only: the article's "did not disclose the cause of death" denies no
/// announcement), "reached" and "came to" before a figure, "up from" and "down from" as a rise and
/// a fall, "compared with" as a comparison only, "gained" as a rise, "picked" for "chosen", "come
/// out" for "appear", a statement that gives both figures of "50 seats, down from 61", and a
/// tally without its noun ("27 to 14", "27-14") for "27 votes to 14", "launched" for "lifted off",
/// and "weighs" that only carries its weight ("4,080 pounds" is 1,850 kilograms).
@Suite struct WordingTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: wording, title: Wording, text: "Marrow declined to say what her second novel would be about. Brenneck died on Sunday at his home, his family announced. His daughter said he had died peacefully, but the family did not disclose the cause of death. Sales of the novel had risen to about 18,400 copies. The judges read 212 entries, up from 174 last year. The party won 50 seats, down from 61 at the previous election in 2021. The panel had chosen the winner by four votes to one. Rao expects the first translations to appear in 2027. The final cost reached 312 million pounds. Councillors backed the plan by 27 votes to 14. The rocket lifted off on Thursday carrying the 1,850-kilogram satellite."}
        entities:
          - {id: marrow, type: person, name: Ilse Marrow, aliases: [Marrow, Ilse Marrow]}
          - {id: brenneck, type: person, name: Halvard Brenneck, aliases: [Brenneck, Halvard Brenneck]}
          - {id: family, type: group, name: the family, aliases: [the family, his family]}
          - {id: judges, type: group, name: the judges, aliases: [the judges]}
          - {id: party, type: organisation, name: the party, aliases: [the party]}
          - {id: panel, type: group, name: the panel, aliases: [the panel]}
          - {id: rao, type: person, name: Sunita Rao, aliases: [Rao]}
          - {id: councillors, type: group, name: councillors, aliases: [councillors, the councillors]}
          - {id: rocket, type: organisation, name: the rocket, aliases: [the rocket]}
          - {id: satellite, type: organisation, name: the satellite, aliases: [the satellite]}
        facts:
          - {id: declined, category: event, subject: marrow, predicate: say, what: what her second novel would be about, polarity: negative,
             evidence: Marrow declined to say what her second novel would be about, statement: Marrow declined to say what her second novel would be about.}
          - {id: died, category: event, subject: brenneck, predicate: die, when: {weekday: Sunday},
             evidence: Brenneck died on Sunday at his home, statement: Brenneck died on Sunday at his home.}
          - {id: announced, category: event, subject: family, predicate: announce, what: his death,
             evidence: his family announced, statement: His family announced his death.}
          - {id: cause, category: event, subject: family, predicate: disclose, what: the cause of death, polarity: negative,
             evidence: the family did not disclose the cause of death, statement: The family did not disclose the cause of death.}
          - {id: sales, category: event, predicate: rise, what: sales of the novel, quantity: {value: 18400, unit: copy},
             evidence: "Sales of the novel had risen to about 18,400 copies", statement: "Sales of the novel had risen to about 18,400 copies."}
          - {id: entries, category: event, subject: judges, predicate: read, what: entries, quantity: {value: 212, unit: entry},
             evidence: The judges read 212 entries, statement: The judges read 212 entries.}
          - {id: entries-before, category: topic, predicate: be, what: entries last year, quantity: {value: 174, unit: entry},
             evidence: up from 174 last year, statement: There were 174 entries last year.}
          - {id: seats, category: event, subject: party, predicate: win, what: seats, quantity: {value: 50, unit: seat},
             evidence: The party won 50 seats, statement: The party won 50 seats.}
          - {id: seats-before, category: event, subject: party, predicate: win, what: seats at the previous election, quantity: {value: 61, unit: seat}, when: {year: 2021},
             evidence: down from 61 at the previous election in 2021, statement: The party won 61 seats at the previous election in 2021.}
          - {id: chosen, category: event, subject: panel, predicate: choose, what: the winner by four votes to one,
             evidence: The panel had chosen the winner by four votes to one, statement: The panel had chosen the winner by four votes to one.}
          - {id: translations, category: event, subject: rao, predicate: expect, what: the first translations to appear in 2027, when: {year: 2027}, certainty: expected,
             evidence: Rao expects the first translations to appear in 2027, statement: Rao expects the first translations to appear in 2027.}
          - {id: cost, category: event, predicate: reach, what: the final cost, quantity: {value: 312000000, unit: pound},
             evidence: The final cost reached 312 million pounds, statement: The final cost reached 312 million pounds.}
          - {id: tally, category: event, subject: councillors, predicate: back, what: the plan, quantity: {value: 27, unit: vote},
             evidence: Councillors backed the plan by 27 votes to 14, statement: Councillors backed the plan by 27 votes to 14.}
          - {id: lift-off, category: event, subject: rocket, predicate: lift off, when: {weekday: Thursday},
             evidence: The rocket lifted off on Thursday, statement: The rocket lifted off on Thursday.}
          - {id: mass, category: topic, subject: satellite, predicate: weigh, quantity: {value: 1850, unit: kilogram},
             evidence: "the 1,850-kilogram satellite", statement: "The satellite weighs 1,850 kilograms."}
        """

    @Test(arguments: [
        ("Marrow refused to reveal what her next novel would be about.", Verdict.supported),
        ("Marrow revealed what her second novel would be about.", .refuted),
        ("Brenneck's family announced his death.", .supported),
        ("Sales of the novel have reached about 18,400 copies.", .supported),
        ("Sales of the novel have reached about 8,400 copies.", .refuted),
        ("The final cost came to 312 million pounds.", .supported),
        ("Entries fell compared with last year.", .refuted),
        ("Entries rose compared with last year.", .supported),
        ("The party gained seats compared with 2021.", .refuted),
        ("The party won 50 seats, down from 61.", .supported),
        ("The panel picked the winner by four votes to one.", .supported),
        ("Rao expects the first translations to come out in 2027.", .supported),
        ("Councillors supported the plan 27 to 14.", .supported),
        ("Councillors backed the plan by a vote of 27-14.", .supported),
        ("Councillors supported the plan 26 to 14.", .refuted),
        ("The rocket was launched on Thursday.", .supported),
        ("The satellite weighs about 4,080 pounds.", .supported),
        ("The satellite weighs 1,850 pounds.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "wording.yaml")
    }
}

/// The light verbs that make a deal ("reached a deal", "struck a deal") say "agreed".
@Suite struct DealWordingTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: deal, title: Deal, text: "Rhovania and the rebels agreed on Saturday to a 21-day ceasefire."}
        entities:
          - {id: rhovania, type: country, name: Rhovania, aliases: [Rhovania]}
          - {id: rebels, type: group, name: the rebels, aliases: [the rebels]}
        facts:
          - {id: agreed, category: event, subject: rhovania, predicate: agree, object: rebels, what: a 21-day ceasefire, when: {weekday: Saturday},
             evidence: Rhovania and the rebels agreed on Saturday to a 21-day ceasefire, statement: Rhovania and the rebels agreed on Saturday to a 21-day ceasefire.}
        """

    @Test(arguments: [
        ("Rhovania and the rebels reached a deal on Saturday.", Verdict.supported),
        ("Rhovania and the rebels struck a deal on Saturday.", .supported),
        ("Rhovania and the rebels struck a deal on Sunday.", .refuted),
        ("Rhovania and the rebels did not reach a deal.", .refuted),
        // The passive, and an agreement with a determiner of its own.
        ("The deal was struck on Saturday.", .supported),
        ("The deal was struck on Sunday.", .refuted),
        ("Rhovania and the rebels reached their agreement on Saturday.", .supported),
        // No agreement noun: "reached" keeps its own meaning.
        ("The summit was reached on Saturday.", .notMentioned),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "deal.yaml")
    }
}

/// A word of the language is no typo of another word of the language ("chlorine" is no
/// "chlorate"), though a misspelt word still reads as the article's ("chlorat"), and a word that
/// differs only in its ending still meets the article's ("regulator", "regulation").
@Suite struct RealWordsAreNoTyposTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: tank, title: Tank, text: "A tank of sodium chlorate exploded at the plant on Tuesday."}
        entities:
          - {id: plant, type: place, name: the plant, aliases: [the plant]}
        facts:
          - {id: blast, category: event, subject: plant, predicate: exploded, what: a tank of sodium chlorate, when: {weekday: Tuesday},
             evidence: "A tank of sodium chlorate exploded at the plant on Tuesday", statement: A tank of sodium chlorate exploded at the plant on Tuesday.}
        """

    @Test(arguments: [
        ("A tank of chlorine exploded at the plant on Tuesday.", Verdict.notMentioned),
        ("A tank of sodium chlorat exploded at the plant on Tuesday.", .supported),
        ("A tank of sodium chlorate exploded at the plant on Tuesday.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "tank.yaml")
    }

    @Test(arguments: [("regulator", "regulation", true), ("region", "regional", true), ("chlorine", "chlorate", false),
                      ("link", "line", false)])
    func endings(a: String, b: String, same: Bool) {
        #expect(EditDistance.differOnlyInEndings(a, b) == same)
    }
}

/// Opposites never share a concept of the general lexicon: "oil-exporting" against the article's
/// "oil-importing" is refuted (a group of trade words made the two one, a false "supported").
@Suite struct OppositesApartTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: council, title: Council, text: "The Energy Council, which represents oil-importing nations, urged the group to reconsider."}
        entities:
          - {id: council, type: organisation, name: the Energy Council, aliases: [the Energy Council, the council]}
          - {id: group, type: organisation, name: the group, aliases: [the group]}
        facts:
          - {id: represents, category: event, subject: council, predicate: represents, what: oil-importing nations,
             evidence: "The Energy Council, which represents oil-importing nations", statement: The Energy Council represents oil-importing nations.}
          - {id: urged, category: event, subject: council, predicate: urged, object: group, what: reconsider,
             evidence: "urged the group to reconsider", statement: The Energy Council urged the group to reconsider.}
        """

    @Test(arguments: [
        ("The Energy Council represents oil-exporting nations.", Verdict.refuted),
        ("The Energy Council represents oil-importing nations.", .supported),
        ("The Energy Council, which represents oil-exporting nations, urged the group to reconsider.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "council.yaml")
    }
}


/// A denial's scope ends at "and" before a second verb, also one the lexicon reads as a phrase
/// ("did not concede defeat ... and called for an independent audit": the call is stated).
@Suite struct DenialScopeTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: scope, title: Scope, text: "Brenner did not concede defeat on Sunday night and called for an independent audit of the cost estimates."}
        entities:
          - {id: brenner, type: person, name: Ada Brenner, aliases: [Brenner]}
        facts:
          - {id: concede, category: event, subject: brenner, predicate: concede, what: defeat, polarity: negative, when: {weekday: Sunday}, evidence: "Brenner did not concede defeat on Sunday night", statement: Brenner did not concede defeat on Sunday night.}
          - {id: audit, category: event, subject: brenner, predicate: called for, what: an independent audit of the cost estimates, evidence: "called for an independent audit of the cost estimates", statement: Brenner called for an independent audit of the cost estimates.}
        """

    @Test(arguments: [
        ("Brenner demanded an independent audit of the cost estimates.", Verdict.supported),
        ("Brenner conceded defeat on Sunday night.", .refuted),
        ("Brenner did not call for an independent audit of the cost estimates.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "scope.yaml")
    }
}

/// A light verb before a denied act says nothing of its own: "offered no comment" is "did not
/// comment".
@Suite struct DeniedActTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: comment, title: Comment, text: "Reinholt, the company's lawyer, did not comment on the merits of the case."}
        entities:
          - {id: reinholt, type: person, name: Jonas Reinholt, aliases: [Reinholt]}
        facts:
          - {id: no-comment, category: event, subject: reinholt, predicate: comment, what: the merits of the case, polarity: negative, evidence: "Reinholt, the company's lawyer, did not comment on the merits of the case", statement: Reinholt did not comment on the merits of the case.}
        """

    @Test(arguments: [
        ("Reinholt offered no comment on the merits of the case.", Verdict.supported),
        ("Reinholt offered a comment on the merits of the case.", .refuted),
        ("Reinholt commented on the merits of the case.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "comment.yaml")
    }
}
