import Foundation
import Testing
@testable import FactCheckCore
@testable import FactCheckKit

/// Reads a file as Anki's text import does (rslib/src/import_export/text/csv): header lines
/// "#key:value" at the top, then records split on the separator, with CSV quoting.
struct AnkiTextFile {
    var headers: [String: String] = [:]
    var records: [[String]] = []

    init(_ text: String) throws {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var index = 0
        while index < lines.count, lines[index].hasPrefix("#") {
            let line = lines[index].dropFirst()
            guard let colon = line.firstIndex(of: ":") else { throw Problem("header without ':' at line \(index + 1)") }
            headers[String(line[..<colon])] = String(line[line.index(after: colon)...])
            index += 1
        }
        let separator: Character
        switch headers["separator"]?.lowercased() {
        case "tab": separator = "\t"
        case "comma": separator = ","
        case "semicolon": separator = ";"
        case let other?: throw Problem("unexpected separator \(other)")
        case nil: throw Problem("no #separator header")
        }
        for line in lines[index...] {
            var fields: [String] = []
            var field = ""
            var quoted = false
            var chars = Array(line)[...]
            if chars.first == "\"" { quoted = true; chars = chars.dropFirst() }
            while let c = chars.first {
                chars = chars.dropFirst()
                if quoted {
                    if c == "\"" {
                        if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false }
                    } else { field.append(c) }
                } else if c == separator {
                    fields.append(field)
                    field = ""
                    if chars.first == "\"" { quoted = true; chars = chars.dropFirst() }
                } else {
                    if c == "\"" { throw Problem("a quote inside an unquoted field: \(line)") }
                    field.append(c)
                }
            }
            if quoted { throw Problem("unclosed quote: \(line)") }
            fields.append(field)
            records.append(fields)
        }
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}

@Suite struct ItemsAndDeckTests {
    static let councilPath = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/council.yaml").path

    func banks() throws -> [(FactBank, StatementChecker)] {
        let council = try BankLoader.loadFile(Self.councilPath)
        return [(try #require(Fixtures.seedBank), try #require(Fixtures.checker)), (council, StatementChecker(bank: council))]
    }

    @Test func ankiExportsParseWithAnkisRules() throws {
        for (bank, checker) in try banks() {
            let generator = QuestionGenerator(checker: checker)
            let cards = DeckExport.cards(generator)
            let questions = bank.facts.flatMap { generator.questions(for: $0) }
            #expect(cards.count == questions.count, "one note per question")
            let file = try AnkiTextFile(DeckExport.anki(cards, bank: bank))
            #expect(file.headers["separator"] == "tab")
            #expect(file.headers["html"] == "true")
            #expect(file.headers["columns"]?.components(separatedBy: "\t") == ["Front", "Back", "Evidence", "Tags", "GUID"])
            #expect(file.headers["tags"] == "factcheck \(bank.article.id)")
            #expect(file.headers["tags column"] == "4")
            #expect(file.headers["guid column"] == "5")
            #expect(file.headers["deck"] == bank.article.title)
            #expect(file.records.count == cards.count)
            for (record, card) in zip(file.records, cards) {
                #expect(record.count == 5, "\(record)")
                #expect(!record[0].isEmpty && !record[1].isEmpty && !record[2].isEmpty)
                #expect(record[3] == card.category && !record[3].contains(" "))
                #expect(record[1].contains(DeckExport.html(card.evidence)), "the back shows the evidence")
            }
            #expect(Set(file.records.map { $0[4] }).count == cards.count, "GUIDs are unique")
        }
    }

    @Test func ankiFieldsAreEscaped() throws {
        let card = DeckCard(id: "x/typed", category: "quote", type: "typed", front: "Who said \"<b>no</b>\"?\nline two\tand a tab",
                            back: "A & B", evidence: "He said \"no\".")
        let bank = try #require(Fixtures.seedBank)
        let file = try AnkiTextFile(DeckExport.anki([card], bank: bank))
        let record = try #require(file.records.first)
        #expect(record[0] == "Who said \"&lt;b&gt;no&lt;/b&gt;\"?<br>line two and a tab")
        #expect(record[1].hasPrefix("A &amp; B<br><br>"))
    }

    @Test func csvDeckHasItsColumns() throws {
        for (_, checker) in try banks() {
            let cards = DeckExport.cards(QuestionGenerator(checker: checker), categories: [.date])
            #expect(cards.allSatisfy { $0.category == "date" })
            let rows = CSVReader.parse(DeckExport.csv(cards))
            #expect(rows.first == DeckExport.csvColumns)
            #expect(rows.count == cards.count + 1)
            #expect(rows.dropFirst().allSatisfy { $0.count == DeckExport.csvColumns.count })
        }
    }

    @Test func itemsListScheduleAndFilter() throws {
        let bank = try #require(Fixtures.seedBank)
        let now = Date()
        let fsrs = FSRS()
        let reviewed = fsrs.review(.new(now: now.addingTimeInterval(-10 * 86_400)), rating: .good, now: now.addingTimeInterval(-10 * 86_400))
        let later = fsrs.review(.new(now: now), rating: .easy, now: now)
        let memory = ["meeting-day": reviewed, "wang-quote": later]
        let all = ItemList(bank: bank, memory: memory, filter: .init(), now: now)
        #expect(all.items.count == bank.facts.count)
        #expect(all.items.first?.id == "meeting-day" && all.items.first?.isDue == true)
        #expect(all.items[1].id == "wang-quote" && all.items[1].isDue == false && all.items[1].reps == 1)
        #expect(all.items[2].state == "new" && all.items[2].due == nil)
        #expect(ItemList(bank: bank, memory: memory, filter: .init(dueOnly: true), now: now).items.map(\.id) == ["meeting-day"])
        let quotes = ItemList(bank: bank, memory: memory, filter: .init(categories: [.quote]), now: now).items
        #expect(!quotes.isEmpty && quotes.allSatisfy { $0.category == "quote" })
        let text = ItemList(bank: bank, memory: memory, filter: .init(text: "NAVALNY"), now: now).items
        #expect(!text.isEmpty && text.allSatisfy { $0.statement.contains("Navalny") || $0.id.contains("navalny") })
    }
}
