import Testing
@testable import FactCheckCore

/// Words of rulings and holdings the general lexicon joins: "overturned" and "quashed" against
/// "upheld", "kept" for "retained" and "lost" against it; and a nationality said after "is"
/// ("Eva Lind is Austrian") is compared as one said before a name.
@Suite struct RulingsAndHoldingsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: decide, title: Decide, text: "The tribunal upheld the fine imposed on Marlow Ltd. The German judge, Eva Lind, chaired the hearing. Marlow retained its operating licence."}
        entities:
          - {id: tribunal, type: organisation, name: the tribunal, aliases: [the tribunal]}
          - {id: marlow, type: organisation, name: Marlow Ltd, aliases: [Marlow, Marlow Ltd]}
          - {id: germany, type: country, name: Germany, aliases: [Germany, German]}
          - {id: lind, type: person, name: Eva Lind, represents: germany, aliases: [Lind, Eva Lind, the judge]}
        facts:
          - {id: upheld, category: event, subject: tribunal, predicate: uphold, what: the fine imposed on Marlow Ltd, evidence: The tribunal upheld the fine imposed on Marlow Ltd, statement: The tribunal upheld the fine imposed on Marlow Ltd.}
          - {id: judge, category: position, subject: lind, role: judge, evidence: "The German judge, Eva Lind, chaired the hearing", statement: Eva Lind is a German judge.}
          - {id: chaired, category: event, subject: lind, predicate: chair, what: the hearing, evidence: "The German judge, Eva Lind, chaired the hearing", statement: Eva Lind chaired the hearing.}
          - {id: licence, category: event, subject: marlow, predicate: retain, what: its operating licence, evidence: Marlow retained its operating licence, statement: Marlow retained its operating licence.}
        """

    @Test(arguments: [
        ("The tribunal overturned the fine imposed on Marlow.", Verdict.refuted),
        ("The tribunal quashed the fine.", .refuted),
        ("The tribunal upheld the fine.", .supported),
        ("Marlow kept its operating licence.", .supported),
        ("Marlow lost its operating licence.", .refuted),
        ("Eva Lind is Austrian.", .refuted),
        ("Eva Lind is German.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "decide.yaml")
    }
}
