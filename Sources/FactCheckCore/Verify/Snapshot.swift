/// A prepared bank in a compact binary form: the bank, its lexicon, the analyser's tables and
/// the index, exactly as `BankIndex(bank:)` builds them. A build step writes one for each bank
/// under `questions/`, so the program starts with a ready index instead of parsing YAML and
/// analysing the article on every run.
///
/// Layout: the magic `FCKS`, a format version (varint), the string table (count, then each
/// string as a length and UTF-8 bytes), then the body. Integers are LEB128 varints (signed ones
/// zigzag-encoded), strings are indices into the table, collections are a count followed by
/// their elements. Any damage is reported as a `SnapshotError`, never a crash.
public struct SnapshotError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

enum SnapshotFormat {
    static let magic: [UInt8] = Array("FCKS".utf8)
    /// Raise whenever the body's layout changes.
    static let version: UInt64 = 14
}

struct SnapshotWriter {
    private var body: [UInt8] = []
    private var stringIDs: [String: Int] = [:]
    private var strings: [String] = []

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            body.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        body.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            body.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func string(_ value: String) {
        if let id = stringIDs[value] {
            unsigned(UInt64(id))
            return
        }
        let id = strings.count
        strings.append(value)
        stringIDs[value] = id
        unsigned(UInt64(id))
    }

    mutating func write<T: SnapshotCodable>(_ value: T) { value.write(to: &self) }

    /// The finished snapshot: header, string table, body.
    func bytes() -> [UInt8] {
        var head = SnapshotWriter()
        head.body = SnapshotFormat.magic
        head.unsigned(SnapshotFormat.version)
        head.unsigned(UInt64(strings.count))
        for s in strings {
            let utf8 = Array(s.utf8)
            head.unsigned(UInt64(utf8.count))
            head.body.append(contentsOf: utf8)
        }
        return head.body + body
    }
}

struct SnapshotReader {
    private let bytes: [UInt8]
    private var position = 0
    private var strings: [String] = []

    init(_ bytes: [UInt8]) throws(SnapshotError) {
        self.bytes = bytes
        guard bytes.count >= SnapshotFormat.magic.count, Array(bytes[0..<SnapshotFormat.magic.count]) == SnapshotFormat.magic else {
            throw SnapshotError("not a factcheck bank snapshot")
        }
        position = SnapshotFormat.magic.count
        let version = try unsigned()
        guard version == SnapshotFormat.version else {
            throw SnapshotError("bank snapshot format \(version), this program reads format \(SnapshotFormat.version)")
        }
        let count = try self.count()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            let end = position + length
            let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<end]), as: UTF8.self) }
            strings.append(text)
            position = end
        }
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func unsigned() throws(SnapshotError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count else { throw SnapshotError("bank snapshot ends early") }
            let byte = bytes[position]
            position += 1
            guard shift < 64 else { throw SnapshotError("bank snapshot holds an oversized number") }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws(SnapshotError) -> Int {
        let v = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    /// A length or count: never more than the bytes left, so damage cannot ask for a huge allocation.
    mutating func count() throws(SnapshotError) -> Int {
        let v = try unsigned()
        guard v <= UInt64(bytes.count - position) else { throw SnapshotError("bank snapshot holds a count past its end") }
        return Int(v)
    }

    mutating func bool() throws(SnapshotError) -> Bool {
        guard position < bytes.count else { throw SnapshotError("bank snapshot ends early") }
        let byte = bytes[position]
        position += 1
        guard byte <= 1 else { throw SnapshotError("bank snapshot holds a bad flag") }
        return byte == 1
    }

    mutating func double() throws(SnapshotError) -> Double {
        guard position + 8 <= bytes.count else { throw SnapshotError("bank snapshot ends early") }
        var bits: UInt64 = 0
        for i in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[position + i]) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws(SnapshotError) -> String {
        let id = try unsigned()
        guard id < UInt64(strings.count) else { throw SnapshotError("bank snapshot refers to a missing string") }
        return strings[Int(id)]
    }

    mutating func read<T: SnapshotCodable>(_ type: T.Type = T.self) throws(SnapshotError) -> T { try T(from: &self) }

    mutating func enumeration<T: RawRepresentable>(_ type: T.Type = T.self) throws(SnapshotError) -> T where T.RawValue == String {
        let raw = try string()
        guard let value = T(rawValue: raw) else { throw SnapshotError("bank snapshot holds an unknown \(T.self) '\(raw)'") }
        return value
    }
}

protocol SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError)
    func write(to writer: inout SnapshotWriter)
}

extension String: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.string() }
    func write(to writer: inout SnapshotWriter) { writer.string(self) }
}

extension Int: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.int() }
    func write(to writer: inout SnapshotWriter) { writer.int(self) }
}

extension Int32: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let v = try reader.int()
        guard let value = Int32(exactly: v) else { throw SnapshotError("bank snapshot holds an oversized number") }
        self = value
    }
    func write(to writer: inout SnapshotWriter) { writer.int(Int(self)) }
}

extension ConceptSet: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) { self.init(try [Int32](from: &reader)) }
    func write(to writer: inout SnapshotWriter) { ids.write(to: &writer) }
}

extension Bool: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.bool() }
    func write(to writer: inout SnapshotWriter) { writer.bool(self) }
}

extension Double: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.double() }
    func write(to writer: inout SnapshotWriter) { writer.double(self) }
}

extension Unicode.Scalar: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let v = try reader.unsigned()
        guard v <= UInt64(UInt32.max), let scalar = Unicode.Scalar(UInt32(v)) else { throw SnapshotError("bank snapshot holds a bad character") }
        self = scalar
    }
    func write(to writer: inout SnapshotWriter) { writer.unsigned(UInt64(value)) }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self = try reader.bool() ? try Wrapped(from: &reader) : nil
    }
    func write(to writer: inout SnapshotWriter) {
        writer.bool(self != nil)
        if let value = self { value.write(to: &writer) }
    }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let count = try reader.count()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(from: &reader)) }
    }
    func write(to writer: inout SnapshotWriter) {
        writer.unsigned(UInt64(count))
        for element in self { element.write(to: &writer) }
    }
}

extension Set: SnapshotCodable where Element: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let count = try reader.count()
        self = Set(minimumCapacity: count)
        for _ in 0..<count { insert(try Element(from: &reader)) }
    }
    func write(to writer: inout SnapshotWriter) {
        writer.unsigned(UInt64(count))
        for element in self { element.write(to: &writer) }
    }
}

extension Dictionary: SnapshotCodable where Key: SnapshotCodable, Value: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let count = try reader.count()
        self = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let key = try Key(from: &reader)
            self[key] = try Value(from: &reader)
        }
    }
    func write(to writer: inout SnapshotWriter) {
        writer.unsigned(UInt64(count))
        for (key, value) in self {
            key.write(to: &writer)
            value.write(to: &writer)
        }
    }
}

extension Range: SnapshotCodable where Bound == Int {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let lower = try reader.int()
        let upper = try reader.int()
        guard lower <= upper else { throw SnapshotError("bank snapshot holds a bad range") }
        self = lower..<upper
    }
    func write(to writer: inout SnapshotWriter) {
        writer.int(lowerBound)
        writer.int(upperBound)
    }
}

// MARK: - The bank

extension TextSpan: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(start: try reader.int(), end: try reader.int())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.int(start)
        writer.int(end)
    }
}

extension SourceLocation: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(file: try reader.string(), line: try reader.int(), column: try reader.int())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(file)
        writer.int(line)
        writer.int(column)
    }
}

extension Sentence: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(index: try reader.int(), text: try reader.string(), span: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.int(index)
        writer.string(text)
        writer.write(span)
    }
}

extension Article: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(id: try reader.string(), title: try reader.string(), published: try reader.read(),
                  text: try reader.string(), sentences: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.string(title)
        writer.write(published)
        writer.string(text)
        writer.write(sentences)
    }
}

extension Entity: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(id: try reader.string(), type: try reader.enumeration(), name: try reader.string(),
                  aliases: try reader.read(), members: try reader.read(), represents: try reader.read(),
                  location: try reader.read(), aliasLocations: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.string(type.rawValue)
        writer.string(name)
        writer.write(aliases)
        writer.write(members)
        writer.write(represents)
        writer.write(location)
        // In a fixed order, so that the same bank always gives the same bytes.
        writer.unsigned(UInt64(aliasLocations.count))
        for (alias, place) in aliasLocations.sorted(by: { $0.key < $1.key }) {
            writer.string(alias)
            writer.write(place)
        }
    }
}

extension FactDate: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(weekday: try reader.read(), month: try reader.read(), year: try reader.read(), day: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(weekday)
        writer.write(month)
        writer.write(year)
        writer.write(day)
    }
}

extension Quantity: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(value: try reader.double(), unit: try reader.string())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.double(value)
        writer.string(unit)
    }
}

extension Fact: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(id: try reader.string(), category: try reader.enumeration(), subject: try reader.read(),
                  predicate: try reader.read(), object: try reader.read(), what: try reader.read(), when: try reader.read(),
                  positive: try reader.bool(), quote: try reader.read(), role: try reader.read(), roleOf: try reader.read(),
                  topics: try reader.read(), evidenceText: try reader.string(), evidence: try reader.read(),
                  sentenceIndex: try reader.int(), statement: try reader.string(), location: try reader.read(),
                  certainty: try reader.enumeration(), quantities: try reader.read(), ordinal: try reader.read(),
                  place: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(id)
        writer.string(category.rawValue)
        writer.write(subject)
        writer.write(predicate)
        writer.write(object)
        writer.write(what)
        writer.write(when)
        writer.bool(positive)
        writer.write(quote)
        writer.write(role)
        writer.write(roleOf)
        writer.write(topics)
        writer.string(evidenceText)
        writer.write(evidence)
        writer.int(sentenceIndex)
        writer.string(statement)
        writer.write(location)
        writer.string(certainty.rawValue)
        writer.write(quantities)
        writer.write(ordinal)
        writer.write(place)
    }
}

extension HandWrittenQuestion: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(factId: try reader.string(), type: try reader.enumeration(), prompt: try reader.string(),
                  answer: try reader.string(), choices: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(factId)
        writer.string(type.rawValue)
        writer.string(prompt)
        writer.string(answer)
        writer.write(choices)
    }
}

extension BankLexicon: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        let synonyms: [[String]] = try reader.read()
        let pairs: [[String]] = try reader.read()
        var antonyms: [(String, String)] = []
        for pair in pairs {
            guard pair.count == 2 else { throw SnapshotError("bank snapshot holds a bad antonym pair") }
            antonyms.append((pair[0], pair[1]))
        }
        self.init(synonyms: synonyms, antonyms: antonyms, synonymLocations: try reader.read(),
                  antonymLocations: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(synonyms)
        writer.write(antonyms.map { [$0.0, $0.1] })
        writer.write(synonymLocations)
        writer.write(antonymLocations)
    }
}

extension FactBank: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(article: try reader.read(), entities: try reader.read(), facts: try reader.read(),
                  questions: try reader.read(), lexicon: try reader.read(), origin: try reader.string())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(article)
        writer.write(entities)
        writer.write(facts)
        writer.write(questions)
        writer.write(lexicon)
        writer.string(origin)
    }
}

// MARK: - Language tables

extension Reading: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(try reader.string(), flipped: try reader.bool())
        id = try reader.read()
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(concept)
        writer.bool(flipped)
        writer.write(id)
    }
}

extension Lexicon: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(phrases: try reader.read(), negationPhrases: try reader.read(), functionStems: try reader.read(),
                  paddingByFirstWord: try reader.read(), longestPhraseStartingWith: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(phrases)
        writer.write(negationPhrases)
        writer.write(functionStems)
        writer.write(paddingByFirstWord)
        writer.write(longestPhraseStartingWith)
    }
}

extension Value: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(kind: try reader.enumeration(), number: try reader.int(), name: try reader.string())
        amount = try reader.double()
        unit = try reader.string()
        qualifier = try reader.enumeration()
        dayOfMonth = try reader.bool()
        age = try reader.bool()
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(kind.rawValue)
        writer.int(number)
        writer.string(name)
        writer.double(amount)
        writer.string(unit)
        writer.string(qualifier.rawValue)
        writer.bool(dayOfMonth)
        writer.bool(age)
    }
}

extension Unit.Kind: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        switch try reader.unsigned() {
        case 0: self = .word
        case 1: self = .entity(try reader.string())
        case 2: self = .value(try reader.read())
        case 3: self = .negation
        case 4: self = .unknownName
        default: throw SnapshotError("bank snapshot holds an unknown unit kind")
        }
    }
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .word: writer.unsigned(0)
        case .entity(let id): writer.unsigned(1); writer.string(id)
        case .value(let value): writer.unsigned(2); writer.write(value)
        case .negation: writer.unsigned(3)
        case .unknownName: writer.unsigned(4)
        }
    }
}

extension Unit: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        kind = try reader.read()
        tokenRange = try reader.read()
        start = try reader.int()
        end = try reader.int()
        text = try reader.string()
        readings = try reader.read()
        neutral = try reader.bool()
        negated = try reader.bool()
        quoted = try reader.bool()
        boundaryAfter = try reader.bool()
        roleFact = try reader.read()
        correctedFrom = try reader.read()
        primaryReadings = try reader.int()
        possessive = try reader.bool()
        capitalized = try reader.bool()
        phrasal = try reader.bool()
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(kind)
        writer.write(tokenRange)
        writer.int(start)
        writer.int(end)
        writer.string(text)
        writer.write(readings)
        writer.bool(neutral)
        writer.bool(negated)
        writer.bool(quoted)
        writer.bool(boundaryAfter)
        writer.write(roleFact)
        writer.write(correctedFrom)
        writer.int(primaryReadings)
        writer.bool(possessive)
        writer.bool(capitalized)
        writer.bool(phrasal)
    }
}

extension AliasEntry: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(tokens: try reader.read(), entity: try reader.string(), roleFact: try reader.read(), roleOf: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(tokens)
        writer.string(entity)
        writer.write(roleFact)
        writer.write(roleOf)
    }
}

extension Analyzer.BucketKey: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(first: try reader.read(), length: try reader.int())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(first)
        writer.int(length)
    }
}

extension Analyzer.FuzzyWord: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(text: try reader.string(), letters: try reader.unsigned())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(text)
        writer.unsigned(letters)
    }
}

extension Analyzer.WordFacts: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(stem: try reader.string(), longestAlias: try reader.int(), longestPhrase: try reader.int(),
                  maybeValue: try reader.bool(), negation: try reader.bool(), neutral: try reader.bool(),
                  readings: try reader.read(), primary: try reader.int())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(stem)
        writer.int(longestAlias)
        writer.int(longestPhrase)
        writer.bool(maybeValue)
        writer.bool(negation)
        writer.bool(neutral)
        writer.write(readings)
        writer.int(primary)
    }
}

extension Analyzer: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        lexicon = try reader.read()
        aliasesByWords = try reader.read()
        sharedTitles = try reader.read()
        longestAliasStartingWith = try reader.read()
        vocabulary = try reader.read()
        vocabularyStems = try reader.read()
        typoTables = TypoTables(fuzzy: try reader.read(), names: try reader.read())
        weekdayForms = try reader.read()
        monthForms = try reader.read()
        stemCache = try reader.read()
        wordFacts = try reader.read()
    }
    func write(to writer: inout SnapshotWriter) {
        writer.write(lexicon)
        writer.write(aliasesByWords)
        writer.write(sharedTitles)
        writer.write(longestAliasStartingWith)
        writer.write(vocabulary)
        writer.write(vocabularyStems)
        writer.write(fuzzyBuckets)
        writer.write(nameBuckets)
        writer.write(weekdayForms)
        writer.write(monthForms)
        writer.write(stemCache)
        writer.write(wordFacts)
    }
}

// MARK: - The index

extension ArticleQuote: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws(SnapshotError) {
        self.init(text: try reader.string(), words: try reader.read(), sentenceIndex: try reader.int(), factIndex: try reader.read())
    }
    func write(to writer: inout SnapshotWriter) {
        writer.string(text)
        writer.write(words)
        writer.int(sentenceIndex)
        writer.write(factIndex)
    }
}

extension BankIndex {
    /// The index in its binary form (see `SnapshotError` for the layout).
    public func snapshot() -> [UInt8] {
        var writer = SnapshotWriter()
        writer.write(bank)
        writer.write(analyzer)
        writer.unsigned(UInt64(facts.count))
        for f in facts {
            writer.write(f.fact)
            writer.write(f.concepts)
            writer.write(f.unitRange)
            writer.write(f.predicateConcepts)
            writer.write(f.aboutConcepts)
        }
        writer.unsigned(UInt64(sentences.count))
        for s in sentences {
            writer.write(s.sentence)
            writer.write(s.units)
            writer.write(s.concepts)
            writer.write(s.facts)
            writer.write(s.words)
        }
        writer.write(conceptNames)
        writer.write(postingLists)
        writer.write(idfByID)
        writer.write(quotes)
        writer.write(quotesByWord)
        writer.write(factsBySubject)
        writer.write(factIndexByID)
        writer.write(positionFactsBySubject)
        return writer.bytes()
    }

    /// An index read back from `snapshot()`; the same as the one built from the bank.
    public init(snapshot bytes: [UInt8]) throws(SnapshotError) {
        var reader = try SnapshotReader(bytes)
        bank = try reader.read()
        analyzer = try reader.read()
        let factCount = try reader.count()
        facts.reserveCapacity(factCount)
        for _ in 0..<factCount {
            facts.append(IndexedFact(fact: try reader.read(), concepts: try reader.read(), unitRange: try reader.read(),
                                     predicateConcepts: try reader.read(), aboutConcepts: try reader.read()))
        }
        let sentenceCount = try reader.count()
        sentences.reserveCapacity(sentenceCount)
        for _ in 0..<sentenceCount {
            let s = IndexedSentence(sentence: try reader.read(), units: try reader.read(), concepts: try reader.read(),
                                    facts: try reader.read(), words: try reader.read())
            sentences.append(s)
        }
        conceptNames = try reader.read()
        postingLists = try reader.read()
        idfByID = try reader.read()
        quotes = try reader.read()
        quotesByWord = try reader.read()
        factsBySubject = try reader.read()
        factIndexByID = try reader.read()
        positionFactsBySubject = try reader.read()
        guard reader.isAtEnd else { throw SnapshotError("bank snapshot has bytes after its end") }
        try validate()
        conceptIDs.reserveCapacity(conceptNames.count)
        for (id, name) in conceptNames.enumerated() { conceptIDs[name] = Int32(id) }
        for entity in bank.entities { entityByID[entity.id] = entity }
        groups = bank.entities.filter { $0.type == .group && !$0.members.isEmpty }
        for group in groups { for m in group.members { groupsByMember[m, default: []].append(group) } }
    }

    /// Indices the checker follows without bounds checks must point inside the index.
    private func validate() throws(SnapshotError) {
        let sentenceRange = 0..<sentences.count
        let factRange = 0..<facts.count
        guard sentences.count == bank.article.sentences.count, facts.count == bank.facts.count else {
            throw SnapshotError("bank snapshot does not match its bank")
        }
        for f in facts {
            guard sentenceRange.contains(f.fact.sentenceIndex),
                  f.unitRange.upperBound <= sentences[f.fact.sentenceIndex].units.count else {
                throw SnapshotError("bank snapshot holds a fact outside its article")
            }
        }
        for s in sentences {
            guard s.facts.allSatisfy(factRange.contains) else {
                throw SnapshotError("bank snapshot holds a bad sentence")
            }
        }
        guard conceptNames.count <= Int(Int32.max), postingLists.count == conceptNames.count, idfByID.count == conceptNames.count,
              postingLists.allSatisfy({ $0.allSatisfy(factRange.contains) }) else {
            throw SnapshotError("bank snapshot holds a bad concept table")
        }
        for table in [factsBySubject, positionFactsBySubject] {
            for list in table.values where !list.allSatisfy(factRange.contains) {
                throw SnapshotError("bank snapshot refers to a missing fact")
            }
        }
        for q in quotes {
            guard sentenceRange.contains(q.sentenceIndex), q.factIndex.map(factRange.contains) ?? true else {
                throw SnapshotError("bank snapshot holds a bad quotation")
            }
        }
        guard quotesByWord.values.allSatisfy({ $0.allSatisfy((0..<quotes.count).contains) }),
              factIndexByID.values.allSatisfy(factRange.contains) else {
            throw SnapshotError("bank snapshot refers to a missing quotation or fact")
        }
    }
}
