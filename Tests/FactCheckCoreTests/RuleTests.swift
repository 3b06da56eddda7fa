import Foundation
import Testing
@testable import FactCheckCore

/// A small made-up article (a town council, a bridge, a ferry) that every rule is tried on,
/// so that the rules are checked on something other than the seed article.
enum Riverton {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("riverton.yaml").path
    static let checker: StatementChecker? = (try? BankLoader.loadFile(path)).map { StatementChecker(bank: $0) }
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
        ("Marlow denied that the price was too high.", .notMentioned, ["denial"]),
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

    @Test func everyRuleHasAStableName() {
        let names = CheckRules.allNames
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() })
        #expect(CheckRules.ordered.last?.name == "supported")
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
