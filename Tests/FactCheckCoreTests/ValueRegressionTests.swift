import Foundation
import Testing
@testable import FactCheckCore

/// Values under a denial, ranks in figures, and a negation that ends at a second verb.
@Suite struct ValueRegressionTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: t
          title: T
          text: "No team had won the cup three times in a row since Harlow did it in 1994. Ruiz scored the winner in the 88th minute. Okoro said the board had not published the accounts and urged members to wait."
        entities:
          - {id: harlow, type: organisation, name: Harlow}
          - {id: ruiz, type: person, name: Ruiz}
          - {id: okoro, type: person, name: Okoro}
          - {id: members, type: group, name: members}
        facts:
          - id: since
            category: date
            polarity: negative
            when: {year: 1994}
            evidence: No team had won the cup three times in a row since Harlow did it in 1994
            statement: No team had won the cup three times in a row since 1994.
          - id: winner
            category: event
            subject: ruiz
            predicate: score
            ordinal: 88
            evidence: Ruiz scored the winner in the 88th minute
            statement: Ruiz scored the winner in the 88th minute.
          - id: accounts
            category: speaker
            subject: okoro
            predicate: say
            polarity: negative
            evidence: Okoro said the board had not published the accounts
            statement: Okoro said the board had not published the accounts.
          - id: urge
            category: stance
            subject: okoro
            predicate: urge
            evidence: urged members to wait
            statement: Okoro urged members to wait.
        """

    let checker: StatementChecker

    init() throws {
        checker = StatementChecker(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "t.yaml"))
    }

    @Test func theSameDenialWithAnotherYearIsRefuted() {
        #expect(checker.check("No team had won the cup three times in a row since 1984.").verdict == .refuted)
        #expect(checker.check("No team had won the cup three times in a row since 1994.").verdict == .supported)
    }

    @Test func aRankInFiguresIsAValueNotATypo() {
        let result = checker.check("Ruiz scored the winner in the 89th minute.")
        #expect(result.verdict == .refuted)
        #expect(result.correction?.contains("88th") == true)
        #expect(checker.check("Ruiz scored the winner in the 88th minute.").verdict == .supported)
    }

    @Test func aSecondVerbLeavesTheFirstOnesNegation() {
        #expect(checker.check("Okoro urged members to wait.").verdict == .supported)
        #expect(checker.check("Okoro said the board had not published the accounts.").verdict == .supported)
    }
}

/// The words that bound a figure ("roughly", "fewer than") are read with it, not as claims.
@Suite struct BoundWordTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: flood, title: Flood, text: "Emergency services evacuated 12,400 residents on Monday."}
        entities:
          - {id: services, type: organisation, name: Emergency services}
          - {id: residents, type: group, name: residents}
        facts:
          - {id: evacuated, category: event, subject: services, predicate: evacuate, object: residents, quantity: {value: 12400, unit: resident},
             when: {weekday: Monday}, evidence: "Emergency services evacuated 12,400 residents on Monday",
             statement: "Emergency services evacuated 12,400 residents on Monday."}
        """

    @Test(arguments: [
        ("Emergency services evacuated roughly 12,400 residents.", Verdict.supported),
        ("Emergency services evacuated approximately 12,000 residents.", .supported),
        ("Emergency services evacuated roughly 20,000 residents.", .refuted),
        ("Emergency services evacuated fewer than 10,000 residents.", .refuted),
        ("Emergency services evacuated upwards of 12,000 residents.", .supported),
    ])
    func aBoundIsReadWithItsFigure(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "flood.yaml")
    }
}

/// A swapped doer stays refuted when the bank's antonym pair ([beat, lose]) gives the verb an
/// opposite that another fact of the other side has ("Millbrook have now lost three finals").
@Suite struct SwappedAgentWithAntonymTests {
    @Test func theOtherSideBeatingIsRefuted() throws {
        let bank = try BankLoader.loadFile(ArticleSetTests.root.appendingPathComponent("sports/bank.yaml").path)
        let checker = StatementChecker(bank: bank)
        #expect(checker.check("Millbrook Rovers beat Kestrel Bay Athletic in the Northern Shield final.").verdict == .refuted)
        #expect(checker.check("Kestrel Bay Athletic beat Millbrook Rovers in the Northern Shield final.").verdict == .supported)
    }
}

/// A fact of the claimed person is an alternative doer only when its predicate is what the
/// statement's action word means: "results" shares a WordNet sense with "lead", yet "Marsh led
/// the trial" does not make "Marsh warned that the results were preliminary" hers.
@Suite struct SwappedAgentAlternativeTests {
    @Test func aNounOfTheContentIsNoAlternativeAction() throws {
        let text = try String(contentsOf: ArticleSetTests.root.appendingPathComponent("health/article.txt"), encoding: .utf8)
        let checker = StatementChecker(bank: try BankDrafter.draft(text: text, fileName: "health.yaml").bank)
        #expect(checker.check("Professor Marsh warned that the results were preliminary.").verdict == .refuted)
        #expect(checker.check("Dr Anand warned that the results were preliminary.").verdict == .supported)
    }
}

/// A claim that someone holds a position needs a position of theirs: words of the sentence
/// that names them ("chief engineer") do not back "chief executive".
@Suite struct PositionClaimTests {
    @Test func aPositionTheArticleNeverGivesIsNotSupported() throws {
        let text = """
            Dam holds as river peaks

            Dr Ana Ferreira, Northvale Hydro's chief engineer, said inspectors had found no damage to the dam wall on Tuesday. The river peaked at 6.2 metres.
            """
        let checker = StatementChecker(bank: try BankDrafter.draft(text: text, fileName: "dam.txt").bank)
        let claim = checker.check("Ana Ferreira is the chief executive of Northvale Hydro.")
        #expect(claim.verdict == .notMentioned, "\(claim.explanation)")
        #expect(claim.parts.map(\.rule) == ["position-claim"])
        #expect(checker.check("Ana Ferreira said inspectors had found no damage to the dam wall.").verdict == .supported)
    }
}

/// A statement that denies a fact is refuted: a denied plan, a denied position held through a
/// verb, a denial in the passive, and a denied action the sentence words differently.
@Suite struct DenialTests {
    func checker(_ name: String) throws -> StatementChecker {
        StatementChecker(bank: try BankLoader.loadFile(ArticleSetTests.root.appendingPathComponent("\(name)/bank.yaml").path))
    }

    @Test(arguments: [
        ("council", "Single tram fares will not rise from January.", "Single tram fares will rise from January."),
        ("council", "Farid Okafor does not chair the council's transport committee.", "Farid Okafor chairs the council's transport committee."),
        ("council", "The contract was not awarded to the construction firm Halden Rail Group.", "The contract was awarded to the construction firm Halden Rail Group."),
        ("election", "The Social Democratic Party did not win 50 seats.", "The Social Democratic Party won 50 seats."),
        ("auction", "Ifor Harrow did not paint the storm-lit coastal landscape.", "Ifor Harrow painted the storm-lit coastal landscape."),
        ("auction", "The Hallam Gallery is not in Edinburgh.", "The Hallam Gallery is in Edinburgh."),
        ("breach", "Nordvakt is not a security firm.", "Nordvakt is a security firm."),
    ])
    func aDenialIsRefutedAndTheClaimSupported(article: String, denial: String, claim: String) throws {
        let checker = try checker(article)
        #expect(checker.check(denial).verdict == .refuted, "\(denial)")
        #expect(checker.check(claim).verdict == .supported, "\(claim)")
    }
}

/// Measures in other units: a length or a duration is converted before it is compared, a unit of
/// another kind for the same figure is wrong, and a verb that only carries a duration needs no
/// backing of its own.
@Suite struct MeasureUnitTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: units
          title: Units
          text: "The new line covers 9.5 kilometres of track. A 12-week public consultation drew 900 responses. The 48-hour strike grounded 300 flights. Pupils would face bus journeys of up to 40 minutes."
        entities:
          - {id: line, type: place, name: the new line, aliases: [the line]}
          - {id: pupils, type: group, name: pupils}
        facts:
          - id: length
            category: event
            subject: line
            predicate: cover
            quantity: {value: 9.5, unit: kilometre}
            evidence: The new line covers 9.5 kilometres of track
            statement: The new line covers 9.5 kilometres of track.
          - id: consultation
            category: event
            predicate: consult
            what: a public consultation
            quantity: {value: 12, unit: week}
            evidence: A 12-week public consultation drew 900 responses
            statement: A 12-week public consultation drew 900 responses.
          - id: strike
            category: event
            predicate: strike
            quantity: {value: 48, unit: hour}
            evidence: The 48-hour strike grounded 300 flights
            statement: The 48-hour strike grounded 300 flights.
          - id: journeys
            category: event
            subject: pupils
            predicate: face
            what: bus journeys
            quantity: {value: 40, unit: minute}
            evidence: Pupils would face bus journeys of up to 40 minutes
            statement: Pupils would face bus journeys of up to 40 minutes.
        """

    @Test(arguments: [
        ("The line covers 9.5 miles of track.", Verdict.refuted),
        ("The line covers about 6 miles of track.", .supported),
        ("The line covers 9.5 kilometres of track.", .supported),
        ("The public consultation lasted eight weeks.", .refuted),
        ("The public consultation lasted 12 weeks.", .supported),
        ("The strike lasted two days.", .supported),
        ("The strike lasted three days.", .refuted),
        ("The strike did not last 48 hours.", .refuted),
        ("Pupils would face bus journeys of up to 40 miles.", .refuted),
        ("Pupils have faced bus journeys for 15 years.", .notMentioned),
    ])
    func measuresAreComparedInTheirUnits(statement: String, expected: Verdict) throws {
        let result = try InlineBank.check(Self.bank, statement, file: "units.yaml")
        #expect(result.verdict == expected, "\(statement): \(result.explanation)")
    }

    @Test func unitsOfOneDimensionConvert() {
        let miles = Value(quantity: Quantity(value: 6, unit: "mile"), qualifier: .about)
        let kilometres = Value(quantity: Quantity(value: 9.5, unit: "kilometre"))
        #expect(miles.agrees(with: kilometres))
        #expect(!Value(quantity: Quantity(value: 9.5, unit: "mile")).agrees(with: kilometres))
        #expect(Value(quantity: Quantity(value: 2, unit: "day")).agrees(with: Value(quantity: Quantity(value: 48, unit: "hour"))))
        // Years and minutes never fill one slot.
        #expect(!Value(quantity: Quantity(value: 15, unit: "year")).sameSlot(Value(quantity: Quantity(value: 40, unit: "minute"))))
        #expect(Units.canonical("kroner") == "krone" && Units.dimension(of: "krone") == "money")
        // Two caps agree only when they are the same; a cap holds a smaller exact figure.
        let cap = Value(quantity: Quantity(value: 4, unit: "percent"), qualifier: .upTo)
        #expect(!Value(quantity: Quantity(value: 10, unit: "percent"), qualifier: .upTo).agrees(with: cap))
        #expect(Value(quantity: Quantity(value: 4, unit: "percent"), qualifier: .upTo).agrees(with: cap))
        #expect(Value(quantity: Quantity(value: 10, unit: "percent"), qualifier: .upTo).agrees(with: Value(quantity: Quantity(value: 4, unit: "percent"))))
    }
}

/// A figure given to the wrong part of a sentence is refuted even when the fact that holds it
/// shares no other word with the statement; a figure dated by its year stays with that year.
@Suite struct FigureOwnerTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: owner
          title: Owner
          text: "Of the total, 3.1 million euros is a fine payable to the state, while the remaining 1.1 million euros will be shared among the plaintiffs as damages. Ticket income reached 2.7 million pounds, up from 2.3 million pounds in 2024."
        entities:
          - {id: state, type: organisation, name: the state}
          - {id: plaintiffs, type: group, name: the plaintiffs}
        facts:
          - id: fine
            category: event
            what: a fine payable to the state
            quantity: {value: 3100000, unit: euro}
            evidence: Of the total, 3.1 million euros is a fine payable to the state
            statement: Of the total, 3.1 million euros is a fine payable to the state.
          - id: damages
            category: event
            what: damages shared among the plaintiffs
            quantity: {value: 1100000, unit: euro}
            evidence: the remaining 1.1 million euros will be shared among the plaintiffs as damages
            statement: The remaining 1.1 million euros will be shared among the plaintiffs as damages.
          - id: income
            category: event
            what: ticket income
            quantity: {value: 2700000, unit: pound}
            evidence: Ticket income reached 2.7 million pounds
            statement: Ticket income reached 2.7 million pounds.
          - id: income-2024
            category: event
            what: ticket income in 2024
            quantity: {value: 2300000, unit: pound}
            when: {year: 2024}
            evidence: up from 2.3 million pounds in 2024
            statement: Ticket income was 2.3 million pounds in 2024.
        """

    @Test(arguments: [
        ("Of the total, 1.1 million euros is a fine payable to the state.", Verdict.refuted),
        ("Of the total, 3.1 million euros is a fine payable to the state.", .supported),
        ("Ticket income was 2.3 million pounds in 2024.", .supported),
        ("Ticket income reached 2.7 million pounds.", .supported),
    ])
    func theFigureBelongsToItsPart(statement: String, expected: Verdict) throws {
        let result = try InlineBank.check(Self.bank, statement, file: "owner.yaml")
        #expect(result.verdict == expected, "\(statement): \(result.explanation)")
    }
}

/// Areas and power in their units, a length found by its kind though the statement shares no
/// other word with the fact, a bound in another unit that is no rewriting of the figure, and a
/// figure that belongs to another part of the article.
@Suite struct MeasureKindTests {
    static let bank = """
        format: factcheck.bank/1
        source:
          id: measures
          title: Measures
          text: "The 42-kilometre Harbour Line reopened on Monday. The new wing adds 2,400 square metres of gallery space. The 1,200-megawatt wind farm will add 84 turbines about 32 kilometres off the coast. The first two phases have 102 turbines."
        entities:
          - {id: line, type: place, name: Harbour Line, aliases: [the line, the Harbour Line]}
          - {id: farm, type: place, name: the wind farm, aliases: [the wind farm, the farm]}
        facts:
          - id: line-length
            category: event
            subject: line
            quantity: {value: 42, unit: kilometre}
            evidence: The 42-kilometre Harbour Line
            statement: The Harbour Line is 42 kilometres long.
          - id: reopened
            category: date
            subject: line
            predicate: reopen
            when: {weekday: Monday}
            evidence: Harbour Line reopened on Monday
            statement: The Harbour Line reopened on Monday.
          - id: wing
            category: event
            predicate: add
            what: gallery space
            quantity: {value: 2400, unit: square metre}
            evidence: The new wing adds 2,400 square metres of gallery space
            statement: The new wing adds 2,400 square metres of gallery space.
          - id: turbines
            category: event
            subject: farm
            predicate: add
            quantity: [{value: 1200, unit: megawatt}, {value: 84, unit: turbine}, {value: 32, unit: kilometre}]
            evidence: The 1,200-megawatt wind farm will add 84 turbines about 32 kilometres off the coast
            statement: The 1,200-megawatt wind farm will add 84 turbines about 32 kilometres off the coast.
          - id: earlier
            category: event
            what: the first two phases
            quantity: {value: 102, unit: turbine}
            evidence: The first two phases have 102 turbines
            statement: The first two phases have 102 turbines.
        """

    @Test(arguments: [
        ("The line is 42 miles long.", Verdict.refuted),
        ("The line is 42 km long.", .supported),
        ("The line is not 42 kilometres long.", .refuted),
        ("The line is not 50 kilometres long.", .supported),
        ("The new turbines will stand about 32 kilometres off the coast.", .supported),
        ("The new wing adds 2,400 square feet of gallery space.", .refuted),
        ("The new wing adds 2,400 square metres of gallery space.", .supported),
        ("The 1,200-kilowatt wind farm will add 84 turbines.", .refuted),
        ("The 1.2-gigawatt wind farm will add 84 turbines.", .supported),
    ])
    func measuresOfEveryKind(statement: String, expected: Verdict) throws {
        let result = try InlineBank.check(Self.bank, statement, file: "measures.yaml")
        #expect(result.verdict == expected, "\(statement): \(result.explanation)")
    }

    /// "stand", "lie" only say where something is; denied, they are not backed.
    @Test func aVerbOfPlaceCarriesNothingOfItsOwn() throws {
        let denied = try InlineBank.check(Self.bank, "The new turbines will not stand 32 kilometres off the coast.", file: "measures.yaml")
        #expect(denied.verdict != .supported, "\(denied.explanation)")
    }

    /// A height the article never gives is neither backed nor contradicted by the distance it gives.
    @Test func anotherLengthIsNotThisOne() throws {
        let result = try InlineBank.check(Self.bank, "The wind farm will add 84 turbines, each more than 250 metres tall.", file: "measures.yaml")
        #expect(result.verdict != .supported && result.verdict != .refuted, "\(result.verdict): \(result.explanation)")
    }

    @Test func aCorrectionSpeaksPlainEnglish() throws {
        let result = try InlineBank.check(Self.bank, "The new wing adds 2,400 square feet of gallery space.", file: "measures.yaml")
        #expect(result.correction?.contains("2,400 square metres, not 2,400 square feet") == true, "\(result.correction ?? "")")
        #expect(Quantity.plural("aircraft") == "aircraft" && Quantity.plural("person") == "people")
    }

    /// "Not mentioned" tells a word the article never uses from one it uses elsewhere, as written.
    @Test func silenceSaysWhichWordsTheArticleUses() throws {
        let result = try InlineBank.check(Self.bank, "The Harbour Line was painted in Leeds.", file: "measures.yaml")
        #expect(result.verdict == .notMentioned)
        #expect(result.explanation.contains("says nothing about 'painted'") && result.explanation.contains("'Leeds'"), "\(result.explanation)")
        // Two sentences about different things do not make one claim: the line reopened, not
        // the phases.
        let elsewhere = try InlineBank.check(Self.bank, "The first two phases reopened on Monday.", file: "measures.yaml")
        #expect(elsewhere.verdict == .notMentioned)
        #expect(elsewhere.explanation.contains("mentions 'reopened', 'Monday', but not with the rest of the statement"), "\(elsewhere.explanation)")
    }
}

/// A season is a date's slot: "spring" is refuted by the article's "autumn"; "a fall in
/// prices" is no season.
@Suite struct SeasonTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: seasons, title: Seasons, text: "The first turbines will start generating power in the autumn of 2028. Fares saw a fall in March."}
        entities: []
        facts:
          - id: power
            category: date
            predicate: start
            what: the first turbines generating power
            when: {year: 2028}
            certainty: planned
            evidence: The first turbines will start generating power in the autumn of 2028
            statement: The first turbines will start generating power in the autumn of 2028.
          - id: fares
            category: date
            predicate: fall
            what: fares
            when: {month: March}
            evidence: Fares saw a fall in March
            statement: Fares saw a fall in March.
        """

    @Test(arguments: [
        ("The first turbines will start generating power in the spring of 2028.", Verdict.refuted),
        ("The first turbines will start generating power in the autumn of 2028.", .supported),
        ("The first turbines will start generating power in the fall of 2028.", .supported),
        ("Fares saw a fall in March.", .supported),
    ])
    func seasonsAreDates(statement: String, expected: Verdict) throws {
        let result = try InlineBank.check(Self.bank, statement, file: "seasons.yaml")
        #expect(result.verdict == expected, "\(statement): \(result.explanation)")
    }
}

/// A duration in two parts, or with a half, is one figure.
@Suite struct CompoundDurationTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: build, title: Build, text: "Construction is expected to take three years and six months."}
        entities: []
        facts:
          - id: construction
            category: event
            predicate: take
            what: construction
            quantity: {value: 42, unit: month}
            certainty: expected
            evidence: Construction is expected to take three years and six months
            statement: Construction is expected to take three years and six months.
        """

    @Test(arguments: [
        ("Construction is expected to take three and a half years.", Verdict.supported),
        ("Construction is expected to take 42 months.", .supported),
        ("Construction is expected to take four and a half years.", .refuted),
        ("Construction is expected to take three years.", .refuted),
    ])
    func onePeriod(statement: String, expected: Verdict) throws {
        let result = try InlineBank.check(Self.bank, statement, file: "build.yaml")
        #expect(result.verdict == expected, "\(statement): \(result.explanation)")
    }
}
