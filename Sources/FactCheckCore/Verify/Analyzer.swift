/// A value the checker compares as a whole: a weekday, a month, a year, an ordinal or a number.
public struct Value: Sendable, Hashable {
    public enum Kind: String, Sendable { case weekday, month, season, year, ordinal, cardinal, quantity }
    public var kind: Kind
    public var number: Int
    public var name: String
    /// For a quantity: the whole amount (640000000 for "640 million") and its canonical unit.
    public var amount: Double = 0
    public var unit: String = ""
    /// "more than 600", "about 600": how the statement's number bounds the true one.
    public var qualifier: QuantityQualifier = .exact
    /// A bare number that is the day of a date ("May 14", "14 May"): it fills the date's slot,
    /// not a count's, so an age of 41 is not compared with it.
    public var dayOfMonth = false
    /// A bare number given as an age ("26 years old", "aged 26"), or a bank's quantity of years
    /// with "age" in `what`: the two fill one slot.
    public var age = false
    /// A statement's bound that picks out whom or what it speaks of ("customers without power
    /// for more than six hours will get ..."), set by the checker, never stored: another bound of
    /// the same direction is then another claim.
    public var threshold = false
    /// What the value fills, as a reader says it ("age", "ordinal", "quantity").
    public var slotName: String { age ? "age" : dayOfMonth ? "day" : unit == Units.clock ? "time" : kind.rawValue }

    /// The value as a correction names it next to `other`: with its bound ("at least 8 months")
    /// when the two figures alone read the same.
    public func shown(against other: Value) -> String {
        guard name == other.name else { return name }
        switch qualifier {
        case .atLeast: return "at least " + name
        case .atMost: return "at most " + name
        case .upTo: return "up to " + name
        case .exact, .about: return name
        }
    }

    public init(kind: Kind, number: Int, name: String) {
        self.kind = kind
        self.number = number
        self.name = name
    }

    public init(quantity: Quantity, qualifier: QuantityQualifier = .exact) {
        kind = .quantity
        amount = quantity.value
        unit = quantity.unit
        number = abs(quantity.value) < 9e18 ? Int(quantity.value.rounded()) : 0
        name = quantity.description
        self.qualifier = qualifier
    }

    /// The concept a value stands for in the index. A measure keeps its unit ("#q:euro:640000000");
    /// a count of things does not ("#q:count:9400"), since what is counted is a word of its own
    /// that needs backing ("9,400 participants" and "9,400 adults" are the same number).
    public var concept: String {
        // A bare number is a count: "27 to 14" is backed by "27 votes to 14".
        if kind == .cardinal { return "#q:count:\(Double(number))" }
        guard kind == .quantity else { return "#\(kind.rawValue):\(number)" }
        // Spans of whole days, hours, minutes and seconds in one unit: "three weeks" is the
        // article's "21-day" truce, "48 hours" its "two days" (not months and years, whose
        // length varies).
        if Units.time.contains(unit), !Units.calendar.contains(unit), let factor = Units.baseFactor(of: unit) { return "#q:second:\(amount * factor)" }
        return Units.isMeasure(unit) ? "#q:\(unit):\(amount)" : "#q:count:\(amount)"
    }

    /// Whether two values fill the same slot: the same kind, and for quantities the same unit or
    /// units of one dimension (euros and dollars, weeks and months, kilometres and miles), so that
    /// "640 million dollars" is compared with the article's "640 million euros".
    public func sameSlot(_ other: Value) -> Bool {
        // "26 years old" against an age of 24 years.
        if kind == .cardinal, age, other.kind == .quantity { return other.age }
        if other.kind == .cardinal, other.age, kind == .quantity { return age }
        // (An age is no bare count: "52 years old" against "by 79 votes to 63".)
        guard kind == other.kind, dayOfMonth == other.dayOfMonth, age == other.age || (kind != .quantity && kind != .cardinal) else { return false }
        guard kind == .quantity, unit != other.unit else { return true }
        guard let dimension = Units.dimension(of: unit), dimension == Units.dimension(of: other.unit) else { return false }
        // "15 years" is no reading of "40 minutes": units that far apart measure different things.
        if let mine = Units.baseFactor(of: unit), let theirs = Units.baseFactor(of: other.unit), max(mine, theirs) / min(mine, theirs) > 1000 {
            return false
        }
        return true
    }

    /// Whether this value (a statement's) agrees with `actual` (the article's) in the same slot.
    public func agrees(with actual: Value) -> Bool {
        guard sameSlot(actual) else { return false }
        // An age given as a bare number against the bank's years, either way round.
        if kind != actual.kind {
            let (count, years) = kind == .cardinal ? (self, actual) : (actual, self)
            return Double(count.number) == years.amount
        }
        guard kind == .quantity else { return number == actual.number }
        // A time of day said without "a.m." or "p.m." is either.
        if unit == Units.clock, actual.unit == Units.clock {
            let bare = { (v: Value) in !v.name.hasSuffix(".m.") && v.amount < 13 * 60 }
            return amount == actual.amount || (bare(self) || bare(actual)) && abs(amount - actual.amount) == 12 * 60
        }
        // Another unit of the same dimension is converted ("about 6 miles" for "9.5 kilometres",
        // "48 hours" for "two days"); money only to and from its hundredth ("60 cents" for
        // "0.60 euros").
        var actualAmount = actual.amount
        if unit != actual.unit {
            if let hundredths = Units.hundredths(unit, actual.unit) {
                actualAmount = actual.amount * hundredths
            } else {
                guard let mine = Units.baseFactor(of: unit), let theirs = Units.baseFactor(of: actual.unit) else { return false }
                actualAmount = actual.amount * theirs / mine
            }
        }
        let scale = max(abs(actualAmount), 1e-9)
        // A bound in another unit is the same measure rewritten, not any larger one: "more than
        // 250 metres" is no reading of "32 kilometres".
        if unit != actual.unit, qualifier != .exact, qualifier != .about,
           !(0.5...2).contains(abs(actualAmount) / max(abs(amount), 1e-9)) { return false }
        // "at most eight months" against "at least eight months": bounds the other way round
        // say another thing.
        let lower = qualifier == .atLeast, upper = qualifier == .atMost || qualifier == .upTo
        if (lower && (actual.qualifier == .atMost || actual.qualifier == .upTo)) || (upper && actual.qualifier == .atLeast) { return false }
        switch qualifier {
        // A converted figure is rounded in the text: within 2%.
        case .exact:
            let tolerance = unit == actual.unit ? 1e-6 : Units.calendar.contains(unit) != Units.calendar.contains(actual.unit) ? 0.1 : 0.02
            return abs(amount - actualAmount) <= scale * tolerance
        case .about: return abs(amount - actualAmount) <= scale * 0.1
        // A threshold: "customers without power for more than six hours" against the article's
        // "more than 12 hours" picks out other customers, as another cap does below. An estimate
        // ("made over 100 recordings" against "more than 140") is only looser.
        case .atLeast:
            if threshold, actual.qualifier == .atLeast { return abs(amount - actualAmount) <= scale * (unit == actual.unit ? 1e-6 : 0.02) }
            return actualAmount >= amount
        case .atMost:
            if threshold, actual.qualifier == .atMost || actual.qualifier == .upTo { return abs(amount - actualAmount) <= scale * (unit == actual.unit ? 1e-6 : 0.02) }
            return actualAmount <= amount
        case .upTo:
            // "up to 10 percent" against the article's "up to 4 percent": another cap.
            // The same cap in another unit is rounded in the text ("up to 56 mph" for 90 km/h).
            if actual.qualifier == .upTo { return abs(amount - actualAmount) <= scale * (unit == actual.unit ? 1e-6 : 0.02) }
            return actualAmount <= amount
        }
    }
}

/// One meaningful piece of a text: a named entity, a phrase, a word, a value or a negation.
public struct Unit: Sendable {
    public enum Kind: Sendable, Equatable {
        case word
        case entity(String)
        case value(Value)
        case negation
        /// A capitalised word that names nothing the bank knows.
        case unknownName
    }

    public var kind: Kind
    public var tokenRange: Range<Int>
    /// Offsets (Unicode scalars) in the analysed text.
    public var start: Int
    public var end: Int
    public var text: String
    public var readings: [Reading]
    /// A function word, or a word that carries no claim of its own.
    public var neutral: Bool
    /// Inside the scope of an odd number of negations.
    public var negated = false
    /// In what a denial of others' claims denies ("denied claims by the union that ..."): negated
    /// for the one who denies, but still what the claimants say.
    public var disputed = false
    public var quoted: Bool
    public var boundaryAfter: Bool
    /// Set when the entity was named by a position ("the Chinese foreign minister"): that fact's id.
    public var roleFact: String?
    /// The word as typed, when a typo was corrected.
    public var correctedFrom: String?
    /// How many of `readings` are the unit's own meanings; the rest are the meanings of a
    /// phrase's single words, used to back a statement but not to rank facts.
    public var primaryReadings = Int.max
    /// A verb and its particle read as one phrasal verb ("stepped down"): its readings hold its
    /// verb's own meanings too, which back a statement's phrasal verb, but an article's phrasal verb
    /// says only its own meanings ("stepped down" is no "stepped up"; `Analyzer.articleReadings`).
    public var phrasal = false
    /// The unit ended in a possessive "'s": "Navalny's treatment".
    public var possessive = false
    /// The unit's first word is written with a capital letter ("Selene", or a sentence's first word).
    public var capitalized = false

    public var entityID: String? { if case .entity(let id) = kind { return id } else { return nil } }
    /// The kind told by its case alone, without comparing payloads.
    public var isWord: Bool { if case .word = kind { return true } else { return false } }
    public var isNegation: Bool { if case .negation = kind { return true } else { return false } }
    public var isUnknownName: Bool { if case .unknownName = kind { return true } else { return false } }
    public var value: Value? { if case .value(let v) = kind { return v } else { return nil } }
    /// Units `units` as the analysed text writes them ("Tuesday", "Selby Marsh"), or their folded
    /// words when the offsets are not the text's.
    static func written(_ units: ArraySlice<Unit>, in scalars: [Unicode.Scalar]) -> String {
        guard let first = units.first, let last = units.last else { return "" }
        let from = first.start, to = last.end
        guard from >= 0, from < to, to <= scalars.count else { return units.map(\.text).joined(separator: " ") }
        return String(String.UnicodeScalarView(scalars[from..<to]))
    }

    public var isContent: Bool {
        switch kind {
        case .negation: return false
        case .word: return !neutral
        default: return true
        }
    }
}

/// Alias entries: a token sequence naming an entity, possibly through a position.
struct AliasEntry: Sendable {
    var tokens: [String]
    var entity: String
    var roleFact: String?
    /// For a position's title: whom the position is for (the fact's `of`).
    var roleOf: String? = nil
    /// Given only with "the" ("the player"): it names the entity where the text says "the
    /// player", not where it says "a player" or "another player".
    var definite = false
}

/// Turns text into units with the bank's aliases and the lexicon. The same analysis is
/// applied to article sentences and to statements, so that they compare like for like.
public struct Analyzer: Sendable {
    var lexicon: Lexicon
    /// Aliases by their words joined with spaces, and the longest alias per first word.
    var aliasesByWords: [String: AliasEntry] = [:]
    /// A title two or more people hold, by its words: every holder's entry ("chief executive" of
    /// two companies). The first stands for the title unless the text names another holder.
    var sharedTitles: [String: [AliasEntry]] = [:]
    var longestAliasStartingWith: [String: Int] = [:]
    var vocabulary: Set<String> = []
    var vocabularyStems: Set<String> = []
    /// The words a typo may be corrected to, made when a statement first needs one.
    var typoTables: TypoTables
    /// Words a typo may be corrected to: the article's words, the aliases and date names.
    var fuzzyBuckets: [BucketKey: [FuzzyWord]] { typoTables.tables().fuzzy }
    /// Alias words only: a capitalised typo is corrected to a name, never to a common word.
    var nameBuckets: [BucketKey: [FuzzyWord]] { typoTables.tables().names }

    /// The typo tables of one analyser: most banks are loaded to check statements with no
    /// typo at all, so they are made from their sources at the first look-up (or read ready
    /// from a snapshot). Shared by the copies of one analyser.
    final class TypoTables: @unchecked Sendable {
        typealias Tables = (fuzzy: [BucketKey: [FuzzyWord]], names: [BucketKey: [FuzzyWord]])
        /// What the tables are made from: the article's distinct words with their stems, the
        /// words of the aliases, and the day and month names.
        struct Sources {
            var distinct: Set<String>
            var stems: [String: String]
            var aliases: [AliasEntry]
            var dateForms: [String]
        }
        private let lock = NSLock()
        private var made: Tables?
        private var sources: Sources?

        init(sources: Sources) { self.sources = sources }
        init(fuzzy: [BucketKey: [FuzzyWord]], names: [BucketKey: [FuzzyWord]]) { made = (fuzzy, names) }

        func tables() -> Tables {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            let built = sources.map(Self.make) ?? ([:], [:])
            made = built
            sources = nil
            return built
        }

        static func make(_ sources: Sources) -> Tables {
            var fuzzy: [BucketKey: [FuzzyWord]] = [:]
            var nameBuckets: [BucketKey: [FuzzyWord]] = [:]
            var targets = sources.distinct
            // Inflections of the article's words, so that "warnd" can still reach "warned".
            for word in sources.distinct where word.count >= 4 {
                let stem = sources.stems[word] ?? Stemmer.stem(word)
                for suffix in ["ed", "s", "ing", "es", "e"] { targets.insert(stem + suffix) }
            }
            targets.formUnion(sources.dateForms)
            let names = Set(sources.aliases.flatMap(\.tokens))
            targets.formUnion(names)
            for word in targets {
                let length = word.unicodeScalars.count
                if length >= 4, let first = word.unicodeScalars.first {
                    fuzzy[BucketKey(first: first, length: length), default: []].append(FuzzyWord(word))
                }
            }
            for word in names.union(sources.dateForms) {
                let length = word.unicodeScalars.count
                if length >= 4, let first = word.unicodeScalars.first {
                    nameBuckets[BucketKey(first: first, length: length), default: []].append(FuzzyWord(word))
                }
            }
            for key in fuzzy.keys { fuzzy[key]?.sort { $0.text < $1.text } }
            for key in nameBuckets.keys { nameBuckets[key]?.sort { $0.text < $1.text } }
            return (fuzzy, nameBuckets)
        }
    }

    /// A word a typo may stand for, with its letter set for a quick first test.
    struct FuzzyWord: Sendable {
        var text: String
        var letters: UInt64
        init(_ text: String) { self.text = text; self.letters = EditDistance.letterMask(text) }
        init(text: String, letters: UInt64) { self.text = text; self.letters = letters }
    }

    /// Typo candidates are grouped by first letter and length, so a look-up reads only words
    /// that could be within the allowed distance.
    struct BucketKey: Hashable, Sendable {
        var first: Unicode.Scalar
        var length: Int
    }
    var weekdayForms: [String: Int] = [:]
    /// The plural nouns the article counts (`countedNouns(in:)`).
    var countedNouns: Set<String> = []
    var monthForms: [String: Int] = [:]
    /// Stems of every known word, computed once.
    var stemCache: [String: String] = [:]
    /// Whether a unit's text ends in a word that may start advice not to do something ("not",
    /// "against", "about", "of"): a test on its last bytes, before anything is split.
    static func mayTurnDenied(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let last = bytes.last else { return false }
        // Byte comparisons: `hasSuffix` compares characters, which costs far more per unit.
        func endsWith(_ suffix: String) -> Bool {
            let tail = suffix.utf8
            return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
        }
        switch last {
        case UInt8(ascii: "t"): return endsWith("not") || endsWith("against") || endsWith("about")
        case UInt8(ascii: "f"): return endsWith("of")
        default: return false
        }
    }

    /// Whether the last word of a unit's text has its stem in `stems` ("stern warning" for "warn").
    static func lastWordStem(of text: String, in stems: Set<String>) -> Bool {
        text.split(separator: " ").last.map { stems.contains(Stemmer.stem(String($0))) } == true
    }

    /// Stems of `GeneralLexicon.adviceWords` and `warningWords` (a corrected typo is matched by its stem).
    static let adviceStems = Set(GeneralLexicon.adviceWords.map(Stemmer.stem))
    static let warningStems = Set(GeneralLexicon.warningWords.map(Stemmer.stem))
    /// Nouns whose "that" opens what they say, not a relative clause: "rejected the claim that
    /// ..." denies the claim's content.
    static let contentNouns: Set<String> = [
        "claim", "claims", "allegation", "allegations", "suggestion", "suggestions", "idea", "notion", "report", "reports",
        "assertion", "assertions", "accusation", "accusations", "view", "belief", "fear", "fears", "assurance", "assurances",
        "fact", "possibility", "rumour", "rumours", "rumor", "rumors", "theory", "charge", "charges", "proposal", "argument",
        "impression", "evidence", "sign", "signs", "suspicion", "suspicions", "hope", "hopes", "promise", "guarantee",
        "say", "word", "news", "statement", "statements", "speculation", "prospect", "chance", "risk", "danger", "doubt",
    ]
    static let scopeBreakers: Set<String> = ["but", "while", "whereas", "although", "though", "however", "yet", "which", "because"]
    static let dateContext: Set<String> = ["on", "in", "last", "next", "this", "since", "by", "until", "of", "early", "late", "mid"]

    func stem(_ word: String) -> String { stemCache[word] ?? unknownWords.stem(word) }

    /// Everything the analysis asks about a known word, found with one look-up.
    struct WordFacts: Sendable {
        var stem: String
        var longestAlias: Int
        var longestPhrase: Int
        var maybeValue: Bool
        var negation: Bool
        var neutral: Bool
        var readings: [Reading]
        /// How many of `readings` pick facts (the rest only back the word).
        var primary = Int.max
    }
    var wordFacts: [String: WordFacts] = [:]
    /// The same for words outside the vocabulary, found as statements use them.
    var unknownWords = UnknownWordCache()

    /// What the analysis found out about words outside the vocabulary, kept for the next
    /// statement that uses them (a statement file repeats its words); emptied when it grows
    /// past its bound. Shared by the copies of one analyser.
    final class UnknownWordCache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: WordFacts] = [:]
        private var stems: [String: String] = [:]

        /// The stem of a word outside the vocabulary, computed once.
        func stem(_ word: String) -> String {
            lock.lock()
            let known = stems[word]
            lock.unlock()
            if let known { return known }
            let made = Stemmer.stem(word)
            lock.lock()
            if stems.count >= 20_000 { stems.removeAll(keepingCapacity: true) }
            stems[word] = made
            lock.unlock()
            return made
        }

        func value(_ word: String) -> WordFacts? {
            lock.lock()
            defer { lock.unlock() }
            return entries[word]
        }

        func store(_ word: String, _ facts: WordFacts) {
            lock.lock()
            defer { lock.unlock() }
            if entries.count >= 20_000 { entries.removeAll(keepingCapacity: true) }
            entries[word] = facts
        }
    }

    func facts(of word: String) -> WordFacts { facts(of: word, wordNet: WordNet.entry(for: word)) }

    /// The same, with the word's WordNet entry already looked up (or looked up only when it
    /// is needed: never for a function word or a number).
    func facts(of word: String, wordNet: @autoclosure () -> WordNet.Entry?) -> WordFacts {
        facts(of: word, stem: self.stem(word), wordNet: wordNet())
    }

    /// The same, with the word's stem already made.
    func facts(of word: String, stem: String, wordNet: @autoclosure () -> WordNet.Entry?) -> WordFacts {
        // A past participle is never a function word, even when its stem is one ("included" is
        // a claim, "including" only introduces a list).
        let stemReadings = lexicon.readings(stem)
        // Nor is a word the stemmer cut down to one by more than an ending ("herring" to "her").
        let neutral = (lexicon.isFunctionWord(stem) && !(word.hasSuffix("ed") && word != stem) && word.count - stem.count <= 3)
            || GeneralLexicon.functionWords.contains(word)
            || (stemReadings?.contains(Reading("_")) ?? false)
        let maybeValue = word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } || weekdayForms[word] != nil || monthForms[word] != nil
            || GeneralLexicon.seasons[word] != nil
            || GeneralLexicon.ordinals[word] != nil || GeneralLexicon.cardinals[word] != nil
        var readings = neutral ? [Reading(stem)] : (stemReadings ?? [Reading(stem)])
        var primary = Int.max
        if !neutral, !maybeValue, let entry = wordNet() { primary = Self.addSenses(of: entry, to: &readings) }
        return WordFacts(stem: stem, longestAlias: longestAliasStartingWith[word] ?? 0,
                         longestPhrase: max(lexicon.longestPhraseStartingWith[stem] ?? 1, lexicon.longestPhraseStartingWith[word] ?? 1),
                         maybeValue: maybeValue, negation: lexicon.isNegation(word) || lexicon.isNegation(stem), neutral: neutral,
                         readings: readings, primary: primary)
    }

    /// Adds WordNet's senses of a word to its readings and returns where its secondary senses
    /// start (`Int.max` when it has none). Its own meaning, its two most frequent senses and the
    /// senses it is the opposite of pick facts and decide polarity; its other senses only back it.
    static func addSenses(of entry: WordNet.Entry, to readings: inout [Reading]) -> Int {
        let senses = entry.concepts.filter { !readings.contains(Reading($0)) }
        for c in senses.prefix(2) { readings.append(Reading(c)) }
        for o in entry.opposites where !readings.contains(where: { $0.concept == o }) { readings.append(Reading(o, flipped: true)) }
        guard senses.count > 2 else { return Int.max }
        let primary = readings.count
        for c in senses.dropFirst(2) { readings.append(Reading(c)) }
        return primary
    }

    init(lexicon: Lexicon, aliases: [AliasEntry], extraVocabulary: Set<String>) {
        self.lexicon = lexicon
        // One entry per word sequence: when two entities share an alias, the first keeps it.
        aliasesByWords.reserveCapacity(aliases.count)
        longestAliasStartingWith.reserveCapacity(aliases.count)
        for entry in aliases where !entry.tokens.isEmpty {
            let key = entry.tokens.joined(separator: " ")
            if let known = aliasesByWords[key] {
                // The same words given for the same entity without "the" name it after "a" too.
                if known.definite, !entry.definite, known.entity == entry.entity { aliasesByWords[key]?.definite = false }
                if known.roleFact != nil, entry.roleFact != nil, known.entity != entry.entity {
                    if sharedTitles[key] == nil { sharedTitles[key] = [known] }
                    if sharedTitles[key]?.contains(where: { $0.entity == entry.entity }) == false { sharedTitles[key]?.append(entry) }
                }
            } else {
                aliasesByWords[key] = entry
            }
            longestAliasStartingWith[entry.tokens[0]] = max(longestAliasStartingWith[entry.tokens[0]] ?? 0, entry.tokens.count)
        }
        for (i, day) in GeneralLexicon.weekdays.enumerated() { for f in day.forms { weekdayForms[f] = i + 1 } }
        for (i, month) in GeneralLexicon.months.enumerated() { for f in month.forms { monthForms[f] = i + 1 } }
        // Each distinct word of the article is worked on once.
        let distinct = extraVocabulary
        var words = distinct
        for entry in aliases { words.formUnion(entry.tokens) }
        for key in lexicon.phrases.keys { words.formUnion(key.split(separator: " ").map(String.init)) }
        words.formUnion(GeneralLexicon.functionWords)
        words.formUnion(GeneralLexicon.negationCues.flatMap { $0.split(separator: " ").map(String.init) })
        words.formUnion(weekdayForms.keys)
        words.formUnion(monthForms.keys)
        words.formUnion(GeneralLexicon.ordinals.keys)
        words.formUnion(GeneralLexicon.cardinals.keys)
        words.formUnion(GeneralLexicon.titleWords)
        for group in GeneralLexicon.synonyms { for p in group { words.formUnion(Tokenizer.tokenize(p).map(\.text)) } }
        for (a, b) in GeneralLexicon.antonyms { words.formUnion(Tokenizer.tokenize(a + " " + b).map(\.text)) }
        vocabulary = words
        // Each word's stem and facts, on every core for a large vocabulary (a word's facts need
        // only its own stem), then put in the tables in one pass.
        typoTables = TypoTables(fuzzy: [:], names: [:])
        let list = Array(words)
        let analyzer = self
        let made = Parallel.map(list.count, block: 256) { range in
            list[range].map { word -> (String, WordFacts) in
                let stem = Stemmer.stem(word)
                return (stem, analyzer.facts(of: word, stem: stem, wordNet: WordNet.entry(for: word)))
            }
        }
        stemCache.reserveCapacity(list.count)
        wordFacts.reserveCapacity(list.count)
        for (word, (stem, facts)) in zip(list, made) {
            stemCache[word] = stem
            wordFacts[word] = facts
        }
        vocabularyStems = Set(stemCache.values)
        typoTables = TypoTables(sources: TypoTables.Sources(distinct: distinct, stems: stemCache, aliases: aliases,
                                                            dateForms: Array(weekdayForms.keys) + Array(monthForms.keys)))
    }

    /// Gives the readings of the analyser's tables their concepts' numbers in a bank index, so
    /// that the readings of a statement's known words arrive numbered.
    mutating func resolveConcepts(_ id: (String) -> Int32) {
        lexicon.resolveConcepts(id)
        wordFacts = wordFacts.mapValues { facts in
            var facts = facts
            for r in facts.readings.indices { facts.readings[r].id = id(facts.readings[r].concept) }
            return facts
        }
    }

    func isKnown(_ word: String) -> Bool {
        vocabulary.contains(word) || vocabularyStems.contains(stem(word))
    }

    /// The known word a typo most likely stands for, if it is close enough.
    func correction(for word: String, nameOnly: Bool) -> String? {
        let length = word.unicodeScalars.count
        let limit = EditDistance.tolerance(forLength: length)
        // Day and month names are a small closed set: "Wensday" is still Wednesday.
        // The closest name wins, and of equally close names the first in alphabetical order, so
        // that the answer never depends on the order of a hash table.
        if length >= 6, let first = word.unicodeScalars.first {
            var best: (name: String, distance: Int)?
            for name in Self.longDateNames where name.unicodeScalars.first == first {
                guard let d = EditDistance.distance(word, name, limit: 2) else { continue }
                if let current = best, current.distance <= d { continue }
                best = (name, d)
            }
            if let best { return best.name }
        }
        guard limit > 0, let first = word.unicodeScalars.first else { return nil }
        let letters = EditDistance.letterMask(word)
        var best: (String, Int)?
        let buckets = nameOnly ? nameBuckets : fuzzyBuckets
        search: for candidateLength in (length - limit)...(length + limit) {
            let key = BucketKey(first: first, length: candidateLength)
            guard let bucket = buckets[key] else { continue }
            for candidate in bucket where EditDistance.mayBeWithin(letters, candidate.letters, limit: limit) {
                if let d = EditDistance.distance(word, candidate.text, limit: limit), d < (best?.1 ?? Int.max) {
                    best = (candidate.text, d)
                    if d == 1 && limit == 1 { break search }
                }
            }
        }
        return best?.0
    }

    public func analyze(_ text: String) -> [Unit] { analyze(text, tokens: Tokenizer.tokenize(text)) }

    /// Whether "due" at `i` says when something is to happen: after a form of "be" and before
    /// a verb ("the handover is due to take place"), where "due to the storm" gives a cause.
    static func scheduledDue(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 2 < tokens.count else { return false }
        let next = tokens[i + 2].text
        guard !GeneralLexicon.functionWords.contains(next), !tokens[i + 2].capitalized, WordNet.canBe("v", next),
              !next.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return false }
        // "the first turbines due to start generating power": a verb that rarely names a cause.
        if GeneralLexicon.scheduledVerbs.contains(next) { return true }
        return i > 0 && Self.beforeSchedule.contains(tokens[i - 1].text)
    }

    /// A verb and its particle as one phrasal verb, when WordNet has the two as one ("stepped
    /// down" is resigned, "turned off" switched off): the unit reads as the phrase's own senses
    /// first, then as its verb's own meanings, which only an article that keeps the two apart backs
    /// (`articleReadings`). Not a particle that only sets a figure's direction ("closed down 3
    /// percent", "up to 40").
    func phrasalVerb(at i: Int, tokens: [Token], info: [WordFacts], stems: [String],
                     makeUnit: (Unit.Kind, Range<Int>, [Reading]) -> Unit) -> Unit? {
        guard i + 1 < tokens.count, WordNet.particles.contains(tokens[i + 1].text), tokens[i].trailingPunctuation == nil,
              !info[i].neutral, !info[i].maybeValue, !info[i].negation, info[i].longestAlias == 0,
              !(tokens[i].capitalized && i > 0), tokens[i].quoted == tokens[i + 1].quoted else { return nil }
        if i + 2 < tokens.count {
            let next = tokens[i + 2].text
            if info[i + 2].maybeValue || (tokens[i + 1].text == "up" && next == "to") { return nil }
        }
        guard let entry = WordNet.phrasalEntry(verb: tokens[i].text, particle: tokens[i + 1].text) else { return nil }
        var readings = [Reading(stems[i] + " " + tokens[i + 1].text)]
        var later: [Reading] = []
        let primary = Self.addSenses(of: entry, to: &readings)
        if primary < readings.count {
            later = Array(readings[primary...])
            readings.removeSubrange(primary...)
        }
        // The verb's own meanings as well, not its opposites: an article that keeps the two apart
        // ("turned back 210 metres below") still backs "turned back" (`articleReadings` leaves
        // them out of an article's phrasal verb).
        for r in info[i].readings where !r.flipped && !readings.contains(r) && !later.contains(r) { readings.append(r) }
        let count = readings.count
        readings += later
        var unit = makeUnit(.word, i..<(i + 2), readings)
        unit.primaryReadings = later.isEmpty ? Int.max : count
        unit.phrasal = true
        return unit
    }

    /// What an article's unit says: all its readings, but only a phrasal verb's own meanings, not
    /// its verb's ("stepped down" is no "stepped up", nor "stepped"). `primary` keeps only the
    /// unit's own meanings (`Unit.primaryReadings`).
    func articleReadings(of unit: Unit, primary: Bool) -> [Reading] {
        let own = primary ? Array(unit.readings.prefix(unit.primaryReadings)) : unit.readings
        guard unit.phrasal, let verb = unit.text.split(separator: " ").first else { return own }
        let verbReadings = Set((wordFacts[String(verb)] ?? facts(of: String(verb))).readings)
        let phrase = unit.readings.first
        return own.filter { $0 == phrase || !verbReadings.contains($0) }
    }

    /// Whether the words at `range` name no one known: after "another", "no" ..., or after "a"
    /// in a denied clause, as a whole noun phrase ("had not signed a player from Merriton"), not as
    /// the first noun of a longer one ("no coalition agreement").
    static func nonSpecific(_ tokens: [Token], _ range: Range<Int>, afterDenial: Bool) -> Bool {
        guard range.lowerBound > 0 else { return false }
        let before = tokens[range.lowerBound - 1].text
        guard GeneralLexicon.nonSpecificDeterminers.contains(before) || (afterDenial && GeneralLexicon.indefiniteArticles.contains(before)) else { return false }
        guard range.upperBound < tokens.count, tokens[range.upperBound - 1].trailingPunctuation == nil else { return true }
        let next = tokens[range.upperBound].text
        return GeneralLexicon.functionWords.contains(next) || !WordNet.canBe("n", next)
    }

    /// Whether a name's words run across punctuation that a name does not hold: "In Kestova,
    /// opposition leader Pavel Santek" is no "Kestova opposition leader". A comma may stand
    /// inside a name the bank's author wrote ("Paris, Texas"), never inside one made from a title.
    static func spansBreak(_ words: ArraySlice<Token>, _ entry: AliasEntry) -> Bool {
        words.dropLast().contains { token in
            guard let mark = token.trailingPunctuation else { return false }
            switch mark {
            case ",": return entry.roleFact != nil
            // "Dr.", "St.", "J.": a full stop after a short word ends an abbreviation, not a sentence.
            case ".": return token.text.count > 3
            case ";", ":", "!", "?": return true
            default: return false
            }
        }
    }

    /// The same, with the text's tokens already made.
    func analyze(_ text: String, tokens made: [Token]) -> [Unit] {
        var tokens = made
        var corrected: [Int: String] = [:]
        // WordNet entries of the words this analysis had to look up, so each is looked up once.
        var looked: [String: WordNet.Entry?] = [:]
        // Each token's facts when it is a word of the vocabulary (every key of `wordFacts` is one),
        // looked up once and kept in step with the token's text.
        var known = tokens.map { wordFacts[$0.text] }
        for i in tokens.indices where known[i] == nil {
            let word = tokens[i].text
            if isKnown(word) || word.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { continue }
            // "sternly" is "stern", "angrily" is "angry": an adverb of a known word means that word.
            // Not a rank: "finally" and "lastly" place nothing in a series.
            if word.hasSuffix("ly"), word.count >= 6 {
                let base = word.hasSuffix("ily") ? String(word.dropLast(3)) + "y" : String(word.dropLast(2))
                if isKnown(base), GeneralLexicon.ordinals[base] == nil {
                    tokens[i].text = base
                    known[i] = wordFacts[base]
                    continue
                }
            }
            let nameOnly = tokens[i].capitalized && i > 0
            // A word of the language is what it says, not a typo of an article word.
            if !nameOnly {
                let entry = WordNet.entry(for: word)
                looked[word] = .some(entry)
                if entry != nil { continue }
            }
            if let fix = correction(for: word, nameOnly: nameOnly) {
                corrected[i] = word
                tokens[i].text = fix
                known[i] = wordFacts[fix]
            }
        }
        let info = tokens.indices.map { i in
            if let facts = known[i] ?? unknownWords.value(tokens[i].text) { return facts }
            let token = tokens[i]
            let made = facts(of: token.text, wordNet: looked[token.text] ?? WordNet.entry(for: token.text))
            unknownWords.store(token.text, made)
            return made
        }
        let stems = info.map(\.stem)
        var units: [Unit] = []
        var i = 0
        func makeUnit(_ kind: Unit.Kind, _ range: Range<Int>, readings: [Reading], neutral: Bool = false,
                      roleFact: String? = nil) -> Unit {
            let last = tokens[range.upperBound - 1]
            let boundary: Bool
            switch last.trailingPunctuation {
            case ",", ";", ":", ".", "!", "?": boundary = true
            default: boundary = false
            }
            let text = range.count == 1 ? last.text : tokens[range].map(\.text).joined(separator: " ")
            var unit = Unit(kind: kind, tokenRange: range, start: tokens[range.lowerBound].start, end: last.end,
                            text: text, readings: readings, neutral: neutral,
                            quoted: tokens[range.lowerBound].quoted, boundaryAfter: boundary, roleFact: roleFact,
                            correctedFrom: corrected.isEmpty ? nil : range.compactMap { corrected[$0] }.first)
            unit.possessive = last.possessive
            unit.capitalized = tokens[range.lowerBound].capitalized
            return unit
        }
        // The text's characters, made once and only when a number needs its signs ("$", "%").
        var scalarsOfText: [Unicode.Scalar]?
        func textScalars() -> [Unicode.Scalar] {
            if let made = scalarsOfText { return made }
            let made = Array(text.unicodeScalars)
            scalarsOfText = made
            return made
        }
        while i < tokens.count {
            let word = tokens[i].text
            // Entities, longest alias first.
            if info[i].longestAlias > 0 {
                let longest = info[i].longestAlias
                var matched: (AliasEntry, Int)?
                var length = min(longest, tokens.count - i)
                // The longest key is joined once; each shorter one is cut from it at its last space
                // (words hold no spaces).
                var key = word
                for k in (i + 1)..<(i + max(length, 1)) {
                    key += " "
                    key += tokens[k].text
                }
                while length >= 1, matched == nil {
                    if let entry = aliasesByWords[key], !Self.spansBreak(tokens[i..<(i + length)], entry),
                       !(entry.definite && Self.nonSpecific(tokens, i..<(i + length), afterDenial: units.last { $0.boundaryAfter || $0.isNegation }?.isNegation == true)) {
                        matched = (entry, length)
                    }
                    length -= 1
                    if length >= 1, let space = key.utf8.lastIndex(of: 0x20) { key = String(key[..<space]) }
                }
                if let (entry, length) = matched {
                    let range = i..<(i + length)
                    // The name's own words count as well ("the two countries" backs "the countries"),
                    // for backing only: ranking and coverage go by the entity.
                    var readings = [Reading("@" + entry.entity)]
                    // A title's words as the lexicon's phrase too ("chief executive" backs "CEO").
                    if entry.roleFact != nil, length > 1, let phrase = lexicon.readings(stems[range].joined(separator: " ")) {
                        readings += phrase.filter { !$0.flipped }
                    }
                    for k in range where !lexicon.isFunctionWord(stems[k]) && !GeneralLexicon.functionWords.contains(tokens[k].text) {
                        for r in lexicon.readings(stems[k]) ?? [Reading(stems[k])] where !r.flipped && !readings.contains(r) {
                            readings.append(r)
                        }
                    }
                    var unit = makeUnit(.entity(entry.entity), range, readings: readings, roleFact: entry.roleFact)
                    unit.primaryReadings = 1
                    units.append(unit)
                    i += length
                    continue
                }
            }
            // "Chinas stance": a possessive typed without its apostrophe still names China.
            if tokens[i].capitalized, word.hasSuffix("s"), let entry = aliasesByWords[String(word.dropLast())],
               entry.tokens.count == 1 {
                units.append(makeUnit(.entity(entry.entity), i..<(i + 1), readings: [Reading("@" + entry.entity)],
                                      roleFact: entry.roleFact))
                i += 1
                continue
            }
            // Values: quantities first ("2,500 residents", "$1.2 billion", "12%"), then dates, ordinals and numbers.
            if info[i].maybeValue || Self.isSpanArticle(at: i, tokens), let (value, length) = quantity(at: i, tokens: tokens, scalars: textScalars()) {
                units.append(makeUnit(.value(value), i..<(i + length), readings: [Reading(value.concept)]))
                i += length
                continue
            }
            if info[i].maybeValue, let value = value(at: i, tokens: tokens) {
                units.append(makeUnit(.value(value), i..<(i + 1), readings: [Reading(value.concept), Reading(stems[i])]))
                i += 1
                continue
            }
            // Negation cues and lexicon phrases, longest first.
            var length = min(info[i].longestPhrase, tokens.count - i)
            var consumed = false
            var phraseKeys: (key: String, surface: String)?
            while length >= 1 {
                if length == 1 {
                    // "no-confidence", "no-fly zone": "no" joined to the next word by a hyphen
                    // makes a word of the two, not a denial.
                    if info[i].negation, tokens[i].text == "no", Tokenizer.joinedByHyphen(tokens, i, in: textScalars()) {
                        break
                    }
                    if info[i].negation {
                        units.append(makeUnit(.negation, i..<(i + 1), readings: []))
                        i += 1
                        consumed = true
                    }
                    break
                }
                // No phrase or negation starts with these two words, in stems or as written.
                if !lexicon.mayStartPhrase(stems[i], stems[i + 1]) && !lexicon.mayStartPhrase(tokens[i].text, tokens[i + 1].text) {
                    length = 1
                    continue
                }
                // Joined once at the longest length; one word shorter at each later turn.
                let key: String, surface: String
                if let longer = phraseKeys, let a = longer.key.utf8.lastIndex(of: 0x20), let b = longer.surface.utf8.lastIndex(of: 0x20) {
                    key = String(longer.key[..<a])
                    surface = String(longer.surface[..<b])
                } else {
                    key = stems[i..<(i + length)].joined(separator: " ")
                    surface = tokens[i..<(i + length)].map(\.text).joined(separator: " ")
                }
                phraseKeys = (key, surface)
                // "is due to take place": a schedule, not a cause ("was due to the storm").
                if length == 2, surface == "due to", Self.scheduledDue(tokens, i) {
                    length -= 1
                    continue
                }
                if lexicon.isNegation(surface) || lexicon.isNegation(key) {
                    units.append(makeUnit(.negation, i..<(i + length), readings: []))
                    i += length
                    consumed = true
                    break
                }
                if var readings = lexicon.readings(key) {
                    let neutral = readings.contains(Reading("_"))
                    let primary = readings.count
                    // A phrase also carries the meanings of its own content words ("looking for": look).
                    if !neutral {
                        for k in i..<(i + length) where !lexicon.isFunctionWord(stems[k]) && !GeneralLexicon.functionWords.contains(tokens[k].text) {
                            for r in lexicon.readings(stems[k]) ?? [Reading(stems[k])] where !r.flipped && !readings.contains(r) {
                                readings.append(r)
                            }
                        }
                    }
                    var unit = makeUnit(.word, i..<(i + length), readings: readings, neutral: neutral)
                    unit.primaryReadings = primary
                    units.append(unit)
                    i += length
                    consumed = true
                    break
                }
                length -= 1
            }
            if consumed { continue }
            if let unit = phrasalVerb(at: i, tokens: tokens, info: info, stems: stems, makeUnit: { makeUnit($0, $1, readings: $2) }) {
                units.append(unit)
                i += 2
                continue
            }
            let neutral = info[i].neutral
            let readings = info[i].readings
            // The first word is capitalised whatever it is: a word WordNet knows only as no noun
            // ("Roughly 300 guests") names no one.
            let openingWord = i == 0 && (looked[word] ?? WordNet.entry(for: word)) != nil && !WordNet.canBe("n", word)
            let unknownName = tokens[i].capitalized && !neutral && known[i] == nil && !isKnown(word) && corrected[i] == nil && !openingWord
            var unit = makeUnit(unknownName ? .unknownName : .word, i..<(i + 1), readings: readings, neutral: neutral)
            unit.primaryReadings = info[i].primary
            units.append(unit)
            i += 1
        }
        // The word lists the passes below look for, found with one look-up per unit.
        let marks = units.map { Self.passWords[$0.text] ?? [] }
        // "Wang wants Washington to make progress": wanting someone to act is what urging them
        // to act says, so the article's "called on Washington to ..." backs it.
        for k in units.indices where units[k].isWord && units[k].readings.contains(Reading(Self.seekConcept)) {
            let e = k + 1 < units.count && units[k + 1].text == "the" ? k + 2 : k + 1
            guard e + 1 < units.count, units[e].entityID != nil, units[e + 1].text == "to" else { continue }
            if !units[k].readings.contains(Reading(Self.urgeConcept)) { units[k].readings.append(Reading(Self.urgeConcept)) }
        }
        // "is scheduled to", "is due to", "is slated for", "was planned for": each word says
        // that something is set for a time or a place, so each backs the others.
        for k in units.indices where marks[k].contains(.schedule) && units[k].isWord {
            let prior = k > 0 ? units[k - 1].text : ""
            // "set" only after a form of "be" ("is set for June"); "due" alone is never a cause
            // ("due to" that gives one is a phrase of its own).
            if units[k].text == "set", !Self.beforeSchedule.contains(prior) { continue }
            units[k].addSharedReading(Self.scheduleConcept)
        }
        // "announced", "declared", "said", "told": each makes something known by saying it, so
        // each backs the others. Not in the passive: "the strike was announced" says the strike
        // was made known, which a sentence that only says something about it does not.
        for k in units.indices where units[k].entityID == nil
            && !marks[k].isDisjoint(with: [.announcing, .disclosing]) {
            if k > 0, Self.beforeSchedule.contains(units[k - 1].text) { continue }
            units[k].addSharedReading(Self.announceConcept)
        }
        // "offered no comment", "gave no reason", "made no mention": a light verb before a denied
        // act says nothing of its own; the denied act ("did not comment") is the claim.
        for k in units.indices where k + 2 < units.count && units[k].isWord && !units[k].quoted
            && Self.denialLightVerbs.contains(units[k].text)
            && units[k + 1].isNegation && units[k + 1].text == "no" && units[k + 2].isWord && !units[k + 2].neutral {
            let noun = units[k + 2].text
            guard WordNet.canBe("v", noun), WordNet.canBe("n", noun) else { continue }
            units[k].neutral = true
        }
        // "The deal was struck on Saturday", "the group reached its agreement": a light verb that
        // makes an agreement says that the sides agreed, as "agreed" does.
        func agreementNoun(_ j: Int) -> Bool {
            guard units.indices.contains(j), units[j].value == nil, let last = units[j].text.split(separator: " ").last else { return false }
            return GeneralLexicon.agreementNouns.contains(String(last))
        }
        for k in units.indices where units[k].isWord && GeneralLexicon.dealVerbs.contains(units[k].text) {
            let passive = k >= 2 && Self.beingForms.contains(units[k - 1].text) && agreementNoun(k - 2)
            let made = k + 2 < units.count && Self.agreementDeterminers.contains(units[k + 1].text) && agreementNoun(k + 2)
            guard passive || made else { continue }
            // The noun is what "agreed" already says, unless it names something of the bank's.
            let noun = passive ? k - 2 : k + 2
            if units[noun].isWord { units[noun].neutral = true }
            var readings = [Reading(Self.agreeConcept)]
            let primary = WordNet.entry(for: "agree").map { Self.addSenses(of: $0, to: &readings) } ?? Int.max
            units[k].neutral = false
            units[k].readings = readings
            units[k].primaryReadings = primary
        }
        // "Police named the victim": a naming word between its doer and what it names is the act
        // of naming, a claim of its own, not the "called" of "a painting named Squall"; so is
        // the passive "Sandgaard was named the league's player of the year".
        func namer(_ j: Int) -> Bool { units[j].entityID != nil || GeneralLexicon.subjectPronouns.contains(units[j].text) }
        for k in units.indices where k > 0 && k + 1 < units.count && units[k].neutral
            && marks[k].contains(.naming) {
            let next = units[k + 1].text.split(separator: " ").first.map(String.init) ?? ""
            let passive = k > 1 && Self.beingForms.contains(units[k - 1].text) && namer(k - 2)
            guard namer(k - 1) || passive,
                  ClauseSplitter.determiners.contains(next), !["this", "that"].contains(next) else { continue }
            var readings = [Reading("name")]
            let primary = WordNet.entry(for: "name").map { Self.addSenses(of: $0, to: &readings) } ?? Int.max
            units[k].neutral = false
            units[k].readings = readings
            units[k].primaryReadings = primary
        }
        // "warned China not to help Russia" is a warning against helping, as the article would
        // put it ("warned against helping"): the 'not' belongs to the advice; what it denies is
        // turned below, with "against".
        for k in units.indices where units[k].isNegation && units[k].text == "not" {
            var j = k - 1
            while j >= 0, j >= k - 4, !units[j].isWord || units[j].neutral { j -= 1 }
            guard j >= 0, j >= k - 4, units[j].isWord, k + 2 < units.count, units[k + 1].text == "to",
                  units[j].readings.contains(Reading(Self.warnConcept))
                    || Self.lastWordStem(of: units[j].text, in: Self.adviceStems)
            else { continue }
            units[k].kind = .word
            units[k].neutral = true
        }
        // "was not discovered until May 19": it was discovered, on May 19; the denial is of any
        // time before.
        for k in units.indices where units[k].kind == .negation
            && (units[k].text.hasSuffix("not") || units[k].text.hasSuffix("n't") || units[k].text == "never") {
            var j = k + 1
            while j < units.count, j <= k + 5, units[j].text != "until", units[j].text != "till", !units[j - 1].boundaryAfter { j += 1 }
            // Only before a date ("until May 19"); "will not resume until the inquiry ends" is a
            // denial that holds for now.
            guard j + 1 < units.count, j <= k + 5, units[j].text == "until" || units[j].text == "till", !units[j - 1].boundaryAfter,
                  units[j + 1].value.map({ $0.kind != .quantity && $0.kind != .cardinal }) == true else { continue }
            units[k].kind = .word
            units[k].neutral = true
        }
        // "applied for approval", "called for a ban": what is asked for has not been done, so
        // the noun reads only as asked for ("the agency approved the vaccine" is no reading of
        // "applied for approval to the agency"), and backs only the same request.
        // The verb may stand a few words before "for" ("apply to the High Court for a review"),
        // and the noun must name an act (WordNet gives it a verb: "approval", "ban", "review";
        // not "push for the summit").
        for k in units.indices.dropFirst() where units[k].text == "for" && !units[k].quoted {
            guard (max(0, k - 5)..<k).contains(where: { i in
                marks[i].contains(.request) && !(i..<k).contains { units[$0].boundaryAfter }
            }) else { continue }
            var j = k + 1
            // Past determiners and adjectives ("a judicial review"): words WordNet has only as adjectives.
            while j < units.count, ["a", "an", "the", "its", "their", "his", "her", "further", "more"].contains(units[j].text)
                    || Self.isOnlyAdjective(units[j].text) { j += 1 }
            guard j < units.count, units[j].kind == .word, !units[j].neutral, units[j].entityID == nil, units[j].value == nil,
                  units[j].readings.contains(where: { $0.concept.hasPrefix("~v") }) else { continue }
            units[j].readings = [Reading(Self.soughtPrefix + (units[j].readings.first?.concept ?? units[j].text))]
            units[j].primaryReadings = 1
        }
        // "in front of": a place word, not the opposite of "back".
        for k in units.indices.dropFirst().dropLast() where units[k].text == "front" && units[k - 1].text == "in" && units[k + 1].text == "of" {
            units[k].neutral = true
        }
        // "lasted eight weeks", "travelled about 800 metres": a verb that only carries the
        // duration or the distance after it.
        for k in units.indices where !marks[k].isDisjoint(with: [.duration, .distance]) && units[k].kind == .word {
            var j = k + 1
            while j < units.count, j <= k + 3, units[j].kind == .word, units[j].neutral { j += 1 }
            guard j < units.count, let value = units[j].value, value.kind == .quantity,
                  marks[k].contains(.duration) && Units.time.contains(value.unit)
                    || marks[k].contains(.distance) && Units.dimension(of: value.unit) == "length" else { continue }
            // "did not last 18 months": a denied verb is what the denial is about.
            if units[max(0, k - 2)..<k].contains(where: { $0.kind == .negation }) { continue }
            units[k].neutral = true
        }
        // "came second", "finished third", "came in 4 percent under budget": a verb that only
        // carries the place or the figure after it.
        for k in units.indices where marks[k].contains(.placing) && units[k].kind == .word {
            var j = k + 1
            if j < units.count, units[j].text == "in" { j += 1 }
            guard j < units.count, let value = units[j].value, value.kind == .ordinal || (j > k + 1 && value.kind == .quantity) else { continue }
            if units[max(0, k - 2)..<k].contains(where: { $0.kind == .negation }) { continue }
            if value.kind == .quantity {
                units[k].neutral = true
            } else {
                // Before a place, each of these verbs reads as the others: "finished third" is "came third".
                units[k].addSharedReading(Self.placingConcept)
            }
        }
        // "sales reached 18,400 copies", "the cost came to 312 million": a verb that only carries
        // the figure it reaches, as "rose to 18,400" does.
        for k in units.indices where marks[k].contains(.reaching) && units[k].kind == .word {
            // "came to 312 million", not "came second".
            if ["come", "comes", "came"].contains(units[k].text), k + 1 >= units.count || units[k + 1].text != "to" { continue }
            var j = k + 1
            while j < units.count, j <= k + 3, units[j].isWord, units[j].neutral { j += 1 }
            guard j < units.count, var value = units[j].value, value.kind == .quantity || value.kind == .cardinal,
                  !units[max(0, k - 2)..<k].contains(where: { $0.kind == .negation }) else { continue }
            // "weighs 1,850 pounds" is a weight, and only a weight is what "weighs" carries.
            if units[k].text.hasPrefix("weigh") {
                if value.kind == .quantity, value.unit == "pound" {
                    value.unit = "pound-weight"
                    units[j].kind = .value(value)
                    units[j].readings = [Reading(value.concept)]
                }
                guard value.kind == .quantity, Units.dimension(of: value.unit) == "weight" else { continue }
            }
            units[k].neutral = true
        }
        // "212 entries, up from 174", "down 4 percent": "up" and "down" before a figure, or before
        // "from" or "by" and a figure, say a rise or a fall.
        for k in units.indices where units[k].text == "up" || units[k].text == "down" {
            let figure = (k + 1..<min(units.count, k + 3)).first { units[$0].value != nil }
            guard let f = figure, f == k + 1 || ["from", "by"].contains(units[k + 1].text),
                  let readings = lexicon.readings(stem(units[k].text == "up" ? "rise" : "fall")) else { continue }
            units[k].kind = .word
            units[k].neutral = false
            units[k].readings = readings
            units[k].primaryReadings = Int.max
        }
        // "the stops lie between ...", "will stand about 32 kilometres off the coast": a verb that
        // only says where something is, before the place or the distance that says it.
        for k in units.indices where marks[k].contains(.location) && units[k].kind == .word {
            var j = k + 1
            while j < units.count, j <= k + 2, units[j].isWord, units[j].neutral, !GeneralLexicon.locativePrepositions.contains(units[j].text) { j += 1 }
            guard j < units.count else { continue }
            let placed = GeneralLexicon.locativePrepositions.contains(units[j].text)
                || units[j].value.map { $0.kind == .quantity && Units.dimension(of: $0.unit) == "length" } == true
            guard placed, !units[max(0, k - 2)..<k].contains(where: { $0.kind == .negation }) else { continue }
            units[k].neutral = true
        }
        // "42 miles long", "250 metres tall": a word that only says what a length measures.
        for k in units.indices.dropFirst() where marks[k].contains(.measure) && units[k].kind == .word {
            guard let value = units[k - 1].value, value.kind == .quantity, Units.dimension(of: value.unit) == "length" else { continue }
            units[k].neutral = true
        }
        // "plans to appeal", "intends to sell": the plan is told by the verb's tense or the
        // article's "would appeal"; only what is planned is a claim (the certainty rule compares
        // a plan with what the article says was done or only hoped for).
        for k in units.indices.dropLast(2) where marks[k].contains(.planning) && units[k].isWord
            && units[k + 1].text == "to" && units[k + 2].isWord && !units[k + 2].neutral {
            units[k].neutral = true
        }
        // "roughly 12,400", "fewer than 5,000": the words that bound a figure are read with it
        // (its qualifier), not as claims of their own.
        for k in units.indices where units[k].value.map({ $0.kind == .quantity && $0.qualifier != .exact }) == true {
            if let span = Self.qualifierSpan(before: k, in: units) {
                for j in (k - span)..<k where units[j].isWord { units[j].neutral = true }
            }
        }
        // "26 years old", "aged 26", "a 71-year-old man": the number is an age; and both ends of
        // a range of ages ("aged 18 to 64", "between 18 and 64 years old").
        func markAge(_ k: Int) {
            guard case .value(var v) = units[k].kind, v.kind == .cardinal, !v.age else { return }
            v.age = true
            v.name += " years"
            units[k].kind = .value(v)
        }
        for k in units.indices {
            guard units[k].value?.kind == .cardinal,
                  (k > 0 && units[k - 1].text == "aged")
                    || (k + 1 < units.count && (units[k + 1].text.hasPrefix("years old") || units[k + 1].text.hasPrefix("year old"))) else { continue }
            markAge(k)
            if k + 2 < units.count, ["to", "and"].contains(units[k + 1].text), units[k + 2].value?.kind == .cardinal { markAge(k + 2) }
            if k >= 2, ["to", "and"].contains(units[k - 1].text), units[k - 2].value?.kind == .cardinal { markAge(k - 2) }
        }
        // "May 14", "14 May": the number is the day of the date (also where "14" was first read
        // as a count of the month's word: "29 septembers").
        for k in units.indices {
            if case .value(let q) = units[k].kind, q.kind == .quantity, !Units.isMeasure(q.unit), q.qualifier == .exact,
               q.amount == q.amount.rounded(), (1...31).contains(q.amount), k + 1 < units.count, units[k + 1].value?.kind == .month {
                units[k].kind = .value(Value(kind: .cardinal, number: Int(q.amount), name: String(Int(q.amount))))
            }
            guard case .value(var v) = units[k].kind, v.kind == .cardinal, (1...31).contains(v.number),
                  (k > 0 && units[k - 1].value?.kind == .month) || (k + 1 < units.count && units[k + 1].value?.kind == .month) else { continue }
            v.dayOfMonth = true
            units[k].kind = .value(v)
        }
        // "voted 31 to 12 in favour of the plan" approved it, "voted against" rejected it: the vote
        // backs "approved", "backed" or "rejected" said of the same thing. ("Voted to reject" says
        // so in its own verb.)
        for k in units.indices where marks[k].contains(.vote) && !units[k].quoted {
            guard let vote = VoteDirectionRule.directions(Array(units[k...])).first, !vote.marker.hasPrefix("to ") else { continue }
            let concept = vote.sign > 0 ? Self.approveConcept : Self.rejectConcept
            if !units[k].readings.contains(Reading(concept)) { units[k].readings.append(Reading(concept)) }
            // ... and "favour" says only which way: the vote carries it ("voted 4 to 1 in favour of
            // imposing the fine" against "voted 4 to 1 to impose the fine").
            for j in (k + 1)..<min(units.count, k + 10) where ["favour", "favor"].contains(units[j].text) && units[j].isWord {
                units[j].neutral = true
            }
        }
        // "denied claims by the union that the airline planned ...", "rejected union claims that
        // ...": what is denied is what follows "that"; the claims and who made them are not.
        var claimDenials: [(verb: Int, that: Int)] = []
        for k in units.indices where marks[k].contains(.denying) && (units[k].isNegation || units[k].isWord) {
            guard let c = (k + 1..<min(units.count, k + 6)).first(where: { GeneralLexicon.claimNouns.contains(units[$0].text) }),
                  !units[k..<c].contains(where: \.boundaryAfter),
                  let t = (c + 1..<min(units.count, c + 5)).first(where: { units[$0].text == "that" }),
                  !units[c..<t].contains(where: \.boundaryAfter) else { continue }
            units[k].kind = .negation
            claimDenials.append((k, t))
        }
        claimDenials += units.indices.filter { units[$0].isNegation && GeneralLexicon.denialPhrases.contains(units[$0].text) }.map { ($0, $0) }
        markNegation(&units)
        // What advice not to do denies: from `start` to the clause's end, but not the day or the
        // figure around it ("on Monday"): those are still stated.
        func turnDenied(from start: Int) {
            var j = start
            while j < units.count {
                if units[j].isWord, Self.scopeBreakers.contains(units[j].text) { break }
                if units[j].value != nil || (j + 1 < units.count && units[j + 1].value != nil && StatementChecker.prepositions.contains(units[j].text)) { break }
                units[j].negated.toggle()
                if units[j].boundaryAfter { break }
                j += 1
            }
        }
        // "advised residents against using bottled water": advice not to use it, as "to use" is
        // advice to use it. What follows is denied up to the clause's end, in the article
        // ("a warning against providing") as in the statement, the way "warned China not to
        // help" denies the helping.
        for k in units.indices where k + 1 < units.count && !units[k].quoted && Self.mayTurnDenied(units[k].text) {
            // "not to help", its 'not' made the advice's above.
            if units[k].text == "not", units[k].isWord, units[k].neutral, k + 2 < units.count, units[k + 1].text == "to" {
                turnDenied(from: k + 2)
                continue
            }
            let words = units[k].text.split(separator: " ")
            // "warned China about providing" is a warning against it too.
            guard let last = words.last, ["against", "about", "of"].contains(last), units[k + 1].isWord,
                  units[k + 1].text.split(separator: " ").first?.hasSuffix("ing") == true else { continue }
            let accepted = last == "against" ? Self.adviceStems : Self.warningStems
            let advised = words.count > 1
                ? accepted.contains(Stemmer.stem(String(words[0])))
                : units[max(0, k - 4)..<k].lastIndex(where: { Self.lastWordStem(of: $0.text, in: accepted) })
                    .map { !units[$0..<k].contains(where: \.boundaryAfter) } == true
            guard advised else { continue }
            turnDenied(from: k + 1)
        }
        // The claims and who made them are not denied; what the claims say is still what their
        // makers claim.
        for (k, t) in claimDenials {
            for j in (k + 1)..<(t + 1) { units[j].negated = false }
            var j = t + 1
            while j < units.count, units[j].negated || !units[j].isContent {
                units[j].disputed = true
                if units[j].boundaryAfter { break }
                j += 1
            }
        }
        // "Ingrid Solberg is the chief executive of Talvio" where two people are chief executives:
        // the title is the holder the text names.
        if !sharedTitles.isEmpty {
            for k in units.indices where units[k].roleFact != nil {
                let key = tokens[units[k].tokenRange].map(\.text).joined(separator: " ")
                guard let holders = sharedTitles[key] else { continue }
                // Whom it is for, right after it ("the chair of the passengers' group") or in the
                // possessive before it; else a holder the text names.
                var owners: [String] = []
                if k > 0, units[k - 1].possessive, let o = units[k - 1].entityID { owners.append(o) }
                // ... or named right before it: "the opposition leader", "Agrarian leader".
                else if k > 0, !units[k - 1].quoted, units[k - 1].roleFact == nil, let o = units[k - 1].entityID { owners.append(o) }
                if k + 1 < units.count, ["of", "at", "for"].contains(units[k + 1].text),
                   let o = units[(k + 2)..<min(units.count, k + 5)].first(where: { $0.entityID != nil })?.entityID { owners.append(o) }
                guard let named = holders.first(where: { h in h.roleOf.map(owners.contains) == true })
                        ?? holders.first(where: { h in
                            units.indices.contains { j in j != k && units[j].roleFact == nil && units[j].entityID == h.entity }
                        }), named.entity != units[k].entityID else { continue }
                units[k].kind = .entity(named.entity)
                units[k].roleFact = named.roleFact
                if !units[k].readings.isEmpty { units[k].readings[0] = Reading("@" + named.entity) }
            }
        }
        return units
    }

    /// Spans of time after "last" that make it a date ("last season", "last summer"), not the
    /// end of a series.
    static let spansOfTime: Set<String> = ["week", "month", "year", "night", "time", "season", "weekend", "summer",
                                           "winter", "spring", "autumn", "decade", "century", "quarter", "term"]

    /// Which of the word lists of the analysis passes a unit's text is in.
    struct PassWord: OptionSet, Sendable {
        let rawValue: UInt16
        static let schedule = PassWord(rawValue: 1 << 0), announcing = PassWord(rawValue: 1 << 1)
        static let disclosing = PassWord(rawValue: 1 << 2), naming = PassWord(rawValue: 1 << 3)
        static let request = PassWord(rawValue: 1 << 4), duration = PassWord(rawValue: 1 << 5)
        static let placing = PassWord(rawValue: 1 << 6), reaching = PassWord(rawValue: 1 << 7)
        static let location = PassWord(rawValue: 1 << 8), measure = PassWord(rawValue: 1 << 9)
        static let vote = PassWord(rawValue: 1 << 10), denying = PassWord(rawValue: 1 << 11)
        static let planning = PassWord(rawValue: 1 << 12), distance = PassWord(rawValue: 1 << 13)
    }
    static let passWords: [String: PassWord] = {
        var table: [String: PassWord] = [:]
        let lists: [(Set<String>, PassWord)] = [
            (GeneralLexicon.scheduleWords, .schedule), (GeneralLexicon.announcingWords, .announcing),
            (GeneralLexicon.disclosingWords, .disclosing), (GeneralLexicon.namingVerbs, .naming),
            (GeneralLexicon.requestVerbs, .request), (GeneralLexicon.durationVerbs, .duration),
            (GeneralLexicon.placingVerbs, .placing), (GeneralLexicon.reachingVerbs, .reaching),
            (GeneralLexicon.locationVerbs, .location), (GeneralLexicon.measureWords, .measure),
            (VoteDirectionRule.voteWords, .vote), (GeneralLexicon.denyingVerbs, .denying),
            (GeneralLexicon.planningWords, .planning), (GeneralLexicon.distanceVerbs, .distance),
        ]
        for (words, mark) in lists { for w in words { table[w, default: []].insert(mark) } }
        return table
    }()

    /// Day and month names of six letters or more, in alphabetical order, for typo correction.
    static let longDateNames: [String] = (GeneralLexicon.weekdays + GeneralLexicon.months)
        .flatMap(\.forms).filter { $0.count >= 6 }.sorted()
    static let placingConcept = "#placing"
    /// Words before "due to" or "set for" that make them a schedule: a form of "be" ("is due
    /// to open", "has been set for June"), or an adverb after one ("is now due to").
    static let beforeSchedule: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "s", "now", "also"]
    /// What scheduling words share ("scheduled", "planned", "due", "slated").
    static let scheduleConcept = "#scheduled"
    /// Whether WordNet knows a word as an adjective and never as a noun ("judicial", "full").
    static func isOnlyAdjective(_ word: String) -> Bool {
        guard let entry = WordNet.entry(for: word) else { return false }
        return entry.concepts.contains { $0.hasPrefix("~a") } && !entry.concepts.contains { $0.hasPrefix("~n") }
    }

    /// What a noun asked for reads as ("applied for approval").
    static let soughtPrefix = "#sought:"
    /// What the words of saying share ("announced", "said", "declared").
    static let announceConcept = "#announced"
    static let warnConcept = Lexicon.key("warn")
    static let seekConcept = Lexicon.key("seek")
    static let urgeConcept = Lexicon.key("urge")
    static let agreeConcept = Lexicon.key("agree")
    /// Light verbs before a denied act ("offered no comment", "made no mention"): the verbs that
    /// hand something over, and "make".
    static let denialLightVerbs = StatementChecker.lightVerbs.union(["make", "makes", "made", "making"])
    /// Forms of "be" before a passive participle ("the deal was struck").
    static let beingForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
    /// Words between a light verb and the agreement it makes ("reached its agreement").
    static let agreementDeterminers: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that"]
    static let approveConcept = Lexicon.key("approve")
    static let rejectConcept = Lexicon.key("reject")

    /// A number with what it counts or measures, and how many tokens it takes: "2,500
    /// residents" (the unit is read but not taken: "residents" stays a word of its own), "$1.2
    /// billion", "640m euros", "12%", "12 per cent", "five-mile road". Nil for a bare number and
    /// for a year.
    func quantity(at i: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> (Value, Int)? {
        if let time = Self.clockTime(at: i, tokens: tokens, scalars: scalars) { return time }
        let word = tokens[i].text
        var amount: Double
        var unit = ""
        var length = 1
        var plainYear = false
        if Self.isSpanArticle(at: i, tokens) {
            amount = 1
        } else if let n = GeneralLexicon.cardinals[word] {
            // "twenty-seven", "forty five".
            let (whole, used) = Self.withOnes(n, at: i, tokens)
            amount = Double(whole)
            length = used
            // "two hundred and forty", "three hundred fifty-five": hundreds, and what follows them.
            if n < 100, i + length < tokens.count, tokens[i + length - 1].trailingPunctuation == nil, tokens[i + length].text == "hundred" {
                amount *= 100
                length += 1
                if let (rest, used) = Self.belowAHundred(at: i + length, tokens) {
                    amount += Double(rest)
                    length += used
                }
            }
        } else {
            var digits = "", suffix = ""
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII: a character is a byte, and the only ASCII numbers are the digits.
                let bytes = word.utf8
                let split = bytes.firstIndex { !(($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C) } ?? bytes.endIndex
                digits = String(word[..<split])
                suffix = String(word[split...])
            } else {
                for ch in word {
                    if suffix.isEmpty, ch.isASCII, ch.isNumber || ch == "." || ch == "," { digits.append(ch) } else { suffix.append(ch) }
                }
            }
            guard let first = digits.first, first.isNumber,
                  let v = Double(digits.utf8.contains(0x2C) ? digits.replacingOccurrences(of: ",", with: "") : digits), v.isFinite else { return nil }
            amount = v
            if !suffix.isEmpty {
                if let m = GeneralLexicon.magnitudes[suffix] { amount *= m }
                else if ["st", "nd", "rd", "th", "s"].contains(suffix) { return nil }
                else { unit = Units.canonical(suffix) }
            }
            plainYear = suffix.isEmpty && digits.count == 4 && !digits.utf8.contains(0x2C) && !digits.utf8.contains(0x2E) && (1000...2999).contains(Int(v))
        }
        // "three and a half years": the half belongs to the number.
        if i + length + 2 < tokens.count, tokens[i + length - 1].trailingPunctuation == nil,
           tokens[i + length].text == "and", tokens[i + length + 1].text == "a", tokens[i + length + 2].text == "half" {
            amount += 0.5
            length += 3
        }
        if i + length < tokens.count, tokens[i + length].text.count > 2, let m = GeneralLexicon.magnitudes[tokens[i + length].text] {
            amount *= m
            length += 1
            // "1280 million crowns" is no year.
            plainYear = false
        }
        // Nor "bring back 1280 jobs", "about 1500 people": four figures right before a plural
        // noun the article counts, with no determiner, preposition, month or possessive before
        // them ("the 2025 elections", "in 2024 prices", "Hale's 1998 albums" stay years).
        if plainYear, tokens[i + length - 1].trailingPunctuation == nil, !countedNouns.isEmpty,
           let noun = Self.pluralNoun(at: i + length, in: tokens), countedNouns.contains(noun) {
            if i == 0 {
                plainYear = false
            } else {
                let previous = tokens[i - 1]
                let p = previous.text
                if previous.trailingPunctuation == nil, !ClauseSplitter.determiners.contains(p), !StatementChecker.prepositions.contains(p) || Self.approximators.contains(p),
                   !Self.yearOpeners.contains(p), monthForms[p] == nil, !p.hasSuffix("'s"), !p.hasSuffix("s'"),
                   !p.hasSuffix("\u{2019}s"), p.first?.isNumber != true {
                    plainYear = false
                }
            }
        }
        // Nor "1600 metres": four figures with a unit of measure after them.
        if plainYear, i + length < tokens.count, case let next = Units.canonical(tokens[i + length].text),
           Units.physical.contains(next) || Units.money.contains(next) {
            plainYear = false
        }
        // A currency sign before the number, a percent sign after it.
        var before = tokens[i].start - 1
        while before >= 0, before < scalars.count, scalars[before] == " " { before -= 1 }
        if before >= 0, before < scalars.count {
            switch scalars[before] {
            case "$": unit = "dollar"
            case "€": unit = "euro"
            case "£": unit = "pound"
            case "¥": unit = "yen"
            default: break
            }
        }
        let end = tokens[i + length - 1].end
        if end < scalars.count, scalars[end] == "%" { unit = "percent" }
        // Unit words read with the number.
        if i + length < tokens.count {
            let next = tokens[i + length].text
            if next == "percent" || next == "pct" { unit = "percent"; length += 1 }
            else if next == "per", i + length + 1 < tokens.count, tokens[i + length + 1].text == "cent" { unit = "percent"; length += 2 }
            else if GeneralLexicon.unitWords.contains(next), next != "per", next != "cent" || unit.isEmpty {
                if unit.isEmpty || Units.money.contains(unit) { unit = Units.canonical(next) }
                length += 1
            }
        }
        // "stayed 11 more weeks": a span of time with "more" or "further" in it.
        if unit.isEmpty, i + length + 1 < tokens.count, Self.spanAdditions.contains(tokens[i + length].text),
           tokens[i + length].trailingPunctuation == nil, case let next = Units.canonical(tokens[i + length + 1].text), Units.time.contains(next) {
            unit = next
            length += 2
        }
        if plainYear && unit.isEmpty { return nil }
        // What is counted: the first noun after the number, past up to two adjectives.
        if unit.isEmpty {
            var k = i + length
            while k < tokens.count, k <= i + length + 2 {
                let t = tokens[k].text
                if GeneralLexicon.functionWords.contains(t) || Self.auxiliaries.contains(t) || t.first?.isNumber == true
                    || tokens[k - 1].trailingPunctuation != nil { break }
                // "square" before a length is the unit's first word, not an adjective.
                if t != "square", let entry = WordNet.entry(for: t), !entry.concepts.contains(where: { $0.hasPrefix("~n") }),
                   entry.concepts.contains(where: { $0.hasPrefix("~a") }) {
                    k += 1
                    continue
                }
                // What is counted is a thing: not a verb or a preposition the language knows
                // ("41,286 packed the stadium", "three finals since 2019").
                if WordNet.entry(for: t) != nil, !WordNet.canBe("n", t) { break }
                unit = Units.canonical(t)
                // A unit of measure right after the number is part of the value ("9.5 miles"): it
                // is compared as the value's unit, never backed or missed as a word of its own.
                if k == i + length, Units.isMeasure(unit), !(unit == "year" && k + 1 < tokens.count && ["old", "of"].contains(tokens[k + 1].text)) {
                    length += 1
                }
                // "2,400 square metres": an area is two words.
                if unit == "square", k + 1 < tokens.count, Units.dimension(of: Units.canonical(tokens[k + 1].text)) == "length" {
                    unit = Units.canonical("square " + Units.canonical(tokens[k + 1].text))
                    length += 1
                }
                // "64 years old": an age, read as the bare number the article gives ("aged 64").
                if unit == "year", k + 1 < tokens.count, ["old", "of"].contains(tokens[k + 1].text) { return nil }
                break
            }
        }
        guard !unit.isEmpty else { return nil }
        // "60 km/h", "60 kilometres per hour", "40 miles an hour": a length per hour is a speed.
        if Units.dimension(of: unit) == "length", i + length < tokens.count {
            let next = tokens[i + length]
            let slash = tokens[i + length - 1].end < next.start && scalars[tokens[i + length - 1].end] == "/"
            if next.text == "h", slash {
                unit += "-per-hour"
                length += 1
            } else if ["per", "an", "a"].contains(next.text), i + length + 1 < tokens.count,
                      ["hour", "h", "hr"].contains(tokens[i + length + 1].text), tokens[i + length - 1].trailingPunctuation == nil {
                unit += "-per-hour"
                length += 2
            }
        }
        // "three years and six months": one duration, in the first unit.
        if Units.time.contains(unit), i + length + 2 < tokens.count, tokens[i + length - 1].trailingPunctuation == nil,
           tokens[i + length].text == "and",
           let more = Double(tokens[i + length + 1].text) ?? GeneralLexicon.cardinals[tokens[i + length + 1].text].map(Double.init),
           case let second = Units.canonical(tokens[i + length + 2].text), second != unit, Units.time.contains(second),
           let mine = Units.baseFactor(of: unit), let theirs = Units.baseFactor(of: second), theirs < mine {
            amount += more * theirs / mine
            length += 3
        }
        // "a minute and a half": the half after the unit.
        if Units.time.contains(unit), i + length + 2 < tokens.count, tokens[i + length - 1].trailingPunctuation == nil,
           tokens[i + length].text == "and", tokens[i + length + 1].text == "a", tokens[i + length + 2].text == "half" {
            amount += 0.5
            length += 3
        }
        // "more than 600", "about 600".
        var qualifier = QuantityQualifier.exact
        for span in [3, 2, 1] where i - span >= 0 {
            let phrase = tokens[(i - span)..<i].map(\.text).joined(separator: " ")
            if let q = GeneralLexicon.quantityQualifiers[phrase] { qualifier = q; break }
        }
        // "brokered over eight months", "Over six weeks, ...": "over" after a verb, before a
        // span of time, is the time it took (during), not a bound; "jailed for over six months",
        // "lasted over a year" are bounds.
        if qualifier == .atLeast, i >= 1, tokens[i - 1].text == "over", Units.time.contains(unit),
           i == 1 || tokens[i - 2].trailingPunctuation != nil || !Self.beforeABoundOfTime.contains(tokens[i - 2].text)
            && tokens[i - 2].text.first?.isNumber != true && GeneralLexicon.cardinals[tokens[i - 2].text] == nil {
            qualifier = .exact
        }
        return (Value(quantity: Quantity(value: amount, unit: unit), qualifier: qualifier), length)
    }

    /// Words between a number and its unit of time that leave the span as it is: "11 more weeks".
    static let spanAdditions: Set<String> = ["more", "further", "additional", "extra"]

    /// Words after which "a" or "an" before a unit of time is one of that unit: "within a year",
    /// "for an hour", "more than a decade" (not "a year earlier", "once a year", nor "in a
    /// decade", which looks back: "the first visit in a decade").
    static let oneSpanOpeners: Set<String> = [
        "within", "for", "over", "after", "than", "about", "around", "nearly", "almost", "roughly", "under",
        "lasted", "lasting", "took", "spent", "last", "lasts", "take", "takes",
    ]

    /// Whether "a" or "an" at `i` is the number one of a span of time: "within a year".
    static func isSpanArticle(at i: Int, _ tokens: [Token]) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens[i].text == "a" || tokens[i].text == "an",
              tokens[i - 1].trailingPunctuation == nil, tokens[i].trailingPunctuation == nil,
              oneSpanOpeners.contains(tokens[i - 1].text) else { return false }
        // (Not "a second vote": there "second" is a rank.)
        let next = tokens[i + 1].text
        return next != "second" && Units.time.contains(next)
    }

    /// A time of day: "9 a.m.", "7:30 a.m.", "7.30pm", "19:30". Its amount is the minutes since
    /// midnight; a time without "a.m." or "p.m." before 13:00 is read either way
    /// (`Value.agrees`).
    static func clockTime(at i: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> (Value, Int)? {
        let word = tokens[i].text
        guard let first = word.utf8.first, first >= 0x30, first <= 0x39, word.utf8.count <= 7 else { return nil }
        func halfDay(_ text: String) -> Bool? { text == "am" ? false : text == "pm" ? true : nil }
        var hour: Int, minute = 0, length = 1
        var afternoon: Bool?
        if let h = Int(word) {
            guard word.utf8.count <= 2 else { return nil }
            hour = h
            // "7:30": the colon right between the two numbers.
            if tokens[i].trailingPunctuation == ":", i + 1 < tokens.count, tokens[i + 1].start == tokens[i].end + 1,
               tokens[i].end < scalars.count, scalars[tokens[i].end] == ":" {
                // "11:40", or "11:40am" with the half of the day in the minutes' word.
                var minutes = Substring(tokens[i + 1].text)
                if let marker = ["am", "pm"].first(where: { minutes.hasSuffix($0) }) {
                    afternoon = marker == "pm"
                    minutes = minutes.dropLast(2)
                }
                if minutes.utf8.count == 2, let m = Int(minutes), m < 60 {
                    minute = m
                    length = 2
                } else {
                    afternoon = nil
                }
            }
            if afternoon == nil, i + length < tokens.count, tokens[i + length - 1].trailingPunctuation == nil || tokens[i + length - 1].trailingPunctuation == "." {
                afternoon = halfDay(tokens[i + length].text)
                if afternoon != nil { length += 1 }
            }
            // A bare number is a time only with its minutes ("19:30").
            guard length > 1 else { return nil }
        } else {
            // "9am", "7.30pm", "7.30 a.m.": the figures, with the half of the day in the word or after it.
            var body = Substring(word)
            if let marker = ["am", "pm"].first(where: { word.hasSuffix($0) }) {
                afternoon = marker == "pm"
                body = body.dropLast(2)
            }
            let figures = body.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(figures.count), let h = Int(figures[0]), figures[0].count <= 2 else { return nil }
            hour = h
            if figures.count == 2 {
                guard figures[1].count == 2, let m = Int(figures[1]), m < 60 else { return nil }
                minute = m
            }
            if afternoon == nil {
                guard figures.count == 2, i + 1 < tokens.count, tokens[i].trailingPunctuation == nil,
                      let pm = halfDay(tokens[i + 1].text) else { return nil }
                afternoon = pm
                length += 1
            }
        }
        guard hour <= 24 else { return nil }
        if let pm = afternoon {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
        }
        var value = Value(quantity: Quantity(value: Double(hour * 60 + minute), unit: Units.clock))
        let shownHour = afternoon == nil ? hour : (hour % 12 == 0 ? 12 : hour % 12)
        let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
        value.name = afternoon.map { "\(shownHour)\(minute > 0 ? ":" + minutes : "") \($0 ? "p.m." : "a.m.")" } ?? "\(shownHour):\(minutes)"
        return (value, length)
    }

    /// Words before "over" and a span of time that make it a bound ("for over six months",
    /// "lasted over a year"); after any other word, "over" is the span the action took.
    static let beforeABoundOfTime: Set<String> = ["for", "of", "than", "after", "in", "within", "last", "lasts", "lasted",
                                                  "lasting", "take", "takes", "took", "taken", "taking", "is", "was", "are",
                                                  "were", "be", "been", "being", "spent", "spend", "spends", "served", "serve",
                                                  "serves", "aged", "just", "well", "by", "at", "to", "from", "since", "until"]

    /// Prepositions that also say a count is approximate ("about 1500 people", "over 1200 jobs").
    static let approximators: Set<String> = ["about", "over", "around", "under", "toward", "towards"]

    /// Words before four figures that make them a year ("since 1998", "until 2030").
    static let yearOpeners: Set<String> = ["since", "until", "till", "before", "after", "during", "through", "and", "or",
                                           "year", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter"]

    /// The plural noun at `start`, past up to two adjectives: "jobs" for "permanent jobs",
    /// "people" ("1280 permanent jobs").
    static func pluralNoun(at start: Int, in tokens: [Token]) -> String? {
        var k = start
        while k < tokens.count, k <= start + 2 {
            let t = tokens[k].text
            if GeneralLexicon.functionWords.contains(t) || auxiliaries.contains(t) || t.first?.isNumber == true
                || (k > start && tokens[k - 1].trailingPunctuation != nil) { return nil }
            if let entry = WordNet.entry(for: t), !entry.concepts.contains(where: { $0.hasPrefix("~n") }),
               entry.concepts.contains(where: { $0.hasPrefix("~a") }) {
                k += 1
                continue
            }
            guard WordNet.canBe("n", t) else { return nil }
            if t == "people" || t == "staff" || t == "children" || t == "men" || t == "women" { return t }
            return t.count > 3 && t.hasSuffix("s") && !t.hasSuffix("ss") && !t.hasSuffix("'s") && !t.hasSuffix("\u{2019}s") ? t : nil
        }
        return nil
    }

    /// A number below a hundred in words after "hundred", with its "and" ("and forty", "forty
    /// five", "and one"), and how many tokens it takes; nil when the text pauses before it.
    static func belowAHundred(at k: Int, _ tokens: [Token]) -> (Int, Int)? {
        guard k > 0, k < tokens.count, tokens[k - 1].trailingPunctuation == nil else { return nil }
        var j = k
        if tokens[j].text == "and" {
            guard tokens[j].trailingPunctuation == nil, j + 1 < tokens.count else { return nil }
            j += 1
        }
        func small(_ word: String) -> Int? {
            if word == "one" { return 1 }
            guard word != "dozen", let n = GeneralLexicon.cardinals[word], n < 100 else { return nil }
            return n
        }
        guard let n = small(tokens[j].text) else { return nil }
        let (whole, used) = withOnes(n, at: j, tokens)
        return (whole, j + used - k)
    }

    /// A tens word with the ones word after it ("forty five", "thirty-one"), or the number alone,
    /// and how many tokens it takes. ("one" is no cardinal alone, "one of them", but is after a
    /// tens word.)
    static func withOnes(_ n: Int, at j: Int, _ tokens: [Token]) -> (Int, Int) {
        guard n >= 20, n < 100, n % 10 == 0, j + 1 < tokens.count, tokens[j].trailingPunctuation == nil,
              let ones = GeneralLexicon.cardinals[tokens[j + 1].text] ?? (tokens[j + 1].text == "one" ? 1 : nil), ones < 10 else { return (n, 1) }
        return (n + ones, 2)
    }

    /// The plural nouns the text counts with a number that is no year ("640 permanent jobs",
    /// "three ministers"): four figures before one of them are a count too ("1280 jobs").
    static func countedNouns(in tokens: [Token]) -> Set<String> {
        var nouns = Set<String>()
        for i in tokens.indices.dropLast() {
            let t = tokens[i].text
            guard let first = t.utf8.first, tokens[i].trailingPunctuation == nil else { continue }
            let isNumber: Bool
            if first >= 0x30 && first <= 0x39 {
                isNumber = t.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }
                    && !(t.utf8.count == 4 && Int(t).map { (1000...2999).contains($0) } == true)
            } else {
                isNumber = GeneralLexicon.cardinals[t] != nil
            }
            if isNumber, let noun = pluralNoun(at: i + 1, in: tokens) { nouns.insert(noun) }
        }
        return nouns
    }

    /// Forms of "be" and "have" that follow a number as its verb ("19 were taken"), never what it counts.
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "been", "being", "has", "have", "had"]

    /// Words after which "last" is a verb ("to last", "will last", "did not last").
    static let verbBeforeLast: Set<String> = ["to", "will", "would", "could", "can", "may", "might", "should", "must",
                                              "not", "n't", "never", "did", "does", "do", "cannot"]
    /// Words that open a span of time after the verb "last" ("last at least", "last for", "last until").
    static let spanOpeners: Set<String> = ["about", "around", "until", "till", "nearly", "almost", "roughly", "several",
                                           "into", "through", "beyond", "longer"]

    func value(at i: Int, tokens: [Token]) -> Value? {
        let word = tokens[i].text
        let previous = i > 0 ? tokens[i - 1].text : ""
        let ambiguousOK = !GeneralLexicon.ambiguousDateForms.contains(word) || Self.dateContext.contains(previous)
            || (i + 1 < tokens.count && Int(tokens[i + 1].text) != nil)
        if let n = weekdayForms[word], ambiguousOK, !Self.insideAName(tokens, i) {
            return Value(kind: .weekday, number: n, name: GeneralLexicon.weekdays[n - 1].name)
        }
        // "30 Sept": a day of the month before the word makes it the month (not "may": "as many
        // as 10 may die").
        if let n = monthForms[word], ambiguousOK || word != "may" && Int(previous).map({ (1...31).contains($0) }) == true {
            return Value(kind: .month, number: n, name: GeneralLexicon.months[n - 1].name)
        }
        // "the autumn of 2028", "this summer": a season is a date's slot. "Fall" is one only
        // before "of" and a year ("the fall of 2028"), never "a fall in prices".
        if let n = GeneralLexicon.seasons[word] {
            let next = i + 1 < tokens.count ? tokens[i + 1].text : ""
            let year = i + 2 < tokens.count ? Int(tokens[i + 2].text) : nil
            if word != "fall" || (next == "of" && year != nil) {
                return Value(kind: .season, number: n, name: GeneralLexicon.seasonNames[n - 1])
            }
        }
        // "12th", "88th", "21st", "102nd": any rank written in figures.
        if word.count >= 3, let suffix = ["st", "nd", "rd", "th"].first(where: { word.hasSuffix($0) }),
           let n = Int(word.dropLast(suffix.count)), n > 0, n <= 100_000 {
            return Value(kind: .ordinal, number: n, name: word)
        }
        if let n = GeneralLexicon.ordinals[word] {
            // "last Thursday", "last week": a date, not a place in a series.
            let next = i + 1 < tokens.count ? tokens[i + 1].text : ""
            // "the top of Kharsang Peak" is its summit; "top of the table", "top scorer" a rank.
            if word == "top", (next == "of" && ClauseSplitter.determiners.contains(previous)) || next.isEmpty
                || tokens[i].trailingPunctuation != nil { return nil }
            // "will last six weeks": a verb before a figure, not a rank.
            if n == 99, GeneralLexicon.cardinals[next] != nil || next.first?.isNumber == true { return nil }
            // "is expected to last at least six months", "could last for weeks": after an
            // infinitive's "to", a modal or a denial, or before a span's opening word, a verb.
            if n == 99, Self.verbBeforeLast.contains(previous) || Self.spanOpeners.contains(next)
                || (next == "at" && i + 2 < tokens.count && tokens[i + 2].text == "least") { return nil }
            if n == 99, weekdayForms[next] != nil || monthForms[next] != nil || Self.spansOfTime.contains(next) {
                return nil
            }
            return Value(kind: .ordinal, number: n, name: word)
        }
        if let n = GeneralLexicon.cardinals[word] { return Value(kind: .cardinal, number: n, name: word) }
        if let n = Int(word) {
            if word.count == 4, (1000...2999).contains(n) { return Value(kind: .year, number: n, name: word) }
            return Value(kind: .cardinal, number: n, name: word)
        }
        // "68,400" with its thousands grouped: a number all the same.
        if word.utf8.contains(0x2C), Self.isGroupedNumber(word), let n = Int(word.replacingOccurrences(of: ",", with: "")) {
            return Value(kind: .cardinal, number: n, name: word)
        }
        return nil
    }

    /// "The Sunday Ledger", "Sunday Times": a day's name followed by a capitalised word that is
    /// no date, and not after a word that introduces a day, is part of a name.
    static func insideAName(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i].capitalized, tokens[i].trailingPunctuation == nil else { return false }
        // "On Tuesday Mayor Ana Ruiz said": after "on", "last", "by" ... it is the day.
        if i > 0, ["on", "last", "next", "this", "by", "until", "from", "since", "before", "after", "every", "that"].contains(tokens[i - 1].text) {
            return false
        }
        let next = tokens[i + 1]
        guard next.capitalized, !next.text.isEmpty, next.text.first?.isLetter == true else { return false }
        return GeneralLexicon.months.allSatisfy { !$0.forms.contains(next.text) }
            && GeneralLexicon.weekdays.allSatisfy { !$0.forms.contains(next.text) }
    }

    /// Digits in groups of three after the first ("68,400", "1,250,000").
    static func isGroupedNumber(_ word: String) -> Bool {
        let groups = word.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), first.allSatisfy(\.isASCII), first.allSatisfy(\.isNumber) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Marks each unit that stands in the scope of an odd number of negations. A scope ends
    /// at a clause boundary (",", ";", "but", "while"), except that ", or" and ", nor" go on.
    /// Words after which a negation stands in what someone said (`markNegation`).
    static let reportingWords: Set<String> = ["said", "says", "that"]

    /// How many units before `k` make a bound or an estimate of its figure ("fewer than", "as
    /// many as", "about"), the longest first; nil when none does.
    static func qualifierSpan(before k: Int, in units: [Unit]) -> Int? {
        [3, 2, 1].first { span in
            k - span >= 0 && GeneralLexicon.quantityQualifiers[units[(k - span)..<k].map(\.text).joined(separator: " ")] != nil
        }
    }

    func markNegation(_ units: inout [Unit]) {
        var parity = false
        // The negation stands inside what someone said ("said the country was not seeking ...").
        var reported = false
        // A word of reporting stands before the unit being read (kept as the loop goes, so a text
        // of many negations is read in linear time).
        var reportedBefore = false
        for index in units.indices {
            // "... was not seeking to cut ties and that its embassy would stay open": a second
            // reported clause is out of the first one's negation.
            if parity, reported, units[index].text == "and", index + 1 < units.count, units[index + 1].text == "that" {
                parity = false
            }
            // "had not yet decided": "yet" right after a negation is the adverb, not "but".
            if units[index].isWord, Self.scopeBreakers.contains(units[index].text),
               !(units[index].text == "yet" && index > 0 && units[index - 1].kind == .negation) { parity = false }
            // "had not published a report and urged ...": a second verb in the past opens a clause
            // of its own, out of the first one's negation.
            // So does a denying verb ("denied that ... and refused to say whether ...": "refused"
            // denies its own clause, it does not undo "denied").
            if units[index].text == "and", index + 1 < units.count, units[index + 1].isWord || units[index + 1].isNegation,
               // (The first word of a phrase: "... and called for an independent audit".)
               case let next = units[index + 1].text.split(separator: " ").first.map(String.init) ?? "",
               // ("... and said the door to talks remained open", "... and left the building")
               next.count > 4 && next.hasSuffix("ed") || GeneralLexicon.finiteVerbForms.contains(next) || WordNet.isIrregularVerbForm(next),
               !["been", "had", "has", "was", "were", "did"].contains(next) {
                parity = false
            }
            // ... also after an auxiliary of its own ("did not consider the talks over and had
            // invited Iceland back"; "... and had not invited" is then denied by its own "not").
            if units[index].text == "and", index + 2 < units.count, ["had", "has", "have"].contains(units[index + 1].text),
               units[index + 2].text.hasSuffix("ed") && units[index + 2].text.count > 4 || units[index + 2].isNegation {
                parity = false
            }
            // "fired its thrusters to avoid a fragment that passed within 180 metres": a relative
            // clause on the denied noun says something of its own (not "denied the claim that").
            if parity, units[index].text == "that" || units[index].text == "who", index > 1,
               units[index - 1].isWord || units[index - 1].entityID != nil,
               let noun = units[index - 1].text.split(separator: " ").last.map(String.init),
               units[index - 1].entityID != nil || WordNet.canBe("n", noun),
               !GeneralLexicon.finiteVerbForms.contains(noun), !(noun.hasSuffix("ed") && noun.count > 4),
               // ("denied claims by the union that ...": the claims' content, a few words back.)
               !units[max(0, index - 5)..<index].contains(where: { u in
                   u.text.split(separator: " ").contains { Self.contentNouns.contains(String($0)) }
               }) {
                parity = false
            }
            if units[index].isNegation {
                parity.toggle()
                reported = reportedBefore
            } else {
                units[index].negated = parity
            }
            if Self.reportingWords.contains(units[index].text) { reportedBefore = true }
            if units[index].boundaryAfter {
                let next = index + 1 < units.count ? units[index + 1].text : ""
                if next != "or" && next != "nor" { parity = false }
            }
        }
    }
}

import Foundation

extension Unit {
    /// Gives the unit a reading that words of one kind share ("scheduled" and "planned",
    /// "announced" and "said"), first among its own meanings, once.
    mutating func addSharedReading(_ concept: String) {
        guard !readings.contains(Reading(concept)) else { return }
        readings.insert(Reading(concept), at: 0)
        if primaryReadings != Int.max { primaryReadings += 1 }
    }
}
