import Foundation

/// One flash card: a question, its answer, and the article sentence that backs it.
public struct DeckCard: Sendable, Equatable {
    /// The question's stable id ("meeting-day/typed").
    public var id: String
    public var category: String
    public var type: String
    /// Plain text, lines separated by "\n".
    public var front: String
    public var back: String
    public var evidence: String
}

/// The bank's questions for other study tools: Anki's plain-text import (with its header lines,
/// so that the file loads without settings) and CSV.
public enum DeckExport {
    /// Every question the bank gives, one card each, hand-written ones first; optionally only
    /// some categories and question types.
    public static func cards(_ generator: QuestionGenerator, categories: [FactCategory] = [], types: [QuestionType] = []) -> [DeckCard] {
        let bank = generator.bank
        var cards: [DeckCard] = []
        for fact in bank.facts where categories.isEmpty || categories.contains(fact.category) {
            for q in generator.questions(for: fact) where types.isEmpty || types.contains(q.type) {
                var front = q.prompt
                var back = q.expected
                switch q.type {
                case .multipleChoice:
                    front += "\n" + q.choices.enumerated().map { "\(Question.choiceLabel($0.offset, of: q.choices.count))) \($0.element)" }
                        .joined(separator: "\n")
                    if let i = q.choices.firstIndex(of: q.expected) { back = "\(Question.choiceLabel(i, of: q.choices.count))) \(q.expected)" }
                case .trueFalse:
                    // A false statement's card says what the article says instead.
                    if q.expected == "false" { back = "false — the article says: \(fact.statement)" }
                default:
                    break
                }
                cards.append(DeckCard(id: q.id, category: fact.category.rawValue, type: q.type.rawValue, front: front, back: back,
                                      evidence: bank.sentence(of: fact).text))
            }
        }
        return cards
    }

    /// The columns of the Anki file, in order (named in its `#columns` header).
    public static let ankiColumns = ["Front", "Back", "Evidence", "Tags", "GUID"]

    /// Anki's plain-text import (File > Import, Anki 2.1.55 or later): tab-separated, HTML
    /// fields, one note per card. The header lines say the separator, that fields are HTML,
    /// the column names, the tags every note gets and which column holds each note's own tags
    /// (its category) and a stable id, so that importing a newer export updates the notes
    /// instead of adding copies. The back shows the answer with the evidence sentence under it.
    public static func anki(_ cards: [DeckCard], bank: FactBank) -> String {
        let article = tag(bank.article.id)
        var out = "#separator:tab\n#html:true\n"
        out += "#columns:" + ankiColumns.joined(separator: "\t") + "\n"
        out += "#tags:factcheck \(article)\n"
        out += "#deck:" + oneLine(bank.article.title).replacingOccurrences(of: "::", with: ":") + "\n"
        out += "#tags column:4\n#guid column:5\n"
        for card in cards {
            let back = html(card.back) + "<br><br><small>“" + html(card.evidence) + "”</small>"
            let fields = [html(card.front), back, html(card.evidence), tag(card.category), "factcheck:\(bank.article.id):\(card.id)"]
            out += fields.map(ankiField).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// CSV (RFC 4180, with a byte-order mark for spreadsheets): id, category, type, front,
    /// back, evidence. Quizlet and most flash-card tools import the front and back columns.
    public static func csv(_ cards: [DeckCard]) -> String {
        var lines = [ReportRenderer.csvByteOrderMark + csvColumns.joined(separator: ",")]
        for card in cards {
            lines.append([card.id, card.category, card.type, card.front, card.back, card.evidence]
                .map(ReportRenderer.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    public static let csvColumns = ["id", "category", "type", "front", "back", "evidence"]

    /// Text as an HTML field: markup escaped, lines as <br>, control characters dropped.
    static func html(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n": out += "<br>"
            case "\t": out += " "
            default: if c.value >= 0x20 && !(0x7F...0x9F).contains(c.value) { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }.map(Character.init))
    }

    /// A tag: no spaces (Anki separates tags with them).
    static func tag(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: " ", with: "_")
    }

    /// A field for Anki's reader (a CSV reader with the tab as separator): quoted, with quotes
    /// doubled, when it holds a quotation mark.
    static func ankiField(_ text: String) -> String {
        text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
