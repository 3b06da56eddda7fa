import Testing
@testable import FactCheckCore

/// Figures, owners and titles as a sentence ties them: a fact's typed figure against another
/// fact's figure in the same evidence, "its own" read as the subject's, a figure tied by its
/// owner, a pronoun of the evidence that the fact's statement names, "last" as a verb, a title
/// said in other words, and a bare title two people hold.
@Suite struct OwnersAndTitlesTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: snacks, title: Snacks, text: "Brava Foods holds 30 percent of the snack market and Kelto 12 percent. Kelto's chief executive, Tom Ashe, said his board was pleased. Brava Foods chief executive Lina Marr said the company would appeal. The regulator also ordered Brava Foods to pay 20 percent of his legal costs. Kelto shares fell 8 percent by noon, while Brava stock rose 2 percent. Kelto employs about 900 people. Brava Foods has some 4,000 staff. In March, Brava offered to sell Kelto's frozen-food division. The review is expected to take at least six months. Mira Holt, the Green Party's spokeswoman on farming, warned of higher prices."}
        entities:
          - {id: brava, type: organisation, name: Brava Foods, aliases: [Brava, Brava Foods]}
          - {id: kelto, type: organisation, name: Kelto, aliases: [Kelto]}
          - {id: ashe, type: person, name: Tom Ashe, aliases: [Ashe, Tom Ashe]}
          - {id: marr, type: person, name: Lina Marr, aliases: [Marr, Lina Marr]}
          - {id: holt, type: person, name: Mira Holt, aliases: [Holt, Mira Holt]}
          - {id: green, type: organisation, name: Green Party, aliases: [Green Party, the Greens]}
          - {id: regulator, type: organisation, name: the regulator, aliases: [the regulator]}
        facts:
          - {id: brava-share, category: topic, subject: brava, predicate: hold, what: share of the snack market, quantity: {value: 30, unit: percent},
             evidence: Brava Foods holds 30 percent of the snack market, statement: Brava Foods holds 30 percent of the snack market.}
          - {id: kelto-share, category: topic, subject: kelto, predicate: hold, what: share of the snack market, quantity: {value: 12, unit: percent},
             evidence: Brava Foods holds 30 percent of the snack market and Kelto 12 percent, statement: Kelto holds 12 percent of the snack market.}
          - {id: ashe-ceo, category: position, subject: ashe, role: chief executive, of: kelto,
             evidence: "Kelto's chief executive, Tom Ashe", statement: Tom Ashe is Kelto's chief executive.}
          - {id: ashe-said, category: speaker, subject: ashe, predicate: say, what: his board was pleased,
             evidence: "Tom Ashe, said his board was pleased", statement: Tom Ashe said his board was pleased.}
          - {id: marr-ceo, category: position, subject: marr, role: chief executive, of: brava,
             evidence: Brava Foods chief executive Lina Marr, statement: Lina Marr is the chief executive of Brava Foods.}
          - {id: marr-said, category: speaker, subject: marr, predicate: say, what: the company would appeal,
             evidence: Lina Marr said the company would appeal, statement: Lina Marr said the company would appeal.}
          - {id: costs, category: event, subject: regulator, predicate: order, object: brava, what: pay part of his legal costs, quantity: {value: 20, unit: percent},
             evidence: The regulator also ordered Brava Foods to pay 20 percent of his legal costs, statement: The regulator ordered Brava Foods to pay 20 percent of Tom Ashe's legal costs.}
          - {id: kelto-fall, category: event, subject: kelto, predicate: fall, what: Kelto shares by noon, quantity: {value: 8, unit: percent},
             evidence: Kelto shares fell 8 percent by noon, statement: Kelto shares fell 8 percent by noon.}
          - {id: brava-rise, category: event, subject: brava, predicate: rise, what: Brava stock, quantity: {value: 2, unit: percent},
             evidence: while Brava stock rose 2 percent, statement: Brava stock rose 2 percent.}
          - {id: kelto-staff, category: topic, subject: kelto, predicate: employ, what: people, quantity: {value: 900, unit: people},
             evidence: Kelto employs about 900 people, statement: Kelto employs about 900 people.}
          - {id: brava-staff, category: topic, subject: brava, predicate: have, what: staff, quantity: {value: 4000, unit: staff},
             evidence: "Brava Foods has some 4,000 staff", statement: "Brava Foods has some 4,000 staff."}
          - {id: offer, category: event, subject: brava, predicate: offer, what: to sell Kelto's frozen-food division, when: {month: March},
             evidence: "In March, Brava offered to sell Kelto's frozen-food division", statement: Brava offered in March to sell Kelto's frozen-food division.}
          - {id: review, category: topic, subject: regulator, predicate: take, what: the review, quantity: {value: 6, unit: month}, certainty: expected,
             evidence: The review is expected to take at least six months, statement: The review is expected to take at least six months.}
          - {id: holt-role, category: position, subject: holt, role: spokeswoman on farming, of: green,
             evidence: "Mira Holt, the Green Party's spokeswoman on farming", statement: Mira Holt is the Green Party's spokeswoman on farming.}
          - {id: holt-warn, category: event, subject: holt, predicate: warn, what: higher prices,
             evidence: warned of higher prices, statement: Mira Holt warned of higher prices.}
        """

    @Test(arguments: [
        // The evidence gives Brava's 30 percent too; Kelto's fact types 12.
        ("Kelto holds 30 percent of the snack market.", Verdict.refuted),
        ("Kelto holds 12 percent of the snack market.", .supported),
        // "its own" is the subject's; the article gives the division to Kelto.
        ("Brava offered to sell its own frozen-food division.", .refuted),
        ("Brava offered to sell Kelto's frozen-food division.", .supported),
        // The owner ties the figure, whatever the word for the shares.
        ("Kelto's stock fell 8 percent by noon.", .supported),
        ("Shares in Brava rose 2 percent.", .supported),
        // "his legal costs": the fact's statement names whose.
        ("The regulator ordered Brava Foods to pay 20 percent of Tom Ashe's legal costs.", .supported),
        // "to last" is the verb of a span of time, not a rank.
        ("The review is expected to last at least six months.", .supported),
        ("The review is expected to last at least nine months.", .refuted),
        // The title in other words.
        ("Mira Holt is the Green Party's farming spokeswoman.", .supported),
        ("Tom Ashe is the CEO of Brava Foods.", .refuted),
        // A title two people hold: whose it is, the organisation or the name decides.
        ("Tom Ashe is the chief executive of Kelto.", .supported),
        ("Lina Marr is the chief executive of Kelto.", .refuted),
        ("Tom Ashe is the chief executive of Brava Foods.", .refuted),
        ("The chief executive of Kelto said his board was pleased.", .supported),
        ("The chief executive of Kelto is Lina Marr.", .refuted),
        ("The chief executive of Kelto is Tom Ashe.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "owners.yaml")
    }

    /// "and 47.6 percent opposed it", "and the second was drawn": a clause of its own.
    @Test func andBeforeAFigureAndItsVerbOpensAClause() throws {
        let drafted = try BankDrafter.draft(text: "Vote on the bridge\n\nAccording to the council, 52.4 percent of voters backed the bridge and 47.6 percent opposed it. Lena Park won the first and fourth heats, and the second was drawn.\n",
                                            fileName: "t.txt")
        #expect(drafted.yaml.contains("evidence: \"47.6 percent opposed it\"\n"), "\(drafted.yaml)")
        #expect(drafted.yaml.contains("evidence: the second was drawn\n"), "\(drafted.yaml)")
    }
}
