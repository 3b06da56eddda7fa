import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check bank files and report every problem as file:line:column.",
            discussion: "Exit codes: 0 every bank is valid, 65 a problem was found, 66 a path does not exist.")

        @Argument(help: "Bank files or directories (default: the built-in bank).", completion: .file(extensions: ["yaml", "yml"]))
        var paths: [String] = []

        @Option(name: .long, help: ArgumentHelp("Check this article's bank: a built-in one or one added to the library (repeatable).", valueName: "id"))
        var article: [String] = []

        func run() throws {
            var failed = false
            var missing = false
            var paths = self.paths
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
            if builtIn {
                do {
                    let banks = try BuiltInBanks.loadAll().map(\.bank)
                    for bank in banks { Terminal.standardOutput.write("\(bank.origin): ok (\(bank.facts.count) facts, \(bank.entities.count) entities)\n") }
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
                    }
                } catch {
                    Terminal.standardError.write(error.description + "\n")
                    if error.errors.contains(where: { $0.kind == .unreadable }) { missing = true } else { failed = true }
                }
            }
            if failed { throw ExitCode(Exit.dataError) }
            if missing { throw ExitCode(Exit.noInput) }
        }
    }
}
