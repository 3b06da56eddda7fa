import ArgumentParser
import FactCheckKit
import Foundation

@main
struct FactCheck: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Study and fact-check a news article in the terminal.",
        discussion: """
            The seed article's fact bank is built in; --bank or FACTCHECK_BANK selects another.
            Exit codes: 0 success (verify: all supported), 1 a statement was refuted, 2 a statement \
            was not fully supported, 64 usage error, 65 bad bank or input file, 66 missing input, \
            73 cannot create output, 74 I/O error.
            """,
        version: version,
        subcommands: [Repl.self, Verify.self, Quiz.self, Report.self, Facts.self, Who.self, Lint.self, Eval.self],
        defaultSubcommand: Repl.self
    )

    static func main() {
        OutputFailure.guardStandardDescriptors()
        // The common `factcheck verify "..."` needs no argument parser: it starts sooner without.
        if let statements = VerifyRun.plainStatements(CommandLine.arguments) { VerifyRun.runPlain(statements) }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // A failed write to standard output outranks the command's own outcome.
            if OutputFailure.standardOutputErrno != 0 { OutputFailure.exit(0) }
            // The parser's messages quote the arguments: shown, never obeyed, on a terminal.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Terminal.standardOutput.write(message.isEmpty ? "" : message + "\n")
            } else if !message.isEmpty {
                Terminal.standardError.write(TextFolding.sanitizeForTerminal(message, keepNewlines: true) + "\n")
            }
            OutputFailure.exit(code.rawValue)
        }
        OutputFailure.exit(0)
    }
}

/// Exit codes, as documented in the README (sysexits.h values for errors).
enum Exit {
    static let refuted: Int32 = 1
    static let notAllSupported: Int32 = 2
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let cantCreate: Int32 = 73
    static let ioError: Int32 = 74
}
