import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct ExportDeck: ContextCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-deck",
            abstract: "Write the bank's questions as flash cards: Anki's text import, or CSV.",
            discussion: """
                One note per question: the front, the back (the answer and, under it, the article \
                sentence that backs it), the evidence sentence, and the fact's category as a tag. The \
                Anki file (.txt) starts with the header lines Anki reads (#separator, #html, \
                #columns, #tags, #deck, #tags column, #guid column), so File > Import loads it \
                without settings, into a deck named after the article; importing a newer export \
                updates the notes instead of adding copies. The format follows the file's extension \
                (.txt or .tsv: anki; .csv: csv) when --format is not given; files are written \
                atomically and an existing file is only replaced with --force.
                """)

        enum DeckFormat: String, ExpressibleByArgument, CaseIterable { case anki, csv }

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "anki (Anki's plain-text import) or csv.")
        var format: DeckFormat?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
                completion: .file(extensions: ["txt", "tsv", "csv"]))
        var outputFile: String?

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        @Option(name: .long, help: ArgumentHelp("Only facts of these categories.", valueName: "category"))
        var category: [FactCategory] = []

        @Option(name: .long, help: ArgumentHelp("Only these question types (multiple-choice, true-false, typed, quote).", valueName: "type"))
        var type: [QuestionType] = []

        static func format(ofPath path: String) -> DeckFormat? {
            switch (path as NSString).pathExtension.lowercased() {
            case "txt", "tsv": return .anki
            case "csv": return .csv
            default: return nil
            }
        }

        func validate() throws {
            if format == nil, let file = outputFile, Self.format(ofPath: file) == nil {
                throw ValidationError("cannot tell the format from '\(file)'; give --format anki|csv (or name it .txt or .csv)")
            }
        }

        func execute(in context: AppContext) throws {
            let generator = QuestionGenerator(checker: context.checker)
            let cards = DeckExport.cards(generator, categories: category, types: type)
            let chosen = format ?? outputFile.flatMap(Self.format(ofPath:)) ?? .anki
            let text = chosen == .anki ? DeckExport.anki(cards, bank: context.bank) : DeckExport.csv(cards)
            guard let file = outputFile else {
                Terminal.standardOutput.write(text)
                return
            }
            do {
                try AtomicFile.write(Data(text.utf8), to: file, overwrite: force)
            } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(error.kind == .diskFull ? Exit.ioError : Exit.cantCreate)
            }
            Terminal.standardError.write("wrote \(Terminal.clean(file)) (\(chosen.rawValue), \(plural(cards.count, "card")))\n")
        }
    }
}
