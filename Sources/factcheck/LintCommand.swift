import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check bank files and report every problem as file:line:column.",
            discussion: """
                --deep also runs every fact through the checker: its own statement must verify as supported \
                (an error otherwise), and the statement negated, with another speaker, another date or another \
                number should be refuted (a warning otherwise); it warns of aliases that hold a negation or \
                quantifier word, one alias on two entities, and bank synonyms or antonyms that mislead the checker. \
                Each problem is printed on standard error as file:line:column: error|warning: message, with a \
                suggestion on the next line.

                Exit codes: 0 every bank is valid (warnings alone do not fail, unless --strict), \
                65 a problem was found (an error, or with --strict a warning), 66 a path does not exist.
                """)

        @Argument(help: "Bank files or directories (default: the built-in bank).", completion: .file(extensions: ["yaml", "yml"]))
        var paths: [String] = []

        @Option(name: .long, help: ArgumentHelp("A bank file or directory to check, as well as any given as arguments.", valueName: "path"),
                completion: .file(extensions: ["yaml", "yml"]))
        var bank: [String] = []

        @Flag(name: .long, help: "Also check each fact with the statement checker (its statement and altered forms of it), the aliases and the bank's lexicon.")
        var deep = false

        @Flag(name: .long, help: "Fail (exit 65) on warnings too.")
        var strict = false

        @Option(name: .long, help: ArgumentHelp("Check this article's bank: a built-in one or one added to the library (repeatable).", valueName: "id"))
        var article: [String] = []

        func run() throws {
            var failed = false
            var missing = false
            var warned = false
            var paths = self.paths + bank
            var builtIn = paths.isEmpty && article.isEmpty
            for id in article {
                if ArticleCatalog.builtInIDs.contains(id) {
                    builtIn = true
                } else if ArticleLibrary.isValidID(id), ArticleCatalog.library.contains(id) {
                    paths.append(ArticleCatalog.library.path(for: id))
                } else {
                    Terminal.error("no article '\(Terminal.clean(id))'; the articles are: \(ArticleCatalog.allIDs().joined(separator: ", "))")
                    throw ExitCode(Exit.usage)
                }
            }
            /// The --deep problems of one bank, on standard error, and a count on standard output.
            func deepCheck(_ bank: FactBank, checker: StatementChecker) {
                let problems = DeepLint.check(bank, checker: checker)
                for problem in problems {
                    Terminal.standardError.write(Terminal.clean(problem.description) + "\n"
                        + "    suggestion: " + Terminal.clean(problem.suggestion) + "\n")
                }
                let errors = problems.filter { $0.severity == .error }.count
                let warnings = problems.count - errors
                if errors > 0 { failed = true }
                if warnings > 0 { warned = true }
                Terminal.standardOutput.write("\(Terminal.clean(bank.origin)): deep: \(bank.facts.count) facts checked, "
                    + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
            }
            if builtIn {
                do {
                    let indexes = try BuiltInBanks.loadAll()
                    for index in indexes {
                        let bank = index.bank
                        Terminal.standardOutput.write("\(bank.origin): ok (\(bank.facts.count) facts, \(bank.entities.count) entities)\n")
                        if deep { deepCheck(bank, checker: StatementChecker(index: index)) }
                    }
                } catch {
                    Terminal.standardError.write(error.description + "\n")
                    failed = true
                }
            }
            for path in paths {
                do {
                    let banks = try BankLoader.load(path: path)
                    for bank in banks {
                        let warnings = BankCoverage.uncoveredSentences(bank)
                        Terminal.standardOutput.write("\(Terminal.clean(bank.origin)): ok (\(bank.facts.count) facts, \(bank.entities.count) entities, \(bank.article.sentences.count) sentences)\n")
                        for s in warnings {
                            Terminal.standardError.write("\(Terminal.clean(bank.origin)): warning: sentence \(s + 1) is the evidence of no fact\n")
                        }
                        if !warnings.isEmpty { warned = true }
                        if deep { deepCheck(bank, checker: StatementChecker(bank: bank)) }
                    }
                } catch {
                    Terminal.standardError.write(error.description + "\n")
                    if error.errors.contains(where: { $0.kind == .unreadable }) { missing = true } else { failed = true }
                }
            }
            if failed || (strict && warned) { throw ExitCode(Exit.dataError) }
            if missing { throw ExitCode(Exit.noInput) }
        }
    }
}
