/// A fact prepared for checking: its concepts and where its words stand in its sentence.
final class IndexedFact: Sendable {
    let fact: Fact
    /// Concepts of the fact's evidence, its entities (expanded) and its predicate.
    let concepts: ConceptSet
    /// Units of the sentence that lie inside the evidence.
    let unitRange: Range<Int>
    let predicateConcepts: ConceptSet
    /// Concepts of the words of its `what`, which the bank's author gives for what the fact is
    /// about ("the prisoner handover" where the evidence says "the handover"). They back a
    /// statement's words as the evidence's do, but pick no fact: ranking goes by the evidence.
    let aboutConcepts: ConceptSet

    init(fact: Fact, concepts: ConceptSet, unitRange: Range<Int>, predicateConcepts: ConceptSet, aboutConcepts: ConceptSet) {
        self.fact = fact
        self.concepts = concepts
        self.unitRange = unitRange
        self.predicateConcepts = predicateConcepts
        self.aboutConcepts = aboutConcepts
    }

    /// Whether the fact's evidence or its `what` backs a reading.
    func describes(_ reading: Reading) -> Bool { concepts.contains(reading) || aboutConcepts.contains(reading) }
}

/// A sentence prepared for checking. Built once with the index, never changed afterwards
/// (but for its alignment tables, made at first use).
final class IndexedSentence: @unchecked Sendable {
    var sentence: Sentence
    var units: [Unit]
    var concepts: ConceptSet
    var facts: [Int]
    /// The sentence's words, for recognising a typo in a statement about it.
    var words: [String]
    /// Made when a statement is first compared word by word with the sentence: most
    /// sentences of a large bank never are.
    private var alignmentTables: AlignmentTables?
    /// One lock for every sentence: the tables are made once, then only read.
    private static let alignmentLock = NSLock()

    init(sentence: Sentence, units: [Unit], concepts: ConceptSet, facts: [Int], words: [String]) {
        self.sentence = sentence
        self.units = units
        self.concepts = concepts
        self.facts = facts
        self.words = words
    }

    /// The names the sentence passes over ("ahead of Imara"), worked out at the first call.
    private var passedOverPairs: [(loser: Unit, winner: Unit, at: Int)]?

    func passedOver() -> [(loser: Unit, winner: Unit, at: Int)] {
        Self.alignmentLock.lock()
        defer { Self.alignmentLock.unlock() }
        if let made = passedOverPairs { return made }
        let made = PassedOverRule.passedOver(units)
        passedOverPairs = made
        return made
    }

    /// The sentence's alignment tables, made at the first call.
    func alignment() -> AlignmentTables {
        Self.alignmentLock.lock()
        defer { Self.alignmentLock.unlock() }
        if let made = alignmentTables { return made }
        let made = AlignmentTables(units)
        alignmentTables = made
        return made
    }
}

/// What aligning a statement's words with a sentence's units asks of the sentence: the units
/// that carry each concept, and the concepts around each unit.
struct AlignmentTables: Sendable {
    /// For each unit, the concepts of the content units around it, in one flat list: unit
    /// `j`'s run ends at `neighbourEnds[j]` and starts where the previous one ends; each run is
    /// ascending, without repeats.
    let neighbourIDs: [Int32]
    let neighbourEnds: [Int32]
    /// The units that carry each concept as their own (unflipped) meaning, as pairs in one
    /// ascending list: the concept in the high 32 bits, the unit in the low ones.
    let conceptUnits: [UInt64]

    /// The tables of `units`, their readings numbered.
    init(_ units: [Unit]) {
        // The content units in order; a unit's neighbours are up to five of them on each side.
        var content: [Int] = []
        content.reserveCapacity(units.count)
        for j in units.indices where units[j].isContent { content.append(j) }
        var flat: [Int32] = []
        flat.reserveCapacity(units.count * 32)
        var ends: [Int32] = []
        ends.reserveCapacity(units.count)
        var before = 0
        for j in units.indices {
            while before < content.count, content[before] < j { before += 1 }
            let after = before < content.count && content[before] == j ? before + 1 : before
            let start = flat.count
            for k in content[max(0, before - 5)..<before] { for r in units[k].readings where !r.flipped && r.id >= 0 { flat.append(r.id) } }
            for k in content[after..<min(content.count, after + 5)] { for r in units[k].readings where !r.flipped && r.id >= 0 { flat.append(r.id) } }
            flat[start...].sort()
            var kept = start
            for r in start..<flat.count where kept == start || flat[kept - 1] != flat[r] {
                flat[kept] = flat[r]
                kept += 1
            }
            flat.removeLast(flat.count - kept)
            ends.append(Int32(flat.count))
        }
        neighbourIDs = flat
        neighbourEnds = ends
        var pairs: [UInt64] = []
        pairs.reserveCapacity(units.count * 4)
        for (j, unit) in units.enumerated() {
            for r in unit.readings where !r.flipped && r.id >= 0 { pairs.append(UInt64(UInt32(r.id)) << 32 | UInt64(UInt32(j))) }
        }
        pairs.sort()
        conceptUnits = pairs
    }

    /// How many concepts unit `j`'s neighbourhood shares with `near`.
    func sharedNeighbours(_ j: Int, with near: ConceptSet) -> Int {
        var i = j == 0 ? 0 : Int(neighbourEnds[j - 1])
        let end = Int(neighbourEnds[j])
        let b = near.ids
        var k = 0, n = 0
        while i < end && k < b.count {
            let a = neighbourIDs[i]
            if a == b[k] { n += 1; i += 1; k += 1 } else if a < b[k] { i += 1 } else { k += 1 }
        }
        return n
    }

    /// Where the first pair of `concept` stands in `conceptUnits` (its count when none is there).
    private func firstPair(_ concept: Int32) -> Int {
        let key = UInt64(UInt32(concept)) << 32
        var lo = 0, hi = conceptUnits.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if conceptUnits[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether some unit carries `concept` as its own meaning.
    func carries(_ concept: Int32) -> Bool {
        guard concept >= 0 else { return false }
        let at = firstPair(concept)
        return at < conceptUnits.count && conceptUnits[at] >> 32 == UInt64(UInt32(concept))
    }

    /// The units that carry `concept` as their own meaning, in ascending order.
    func units(carrying concept: Int32) -> [Int] {
        guard concept >= 0 else { return [] }
        var at = firstPair(concept)
        var result: [Int] = []
        while at < conceptUnits.count, conceptUnits[at] >> 32 == UInt64(UInt32(concept)) {
            result.append(Int(conceptUnits[at] & 0xFFFF_FFFF))
            at += 1
        }
        return result
    }
}

/// A quotation in the article, as tokens, with the fact that states it.
struct ArticleQuote: Sendable {
    var text: String
    var words: [String]
    var sentenceIndex: Int
    var factIndex: Int?
}

/// Everything the checker needs from one bank, computed once at load.
public struct BankIndex: Sendable {
    public let bank: FactBank
    var analyzer: Analyzer
    var facts: [IndexedFact] = []
    var sentences: [IndexedSentence] = []
    /// Every concept a fact or sentence of the bank carries, by its number (`conceptID(_:)`).
    var conceptNames: [String] = []
    var conceptIDs: [String: Int32] = [:]
    /// By concept number: the facts that carry it, in ascending order, and its weight.
    var postingLists: [[Int]] = []
    var idfByID: [Double] = []
    var quotes: [ArticleQuote] = []
    /// Quotations by the words they contain.
    var quotesByWord: [String: [Int]] = [:]
    var entityByID: [String: Entity] = [:]
    var factsBySubject: [String: [Int]] = [:]
    var factIndexByID: [String: Int] = [:]
    var positionFactsBySubject: [String: [Int]] = [:]
    var groups: [Entity] = []
    var groupsByMember: [String: [Entity]] = [:]

    public init(bank: FactBank) {
        self.bank = bank
        // The tables below are sized for the bank at once (a table that grows hashes its keys again).
        entityByID.reserveCapacity(bank.entities.count)
        for entity in bank.entities { entityByID[entity.id] = entity }
        groups = bank.entities.filter { $0.type == .group && !$0.members.isEmpty }
        for group in groups { for m in group.members { groupsByMember[m, default: []].append(group) } }
        let lexicon = Lexicon(bank: bank.lexicon)
        var aliases: [AliasEntry] = []
        func withoutArticles(_ tokens: [String]) -> [String] {
            var words = tokens
            while let first = words.first, first == "the" || first == "a" || first == "an", words.count > 1 { words.removeFirst() }
            return words
        }
        func aliasTokens(_ text: String) -> [String] { withoutArticles(Tokenizer.tokenize(text).map(\.text)) }
        // A bank alias that holds a person's title ("the mayor of Vellmouth", "Castellan's chief
        // executive") names them through that position, as the aliases made from position facts do.
        var titles: [String: [(fact: String, words: [String])]] = [:]
        for fact in bank.facts where fact.category == .position {
            guard let role = fact.role, let holder = fact.subject else { continue }
            let words = aliasTokens(role)
            if !words.isEmpty { titles[holder, default: []].append((fact.id, words)) }
        }
        for entity in bank.entities {
            for alias in [entity.name] + entity.aliases {
                let words = Tokenizer.tokenize(alias).map(\.text)
                let bare = withoutArticles(words)
                // "the two": a number alone names nothing; with its article it names the group.
                if bare.count == 1, GeneralLexicon.cardinals[bare[0]] != nil {
                    if words.count > 1 { aliases.append(AliasEntry(tokens: words, entity: entity.id, roleFact: nil)) }
                    continue
                }
                let roleFact = titles[entity.id]?.first { title in
                    bare.count >= title.words.count && (0...(bare.count - title.words.count)).contains { i in
                        bare[i..<(i + title.words.count)].elementsEqual(title.words)
                    }
                }?.fact
                aliases.append(AliasEntry(tokens: bare, entity: entity.id, roleFact: roleFact, definite: words.first == "the" && words.count > bare.count))
                // "the two sides" as well as "two sides", so that "the two" cannot take its start.
                if words.count > bare.count { aliases.append(AliasEntry(tokens: words, entity: entity.id, roleFact: roleFact)) }
            }
        }
        for fact in bank.facts where fact.category == .position {
            guard let role = fact.role, let holder = fact.subject else { continue }
            let roleTokens = aliasTokens(role)
            aliases.append(AliasEntry(tokens: roleTokens, entity: holder, roleFact: fact.id, roleOf: fact.roleOf))
            // "Regional Governor": the title without an adjective of place or scope before it
            // ("governor") names the holder too; not without "former", "acting" or "deputy"-like
            // words, which change what the title is.
            if roleTokens.count > 1, case let first = roleTokens[0], !PositionRule.pastMarkers.contains(first),
               !Self.titleStatusWords.contains(first), !DraftWords.portfolio.contains(first),
               WordNet.canBe("a", first), !WordNet.canBe("n", first), !WordNet.canBe("v", first) {
                aliases.append(AliasEntry(tokens: Array(roleTokens.dropFirst()), entity: holder, roleFact: fact.id, roleOf: fact.roleOf))
            }
            if let of = fact.roleOf, let country = entityByID[of] {
                // "Chinese Foreign Minister", and "the Chinese minister" for a title whose last word is an office.
                let offices = GeneralLexicon.titleWords.subtracting(GeneralLexicon.genericTitleWords)
                let head = roleTokens.count > 1 && offices.contains(roleTokens[roleTokens.count - 1]) ? [roleTokens[roleTokens.count - 1]] : []
                for alias in Set([country.name] + country.aliases) {
                    aliases.append(AliasEntry(tokens: aliasTokens(alias) + roleTokens, entity: holder, roleFact: fact.id))
                    if !head.isEmpty {
                        aliases.append(AliasEntry(tokens: aliasTokens(alias) + head, entity: holder, roleFact: fact.id))
                    }
                }
            }
        }
        // The words of the article and of the facts' statements, each once.
        var vocabulary = Set<String>()
        let running = Tokenizer.tokenize(bank.article.text + " " + bank.facts.map(\.statement).joined(separator: " "))
        vocabulary.reserveCapacity(running.count / 4)
        for token in running {
            vocabulary.insert(token.text)
        }
        analyzer = Analyzer(lexicon: lexicon, aliases: aliases, extraVocabulary: vocabulary)
        analyzer.countedNouns = Analyzer.countedNouns(in: running)

        // Concepts are numbered as they are met; every set of the index holds numbers.
        var names: [String] = []
        var numbers: [String: Int32] = [:]
        names.reserveCapacity(bank.article.sentences.count * 4 + bank.facts.count * 2 + 1024)
        numbers.reserveCapacity(names.capacity)
        func intern(_ concept: String) -> Int32 {
            if let id = numbers[concept] { return id }
            let id = Int32(names.count)
            names.append(concept)
            numbers[concept] = id
            return id
        }
        // A word's readings are numbered where the word is first met; a later unit of the same
        // word with the same readings takes the numbered list as it is (one look-up, no copy).
        var numberedByWord: [String: (plain: [Reading], numbered: [Reading])] = [:]
        numberedByWord.reserveCapacity(bank.article.sentences.count * 2 + 256)
        func internReadings(_ units: inout [Unit]) {
            for k in units.indices {
                if let known = numberedByWord[units[k].text], known.plain == units[k].readings {
                    units[k].readings = known.numbered
                    continue
                }
                let plain = units[k].readings
                for r in units[k].readings.indices { units[k].readings[r].id = intern(units[k].readings[r].concept) }
                numberedByWord[units[k].text] = (plain, units[k].readings)
            }
        }
        var sentenceConcepts: [[Int32]] = []
        // The entities each sentence names, with those its facts add.
        var sentenceEntities: [Set<String>] = []
        // Many facts share a predicate ("meet"): each is analysed once.
        var predicateConceptsByText: [String: ([Int32], ConceptSet)] = [:]
        var whatConceptsByText: [String: [Int32]] = [:]
        // The sentences are analysed on every core; their concepts are numbered afterwards, in
        // order, so that every number is the one a sentence-by-sentence build gives.
        var analysed = Self.analyse(bank.article.sentences, with: analyzer)
        sentences.reserveCapacity(analysed.count)
        sentenceConcepts.reserveCapacity(analysed.count)
        sentenceEntities.reserveCapacity(analysed.count)
        // The numbers of a word's broader senses, by the word.
        var broaderIDs: [String: [Int32]] = [:]
        for (i, sentence) in bank.article.sentences.enumerated() where i < analysed.count {
            // Taken out of the list, so that numbering the readings changes them in place.
            var units = analysed[i].units
            analysed[i].units = []
            internReadings(&units)
            var concepts: [Int32] = []
            concepts.reserveCapacity(units.count * 6)
            // Each word's more general senses are looked up in WordNet once.
            func broader(_ word: String) -> [Int32] {
                if let known = broaderIDs[word] { return known }
                let ids = (WordNet.entry(for: word)?.broader ?? []).map(intern)
                broaderIDs[word] = ids
                return ids
            }
            var scalars: [Unicode.Scalar] = []
            for unit in units {
                // The article's words count for what they say, not for their opposites; a phrasal
                // verb for its own meanings, not its verb's ("stepped down" is no "stepped up").
                for r in analyzer.articleReadings(of: unit, primary: false) where !r.flipped { concepts.append(r.id) }
                // ... and for what they say in more general words ("rose" backs "increased").
                if unit.isWord, !unit.neutral, unit.tokenRange.count == 1 {
                    concepts.append(contentsOf: broader(unit.text))
                    continue
                }
                // (A phrasal verb's: "pulled out" is also "moved".)
                if unit.phrasal, let phrasal = WordNet.phrasalEntry(unit.text) {
                    concepts.append(contentsOf: phrasal.broader.map(intern))
                    continue
                }
                // A thing named by a common noun ("the damaged jet") is also what that noun is in
                // more general words ("the aircraft"); a name's last word is no such noun.
                guard unit.entityID != nil, unit.tokenRange.count > 1, let head = unit.text.split(separator: " ").last else { continue }
                if scalars.isEmpty { scalars = Array(sentence.text.unicodeScalars) }
                if unit.end <= scalars.count, unit.end > unit.start,
                   let first = scalars[unit.start..<unit.end].split(separator: " ").last?.first,
                   first.properties.isLowercase {
                    concepts.append(contentsOf: broader(String(head)))
                }
            }
            sentenceConcepts.append(concepts)
            sentenceEntities.append(analysed[i].entities)
            sentences.append(IndexedSentence(sentence: sentence, units: units, concepts: ConceptSet(), facts: [], words: analysed[i].words))
        }
        factIndexByID.reserveCapacity(bank.facts.count)
        for (index, fact) in bank.facts.enumerated() {
            factIndexByID[fact.id] = index
            let s = sentences[fact.sentenceIndex]
            let relStart = fact.evidence.start - s.sentence.span.start
            let relEnd = fact.evidence.end - s.sentence.span.start
            let first = s.units.firstIndex { $0.end > relStart } ?? s.units.count
            let last = s.units.lastIndex { $0.start < relEnd }.map { $0 + 1 } ?? first
            let range = first..<max(first, last)
            var concepts: [Int32] = []
            var entities = Set<String>()
            // "two climbers" of a six-member team: some of the group, not any one named member.
            var partial = Set<String>()
            for k in range {
                let unit = s.units[k]
                // A phrase's single words back statements (sentence concepts) but do not pick facts.
                for r in analyzer.articleReadings(of: unit, primary: true) where !r.flipped { concepts.append(r.id) }
                guard let id = unit.entityID else { continue }
                entities.insert(id)
                if k > 0, let count = s.units[k - 1].value, count.kind == .cardinal || (count.kind == .quantity && !Units.isMeasure(count.unit)),
                   let members = entityByID[id]?.members, count.number < members.count { partial.insert(id) }
            }
            if let id = fact.subject { entities.insert(id) }
            if let id = fact.object { entities.insert(id) }
            // "pay 40 percent of her legal costs", stated as "... of Tolliver's legal costs": whom
            // a pronoun of the evidence stands for, the fact's own statement names. (Only a
            // person's or a body's name the evidence lacks, and only where it has such a pronoun.)
            if range.contains(where: { Self.referringPronouns.contains(s.units[$0].text) }) {
                for unit in analyzer.analyze(fact.statement) {
                    guard let id = unit.entityID, !entities.contains(id),
                          let type = entityByID[id]?.type, type == .person || type == .organisation || type == .group else { continue }
                    entities.insert(id)
                }
            }
            if let id = fact.roleOf { entities.insert(id) }
            var predicateConcepts: [Int32] = []
            var predicateSet = ConceptSet()
            if let predicate = fact.predicate {
                if let known = predicateConceptsByText[predicate] {
                    (predicateConcepts, predicateSet) = known
                } else {
                    for unit in analyzer.analyze(predicate) {
                        for r in analyzer.articleReadings(of: unit, primary: false) where !r.flipped
                            && !(r.concept == Analyzer.announceConcept && GeneralLexicon.disclosingWords.contains(unit.text)) {
                            predicateConcepts.append(intern(r.concept))
                        }
                    }
                    predicateConcepts.append(intern(Lexicon.key(predicate)))
                    predicateSet = ConceptSet(predicateConcepts)
                    predicateConceptsByText[predicate] = (predicateConcepts, predicateSet)
                }
            }
            concepts.append(contentsOf: predicateConcepts)
            // A position backs the verb of its office: "leader" backs "leads", "governor" "governs".
            if fact.category == .position, let role = fact.role {
                // Its last word as a word, not as the alias of the one who holds it; only a title
                // ("Secretary of State" ends in no office).
                if let head = Tokenizer.tokenize(role).last?.text, DraftWords.titles.contains(head) || GeneralLexicon.titleWords.contains(head) {
                    let word = analyzer.facts(of: head)
                    if !word.neutral { for r in word.readings where !r.flipped { concepts.append(intern(r.concept)) } }
                    // "chairman", "chairwoman", "chairperson": the office of the one who chairs.
                    for suffix in ["man", "woman", "person"] where head.hasSuffix(suffix) && head.count >= suffix.count + 4 {
                        concepts.append(intern(analyzer.facts(of: String(head.dropLast(suffix.count))).stem))
                    }
                }
            }
            // Values the bank gives in their slots count as said by the evidence.
            for q in fact.quantities { concepts.append(intern(Value(quantity: q).concept)) }
            // An age in years is said with the bare number too: "He was 84", "died at 84".
            if let what = fact.what, Tokenizer.tokenize(what).contains(where: { $0.text == "age" }) {
                for q in fact.quantities where q.unit == "year" { concepts.append(intern(Value(quantity: Quantity(value: q.value, unit: "")).concept)) }
            }
            if let n = fact.ordinal { concepts.append(intern(Value(kind: .ordinal, number: n, name: "").concept)) }
            var about: [Int32] = []
            if let what = fact.what {
                // Its words, and the names it gives ("the region's renewable share").
                about = whatConceptsByText[what] ?? analyzer.analyze(what).flatMap { unit in
                    if let id = unit.entityID { return expand([id], partial: []).map { intern("@" + $0) } }
                    // Its own meanings, and the values a noun's attribute takes ("height": high, low).
                    guard unit.isWord, !unit.neutral else { return [] }
                    return unit.readings.enumerated().filter { i, r in !r.flipped && (i < unit.primaryReadings || r.concept.hasPrefix("~a")) }
                        .map { intern($0.element.concept) }
                }
                whatConceptsByText[what] = about
                // Only a `what` of a fact its evidence bears out: the `what` shares a word with the
                // evidence ("the prisoner handover" for "The handover is planned"), or the
                // evidence names the fact's subject or says its predicate ("researchers reported on
                // Wednesday" for the trial results). A fact whose evidence says none of it backs
                // nothing through its `what`, unless the evidence is the fact's figure itself ("or
                // about 31 million euros" for a fine of that much).
                let evidenceWords = Set(range.flatMap { k in
                    s.units[k].isWord || s.units[k].entityID != nil
                        ? s.units[k].readings.prefix(s.units[k].primaryReadings).filter { !$0.flipped }.map(\.id) : []
                })
                let anchored = about.contains(where: evidenceWords.contains)
                    || predicateConcepts.contains(where: evidenceWords.contains)
                    || fact.subject.map { subject in expand([subject]).contains { evidenceWords.contains(intern("@" + $0)) } } == true
                    || fact.quantities.contains { q in
                        let figure = Value(quantity: q)
                        return range.contains { k in s.units[k].value.map { $0.kind == .quantity && figure.agrees(with: $0) } == true }
                    }
                if !anchored { about = [] }
                // What the evidence only asks for ("applied for approval") the `what` does not back
                // as done.
                let sought = Set(range.flatMap { k in
                    s.units[k].readings.compactMap { r in
                        r.concept.hasPrefix(Analyzer.soughtPrefix) ? String(r.concept.dropFirst(Analyzer.soughtPrefix.count)) : nil
                    }
                })
                if !sought.isEmpty { about = about.filter { !sought.contains(names[Int($0)]) } }
            }
            let expanded = expand(entities, partial: partial)
            for e in expanded { concepts.append(intern("@" + e)) }
            facts.append(IndexedFact(fact: fact, concepts: ConceptSet(concepts), unitRange: range,
                                     predicateConcepts: predicateSet, aboutConcepts: ConceptSet(about)))
            sentences[fact.sentenceIndex].facts.append(index)
            sentenceEntities[fact.sentenceIndex].formUnion(expanded)
            sentenceConcepts[fact.sentenceIndex].append(contentsOf: concepts)
            sentenceConcepts[fact.sentenceIndex].append(contentsOf: about)
            if let subject = fact.subject { factsBySubject[subject, default: []].append(index) }
            if fact.category == .position, let subject = fact.subject { positionFactsBySubject[subject, default: []].append(index) }
        }
        for i in sentences.indices {
            for e in sentenceEntities[i] { sentenceConcepts[i].append(intern("@" + e)) }
            sentences[i].concepts = ConceptSet(sentenceConcepts[i])
        }
        postingLists = [[Int]](repeating: [], count: names.count)
        for (index, fact) in facts.enumerated() {
            for concept in fact.concepts.ids { postingLists[Int(concept)].append(index) }
        }
        let n = Double(max(facts.count, 1))
        idfByID = postingLists.map { $0.isEmpty ? 1 : 1.0 + log(n / Double($0.count)) }
        conceptNames = names
        conceptIDs = numbers
        // The analyser's own tables carry the numbers too, so that a statement's known words
        // need no look-up.
        analyzer.resolveConcepts { numbers[$0] ?? ConceptSet.absent }
        // Quotations: every span between double quotes in a sentence.
        for s in sentences where Self.mayHoldQuotationMarks(s.sentence.text) {
            let folded = Array(TextFolding.fold(s.sentence.text).unicodeScalars)
            var open: Int?
            for (i, c) in folded.enumerated() where c == "\"" {
                if let o = open {
                    let text = String(String.UnicodeScalarView(folded[(o + 1)..<i]))
                    let words = Tokenizer.tokenize(text).map(\.text)
                    let owner = s.facts.first { facts[$0].fact.category == .quote } ?? s.facts.first
                    for word in Set(words) { quotesByWord[word, default: []].append(quotes.count) }
                    quotes.append(ArticleQuote(text: text, words: words, sentenceIndex: s.sentence.index, factIndex: owner))
                    open = nil
                } else {
                    open = i
                }
            }
        }
    }

    /// Words before a title that say whether it is held in full, for now or yet: never dropped
    /// from it.
    static let titleStatusWords: Set<String> = ["acting", "interim", "incoming", "future", "designate", "honorary", "deputy", "vice", "assistant", "joint", "caretaker"]

    /// Pronouns that stand for a person or a body named elsewhere ("her legal costs", "told him").
    static let referringPronouns: Set<String> = ["he", "she", "him", "his", "her", "hers", "they", "them", "their", "its"]

    /// A sentence analysed, before its concepts are numbered.
    struct SentenceAnalysis: Sendable {
        var units: [Unit]
        /// The sentence's distinct words, in order.
        var words: [String]
        /// The entities the sentence names.
        var entities: Set<String>
    }

    /// One sentence's units, words and entities.
    static func analyse(_ sentence: Sentence, with analyzer: Analyzer) -> SentenceAnalysis {
        // One tokenisation serves the analysis and the sentence's word list.
        let tokens = Tokenizer.tokenize(sentence.text)
        var units = analyzer.analyze(sentence.text, tokens: tokens)
        // An article's "disclosed" backs no statement's "announced" (`GeneralLexicon.disclosingWords`).
        for k in units.indices where GeneralLexicon.disclosingWords.contains(units[k].text) {
            guard let at = units[k].readings.firstIndex(where: { $0.concept == Analyzer.announceConcept }) else { continue }
            units[k].readings.remove(at: at)
            if units[k].primaryReadings != Int.max, at < units[k].primaryReadings { units[k].primaryReadings -= 1 }
        }
        var entities = Set<String>()
        for unit in units {
            if let id = unit.entityID { entities.insert(id) }
        }
        // The distinct words in order: sorted, then each run of equal words kept once.
        var words = tokens.map(\.text)
        words.sort()
        var kept = 0
        for w in words.indices where kept == 0 || words[kept - 1] != words[w] {
            words.swapAt(kept, w)
            kept += 1
        }
        words.removeLast(words.count - kept)
        return SentenceAnalysis(units: units, words: words, entities: entities)
    }

    /// Every sentence analysed, in order (a long article's on every core).
    static func analyse(_ sentences: [Sentence], with analyzer: Analyzer) -> [SentenceAnalysis] {
        Parallel.map(sentences.count) { range in sentences[range].map { analyse($0, with: analyzer) } }
    }

    /// The number of a concept in this index; `ConceptSet.absent` when no fact or sentence carries it.
    func conceptID(_ concept: String) -> Int32 { conceptIDs[concept] ?? ConceptSet.absent }

    /// Gives every reading of `units` its concept's number in this index.
    func resolve(_ units: inout [Unit]) {
        for k in units.indices {
            for r in units[k].readings.indices where units[k].readings[r].id == ConceptSet.unresolved {
                units[k].readings[r].id = conceptID(units[k].readings[r].concept)
            }
        }
    }

    /// The facts that carry a concept, in ascending order; nil when none does.
    /// How many facts carry a concept (0 for one no fact carries).
    func postingCount(_ id: Int32) -> Int {
        guard id >= 0, Int(id) < postingLists.count else { return 0 }
        return postingLists[Int(id)].count
    }

    func postings(_ id: Int32) -> [Int]? {
        guard id >= 0, Int(id) < postingLists.count else { return nil }
        let list = postingLists[Int(id)]
        return list.isEmpty ? nil : list
    }

    func postings(_ reading: Reading) -> [Int]? { postings(reading.id) }

    /// A concept's weight: rarer concepts weigh more; 1 for one no fact carries.
    func idf(_ id: Int32) -> Double {
        guard id >= 0, Int(id) < idfByID.count else { return 1 }
        return idfByID[Int(id)]
    }

    func idf(_ reading: Reading) -> Double { idf(reading.id) }

    /// Adds the members of groups, the country each entity represents, and any group most of
    /// whose members are present. A group in `partial` is named only in part ("two climbers"):
    /// it stands for none of its members.
    func expand(_ ids: Set<String>, partial: Set<String> = []) -> Set<String> {
        var result = ids
        // Groups named outright stand for their members; a group inferred below does not.
        for id in ids {
            guard let entity = entityByID[id] else { continue }
            if partial.contains(id) {
                if let r = entity.represents { result.insert(r) }
                continue
            }
            result.formUnion(entity.members)
            if let r = entity.represents { result.insert(r) }
            for m in entity.members { if let r = entityByID[m]?.represents { result.insert(r) } }
        }
        // Infer a group from two of its members, counting only members that belong to few groups
        // (a country in every article's "both sides" says nothing about which pair is meant).
        var counts: [String: Int] = [:]
        for id in result {
            guard let memberOf = groupsByMember[id], memberOf.count <= 3 else { continue }
            for group in memberOf { counts[group.id, default: 0] += 1 }
        }
        for (group, count) in counts where count >= 2 { result.insert(group) }
        return result
    }

    /// False when the text has no '"' and nothing beyond ASCII, so no quotation mark of any
    /// kind (the curly ones and guillemets fold to '"').
    static func mayHoldQuotationMarks(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x22 || $0 >= 0x80 }
    }

    /// Up to five content units on each side of unit `at`.
    static func neighbours(_ list: [Unit], _ at: Int, window: Int = 5) -> [Int] {
        var result: [Int] = []
        var k = at - 1
        while k >= 0, result.count < window { if list[k].isContent { result.append(k) }; k -= 1 }
        var after = 0
        k = at + 1
        while k < list.count, after < window { if list[k].isContent { result.append(k); after += 1 }; k += 1 }
        return result
    }

    func entityName(_ id: String) -> String { entityByID[id]?.name ?? id }

    /// Whether a claim's agent `claimed` can stand for the fact's agent `actual`.
    func compatible(_ claimed: String, _ actual: String) -> Bool {
        if claimed == actual { return true }
        guard let a = entityByID[actual], let c = entityByID[claimed] else { return false }
        if a.members.contains(claimed) || a.represents == claimed { return true }
        if c.members.contains(actual) { return true }
        if a.type == .group, c.type == .group { return true }
        if a.members.contains(where: { entityByID[$0]?.represents == claimed }) { return true }
        return false
    }
}

import Foundation

