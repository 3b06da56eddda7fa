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
            The seed article's fact bank is built in; --bank or FACTCHECK_BANK selects another, and \
            'factcheck add' keeps more in a library, each chosen with --article ID ('factcheck articles' lists them).
            Exit codes: 0 success (verify: all supported), 1 a statement was refuted (who: no one \
            by that name), 2 a statement was not fully supported, 64 usage error, 65 bad bank or \
            input file, 66 missing input, 73 cannot create output, 74 I/O error.
            """,
        version: version,
        subcommands: [Repl.self, Verify.self, Quiz.self, Items.self, Report.self, ExportDeck.self, Facts.self, Who.self, Lint.self, Draft.self,
                      Eval.self, Add.self, Articles.self],
        defaultSubcommand: Repl.self
    )

    static func main() {
        OutputFailure.guardStandardDescriptors()
        // The common `factcheck verify "..."` needs no argument parser: it starts sooner without.
        if let statements = VerifyRun.plainStatements(CommandLine.arguments) { VerifyRun.runPlain(statements) }
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The shell is the default command and takes no words: a first word that is no command
        // is a mistyped one ("quizz"), not an argument for the shell.
        if let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) {
            let hint = suggestion(for: first, among: commandNames).map { "; did you mean '\($0)'?" } ?? ""
            Terminal.error("unknown command '\(Terminal.clean(first))'\(hint) ('factcheck --help' lists them)")
            OutputFailure.exit(Exit.usage)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            finish(with: error)
        }
        OutputFailure.exit(0)
    }

    /// The subcommands' names, and `help`.
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } + ["help"] }

    /// The closest name within two edits, if one is that close.
    static func suggestion(for typed: String, among names: [String]) -> String? {
        let lower = typed.lowercased()
        let scored = names.compactMap { name in EditDistance.distance(lower, name, limit: 2).map { (name, $0) } }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Ends the process for an error as ArgumentParser would, but with one spelling of
    /// "error:" for every message (ArgumentParser's own say "Error:").
    /// A failed write to standard output outranks the command's own outcome (74), and the
    /// parser's messages, which quote the arguments, are shown but never obeyed on a terminal.
    static func finish(with error: Error) -> Never {
        if OutputFailure.standardOutputErrno != 0 { OutputFailure.exit(0) }
        let code = exitCode(for: error)
        var text = fullMessage(for: error)
        if code == .success {
            if !text.isEmpty { Terminal.standardOutput.write(text + "\n") }
            OutputFailure.exit(0)
        }
        if text.hasPrefix("Error: ") { text = "error: " + text.dropFirst("Error: ".count) }
        if !text.isEmpty { Terminal.standardError.write(TextFolding.sanitizeForTerminal(text, keepNewlines: true) + "\n") }
        OutputFailure.exit(code.rawValue)
    }
}

/// A name, fact or file the user asked for is not there: one message, exit code 1 on the
/// command line, an error line in the shell.
struct NotFound: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
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
