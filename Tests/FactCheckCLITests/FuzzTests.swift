import Foundation
import TestSupport
import FuzzKit
import Testing

/// A short pass of the fuzz suite (`make fuzz` runs it for a budget): the kept corpus of past
/// failures, then a few generated rounds, all on the built binary.
@Suite struct FuzzTests {
    @Test func keptCorpusAndAShortGeneratedPass() throws {
        let work = Scratch.directory + "fuzz-\(UUID().uuidString)"
        let runner = try FuzzRunner(binary: Run.binary, work: work, timeout: 60)
        try runner.replay(corpus: Run.packageRoot.appendingPathComponent("Tests/Fuzz/corpus").path)
        #expect(runner.inputs >= 16, "the corpus is replayed")
        for seed in UInt64(1)...4 { try runner.round(seed: seed) }
        #expect(runner.findings.isEmpty, "\(runner.findings.map(\.description).joined(separator: "\n"))")
        try? FileManager.default.removeItem(atPath: work)
    }

    /// A bank cut to nothing by one mutation is mutated again without the generator trapping
    /// (seed 4242 of `make fuzz` once stopped the whole run there).
    @Test func bankGeneratorSurvivesAFileCutToNothing() {
        var sizes = 0
        for seed in UInt64(0)..<3_000 {
            var rng = FuzzRandom(seed: seed)
            sizes &+= BankGenerator.bank(&rng).count
        }
        #expect(sizes > 0)
    }

    @Test func generatorsAreDeterministic() {
        var a = FuzzRandom(seed: 42), b = FuzzRandom(seed: 42)
        #expect(StatementGenerator.statement(&a) == StatementGenerator.statement(&b))
        #expect(BankGenerator.bank(&a) == BankGenerator.bank(&b))
    }
}
