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

// BENCH_COSTS_ONLY=1 skips the synthetic bank and the hostile inputs.
if ProcessInfo.processInfo.environment["BENCH_COSTS_ONLY"] == nil {
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
                   String(repeating: "\u{1B}[31m\u{0}", count: 100_000), String(repeating: "not ", count: 250_000),
                   // A pasted table: thousands of dates and figures in one clause.
                   String(repeating: "on 31 Sept 2025 the rate rose from 7.10 euros to 7.90 euros ", count: 600)]
    for input in hostile {
        let t = seconds { _ = seedChecker.check(input) }
        print(String(format: "hostile input of %d bytes: %.1f ms", input.utf8.count, t * 1000))
    }
}

// MARK: Costs that must grow with the work (issue 13), measured side by side in this run.

/// The fastest of `n` timings of `body`.
func fastest(_ n: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<n { best = min(best, seconds(body)) }
    return best
}

/// A bank of `n` facts, one sentence and two people per fact, as YAML.
func generatedBank(facts n: Int) -> Data {
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    var text = "format: factcheck.bank/1\nsource:\n  id: gen\n  title: Generated\n  text: >-\n"
    for i in 0..<n { text += "    Person\(i) met Person\(i + 1) on \(days[i % 7]) in city number \(i).\n" }
    text += "entities:\n"
    for i in 0...n { text += "  - id: p\(i)\n    type: person\n    name: Person\(i)\n" }
    text += "facts:\n"
    for i in 0..<n {
        text += "  - id: f\(i)\n    category: date\n    subject: p\(i)\n    predicate: meet\n    object: p\(i + 1)\n"
        text += "    when: {weekday: \(days[i % 7])}\n    evidence: Person\(i) met Person\(i + 1) on \(days[i % 7]) in city number \(i)\n"
        text += "    statement: Person\(i) met Person\(i + 1) on \(days[i % 7]).\n"
    }
    return Data(text.utf8)
}

let benchDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let factcheckBinary = benchDir.appendingPathComponent("factcheck")
let scratch = NSTemporaryDirectory() + "factcheck-bench-\(getpid())"
try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)

/// Runs the built `factcheck` with stdout to a file (as `> out.txt` would); wall time and peak RSS.
func wholeProcess(_ arguments: [String]) -> (seconds: Double, peakKiB: Int)? {
    guard FileManager.default.isExecutableFile(atPath: factcheckBinary.path) else { return nil }
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, scratch + "/out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv: [UnsafeMutablePointer<CChar>?] = ([factcheckBinary.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, factcheckBinary.path, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, usage.ru_maxrss)
}

print("")
print("costs (issue 13):")
// Bank loading: YAML parse, validation (each fact's evidence found in the article) and index.
var loadTimes: [Int: Double] = [:]
for n in [1_000, 10_000] {
    let data = generatedBank(facts: n)
    let path = scratch + "/bank\(n).yaml"
    try? data.write(to: URL(fileURLWithPath: path))
    var ok = true
    var parsed: FactBank?
    let parse = fastest(3) {
        do { parsed = try BankLoader.parse(data: data, file: "gen") } catch { ok = false }
    }
    let index = fastest(3) { if let parsed { _ = BankIndex(bank: parsed) } }
    loadTimes[n] = parse + index
    let process = wholeProcess(["lint", path])
    print(String(format: "  bank of %d facts (%d KiB of YAML): parsed and checked in %.3f s, indexed in %.3f s%@; `factcheck lint` %.3f s, peak RSS %d MiB",
                 n, data.count / 1024, parse, index, ok ? "" : " (FAILED)", process?.seconds ?? .nan, (process?.peakKiB ?? 0) / 1024))
}
if let small = loadTimes[1_000], let large = loadTimes[10_000] {
    print(String(format: "  10x the facts: %.1fx the time (linear: 10x)", large / small))
}
// Clause splitting on the worst statement: a joiner between every word.
let joiners2k = Array(repeating: "x", count: 400).joined(separator: " and ")
let joiners4k = Array(repeating: "x", count: 800).joined(separator: " and ")
let split2k = fastest(20) { _ = ClauseSplitter.split(joiners2k) }
let split4k = fastest(20) { _ = ClauseSplitter.split(joiners4k) }
print(String(format: "  clause splitting, \"x and x and ...\": %d bytes %.3f ms, %d bytes %.3f ms (%.1fx for 2x; target < 2 ms at 2 KB)",
             joiners2k.utf8.count, split2k * 1000, joiners4k.utf8.count, split4k * 1000, split4k / split2k))
// A long statement is checked whole: twice the sentences, twice the time.
let sentence = "Blinken met Wang Yi on Thursday and warned China against helping Russia. "
let long1 = String(repeating: sentence, count: 60), long2 = String(repeating: sentence, count: 120)
let check1 = fastest(5) { _ = seedChecker.check(long1) }, check2 = fastest(5) { _ = seedChecker.check(long2) }
print(String(format: "  long statement checked whole: %d bytes %.1f ms, %d bytes %.1f ms (%.1fx for 2x)",
             long1.utf8.count, check1 * 1000, long2.utf8.count, check2 * 1000, check2 / check1))
// Whole process against in process: the same statements through `verify --file`.
let lines = 50_000
let fileText = (0..<lines).map { statements[$0 % statements.count] }.joined(separator: "\n") + "\n"
let listPath = scratch + "/statements.txt"
try? Data(fileText.utf8).write(to: URL(fileURLWithPath: listPath))
let inProcess = throughput(seedChecker, statements, rounds: max(5, rounds / 2))
for extra in [[], ["--json"]] {
    var best = Double.infinity
    for _ in 0..<3 { if let run = wholeProcess(["verify"] + extra + ["--file", listPath]) { best = min(best, run.seconds) } }
    let rate = Double(lines) / best
    print(String(format: "  `factcheck verify %@--file` on %d statements, output to a file: %.0f statements/s whole process; in process %.0f/s; ratio %.2fx (target <= 1.3x)",
                 extra.isEmpty ? "" : "--json ", lines, rate, inProcess.perSecond, inProcess.perSecond / rate))
}
try? FileManager.default.removeItem(atPath: scratch)
