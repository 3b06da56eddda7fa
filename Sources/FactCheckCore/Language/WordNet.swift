import Foundation

/// General word knowledge from WordNet 3.0, compiled into the program when it is built
/// (`WordNetCompiler`): which words share a frequent sense, which are opposites, and the
/// irregular forms of verbs and nouns. Nothing is read from disk at run time and nothing is
/// prepared at start-up: look-ups are binary searches in the compiled tables.
public enum WordNet {
    /// What WordNet knows of one word form: the senses it shares with other words (as concept
    /// names, "~" + synset) and the senses it is the opposite of.
    public struct Entry: Sendable, Equatable {
        public var concepts: [String]
        public var opposites: [String]
        /// Senses one step more general (hypernyms): what this word also says, in broader words.
        public var broader: [String] = []
        /// The parts of speech the word's lemmas have ("nv" for "ticket"), kept senses or not.
        public var partsOfSpeech: String = ""
    }

    /// Whether a word form can be of a part of speech ("n", "v", "a"): one of its senses, or of
    /// the broader senses it belongs to, is ("thank" shares no sense with another word, but its
    /// broader sense is a verb's).
    public static func canBe(_ partOfSpeech: String, _ word: String) -> Bool {
        guard let entry = anyEntry(for: word) else { return false }
        let prefix = "~" + partOfSpeech
        return entry.partsOfSpeech.contains(partOfSpeech) || entry.concepts.contains { $0.hasPrefix(prefix) }
            || entry.broader.contains { $0.hasPrefix(prefix) }
    }

    /// Whether the word's most frequent sense as a noun is a kind of person ("composer",
    /// "widow", "cellist"): WordNet files that sense under noun.person.
    public static func isPersonNoun(_ word: String) -> Bool {
        anyEntry(for: word)?.partsOfSpeech.contains("p") == true
    }

    /// Whether one of the word's two most frequent noun senses is a kind of person ("cleaner",
    /// first a cleansing agent, then a worker who cleans).
    public static func mayBePersonNoun(_ word: String) -> Bool {
        anyEntry(for: word)?.partsOfSpeech.contains("q") == true
    }

    /// The lemma of an irregular verb or noun form ("met" -> "meet", "mice" -> "mouse").
    public static func lemma(ofIrregular form: String) -> String? {
        // Numbers and names such as "person12" are looked for only if the table holds a digit.
        if !exceptionsHoldDigits, form.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return nil }
        guard let line = find(form, in: WordNetData.exceptions) else { return nil }
        return line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().first.map(String.init)
    }

    /// Whether any line of the irregular forms holds a digit (read once, at the first look-up).
    static let exceptionsHoldDigits = WordNetData.exceptions.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }

    /// The senses of a word as it appears in text, through each lemma it may be an inflection of
    /// (WordNet's own rules: "decisions" -> decision, "approved" -> approve, "took" -> take).
    public static func entry(for word: String) -> Entry? {
        guard let entry = anyEntry(for: word), !(entry.concepts.isEmpty && entry.opposites.isEmpty && entry.broader.isEmpty) else { return nil }
        return entry
    }

    /// Whether WordNet has the word at all, with senses to compare or only its parts of speech
    /// ("ticket"): a word of the language, not a name.
    public static func isWord(_ word: String) -> Bool { anyEntry(for: word) != nil }

    /// Whether the word as written is a lemma of WordNet's ("chlorine", "regional"), not only an
    /// inflection of one.
    public static func isLemma(_ word: String) -> Bool { find(word, in: WordNetData.lemmas) != nil }

    /// The entry of a word, also one that holds only its parts of speech.
    static func anyEntry(for word: String) -> Entry? {
        if let known = cache.value(word) { return known }
        let entry = lookUp(word)
        cache.store(word, entry)
        return entry
    }

    /// Entries already looked up, shared by every check in the process (a statement file
    /// repeats its words); emptied when it grows past its bound.
    static let cache = BoundedCache<Entry?>()

    /// Answers already worked out for words, shared by every check in the process; emptied when
    /// it grows past its bound.
    final class BoundedCache<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: Value] = [:]

        func value(_ word: String) -> Value? {
            lock.lock()
            defer { lock.unlock() }
            return entries[word]
        }

        func store(_ word: String, _ value: Value) {
            lock.lock()
            defer { lock.unlock() }
            if entries.count >= 20_000 { entries.removeAll(keepingCapacity: true) }
            entries[word] = value
        }
    }

    /// Whether a word is an irregular form of a verb ("rose", "sold", "won"), by WordNet's
    /// exception lists; remembered, since compound statements ask it of every word.
    public static func isIrregularVerbForm(_ word: String) -> Bool {
        if let known = irregularVerbForms.value(word) { return known }
        let answer = lemma(ofIrregular: word).map { $0 != word && canBe("v", $0) } ?? false
        irregularVerbForms.store(word, answer)
        return answer
    }

    static let irregularVerbForms = BoundedCache<Bool>()

    /// The adverbs WordNet's phrasal verbs in the compiled tables end with (the same list as
    /// `particles` in `WordNetCompiler`, which builds without this module).
    public static let particles: Set<String> = ["out", "up", "off", "down", "back", "away", "aside", "forward"]

    /// The senses of a verb form and a particle as one phrasal verb ("pulled" "out" -> pull out,
    /// which is withdraw; "stepped" "down" -> step down, which is resign), through each lemma the
    /// form may be of ("took" "off" -> take off).
    public static func phrasalEntry(verb: String, particle: String) -> Entry? {
        guard particles.contains(particle), !verb.isEmpty, !verb.contains("_") else { return nil }
        let key = verb + "_" + particle
        if let known = phrasalCache.value(key) { return known }
        var found: Entry?
        for lemma in lemmas(of: verb) {
            if let e = entry(for: lemma + "_" + particle), !e.concepts.isEmpty { found = e; break }
        }
        phrasalCache.store(key, found)
        return found
    }

    /// The same for a unit's text of two words ("pulled out").
    public static func phrasalEntry(_ text: String) -> Entry? {
        let words = text.split(separator: " ")
        guard words.count == 2 else { return nil }
        return phrasalEntry(verb: String(words[0]), particle: String(words[1]))
    }

    static let phrasalCache = BoundedCache<Entry?>()

    static func lookUp(_ word: String) -> Entry? {
        var concepts: [String] = []
        var opposites: [String] = []
        var broader: [String] = []
        var parts = ""
        for lemma in lemmas(of: word) {
            guard let line = find(lemma, in: WordNetData.lemmas) else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5 else { continue }
            for p in fields[4] where !parts.contains(p) { parts.append(p) }
            for c in fields[1].split(separator: " ") where !concepts.contains("~" + c) { concepts.append("~" + c) }
            for o in fields[2].split(separator: " ") where !opposites.contains("~" + o) { opposites.append("~" + o) }
            for b in fields[3].split(separator: " ") where !broader.contains("~" + b) { broader.append("~" + b) }
        }
        opposites.removeAll { concepts.contains($0) }
        broader.removeAll { concepts.contains($0) || opposites.contains($0) }
        return concepts.isEmpty && opposites.isEmpty && broader.isEmpty && parts.isEmpty ? nil
            : Entry(concepts: concepts, opposites: opposites, broader: broader, partsOfSpeech: parts)
    }

    /// Candidate lemmas of a word form: the form itself, its irregular lemma, and WordNet's
    /// detachment rules for nouns, verbs and adjectives.
    static func lemmas(of word: String) -> [String] {
        var result = [word]
        if let irregular = lemma(ofIrregular: word) { result.append(irregular) }
        // "biggest" -> big, "angrier" -> angry: comparatives WordNet lists apart.
        if word.hasSuffix("er") || word.hasSuffix("est"), let line = find(word, in: WordNetData.adjectiveExceptions),
           let adjective = line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().first.map(String.init),
           !result.contains(adjective) {
            result.append(adjective)
        }
        for (suffix, replacement) in detachments where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            let candidate = String(word.dropLast(suffix.count)) + replacement
            if !result.contains(candidate) { result.append(candidate) }
        }
        // "died", "tied", "lied": four letters are too short for the rules above ("seed" is not
        // "see"), but a verb in "-ie" keeps its form.
        if word.count == 4, word.hasSuffix("ied") { result.append(String(word.dropLast())) }
        return result
    }

    /// WordNet's morphological rules (morphy), nouns, verbs and adjectives together.
    static let detachments: [(String, String)] = [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
        ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
        ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ]

    /// The line of a sorted table whose first field is `key`, by binary search over the text's
    /// bytes (the table is a string literal: its bytes are read in place, never copied).
    static func find(_ key: String, in table: String) -> Substring? {
        let keyBytes = Array(key.utf8)
        guard !keyBytes.isEmpty else { return nil }
        var table = table
        let range: Range<Int>? = table.withUTF8 { buffer -> Range<Int>? in
            var lo = 0, hi = buffer.count
            while lo < hi {
                let mid = (lo + hi) / 2
                var start = mid
                while start > lo && buffer[start - 1] != 10 { start -= 1 }
                var end = start
                while end < buffer.count && buffer[end] != 10 { end += 1 }
                var tab = start
                while tab < end && buffer[tab] != 9 { tab += 1 }
                // Compare the key with the line's first field, byte by byte.
                var order = 0
                var k = 0
                while order == 0 {
                    let a: Int = k < keyBytes.count ? Int(keyBytes[k]) : -1
                    let b: Int = start + k < tab ? Int(buffer[start + k]) : -1
                    if a == -1 && b == -1 { break }
                    order = a < b ? -1 : (a > b ? 1 : 0)
                    k += 1
                }
                if order == 0 { return start..<end }
                if order < 0 { hi = start } else { lo = end + 1 }
            }
            return nil
        }
        guard let range else { return nil }
        let utf8 = table.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        return table[from..<to]
    }
}
