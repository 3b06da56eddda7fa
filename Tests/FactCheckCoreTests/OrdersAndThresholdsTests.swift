import Foundation
import Testing
@testable import FactCheckCore

/// An ordinal the article gives one party ("the second for Brimley") is not the ordinal of the
/// whole; an owner after "belonged to" is a slot; an order of events turned around ("before")
/// is refuted; a bound that picks out whom a statement speaks of ("passengers delayed for more
/// than two hours") is another claim when its figure differs, while a looser estimate ("over
/// 5,000" for "more than 9,000") is still supported. "When" after "tell" asks a question; a
/// figure that is its fact's whole evidence ("or about 20 million pounds") backs the fact's
/// `what`; a year after "since" is not the date of the event. A figure is compared with the
/// sentence that gives its slot even when one word of the statement ("near miss") comes from
/// another sentence.
@Suite struct OrdersAndThresholdsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: order, title: Orders and owners, text: "It was the fourth recall of a toy this year, and the second for Brimley, whose Lumo doll was withdrawn in May. The inspectors traced the leak to the Kestrel, a ferry belonging to rival operator Harbour Lines. Harbour Lines denied that the oil came from its ferry. Tidewater Ferries runs the night crossing. Auditor Mira Adair said the audit should end before any dividend was paid. Passengers delayed for more than three hours will receive 50 pounds. Most trains ran within two hours of their timetable. Reyes struck first, in the 12th minute, and Okafor scored the equaliser in the 71st minute. The line carried more than 9,000 passengers on Sunday. “Nobody could tell us when the trains would run again,” Adair said. The firm could face a fine of up to 5 percent of its turnover, or about 20 million pounds. The Brimley factory lost power on Monday, May 4, 2026. It was the second outage at the factory since 2019. About 3,000 homes in Eastby were without water for up to 14 hours. The iceberg drifted past at a distance of 40 metres. The near miss was reported on Friday. Okafor won the first and fourth heats."}
        entities:
          - {id: brimley, type: organisation, name: Brimley, aliases: [Brimley]}
          - {id: inspectors, type: organisation, name: the inspectors, aliases: [the inspectors, inspectors]}
          - {id: kestrel, type: event, name: the Kestrel, aliases: [Kestrel, the Kestrel]}
          - {id: harbour, type: organisation, name: Harbour Lines, aliases: [Harbour Lines]}
          - {id: tidewater, type: organisation, name: Tidewater Ferries, aliases: [Tidewater Ferries, Tidewater]}
          - {id: adair, type: person, name: Mira Adair, aliases: [Adair, Mira Adair, Ms Adair]}
          - {id: passengers, type: group, name: passengers, aliases: [passengers]}
          - {id: line, type: organisation, name: the line, aliases: [the line]}
          - {id: firm, type: organisation, name: the firm, aliases: [the firm, the company]}
          - {id: homes, type: group, name: homes in Eastby, aliases: [homes, households]}
          - {id: iceberg, type: event, name: the iceberg, aliases: [the iceberg]}
          - {id: reyes, type: person, name: Reyes, aliases: [Reyes]}
          - {id: okafor, type: person, name: Okafor, aliases: [Okafor]}
        facts:
          - {id: fourth, category: event, predicate: be, what: recall of a toy this year, ordinal: 4, evidence: "It was the fourth recall of a toy this year", statement: It was the fourth recall of a toy this year.}
          - {id: second, category: event, subject: brimley, predicate: be, what: recall for Brimley this year, ordinal: 2, evidence: "It was the fourth recall of a toy this year, and the second for Brimley", statement: It was the second recall for Brimley this year.}
          - {id: traced, category: event, subject: inspectors, predicate: trace, what: the leak, object: kestrel, evidence: The inspectors traced the leak to the Kestrel, statement: The inspectors traced the leak to the Kestrel.}
          - {id: owner, category: topic, subject: harbour, predicate: own, object: kestrel, what: the ferry Kestrel, evidence: a ferry belonging to rival operator Harbour Lines, statement: The Kestrel belonged to Harbour Lines.}
          - {id: rival, category: topic, subject: harbour, predicate: be, what: rival operator of Tidewater Ferries, evidence: rival operator Harbour Lines, statement: Harbour Lines is a rival operator of Tidewater Ferries.}
          - {id: denied, category: stance, subject: harbour, predicate: deny, what: the oil came from its ferry, evidence: Harbour Lines denied that the oil came from its ferry, statement: Harbour Lines denied that the oil came from its ferry.}
          - {id: runs, category: event, subject: tidewater, predicate: run, what: the night crossing, evidence: Tidewater Ferries runs the night crossing, statement: Tidewater Ferries runs the night crossing.}
          - {id: audit, category: speaker, subject: adair, predicate: say, what: the audit should end before any dividend was paid, evidence: Auditor Mira Adair said the audit should end before any dividend was paid, statement: Adair said the audit should end before any dividend was paid.}
          - {id: refund, category: topic, subject: passengers, predicate: receive, what: 50 pounds if delayed for more than three hours, quantity: {value: 50, unit: pound}, evidence: Passengers delayed for more than three hours will receive 50 pounds, statement: Passengers delayed for more than three hours will receive 50 pounds.}
          - {id: threshold, category: topic, predicate: be, what: passengers delayed for more than hours receive a refund, quantity: {value: 3, unit: hour}, evidence: Passengers delayed for more than three hours, statement: Passengers delayed for more than three hours will receive a refund.}
          - {id: ontime, category: topic, predicate: run, what: most trains within hours of their timetable, quantity: {value: 2, unit: hour}, evidence: Most trains ran within two hours of their timetable, statement: Most trains ran within two hours of their timetable.}
          - {id: opener, category: event, subject: reyes, predicate: strike, what: first, ordinal: 12, evidence: "Reyes struck first, in the 12th minute", statement: Reyes struck first in the 12th minute.}
          - {id: equaliser, category: event, subject: okafor, predicate: score, what: the equaliser, ordinal: 71, evidence: Okafor scored the equaliser in the 71st minute, statement: Okafor scored the equaliser in the 71st minute.}
          - {id: carried, category: event, subject: line, predicate: carry, what: passengers on Sunday, quantity: {value: 9000, unit: passenger}, evidence: "The line carried more than 9,000 passengers on Sunday", statement: The line carried more than 9000 passengers on Sunday.}
          - {id: adair-quote, category: quote, subject: adair, predicate: say, quote: "Nobody could tell us when the trains would run again", evidence: "“Nobody could tell us when the trains would run again,” Adair said", statement: "Adair said: “Nobody could tell us when the trains would run again.”"}
          - {id: fine-percent, category: event, subject: firm, predicate: face, what: a fine of its turnover, quantity: {value: 5, unit: percent}, evidence: The firm could face a fine of up to 5 percent of its turnover, statement: The firm could face a fine of up to 5 percent of its turnover.}
          - {id: fine-pounds, category: event, subject: firm, predicate: face, what: a fine, quantity: {value: 20000000, unit: pound}, evidence: or about 20 million pounds, statement: The firm could face a fine of about 20 million pounds.}
          - {id: lost-power, category: date, subject: brimley, predicate: lose, what: power at the factory, when: {weekday: Monday, month: May, year: 2026}, evidence: "The Brimley factory lost power on Monday, May 4, 2026", statement: "The Brimley factory lost power on Monday, May 4, 2026."}
          - {id: second-outage, category: event, predicate: be, what: outage at the factory since 2019, ordinal: 2, evidence: It was the second outage at the factory since 2019, statement: It was the second outage at the factory since 2019.}
          - {id: homes-without, category: event, subject: homes, predicate: be, what: without water, quantity: {value: 14, unit: hour}, evidence: were without water for up to 14 hours, statement: Homes in Eastby were without water for up to 14 hours.}
          - {id: drift, category: event, subject: iceberg, predicate: drift, what: past at a distance, quantity: {value: 40, unit: metre}, evidence: The iceberg drifted past at a distance of 40 metres, statement: The iceberg drifted past at a distance of 40 metres.}
          - {id: reported, category: date, predicate: report, what: the near miss, when: {weekday: Friday}, evidence: The near miss was reported on Friday, statement: The near miss was reported on Friday.}
          - {id: won-first, category: event, subject: okafor, predicate: win, what: the first heat, ordinal: 1, evidence: Okafor won the first and fourth heats, statement: Okafor won the first heat.}
          - {id: won-fourth, category: event, subject: okafor, predicate: win, what: the fourth heat, ordinal: 4, evidence: Okafor won the first and fourth heats, statement: Okafor won the fourth heat.}
        """

    @Test(arguments: [
        ("It was the second recall of a toy this year.", Verdict.refuted),
        ("It was the fourth recall of a toy this year.", .supported),
        ("It was Brimley's fourth recall this year.", .refuted),
        ("It was Brimley's second recall this year.", .supported),
        ("The Kestrel belonged to Tidewater Ferries.", .refuted),
        ("The Kestrel belonged to Harbour Lines.", .supported),
        ("Adair said a dividend should be paid before the audit ends.", .refuted),
        ("Adair said the audit should end before any dividend was paid.", .supported),
        ("Passengers delayed for more than two hours will receive 50 pounds.", .refuted),
        ("Passengers delayed for more than three hours will receive 50 pounds.", .supported),
        ("The line carried over 5,000 passengers on Sunday.", .supported),
        ("The line carried more than 12,000 passengers on Sunday.", .refuted),
        ("Okafor scored the 71st-minute equaliser, his first goal for the club.", .notMentioned),
        ("Adair said nobody could tell them when the trains would run again.", .supported),
        ("The fine could reach about 12 million pounds.", .refuted),
        ("The fine could reach about 20 million pounds.", .supported),
        ("The outage happened on Monday, May 4, 2026.", .supported),
        ("Some homes in Eastby were without water for up to 14 days.", .refuted),
        ("Some homes in Eastby were without water for up to 14 hours.", .supported),
        ("The near miss happened at a distance of 90 metres.", .refuted),
        // "won the first and fourth": the fourth's fact denies the denial.
        ("Okafor did not win the fourth heat.", .refuted),
        ("Okafor won the fourth heat.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "order.yaml")
    }

    @Test func aQuestionIsNotATime() {
        #expect(ClauseSplitter.split("Vasquez said nobody could tell people when the lights would come back.").count == 1)
        #expect(ClauseSplitter.split("Copper prices fell sharply when the new mine opened.").count == 2)
    }

    @Test func aRelativeClauseOnADeniedNounIsNotDenied() throws {
        let index = BankIndex(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "order.yaml"))
        let avoided = index.analyzer.analyze("The ship turned to avoid a lump of ice that drifted within 180 metres of it.")
        #expect(avoided.first { $0.text == "drifted" }?.negated == false)
        #expect(avoided.first { $0.text.contains("ice") }?.negated == true)
        // The content of a claim stays denied, even past "by the union".
        let claims = index.analyzer.analyze("Tulloch denied claims by the union that the airline planned to move flying.")
        #expect(claims.first { $0.text == "planned" }?.negated == true)
    }

    @Test func thresholdsAreBoundsBeforeTheVerb() {
        guard let index = try? BankIndex(bank: BankLoader.parse(data: Data(Self.bank.utf8), file: "order.yaml")) else {
            Issue.record("the bank does not load"); return
        }
        let analyzer = index.analyzer
        let units = analyzer.analyze("Customers without power for more than six hours will get compensation.")
        let bound = units.firstIndex { $0.value?.kind == .quantity }
        #expect(bound.map { StatementChecker.isThreshold(units, $0) } == true)
        let made = analyzer.analyze("Brenneck made over 100 recordings.")
        let count = made.firstIndex { $0.value != nil }
        #expect(count.map { StatementChecker.isThreshold(made, $0) } == false)
    }
}
