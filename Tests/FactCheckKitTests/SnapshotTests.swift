import Foundation
import Testing
@testable import FactCheckKit
@testable import FactCheckCore

/// The prepared form of a bank must answer exactly as the bank it was made from.
@Suite struct SnapshotTests {
    static let labelledSets = ["checker-eval.tsv", "checker-holdout.tsv", "checker-holdout-2.tsv", "checker-holdout-3.tsv",
                               "checker-holdout-4.tsv", "checker-holdout-5.tsv", "checker-holdout-6.tsv", "checker-holdout-7.tsv", "checker-holdout-8.tsv", "checker-holdout-9.tsv", "checker-holdout-10.tsv"]

    static func statements() throws -> [String] {
        var result: [String] = []
        for name in labelledSets {
            let path = Fixtures.packageRoot.appendingPathComponent("questions/\(name)").path
            result += try Evaluation.parseTSV(try String(contentsOfFile: path, encoding: .utf8), file: name).map(\.statement)
        }
        return result
    }

    static func json(_ result: CheckResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(result), as: UTF8.self)
    }

    @Test func aSnapshotChecksEveryLabelledStatementAsTheBankDoes() throws {
        let bank = try #require(Fixtures.seedBank)
        let built = BankIndex(bank: bank)
        let loaded = try BankIndex(snapshot: built.snapshot())
        #expect(loaded.bank.facts == bank.facts)
        #expect(loaded.bank.entities == bank.entities)
        #expect(loaded.bank.article.sentences == bank.article.sentences)
        #expect(loaded.analyzer.wordFacts.count == built.analyzer.wordFacts.count)
        #expect(loaded.conceptNames == built.conceptNames)
        #expect(loaded.postingLists == built.postingLists)
        #expect(loaded.conceptIDs == built.conceptIDs)
        let direct = StatementChecker(index: built)
        let fromSnapshot = StatementChecker(index: loaded)
        let statements = try Self.statements()
        #expect(statements.count > 400)
        for statement in statements + ["", "Blinken did not meet Wang Yi on Thursday.", "Wnag Yi warned Blinken on Frday."] {
            #expect(try Self.json(direct.check(statement)) == Self.json(fromSnapshot.check(statement)), "\(statement)")
        }
    }

    /// A value keeps its amount, unit, bound and whether it is a day of a date.
    @Test func valuesKeepTheirAmountUnitAndSlot() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("questions/articles/council/bank.yaml").path
        let built = BankIndex(bank: try BankLoader.loadFile(path))
        let loaded = try BankIndex(snapshot: built.snapshot())
        let before = built.sentences.flatMap(\.units).compactMap(\.value)
        let after = loaded.sentences.flatMap(\.units).compactMap(\.value)
        #expect(before.contains { $0.kind == .quantity && $0.amount > 0 && !$0.unit.isEmpty })
        #expect(before == after)
    }

    @Test func aSmallBankRoundTrips() throws {
        let bank = try Fixtures.parse(Fixtures.minimalBank)
        let index = BankIndex(bank: bank)
        let loaded = try BankIndex(snapshot: index.snapshot())
        #expect(loaded.bank.facts == bank.facts)
        #expect(StatementChecker(index: loaded).check("Alice met Bob on Tuesday.").verdict == .refuted)
    }

    @Test func aDamagedSnapshotIsRefusedWithAMessage() throws {
        let bank = try Fixtures.parse(Fixtures.minimalBank)
        let bytes = BankIndex(bank: bank).snapshot()
        #expect(throws: SnapshotError.self) { try BankIndex(snapshot: []) }
        #expect(throws: SnapshotError.self) { try BankIndex(snapshot: Array("not a snapshot".utf8)) }
        // Cut anywhere: always an error, never a crash.
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(throws: SnapshotError.self) { try BankIndex(snapshot: Array(bytes[0..<cut])) }
        }
        #expect(throws: SnapshotError.self) { try BankIndex(snapshot: bytes + [0]) }
        var newer = bytes
        newer[4] = 99
        let error = try #require(throws: SnapshotError.self) { try BankIndex(snapshot: newer) }
        #expect(error.description.contains("format 99"))
    }

    @Test func flippedBytesNeverCrashTheLoaderOrTheChecker() throws {
        let bank = try Fixtures.parse(Fixtures.minimalBank)
        let bytes = BankIndex(bank: bank).snapshot()
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 4..<damaged.count, using: &generator)
                damaged[at] = UInt8.random(in: 0...255, using: &generator)
            }
            // Either refused, or an index that still answers.
            if let index = try? BankIndex(snapshot: damaged) {
                _ = StatementChecker(index: index).check("Alice met Bob on Monday and Bob said nothing.")
            }
        }
    }
}
