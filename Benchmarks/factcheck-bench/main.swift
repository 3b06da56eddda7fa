import FactCheckKit
import Foundation

// Performance harness for the statement checker (run in release mode: `make bench`).
// Prints the figures recorded in Benchmarks/README.md.

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let bankPath = root.appendingPathComponent("questions/blinken-wang.yaml").path
let seed: FactBank
do { seed = try BankLoader.loadFile(bankPath) } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(65)
}
let evalText = (try? String(contentsOfFile: root.appendingPathComponent("questions/checker-eval.tsv").path, encoding: .utf8)) ?? ""
let statements = ((try? Evaluation.parseTSV(evalText, file: "eval")) ?? []).map(\.statement)
guard !statements.isEmpty else { print("no statements"); exit(1) }

var indexTime = 0.0
var checker: StatementChecker?
indexTime = seconds { checker = StatementChecker(bank: seed) }
guard let seedChecker = checker else { exit(1) }

/// Statements per second, from the fastest of five batches (the machine's noise only ever slows a run down).
func throughput(_ c: StatementChecker, _ statements: [String], rounds: Int) -> (perSecond: Double, microseconds: Double) {
    var sink = 0
    for s in statements.prefix(20) { sink &+= c.check(s).parts.count }  // warm up
    let batch = max(1, rounds / 5)
    var best = Double.infinity
    for _ in 0..<5 {
        let t = seconds {
            for _ in 0..<batch { for s in statements { sink &+= c.check(s).parts.count } }
        }
        best = min(best, t)
    }
    if sink == -1 { print(sink) }
    let total = Double(statements.count * batch)
    return (total / best, best / total * 1e6)
}

do {
    let data = FileManager.default.contents(atPath: bankPath) ?? Data()
    var parsed: FactBank?
    let parse = seconds { parsed = try? BankLoader.parse(data: data, file: "seed") }
    var lexicon: Lexicon?
    let lex = seconds { lexicon = Lexicon(bank: seed.lexicon) }
    print(String(format: "building from YAML (bank files given with --bank): parse+validate %.2f ms, lexicon %.2f ms (%d phrases), whole index %.2f ms",
                 parse * 1000, lex * 1000, lexicon?.phrases.count ?? 0, indexTime * 1000))
    _ = parsed
    // What the program does for a built-in bank: read the snapshot made at build time.
    let snapshot = seedChecker.index.snapshot()
    var loaded: BankIndex?
    var fastest = Double.infinity
    for _ in 0..<5 { fastest = min(fastest, seconds { loaded = try? BankIndex(snapshot: snapshot) }) }
    print(String(format: "built-in bank: snapshot of %d KiB read in %.2f ms (fastest of 5)", snapshot.count / 1024, fastest * 1000))
    _ = loaded
}
print("seed bank: \(seed.facts.count) facts")
let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 100
let seedRun = throughput(seedChecker, statements, rounds: rounds)
print(String(format: "seed bank: %.0f statements/s on one core (%.1f µs per statement, %d statements x %d)", seedRun.perSecond, seedRun.microseconds, statements.count, rounds))
if ProcessInfo.processInfo.environment["BENCH_SEED_ONLY"] != nil {
    for (name, body) in seedChecker.profileStages() {
        var sink = 0
        let t = seconds { for _ in 0..<rounds { for s in statements { sink &+= body(s) } } }
        print(String(format: "  stage %@: %.1f µs per statement", name, t / Double(rounds * statements.count) * 1e6))
        if sink == -1 { print(sink) }
    }
    exit(0)
}

let copies = Int(ProcessInfo.processInfo.environment["BENCH_ARTICLES"] ?? "") ?? 1000
var synthetic: FactBank?
let makeTime = seconds { synthetic = SyntheticBank.make(from: seed, copies: copies, factsPerArticle: 50) }
guard let big = synthetic else { exit(1) }
var bigChecker: StatementChecker?
let bigIndexTime = seconds { bigChecker = StatementChecker(bank: big) }
guard let large = bigChecker else { exit(1) }
print("synthetic bank: \(copies) articles, \(big.facts.count) facts, \(big.article.sentences.count) sentences (made in \(String(format: "%.1f", makeTime)) s, indexed in \(String(format: "%.1f", bigIndexTime)) s)")
// The same statements, written about one copy of the article (its people renamed).
let rename = SyntheticBank.renamer(for: copies / 2, seed: seed)
let renamed = statements.map(rename)
let bigRun = throughput(large, renamed, rounds: max(5, rounds / 2))
if ProcessInfo.processInfo.environment["BENCH_STAGES"] != nil {
    let seedProfile = seedChecker.rankProfile(statements)
    let bigProfile = large.rankProfile(renamed)
    print(String(format: "  rank only: seed %.1f µs, synthetic %.1f µs; rare postings per statement: seed %d, synthetic %d; common units: %d, %d",
                 seedProfile.microseconds, bigProfile.microseconds, seedProfile.rarePostings, bigProfile.rarePostings,
                 seedProfile.commonUnits, bigProfile.commonUnits))
    let counts = renamed.map { large.candidateCount($0) }
    print("  candidates per statement: mean \(counts.reduce(0, +) / max(1, counts.count)), max \(counts.max() ?? 0)")
    for (s, c) in zip(renamed, counts).sorted(by: { $0.1 > $1.1 }).prefix(3) { print("    \(c): \(s)") }
    for (name, body) in large.profileStages() {
        var sink = 0
        let t = seconds { for s in renamed { sink &+= body(s) } }
        print(String(format: "  synthetic stage %@: %.1f µs per statement", name, t / Double(renamed.count) * 1e6))
        if sink == -1 { print(sink) }
    }
}
print(String(format: "synthetic bank: %.0f statements/s (%.1f µs per statement)", bigRun.perSecond, bigRun.microseconds))
print(String(format: "ratio synthetic/seed per statement: %.2fx (target <= 3x)", bigRun.microseconds / seedRun.microseconds))

// Worst inputs: each must be answered well within a second.
let hostile = [String(repeating: "Blinken met Wang on Thursday and ", count: 32_000),
               String(repeating: "🙂", count: 100_000), String(repeating: "\u{202E}مرحبا ", count: 50_000),
               String(repeating: "\u{1B}[31m\u{0}", count: 100_000), String(repeating: "not ", count: 250_000)]
for input in hostile {
    let t = seconds { _ = seedChecker.check(input) }
    print(String(format: "hostile input of %d bytes: %.1f ms", input.utf8.count, t * 1000))
}
