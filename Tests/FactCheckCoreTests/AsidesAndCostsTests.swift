import Testing
@testable import FactCheckCore

/// A relative clause or an apposition the article backs about a name ("Varen Freight, which
/// runs 40 lorries, ...", "Mills, the firm's finance director, ...") is a claim of its own
/// even when the rest of the statement is not mentioned; so are a figure's comparison after a
/// comma ("double what it spent in 2023") and a cost phrase ("at a cost of 2 million pounds").
@Suite struct AsidesAndCostsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: aside, title: Asides, text: "Varen Freight, which runs 40 lorries from a depot in Cardiff, reported higher profits on Monday. Finance director Ada Mills said the firm would open a second depot by June. The firm spent 3 million pounds on new lorries last year."}
        entities:
          - {id: varen, type: organisation, name: Varen Freight, aliases: [Varen Freight, Varen, the firm, the company]}
          - {id: mills, type: person, name: Ada Mills, aliases: [Ada Mills, Mills]}
        facts:
          - {id: runs, category: topic, subject: varen, predicate: run, what: 40 lorries from a depot in Cardiff, quantity: {value: 40, unit: lorry}, evidence: "Varen Freight, which runs 40 lorries from a depot in Cardiff", statement: Varen Freight runs 40 lorries from a depot in Cardiff.}
          - {id: profits, category: date, subject: varen, predicate: report, what: higher profits, when: {weekday: Monday}, evidence: reported higher profits on Monday, statement: Varen Freight reported higher profits on Monday.}
          - {id: mills-position, category: position, subject: mills, role: finance director, of: varen, evidence: Finance director Ada Mills, statement: Ada Mills is the firm's finance director.}
          - {id: depot, category: speaker, subject: mills, predicate: say, what: the firm would open a second depot by June, when: {month: June}, certainty: planned, evidence: Finance director Ada Mills said the firm would open a second depot by June, statement: Mills said the firm would open a second depot by June.}
          - {id: spent, category: event, subject: varen, predicate: spend, what: on new lorries last year, quantity: {value: 3000000, unit: pound}, evidence: The firm spent 3 million pounds on new lorries last year, statement: The firm spent 3 million pounds on new lorries last year.}
        """

    @Test(arguments: [
        ("Varen Freight, which runs 40 lorries, is the largest haulier in Wales.", Verdict.partlySupported),
        ("Mills, the firm's finance director, said profits would double next year.", .partlySupported),
        ("The firm spent 3 million pounds on new lorries last year, double what it spent in 2023.", .partlySupported),
        ("Mills said the firm would open a second depot by June at a cost of 2 million pounds.", .partlySupported),
        ("Mills, the firm's finance director, said the firm would open a second depot by June.", .supported),
        ("Varen Freight, which runs 40 lorries, reported higher profits on Monday.", .supported),
        ("Mills, the firm's chief executive, said the firm would open a second depot by June.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "aside.yaml")
    }
}
