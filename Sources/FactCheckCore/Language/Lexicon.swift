/// One meaning a word or phrase can carry: a concept, possibly with its polarity flipped
/// ("praised" reads as "concern", flipped).
///
/// A reading also carries its concept's number in the bank index it was read against (`id`), so
/// that the checker compares numbers instead of hashing strings; two readings are equal when
/// their concept and polarity are, whatever their numbers.
public struct Reading: Sendable, Hashable {
    public var concept: String
    public var flipped: Bool
    /// The concept's number in the bank index (`BankIndex.conceptID(_:)`): `ConceptSet.absent`
    /// when no fact or sentence of the bank carries it, `ConceptSet.unresolved` before it is looked up.
    var id: Int32 = ConceptSet.unresolved
    public init(_ concept: String, flipped: Bool = false) { self.concept = concept; self.flipped = flipped }

    public static func == (a: Reading, b: Reading) -> Bool { a.flipped == b.flipped && a.concept == b.concept }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(concept)
        hasher.combine(flipped)
    }
}

/// The general lexicon merged with one bank's words, compiled for look-up by stem sequence.
public struct Lexicon: Sendable {
    /// Stems joined by single spaces -> readings.
    public private(set) var phrases: [String: [Reading]] = [:]
    public private(set) var negationPhrases: Set<String> = []
    public private(set) var functionStems: Set<String> = []
    /// Padding phrases by their first word, longest first.
    public private(set) var paddingByFirstWord: [String: [[String]]] = [:]
    /// For each first word (stem or surface form): the longest phrase or negation that starts with it.
    public private(set) var longestPhraseStartingWith: [String: Int] = [:]

    init(phrases: [String: [Reading]], negationPhrases: Set<String>, functionStems: Set<String>,
         paddingByFirstWord: [String: [[String]]], longestPhraseStartingWith: [String: Int]) {
        self.phrases = phrases
        self.negationPhrases = negationPhrases
        self.functionStems = functionStems
        self.paddingByFirstWord = paddingByFirstWord
        self.longestPhraseStartingWith = longestPhraseStartingWith
        indexSecondWords()
    }

    /// For each first word of a phrase or negation of two words or more, the words that follow
    /// it: a text's two words that start none need no longer key built to find that out.
    private var secondWords: [String: Set<String>] = [:]

    private mutating func indexSecondWords() {
        for key in Array(phrases.keys) + Array(negationPhrases) {
            let words = key.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard words.count > 1 else { continue }
            secondWords[String(words[0]), default: []].insert(String(words[1]))
        }
    }

    /// Whether some phrase or negation starts with `first` followed by `second`.
    func mayStartPhrase(_ first: String, _ second: String) -> Bool {
        secondWords[first]?.contains(second) ?? false
    }

    public init(bank: BankLexicon = BankLexicon()) {
        for group in GeneralLexicon.synonyms + bank.synonyms { addGroup(group) }
        for (word, opposite) in GeneralLexicon.antonyms { addAntonym(word, opposite) }
        // A bank's pair reads both ways: an article that says "cordial" refutes "strained" as
        // surely as one that says "strained" refutes "cordial".
        for (word, opposite) in bank.antonyms {
            addAntonym(word, opposite)
            addAntonym(opposite, word)
        }
        for cue in GeneralLexicon.negationCues {
            let key = Lexicon.key(cue)
            negationPhrases.insert(key)
        }
        for word in GeneralLexicon.functionWords { functionStems.insert(Lexicon.key(word)) }
        let paddingPhrases = GeneralLexicon.paddingPhrases.map { phrase in Tokenizer.tokenize(phrase).map(\.text) }
            .sorted { $0.count > $1.count }
        for phrase in paddingPhrases { if let first = phrase.first { paddingByFirstWord[first, default: []].append(phrase) } }
        for key in Array(phrases.keys) + Array(negationPhrases) {
            let words = key.split(separator: " ")
            guard let first = words.first, words.count > 1 else { continue }
            longestPhraseStartingWith[String(first)] = max(longestPhraseStartingWith[String(first)] ?? 1, words.count)
        }
        for cue in GeneralLexicon.negationCues {
            let words = Tokenizer.tokenize(cue).map(\.text)
            guard let first = words.first, words.count > 1 else { continue }
            longestPhraseStartingWith[first] = max(longestPhraseStartingWith[first] ?? 1, words.count)
        }
        indexSecondWords()
    }

    /// The look-up key of a word or phrase: its tokens' stems joined by spaces.
    public static func key(_ phrase: String) -> String {
        Tokenizer.tokenize(phrase).map { Stemmer.stem($0.text) }.joined(separator: " ")
    }

    private mutating func add(_ key: String, _ reading: Reading) {
        guard !key.isEmpty else { return }
        var list = phrases[key] ?? []
        if !list.contains(reading) { list.append(reading) }
        phrases[key] = list
    }

    /// Concepts named by the first word of a synonym group.
    private var groupConcepts: Set<String> = []

    private mutating func addGroup(_ words: [String]) {
        guard let first = words.first else { return }
        let concept = first == "_" ? "_" : Lexicon.key(first)
        groupConcepts.insert(concept)
        // A bank group whose words already name a concept joins that concept.
        for word in words where word != "_" { add(Lexicon.key(word), Reading(concept)) }
        if concept != "_" { add(concept, Reading(concept)) }
    }

    private mutating func addAntonym(_ word: String, _ opposite: String) {
        let wordKey = Lexicon.key(word)
        let concepts = (phrases[wordKey] ?? [Reading(wordKey)]).filter { !$0.flipped }.map(\.concept)
        for concept in Set(concepts) {
            add(Lexicon.key(opposite), Reading(concept, flipped: true))
        }
        // An opposite that names a whole group ("decrease": cut, reduce, lower ...) is the
        // opposite for every word of the group.
        let oppositeKey = Lexicon.key(opposite)
        if groupConcepts.contains(oppositeKey) {
            let members = phrases.filter { $0.key != oppositeKey && $0.value.contains(Reading(oppositeKey)) }
                .map { (key: $0.key, readings: $0.value) }.sorted { $0.key < $1.key }
            for member in members {
                for concept in Set(concepts).sorted() where !member.readings.contains(where: { $0.concept == concept }) {
                    add(member.key, Reading(concept, flipped: true))
                }
            }
        }
        if phrases[wordKey] == nil { add(wordKey, Reading(wordKey)) }
        // The opposite word keeps its own meaning as well.
        if !(phrases[oppositeKey] ?? []).contains(where: { !$0.flipped }) { add(oppositeKey, Reading(oppositeKey)) }
    }

    /// Gives every reading its concept's number in a bank index (see `Reading.id`).
    mutating func resolveConcepts(_ id: (String) -> Int32) {
        phrases = phrases.mapValues { readings in
            readings.map { r in
                var r = r
                r.id = id(r.concept)
                return r
            }
        }
    }

    /// Readings of a stem sequence, or nil if the lexicon does not know it.
    public func readings(_ key: String) -> [Reading]? { phrases[key] }

    public func isNegation(_ key: String) -> Bool { negationPhrases.contains(key) }

    public func isFunctionWord(_ stem: String) -> Bool { functionStems.contains(stem) }
}
