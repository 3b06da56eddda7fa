import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Draft: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: "Draft a fact bank from an article in plain text or Markdown.",
            discussion: """
                Reads ARTICLE (or standard input for '-') and writes a factcheck.bank/1 bank: the article's \
                text, the people, organisations, countries and places it names, and its facts (positions, \
                quotes and speakers, who did what, dates, values, places, lists). Every fact's own statement \
                is checked against the draft; lines marked '# review:' need a person's eye. Nothing is sent \
                anywhere. Exit codes: 0 drafted, 64 usage, 65 the article cannot be drafted, 66 no such \
                file, 73 the output file cannot be written, 74 an I/O error.
                """)

        @Argument(help: ArgumentHelp("The article: a .txt or .md file, or '-' for standard input.", valueName: "article"),
                  completion: .file(extensions: ["txt", "md", "markdown"]))
        var article: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the bank to this file instead of standard output ('-': standard output).", valueName: "bank.yaml"),
                completion: .file(extensions: ["yaml", "yml"]))
        var output: String?

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        func run() throws {
            let name = article == "-" ? "<stdin>" : article
            let data: Data
            if article == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                switch InputFile.read(article) {
                case .success(let d): data = d
                case .failure(let problem):
                    Terminal.error("\(Terminal.clean(article)): \(problem.message)")
                    throw ExitCode(problem.exitCode)
                }
            }
            guard let text = String(data: data, encoding: .utf8) else {
                Terminal.error("\(Terminal.clean(name)): the article is not valid UTF-8 text")
                throw ExitCode(Exit.dataError)
            }
            let drafted: DraftedBank
            do {
                drafted = try BankDrafter.draft(text: text, fileName: output.flatMap { $0 == "-" ? nil : $0 } ?? name)
            } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(Exit.dataError)
            }
            let bank = drafted.bank
            let summary = "\(plural(bank.facts.count, "fact")), \(plural(bank.entities.count, "entity", "entities")), \(plural(bank.article.sentences.count, "sentence"))"
                + (drafted.dropped > 0 ? ", \(plural(drafted.dropped, "unverified fact")) left out" : "")
            // "-o -" is standard output, as the article's "-" is standard input.
            guard let output, output != "-" else {
                Terminal.standardOutput.write(drafted.yaml)
                Terminal.standardError.write("drafted '\(Terminal.clean(bank.article.id))' (\(summary)); review the lines marked '# review:'\n")
                return
            }
            do {
                try AtomicFile.write(Data(drafted.yaml.utf8), to: output, overwrite: force)
            } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(error.kind == .diskFull || error.kind == .io ? Exit.ioError : Exit.cantCreate)
            }
            Terminal.standardError.write("wrote \(Terminal.clean(output)) (\(summary)); review the lines marked '# review:', then run 'factcheck lint \(Terminal.clean(output))'\n")
        }
    }
}
