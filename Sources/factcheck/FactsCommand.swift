import ArgumentParser
import FactCheckKit
import Foundation

extension FactCategory: ExpressibleByArgument {}

extension FactCheck {
    struct Facts: ContextCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "List the bank's facts with the article sentence that states each one.")

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Only facts of this category (\(FactCategory.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "category"))
        var category: [FactCategory] = []

        @Flag(name: .long, help: "Print JSON.")
        var json = false

        func execute(in context: AppContext) throws {
            let bank = context.bank
            let facts = bank.facts.filter { category.isEmpty || category.contains($0.category) }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let rows = facts.map { FactRow(fact: $0, bank: bank) }
                let data = try encoder.encode(FactList(article: bank.article.id, title: bank.article.title, facts: rows))
                Terminal.standardOutput.write(SafeJSON.escapeInvisible(String(data: data, encoding: .utf8) ?? "{}") + "\n")
                return
            }
            let style = context.style
            let width = context.width
            Terminal.standardOutput.write(style.bold(Terminal.clean(bank.article.title)) + style.dim(" — \(facts.count) of \(bank.facts.count) facts") + "\n\n")
            for fact in facts {
                let sentence = bank.sentence(of: fact)
                Terminal.standardOutput.write(style.cyan(fact.id) + " " + style.dim("[\(fact.category.rawValue)]") + "\n")
                Terminal.standardOutput.write(wrapText(Terminal.clean(fact.statement), width: width, indent: "  ") + "\n")
                Terminal.standardOutput.write(wrapText(style.dim("sentence \(sentence.index + 1): ") + Terminal.clean(sentence.text), width: width, indent: "    ") + "\n\n")
            }
        }
    }
}

struct FactList: Encodable {
    var article: String
    var title: String
    var facts: [FactRow]
}

struct FactRow: Encodable {
    var id: String
    var category: String
    var statement: String
    var subject: String?
    var predicate: String?
    var object: String?
    var what: String?
    var topics: [String]
    var polarity: String
    var quote: String?
    var role: String?
    var when: FactDate?
    var evidence: String
    var sentence: String
    var sentenceIndex: Int
    var start: Int
    var end: Int

    init(fact: Fact, bank: FactBank) {
        id = fact.id
        category = fact.category.rawValue
        statement = fact.statement
        subject = fact.subject
        predicate = fact.predicate
        object = fact.object
        what = fact.what
        topics = fact.topics
        polarity = fact.positive ? "positive" : "negative"
        quote = fact.quote
        role = fact.role
        when = fact.when
        evidence = fact.evidenceText
        let s = bank.sentence(of: fact)
        sentence = s.text
        sentenceIndex = s.index
        start = fact.evidence.start
        end = fact.evidence.end
    }
}
