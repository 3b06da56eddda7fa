import Foundation

/// Runs the real `factcheck` binary on generated and kept inputs and checks what must always
/// hold: no crash (no death by signal), no hang (every run ends within `timeout`), only the
/// documented exit codes, an `error:` line whenever a run fails, and no change to a file the
/// program must leave alone (bank files, a database it refused or only reported on).
public final class FuzzRunner {
    public struct Finding: CustomStringConvertible, Sendable {
        public var kind: String
        public var command: String
        public var detail: String
        public var input: String
        public var description: String { "\(kind): \(command) — \(detail) (input kept at \(input))" }
    }

    public let binary: URL
    public let work: String
    public let timeout: Double
    public private(set) var runs = 0
    public private(set) var inputs = 0
    public private(set) var findings: [Finding] = []
    var template: String?

    public static let documented: Set<Int32> = [0, 1, 2, 64, 65, 66, 73, 74]

    public init(binary: URL, work: String, timeout: Double = 20) throws {
        self.binary = binary
        self.work = work
        self.timeout = timeout
        try FileManager.default.createDirectory(atPath: work + "/findings", withIntermediateDirectories: true)
    }

    struct Outcome {
        var status: Int32
        var signal: Int32?
        var timedOut: Bool
        var stderr: String
        var seconds: Double
    }

    func launch(_ arguments: [String], stdin: Data = Data()) -> Outcome {
        runs += 1
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_STATE_HOME"] = work + "/state"
        env["XDG_DATA_HOME"] = work + "/data"
        env.removeValue(forKey: "FACTCHECK_BANK")
        env.removeValue(forKey: "FACTCHECK_DB")
        process.environment = env
        let inputFile = work + "/stdin"
        let errorFile = work + "/stderr"
        _ = FileManager.default.createFile(atPath: inputFile, contents: stdin)
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        process.standardInput = FileHandle(forReadingAtPath: inputFile)
        process.standardOutput = FileHandle.nullDevice
        let errorHandle = FileHandle(forWritingAtPath: errorFile)
        process.standardError = errorHandle
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        let start = Date()
        do { try process.run() } catch {
            return Outcome(status: -1, signal: nil, timedOut: false, stderr: "cannot start: \(error)", seconds: 0)
        }
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        try? errorHandle?.close()
        let stderr = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? "<not UTF-8>"
        let signal: Int32? = process.terminationReason == .uncaughtSignal && !timedOut ? process.terminationStatus : nil
        return Outcome(status: process.terminationStatus, signal: signal, timedOut: timedOut, stderr: stderr, seconds: Date().timeIntervalSince(start))
    }

    /// Keeps the input of a finding beside the others, to be added to the corpus.
    func keep(_ path: String, kind: String) -> String {
        let name = "\(kind)-\(findings.count)-\((path as NSString).lastPathComponent)"
        let kept = work + "/findings/" + name
        try? FileManager.default.removeItem(atPath: kept)
        try? FileManager.default.copyItem(atPath: path, toPath: kept)
        return kept
    }

    /// Checks one run against the invariants; `allowed` narrows the documented exit codes.
    func check(_ outcome: Outcome, _ arguments: [String], input: String, allowed: Set<Int32> = FuzzRunner.documented) {
        let command = "factcheck " + arguments.map { $0.count > 60 ? String($0.prefix(57)) + "..." : $0 }.joined(separator: " ")
        var problem: (String, String)?
        if outcome.timedOut {
            problem = ("hang", "no answer within \(Int(timeout)) s")
        } else if let signal = outcome.signal {
            problem = ("crash", "ended by signal \(signal); \(outcome.stderr.suffix(300))")
        } else if !allowed.contains(outcome.status) {
            problem = ("exit code", "exit \(outcome.status), not one of \(allowed.sorted()); \(outcome.stderr.suffix(300))")
        } else if ![0, 1, 2].contains(outcome.status) && !outcome.stderr.lowercased().contains("error") {
            problem = ("silent failure", "exit \(outcome.status) with no error message")
        }
        if let (kind, detail) = problem {
            findings.append(Finding(kind: kind, command: command, detail: detail, input: keep(input, kind: kind)))
        }
    }

    func unchanged(_ path: String, before: Data?, _ arguments: [String], input: String) {
        if FileManager.default.contents(atPath: path) != before {
            findings.append(Finding(kind: "file changed", command: "factcheck " + arguments.joined(separator: " "),
                                    detail: "a file that must be left alone was modified", input: keep(input, kind: "changed")))
        }
    }

    // MARK: Cases

    /// A file of statements, one per line, through `verify --file` (text and JSON).
    public func statements(file: String) {
        inputs += 1
        for extra in [[], ["--json"]] {
            let arguments = ["verify"] + extra + ["--file", file]
            check(launch(arguments), arguments, input: file, allowed: [0, 1, 2, 65])
        }
    }

    /// A bank file, through `lint` and `verify --bank`; the file must be left as it was.
    public func bank(file: String) {
        readOnly(file, runs: [["lint", file], ["verify", "--bank", file, "Alice met Bob on Monday."]])
    }

    /// An article, through `draft` and `verify --bank ARTICLE` (drafted in memory); the file
    /// must be left as it was.
    public func article(file: String) {
        readOnly(file, runs: [["draft", file], ["verify", "--bank", file, "Mayor Ana Ruiz said on Tuesday that the council agreed."]])
    }

    /// Runs that only read `file`: each must end as documented and leave the file as it was.
    func readOnly(_ file: String, runs: [[String]]) {
        inputs += 1
        let before = FileManager.default.contents(atPath: file)
        for arguments in runs {
            check(launch(arguments), arguments, input: file, allowed: [0, 1, 2, 65, 66])
            unchanged(file, before: before, arguments, input: file)
        }
    }

    /// A progress database, through `report` (which never writes) and `quiz` (which writes
    /// only to a database it accepted).
    public func database(file: String) {
        inputs += 1
        let before = FileManager.default.contents(atPath: file)
        // Findings keep the file as it was before any run.
        let original = work + "/original-" + (file as NSString).lastPathComponent
        try? FileManager.default.removeItem(atPath: original)
        try? FileManager.default.copyItem(atPath: file, toPath: original)
        let sidecars = ["-wal", "-shm", "-journal"].filter { !FileManager.default.fileExists(atPath: file + $0) }
        for arguments in [["report", "--all", "--db", file], ["report", "--format", "csv", "--db", file]] {
            check(launch(arguments), arguments, input: original, allowed: [0, 65, 66, 74])
            unchanged(file, before: before, arguments, input: original)
            for suffix in sidecars where FileManager.default.fileExists(atPath: file + suffix) {
                findings.append(Finding(kind: "file left behind", command: "factcheck " + arguments.joined(separator: " "),
                                        detail: "\(suffix) file left beside the database", input: keep(original, kind: "sidecar")))
                try? FileManager.default.removeItem(atPath: file + suffix)
            }
        }
        let quiz = ["quiz", "--count", "2", "--seed", "1", "--db", file]
        let outcome = launch(quiz, stdin: Data("a\nb\n".utf8))
        check(outcome, quiz, input: original, allowed: [0, 65, 66, 74])
        if outcome.status != 0 { unchanged(file, before: before, quiz, input: original) }
    }

    /// A database with three sessions in it, made once by the binary itself.
    public func templateDatabase() throws -> String {
        if let template { return template }
        let path = work + "/template.db"
        try? FileManager.default.removeItem(atPath: path)
        for seed in ["1", "2", "3"] {
            _ = launch(["quiz", "--count", "3", "--seed", seed, "--db", path], stdin: Data("jan\nb\nWang Yi\n".utf8))
        }
        template = path
        return path
    }

    // MARK: Generated rounds and the kept corpus

    /// One round of generated inputs from `seed`: a batch of statements, a bank, a database.
    public func round(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let statements = work + "/statements-\(seed % 4).txt"
        let batch = (0..<(5 + rng.below(40))).map { _ in StatementGenerator.statement(&rng) }.joined(separator: "\n")
        try Data(batch.utf8).write(to: URL(fileURLWithPath: statements))
        self.statements(file: statements)
        let bankFile = work + "/bank-\(seed % 4).yaml"
        try BankGenerator.bank(&rng).write(to: URL(fileURLWithPath: bankFile))
        bank(file: bankFile)
        let articleFile = work + "/article-\(seed % 4).txt"
        try ArticleGenerator.article(&rng).write(to: URL(fileURLWithPath: articleFile))
        article(file: articleFile)
        let db = work + "/db-\(seed % 4).db"
        try DatabaseMutator.mutate(template: try templateDatabase(), to: db, &rng)
        database(file: db)
    }

    /// Every kept input of `corpus` (statements/*, banks/*, articles/*, databases/*), replayed.
    public func replay(corpus: String) throws {
        let fm = FileManager.default
        for (folder, action) in [("statements", statements(file:)), ("banks", bank(file:)), ("articles", article(file:)), ("databases", database(file:))] as [(String, (String) -> Void)] {
            let dir = corpus + "/" + folder
            for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() where !name.hasPrefix(".") {
                // Work on a copy: a database run must not change the kept file even if the program would.
                let copy = work + "/replay-" + name
                try? fm.removeItem(atPath: copy)
                try fm.copyItem(atPath: dir + "/" + name, toPath: copy)
                action(copy)
            }
        }
    }
}
