import Testing
@testable import FactCheckKit
@testable import FactCheckCore

@Suite struct AliasTests {
    func entities(_ text: String) throws -> [String] {
        let checker = try #require(Fixtures.checker)
        return checker.analyze(text).compactMap(\.entityID)
    }

    @Test func surnamesTitlesAndDescriptionsNameThePeople() throws {
        #expect(try entities("Blinken") == ["blinken"])
        #expect(try entities("America's top diplomat") == ["blinken"])
        #expect(try entities("the US Secretary of State") == ["blinken"])
        #expect(try entities("his Chinese counterpart") == ["wang"])
        #expect(try entities("China’s foreign minister") == ["wang"])
        #expect(try entities("the Chinese minister") == ["wang"])
    }

    @Test func placesStandForGovernments() throws {
        #expect(try entities("Beijing and Washington and Moscow") == ["china", "us", "russia"])
        #expect(try entities("the U.S.") == ["us"])
    }

    @Test func longestAliasWins() throws {
        #expect(try entities("the Biden administration") == ["biden-administration"])
        #expect(try entities("Biden") == ["biden"])
    }

    @Test func capitalisedTyposAreReadAsNames() throws {
        #expect(try entities("Blinkin met Wnag") == ["blinken", "wang"])
    }

    @Test func positionsNameTheirHolderAndRemember() throws {
        let checker = try #require(Fixtures.checker)
        let units = checker.analyze("Chinese Foreign Minister")
        #expect(units.first?.entityID == "wang")
        #expect(units.first?.roleFact == "wang-position")
    }

    /// "the two" names the two sides; "two" alone names nothing.
    @Test func aNumberNamesAGroupOnlyWithItsArticle() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("The meeting took place amid strained relations and the two agreed to cooperate on issues of mutual interest.").verdict == .supported)
        #expect(checker.check("The two sides agreed to continue to communicate.").verdict == .supported)
        #expect(checker.check("The meeting lasted two hours.").verdict == .notMentioned)
    }
}
