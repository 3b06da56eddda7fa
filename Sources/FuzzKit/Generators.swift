import Foundation

/// A small deterministic random number generator: the same seed gives the same inputs.
public struct FuzzRandom: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Hostile statements: the article's words in odd orders, joiners and negations by the
/// thousand, quotes left open, control and escape characters, right-to-left and zero-width
/// characters, emoji, very long lines.
public enum StatementGenerator {
    static let words = ["Blinken", "met", "Wang", "Yi", "on", "Thursday", "Friday", "and", "but", "not", "never", "said", "China",
                        "Russia", "Ukraine", "warned", "\"", "“", "”", ";", ",", ".", "the", "US", "Secretary", "of", "State",
                        "Foreign", "Minister", "January", "2021", "hoped", "didn't", "according", "to", "officials", "Biden",
                        "x", "and and", "who", "1e308", "-0", "NaN", "'s", "(", ")", "—", "..."]
    static let oddities: [String] = ["\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{9B}2J", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}",
                                     "\u{0}", "\r", "\t", "\u{7F}", "🇺🇸", "👩‍👩‍👧", "e\u{301}", "\u{FFFD}", "\u{10FFFF}", "İ", "ß", "ﬁ"]

    public static func statement(_ rng: inout FuzzRandom) -> String {
        var out = ""
        switch rng.below(6) {
        case 0:  // a joiner flood
            let unit = rng.pick(["x and ", "Blinken met Wang and ", "not ", "\"", "; ", "and "])
            out = String(repeating: unit, count: 1 + rng.below(800))
        case 1:  // random scalars
            for _ in 0..<rng.below(300) {
                if let s = Unicode.Scalar(UInt32(rng.below(0x3000))), !(0xD800...0xDFFF).contains(s.value) { out.unicodeScalars.append(s) }
            }
        default:
            for _ in 0..<(1 + rng.below(rng.chance(10) ? 700 : 40)) {
                out += rng.chance(8) ? rng.pick(oddities) : rng.pick(words)
                out += rng.chance(85) ? " " : ""
            }
        }
        // One statement per line: a line break inside is a second statement, which is fine, but
        // keep each under the 64 KiB line limit.
        return String(out.replacingOccurrences(of: "\n", with: " ").prefix(60_000))
    }
}

/// Bank files made hostile: anchors and aliases in every whitespace and flow context, deep
/// nesting, huge scalars, wrong types, invalid UTF-8, cut files, extra documents.
public enum BankGenerator {
    public static let base = """
        format: factcheck.bank/1
        source:
          id: tiny
          title: Tiny
          text: Alice met Bob on Monday. Bob said nothing.
        entities:
          - id: alice
            type: person
            name: Alice Smith
            aliases: [Alice, Ms Smith]
          - id: bob
            type: person
            name: Bob Jones
        facts:
          - id: met
            category: date
            subject: alice
            predicate: meet
            object: bob
            when: {weekday: Monday}
            evidence: Alice met Bob on Monday
            statement: Alice met Bob on Monday.
        questions:
          - fact: met
            type: multiple-choice
            prompt: When did Alice meet Bob?
            answer: Monday
            choices: [Monday, Tuesday]

        """

    public static func bank(_ rng: inout FuzzRandom) -> Data {
        var text = base
        var lines = text.components(separatedBy: "\n")
        let mutations = 1 + rng.below(3)
        for _ in 0..<mutations {
            // A file cut to nothing by an earlier mutation is one empty line to mutate further.
            if lines.isEmpty { lines = [""] }
            let i = rng.below(lines.count)
            switch rng.below(12) {
            case 0:  // an alias bomb in some whitespace or flow context
                let sep = rng.pick([" ", "\t", " \t", "\t "])
                let open = rng.pick(["", "[it 's, ", "{k: v, z: ", "[\"a\" , ", "- "])
                let close = open.hasPrefix("[") ? "]" : open.hasPrefix("{") ? "}" : ""
                var bomb = "x0:\(sep)\(open)&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\(close)"
                for n in 1...9 { bomb += "\nx\(n):\(sep)\(open)&a\(n) [" + Array(repeating: "*a\(n - 1)", count: 9).joined(separator: ", ") + "]\(close)" }
                lines.insert(bomb, at: rng.chance(50) ? lines.count : min(1, lines.count))
            case 1:  // deep nesting
                let depth = rng.pick([100, 1_000, 10_000, 100_000])
                let (o, c) = rng.chance(50) ? ("[", "]") : ("{a: ", "}")
                lines[i] = "  evidence: " + String(repeating: o, count: depth) + String(repeating: c, count: rng.chance(80) ? depth : depth / 2)
            case 2:  // a huge scalar
                lines[i] = "    evidence: " + String(repeating: rng.pick(["Alice ", "é", "\u{202E}", "x"]), count: rng.pick([10_000, 400_000]))
            case 3:  // a wrong type
                lines[i] = lines[i].replacingOccurrences(of: ": ", with: rng.pick([": [a, b]", ": {a: b}", ": ~", ": 1e400", ": !!binary AAAA", ": ", ": -", ": |"]))
            case 4:  // a duplicate or unknown key
                lines.insert(lines[i], at: i)
            case 5:  // cut the file
                lines = Array(lines.prefix(i))
            case 6:  // a second document
                lines.insert("---", at: i)
            case 7:  // odd characters
                lines[i] += rng.pick(["\u{1B}[2J", "\u{0}", "\u{FEFF}", "\r", "\u{9B}31m", " # &a *b", " '&x'"])
            case 8:  // a tab indent
                lines[i] = "\t" + lines[i]
            case 9:  // many facts
                let fact = "  - id: f%d\n    category: date\n    subject: alice\n    evidence: Alice met Bob on Monday\n    statement: Alice met Bob."
                lines.append((0..<rng.pick([10, 1_000])).map { String(format: fact, $0) }.joined(separator: "\n"))
            case 10:  // a tag or directive
                lines.insert(rng.pick(["%YAML 1.1", "%TAG ! tag:x,2000:", "--- !!map", "? complex key", "!!set {a, b}"]), at: i)
            default:  // shuffle two lines
                lines.swapAt(i, rng.below(lines.count))
            }
        }
        text = lines.joined(separator: "\n")
        var data = Data(text.utf8)
        if rng.chance(8), !data.isEmpty {  // invalid UTF-8
            data[rng.below(data.count)] = rng.pick([0xFF, 0xC0, 0x80, 0xED])
        }
        return data
    }
}

/// Articles for `factcheck draft`: sentences built from names with titles, quotes (some left
/// open), numbers, clause joiners and relative clauses, in shapes a reader would not expect.
public enum ArticleGenerator {
    static let pieces: [String] = [
        "Mayor Ana Ruiz", "Chief Executive Mara Lind of Nordhaven Group", "the council", "He", "She", "It", "They",
        "Dr", "Mr", "Secretary of State", "German Economy Minister Karl Brenner", "US-China", "the company",
        "said", "said:", "told reporters", "denied", "agreed to buy", "did not", "refused to say whether", "will",
        "is expected to", "hopes to", "and", ", and", ", but", ", who chairs the committee,", ", which opened in 1998,",
        "on Tuesday", "in March 2025", "on Thursday, May 15", "640 million euros", "$1.2 billion", "12%", "27 votes to 14",
        "the second vote", "“", "”", "\"", "“We will win,”", ":", ";", ".", "!", "?", "on trade, technology and security",
        "Talvik", "Northgate", "Nordhaven", "in Cork, Ireland", "a", "the", "of", "the first phase",
        // Clause shapes the drafter reads: parentheses after a subject, titles with owners,
        // participles, time clauses, descriptions of a person named before.
        "Reyes,", "lifting", "lifting the trophy", "who", "which", ",", "Deputy chair Anil Mehta", "Tom Rafferty,",
        "Civic Union leader Marek Halden", "Forward leader", "co-leader", "the German defender", "came from behind to beat",
        "urged both sides to return", "when", "levelled", "they host", "would", "the party", "Dr Ana Ferreira,",
    ]

    public static func article(_ rng: inout FuzzRandom) -> Data {
        var text = rng.pick(["", "# Headline of the story\n\n", "A headline with no stop\n\n", "*By Staff, 1 June 2025*\n\n",
                             "Title\n===\n\n", "\n\n\n"])
        for _ in 0..<(1 + rng.below(30)) {
            var sentence = (0..<(1 + rng.below(14))).map { _ in rng.pick(pieces) }.joined(separator: " ")
            switch rng.below(10) {
            case 0: sentence = String(repeating: "Ruiz ", count: rng.pick([500, 3_000]))
            case 1: sentence += rng.pick(["\u{202E}", "\u{1B}[2J", "\u{0}", "\u{FEFF}", "\r", "\t", "\u{2028}"])
            case 2: sentence = String(repeating: "“", count: rng.pick([3, 300])) + sentence
            case 3: sentence += String(repeating: ", and", count: rng.pick([10, 2_000]))
            default: break
            }
            text += sentence + rng.pick([". ", ".\n\n", "\n", " ", "? "])
        }
        var data = Data(text.utf8)
        if rng.chance(5), !data.isEmpty { data[rng.below(data.count)] = rng.pick([0xFF, 0xC0, 0x80]) }
        return data
    }
}
