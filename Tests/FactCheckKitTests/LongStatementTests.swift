import Foundation
import Testing
@testable import FactCheckCore

/// Long statements are checked whole, and splitting them costs time in proportion to their length.
@Suite struct LongStatementTests {
    @Test func aFalseSentenceAfterSeventyTrueOnesIsRefuted() throws {
        let checker = try #require(Fixtures.checker)
        let text = Array(repeating: "Blinken met Wang Yi on Thursday.", count: 70).joined(separator: " ") + " Blinken met Wang Yi on Friday."
        #expect(text.unicodeScalars.count > StatementChecker.maximumStatementLength)
        let result = checker.check(text)
        #expect(result.verdict == .refuted)
        #expect(result.parts.count == 71)
        #expect(result.parts.last?.verdict == .refuted)
        #expect(!result.explanation.contains("only the first"))
    }

    @Test func aLongCompoundStatementIsNotCut() throws {
        let checker = try #require(Fixtures.checker)
        let text = Array(repeating: "Blinken met Wang Yi on Thursday and Blinken warned China", count: 40).joined(separator: "; ")
            + "; Wang Yi met Blinken on Friday"
        let result = checker.check(text)
        #expect(result.verdict == .refuted)
    }

    /// "x and x and ...": every joiner used to rescan the statement from its start.
    @Test func joinersDoNotMakeSplittingQuadratic() {
        let text = Array(repeating: "x", count: 32_000).joined(separator: " and ")
        let clock = ContinuousClock()
        let start = clock.now
        let parts = ClauseSplitter.split(text)
        #expect(parts.count == 1)
        #expect(clock.now - start < .seconds(5), "a hang guard, not a benchmark: see Benchmarks/README.md")
    }

    @Test func aLongSubjectIsNotLentToEveryPart() {
        let subject = Array(repeating: "very", count: 50).joined(separator: " ") + " Blinken"
        let text = subject + " met Wang" + String(repeating: " and met Wang", count: 200)
        let parts = ClauseSplitter.split(text)
        #expect(parts.map(\.count).reduce(0, +) < text.count * 2)
    }
}
