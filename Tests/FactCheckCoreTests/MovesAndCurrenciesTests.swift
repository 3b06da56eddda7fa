import Foundation
import Testing
@testable import FactCheckCore

/// A verb of moving carries only the distance after it ("travelled about 800 metres" for "ran
/// for roughly 800 metres"); a day that owns what follows ("Wednesday's meeting") may come from
/// the sentence before; "lodged" a complaint is "filed" it; a currency is a unit of money like
/// any other ("1.2 billion euros" against "1.2 billion crowns"); four figures before a unit or a
/// magnitude are an amount, not a year ("1600 metres", "1280 million crowns").
@Suite struct MovesAndCurrenciesTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: moves, title: Moves and currencies, text: "An avalanche ran for roughly 800 metres down the Lupo run on Saturday. The offer was put forward on Wednesday, when Trade Minister Anika Brandt met her counterpart Tomas Reval. It was the third round of talks since the dispute began. Dravonia has filed a complaint with the Northern Trade Council. Steel exports to Dravonia fell to 1.2 billion crowns in 2025."}
        entities:
          - {id: avalanche, type: event, name: the avalanche, aliases: [the avalanche, an avalanche, the slide]}
          - {id: lupo, type: place, name: the Lupo run, aliases: [the Lupo run, Lupo run]}
          - {id: brandt, type: person, name: Anika Brandt, aliases: [Brandt, Anika Brandt]}
          - {id: reval, type: person, name: Tomas Reval, aliases: [Reval, Tomas Reval]}
          - {id: dravonia, type: country, name: Dravonia, aliases: [Dravonia]}
          - {id: council, type: organisation, name: the Northern Trade Council, aliases: [the Northern Trade Council, Northern Trade Council]}
        facts:
          - {id: ran, category: event, subject: avalanche, predicate: run, what: down the Lupo run, quantity: {value: 800, unit: metre}, when: {weekday: Saturday}, evidence: An avalanche ran for roughly 800 metres down the Lupo run on Saturday, statement: The avalanche ran for roughly 800 metres down the Lupo run on Saturday.}
          - {id: offer, category: date, predicate: put forward, what: the offer, when: {weekday: Wednesday}, evidence: The offer was put forward on Wednesday, statement: The offer was put forward on Wednesday.}
          - {id: met, category: event, subject: brandt, predicate: meet, object: reval, when: {weekday: Wednesday}, evidence: "on Wednesday, when Trade Minister Anika Brandt met her counterpart Tomas Reval", statement: Brandt met Reval on Wednesday.}
          - {id: third, category: event, predicate: be, what: round of talks since the dispute began, ordinal: 3, evidence: It was the third round of talks since the dispute began, statement: It was the third round of talks since the dispute began.}
          - {id: complaint, category: event, subject: dravonia, predicate: file, what: a complaint, object: council, evidence: Dravonia has filed a complaint with the Northern Trade Council, statement: Dravonia has filed a complaint with the Northern Trade Council.}
          - {id: exports, category: event, predicate: fall, what: steel exports to Dravonia, quantity: {value: 1200000000, unit: crown}, when: {year: 2025}, evidence: Steel exports to Dravonia fell to 1.2 billion crowns in 2025, statement: Steel exports to Dravonia fell to 1.2 billion crowns in 2025.}
        """

    @Test(arguments: [
        ("The avalanche travelled about 800 metres down the Lupo run.", Verdict.supported),
        ("The avalanche travelled about 1,800 metres down the Lupo run.", .refuted),
        ("The avalanche ran for roughly 1600 metres down the Lupo run on Saturday.", .refuted),
        ("Wednesday's meeting was the third round of talks since the dispute began.", .supported),
        ("Thursday's meeting was the third round of talks since the dispute began.", .notMentioned),
        ("Dravonia lodged a complaint with the Northern Trade Council.", .supported),
        ("Steel exports to Dravonia fell to 1.2 billion euros in 2025.", .refuted),
        ("Steel exports to Dravonia fell to 1.2 billion crowns in 2025.", .supported),
        ("Steel exports to Dravonia fell to 1280 million crowns in 2025.", .refuted),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "moves.yaml")
    }

    @Test func fourFiguresBeforeAUnitAreAnAmount() throws {
        let index = BankIndex(bank: try BankLoader.parse(data: Data(Self.bank.utf8), file: "moves.yaml"))
        let metres = index.analyzer.analyze("The slide ran for 1600 metres.").compactMap(\.value)
        #expect(metres.first?.kind == .quantity)
        #expect(metres.first?.unit == "metre")
        let year = index.analyzer.analyze("The hall was built in 1600.").compactMap(\.value)
        #expect(year.first?.kind == .year)
        let crowns = index.analyzer.analyze("Exports fell to 1280 million crowns.").compactMap(\.value)
        #expect(crowns.first?.kind == .quantity)
        #expect(crowns.first?.amount == 1_280_000_000)
    }
}
