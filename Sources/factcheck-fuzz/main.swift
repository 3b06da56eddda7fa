import Foundation
import FuzzKit

// `make fuzz`: replays the kept corpus (Tests/Fuzz/corpus), then generates hostile statements,
// bank files and progress databases from consecutive seeds until the budget is spent, running
// the built binary on each. Prints what it tried and every finding; exits 1 if any.
//   factcheck-fuzz [--seconds N] [--seed S] [--binary PATH] [--timeout SECONDS]

var seconds = 60.0
var seed: UInt64 = 1
var timeout = 20.0
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
var binary = root.appendingPathComponent(".build/release/factcheck")
var arguments = CommandLine.arguments.dropFirst()
let usage = "usage: factcheck-fuzz [--seconds N] [--seed S] [--binary PATH] [--timeout SECONDS]\n"
while let flag = arguments.popFirst() {
    if flag == "--help" || flag == "-h" { print(usage, terminator: ""); exit(0) }
    guard let value = arguments.popFirst() else {
        FileHandle.standardError.write(Data("error: \(flag) needs a value\n\(usage)".utf8))
        exit(64)
    }
    switch flag {
    case "--seconds": seconds = Double(value) ?? seconds
    case "--seed": seed = UInt64(value) ?? seed
    case "--timeout": timeout = Double(value) ?? timeout
    case "--binary": binary = URL(fileURLWithPath: value)
    default: FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8)); exit(64)
    }
}
guard FileManager.default.isExecutableFile(atPath: binary.path) else {
    FileHandle.standardError.write(Data("error: no binary at \(binary.path); build it first (make fuzz does)\n".utf8))
    exit(66)
}
let work = root.appendingPathComponent(".build/fuzz").path
let runner: FuzzRunner
let start = Date()
var replayed = 0
var rounds = 0
do {
    runner = try FuzzRunner(binary: binary, work: work, timeout: timeout)
    try runner.replay(corpus: root.appendingPathComponent("Tests/Fuzz/corpus").path)
    replayed = runner.inputs
    while Date().timeIntervalSince(start) < seconds {
        try runner.round(seed: seed &+ UInt64(rounds))
        rounds += 1
    }
} catch {
    // The harness itself could not go on (its work folder, or a binary removed while it ran).
    FileHandle.standardError.write(Data("error: the fuzz run stopped: \(error.localizedDescription)\n".utf8))
    exit(70)
}
let elapsed = Date().timeIntervalSince(start)
print(String(format: "fuzz: %d kept inputs replayed, %d rounds from seed %llu (%d generated inputs), %d runs of factcheck in %.0f s",
             replayed, rounds, seed, runner.inputs - replayed, runner.runs, elapsed))
let kinds = ["crash", "hang", "exit code", "silent failure", "file changed", "file left behind"]
print(kinds.map { kind in "\(runner.findings.filter { $0.kind == kind }.count) \(kind)" }.joined(separator: ", "))
for finding in runner.findings { print("  " + finding.description) }
if !runner.findings.isEmpty {
    print("Copy the inputs worth keeping into Tests/Fuzz/corpus/{statements,banks,articles,databases}/ once fixed.")
    exit(1)
}
