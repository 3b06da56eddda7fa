import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Verify: ContextCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check statements against the article: supported, refuted, not mentioned or partly supported.",
            discussion: """
                Each statement gets a verdict, the article sentence that backs it and, when refuted, \
                what the article says instead. Exit codes: 0 all supported, 1 any refuted, 2 any not \
                fully supported, 64 usage error, 65 bad bank or a bad line in --file.
                """)

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Read statements from a file, one per line ('-' for standard input).", valueName: "file"),
                completion: .file())
        var file: String?

        @Flag(name: .long, help: "Print one JSON object per statement (JSON Lines).")
        var json = false

        @Flag(name: .long, help: "Also show, on standard error, how each statement was read (for bank authors).")
        var trace = false

        @Argument(help: "The statements to check.")
        var statements: [String] = []

        func validate() throws {
            if statements.isEmpty && file == nil {
                throw ValidationError("give a statement to check, or --file")
            }
        }

        func execute(in context: AppContext) throws {
            try VerifyRun(statements: statements, file: file, json: json, trace: trace).execute(in: context)
        }

        /// The process ends with the command: end it here rather than free the index object by
        /// object, which would only add to the run time.
        func run() throws {
            let context = try AppContext.load(bankOptions, output)
            OutputFailure.exit(VerifyRun.status { try execute(in: context) })
        }
    }
}

/// What `verify` does once its arguments are known; the command line and its fast path share it.
struct VerifyRun {
    var statements: [String]
    var file: String?
    var json = false
    var trace = false

    /// `factcheck verify STATEMENT...` with nothing that looks like an option: the statements.
    /// Such a command line needs no argument parser, so it starts sooner; anything else
    /// (options, `--`, help) goes through the full parser.
    static func plainStatements(_ arguments: [String]) -> [String]? {
        guard arguments.count > 2, arguments[1] == "verify" else { return nil }
        let statements = Array(arguments[2...])
        guard statements.allSatisfy({ !$0.hasPrefix("-") }) else { return nil }
        return statements
    }

    /// Runs a plain `verify` command line and ends the process with its exit code.
    static func runPlain(_ statements: [String]) -> Never {
        var context: AppContext?
        let code = status {
            let loaded = AppContext(index: try BankSelection(path: nil, article: nil).load(),
                                    style: Style(choice: .auto, fd: STDOUT_FILENO))
            context = loaded
            try VerifyRun(statements: statements).execute(in: loaded)
        }
        // The context lives until the process ends: freeing the index would only add to the run time.
        withExtendedLifetime(context) { OutputFailure.exit(code) }
    }

    /// The exit status of a body that reports failure by throwing `ExitCode`.
    static func status(_ body: () throws -> Void) -> Int32 {
        do {
            try body()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            Terminal.error("\(Terminal.clean(String(describing: error)))")
            return Exit.dataError
        }
    }

    func execute(in context: AppContext) throws {
        let checker = context.checker
        let style = context.style
        let width = context.width
        var worst: Int32 = 0
        var badInput = false
        var out = BufferedOutput(Terminal.standardOutput)
        defer { out.flush() }
        func report(_ statement: String) {
            let result = checker.check(statement)
            if trace {
                out.flush()
                Terminal.standardError.write(checker.trace(statement) + "\n")
            }
            if json {
                out.write(ResultRenderer.json(result))
                out.write("\n")
            } else {
                out.write(ResultRenderer.text(result, style: style, width: width) + "\n\n")
            }
            switch result.verdict {
            case .supported: break
            case .refuted: worst = Exit.refuted
            case .notMentioned, .partlySupported: if worst == 0 { worst = Exit.notAllSupported }
            }
        }
        // An empty statement is no statement: checking it would only say "not mentioned".
        if statements.contains(where: { TextFolding.trimmed($0).isEmpty }) {
            Terminal.error("a statement to check is empty; give the text, e.g. factcheck verify \"Blinken met Wang on Thursday.\"")
            throw ExitCode(Exit.usage)
        }
        for statement in statements { report(statement) }
        if let file {
            if file == "-" && OutputFailure.standardInputClosed {
                Terminal.standardError.write("error: cannot read standard input: it is closed\n")
                throw ExitCode(Exit.noInput)
            }
            let fd: Int32 = file == "-" ? STDIN_FILENO : open(file, O_RDONLY)
            if fd < 0 {
                Terminal.error("cannot open \(Terminal.clean(file)): \(String(cString: strerror(errno)))")
                throw ExitCode(Exit.noInput)
            }
            defer { if fd != STDIN_FILENO { close(fd) } }
            let name = file == "-" ? "<stdin>" : file
            var info = stat()
            if fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
                Terminal.standardError.write("error: cannot read \(Terminal.clean(name)): it is a directory\n")
                throw ExitCode(Exit.noInput)
            }
            var reader = LineReader(fileDescriptor: fd)
            reader.willWait = { out.flush() }
            defer { reader.willWait = nil }
            while let line = reader.next() {
                switch line {
                case .text(_, let text):
                    // A printable ASCII character settles it without Foundation's trimming.
                    if text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) || !text.trimmingCharacters(in: .whitespaces).isEmpty {
                        report(text)
                    }
                case .tooLong(let n):
                    badInput = true
                    out.flush()
                    Terminal.standardError.write("\(Terminal.clean(name)):\(n): error: line longer than \(LineReader.defaultMaximumLineLength / 1024) KiB; skipped\n")
                case .invalidUTF8(let n):
                    badInput = true
                    out.flush()
                    Terminal.standardError.write("\(Terminal.clean(name)):\(n): error: line is not valid UTF-8; skipped\n")
                }
            }
            if let code = reader.readError {
                out.flush()
                Terminal.standardError.write("error: cannot read \(Terminal.clean(name)): \(String(cString: strerror(code)))\n")
                throw ExitCode(Exit.ioError)
            }
        }
        out.flush()
        if badInput { throw ExitCode(Exit.dataError) }
        if worst != 0 { throw ExitCode(worst) }
    }
}
