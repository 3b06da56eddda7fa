/// Kinds of fact a bank holds. Quizzes and reports group by these.
public enum FactCategory: String, Sendable, Codable, CaseIterable, Comparable {
    case date, speaker, position, quote, stance, topic, event

    public static func < (a: FactCategory, b: FactCategory) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person, organisation, country, place, event, group
}

/// Where a piece of text stands in the article (Unicode scalar offsets).
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

/// A place in a bank file, for messages.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
    public var description: String { "\(file):\(line):\(column)" }
}

public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var text: String
    public var span: TextSpan
}

public struct Article: Sendable {
    public var id: String
    public var title: String
    public var published: String?
    public var text: String
    public var sentences: [Sentence]

    /// The index of the sentence that holds this span, if any one sentence does.
    public func sentenceIndex(containing span: TextSpan) -> Int? {
        sentences.first { $0.span.start <= span.start && span.end <= $0.span.end }?.index
    }
}

public struct Entity: Sendable, Hashable {
    public var id: String
    public var type: EntityType
    public var name: String
    public var aliases: [String]
    /// For a group: the entities it stands for ("the two sides").
    public var members: [String]
    /// The country or organisation a person acts for, when the article makes it plain.
    public var represents: String?
    /// Where the entity stands in its bank file, when it was read from one.
    public var location: SourceLocation? = nil
    /// Where each alias (and the name) is written in the bank file, by its text.
    public var aliasLocations: [String: SourceLocation] = [:]
}

public struct FactDate: Sendable, Hashable, Codable {
    public var weekday: String?
    public var month: String?
    public var year: Int?
    public var day: Int?

    public var description: String {
        [weekday, month, day.map(String.init), year.map(String.init)].compactMap { $0 }.joined(separator: " ")
    }
}

/// How firmly the article states a fact.
public enum Certainty: String, Sendable, Codable, CaseIterable {
    /// Stated as so (the default).
    case stated
    /// Only hoped or expected ("it is hoped that the two sides can find common ground").
    case hoped
    /// Left open ("only time will tell whether ...").
    case uncertain
    /// Scheduled but not yet done ("the line is due to open in 2027").
    case planned
    /// Forecast or awaited ("the regulator is expected to decide in March").
    case expected
}

/// A number the article states, with what it counts or measures ("14 stops", "640 million
/// euros", "12 percent", "18 months"). `value` is the whole number (640000000); `unit` is a
/// singular word ("stop", "euro", "percent", "month").
public struct Quantity: Sendable, Hashable, Codable {
    public var value: Double
    public var unit: String
    public init(value: Double, unit: String) { self.value = value; self.unit = unit }

    /// The value as people write it: "640 million", "1.2 billion", "2,500", "9.5".
    public var valueText: String {
        for (size, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where abs(value) >= size {
            let scaled = value / size
            let rounded = (scaled * 100).rounded() / 100
            if abs(rounded - scaled) < 1e-9, abs(rounded) < 1e15 {
                return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " " + word
            }
        }
        return plainValueText
    }

    /// The value with separators for thousands and no ".0" for whole numbers.
    public var plainValueText: String {
        if value == value.rounded(), abs(value) < 1e15 {
            let whole = Int(value)
            let digits = String(abs(whole))
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            return (whole < 0 ? "-" : "") + grouped
        }
        return String(value)
    }

    public var description: String {
        switch unit {
        case "percent": return "\(valueText)%"
        case "": return valueText
        // Minutes since midnight, as a time of day: "11 a.m.", "7:30 p.m.".
        case Units.clock where value >= 0 && value < 24 * 60 && value == value.rounded():
            let minutes = Int(value)
            let hour = minutes / 60 % 12 == 0 ? 12 : minutes / 60 % 12
            let rest = minutes % 60
            return "\(hour)\(rest == 0 ? "" : rest < 10 ? ":0\(rest)" : ":\(rest)") \(minutes < 12 * 60 ? "a.m." : "p.m.")"
        default: return "\(valueText) \((value == 1 ? unit : Quantity.plural(unit)).replacingOccurrences(of: "-per-", with: " per "))"
        }
    }

    /// Plurals no rule makes, among the words an article counts or measures in.
    static let irregularPlurals: [String: String] = [
        "foot": "feet", "person": "people", "child": "children", "man": "men", "woman": "women", "aircraft": "aircraft",
        "sheep": "sheep", "fish": "fish", "deer": "deer", "series": "series", "species": "species", "tooth": "teeth",
        "mouse": "mice", "goose": "geese", "crisis": "crises", "analysis": "analyses", "thesis": "theses",
    ]

    /// A plain English plural, for messages.
    public static func plural(_ word: String) -> String {
        // "kilometre-per-hour": the first word takes the plural.
        if let per = word.range(of: "-per-") {
            return plural(String(word[..<per.lowerBound])) + String(word[per.lowerBound...])
        }
        // "square foot": the last word takes the plural.
        if let space = word.lastIndex(of: " ") {
            return String(word[...space]) + plural(String(word[word.index(after: space)...]))
        }
        if let irregular = irregularPlurals[word] { return irregular }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return word.dropLast() + "ies" }
        return word + "s"
    }
}

public struct Fact: Sendable, Hashable {
    public var id: String
    public var category: FactCategory
    public var subject: String?
    public var predicate: String?
    public var object: String?
    public var what: String?
    public var when: FactDate?
    /// False when the article states that something did not happen or is not so.
    public var positive: Bool
    public var quote: String?
    public var role: String?
    public var roleOf: String?
    public var topics: [String]
    public var evidenceText: String
    public var evidence: TextSpan
    public var sentenceIndex: Int
    /// The fact as one plain sentence; used in corrections, quizzes and self-checks.
    public var statement: String
    public var location: SourceLocation
    public var certainty: Certainty = .stated
    /// Numbers the fact states, each with its unit.
    public var quantities: [Quantity] = []
    /// The fact's rank in a series ("the second round" is 2).
    public var ordinal: Int? = nil
    /// The entity (a place or a country) where it happened.
    public var place: String? = nil
}

public enum QuestionType: String, Sendable, Codable, CaseIterable {
    case multipleChoice = "multiple-choice"
    case trueFalse = "true-false"
    case typed
    case quote
}

public struct HandWrittenQuestion: Sendable, Hashable {
    public var factId: String
    public var type: QuestionType
    public var prompt: String
    public var answer: String
    public var choices: [String]
}

/// Words of one article that general language knowledge does not cover.
public struct BankLexicon: Sendable {
    public var synonyms: [[String]] = []
    /// Pairs of opposites; each reads both ways ("cordial" against "strained" and "strained"
    /// against "cordial").
    public var antonyms: [(String, String)] = []
    /// Where each synonym group and antonym pair is written in the bank file (same order as
    /// `synonyms` and `antonyms`; empty for a bank made in memory).
    public var synonymLocations: [SourceLocation] = []
    public var antonymLocations: [SourceLocation] = []
    public init(synonyms: [[String]] = [], antonyms: [(String, String)] = [],
                synonymLocations: [SourceLocation] = [], antonymLocations: [SourceLocation] = []) {
        self.synonyms = synonyms
        self.antonyms = antonyms
        self.synonymLocations = synonymLocations
        self.antonymLocations = antonymLocations
    }
}

/// One article with everything known about it, validated.
public struct FactBank: Sendable {
    public var article: Article
    public var entities: [Entity]
    public var facts: [Fact]
    public var questions: [HandWrittenQuestion]
    public var lexicon: BankLexicon
    /// The file (or embedded name) the bank came from.
    public var origin: String

    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }
    public func fact(_ id: String) -> Fact? { facts.first { $0.id == id } }
    public func sentence(of fact: Fact) -> Sentence { article.sentences[fact.sentenceIndex] }
}
