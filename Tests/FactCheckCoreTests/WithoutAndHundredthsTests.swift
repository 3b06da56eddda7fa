import Foundation
import Testing
@testable import FactCheckCore

/// "without an agreement" denies the agreement: a statement whose verb meets the article's noun
/// only through a sense that backs it ("agreed", "reached an agreement") is refuted by the
/// denial, not supported by it.
@Suite struct DeniedByWithoutTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: mine-talks, title: Talks, text: "The talks in Varnholt ended on Friday without an agreement between the miners and the owners."}
        entities:
          - {id: miners, type: group, name: the miners, aliases: [the miners, miners]}
          - {id: owners, type: group, name: the owners, aliases: [the owners, owners]}
        facts:
          - {id: no-deal, category: event, subject: miners, predicate: agree, object: owners, what: an agreement between the miners and the owners, polarity: negative,
             evidence: without an agreement between the miners and the owners, statement: The talks ended without an agreement between the miners and the owners.}
        """

    @Test(arguments: [
        ("The miners agreed.", Verdict.refuted),
        ("The miners and the owners reached an agreement.", .refuted),
        ("The miners agreed with the owners on Friday.", .refuted),
        ("The talks ended without an agreement.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "talks.yaml")
    }
}

/// A bound after the noun it narrows ("incomes below 2,000 pounds", "firms with fewer than 50
/// staff") picks out a group: another figure is another group, refuted, not a looser estimate.
@Suite struct BoundsOfAGroupTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: levy, title: Levy, text: "The council agreed to cut the levy on incomes below 2,000 pounds a month for firms with fewer than 50 staff."}
        entities:
          - {id: council, type: organisation, name: the council, aliases: [the council]}
        facts:
          - {id: threshold, category: topic, subject: council, predicate: cut, what: the levy on incomes below a threshold, quantity: {value: 2000, unit: pound},
             evidence: "cut the levy on incomes below 2,000 pounds a month", statement: "The council agreed to cut the levy on incomes below 2,000 pounds a month."}
          - {id: firms, category: topic, subject: council, predicate: cut, what: the levy for small firms, quantity: {value: 50, unit: staff},
             evidence: for firms with fewer than 50 staff, statement: The levy cut is for firms with fewer than 50 staff.}
        """

    @Test(arguments: [
        ("The council agreed to cut the levy on incomes below 3,000 pounds a month.", Verdict.refuted),
        ("The council agreed to cut the levy on incomes below 2,000 pounds a month.", .supported),
        ("The levy cut is for firms with fewer than 20 staff.", .refuted),
        ("The levy cut is for firms with fewer than 50 staff.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "levy.yaml")
    }
}

/// Cents are hundredths of a dollar or euro ("40 cents" is the article's "0.40 dollars"); a day
/// before a month's short name is the date's day ("30 Sept"), compared as a day; "as many as" is
/// a ceiling, as "up to" is.
@Suite struct HundredthsAndDaysTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: fare, title: Fare, text: "Riders in Pelham will pay a surcharge of 0.40 dollars a trip from 30 September, and storms could cut as many as 3,000 trips."}
        entities:
          - {id: riders, type: group, name: riders, aliases: [riders]}
          - {id: pelham, type: place, name: Pelham, aliases: [Pelham]}
        facts:
          - {id: surcharge, category: topic, subject: riders, predicate: pay, what: a surcharge a trip, quantity: {value: 0.40, unit: dollar}, when: {day: 30, month: September},
             evidence: Riders in Pelham will pay a surcharge of 0.40 dollars a trip from 30 September, statement: Riders in Pelham will pay a surcharge of 0.40 dollars a trip from 30 September.}
          - {id: storms, category: topic, predicate: cut, what: trips, quantity: {value: 3000, unit: trip},
             evidence: "storms could cut as many as 3,000 trips", statement: "Storms could cut as many as 3,000 trips."}
        """

    @Test(arguments: [
        ("Riders will pay a surcharge of 40 cents a trip.", Verdict.supported),
        ("Riders will pay a surcharge of 50 cents a trip.", .refuted),
        ("Riders will pay the surcharge from 30 Sept.", .supported),
        ("Riders will pay the surcharge from 29 Sept.", .refuted),
        ("Riders will pay the surcharge from 29 September.", .refuted),
        ("Storms could cut up to 3,000 trips.", .supported),
        ("Storms could cut as many as 5,000 trips.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "fare.yaml")
    }

    @Test func theDayIsNamedAsADay() throws {
        let result = try InlineBank.check(Self.bank, "Riders will pay the surcharge from 29 September.", file: "fare.yaml")
        #expect(result.correction?.contains("30, not 29") == true)
        #expect(result.parts.first?.explanation.contains("day is wrong") == true)
    }
}

/// A figure the article gives with a party's deed ("the government ... raising the rate to
/// 9.90 pounds") is the figure of the thing, said of it without the party; it is given "only for"
/// a party when the party is named where the figure stands.
@Suite struct FigureOfTheThingTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: rate, title: Rate, text: "The government of Tarsia on Monday approved the plan, raising the hourly rate from 9.10 pounds to 9.90 pounds from 1 April."}
        entities:
          - {id: government, type: organisation, name: the government of Tarsia, aliases: [the government, the government of Tarsia]}
        facts:
          - {id: new-rate, category: event, subject: government, predicate: raise, what: the hourly rate after the rise, quantity: {value: 9.90, unit: pound},
             evidence: raising the hourly rate from 9.10 pounds to 9.90 pounds, statement: The government raised the hourly rate to 9.90 pounds.}
          - {id: new-rate-date, category: date, subject: government, predicate: raise, what: the hourly rate, quantity: {value: 9.90, unit: pound}, when: {day: 1, month: April},
             evidence: raising the hourly rate from 9.10 pounds to 9.90 pounds from 1 April, statement: The government will raise the hourly rate to 9.90 pounds from 1 April.}
          - {id: old-rate, category: topic, predicate: be, what: the hourly rate before the rise, quantity: {value: 9.10, unit: pound},
             evidence: raising the hourly rate from 9.10 pounds, statement: The hourly rate will be raised from 9.10 pounds.}
        """

    @Test(arguments: [
        ("The hourly rate will be 9.90 pounds from 1 April.", Verdict.supported),
        ("From 1 April, the hourly rate will be 9.90 pounds.", .supported),
        ("The government raised the hourly rate to 9.50 pounds.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "rate.yaml")
    }
}

/// "PERSON is a NOUN" with a noun for a kind of person that the article never puts next to
/// them ("a porter" only in their quote) is not mentioned; where the article does ("the
/// cellist Anna Brell"), it is supported.
@Suite struct KindOfPersonTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: union, title: Union, text: "Lena Varga, head of the bus drivers' union, said: \\"A porter in Pelton still earns less than it costs to rent a room.\\" The cellist Anna Brell played at the rally."}
        entities:
          - {id: varga, type: person, name: Lena Varga, aliases: [Lena Varga, Varga]}
          - {id: union, type: organisation, name: the bus drivers' union, aliases: [the bus drivers' union, the union]}
          - {id: brell, type: person, name: Anna Brell, aliases: [Anna Brell, Brell]}
        facts:
          - {id: varga-head, category: position, subject: varga, role: head, of: union, evidence: "Lena Varga, head of the bus drivers' union", statement: Lena Varga is the head of the bus drivers' union.}
          - {id: varga-quote, category: quote, subject: varga, predicate: say, quote: "A porter in Pelton still earns less than it costs to rent a room.",
             evidence: "A porter in Pelton still earns less than it costs to rent a room.", statement: "Varga said a porter in Pelton still earns less than it costs to rent a room."}
          - {id: brell-played, category: event, subject: brell, predicate: play, what: at the rally, evidence: The cellist Anna Brell played at the rally, statement: The cellist Anna Brell played at the rally.}
        """

    @Test(arguments: [
        ("Lena Varga is a porter.", Verdict.notMentioned),
        ("Lena Varga once worked as a porter.", .notMentioned),
        ("Anna Brell is a cellist.", .supported),
        ("Lena Varga is the head of the bus drivers' union.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "union.yaml")
    }
}

/// Welcoming is the opposite of rejecting or opposing, both ways.
@Suite struct WelcomedOrRejectedTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: offer, title: Offer, text: "The nurses' union welcomed the new pay offer on Tuesday."}
        entities:
          - {id: union, type: organisation, name: the nurses' union, aliases: [the nurses' union, the union]}
        facts:
          - {id: welcomed, category: stance, subject: union, predicate: welcome, what: the new pay offer, when: {weekday: Tuesday},
             evidence: The nurses' union welcomed the new pay offer on Tuesday, statement: The nurses' union welcomed the new pay offer on Tuesday.}
        """

    @Test(arguments: [
        ("The nurses' union rejected the pay offer.", Verdict.refuted),
        ("The union opposed the new pay offer.", .refuted),
        ("The union welcomed the pay offer.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "offer.yaml")
    }
}
