import Foundation
import Testing
@testable import FactCheckCore

/// A small made-up article (a town council, a bridge, a ferry) that every rule is tried on,
/// so that the rules are checked on something other than the seed article.
enum Riverton {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("riverton.yaml").path
    static let checker: StatementChecker? = (try? BankLoader.loadFile(path)).map { StatementChecker(bank: $0) }
}

/// A bank written in a test, read as a file would be, and one statement checked against it.
enum InlineBank {
    static func check(_ yaml: String, _ statement: String, file: String) throws -> CheckResult {
        StatementChecker(bank: try BankLoader.parse(data: Data(yaml.utf8), file: file)).check(statement)
    }

    /// The same, expecting `expected`; a miss shows the statement and the checker's reason.
    @discardableResult
    static func expect(_ yaml: String, _ statement: String, _ expected: Verdict, file: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CheckResult {
        let result = try check(yaml, statement, file: file)
        #expect(result.verdict == expected, "\(statement): \(result.explanation)", sourceLocation: sourceLocation)
        return result
    }
}

@Suite struct RuleTests {
    func check(_ statement: String) throws -> CheckResult {
        try #require(Riverton.checker).check(statement)
    }

    /// (statement, verdict, the rule of each part)
    static let cases: [(String, Verdict, [String])] = [
        ("Riverton town council approved a 12 million dollar contract for a new bridge on Monday.", .supported, ["supported"]),
        ("The council approved the bridge contract on Tuesday.", .refuted, ["value"]),
        ("The council approved a 15 million dollar contract for a new bridge.", .refuted, ["value"]),
        ("The council approved a contract worth 12 million dollars for a new bridge.", .supported, ["supported"]),
        ("The council approved a contract worth more than 10 million dollars for a new bridge.", .supported, ["supported"]),
        ("Councillors backed the plan in a third vote.", .refuted, ["value"]),
        ("The bridge will have six lanes.", .refuted, ["value"]),
        ("Cole said the bridge would cut travel times for 9,000 residents.", .refuted, ["value"]),
        ("The council rejected the contract for a new bridge.", .refuted, ["polarity"]),
        ("Ferry fares fell by 10 percent last year.", .refuted, ["polarity"]),
        ("Ferry fares increased by 10 percent last year.", .supported, ["supported"]),
        ("The project was more costly than a tunnel.", .refuted, ["comparison"]),
        ("The contract was awarded to Harbour Construction.", .refuted, ["slot-swap"]),
        ("The contract was awarded to Ash Construction.", .refuted, ["slot-swap"]),
        ("Ann Cole is the former mayor of Riverton.", .refuted, ["position"]),
        ("Ann Cole is the mayor of Marlow Construction.", .refuted, ["position-claim"]),
        ("Tom Reed is the council leader.", .supported, ["supported"]),
        ("The bridge opened in 2027.", .refuted, ["certainty"]),
        ("The bridge will open in 2027.", .supported, ["supported"]),
        ("“We have waited far too long,” Cole said.", .refuted, ["quote"]),
        ("“We have waited long enough,” Reed said.", .refuted, ["quote"]),
        ("Marlow denied that ferry fares rose last year.", .notMentioned, ["denial"]),
        ("Marlow denied that the price was too high.", .refuted, ["denial"]),
        ("Cole rejected claims that the price was too high.", .refuted, ["denial"]),
        ("Reed dismissed suggestions that the price was too high.", .supported, ["supported"]),
        ("Tom Reed said the bridge would cut travel times for 8,000 residents.", .refuted, ["agent"]),
        ("The council discussed a new school.", .notMentioned, ["unbacked"]),
        ("The state funded a new road.", .notMentioned, ["possibility"]),
        ("Reed urged the state to wait for a survey before funding a new road.", .supported, ["supported"]),
        ("The bridge will have four lanes and a cycle path.", .partlySupported, ["supported", "list-item"]),
    ]

    @Test(arguments: 0..<cases.count)
    func ruleDecides(case n: Int) throws {
        let (statement, verdict, rules) = Self.cases[n]
        let result = try check(statement)
        #expect(result.verdict == verdict, "\(statement): \(result.explanation)")
        #expect(result.parts.map(\.rule) == rules, "\(statement): \(result.parts.map(\.rule))")
    }

    static let votes = """
        format: factcheck.bank/1
        source: {id: votes, title: Votes, text: "Councillors voted 31 to 12 in favour of the harbour plan. Two trustees voted against the sale of the pier."}
        entities:
          - {id: council, type: organisation, name: the council, aliases: [councillors]}
          - {id: trustees, type: group, name: two trustees, aliases: [the trustees, two trustees]}
        facts:
          - id: plan
            category: event
            subject: council
            predicate: vote
            what: in favour of the harbour plan
            quantity: [{value: 31, unit: vote}, {value: 12, unit: vote}]
            evidence: Councillors voted 31 to 12 in favour of the harbour plan
            statement: Councillors voted 31 to 12 in favour of the harbour plan.
          - id: sale
            category: event
            subject: trustees
            predicate: vote
            what: against the sale of the pier
            evidence: Two trustees voted against the sale of the pier
            statement: Two trustees voted against the sale of the pier.
        """

    @Test(arguments: [
        ("Councillors voted 31 to 12 against the harbour plan.", Verdict.refuted),
        ("Councillors voted 31 to 12 for the harbour plan.", .supported),
        ("Councillors voted in favour of the harbour plan.", .supported),
        ("Two trustees voted for the sale of the pier.", .refuted),
        ("Two trustees voted against the sale of the pier.", .supported),
    ])
    func aVoteHasADirection(statement: String, expected: Verdict) throws {
        let result = try InlineBank.expect(Self.votes, statement, expected, file: "votes.yaml")
        // "voted for" against "voted against", side by side, is a pair of opposites of the lexicon.
        if expected == .refuted { #expect(["direction", "polarity"].contains(result.parts.first?.rule ?? ""), "\(result.parts.map(\.rule))") }
    }

    /// A vote in favour approves, a vote against rejects: "approved", "backed", "rejected" said of
    /// the same thing are read against it; a wrong count is corrected with the count it gets wrong.
    @Test(arguments: [
        ("Councillors approved the harbour plan.", Verdict.supported),
        ("Councillors backed the harbour plan.", .supported),
        ("Councillors rejected the harbour plan.", .refuted),
        ("Two trustees rejected the sale of the pier.", .supported),
        ("Two trustees approved the sale of the pier.", .refuted),
    ])
    func aVoteApprovesOrRejects(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.votes, statement, expected, file: "votes.yaml")
    }

    @Test func aWrongCountIsCorrectedByTheCountItGetsWrong() throws {
        let result = try InlineBank.check(Self.votes, "Councillors approved the harbour plan by 31 votes to 21.", file: "votes.yaml")
        #expect(result.verdict == .refuted)
        #expect(result.correction?.contains("12") == true, "\(result.correction ?? "")")
    }

    /// A relative clause without commas at the end of a statement is a claim of its own.
    @Test func aTrailingRelativeClauseIsItsOwnClaim() throws {
        let result = try InlineBank.check(Self.votes, "Two trustees voted against the sale of the pier that was built in 1890.", file: "votes.yaml")
        #expect(result.verdict == .partlySupported, "\(result.explanation)")
        #expect(result.parts.map(\.verdict) == [.supported, .notMentioned])
        #expect(result.parts.last?.text == "the pier was built in 1890")
        #expect(result.parts.last?.rule == "aside")
        // "said that ..." is no relative clause.
        let said = try InlineBank.check(Self.votes, "Councillors said that the trustees voted against the sale of the pier.", file: "votes.yaml")
        #expect(said.parts.count == 1)
        // A relative clause in the middle is part of the subject: "... who voted ... resigned".
        let middle = try InlineBank.check(Self.votes, "The trustees who voted against the sale of the pier resigned.", file: "votes.yaml")
        #expect(middle.parts.count == 1, "\(middle.parts.map(\.text))")
    }

    /// A place another fact of the sentence gives, for what the statement says was done there.
    @Test func aPlaceFromAnotherFactOfTheSentence() throws {
        let bank = """
            format: factcheck.bank/1
            source: {id: talks, title: Talks, text: "The mediation service invited both sides to meet in Sydney on Monday."}
            entities:
              - {id: service, type: organisation, name: the mediation service}
              - {id: sides, type: group, name: both sides}
              - {id: sydney, type: place, name: Sydney}
            facts:
              - {id: invited, category: event, subject: service, predicate: invite, object: sides,
                 evidence: The mediation service invited both sides to meet, statement: The mediation service invited both sides to meet.}
              - {id: meeting, category: date, subject: sides, predicate: meet, place: sydney, when: {weekday: Monday}, certainty: planned,
                 evidence: to meet in Sydney on Monday, statement: Both sides were invited to meet in Sydney on Monday.}
            """
        let result = try InlineBank.check(bank, "The mediation service invited both sides to meet in Melbourne.", file: "talks.yaml")
        #expect(result.verdict == .refuted, "\(result.explanation)")
        #expect(result.parts.first?.rule == "slot-swap")
        #expect(result.correction?.contains("Sydney, not Melbourne") == true, "\(result.correction ?? "")")
        #expect(try InlineBank.check(bank, "The mediation service invited both sides to meet in Sydney.", file: "talks.yaml").verdict == .supported)
    }

    /// An office's field: "finance minister" where the article has "Transport Minister".
    @Test func anotherFieldOfOffice() throws {
        let bank = """
            format: factcheck.bank/1
            source: {id: office, title: Office, text: "Federal Transport Minister Leonie Marsh urged both sides to return to talks."}
            entities:
              - {id: marsh, type: person, name: Leonie Marsh, aliases: [Marsh, the minister]}
            facts:
              - {id: position, category: position, subject: marsh, role: Federal Transport Minister,
                 evidence: Federal Transport Minister Leonie Marsh, statement: Leonie Marsh is the Federal Transport Minister.}
              - {id: urged, category: stance, subject: marsh, predicate: urge, what: both sides to return to talks,
                 evidence: Leonie Marsh urged both sides to return to talks, statement: Leonie Marsh urged both sides to return to talks.}
            """
        let wrong = try InlineBank.check(bank, "Leonie Marsh is the federal finance minister.", file: "office.yaml")
        #expect(wrong.verdict == .refuted && wrong.parts.first?.rule == "position-claim", "\(wrong.verdict): \(wrong.explanation)")
        #expect(try InlineBank.check(bank, "Leonie Marsh is the federal transport minister.", file: "office.yaml").verdict == .supported)
    }

    /// A position given another country, one the bank does not know ("Bolivia's" for Peru's).
    @Test func aCountryTheBankDoesNotKnow() throws {
        let bank = """
            format: factcheck.bank/1
            source: {id: heritage, title: Heritage, text: "Lucía Ferrándiz, Peru's Vice Minister of Cultural Heritage, welcomed the decision."}
            entities:
              - {id: ferrandiz, type: person, name: Lucía Ferrándiz, aliases: [Ferrándiz]}
              - {id: peru, type: country, name: Peru, aliases: [Peruvian]}
            facts:
              - {id: position, category: position, subject: ferrandiz, role: Vice Minister of Cultural Heritage, of: peru,
                 evidence: "Lucía Ferrándiz, Peru's Vice Minister of Cultural Heritage", statement: Lucía Ferrándiz is Peru's Vice Minister of Cultural Heritage.}
            """
        let wrong = try InlineBank.check(bank, "Lucía Ferrándiz is Bolivia's Vice Minister of Cultural Heritage.", file: "heritage.yaml")
        #expect(wrong.verdict == .refuted, "\(wrong.explanation)")
        #expect(wrong.correction?.contains("not Bolivia's") == true, "\(wrong.correction ?? "")")
        #expect(try InlineBank.check(bank, "Lucía Ferrándiz is Peru's Vice Minister of Cultural Heritage.", file: "heritage.yaml").verdict == .supported)
    }

    static let places = """
        format: factcheck.bank/1
        source: {id: places, title: Places, text: "The Greens came third with 12 percent of the vote. The museum project finished 4 percent under budget."}
        entities:
          - {id: greens, type: organisation, name: the Greens, aliases: [Greens]}
        facts:
          - id: third
            category: event
            subject: greens
            predicate: come
            ordinal: 3
            quantity: {value: 12, unit: percent}
            evidence: The Greens came third with 12 percent of the vote
            statement: The Greens came third with 12 percent of the vote.
          - id: budget
            category: event
            predicate: finish
            what: the museum project under budget
            quantity: {value: 4, unit: percent}
            evidence: The museum project finished 4 percent under budget
            statement: The museum project finished 4 percent under budget.
        """

    /// "came third", "finished third", "placed third": the verb only carries the place, which is
    /// the claim; "came in 4 percent under budget" carries the figure.
    @Test(arguments: [
        ("The Greens finished third.", Verdict.supported),
        ("The Greens placed third.", .supported),
        ("The Greens came second.", .refuted),
        ("The museum project came in 4 percent under budget.", .supported),
        ("The museum project came in 6 percent under budget.", .refuted),
    ])
    func aPlaceOrAFigureIsTheClaim(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.places, statement, expected, file: "places.yaml")
    }

    @Test func everyRuleHasAStableName() {
        let names = CheckRules.allNames
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() })
        #expect(CheckRules.ordered.last?.name == "supported")
        // The README lists them all, in order.
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = ((try? String(contentsOf: readme, encoding: .utf8)) ?? "").replacingOccurrences(of: "\n", with: " ")
        let positions = CheckRules.ordered.map { text.range(of: "`\($0.name)`")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "README lacks a rule: \(zip(CheckRules.ordered.map(\.name), positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "README lists the rules out of order")
        #expect(CheckRules.allNames.allSatisfy { text.contains("`\($0)`") })
    }

    @Test func largeAmountsAreWrittenAsPeopleWriteThem() {
        #expect(Quantity(value: 640_000_000, unit: "euro").description == "640 million euros")
        #expect(Quantity(value: 1_200_000_000, unit: "dollar").description == "1.2 billion dollars")
        #expect(Quantity(value: 2_500, unit: "resident").description == "2,500 residents")
        #expect(Quantity(value: 12, unit: "percent").description == "12%")
        #expect(Quantity(value: 1_234_567, unit: "dollar").description == "1,234,567 dollars")
    }

    @Test func aRefutationNamesTheSlot() throws {
        let result = try check("The bridge will have six lanes.")
        #expect(result.correction?.contains("4 lanes, not 6 lanes") == true)
    }

    @Test func aValueOfAnotherFactIsNotBorrowed() throws {
        // 10 is a percentage of the ferry fares, not a count of lanes.
        let result = try check("The bridge will have ten lanes.")
        #expect(result.verdict == .refuted)
        #expect(result.correction?.contains("4 lanes") == true)
    }
}

extension RuleTests {
    @Test func anotherCurrencyOrUnitOfTheSameKindIsRefuted() throws {
        let money = try check("The council approved a 12 million euro contract for a new bridge.")
        #expect(money.verdict == .refuted)
        #expect(money.parts.map(\.rule) == ["value"])
    }
}

/// A nationality put before a person or an organisation is checked against the country the
/// article ties them to; an office of another country names another person.
@Suite struct NationalityRuleTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: nations
          title: Nations
          text: "Kestrel Market, a Dutch online retailer, said hackers stole customer data. The Welsh painter Ifor Harrow finished the picture in 1887. Iceland's fisheries minister Sigrun Eggertsdottir left the talks in Bergen."
        entities:
          - {id: kestrel, type: organisation, name: Kestrel Market, represents: netherlands, aliases: [Kestrel, the retailer, the Dutch retailer]}
          - {id: netherlands, type: country, name: the Netherlands, aliases: [Netherlands, Dutch]}
          - {id: harrow, type: person, name: Ifor Harrow, represents: wales, aliases: [Harrow, the painter, the Welsh painter]}
          - {id: wales, type: country, name: Wales, aliases: [Welsh]}
          - {id: eggertsdottir, type: person, name: Sigrun Eggertsdottir, represents: iceland, aliases: [Eggertsdottir]}
          - {id: iceland, type: country, name: Iceland, aliases: [Icelandic]}
          - {id: bergen, type: place, name: Bergen}
        facts:
          - id: kestrel-said
            category: speaker
            subject: kestrel
            predicate: say
            what: hackers stole customer data
            evidence: Kestrel Market, a Dutch online retailer, said hackers stole customer data
            statement: Kestrel Market said hackers stole customer data.
          - id: kestrel-position
            category: position
            subject: kestrel
            role: online retailer
            of: netherlands
            evidence: Kestrel Market, a Dutch online retailer
            statement: Kestrel Market is a Dutch online retailer.
          - id: harrow-painter
            category: position
            subject: harrow
            role: painter
            of: wales
            evidence: The Welsh painter Ifor Harrow
            statement: Ifor Harrow is a Welsh painter.
          - id: finished
            category: event
            subject: harrow
            predicate: finish
            when: {year: 1887}
            evidence: The Welsh painter Ifor Harrow finished the picture in 1887
            statement: Ifor Harrow finished the picture in 1887.
          - id: minister
            category: position
            subject: eggertsdottir
            role: fisheries minister
            of: iceland
            evidence: Iceland's fisheries minister Sigrun Eggertsdottir
            statement: Sigrun Eggertsdottir is Iceland's fisheries minister.
          - id: left
            category: event
            subject: eggertsdottir
            predicate: leave
            what: the talks
            place: bergen
            evidence: Iceland's fisheries minister Sigrun Eggertsdottir left the talks in Bergen
            statement: Sigrun Eggertsdottir left the talks in Bergen.
        """

    @Test(arguments: [
        ("Kestrel Market is a Belgian online retailer.", Verdict.refuted),
        ("The Belgian retailer Kestrel said hackers stole customer data.", .refuted),
        ("Kestrel Market is a Dutch online retailer.", .supported),
        ("Ifor Harrow was a Scottish painter.", .refuted),
        ("Ifor Harrow was a Welsh painter.", .supported),
        // A country's name with a possessive, before an organisation, says the same.
        ("Belgium's Kestrel Market said hackers stole customer data.", .refuted),
        ("The Netherlands' Kestrel Market said hackers stole customer data.", .supported),
    ])
    func aNationalityIsCheckedAgainstTheArticle(statement: String, expected: Verdict) throws {
        let result = try InlineBank.expect(Self.bank, statement, expected, file: "nations.yaml")
        if expected == .refuted { #expect(result.parts.contains { $0.rule == "nationality" }, "\(statement)") }
    }

    @Test func aNationInsideAnotherOrAnotherOfficeIsNoContradiction() throws {
        let checker = StatementChecker(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "nations.yaml"))
        // A Welsh painter is a British one; the Faroese fisheries minister is someone else.
        #expect(checker.check("Ifor Harrow was a British painter.").verdict != .refuted)
        #expect(checker.check("The Faroese fisheries minister left the talks in Bergen.").verdict != .refuted)
        #expect(checker.check("The Faroese fisheries minister left the talks in Bergen.").verdict != .supported)
    }
}

/// A sentence that holds a word and its opposite in two clauses: the clause whose words the
/// statement shares decides; "lost the award to X" is X winning it.
@Suite struct TwoClauseOppositeTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: fest
          title: Festival
          text: "Attendance at the free outdoor events in Riverside Gardens rose by 14 percent, although the cabaret strand at the Corn Exchange saw its audiences fall by 6 percent. The opera The Salt Road won the prize for best new opera, but the festival lost the award for festival of the year to the Glenbrook Festival."
        entities:
          - {id: gardens, type: place, name: Riverside Gardens}
          - {id: exchange, type: place, name: the Corn Exchange, aliases: [Corn Exchange]}
          - {id: salt-road, type: event, name: The Salt Road, aliases: [Salt Road]}
          - {id: festival, type: organisation, name: the festival}
          - {id: glenbrook, type: organisation, name: the Glenbrook Festival, aliases: [Glenbrook Festival, Glenbrook]}
        facts:
          - id: rose
            category: event
            predicate: rise
            what: attendance at the free outdoor events
            quantity: {value: 14, unit: percent}
            place: gardens
            evidence: Attendance at the free outdoor events in Riverside Gardens rose by 14 percent
            statement: Attendance at the free outdoor events in Riverside Gardens rose by 14 percent.
          - id: fell
            category: event
            predicate: fall
            what: audiences of the cabaret strand
            quantity: {value: 6, unit: percent}
            place: exchange
            evidence: the cabaret strand at the Corn Exchange saw its audiences fall by 6 percent
            statement: The cabaret strand at the Corn Exchange saw its audiences fall by 6 percent.
          - id: won
            category: event
            subject: salt-road
            predicate: win
            what: the prize for best new opera
            evidence: The opera The Salt Road won the prize for best new opera
            statement: The Salt Road won the prize for best new opera.
          - id: lost
            category: event
            subject: festival
            predicate: lose
            object: glenbrook
            what: the award for festival of the year
            evidence: the festival lost the award for festival of the year to the Glenbrook Festival
            statement: The festival lost the award for festival of the year to the Glenbrook Festival.
        """

    @Test(arguments: [
        ("Attendance at the free outdoor events in Riverside Gardens fell by 14 percent.", Verdict.refuted),
        ("Attendance at the free outdoor events in Riverside Gardens rose by 14 percent.", .supported),
        ("Audiences for the cabaret strand at the Corn Exchange rose by 6 percent.", .refuted),
        ("The Salt Road lost the prize for best new opera.", .refuted),
        ("The festival won the award for festival of the year.", .refuted),
        ("The Glenbrook Festival won the award for festival of the year.", .supported),
    ])
    func theClauseTheStatementSharesDecides(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "fest.yaml")
    }
}

/// "already" says a thing is done: a plan refutes it, even when the statement speaks of a "next"
/// event or the best-matching sentence is a headline that gives the plan as news.
@Suite struct AlreadyDoneTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: plant
          title: Plant
          text: "Castellan profit rises, company to shut Polish plant. Castellan said it would close its plant in Wroclaw. Pellingham's plans to hold its next sale in June."
        entities:
          - {id: castellan, type: organisation, name: Castellan, aliases: [the company]}
          - {id: plant, type: place, name: plant in Wroclaw, aliases: [its plant in Wroclaw, Polish plant]}
          - {id: pellinghams, type: organisation, name: Pellingham's}
        facts:
          - id: headline
            category: event
            subject: castellan
            predicate: rise
            what: profit
            evidence: Castellan profit rises, company to shut Polish plant
            statement: Castellan's profit rose, and the company is to shut a Polish plant.
          - id: close
            category: event
            subject: castellan
            predicate: close
            object: plant
            certainty: planned
            evidence: Castellan said it would close its plant in Wroclaw
            statement: Castellan said it would close its plant in Wroclaw.
          - id: sale
            category: event
            subject: pellinghams
            predicate: hold
            what: its next sale
            certainty: planned
            evidence: Pellingham's plans to hold its next sale in June
            statement: Pellingham's plans to hold its next sale in June.
        """

    @Test(arguments: [
        ("Castellan has already closed its plant in Wroclaw.", Verdict.refuted),
        ("Castellan will close its plant in Wroclaw.", .supported),
        ("Pellingham's has already held its next sale.", .refuted),
        ("Pellingham's will hold its next sale in June.", .supported),
        // A light verb in the past tells the tense; "next" is no plan beside it.
        ("Pellingham's held its next sale in June.", .refuted),
        ("Pellingham's next sale is in June.", .supported),
    ])
    func aPlanIsNotDone(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "plant.yaml")
    }
}

/// "not yet" keeps its negation and is no "but"; the one a lawyer represents
/// is the position's owner.
@Suite struct NotYetTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: court
          title: Court
          text: "The authority said it had not yet decided whether to appeal. Fiona Keane, the lawyer representing the residents, spoke to the court."
        entities:
          - {id: authority, type: organisation, name: the authority}
          - {id: keane, type: person, name: Fiona Keane, aliases: [Keane]}
          - {id: residents, type: group, name: the residents}
          - {id: court, type: organisation, name: the court}
        facts:
          - id: not-decided
            category: stance
            subject: authority
            predicate: decide
            what: whether to appeal
            polarity: negative
            evidence: it had not yet decided whether to appeal
            statement: The authority has not yet decided whether to appeal.
          - id: keane-lawyer
            category: position
            subject: keane
            role: lawyer
            of: residents
            evidence: Fiona Keane, the lawyer representing the residents
            statement: Fiona Keane is the lawyer representing the residents.
          - id: keane-spoke
            category: event
            subject: keane
            predicate: speak
            object: court
            evidence: Fiona Keane, the lawyer representing the residents, spoke to the court
            statement: Fiona Keane spoke to the court.
        """

    @Test(arguments: [
        ("The authority has decided to appeal.", Verdict.refuted),
        ("The authority has not yet decided whether to appeal.", .supported),
        ("Fiona Keane is the lawyer representing the authority.", .refuted),
        ("Fiona Keane is the lawyer representing the residents.", .supported),
    ])
    func notYetAndRepresenting(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "court.yaml")
        #expect(ClauseSplitter.split(statement).count == 1)
    }
}

/// Two clauses joined by "and" are split when each has a verb, irregular pasts included.
@Suite struct IrregularPastSplitTests {
    @Test func anIrregularPastIsAVerb() {
        #expect(ClauseSplitter.split("Attendance rose by 14 percent, and online streams doubled.").count == 2)
        #expect(ClauseSplitter.split("The festival sold a record 86,400 tickets and made a profit.").count == 2)
        // Not after a preposition, and a coordinated subject stays whole.
        #expect(ClauseSplitter.split("Sales of roses and tulips doubled.").count == 1)
        #expect(ClauseSplitter.split("Blinken and Wang met in Alaska.").count == 1)
        // A percent sign stays with its number.
        #expect(ClauseSplitter.split("Profit rose 18%, and the company is to buy a rival.").first == "Profit rose 18%")
    }
}

/// A clause set off by commas is a claim of its own when the whole is not mentioned; an opening
/// phrase ("According to X,") is not.
@Suite struct AsideTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: line
          title: Line
          text: "Minister Alys Penhallow cut the ribbon at Brannock station. The line cost 312 million pounds. Before the sale, the painting was estimated at 9 million pounds."
        entities:
          - {id: penhallow, type: person, name: Alys Penhallow, aliases: [Penhallow]}
          - {id: brannock, type: place, name: Brannock station, aliases: [Brannock]}
          - {id: line, type: place, name: the line}
          - {id: painting, type: event, name: the painting}
        facts:
          - id: ribbon
            category: event
            subject: penhallow
            predicate: cut
            what: the ribbon
            place: brannock
            evidence: Minister Alys Penhallow cut the ribbon at Brannock station
            statement: Penhallow cut the ribbon at Brannock station.
          - id: cost
            category: event
            subject: line
            predicate: cost
            quantity: {value: 312000000, unit: pound}
            evidence: The line cost 312 million pounds
            statement: The line cost 312 million pounds.
          - id: estimate
            category: event
            subject: painting
            predicate: estimate
            quantity: {value: 9000000, unit: pound}
            evidence: Before the sale, the painting was estimated at 9 million pounds
            statement: Before the sale, the painting was estimated at 9 million pounds.
        """

    @Test(arguments: [
        ("Penhallow, who rode the first train, cut the ribbon at Brannock station.", Verdict.partlySupported),
        ("The line cost 312 million pounds, funded by a government loan.", .partlySupported),
        ("The line cost 400 million pounds, funded by a government loan.", .refuted),
        ("Before the sale, the painting was estimated at 9 million pounds.", .supported),
    ])
    func anAsideIsAClaimOfItsOwn(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "line.yaml")
    }
}

/// A figure put in another part of a change: the amount of a change ("by") for where it ended
/// ("to"), where it started ("from") for where it ended.
@Suite struct ChangeRoleTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: bonds
          title: Bonds
          text: "The bank said its bond programme would be expanded by 12 billion crowns to 45 billion crowns. The council raised the fee from 40 dollars to 55 dollars. Up to 300 people may attend."
        entities:
          - {id: bank, type: organisation, name: the bank}
          - {id: council, type: organisation, name: the council}
        facts:
          - {id: expand, category: event, subject: bank, predicate: expand, what: its bond programme, quantity: [{value: 12000000000, unit: crown}, {value: 45000000000, unit: crown}],
             certainty: planned, evidence: its bond programme would be expanded by 12 billion crowns to 45 billion crowns,
             statement: The bank's bond programme will be expanded by 12 billion crowns to 45 billion crowns.}
          - {id: fee, category: event, subject: council, predicate: raise, what: the fee, quantity: [{value: 40, unit: dollar}, {value: 55, unit: dollar}],
             evidence: The council raised the fee from 40 dollars to 55 dollars, statement: The council raised the fee from 40 dollars to 55 dollars.}
          - {id: attend, category: topic, predicate: attend, what: people, quantity: {value: 300, unit: person}, certainty: expected,
             evidence: Up to 300 people may attend, statement: Up to 300 people may attend.}
        """

    @Test(arguments: [
        ("The bond programme will be expanded to 12 billion crowns.", Verdict.refuted),
        ("The bond programme will be expanded by 45 billion crowns.", .refuted),
        ("The bond programme will be expanded by 12 billion crowns.", .supported),
        ("The bond programme will be expanded to 45 billion crowns.", .supported),
        ("The council raised the fee from 55 dollars to 40 dollars.", .refuted),
        ("The council raised the fee to 55 dollars.", .supported),
        ("The council raised the fee by 15 dollars.", .notMentioned),
    ])
    func aFigureInAnotherPartOfTheChange(statement: String, expected: Verdict) throws {
        let result = try InlineBank.expect(Self.bank, statement, expected, file: "bonds.yaml")
        if expected == .refuted { #expect(result.parts.first?.rule == "change", "\(result.parts.map(\.rule))") }
    }
}

/// The day of a date is no count: an age or a number of people is not compared with it.
@Suite struct DayOfMonthTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: climb, title: Climb, text: "The team turned back on May 14, 2024. Fuentes, 29, lost feeling in three toes."}
        entities:
          - {id: team, type: group, name: the team}
          - {id: fuentes, type: person, name: Rodrigo Fuentes, aliases: [Fuentes]}
          - {id: solvang, type: person, name: Ingrid Solvang, aliases: [Solvang]}
        facts:
          - {id: back, category: date, subject: team, predicate: turn back, when: {month: May, day: 14, year: 2024},
             evidence: "The team turned back on May 14, 2024", statement: "The team turned back on May 14, 2024."}
          - {id: age, category: topic, subject: fuentes, what: age, quantity: {value: 29, unit: year},
             evidence: "Fuentes, 29", statement: Fuentes is 29 years old.}
        """

    @Test(arguments: [
        ("The team turned back on May 16, 2024.", Verdict.refuted),
        ("The team turned back on 14 May 2024.", .supported),
        ("Fuentes is 39 years old.", .refuted),
        ("The team turned back 41 days after setting off.", .notMentioned),
    ])
    func theDayFillsTheDatesSlot(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "climb.yaml")
    }

    @Test func aDayIsMarkedAsOne() throws {
        let checker = StatementChecker(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "climb.yaml"))
        let days = checker.index.analyzer.analyze("on May 14 and 14 May, 14 people").compactMap(\.value).filter { $0.kind == .cardinal }
        #expect(days.map(\.dayOfMonth) == [true, true])
    }
}

/// Approving and disapproving words are opposites both ways; creating jobs is no cutting them.
@Suite struct OppositeVerbTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: cut, title: Cut, text: "Finance Minister Lena Vossberg welcomed the cut. The plant will create 300 jobs. Revenue beat forecasts."}
        entities:
          - {id: vossberg, type: person, name: Lena Vossberg, aliases: [Vossberg]}
          - {id: plant, type: place, name: the plant}
        facts:
          - {id: welcomed, category: stance, subject: vossberg, predicate: welcome, what: the cut, evidence: Lena Vossberg welcomed the cut,
             statement: Vossberg welcomed the cut.}
          - {id: jobs, category: event, subject: plant, predicate: create, quantity: {value: 300, unit: job}, certainty: planned,
             evidence: The plant will create 300 jobs, statement: The plant will create 300 jobs.}
          - {id: beat, category: event, predicate: beat, what: revenue, evidence: Revenue beat forecasts, statement: Revenue beat forecasts.}
        """

    @Test(arguments: [
        ("Vossberg criticised the cut.", Verdict.refuted),
        ("Vossberg condemned the cut.", .refuted),
        ("Vossberg welcomed the cut.", .supported),
        ("The plant will cut 300 jobs.", .refuted),
        ("Revenue missed forecasts.", .refuted),
    ])
    func anOppositeVerbIsRefuted(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "cut.yaml")
    }
}

/// Common news paraphrases the lexicon joins where WordNet's frequent senses do not.
@Suite struct NewsParaphraseTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: climb, title: Climb, text: "Ashby praised the crew. Fuentes was flown to Kathmandu. The Italian team abandoned its attempt. Nordkapp Gear is based in Oslo."}
        entities:
          - {id: ashby, type: person, name: Tom Ashby, aliases: [Ashby]}
          - {id: crew, type: group, name: the crew}
          - {id: fuentes, type: person, name: Rodrigo Fuentes, aliases: [Fuentes]}
          - {id: kathmandu, type: place, name: Kathmandu}
          - {id: italians, type: group, name: The Italian team}
          - {id: nordkapp, type: organisation, name: Nordkapp Gear}
          - {id: oslo, type: place, name: Oslo}
        facts:
          - {id: praised, category: stance, subject: ashby, predicate: praise, object: crew, evidence: Ashby praised the crew, statement: Ashby praised the crew.}
          - {id: flown, category: event, subject: fuentes, predicate: fly, place: kathmandu, evidence: Fuentes was flown to Kathmandu, statement: Fuentes was flown to Kathmandu.}
          - {id: abandoned, category: event, subject: italians, predicate: abandon, what: its attempt, evidence: The Italian team abandoned its attempt, statement: The Italian team abandoned its attempt.}
          - {id: based, category: topic, subject: nordkapp, predicate: base, place: oslo, evidence: Nordkapp Gear is based in Oslo, statement: Nordkapp Gear is based in Oslo.}
        """

    @Test(arguments: [
        ("Ashby commended the crew.", Verdict.supported),
        ("Fuentes was airlifted to Kathmandu.", .supported),
        ("The Italian team gave up its attempt.", .supported),
        ("Nordkapp Gear is headquartered in Oslo.", .supported),
        ("Ashby criticised the crew.", .refuted),
    ])
    func aParaphraseIsBacked(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "climb.yaml")
    }
}

/// A group named with a count below its size ("two climbers" of a four-member team) is some of
/// its members, not any one of them; named whole, it stands for each.
@Suite struct PartOfAGroupTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: climb, title: Climb, text: "Two climbers showed signs of frostbite. The team reached base camp on Friday."}
        entities:
          - {id: team, type: group, name: the team, aliases: [climbers], members: [solvang, fuentes, whitfield, moriyama]}
          - {id: solvang, type: person, name: Ingrid Solvang, aliases: [Solvang]}
          - {id: fuentes, type: person, name: Rodrigo Fuentes, aliases: [Fuentes]}
          - {id: whitfield, type: person, name: Dana Whitfield, aliases: [Whitfield]}
          - {id: moriyama, type: person, name: Kenji Moriyama, aliases: [Moriyama]}
        facts:
          - {id: frostbite, category: event, subject: team, predicate: show, what: signs of frostbite,
             evidence: Two climbers showed signs of frostbite, statement: Two climbers showed signs of frostbite.}
          - {id: camp, category: date, subject: team, predicate: reach, what: base camp, when: {weekday: Friday},
             evidence: The team reached base camp on Friday, statement: The team reached base camp on Friday.}
        """

    @Test(arguments: [
        ("Dana Whitfield showed signs of frostbite.", Verdict.notMentioned),
        ("Two climbers showed signs of frostbite.", .supported),
        ("Dana Whitfield reached base camp on Friday.", .supported),
    ])
    func someOfAGroupIsNoneInParticular(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "climb.yaml")
    }
}

/// A relation between two named things turned around ("upstream of", "north of", "from … to").
@Suite struct ReversedRelationTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: river, title: River, text: "The Holloway Dam lies 30 kilometres upstream of Fenmoor. Halvorsen Line will move its hub from Rotterdam to Kestrel Bay."}
        entities:
          - {id: dam, type: place, name: the Holloway Dam, aliases: [Holloway Dam]}
          - {id: fenmoor, type: place, name: Fenmoor}
          - {id: halvorsen, type: organisation, name: Halvorsen Line}
          - {id: rotterdam, type: place, name: Rotterdam}
          - {id: kestrel, type: place, name: Kestrel Bay}
        facts:
          - {id: dam, category: topic, subject: dam, what: upstream of Fenmoor, quantity: {value: 30, unit: kilometre}, place: fenmoor,
             evidence: The Holloway Dam lies 30 kilometres upstream of Fenmoor, statement: The Holloway Dam lies 30 kilometres upstream of Fenmoor.}
          - {id: hub, category: event, subject: halvorsen, predicate: move, what: its hub, place: kestrel, certainty: planned,
             evidence: Halvorsen Line will move its hub from Rotterdam to Kestrel Bay, statement: Halvorsen Line will move its hub from Rotterdam to Kestrel Bay.}
        """

    @Test(arguments: [
        ("Fenmoor is 30 kilometres upstream of the Holloway Dam.", Verdict.refuted),
        ("The Holloway Dam is 30 kilometres upstream of Fenmoor.", .supported),
        ("Halvorsen Line will move its hub from Kestrel Bay to Rotterdam.", .refuted),
        ("Halvorsen Line will move its hub from Rotterdam to Kestrel Bay.", .supported),
    ])
    func aRelationTurnedAroundIsRefuted(statement: String, expected: Verdict) throws {
        let result = try InlineBank.expect(Self.bank, statement, expected, file: "river.yaml")
        if expected == .refuted { #expect(result.parts.first?.rule == "reversed", "\(result.parts.map(\.rule))") }
    }
}

/// A clause of time or cause ("as several factories closed") and a second verb phrase ("and
/// raised its forecast") are parts of their own; a joiner or a subordinator at any place, even
/// the last word or twice in a row, never breaks the splitter.
@Suite struct SubordinateClauseTests {
    @Test(arguments: [
        ("Unemployment rose to 6.8 percent as several large factories closed.", ["Unemployment rose to 6.8 percent", "several large factories closed"]),
        ("The bank cut its rate and raised its forecast.", ["The bank cut its rate", "The bank raised its forecast"]),
        ("The rate was cut as expected.", ["The rate was cut as expected"]),
        ("The team turned back after the storm.", ["The team turned back after the storm"]),
    ])
    func clausesAreSplit(statement: String, parts: [String]) {
        #expect(ClauseSplitter.split(statement) == parts)
    }

    @Test func aJoinerAnywhereNeverTraps() {
        let words = ["and", "but", "as", "after", "once", "when", "because", "before", "yet", "while"]
        for w in words {
            for text in ["Solvang led the team \(w)", "\(w)", "\(w) \(w)", "Solvang \(w) \(w) led", "\(w) Solvang led \(w) \(w) it",
                         "Solvang led the team \(w) once before.", "A \(w) B \(w) C \(w)"] {
                _ = ClauseSplitter.split(text)
            }
        }
    }
}

/// A wrong figure is refuted though one other word of the statement is not in the matched
/// sentence but elsewhere in the article, when that sentence matches far better than any other.
@Suite struct WrongValueWithAnotherWordTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: breach, title: Breach, text: "Hackers broke into the retailer's systems in March. The group demanded a ransom of 4 million dollars."}
        entities:
          - {id: group, type: group, name: the group}
        facts:
          - {id: broke-in, category: event, predicate: break into, what: the retailer's systems, when: {month: March},
             evidence: Hackers broke into the retailer's systems in March, statement: Hackers broke into the retailer's systems in March.}
          - {id: ransom, category: event, subject: group, predicate: demand, what: a ransom, quantity: {value: 4000000, unit: dollar},
             evidence: The group demanded a ransom of 4 million dollars, statement: The group demanded a ransom of 4 million dollars.}
        """

    @Test(arguments: [
        ("The hackers demanded a ransom of 6 million dollars.", Verdict.refuted),
        ("The group demanded a ransom of 6 million dollars.", .refuted),
        ("The group demanded a ransom of 4 million dollars.", .supported),
        ("The lawyers demanded a fee of 6 million dollars.", .notMentioned),
    ])
    func aWrongFigureBesideAWordOfAnotherSentence(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "breach.yaml")
    }
}

/// No swapped doer when the article's own sentence has the named one do it: "Millbrook Primary
/// closed" where the authority closed a school "when Millbrook Primary shut".
@Suite struct DoerInTheSameSentenceTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: schools, title: Schools, text: "The authority last closed a school in 2011, when Millbrook Primary shut. Ruiz approved the budget."}
        entities:
          - {id: authority, type: organisation, name: the authority}
          - {id: millbrook, type: organisation, name: Millbrook Primary}
          - {id: ruiz, type: person, name: Ana Ruiz, aliases: [Ruiz]}
        facts:
          - {id: closure, category: event, subject: authority, predicate: close, what: a school, when: {year: 2011},
             evidence: "The authority last closed a school in 2011, when Millbrook Primary shut",
             statement: The authority last closed a school in 2011.}
          - {id: budget, category: event, subject: ruiz, predicate: approve, what: the budget, evidence: Ruiz approved the budget,
             statement: Ruiz approved the budget.}
        """

    @Test(arguments: [
        ("Millbrook Primary closed in 2011.", Verdict.supported),
        ("The authority closed a school in 2011.", .supported),
    ])
    func theSentenceNamesTheDoer(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "schools.yaml")
    }

    /// The one named in a relative clause ("20 researchers, who will drill") is the doer: denying
    /// that they will is a denial of the fact, not a statement about someone else.
    static let drilling = """
        format: factcheck.bank/1
        source: {id: ice, title: Ice, text: "The team will return in July with a second expedition of 20 researchers, who will drill three ice cores."}
        entities:
          - {id: team, type: group, name: the team}
          - {id: researchers, type: group, name: 20 researchers, aliases: [the researchers, researchers]}
        facts:
          - {id: cores, category: event, subject: team, predicate: drill, what: three ice cores, certainty: planned,
             evidence: "a second expedition of 20 researchers, who will drill three ice cores",
             statement: The second expedition's researchers will drill three ice cores.}
        """

    @Test(arguments: [
        ("The researchers will drill three ice cores.", Verdict.supported),
        ("The researchers will not drill three ice cores.", .refuted),
    ])
    func aDenialOfTheRelativeClausesDoer(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.drilling, statement, expected, file: "ice.yaml")
    }
}

/// A word the sentence before or after, in the same paragraph, gives is read as the matched
/// sentence's context ("the closure" of "will close its plant"); one from another paragraph is
/// not, nor a capitalised word, nor the clause's last word.
@Suite struct ParagraphContextTests {
    static func bank(_ text: String) -> String {
        """
        format: factcheck.bank/1
        source: {id: plant, title: Plant, text: "\(text)"}
        entities:
          - {id: castor, type: organisation, name: Castor Foods, aliases: [Castor]}
        facts:
          - {id: close, category: event, subject: castor, predicate: close, what: its plant in the north,
             evidence: Castor Foods will close its plant in the north, statement: Castor Foods will close its plant in the north.}
          - {id: jobs, category: event, predicate: cut, what: jobs, quantity: {value: 640, unit: job},
             evidence: The closure will cut 640 jobs, statement: The closure will cut 640 jobs.}
        """
    }
    static let oneParagraph = bank("Castor Foods will close its plant in the north. The closure will cut 640 jobs.")
    static let twoParagraphs = bank("Castor Foods will close its plant in the north.\\n\\nThe closure will cut 640 jobs.")

    @Test(arguments: [
        ("The plant closure will cut 640 jobs.", Verdict.supported),
        ("The plant closure will cut 460 jobs.", .refuted),
        ("The Plant Workers Union says the closure will cut 640 jobs.", .notMentioned),
    ])
    func sameParagraph(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.oneParagraph, statement, expected, file: "plant.yaml")
    }

    @Test func anotherParagraphIsNoContext() throws {
        try InlineBank.expect(Self.twoParagraphs, "The plant closure will cut 640 jobs.", .notMentioned, file: "plant.yaml")
    }

    @Test func theLastWordNeedsItsOwnSentence() throws {
        try InlineBank.expect(Self.oneParagraph, "The closure will cut 640 jobs in the plant.", .notMentioned, file: "plant.yaml")
    }
}

/// A position backs the verb of its office: a leader leads, a director directs.
@Suite struct OfficeVerbTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: museum, title: Museum, text: "Ana Ruiz, the director of the Halden Museum, opened the new wing. The Carrow Gallery stayed shut."}
        entities:
          - {id: ruiz, type: person, name: Ana Ruiz, aliases: [Ruiz]}
          - {id: museum, type: organisation, name: Halden Museum, aliases: [the museum]}
          - {id: gallery, type: organisation, name: Carrow Gallery}
        facts:
          - {id: ruiz-position, category: position, subject: ruiz, role: director, of: museum,
             evidence: "Ana Ruiz, the director of the Halden Museum", statement: Ana Ruiz is the director of the Halden Museum.}
          - {id: wing, category: event, subject: ruiz, predicate: open, what: the new wing,
             evidence: opened the new wing, statement: Ana Ruiz opened the new wing.}
          - {id: gallery-shut, category: event, subject: gallery, predicate: stay shut,
             evidence: The Carrow Gallery stayed shut, statement: The Carrow Gallery stayed shut.}
        """

    @Test(arguments: [
        ("Ana Ruiz directs the Halden Museum.", Verdict.supported),
        ("Ana Ruiz directs the Carrow Gallery.", .notMentioned),
    ])
    func officeVerbs(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "museum.yaml")
    }
}

/// A hope says what has not happened yet: a statement that it has ("already", "has secured"),
/// or that a past hope ("had hoped to buy") came true, is refuted; a plain past stays silent.
@Suite struct HopeAndDoneTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: city, title: City, text: "Mayor Ana Ruiz, who chairs the board, said the city hopes to secure 120 million euros from the transport fund. The Glanmor Museum had hoped to buy the painting. Ruiz urged councillors to delay the vote."}
        entities:
          - {id: ruiz, type: person, name: Ana Ruiz, aliases: [Ruiz, the mayor]}
          - {id: city, type: organisation, name: the city}
          - {id: board, type: organisation, name: the board}
          - {id: fund, type: organisation, name: the transport fund}
          - {id: museum, type: organisation, name: Glanmor Museum, aliases: [the museum]}
          - {id: councillors, type: group, name: councillors}
        facts:
          - {id: chairs, category: position, subject: ruiz, role: chair, of: board,
             evidence: "Mayor Ana Ruiz, who chairs the board", statement: Ana Ruiz chairs the board.}
          - {id: hope, category: stance, subject: city, predicate: hope, object: fund,
             what: secure 120 million euros from the transport fund, quantity: {value: 120000000, unit: euro}, certainty: hoped,
             evidence: said the city hopes to secure 120 million euros from the transport fund,
             statement: The city hopes to secure 120 million euros from the transport fund.}
          - {id: museum-hope, category: stance, subject: museum, predicate: hope, what: buy the painting, certainty: hoped,
             evidence: The Glanmor Museum had hoped to buy the painting, statement: The Glanmor Museum had hoped to buy the painting.}
          - {id: delay, category: stance, subject: ruiz, predicate: urge, object: councillors, what: delay the vote,
             evidence: Ruiz urged councillors to delay the vote, statement: Ruiz urged councillors to delay the vote.}
        """

    @Test(arguments: [
        ("The city has already secured 120 million euros from the transport fund.", Verdict.refuted),
        ("The city has secured 120 million euros from the transport fund.", .refuted),
        ("Ruiz, who chairs the board, said the city has already received 120 million euros from the transport fund.", .refuted),
        ("The city hopes to obtain 120 million euros from the transport fund.", .supported),
        ("The Glanmor Museum bought the painting.", .refuted),
        ("The city secured 120 million euros from the transport fund.", .notMentioned),
        ("Ruiz urged councillors to postpone the vote.", .supported),
    ])
    func hopes(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "city.yaml")
    }
}

/// A later item of a list of places is placed as the first is ("in the United States, Canada
/// and Mexico"); a country after a city ("based in Cork, Ireland") is not a place of its own.
/// "Free of charge" denies a charge.
@Suite struct PlaceListAndFreeOfTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: recall, title: Recall, text: "Halvorsen will recall 412,000 cars in the United States, Canada and Mexico. Ardmore, its supplier, is based in Cork, Ireland. Dealers will replace the sensor free of charge."}
        entities:
          - {id: halvorsen, type: organisation, name: Halvorsen}
          - {id: ardmore, type: organisation, name: Ardmore}
          - {id: dealers, type: group, name: dealers}
          - {id: us, type: country, name: United States, aliases: [the United States]}
          - {id: canada, type: country, name: Canada}
          - {id: mexico, type: country, name: Mexico}
          - {id: ireland, type: country, name: Ireland, aliases: [Dublin]}
          - {id: cork, type: place, name: Cork}
        facts:
          - {id: recall, category: event, subject: halvorsen, predicate: recall, what: "412,000 cars", place: us,
             quantity: {value: 412000, unit: car}, certainty: planned,
             evidence: "Halvorsen will recall 412,000 cars in the United States, Canada and Mexico",
             statement: "Halvorsen will recall 412,000 cars in the United States, Canada and Mexico."}
          - {id: base, category: topic, subject: ardmore, predicate: base, place: cork,
             evidence: "Ardmore, its supplier, is based in Cork, Ireland", statement: Ardmore is based in Cork.}
          - {id: free, category: event, subject: dealers, predicate: replace, what: the sensor free of charge,
             evidence: Dealers will replace the sensor free of charge, statement: Dealers will replace the sensor free of charge.}
        """

    @Test(arguments: [
        ("Halvorsen will recall cars in Canada.", Verdict.supported),
        ("Halvorsen will recall cars in Mexico.", .supported),
        ("Ardmore is based in Dublin.", .refuted),
        ("Dealers will replace the sensor free of charge.", .supported),
        ("Dealers will charge for replacing the sensor.", .refuted),
    ])
    func placesAndCharges(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "recall.yaml")
    }
}

/// A life: works with ordinals in their names, a denial, a town named after its kind, and a
/// relative's own dates.
@Suite struct LifeRuleTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: life, title: Life, text: "Born in 1941 in the fishing town of Tervik, Holt studied violin. The orchestra will perform his Ninth Symphony on Friday. He refused to record his own Fifth Symphony for 30 years. His son, Pieter, died in 2011. He won his first Lindqvist Award in 1988 and his fourth in 1997. A private funeral will be held on Thursday in Tervik, and the orchestra hopes to hold a public memorial concert in January."}
        entities:
          - {id: holt, type: person, name: Jon Holt, aliases: [Holt]}
          - {id: pieter, type: person, name: Pieter, aliases: [Pieter]}
          - {id: orchestra, type: organisation, name: the orchestra, aliases: [the orchestra]}
          - {id: tervik, type: place, name: Tervik, aliases: [Tervik]}
          - {id: ninth, type: event, name: Ninth Symphony, aliases: [Ninth Symphony]}
          - {id: fifth, type: event, name: Fifth Symphony, aliases: [Fifth Symphony]}
        facts:
          - {id: born, category: date, subject: holt, predicate: bear, when: {year: 1941}, place: tervik,
             evidence: "Born in 1941 in the fishing town of Tervik", statement: Holt was born in 1941 in the fishing town of Tervik.}
          - {id: perform, category: date, subject: orchestra, predicate: perform, object: ninth, when: {weekday: Friday}, certainty: planned,
             evidence: The orchestra will perform his Ninth Symphony on Friday, statement: The orchestra will perform his Ninth Symphony on Friday.}
          - {id: refuse, category: stance, subject: holt, predicate: refuse, object: fifth, ordinal: 5, quantity: {value: 30, unit: year},
             evidence: He refused to record his own Fifth Symphony for 30 years, statement: Holt refused to record his own Fifth Symphony for 30 years.}
          - {id: son, category: position, subject: pieter, role: son, of: holt, evidence: "His son, Pieter", statement: Pieter is Holt's son.}
          - {id: died, category: date, subject: pieter, predicate: die, when: {year: 2011},
             evidence: "His son, Pieter, died in 2011", statement: Pieter died in 2011.}
          - {id: first, category: date, subject: holt, predicate: win, ordinal: 1, when: {year: 1988},
             evidence: He won his first Lindqvist Award in 1988, statement: Holt won his first Lindqvist Award in 1988.}
          - {id: fourth, category: date, subject: holt, predicate: win, ordinal: 4, when: {year: 1997},
             evidence: He won his first Lindqvist Award in 1988 and his fourth in 1997, statement: Holt won his fourth Lindqvist Award in 1997.}
          - {id: funeral, category: date, predicate: hold, what: a private funeral, when: {weekday: Thursday}, place: tervik, certainty: planned,
             evidence: A private funeral will be held on Thursday in Tervik, statement: A private funeral will be held on Thursday in Tervik.}
          - {id: memorial, category: date, subject: orchestra, predicate: hold, what: a public memorial concert, when: {month: January}, certainty: hoped,
             evidence: the orchestra hopes to hold a public memorial concert in January, statement: The orchestra hopes to hold a public memorial concert in January.}
        """

    @Test(arguments: [
        // "in the fishing town of Tervik" gives Tervik as where he was born.
        ("Holt was born in Tervik.", Verdict.supported),
        // A work another sentence names is not put where this one names another.
        ("The orchestra will perform his Fifth Symphony on Friday.", .refuted),
        ("The orchestra will perform his Ninth Symphony on Friday.", .supported),
        // The same denial with another value is wrong, not backed.
        ("Holt refused to record his own Third Symphony for 30 years.", .refuted),
        ("Holt refused to record his own Fifth Symphony for 30 years.", .supported),
        // "finally" is no rank ("the article says fifth, not final" before).
        ("Holt finally refused to record his own Fifth Symphony for 30 years.", .notMentioned),
        // Two facts of one sentence keep their values apart: the first in 1988, the fourth in 1997.
        ("Holt won his first Lindqvist Award in 1997.", .refuted),
        ("Holt won his fourth Lindqvist Award in 1997.", .supported),
        ("Holt won his first Lindqvist Award in 1988.", .supported),
        // The fact's own words hold the opposite; the word itself stands in the other clause.
        ("A public funeral will be held on Thursday in Tervik.", .refuted),
        ("A private funeral will be held on Thursday in Tervik.", .supported),
        ("The orchestra hopes to hold a public memorial concert in January.", .supported),
        // His son's year of death says nothing of his own.
        ("Holt died in 2025.", .notMentioned),
        ("Pieter died in 2013.", .refuted),
    ])
    func aLife(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "life.yaml")
    }
}

/// Values of two facts of one sentence stay with their own fact.
@Suite struct PairedValueTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: trains, title: Trains, text: "Valley Rail will operate two trains an hour on weekdays and one an hour on Sundays."}
        entities:
          - {id: valley, type: organisation, name: Valley Rail, aliases: [Valley Rail]}
        facts:
          - {id: weekdays, category: event, subject: valley, predicate: operate, what: trains an hour on weekdays, certainty: planned,
             quantity: {value: 2, unit: train}, evidence: will operate two trains an hour on weekdays, statement: Valley Rail will operate two trains an hour on weekdays.}
          - {id: sundays, category: event, subject: valley, predicate: operate, what: trains an hour on Sundays, certainty: planned,
             when: {weekday: Sunday}, quantity: {value: 1, unit: train}, evidence: one an hour on Sundays, statement: Valley Rail will operate one train an hour on Sundays.}
        """

    @Test(arguments: [
        ("There will be two trains an hour on Sundays.", Verdict.refuted),
        ("Valley Rail will operate one train an hour on Sundays.", .supported),
        ("Valley Rail will operate two trains an hour on weekdays.", .supported),
    ])
    func aFigureStaysWithItsDay(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "trains.yaml")
    }
}

/// What a count counts stays with its figure.
@Suite struct CountedWordTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: schools, title: Schools, text: "The authority voted on Tuesday to close three primary schools and merge two secondary schools."}
        entities:
          - {id: authority, type: organisation, name: the authority, aliases: [the authority]}
        facts:
          - {id: vote, category: date, subject: authority, predicate: vote, when: {weekday: Tuesday},
             quantity: [{value: 3, unit: school}, {value: 2, unit: school}],
             evidence: The authority voted on Tuesday to close three primary schools and merge two secondary schools,
             statement: The authority voted on Tuesday to close three primary schools and merge two secondary schools.}
        """

    @Test(arguments: [
        ("The authority voted to merge three secondary schools.", Verdict.refuted),
        ("The authority voted to close two primary schools.", .refuted),
        ("The authority voted to close three primary schools.", .supported),
        ("The authority voted to merge two secondary schools.", .supported),
    ])
    func aCountKeepsItsWords(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "schools.yaml")
    }
}

/// What a figure is of, from the words before it back to the figure before.
@Suite struct FigureLeadTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: effects, title: Effects, text: "The most common side effects were pain at the injection site, reported by 31 percent of those vaccinated, and mild fatigue, reported by 12 percent. Ticket income reached 2.7 million pounds, up from 2.3 million pounds in 2024. The ballot closed on April 30, with 82 percent voting for strike action on a turnout of 74 percent."}
        entities: []
        facts:
          - {id: effects, category: topic, what: side effects, quantity: [{value: 31, unit: percent}, {value: 12, unit: percent}],
             evidence: "The most common side effects were pain at the injection site, reported by 31 percent of those vaccinated, and mild fatigue, reported by 12 percent",
             statement: "The most common side effects were pain at the injection site, reported by 31 percent of those vaccinated, and mild fatigue, reported by 12 percent."}
          - {id: income, category: topic, what: ticket income, quantity: [{value: 2700000, unit: pound}, {value: 2300000, unit: pound}], when: {year: 2024},
             evidence: "Ticket income reached 2.7 million pounds, up from 2.3 million pounds in 2024", statement: "Ticket income reached 2.7 million pounds, up from 2.3 million pounds in 2024."}
          - {id: ballot, category: topic, what: the ballot, when: {month: April, day: 30}, quantity: [{value: 82, unit: percent}, {value: 74, unit: percent}],
             evidence: "The ballot closed on April 30, with 82 percent voting for strike action on a turnout of 74 percent",
             statement: "The ballot closed on April 30, with 82 percent voting for strike action on a turnout of 74 percent."}
        """

    @Test(arguments: [
        ("Mild fatigue was reported by 31 percent of those vaccinated.", Verdict.refuted),
        ("Mild fatigue was reported by 12 percent of those vaccinated.", .supported),
        ("Pain at the injection site was reported by 31 percent of those vaccinated.", .supported),
        // "up from": the figure has no words of its own and is of the ticket income too.
        ("Ticket income was 2.3 million pounds in 2024.", .supported),
        // A figure with its words after it ("82 percent voting for strike action").
        ("Turnout in the ballot was 82 percent.", .refuted),
        ("Turnout in the ballot was 74 percent.", .supported),
    ])
    func aFigureKeepsItsWords(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "effects.yaml")
    }
}

/// A title that names one person, given to another.
@Suite struct SomeoneElsesTitleTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: cup, title: Cup, text: "Bay captain Tomas Reyes levelled in the 34th minute, but Rovers went ahead when Callum Ashdown converted a penalty."}
        entities:
          - {id: bay, type: organisation, name: Kestrel Bay, aliases: [Bay, Kestrel Bay]}
          - {id: rovers, type: organisation, name: Millbrook Rovers, aliases: [Rovers, Millbrook]}
          - {id: reyes, type: person, name: Tomas Reyes, aliases: [Reyes]}
          - {id: ashdown, type: person, name: Callum Ashdown, aliases: [Ashdown]}
        facts:
          - {id: captain, category: position, subject: reyes, role: captain, of: bay, evidence: Bay captain Tomas Reyes, statement: Tomas Reyes is the captain of Kestrel Bay.}
          - {id: level, category: event, subject: reyes, predicate: level, ordinal: 34, evidence: Tomas Reyes levelled in the 34th minute, statement: Reyes levelled in the 34th minute.}
          - {id: penalty, category: event, subject: ashdown, predicate: convert, what: a penalty, evidence: Callum Ashdown converted a penalty, statement: Callum Ashdown converted a penalty.}
        """

    @Test(arguments: [
        ("Callum Ashdown is Millbrook's captain.", Verdict.notMentioned),
        ("Callum Ashdown is the captain of Kestrel Bay.", .refuted),
        ("Tomas Reyes is Bay's captain.", .supported),
    ])
    func aTitleStaysWithItsHolder(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "cup.yaml")
    }
}

/// "Refused to say whether": the saying itself is denied; "said ... not": a saying of a denial.
@Suite struct DeniedSayingTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: say, title: Say, text: "Marsh denied that the authority had misled councillors over costs and refused to say whether contractors would face penalties. Wang said the ties were not meant to counter US policies."}
        entities:
          - {id: marsh, type: person, name: Ana Marsh, aliases: [Marsh]}
          - {id: contractors, type: group, name: contractors, aliases: [contractors]}
          - {id: wang, type: person, name: Wang Yi, aliases: [Wang]}
        facts:
          - {id: denies, category: stance, subject: marsh, predicate: deny, what: the authority had misled councillors over costs,
             evidence: Marsh denied that the authority had misled councillors over costs, statement: Marsh denied that the authority had misled councillors over costs.}
          - {id: refuses, category: speaker, subject: marsh, predicate: say, object: contractors, what: whether contractors would face penalties, polarity: negative,
             evidence: refused to say whether contractors would face penalties, statement: Marsh refused to say whether contractors would face penalties.}
          - {id: ties, category: speaker, subject: wang, predicate: say, what: the ties were meant to counter US policies, polarity: negative,
             evidence: Wang said the ties were not meant to counter US policies, statement: Wang said the ties were not meant to counter US policies.}
        """

    @Test(arguments: [
        ("Marsh said contractors would face penalties.", Verdict.refuted),
        // "refused" after "denied that ... and" denies its own clause; it does not undo "denied".
        ("Marsh refused to say whether contractors would face penalties.", .supported),
        ("Marsh denied that the authority had misled councillors over costs.", .supported),
        ("Wang said the ties were not meant to counter US policies.", .supported),
    ])
    func theSayingOrWhatWasSaid(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "say.yaml")
    }
}

/// Talks between two countries: a place named with its country's adjective, a schedule, two
/// attempts with their causes, a denial by a spokeswoman, a role made from a title, and one
/// party's share this year next to another figure of an earlier year.
@Suite struct ScheduleCauseAndDenierTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: talks, title: Talks, text: "The ministers ended two days of talks in the Kestovan lakeside city of Orvane. The handover is planned for Friday, March 14. In Kestova, opposition leader Pavel Santek accused the government. Government spokeswoman Lena Brandt denied that the aid had been linked to the deal. The first attempt was called off because of high winds, and the second was halted when engineers found a fuel leak. The Social Party won 24.9 percent, down from 61 seats at the previous election in 2021."}
        entities:
          - {id: ministers, type: group, name: the ministers, aliases: [the ministers]}
          - {id: orvane, type: place, name: Orvane, aliases: [Orvane, the lakeside city of Orvane]}
          - {id: kestova, type: country, name: Kestova, aliases: [Kestova, Kestovan]}
          - {id: velmaria, type: country, name: Velmaria, aliases: [Velmaria, Velmarian]}
          - {id: santek, type: person, name: Pavel Santek, aliases: [Santek, Pavel Santek]}
          - {id: brandt, type: person, name: Lena Brandt, aliases: [Brandt, Lena Brandt]}
          - {id: engineers, type: group, name: engineers, aliases: [engineers]}
          - {id: social, type: organisation, name: Social Party, aliases: [the Social Party]}
          - {id: greens, type: organisation, name: Green Party, aliases: [the Green Party]}
        facts:
          - {id: talks-place, category: event, subject: ministers, predicate: hold talks, place: orvane,
             evidence: ended two days of talks in the Kestovan lakeside city of Orvane, statement: The talks were held in Orvane.}
          - {id: handover, category: date, predicate: hand over, what: the prisoner handover, certainty: planned,
             when: {weekday: Friday, month: March, day: 14},
             evidence: "The handover is planned for Friday, March 14", statement: "The prisoner handover is planned for Friday, March 14."}
          - {id: santek-position, category: position, subject: santek, role: opposition leader, of: kestova,
             evidence: "In Kestova, opposition leader Pavel Santek", statement: Pavel Santek is an opposition leader in Kestova.}
          - {id: santek-accuses, category: stance, subject: santek, predicate: accuse, what: the government,
             evidence: opposition leader Pavel Santek accused the government, statement: Santek accused the government.}
          - {id: brandt-denies, category: stance, subject: brandt, predicate: deny, what: the aid had been linked to the deal,
             evidence: Lena Brandt denied that the aid had been linked to the deal, statement: Brandt denied that the aid had been linked to the deal.}
          - {id: first-winds, category: event, predicate: call off, what: the first launch attempt, ordinal: 1,
             evidence: The first attempt was called off because of high winds, statement: The first launch attempt was called off because of high winds.}
          - {id: leak, category: event, subject: engineers, predicate: find, what: a fuel leak,
             evidence: the second was halted when engineers found a fuel leak, statement: The second attempt was halted when engineers found a fuel leak.}
          - {id: share, category: event, subject: social, predicate: win, quantity: {value: 24.9, unit: percent},
             evidence: The Social Party won 24.9 percent, statement: The Social Party won 24.9 percent.}
          - {id: earlier-seats, category: event, subject: social, predicate: win, what: seats at the previous election,
             quantity: {value: 61, unit: seat}, when: {year: 2021},
             evidence: down from 61 seats at the previous election in 2021, statement: The Social Party won 61 seats in 2021.}
        """

    @Test(arguments: [
        // A place after "in the Kestovan lakeside city of", and its denial.
        ("The talks were held in Orvane.", Verdict.supported),
        ("The talks were not held in Orvane.", .refuted),
        // The role made from a title does not reach across the comma after "In Kestova,".
        ("Pavel Santek is an opposition leader in Kestova.", .supported),
        // Schedule words back each other; the `what` of the fact backs "prisoner".
        ("The prisoner handover is scheduled for Friday, March 14.", .supported),
        ("The handover is due to take place on Friday, March 14.", .supported),
        ("The prisoner handover is scheduled for Saturday, March 14.", .refuted),
        // Another's denial, and rejecting claims as a denial.
        ("Santek denied that the aid had been linked to the deal.", .refuted),
        ("Brandt rejected claims that the aid had been linked to the deal.", .supported),
        // The cause of another event.
        ("The first attempt was called off because of a fuel leak.", .refuted),
        ("The first attempt was called off owing to high winds.", .supported),
        // ... also as the doer.
        ("High winds halted the second attempt.", .refuted),
        ("High winds halted the first attempt.", .supported),
        // A share in 2021 is not this year's share, nor another party's.
        ("The Social Party won 29.7 percent in 2021.", .notMentioned),
        ("The Green Party won 30 percent.", .notMentioned),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "talks.yaml")
    }
}

/// A place the article names after its country's adjective and a noun ("the Kestovan lakeside
/// city of Orvane"), in a bank whose alias is the name alone: another country's adjective is refuted.
@Suite struct AdjectiveBeforeThePlacesNounTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: talks, title: Talks, text: "The foreign ministers of Kestova and Velmaria agreed on Tuesday to cut tariffs, ending two days of talks in the Kestovan lakeside city of Orvane."}
        entities:
          - {id: ministers, type: group, name: the foreign ministers, aliases: [the foreign ministers]}
          - {id: orvane, type: place, name: Orvane, aliases: [Orvane]}
          - {id: kestova, type: country, name: Kestova, aliases: [Kestova, Kestovan]}
          - {id: velmaria, type: country, name: Velmaria, aliases: [Velmaria, Velmarian]}
        facts:
          - {id: end, category: event, subject: ministers, predicate: end, what: two days of talks, place: orvane,
             evidence: "The foreign ministers of Kestova and Velmaria agreed on Tuesday to cut tariffs, ending two days of talks in the Kestovan lakeside city of Orvane",
             statement: The foreign ministers ended two days of talks in Orvane.}
        """

    @Test(arguments: [
        ("Orvane is a Velmarian city.", Verdict.refuted),
        ("Orvane is a Kestovan city.", .supported),
        ("The foreign ministers ended two days of talks in Orvane.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "orvane.yaml")
    }
}

/// A flow named by its origin's adjective and its destination, turned round: "Sarmitian dairy
/// exports to Dravonia" where the article has Dravonian dairy exports to Sarmitia.
@Suite struct ReversedFlowTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: trade, title: Trade, text: "Dravonian dairy exports to Sarmitia dropped by 38 percent, the Dravonian Dairy Board said. Sarmitian steel exports to Dravonia fell to 1.2 billion crowns."}
        entities:
          - {id: dravonia, type: country, name: Dravonia, aliases: [Dravonia, Dravonian]}
          - {id: sarmitia, type: country, name: Sarmitia, aliases: [Sarmitia, Sarmitian]}
          - {id: board, type: organisation, name: Dravonian Dairy Board, aliases: [Dravonian Dairy Board, the board]}
        facts:
          - {id: dairy, category: event, subject: board, predicate: drop, what: Dravonian dairy exports to Sarmitia,
             quantity: {value: 38, unit: percent}, evidence: "Dravonian dairy exports to Sarmitia dropped by 38 percent, the Dravonian Dairy Board said",
             statement: The Dravonian Dairy Board said Dravonian dairy exports to Sarmitia dropped by 38 percent.}
          - {id: steel, category: event, subject: sarmitia, predicate: fall, what: steel exports to Dravonia,
             quantity: {value: 1200000000, unit: crown}, evidence: Sarmitian steel exports to Dravonia fell to 1.2 billion crowns,
             statement: Sarmitian steel exports to Dravonia fell to 1.2 billion crowns.}
        """

    @Test(arguments: [
        ("Sarmitian dairy exports to Dravonia dropped by 38 percent.", Verdict.refuted),
        ("Dravonian steel exports to Sarmitia fell to 1.2 billion crowns.", .refuted),
        ("Sarmitian steel exports to Dravonia fell to 1.2 billion crowns.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "trade.yaml")
    }
}

/// What comes from where, turned round: "joined Vejlby IF from Merriton" where the article has
/// him join Merriton from Vejlby IF (a nationality on the way is no name of the origin).
@Suite struct ReversedOriginTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: move, title: Move, text: "Sandgaard joined Merriton from Vejlby IF in 2021. Okafor moved to Halden from the Danish club Aarvik in 2019."}
        entities:
          - {id: sandgaard, type: person, name: Emil Sandgaard, aliases: [Sandgaard]}
          - {id: okafor, type: person, name: Ade Okafor, aliases: [Okafor]}
          - {id: merriton, type: organisation, name: Merriton Rovers, aliases: [Merriton Rovers, Merriton]}
          - {id: vejlby, type: organisation, name: Vejlby IF, aliases: [Vejlby IF, Vejlby]}
          - {id: halden, type: organisation, name: Halden FC, aliases: [Halden FC, Halden]}
          - {id: aarvik, type: organisation, name: Aarvik, aliases: [Aarvik]}
          - {id: denmark, type: country, name: Denmark, aliases: [Denmark, Danish]}
        facts:
          - {id: join, category: event, subject: sandgaard, predicate: join, object: merriton, what: from Vejlby IF,
             when: {year: 2021}, evidence: Sandgaard joined Merriton from Vejlby IF in 2021,
             statement: Sandgaard joined Merriton from Vejlby IF in 2021.}
          - {id: move, category: event, subject: okafor, predicate: move, object: halden, what: from the Danish club Aarvik,
             when: {year: 2019}, evidence: Okafor moved to Halden from the Danish club Aarvik in 2019,
             statement: Okafor moved to Halden from Aarvik in 2019.}
        """

    @Test(arguments: [
        ("Sandgaard joined Vejlby IF from Merriton in 2021.", Verdict.refuted),
        ("Sandgaard joined Merriton from Vejlby IF in 2021.", .supported),
        ("Okafor moved to Halden from the Danish club Aarvik.", .supported),
        ("Okafor moved to Aarvik from Halden in 2019.", .refuted),
        ("Okafor moved to Halden from Aarvik in 2019.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "move.yaml")
    }
}

/// Two countries in a deal: where a city lies, whom posts are for, counts compared, a change
/// given by its size, a meeting only expected, and a proposal one minister rejected.
@Suite struct PlacesPostsAndCountsTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: deal, title: Deal, text: "The ministers agreed on Tuesday in the Kestovan city of Orvane. Kestova will release 28 detainees and Velmaria will free 18 prisoners. Velmaria will reduce its tariff on wheat from 18 percent to 9 percent. Kovec rejected a proposal to place the valley under joint administration. A fourth round of talks is expected to take place in June. Kestovan government spokeswoman Lena Brandt spoke after the talks."}
        entities:
          - {id: ministers, type: group, name: the ministers, aliases: [the ministers], members: [kovec]}
          - {id: orvane, type: place, name: Orvane, aliases: [Orvane, the city of Orvane]}
          - {id: kestova, type: country, name: Kestova, aliases: [Kestova, Kestovan]}
          - {id: velmaria, type: country, name: Velmaria, aliases: [Velmaria, Velmarian, the Velmarian government]}
          - {id: kovec, type: person, name: Dario Kovec, aliases: [Kovec], represents: velmaria}
          - {id: brandt, type: person, name: Lena Brandt, aliases: [Brandt, Lena Brandt, the spokeswoman], represents: kestova}
        lexicon:
          synonyms:
            - [detainee, prisoner]
        facts:
          - {id: agreed, category: event, subject: ministers, predicate: agree, place: orvane, when: {weekday: Tuesday},
             evidence: The ministers agreed on Tuesday in the Kestovan city of Orvane, statement: The ministers agreed on Tuesday in Orvane.}
          - {id: kestova-release, category: event, subject: kestova, predicate: release, quantity: {value: 28, unit: detainee}, certainty: planned,
             evidence: Kestova will release 28 detainees, statement: Kestova will release 28 detainees.}
          - {id: velmaria-free, category: event, subject: velmaria, predicate: free, quantity: {value: 18, unit: prisoner}, certainty: planned,
             evidence: Velmaria will free 18 prisoners, statement: Velmaria will free 18 prisoners.}
          - {id: tariff, category: event, subject: velmaria, predicate: reduce, what: its tariff on wheat, certainty: planned,
             quantity: [{value: 18, unit: percent}, {value: 9, unit: percent}],
             evidence: Velmaria will reduce its tariff on wheat from 18 percent to 9 percent, statement: Velmaria will reduce its tariff on wheat from 18 percent to 9 percent.}
          - {id: rejects, category: stance, subject: kovec, predicate: reject, what: a proposal to place the valley under joint administration,
             evidence: Kovec rejected a proposal to place the valley under joint administration, statement: Kovec rejected a proposal to place the valley under joint administration.}
          - {id: fourth, category: event, subject: ministers, predicate: meet, what: the fourth round of talks, ordinal: 4, certainty: expected,
             when: {month: June}, evidence: A fourth round of talks is expected to take place in June, statement: A fourth round of talks is expected to take place in June.}
          - {id: brandt-position, category: position, subject: brandt, role: government spokeswoman, of: kestova,
             evidence: Kestovan government spokeswoman Lena Brandt, statement: Lena Brandt is the Kestovan government's spokeswoman.}
        """

    @Test(arguments: [
        ("Orvane is a Kestovan city.", Verdict.supported),
        ("Orvane is a Velmarian city.", .refuted),
        ("Orvane is a city in Velmaria.", .refuted),
        ("Lena Brandt is a spokeswoman for the Velmarian government.", .refuted),
        ("Kestova will release more prisoners than Velmaria.", .supported),
        ("Velmaria will release more prisoners than Kestova.", .refuted),
        ("Velmaria will cut its tariff on wheat by 18 percent.", .refuted),
        ("The fourth round of talks took place in June.", .refuted),
        ("The fourth round of talks will take place in June.", .supported),
        // "agreed" from the ministers' sentence is not pieced into Kovec's rejection.
        ("Kovec agreed to joint administration of the valley.", .notMentioned),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "deal.yaml")
    }
}

/// A carmaker's recall: words of saying that back each other, and what comes after.
@Suite struct SayingAndParaphraseTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: recall, title: Recall, text: "Halvorsen Motors said on Tuesday it would recall 412,000 vehicles. Shares in Halvorsen fell 6.4 percent after the strike."}
        entities:
          - {id: halvorsen, type: organisation, name: Halvorsen Motors, aliases: [Halvorsen, Halvorsen Motors]}
          - {id: strike, type: event, name: the strike, aliases: [the strike]}
        facts:
          - {id: recall, category: event, subject: halvorsen, predicate: recall, what: vehicles, certainty: planned,
             quantity: {value: 412000, unit: vehicle}, when: {weekday: Tuesday},
             evidence: "Halvorsen Motors said on Tuesday it would recall 412,000 vehicles", statement: "Halvorsen said on Tuesday it would recall 412,000 vehicles."}
          - {id: shares, category: event, subject: halvorsen, predicate: fall, what: shares, quantity: {value: 6.4, unit: percent},
             evidence: Shares in Halvorsen fell 6.4 percent after the strike, statement: Shares in Halvorsen fell 6.4 percent.}
        """

    @Test(arguments: [
        // "announced" where the article has "said"; not the passive, which says the thing was made known.
        ("Halvorsen announced the recall on Tuesday.", Verdict.supported),
        ("Halvorsen announced the recall on Wednesday.", .refuted),
        ("The strike was announced.", .notMentioned),
        // The saying happened, the recall is still planned.
        ("Halvorsen recalled 412,000 vehicles.", .refuted),
        ("Halvorsen announced that it had recalled 412,000 vehicles.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "recall.yaml")
    }
}

/// A fishing fleet and a housing report: names with a country in them, the whole of "N of M",
/// the two sides of a comparison, one place's figure given to another.
@Suite struct WholesSidesAndPlacesTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: fleet, title: Fleet, text: "The advisory council recommended that the mackerel catch be reduced by 22 percent. Chairman Bjarni Hallgrimsson of the Icelandic Pelagic Fleet Association said the plan would force as many as 40 of the association's 212 vessels to stay in port. Prices fell most sharply in the borough of Eastmoor, while Harrowfield was the only borough to record a rise. Just 1,920 new homes were completed in 2024, well short of the council's annual target of 3,500. The tenants' union warned that private rents were still rising faster than wages."}
        entities:
          - {id: advisory, type: organisation, name: the advisory council, aliases: [the advisory council]}
          - {id: hallgrimsson, type: person, name: Bjarni Hallgrimsson, aliases: [Hallgrimsson, Bjarni Hallgrimsson]}
          - {id: association, type: organisation, name: Icelandic Pelagic Fleet Association, aliases: [Icelandic Pelagic Fleet Association, the association, the fleet association]}
          - {id: iceland, type: country, name: Iceland, aliases: [Iceland, Icelandic]}
          - {id: norway, type: country, name: Norway, aliases: [Norway, Norwegian]}
          - {id: eastmoor, type: place, name: Eastmoor, aliases: [Eastmoor]}
          - {id: harrowfield, type: place, name: Harrowfield, aliases: [Harrowfield]}
          - {id: council, type: organisation, name: the council, aliases: [the council]}
          - {id: union, type: organisation, name: the tenants' union, aliases: [the tenants' union]}
        facts:
          - {id: cut, category: stance, subject: advisory, predicate: recommend, what: a cut in the mackerel catch, quantity: {value: 22, unit: percent},
             evidence: The advisory council recommended that the mackerel catch be reduced by 22 percent, statement: The advisory council recommended a 22 percent cut in the mackerel catch.}
          - {id: chair, category: position, subject: hallgrimsson, role: Chairman, of: association,
             evidence: Chairman Bjarni Hallgrimsson of the Icelandic Pelagic Fleet Association, statement: Bjarni Hallgrimsson is Chairman of the Icelandic Pelagic Fleet Association.}
          - {id: in-port, category: speaker, subject: hallgrimsson, predicate: say, what: the plan would force vessels to stay in port,
             quantity: {value: 40, unit: vessel},
             evidence: "said the plan would force as many as 40 of the association's 212 vessels to stay in port", statement: Hallgrimsson said the plan would force as many as 40 vessels to stay in port.}
          - {id: fleet, category: topic, subject: association, predicate: have, what: vessels, quantity: {value: 212, unit: vessel},
             evidence: "the association's 212 vessels", statement: The association has 212 vessels.}
          - {id: eastmoor-fall, category: event, predicate: fall, what: prices, place: eastmoor,
             evidence: Prices fell most sharply in the borough of Eastmoor, statement: Prices fell most sharply in Eastmoor.}
          - {id: harrowfield-rise, category: event, subject: harrowfield, predicate: rise, what: Harrowfield was the only borough to record a rise in prices,
             evidence: Harrowfield was the only borough to record a rise, statement: Harrowfield was the only borough to record a rise in prices.}
          - {id: completed, category: event, predicate: complete, what: new homes, quantity: {value: 1920, unit: home}, when: {year: 2024},
             evidence: "Just 1,920 new homes were completed in 2024", statement: "1,920 new homes were completed in 2024."}
          - {id: target, category: topic, subject: council, predicate: target, what: the annual target of new homes, quantity: {value: 3500, unit: home},
             evidence: "the council's annual target of 3,500", statement: "The council's annual target is 3,500 homes."}
          - {id: union-warns, category: stance, subject: union, predicate: warn, what: private rents were rising faster than wages,
             evidence: The tenants' union warned that private rents were still rising faster than wages, statement: The tenants' union warned that private rents were rising faster than wages.}
        """

    @Test(arguments: [
        // A word the stemmer cuts to a function word ("herring" to "her") is still a word.
        ("The advisory council recommended a cut in herring catches.", Verdict.notMentioned),
        // A country's adjective before words of an organisation's name; "chairs" for "Chairman".
        ("Bjarni Hallgrimsson chairs the Norwegian Pelagic Fleet Association.", .refuted),
        ("Bjarni Hallgrimsson chairs the Icelandic Pelagic Fleet Association.", .supported),
        // The whole of "40 of the association's 212 vessels" is not the count.
        ("Hallgrimsson said the plan would force as many as 212 vessels to stay in port.", .refuted),
        ("Hallgrimsson said the plan would force as many as 40 vessels to stay in port.", .supported),
        ("The association has 212 vessels.", .supported),
        // One place's figure given to another; the opposite of the fact's own predicate.
        ("Eastmoor was the only borough to record a rise in prices.", .refuted),
        ("Harrowfield was the only borough to record a rise in prices.", .supported),
        ("Harrowfield was the only borough to record a fall in prices.", .refuted),
        // A bare count given the words of another count of the sentence.
        ("The council's annual target is 1,920 new homes.", .refuted),
        ("The council's annual target is 3,500 new homes.", .supported),
        // The two sides of a comparison swapped.
        ("The tenants' union warned that wages were rising faster than private rents.", .refuted),
        ("The tenants' union warned that private rents were rising faster than wages.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "fleet.yaml")
    }
}

/// Figures of what a statement names: a mountain's height given in two units, the turbines of
/// two phases together, another team's size.
@Suite struct FiguresOfNamedTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: peak, title: Peak, text: "A six-member expedition turned back on the 7,452-metre (24,449-foot) mountain. An Italian team abandoned its own attempt. The first two phases of the wind farm, completed in 2019, have a combined capacity of 860 megawatts from 102 turbines."}
        entities:
          - {id: team, type: group, name: the expedition, aliases: [the expedition, the team]}
          - {id: italian-team, type: group, name: the Italian team, aliases: [the Italian team, an Italian team]}
          - {id: kharsang, type: place, name: Kharsang Peak, aliases: [Kharsang Peak, the mountain]}
          - {id: farm, type: place, name: the wind farm, aliases: [the wind farm, Kestrel Bank]}
        facts:
          - {id: team-size, category: topic, subject: team, quantity: {value: 6, unit: member},
             evidence: A six-member expedition, statement: The expedition had six members.}
          - {id: height-metres, category: topic, subject: kharsang, what: height of the mountain, quantity: {value: 7452, unit: metre},
             evidence: "the 7,452-metre (24,449-foot) mountain", statement: "Kharsang Peak is 7,452 metres high."}
          - {id: italian, category: event, subject: italian-team, predicate: abandon, what: its own attempt,
             evidence: An Italian team abandoned its own attempt, statement: The Italian team abandoned its attempt.}
          - {id: turbines, category: topic, subject: farm, what: turbines of the first two phases, quantity: {value: 102, unit: turbine},
             evidence: a combined capacity of 860 megawatts from 102 turbines, statement: The first two phases of the wind farm have 102 turbines.}
        """

    @Test(arguments: [
        // "high" backed by the `what` "height" (WordNet's attribute values), the figure compared.
        ("The mountain is 7,452 metres high.", Verdict.supported),
        ("The mountain is 7,542 metres high.", .refuted),
        // A figure within rounding of the other unit's is still wrong in the article's own unit.
        ("Kharsang Peak is 24,500 feet high.", .refuted),
        ("Kharsang Peak is 24,449 feet high.", .supported),
        // Another group's size; one phase of two.
        ("The Italian team had five members.", .notMentioned),
        ("The first phase of the wind farm has 40 turbines.", .notMentioned),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "peak.yaml")
    }
}

/// An election and a school plan: who did it, when another fact of the named one matches
/// better, in the passive, and with a verb that works both ways ("close").
@Suite struct DoerOrDoneToTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: vote, title: Vote, text: "The Civic Union won the election, taking 63 of the 180 seats. The Social Democratic Party won 50 seats. The council approved a plan to extend the city's tram network to Northgate. The primary schools to close are Hollins Lane and Corrie Bank. A court ordered the water authority to pay damages."}
        entities:
          - {id: cu, type: organisation, name: Civic Union, aliases: [the Civic Union]}
          - {id: sdp, type: organisation, name: Social Democratic Party, aliases: [the Social Democratic Party]}
          - {id: council, type: organisation, name: the council, aliases: [the council]}
          - {id: network, type: organisation, name: the city's tram network, aliases: [the city's tram network, the tram network]}
          - {id: extension, type: event, name: the tram extension, aliases: [the tram extension]}
          - {id: northgate, type: place, name: Northgate, aliases: [Northgate]}
          - {id: authority, type: organisation, name: the school authority, aliases: [the school authority]}
          - {id: hollins, type: organisation, name: Hollins Lane, aliases: [Hollins Lane]}
          - {id: corrie, type: organisation, name: Corrie Bank, aliases: [Corrie Bank]}
          - {id: court, type: organisation, name: a court, aliases: [a court, the court]}
          - {id: water, type: organisation, name: the water authority, aliases: [the water authority]}
          - {id: residents, type: group, name: the residents, aliases: [the residents]}
        facts:
          - {id: cu-seats, category: event, subject: cu, predicate: take, quantity: {value: 63, unit: seat},
             evidence: taking 63 of the 180 seats, statement: The Civic Union took 63 seats.}
          - {id: sdp-seats, category: event, subject: sdp, predicate: win, quantity: {value: 50, unit: seat},
             evidence: The Social Democratic Party won 50 seats, statement: The Social Democratic Party won 50 seats.}
          - {id: extend, category: topic, subject: extension, predicate: extend, object: northgate, place: northgate,
             evidence: "to extend the city's tram network to Northgate", statement: The plan extends the city's tram network to Northgate.}
          - {id: close, category: topic, subject: authority, predicate: close, topics: [Hollins Lane, Corrie Bank], certainty: planned,
             evidence: The primary schools to close are Hollins Lane and Corrie Bank, statement: The primary schools to close are Hollins Lane and Corrie Bank.}
          - {id: order, category: event, subject: court, predicate: order, object: water, what: pay damages,
             evidence: A court ordered the water authority to pay damages, statement: A court ordered the water authority to pay damages.}
        """

    @Test(arguments: [
        // The named one's own fact matches far better than another party's "won".
        ("The Civic Union won 63 seats.", Verdict.supported),
        ("The Civic Union won 50 seats.", .refuted),
        // The passive's subject is what is done to, not the doer.
        ("The city's tram network will be extended to Northgate.", .supported),
        ("The residents were ordered to pay damages.", .refuted),
        // "close" both ways: the schools close, the authority closes them.
        ("Hollins Lane and Corrie Bank are to close.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "vote.yaml")
    }
}

/// Where a denial reaches: "not ... until" a date, a second verb with its own auxiliary, "in
/// front of".
@Suite struct DenialReachTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: reach, title: Reach, text: "The intrusion began on March 3 but was not discovered until May 19. Flights will not resume until the inquiry ends. Haugland said the delegation did not consider the talks over and had invited Iceland back to the table. A sell-out crowd watched a final that swung back and forth."}
        entities:
          - {id: intrusion, type: event, name: the intrusion, aliases: [the intrusion, the breach]}
          - {id: haugland, type: person, name: Lars Haugland, aliases: [Haugland]}
          - {id: delegation, type: group, name: the delegation, aliases: [the delegation]}
          - {id: iceland, type: country, name: Iceland, aliases: [Iceland]}
          - {id: final, type: event, name: the final, aliases: [the final]}
        facts:
          - {id: discovered, category: event, subject: intrusion, predicate: discover, when: {month: May, day: 19},
             evidence: was not discovered until May 19, statement: The intrusion was discovered on May 19.}
          - {id: flights, category: event, predicate: resume, what: flights, polarity: negative,
             evidence: Flights will not resume until the inquiry ends, statement: Flights will not resume until the inquiry ends.}
          - {id: invited, category: event, subject: delegation, predicate: invite, object: iceland,
             evidence: had invited Iceland back to the table, statement: The delegation had invited Iceland back to the table.}
          - {id: crowd, category: event, subject: final, predicate: watch, what: a sell-out crowd,
             evidence: A sell-out crowd watched a final that swung back and forth, statement: A sell-out crowd watched the final.}
        """

    @Test(arguments: [
        ("The breach was discovered on May 19.", Verdict.supported),
        ("The breach was discovered on May 20.", .refuted),
        ("Flights will resume.", .refuted),
        ("The delegation had invited Iceland back to the table.", .supported),
        // "in front of" denies nothing; "was played" only says the final took place.
        ("The final was played in front of a sell-out crowd.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "reach.yaml")
    }
}

/// A phrase at the end that makes a claim of its own: a participle after a comma ("driven by
/// ..."), one without ("caused by ..."), a phrase of time ("after protests"); not a verb's change
/// ("have risen by 20 percent") nor a hyphenated word ("after-hours").
@Suite struct TrailingPhraseTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: rents, title: Rents, text: "Average monthly rents rose 6.8 percent. The authority faced a 4.2 million pound shortfall. The authority rejected the cable route. Shares rose 7.4 percent on Tuesday. The board held a vote on Monday."}
        entities:
          - {id: authority, type: organisation, name: the authority, aliases: [the authority]}
        facts:
          - {id: rents, category: event, predicate: rise, what: average monthly rents, quantity: {value: 6.8, unit: percent},
             evidence: Average monthly rents rose 6.8 percent, statement: Average monthly rents rose 6.8 percent.}
          - {id: shortfall, category: event, subject: authority, predicate: face, what: a shortfall, quantity: {value: 4200000, unit: pound},
             evidence: The authority faced a 4.2 million pound shortfall, statement: The authority faced a 4.2 million pound shortfall.}
          - {id: route, category: event, subject: authority, predicate: reject, what: the cable route,
             evidence: The authority rejected the cable route, statement: The authority rejected the cable route.}
          - {id: shares, category: event, predicate: rise, what: shares, quantity: {value: 7.4, unit: percent}, when: {weekday: Tuesday},
             evidence: Shares rose 7.4 percent on Tuesday, statement: Shares rose 7.4 percent on Tuesday.}
          - {id: vote, category: event, predicate: hold, what: a vote, when: {weekday: Monday},
             evidence: The board held a vote on Monday, statement: The board held a vote on Monday.}
        """

    @Test(arguments: [
        ("Average monthly rents rose 6.8 percent, driven by demand from students.", Verdict.partlySupported),
        ("The authority faced a 4.2 million pound shortfall caused by cuts in government funding.", .partlySupported),
        ("The authority rejected the cable route after protests by birdwatchers.", .partlySupported),
        ("Average monthly rents have risen by 20 percent since 2019.", .notMentioned),
        ("Shares fell in after-hours trading on Wednesday.", .notMentioned),
        // Both things are in the article, but not that one came after the other.
        ("The authority rejected the cable route after the vote.", .partlySupported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "rents.yaml")
    }

    /// Another sentence's "after" does not join two events of the statement, nor do two parts
    /// that are each in the article ("after the vote" where the vote came after a debate).
    @Test func anotherSentencesAfterJoinsNothing() throws {
        let bank = Self.bank.replacingOccurrences(of: "The board held a vote on Monday.", with: "The board held a vote on Monday after a long debate.")
            .replacingOccurrences(of: "evidence: The board held a vote on Monday,", with: "evidence: The board held a vote on Monday after a long debate,")
        try InlineBank.expect(bank, "The authority rejected the cable route after the vote.", .notMentioned, file: "rents.yaml")
    }
}

/// What is asked for has not been done: "applied for approval", "apply to the court for a
/// review"; "push for the summit" names no act.
@Suite struct AskedForTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: asked, title: Asked, text: "Halden announced on Thursday that it had applied for approval to the National Medicines Agency. Pellow said the group would apply to the High Court for a judicial review within six weeks."}
        entities:
          - {id: halden, type: organisation, name: Halden, aliases: [Halden, the company]}
          - {id: agency, type: organisation, name: National Medicines Agency, aliases: [the National Medicines Agency, the agency]}
          - {id: pellow, type: person, name: Tom Pellow, aliases: [Pellow]}
          - {id: group, type: group, name: the group, aliases: [the group]}
          - {id: court, type: organisation, name: the High Court, aliases: [the High Court]}
        facts:
          - {id: applied, category: event, subject: halden, predicate: apply, object: agency, when: {weekday: Thursday},
             evidence: it had applied for approval to the National Medicines Agency, statement: Halden applied for approval to the National Medicines Agency.}
          - {id: review, category: speaker, subject: pellow, predicate: say, what: the group would apply for a judicial review,
             quantity: {value: 6, unit: week},
             evidence: said the group would apply to the High Court for a judicial review within six weeks, statement: Pellow said the group would apply for a judicial review within six weeks.}
        """

    @Test(arguments: [
        ("Halden applied for approval to the National Medicines Agency.", Verdict.supported),
        ("The National Medicines Agency approved Halden's application.", .notMentioned),
        ("Pellow said the group would apply for a judicial review within six weeks.", .supported),
        ("Pellow said the group would apply for a judicial review within six months.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "asked.yaml")
    }
}

/// Speeds: a length per hour, in any of its spellings, compared in its own dimension.
@Suite struct SpeedTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: fire, title: Fire, text: "The fire spread quickly on Tuesday, driven by gusts of up to 90 km/h."}
        entities:
          - {id: fire, type: event, name: the fire, aliases: [the fire, the wildfire]}
        facts:
          - {id: gusts, category: event, subject: fire, predicate: spread, what: gusts of wind, quantity: {value: 90, unit: km/h},
             when: {weekday: Tuesday},
             evidence: "The fire spread quickly on Tuesday, driven by gusts of up to 90 km/h", statement: The fire was driven by gusts of up to 90 km/h.}
        """

    @Test(arguments: [
        ("The fire was driven by gusts of up to 90 kilometres per hour.", Verdict.supported),
        ("The fire was driven by gusts of up to 56 mph.", .supported),
        ("The fire was driven by gusts of up to 90 mph.", .refuted),
        ("The fire was driven by gusts of up to 120 km/h.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "fire.yaml")
    }

    @Test func aSpeedReadsAsOne() {
        #expect(Quantity(value: 90, unit: Units.canonical("km/h")).description == "90 kilometres per hour")
        #expect(Units.dimension(of: "mile-per-hour") == "speed")
    }
}

/// `group-size`: a count before the name of a group the bank counts in its name.
@Suite struct GroupSizeTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: expel, title: Expel, text: "Korvenia expelled four Talmesian diplomats on Tuesday. Four of the 27 miners were taken to hospital."}
        entities:
          - {id: korvenia, type: country, name: Korvenia, aliases: [Korvenia, Korvenian]}
          - {id: diplomats, type: group, name: the four Talmesian diplomats, aliases: [the four Talmesian diplomats, four Talmesian diplomats, Talmesian diplomats]}
          - {id: miners, type: group, name: the 27 miners, aliases: [the 27 miners, the miners, miners]}
        facts:
          - {id: expel, category: event, subject: korvenia, predicate: expel, object: diplomats, when: {weekday: Tuesday},
             evidence: Korvenia expelled four Talmesian diplomats on Tuesday, statement: Korvenia expelled four Talmesian diplomats on Tuesday.}
          - {id: hospital, category: event, subject: miners, predicate: take, what: four of them to hospital, quantity: {value: 4, unit: miner},
             evidence: Four of the 27 miners were taken to hospital, statement: Four of the 27 miners were taken to hospital.}
        """

    @Test(arguments: [
        ("Korvenia expelled five Talmesian diplomats.", Verdict.refuted),
        ("Korvenia expelled four Talmesian diplomats.", .supported),
        ("Four miners were taken to hospital.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "expel.yaml")
    }

    @Test func theCorrectionNamesTheGroup() throws {
        let bank = try BankLoader.parse(data: Data(Self.bank.utf8), file: "expel.yaml")
        let result = StatementChecker(bank: bank).check("Korvenia expelled six Talmesian diplomats.")
        #expect(result.parts.first?.rule == "group-size")
        #expect(result.parts.first?.correction?.contains("the four Talmesian diplomats, not six") == true)
    }
}

/// `whole-or-part`: all of a counted whole against some of it, either way round.
@Suite struct WholeOrPartTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: tubs, title: Tubs, text: "Tests found the stimulant in three of the five sealed tubs. All four engines were replaced in May."}
        entities:
          - {id: lab, type: organisation, name: the laboratory, aliases: [the laboratory]}
        facts:
          - {id: tubs, category: event, predicate: find, what: the stimulant in three of the five sealed tubs, quantity: {value: 3, unit: tub},
             evidence: Tests found the stimulant in three of the five sealed tubs, statement: Tests found the stimulant in three of the five sealed tubs.}
          - {id: engines, category: event, predicate: replace, what: all four engines, when: {month: May}, quantity: {value: 4, unit: engine},
             evidence: All four engines were replaced in May, statement: All four engines were replaced in May.}
        """

    @Test(arguments: [
        ("Tests found the stimulant in all five sealed tubs.", Verdict.refuted),
        ("Tests found the stimulant in three of the five sealed tubs.", .supported),
        ("Two of the four engines were replaced in May.", .refuted),
        ("All four engines were replaced in May.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "tubs.yaml")
    }
}

/// Who reports a deed is not who did it: "the ministry said the diplomats paid ...", "according
/// to the ministry, ...", while the ministry paying is still another doer.
@Suite struct ReportedDeedTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: spies, title: Spies, text: "The Korvenian Foreign Ministry said the diplomats had paid an engineer 40,000 euros."}
        entities:
          - {id: ministry, type: organisation, name: Korvenian Foreign Ministry, aliases: [Korvenian Foreign Ministry, the foreign ministry, the ministry]}
          - {id: diplomats, type: group, name: the Talmesian diplomats, aliases: [the Talmesian diplomats]}
          - {id: engineer, type: person, name: the engineer, aliases: [the engineer, an engineer]}
        facts:
          - {id: said, category: speaker, subject: ministry, predicate: say, what: the diplomats had paid an engineer,
             evidence: "The Korvenian Foreign Ministry said the diplomats had paid an engineer 40,000 euros",
             statement: The Korvenian Foreign Ministry said the diplomats had paid an engineer.}
          - {id: paid, category: event, subject: diplomats, predicate: pay, object: engineer, quantity: {value: 40000, unit: euro},
             evidence: "the diplomats had paid an engineer 40,000 euros", statement: "The Talmesian diplomats paid an engineer 40,000 euros."}
        """

    @Test(arguments: [
        ("The foreign ministry said the diplomats paid an engineer 40,000 euros.", Verdict.supported),
        ("According to the foreign ministry, the diplomats paid an engineer 40,000 euros.", .supported),
        ("The foreign ministry paid an engineer 40,000 euros.", .refuted),
        // A relative clause between commas is an aside: the ministry, not the engineer, said it
        // (the aside itself is not in the article).
        ("The foreign ministry, which questioned the engineer, said the diplomats paid an engineer 40,000 euros.", .partlySupported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "spies.yaml")
    }
}

/// `pieced-report`: what one source reports, given to the source of the sentence before.
@Suite struct PiecedReportTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: trade, title: Trade, text: "Steel exports fell to 1.2 billion crowns in 2025, according to Sarmitia's statistics office. Dairy exports to Sarmitia dropped by 38 percent over the same period, the Dairy Board said."}
        entities:
          - {id: sarmitia, type: country, name: Sarmitia, aliases: [Sarmitia]}
          - {id: board, type: organisation, name: the Dairy Board, aliases: [the Dairy Board, the board]}
        facts:
          - {id: steel, category: event, predicate: fall, what: steel exports to 1.2 billion crowns,
             quantity: {value: 1200000000, unit: crown}, when: {year: 2025},
             evidence: "Steel exports fell to 1.2 billion crowns in 2025, according to Sarmitia's statistics office",
             statement: Steel exports fell to 1.2 billion crowns in 2025.}
          - {id: dairy, category: event, subject: board, predicate: drop, what: dairy exports by 38 percent,
             quantity: {value: 38, unit: percent},
             evidence: "Dairy exports to Sarmitia dropped by 38 percent over the same period, the Dairy Board said",
             statement: The Dairy Board said dairy exports to Sarmitia dropped by 38 percent.}
        """

    @Test(arguments: [
        ("Sarmitia's statistics office said dairy exports dropped by 38 percent in 2025.", Verdict.refuted),
        ("The Dairy Board said dairy exports dropped by 38 percent.", .supported),
        ("Sarmitia's statistics office said steel exports fell to 1.2 billion crowns in 2025.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "trade.yaml")
    }
}

/// `owner`: a thing given to another owner than the article gives it.
@Suite struct OwnerSwapTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: envoy, title: Envoy, text: "Talmesia's ambassador was summoned to the ministry in Drisk, the Korvenian capital, on Tuesday. Shares in Harwick rose 11 percent, while Northvale's shares fell. Korvenia said its embassy would stay open."}
        entities:
          - {id: korvenia, type: country, name: Korvenia, aliases: [Korvenia, Korvenian]}
          - {id: talmesia, type: country, name: Talmesia, aliases: [Talmesia, Talmesian]}
          - {id: drisk, type: place, name: Drisk, aliases: [Drisk]}
          - {id: harwick, type: organisation, name: Harwick Savings Bank, aliases: [Harwick]}
          - {id: northvale, type: organisation, name: Northvale Bank, aliases: [Northvale]}
        facts:
          - {id: summoned, category: event, predicate: summon, place: drisk, when: {weekday: Tuesday},
             evidence: "Talmesia's ambassador was summoned to the ministry in Drisk, the Korvenian capital, on Tuesday",
             statement: "Talmesia's ambassador was summoned to the ministry in Drisk, the Korvenian capital, on Tuesday."}
          - {id: shares, category: event, subject: harwick, predicate: rise, quantity: {value: 11, unit: percent},
             evidence: "Shares in Harwick rose 11 percent, while Northvale's shares fell", statement: Shares in Harwick rose 11 percent.}
          - {id: embassy, category: event, subject: korvenia, predicate: say, what: its embassy would stay open,
             evidence: Korvenia said its embassy would stay open, statement: Korvenia said its embassy would stay open.}
        """

    @Test(arguments: [
        ("Drisk is the capital of Talmesia.", Verdict.refuted),
        ("Drisk is the Korvenian capital.", .supported),
        ("Harwick's shares rose 11 percent.", .supported),
        ("Talmesia's embassy would stay open, Korvenia said.", .notMentioned),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "envoy.yaml")
    }
}

/// `compound-opposite`: the first part of a compound turned to its opposite.
@Suite struct CompoundOppositeTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: test, title: Test, text: "Tolliver tested positive in an out-of-competition test in Calgary. The firm made a pre-tax profit of 12 million euros."}
        entities:
          - {id: tolliver, type: person, name: Maren Tolliver, aliases: [Tolliver]}
          - {id: firm, type: organisation, name: the firm, aliases: [the firm]}
        facts:
          - {id: test, category: event, subject: tolliver, predicate: test, what: positive in an out-of-competition test,
             evidence: Tolliver tested positive in an out-of-competition test in Calgary, statement: Tolliver tested positive in an out-of-competition test in Calgary.}
          - {id: profit, category: event, subject: firm, predicate: make, what: a pre-tax profit, quantity: {value: 12000000, unit: euro},
             evidence: The firm made a pre-tax profit of 12 million euros, statement: The firm made a pre-tax profit of 12 million euros.}
        """

    @Test(arguments: [
        ("Tolliver tested positive in an in-competition test.", Verdict.refuted),
        ("Tolliver tested positive in an out-of-competition test.", .supported),
        ("The firm made a post-tax profit of 12 million euros.", .refuted),
        ("The firm made a pre-tax profit of 12 million euros.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "test.yaml")
    }
}

/// A negation inside one reported clause does not reach the next ("said the country was not
/// seeking to cut ties and that its embassy would stay open").
@Suite struct ReportedClauseNegationTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: ties, title: Ties, text: "Drossel said the country was not seeking to cut diplomatic ties and that its embassy in Solvany would stay open."}
        entities:
          - {id: drossel, type: person, name: Lina Drossel, aliases: [Drossel, the spokeswoman]}
          - {id: solvany, type: place, name: Solvany, aliases: [Solvany]}
        facts:
          - {id: ties, category: speaker, subject: drossel, predicate: say, what: the country was seeking to cut diplomatic ties, polarity: negative,
             evidence: Drossel said the country was not seeking to cut diplomatic ties, statement: Drossel said the country was not seeking to cut diplomatic ties.}
          - {id: open, category: speaker, subject: drossel, predicate: say, what: its embassy in Solvany would stay open, place: solvany,
             evidence: its embassy in Solvany would stay open, statement: Drossel said its embassy in Solvany would stay open.}
        """

    @Test(arguments: [
        ("The spokeswoman said the embassy in Solvany would stay open.", Verdict.supported),
        ("Drossel said the embassy in Solvany would close.", .refuted),
        ("Drossel said the country was seeking to cut diplomatic ties.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "ties.yaml")
    }
}

/// "original", "originally", "initial" say which of a thing's states is meant, and claim nothing
/// of their own: the value or the doer still decides.
@Suite struct OriginalStateTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: ban, title: Ban, text: "The tribunal cut the four-year ban that the Global Athletics Union had imposed to 20 months."}
        entities:
          - {id: tribunal, type: organisation, name: the tribunal, aliases: [the tribunal]}
          - {id: gau, type: organisation, name: Global Athletics Union, aliases: [Global Athletics Union, the union]}
        facts:
          - {id: imposed, category: event, subject: gau, predicate: impose, what: a four-year ban, quantity: {value: 4, unit: year},
             evidence: the four-year ban that the Global Athletics Union had imposed, statement: The Global Athletics Union had imposed a four-year ban.}
          - {id: cut, category: event, subject: tribunal, predicate: cut, what: the ban to 20 months, quantity: {value: 20, unit: month},
             evidence: The tribunal cut the four-year ban that the Global Athletics Union had imposed to 20 months, statement: The tribunal cut the ban to 20 months.}
        """

    @Test(arguments: [
        ("The original four-year ban was imposed by the Global Athletics Union.", Verdict.supported),
        ("The Global Athletics Union originally imposed a two-year ban.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "ban.yaml")
    }
}
