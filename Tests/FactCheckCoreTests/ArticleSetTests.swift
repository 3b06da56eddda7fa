import Foundation
import Testing
@testable import FactCheckCore

/// The articles kept beside the seed article (questions/articles/NAME: article, bank and
/// labelled statements). The checker's score on each must not fall below its floor, and it must
/// not call more statements supported that are not than it does now.
@Suite struct ArticleSetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("questions/articles")

    /// (article, macro-F1 floor, most false "supported" allowed)
    /// court, sports and science were written after the rules. court and science are kept back
    /// (their floors are their first-run scores); two checker bugs sports showed were fixed.
    /// flood, election, strike, auction, schools and breach came later still and are kept back too
    /// (first run 0.797, 0.746, 0.737, 0.745, 0.780 and 0.743); rail, festival and fisheries after
    /// them (first run 0.766, 0.758 and 0.777; fisheries is kept back from rule work); windfarm,
    /// airline and museum after them (first run 0.722, 0.802 and 0.679 against the checker of the
    /// revision before; airline is kept back); ratecut, expedition and port last (first run 0.778,
    /// 0.758 and 0.793; port is kept back); recall, summit and obituary after that (first run
    /// 0.812, 0.734 and 0.824; summit is kept back, obituary was opened to the drafter's rules
    /// later); mine, launch and housing after them (first run 0.875, 0.807 and 0.793; mine and
    /// housing kept back, summit and launch opened to rule work since); wildfire, harvest and
    /// bridge after them (first run 0.833, 0.802 and 0.828, none false "supported"; all three kept
    /// back); drought, merger and tuition after them (first run 0.841, 0.759 and 0.839; kept back);
    /// quake, shipwreck, ferry and prize after them (first run 0.843, 0.865, 0.762 and 0.684;
    /// prize, the weakest, opened to rule work, the other three kept back); arrest, census,
    /// transfer and zoo last (first run 0.799, 0.821, 0.843 and 0.864; transfer and zoo, with three
    /// false "supported" each, opened to rule work, arrest and census kept back); water, chess, dig
    /// and retail after them (first run 0.867, 0.810, 0.817 and 0.874; water and chess opened to
    /// rule work, dig and retail kept back); marathon, spill, poultry and union last (first run 0.857,
    /// 0.839, 0.829 and 0.860; marathon and spill opened to rule work, poultry and union kept back);
    /// blackout, satellite, bikeshare and inquest last (first run 0.822, 0.743, 0.817 and 0.811;
    /// blackout and satellite opened to rule work, bikeshare and inquest kept back); volcano, tariff,
    /// stadium and avalanche after them (first run 0.804, 0.836, 0.810 and 0.834; tariff and
    /// avalanche opened to rule work, volcano and stadium kept back); expulsion, doping, heatwave
    /// and layoffs (first run 0.831, 0.708, 0.831 and 0.770; expulsion and doping opened to
    /// rule work, heatwave and layoffs kept back); referendum, antitrust, cyclone and orchestra
    /// last (first run 0.674, 0.694, 0.677 and 0.708; referendum and antitrust opened to rule
    /// work, cyclone and orchestra kept back); noconfidence and nuclear last (first run 0.845 and
    /// 0.762; noconfidence opened to rule work, nuclear kept back); swap and listing last (first
    /// run 0.789 and 0.764; swap opened to rule work, listing kept back); flight, budget and
    /// carrecall last (first run 0.830, 0.790 and 0.721; flight opened to rule work, budget and
    /// carrecall kept back); ceasefire, bailout and retraction last (first run 0.764, 0.756 and
    /// 0.790; ceasefire opened to rule work, bailout and retraction kept back); oilcut, explosion
    /// and pension (first run 0.892, 0.846 and 0.826; oilcut opened to rule work, explosion and
    /// pension kept back); wage, reef and cricket last (first run 0.664, 0.877 and 0.809; wage
    /// opened to rule work, reef and cricket kept back).
    static let floors: [(String, Double, Int)] = [("council", 0.79, 0), ("health", 0.79, 1), ("business", 0.75, 0),
                                                  ("court", 0.74, 0), ("sports", 0.80, 1), ("science", 0.90, 0),
                                                  ("flood", 0.84, 1), ("election", 0.75, 0), ("strike", 0.80, 1),
                                                  ("auction", 0.81, 3), ("schools", 0.80, 0), ("breach", 0.81, 1),
                                                  ("rail", 0.80, 2), ("festival", 0.81, 2), ("fisheries", 0.79, 3),
                                                  ("windfarm", 0.76, 0), ("airline", 0.82, 0), ("museum", 0.75, 0),
                                                  ("ratecut", 0.82, 0), ("expedition", 0.82, 1), ("port", 0.80, 0),
                                                  ("recall", 0.82, 0), ("summit", 0.85, 0), ("obituary", 0.83, 2),
                                                  ("mine", 0.87, 1), ("launch", 0.82, 2), ("housing", 0.79, 3),
                                                  ("wildfire", 0.83, 0), ("harvest", 0.80, 0), ("bridge", 0.82, 0),
                                                  ("drought", 0.84, 0), ("merger", 0.75, 3), ("tuition", 0.83, 0),
                                                  ("quake", 0.83, 0), ("shipwreck", 0.86, 1), ("ferry", 0.76, 1),
                                                  ("prize", 0.69, 1), ("arrest", 0.79, 2), ("census", 0.82, 0),
                                                  ("transfer", 0.88, 1), ("zoo", 0.89, 0), ("water", 0.88, 0),
                                                  ("chess", 0.85, 0), ("dig", 0.80, 2), ("retail", 0.86, 2),
                                                  ("marathon", 0.90, 0), ("spill", 0.87, 0), ("poultry", 0.82, 0),
                                                  ("union", 0.85, 1), ("blackout", 0.88, 0), ("satellite", 0.84, 1),
                                                  ("bikeshare", 0.81, 2), ("inquest", 0.82, 1),
                                                  ("volcano", 0.79, 0), ("tariff", 0.84, 0), ("stadium", 0.80, 2),
                                                  ("avalanche", 0.84, 0), ("expulsion", 0.87, 0), ("doping", 0.71, 1),
                                                  ("heatwave", 0.83, 1), ("layoffs", 0.75, 3),
                                                  ("referendum", 0.64, 0), ("antitrust", 0.72, 1), ("cyclone", 0.67, 0),
                                                  ("orchestra", 0.70, 3), ("noconfidence", 0.89, 0), ("nuclear", 0.76, 1),
                                                  ("swap", 0.80, 1), ("listing", 0.76, 2),
                                                  ("flight", 0.86, 0), ("budget", 0.78, 0), ("carrecall", 0.71, 3),
                                                  ("ceasefire", 0.76, 1), ("bailout", 0.75, 4), ("retraction", 0.78, 1),
                                                  ("oilcut", 0.88, 1), ("explosion", 0.84, 3), ("pension", 0.82, 0),
                                                  ("wage", 0.70, 0), ("reef", 0.88, 0), ("cricket", 0.80, 0)]

    @Test(arguments: 0..<floors.count)
    func scoresAboveItsFloor(n: Int) throws {
        let (name, floor, falseSupported) = Self.floors[n]
        let folder = Self.root.appendingPathComponent(name)
        let bank = try BankLoader.loadFile(folder.appendingPathComponent("bank.yaml").path)
        let text = try String(contentsOf: folder.appendingPathComponent("labelled.tsv"), encoding: .utf8)
        let rows = try Evaluation.parseTSV(text, file: "\(name)/labelled.tsv")
        #expect(rows.count >= 100)
        let report = Evaluation.run(rows, checker: StatementChecker(bank: bank))
        #expect(report.macroF1 >= floor, "\(name): macro-F1 \(report.macroF1)")
        let wronglySupported = report.misses.filter { $0.got == Verdict.supported.rawValue && $0.expected != $0.got }
        #expect(wronglySupported.count <= falseSupported, "\(name): \(wronglySupported.map(\.statement))")
    }

    @Test func theArticleTextIsTheBanksText() throws {
        for name in Self.floors.map(\.0) {
            let folder = Self.root.appendingPathComponent(name)
            let bank = try BankLoader.loadFile(folder.appendingPathComponent("bank.yaml").path)
            let article = try String(contentsOf: folder.appendingPathComponent("article.txt"), encoding: .utf8)
            let words = Tokenizer.tokenize(bank.article.text).map(\.text)
            #expect(Tokenizer.tokenize(article).map(\.text).suffix(words.count) == words[...], "\(name)")
        }
    }
}

@Suite struct TypedFieldTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: t, title: T, text: "The line has 14 stops. It opened in a second phase in Riverton."}
        entities:
          - {id: line, type: place, name: the line}
          - {id: riverton, type: place, name: Riverton}
          - {id: ann, type: person, name: Ann}
        facts:
          - id: stops
            category: event
            subject: line
            predicate: have
            QUANTITY
            evidence: The line has 14 stops
            statement: The line has 14 stops.
        """

    func problem(_ field: String) -> BankError? {
        do {
            _ = try BankLoader.parse(data: Data(Self.bank.replacingOccurrences(of: "QUANTITY", with: field).utf8), file: "t.yaml")
            return nil
        } catch {
            return error.errors.first
        }
    }

    @Test func typedFieldsLoad() throws {
        let bank = try BankLoader.parse(data: Data(Self.bank.replacingOccurrences(of: "QUANTITY", with: "quantity: {value: 14, unit: stops}\n    ordinal: 2\n    place: riverton\n    certainty: planned").utf8), file: "t.yaml")
        let fact = try #require(bank.facts.first)
        #expect(fact.quantities == [Quantity(value: 14, unit: "stop")])
        #expect(fact.ordinal == 2 && fact.place == "riverton" && fact.certainty == .planned)
    }

    @Test func badTypedFieldsAreReportedWhereTheyStand() throws {
        let value = try #require(problem("quantity: {value: fourteen, unit: stop}"))
        #expect(value.description.contains("t.yaml:12:") && value.description.contains("is a number"))
        let ordinal = try #require(problem("ordinal: second"))
        #expect(ordinal.description.contains("ordinal is a whole number"))
        let place = try #require(problem("place: ann"))
        #expect(place.description.contains("is a person"))
        let unknown = try #require(problem("place: nowhere"))
        #expect(unknown.description.contains("unknown entity 'nowhere'"))
        let key = try #require(problem("quantity: {value: 1, units: stop}"))
        #expect(key.description.contains("did you mean 'unit'"))
    }
}
