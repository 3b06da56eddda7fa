import Foundation
import Testing
@testable import FactCheckCore

/// A figure is compared with the sentence that gives its slot when that sentence backs every
/// other word and the best-matching sentence is another ("Forward won 11.2 percent" and "the
/// vote" of the leading party's sentence). A second verb after "and" ("denied that ... and said",
/// "refused to comment and left") is out of the first verb's denial. A verb of denial in the
/// statement ("refused") points to the fact with the same denial, and denying it ("did not
/// refuse") contradicts the article. "Before" against a sentence that orders its events with
/// "after" is the sequence rule's to judge, not an opposite word.
@Suite struct ScopesAndFiguresTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: scope, title: Scopes and figures, text: "The Civic Union won 31.4 percent of the vote on Sunday. Forward, the liberal party, won 11.2 percent and 22 seats. Trade Minister Anton Marek denied that his government was preparing new tariffs on timber and said the door to talks remained open. Marek refused to comment on the budget and left the building. Castellan's net profit rose to 412 million dollars in the quarter. Its shares rose 4 percent. A storm painting by the Welsh painter Ifor Harrow sold for 18.4 million pounds in London on Tuesday, setting a new auction record for the artist. Harrow's previous auction record was 7.9 million pounds, paid in 2019 for his seascape Low Tide. The prosecution asked for Milne to be kept in custody. Magistrate Helen Carrow refused, granting bail. The resort reopened the piste on Saturday after its patrollers set off controlled blasts at dawn."}
        entities:
          - {id: civic, type: organisation, name: the Civic Union, aliases: [the Civic Union, Civic Union]}
          - {id: forward, type: organisation, name: Forward, aliases: [Forward]}
          - {id: marek, type: person, name: Anton Marek, aliases: [Marek, Anton Marek]}
          - {id: castellan, type: organisation, name: Castellan, aliases: [Castellan]}
          - {id: harrow, type: person, name: Ifor Harrow, aliases: [Harrow, Ifor Harrow, the artist]}
          - {id: painting, type: event, name: the painting, aliases: [the painting]}
          - {id: carrow, type: person, name: Helen Carrow, aliases: [Carrow, Helen Carrow, Magistrate Helen Carrow, the magistrate]}
          - {id: prosecution, type: organisation, name: the prosecution, aliases: [the prosecution]}
          - {id: resort, type: organisation, name: the resort, aliases: [the resort]}
          - {id: patrollers, type: group, name: the patrollers, aliases: [patrollers, its patrollers, the patrollers]}
          - {id: piste, type: place, name: the piste, aliases: [the piste]}
          - {id: low-tide, type: event, name: Low Tide, aliases: [Low Tide, his seascape, the seascape]}
        facts:
          - {id: civic-share, category: event, subject: civic, predicate: win, what: percent of the vote, quantity: {value: 31.4, unit: percent}, when: {weekday: Sunday}, evidence: The Civic Union won 31.4 percent of the vote on Sunday, statement: The Civic Union won 31.4 percent of the vote on Sunday.}
          - {id: forward-share, category: event, subject: forward, predicate: win, what: share of the vote, quantity: {value: 11.2, unit: percent}, evidence: "Forward, the liberal party, won 11.2 percent", statement: Forward won 11.2 percent.}
          - {id: forward-seats, category: event, subject: forward, predicate: win, what: seats, quantity: {value: 22, unit: seat}, evidence: "Forward, the liberal party, won 11.2 percent and 22 seats", statement: Forward won 22 seats.}
          - {id: denied, category: stance, subject: marek, predicate: deny, what: his government was preparing new tariffs on timber, evidence: Anton Marek denied that his government was preparing new tariffs on timber, statement: Marek denied that his government was preparing new tariffs on timber.}
          - {id: door, category: speaker, subject: marek, predicate: say, what: the door to talks remained open, evidence: said the door to talks remained open, statement: Marek said the door to talks remained open.}
          - {id: refused, category: stance, subject: marek, predicate: refuse, what: to comment on the budget, evidence: Marek refused to comment on the budget, statement: Marek refused to comment on the budget.}
          - {id: left, category: event, subject: marek, predicate: leave, what: the building, evidence: left the building, statement: Marek left the building.}
          - {id: profit, category: event, subject: castellan, predicate: rise, what: net profit in the quarter, quantity: {value: 412000000, unit: dollar}, evidence: Castellan's net profit rose to 412 million dollars in the quarter, statement: Castellan's net profit rose to 412 million dollars in the quarter.}
          - {id: shares, category: event, subject: castellan, predicate: rise, what: its shares, quantity: {value: 4, unit: percent}, evidence: Its shares rose 4 percent, statement: Castellan's shares rose 4 percent.}
          - {id: record, category: event, subject: painting, predicate: set, what: a new auction record for the artist, evidence: setting a new auction record for the artist, statement: The painting set a new auction record for Harrow.}
          - {id: previous-record, category: topic, subject: harrow, what: previous auction record, quantity: {value: 7900000, unit: pound}, evidence: Harrow's previous auction record was 7.9 million pounds, statement: Harrow's previous auction record was 7.9 million pounds.}
          - {id: previous-year, category: date, subject: low-tide, predicate: pay, what: the previous record price, when: {year: 2019}, evidence: paid in 2019 for his seascape Low Tide, statement: Harrow's previous record was paid in 2019.}
          - {id: asked, category: event, subject: prosecution, predicate: ask, what: Milne to be kept in custody, evidence: The prosecution asked for Milne to be kept in custody, statement: The prosecution asked for Milne to be kept in custody.}
          - {id: carrow-refused, category: event, subject: carrow, predicate: refuse, what: the request to keep Milne in custody, evidence: Magistrate Helen Carrow refused, statement: Magistrate Helen Carrow refused.}
          - {id: bail, category: event, subject: carrow, predicate: grant, what: bail, evidence: "Magistrate Helen Carrow refused, granting bail", statement: Carrow granted bail.}
          - {id: reopened, category: event, subject: resort, predicate: reopen, object: piste, when: {weekday: Saturday}, evidence: The resort reopened the piste on Saturday, statement: The resort reopened the piste on Saturday.}
          - {id: blasts, category: event, subject: patrollers, predicate: set off, what: controlled blasts at dawn, evidence: its patrollers set off controlled blasts at dawn, statement: The patrollers set off controlled blasts at dawn.}
        """

    @Test(arguments: [
        // The party's own sentence gives its share; "the vote" is the other party's sentence's word.
        ("Forward won 22 percent of the vote.", Verdict.refuted),
        ("Forward won 11.2 percent of the vote.", .supported),
        // "denied that ... and said ...": the saying is out of the denial.
        ("Marek said the door to talks remained open.", .supported),
        ("Marek denied that the door to talks remained open.", .refuted),
        // "refused to comment ... and left the building".
        ("Marek left the building.", .supported),
        ("Marek refused to comment on the budget.", .supported),
        ("Marek did not refuse to comment on the budget.", .refuted),
        // The article's own verb of denial, denied.
        ("Magistrate Helen Carrow did not refuse.", .refuted),
        ("Carrow refused.", .supported),
        ("Carrow granted bail.", .supported),
        // "reopened the piste after its patrollers set off controlled blasts": the same order.
        ("Patrollers set off controlled blasts at dawn before the piste reopened.", .supported),
        ("The resort reopened the piste before its patrollers set off controlled blasts.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "scope.yaml")
    }

    @Test func aSecondVerbAfterAndIsNotDenied() throws {
        let index = BankIndex(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "scope.yaml"))
        let units = index.analyzer.analyze("Marek denied that his government was preparing tariffs and said the door remained open.")
        #expect(units.first { $0.text.contains("tariff") }?.negated == true)
        #expect(units.first { $0.text.contains("door") }?.negated == false)
        let left = index.analyzer.analyze("Marek refused to comment and left the building.")
        #expect(left.first { $0.text.contains("building") }?.negated == false)
    }
}
