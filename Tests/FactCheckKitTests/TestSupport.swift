import Foundation
@testable import FactCheckKit
@testable import FactCheckCore

enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedBankPath = packageRoot.appendingPathComponent("questions/blinken-wang.yaml").path
    static let seedText: String = (try? String(contentsOfFile: seedBankPath, encoding: .utf8)) ?? ""

    static let seedBank: FactBank? = try? BankLoader.loadFile(seedBankPath)
    static let checker: StatementChecker? = seedBank.map { StatementChecker(bank: $0) }

    /// Parses bank text as if it came from a file named `name`.
    static func parse(_ text: String, name: String = "test.yaml") throws(BankProblems) -> FactBank {
        try BankLoader.parse(data: Data(text.utf8), file: name)
    }

    /// The first problem reported for a bank text, or nil when it loads.
    static func firstProblem(_ text: String) -> BankError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.errors.first
        }
    }

    /// The seed bank's text with one substring replaced.
    static func seedReplacing(_ old: String, with new: String) -> String {
        seedText.replacingOccurrences(of: old, with: new)
    }

    static let minimalBank = """
        format: factcheck.bank/1
        source:
          id: tiny
          title: Tiny
          text: Alice met Bob on Monday. Bob said nothing.
        entities:
          - id: alice
            type: person
            name: Alice Smith
            aliases: [Alice, Ms Smith]
          - id: bob
            type: person
            name: Bob Jones
            aliases: [Bob]
        facts:
          - id: met
            category: date
            subject: alice
            predicate: meet
            object: bob
            when: {weekday: Monday}
            evidence: Alice met Bob on Monday
            statement: Alice met Bob on Monday.
        """
}
