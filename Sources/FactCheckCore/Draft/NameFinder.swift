/// An entity the drafter found in an article, with everything it learnt about it.
struct DraftEntity: Sendable {
    var id: String
    var type: EntityType
    var name: String {
        didSet { nameWords = TextFolding.comparable(name).split(separator: " ").map(String.init) }
    }
    var aliases: [String] = [] {
        didSet { aliasKeys = aliases.map { TextFolding.comparable($0) } }
    }
    /// The name's and the aliases' words as compared ("known" looks them up for every name the
    /// article writes, so they are folded once, not at each look-up).
    private(set) var nameWords: [String]
    private(set) var aliasKeys: [String]

    init(id: String, type: EntityType, name: String, aliases: [String] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        nameWords = TextFolding.comparable(name).split(separator: " ").map(String.init)
        aliasKeys = aliases.map { TextFolding.comparable($0) }
    }
    var represents: String?
    /// "m" or "f" when a courtesy title or a pronoun told it.
    var sex: Character?
    /// Courtesy titles that say nothing of sex, as written before the name ("Dr", "Professor").
    var courtesy: [String] = []
    /// What a person should check in this entry.
    var review: [String] = []

    mutating func addAlias(_ alias: String) {
        let clean = TextFolding.trimmed(alias)
        guard !clean.isEmpty, clean.count <= 80 else { return }
        // An alias with "no", "neither" or "all" in it would hide that word from the checker.
        let words = Tokenizer.tokenize(clean).map(\.text)
        if words.contains(where: { GeneralLexicon.negationCues.contains($0) || GeneralLexicon.quantifiers.contains($0) }) { return }
        if !has(alias: clean) { aliases.append(clean) }
    }

    /// Whether the entity has this alias, in any case and spelling of accents.
    func has(alias: String) -> Bool { aliasKeys.contains(TextFolding.comparable(alias)) }
}

/// A place in one sentence where an entity is named.
struct Mention: Sendable {
    var sentence: Int
    /// Token range in the sentence's tokens.
    var tokens: Range<Int>
    /// Unicode scalar offsets in the sentence.
    var start: Int
    var end: Int
    var entity: String
    /// For a person named with a title before the name: the title's tokens and what it is of.
    var role: (text: String, start: Int, of: String?)?
}

/// A sentence's words, with the original text of each.
struct SentenceWords: Sendable {
    var sentence: Sentence
    var tokens: [Token]
    var scalars: [Unicode.Scalar]

    init(_ sentence: Sentence) {
        self.sentence = sentence
        tokens = Tokenizer.tokenize(sentence.text)
        scalars = Array(sentence.text.unicodeScalars)
    }

    /// The original text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        return String(String.UnicodeScalarView(scalars[s..<e]))
    }

    /// The original text of tokens `range` (a token ends before a possessive "'s").
    func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(tokens[first].start, tokens[last].end)
    }

    /// The word as written (original case).
    func original(_ i: Int) -> String { text(tokens[i].start, tokens[i].end) }

    /// Whether the token is joined to the next one by a hyphen ("no" in "no-confidence").
    func hyphenatedToNext(_ i: Int) -> Bool { Tokenizer.joinedByHyphen(tokens, i, in: scalars) }

    /// Whether a dash stands between token `i - 1` and token `i`: "PORT ALDEN — A faulty valve",
    /// a dateline, or a break in the sentence (not a hyphen inside a word).
    func dashBefore(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let between = text(tokens[i - 1].end, tokens[i].start)
        return between.unicodeScalars.contains { $0 == "\u{2014}" || $0 == "\u{2013}" } || between.contains(" - ") || between.hasPrefix(" -") && between.count > 2
    }
}

/// Finds the people, organisations, countries and places an article names, and where.
struct NameFinder {
    var entities: [DraftEntity] = []
    var mentions: [Mention] = []
    /// Position phrases found before names: (sentence, evidence start, end, person, role, of).
    var positions: [(sentence: Int, start: Int, end: Int, person: String, role: String, of: String?)] = []
    let sentences: [SentenceWords]
    /// The article's headline, which names what the article is about.
    var title = ""
    /// Lower-cased words seen capitalised somewhere other than at the start of a sentence.
    var capitalisedInside: Set<String> = []
    /// Lower-cased words seen in lower case somewhere.
    var lowerCaseSomewhere: Set<String> = []
    var byKey: [String: Int] = [:]
    var aloneWords: Set<String> = []
    var idIndex: [String: Int] = [:]
    var afterPlacePreposition: Set<String> = []
    /// Where an organisation is based, from "NAME, a firm based in PLACE,": the evidence's scalar
    /// offsets, the organisation and the place (or country) entity.
    var bases: [(sentence: Int, start: Int, placeStart: Int, end: Int, entity: String, place: String)] = []
    /// Generic names ("the city") an entity earned, given when no other entity claims them.
    var pendingGeneric: [(name: String, entity: Int)] = []
    /// People introduced as someone's relative ("his daughter Sigrid Brenneck"): the evidence's
    /// scalar offsets, the person, the relation and the token that says whose ("his",
    /// "Brenneck's"; nil when the sentence leaves it to its subject).
    var relatives: [(sentence: Int, start: Int, end: Int, person: String, role: String, owner: Int?)] = []
    var relativeIDs: Set<String> = []
    /// Countries no table knows, found in the article by a name and the adjective made from it
    /// ("Dravonia" and "Dravonian steel").
    var articleCountries: [Country] = []

    init(sentences: [SentenceWords]) {
        self.sentences = sentences
        for s in sentences {
            for (i, t) in s.tokens.enumerated() {
                // (Not a word in the middle of a longer name: "Safety" in "National Transport
                // Safety Board" makes no name of "Safety is never traded ...".)
                let middle = i > 0 && i + 1 < s.tokens.count && s.tokens[i - 1].capitalized && s.tokens[i - 1].trailingPunctuation == nil
                    && s.tokens[i + 1].capitalized && t.trailingPunctuation == nil
                if t.capitalized, !isSentenceStart(s, i), !middle { capitalisedInside.insert(t.text) }
                if !t.capitalized { lowerCaseSomewhere.insert(t.text) }
            }
        }
        articleCountries = Self.madeUpCountries(sentences)
    }

    /// A capitalised word the language does not know, written before a common noun ("Sarmitian
    /// steel", "Dravonian farm machinery"), whose stem is a name the article also writes on its own
    /// ("Sarmitia", "Haldor" for "Haldoran", "Tavara" for "Tavarese"), is that place's adjective,
    /// and the place a country. Names either table knows are left to it.
    static func madeUpCountries(_ sentences: [SentenceWords]) -> [Country] {
        var alone: [String: String] = [:]
        var adjectives: [String: String] = [:]
        for s in sentences {
            for (i, t) in s.tokens.enumerated() where t.capitalized && !t.quoted {
                let previousIsName = i > 0 && s.tokens[i - 1].capitalized && s.tokens[i - 1].trailingPunctuation == nil
                let next = i + 1 < s.tokens.count && t.trailingPunctuation == nil ? s.tokens[i + 1] : nil
                if !previousIsName, next?.capitalized != true, i > 0 { alone[t.text] = s.original(i) }
                if let next, !next.capitalized, !next.quoted, WordNet.canBe("n", next.text),
                   !next.text.hasSuffix("ed"), !WordNet.isIrregularVerbForm(next.text) {
                    adjectives[t.text] = s.original(i)
                }
            }
        }
        var found: [Country] = []
        for (key, adjective) in adjectives.sorted(by: { $0.key < $1.key }) where key.count >= 5 && !WordNet.isWord(key) {
            var stems: [String] = []
            for (suffix, replacements) in [("ian", ["", "a", "ia"]), ("an", ["", "a"]), ("n", [""]), ("ese", ["", "a"]), ("ish", [""]), ("i", [""])]
            where key.hasSuffix(suffix) {
                let root = String(key.dropLast(suffix.count))
                stems += replacements.map { root + $0 }
            }
            guard let stem = stems.first(where: { $0.count >= 4 && $0 != key && alone[$0] != nil }), let name = alone[stem],
                  CountryTable.all.allSatisfy({ c in !c.names.contains(name) && !c.adjectives.contains(adjective) && c.capital != name }),
                  !found.contains(where: { $0.names.contains(name) }) else { continue }
            found.append(Country(code: "", names: [name], adjectives: [adjective], capital: nil))
        }
        return found
    }

    func isSentenceStart(_ s: SentenceWords, _ i: Int) -> Bool {
        if i == 0 { return true }
        // The first word of a quotation, or after a colon.
        if s.tokens[i].quoted && !s.tokens[i - 1].quoted { return true }
        if s.tokens[i - 1].trailingPunctuation == ":" { return true }
        // After a dash: "PORT ALDEN — A faulty valve ...".
        if s.dashBefore(i) { return true }
        return false
    }

    /// Whether token `i` can be part of a name.
    func isNameWord(_ s: SentenceWords, _ i: Int) -> Bool {
        let t = s.tokens[i]
        guard t.capitalized, let first = t.text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        if t.text == "i" { return false }
        if GeneralLexicon.weekdays.contains(where: { $0.forms.contains(t.text) }) { return false }
        if GeneralLexicon.months.contains(where: { $0.name.lowercased() == t.text }) { return false }
        if isSentenceStart(s, i) {
            // "Dr Priya Raman ...", "Mr Brandt said ...": a courtesy title opening the sentence.
            if DraftWords.honorifics[t.text] != nil, i + 1 < s.tokens.count, s.tokens[i + 1].capitalized,
               t.trailingPunctuation == nil || t.trailingPunctuation == "." { return true }
            if GeneralLexicon.functionWords.contains(t.text) || DraftWords.clauseOpeners.contains(t.text) { return false }
            if ["he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "but", "and", "in", "on", "at",
                "for", "to", "after", "before", "during", "with", "without", "despite", "under", "a", "an", "the"].contains(t.text) { return false }
            // A word of the language opens a sentence with a capital: it is a name only if it is
            // one elsewhere too, or if a name follows it ("Mayor Elena Varga").
            if capitalisedInside.contains(t.text) { return true }
            if country(named: t.text) != nil { return true }
            if !WordNet.isWord(t.text) { return true }
            let nextIsName = i + 1 < s.tokens.count && s.tokens[i + 1].capitalized && t.trailingPunctuation == nil
            // "Tom Rafferty, head teacher of ...": a word the article never writes in lower case,
            // before a capitalised word the language does not know (a surname), is a first name.
            if nextIsName, !lowerCaseSomewhere.contains(t.text), !WordNet.isWord(s.tokens[i + 1].text),
               s.tokens[i + 1].trailingPunctuation != nil || i + 2 >= s.tokens.count || !s.tokens[i + 2].capitalized {
                return true
            }
            return nextIsName && (DraftWords.titles.contains(t.text) || DraftWords.portfolio.contains(t.text)
                                  || DraftWords.honorifics[t.text] != nil || Self.describesATitle(s, i))
        }
        return true
    }

    /// Runs of name words in a sentence ("Halden Rail Group Chief Executive Ingrid Solberg").
    func runs(_ s: SentenceWords) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        let connectors: Set<String> = ["of", "de", "van", "von", "der", "den", "la", "le", "du", "al", "bin", "da", "di", "for"]
        while i < s.tokens.count {
            guard isNameWord(s, i) else { i += 1; continue }
            var j = i + 1
            while j < s.tokens.count {
                let previous = s.tokens[j - 1]
                // "Harwick Fishermen's Association", "People's Party": a possessive inside the name.
                // ("Drivers' Safety Alliance": the head may come a word or two later, after a
                // common noun's possessive; "Dravik's Democratic Centre" is Dravik's.)
                if previous.possessive, previous.trailingPunctuation == nil, isNameWord(s, j),
                   (j..<min(s.tokens.count, WordNet.isWord(previous.text) ? j + 3 : j + 1)).prefix(while: { k in
                       isNameWord(s, k) && (k == j || s.tokens[k - 1].trailingPunctuation == nil && !s.tokens[k - 1].possessive)
                   }).contains(where: { DraftWords.organisationHeads.contains(s.tokens[$0].text) }) {
                    j += 1
                    continue
                }
                if previous.trailingPunctuation != nil || previous.possessive { break }
                if previous.quoted != s.tokens[j].quoted || s.dashBefore(j) { break }
                // "Skyward-2", "Meridian-1": a number joined to a name by a hyphen is part of it.
                if s.tokens[j].text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
                   s.tokens[j].start == previous.end + 1, s.text(previous.end, s.tokens[j].start) == "-" {
                    j += 1
                    continue
                }
                if isNameWord(s, j) && !isSentenceStart(s, j) { j += 1; continue }
                // "Secretary of State", "Bank of England": a connector between two name words.
                if connectors.contains(s.tokens[j].text), !s.tokens[j].capitalized, s.tokens[j].trailingPunctuation == nil,
                   j + 1 < s.tokens.count, s.tokens[j + 1].capitalized, isNameWord(s, j + 1) {
                    j += 2
                    continue
                }
                break
            }
            // "National Water and Ice Agency": "and" joins the words of one organisation's name.
            if j < s.tokens.count, ["and", "&"].contains(s.tokens[j].text), s.tokens[j - 1].trailingPunctuation == nil,
               j + 1 < s.tokens.count, isNameWord(s, j + 1) {
                var k = j + 1
                while k < s.tokens.count, isNameWord(s, k), s.tokens[k - 1].trailingPunctuation == nil || k == j + 1 { k += 1 }
                if DraftWords.organisationHeads.contains(s.tokens[k - 1].text) {
                    result.append(i..<k)
                    i = k
                    continue
                }
            }
            result.append(i..<j)
            i = j
        }
        return result
    }

    // MARK: - Finding

    mutating func find() {
        // First pass: names with titles and multi-word names define entities; single words and
        // surnames are matched to them in the second pass.
        var pending: [(sentence: Int, run: Range<Int>)] = []
        for (si, s) in sentences.enumerated() {
            for run in runs(s) {
                pending.append((si, run))
                // Words named alone, or with a courtesy title only ("Brandt", "Mr Brandt").
                // (Not a word the article writes in lower case too, opening the sentence: "Power
                // returned to most customers" does not name Power Watch.)
                if run.count == 1, !(run.lowerBound == 0 && lowerCaseSomewhere.contains(s.tokens[run.lowerBound].text)) {
                    aloneWords.insert(s.tokens[run.lowerBound].text)
                }
                if run.count == 2, DraftWords.honorifics[s.tokens[run.lowerBound].text] != nil { aloneWords.insert(s.tokens[run.upperBound - 1].text) }
            }
            for (i, t) in s.tokens.enumerated() where i > 0 && DraftWords.placePrepositions.contains(s.tokens[i - 1].text) {
                afterPlacePreposition.insert(t.text)
            }
        }
        for (si, run) in pending where run.count > 1 { take(si, run) }
        for (si, run) in pending where run.count == 1 {
            // "Power returned to most customers": a word the article also writes in lower case,
            // capitalised only where it opens a sentence, is not the first word of "Power Watch".
            let word = sentences[si].tokens[run.lowerBound].text
            // ("Zoo director Helena Sorvik" names the zoo: a title follows.)
            let next = run.upperBound < sentences[si].tokens.count ? sentences[si].tokens[run.upperBound].text : ""
            if run.lowerBound == 0, !aloneWords.contains(word), lowerCaseSomewhere.contains(word),
               !DraftWords.titles.contains(next), !GeneralLexicon.titleWords.contains(next) { continue }
            take(si, run)
        }
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for (si, s) in sentences.enumerated() { findAppositions(si, s, bySentence[si] ?? [], deferringOwners: true) }
        findIndefiniteAppositions()
        findTrailingDescriptions()
        findNumberedDescriptions()
        findDescriptions()
        // Appositions whose owner ("the group's") only the descriptions above made known.
        let described = Dictionary(grouping: mentions, by: \.sentence)
        for (si, s) in sentences.enumerated() { findAppositions(si, s, (described[si] ?? []).sorted { $0.start < $1.start }) }
        findNationalDescriptions()
        inferSexes()
        addGeneratedAliases()
        resolveRelatives()
        findOwnedRoles()
        findOwnedNames()
        findCollectives()
        findAliasMentions()
        // "Forward leader Tomas Reinholt" where Forward was named only later: the owner before a
        // title, once every name is known.
        for (n, p) in positions.enumerated() where p.of == nil {
            let s = sentences[p.sentence]
            guard let first = s.tokens.firstIndex(where: { $0.start == p.start }) else { continue }
            var ownerStart = first
            while ownerStart > 0, first - ownerStart < 4, s.tokens[ownerStart - 1].capitalized,
                  s.tokens[ownerStart - 1].trailingPunctuation == nil { ownerStart -= 1 }
            for k in ownerStart..<first {
                let words = s.text(tokens: k..<first)
                guard let owner = known(words), entities[owner].type != .person else { continue }
                positions[n].of = entities[owner].id
                positions[n].start = s.tokens[k].start
                for m in mentions.indices where mentions[m].sentence == p.sentence && mentions[m].entity == p.person
                    && mentions[m].role?.start == p.start {
                    mentions[m].role = (mentions[m].role?.text ?? p.role, s.tokens[k].start, entities[owner].id)
                }
                break
            }
        }
        // "Chief Executive Laura Whitcombe" in an article about one company: an officer's title
        // with no owner is taken to be of the company the article calls "the company".
        let companies = entities.indices.filter { i in
            entities[i].type == .organisation && entities[i].has(alias: "the company")
        }
        if companies.count == 1, let company = companies.first {
            for (n, p) in positions.enumerated() where p.of == nil {
                let role = TextFolding.comparable(p.role)
                guard DraftWords.companyOfficers.contains(role), let person = idIndex[p.person] else { continue }
                positions[n].of = entities[company].id
                entities[person].review.append("'\(p.role)' is taken to be of \(entities[company].name), the company the article is about")
            }
        }
        // A person holding a position of an organisation acts for it ("Millbrook manager Graham
        // Whitlock"), and so does one holding a country's office ("Norway's chief negotiator",
        // "Talmesian Foreign Minister Oskar Tavelin"). Not a nationality, which is no office ("the
        // Norwegian composer"): a statement naming the country would be read as naming the person.
        for p in positions {
            guard let of = p.of, let index = idIndex[p.person], entities[index].represents == nil,
                  let kind = entityByID(of)?.type else { continue }
            let office = p.role.lowercased().split(separator: " ").contains { GeneralLexicon.titleWords.contains(String($0)) }
            guard kind == .organisation || kind == .country && office else { continue }
            entities[index].represents = of
        }
    }

    /// Words for a body of people an article introduces without a name ("a six-member
    /// international expedition", "a delegation of 20 officials"), in kinds that may name the
    /// same body ("the team" for an expedition; a helicopter's crew is something else).
    static let collectiveKinds: [[String]] = [["expedition", "team", "party", "squad"], ["delegation", "mission"],
                                              ["crew"], ["panel", "jury"], ["convoy"]]

    /// "A six-member international expedition ... The team had spent": a body of people
    /// introduced with "a" and named again with "the" is a group ("the expedition", with its
    /// description as an alias). A word of the same kind used with "the" before any "a" of its
    /// own names the body introduced before it; the drafter marks that for review. A nationality
    /// in front ("an Italian team") makes another group, "the Italian team", acting for Italy.
    mutating func findCollectives() {
        var firstDefinite: [String: Int] = [:]
        for (si, s) in sentences.enumerated() {
            for (i, t) in s.tokens.enumerated() where i > 0 && !t.capitalized && s.tokens[i - 1].text == "the"
                && firstDefinite[t.text] == nil && Self.collectiveKinds.contains(where: { $0.contains(t.text) }) {
                firstDefinite[t.text] = si
            }
        }
        var introduced: [(head: String, sentence: Int, index: Int)] = []
        for (si, s) in sentences.enumerated() {
            for (i, t) in s.tokens.enumerated() where i > 0 && !t.capitalized && !introduced.contains(where: { $0.head == t.text }) {
                guard Self.collectiveKinds.contains(where: { $0.contains(t.text) }) else { continue }
                var k = i - 1
                var national: Country?
                while k >= 0, i - k <= 4, !["a", "an"].contains(s.tokens[k].text), s.tokens[k].trailingPunctuation == nil,
                      !GeneralLexicon.functionWords.contains(s.tokens[k].text) {
                    if s.tokens[k].capitalized {
                        guard national == nil, let c = country(named: s.original(k)) else { break }
                        national = c
                    }
                    k -= 1
                }
                guard k >= 0, ["a", "an"].contains(s.tokens[k].text) else { continue }
                // "An Italian team led by Marco Bellini": a body of one country is another group,
                // named with its nationality, so that "the team" does not take its place.
                if let national, let adjective = national.adjectives.first {
                    let name = "the " + adjective + " " + t.text
                    guard !isClaimed(name) else { continue }
                    let index = entityIndex(type: .group, name: name)
                    entities[index].represents = entities[countryEntity(national)].id
                    continue
                }
                // Named again with "the" after this sentence ("the team" used before it names a body
                // introduced earlier: see below).
                guard let again = firstDefinite[t.text], again >= si else { continue }
                let name = "the " + t.text
                guard !isClaimed(name) else { continue }
                let index = entityIndex(type: .group, name: name)
                if k + 1 < i { entities[index].addAlias("the " + s.text(tokens: (k + 1)..<(i + 1))) }
                introduced.append((t.text, si, index))
            }
        }
        // Words of a kind used with "the" before any introduction of their own name the body of
        // that kind introduced before them.
        for (head, si) in firstDefinite.sorted(by: { $0.key < $1.key }) where !introduced.contains(where: { $0.head == head }) {
            guard let kind = Self.collectiveKinds.first(where: { $0.contains(head) }),
                  let body = introduced.last(where: { kind.contains($0.head) && $0.sentence <= si }) else { continue }
            let phrase = "the " + head
            if !isClaimed(phrase) {
                entities[body.index].addAlias(phrase)
                entities[body.index].review.append("'\(phrase)' is taken to mean \(entities[body.index].name)")
            }
        }
    }

    /// Names given by an alias rather than by a capitalised name ("the council", "councillors",
    /// "the firm"), found the way the checker finds them.
    mutating func findAliasMentions() {
        var aliases: [AliasEntry] = []
        for e in entities {
            for alias in [e.name] + e.aliases {
                var words = Tokenizer.tokenize(alias).map(\.text)
                while let first = words.first, ["the", "a", "an"].contains(first), words.count > 1 { words.removeFirst() }
                if !words.isEmpty { aliases.append(AliasEntry(tokens: words, entity: e.id, roleFact: nil)) }
            }
        }
        let analyzer = Analyzer(lexicon: Lexicon(), aliases: aliases, extraVocabulary: [])
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for (si, s) in sentences.enumerated() {
            let taken = bySentence[si] ?? []
            for unit in analyzer.analyze(s.sentence.text) {
                guard let id = unit.entityID else { continue }
                if taken.contains(where: { $0.start < unit.end && unit.start < $0.end }) { continue }
                guard let first = s.tokens.firstIndex(where: { $0.start >= unit.start }),
                      let last = s.tokens.lastIndex(where: { $0.end <= unit.end }), first <= last else { continue }
                mentions.append(Mention(sentence: si, tokens: first..<(last + 1), start: s.tokens[first].start,
                                        end: s.tokens[last].end, entity: id))
            }
        }
    }

    mutating func entityIndex(type: EntityType, name: String) -> Int {
        let key = TextFolding.comparable(name)
        if let index = byKey[key] { return index }
        var id = ArticleInput.slug(name)
        var n = 2
        while idIndex[id] != nil { id = ArticleInput.slug(name) + "-\(n)"; n += 1 }
        entities.append(DraftEntity(id: id, type: type, name: name, aliases: [name]))
        byKey[key] = entities.count - 1
        idIndex[id] = entities.count - 1
        return entities.count - 1
    }

    func entityByID(_ id: String) -> DraftEntity? { idIndex[id].map { entities[$0] } }

    /// Whether some entity already has this alias.
    func isClaimed(_ phrase: String) -> Bool { entities.contains { $0.has(alias: phrase) } }


    func country(named text: String) -> Country? {
        let key = TextFolding.comparable(text)
        let bare = key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
        func names(_ c: Country) -> Bool {
            c.names.contains { let n = TextFolding.comparable($0); return n == key || n == bare || n == "the " + bare }
                || c.adjectives.contains { TextFolding.comparable($0) == bare }
                || c.capital.map { TextFolding.comparable($0) == bare } == true
        }
        return articleCountries.first(where: names) ?? CountryTable.all.first(where: names)
    }

    mutating func countryEntity(_ c: Country) -> Int {
        let name = c.names.first { !$0.hasPrefix("the ") } ?? c.names[0]
        let index = entityIndex(type: .country, name: name)
        for n in c.names { entities[index].addAlias(n) }
        for a in c.adjectives { entities[index].addAlias(a) }
        if let capital = c.capital { entities[index].addAlias(capital) }
        return index
    }

    /// Classifies one run of name words and records its entity and mention.
    mutating func take(_ si: Int, _ run: Range<Int>) {
        // Ten capitalised words in a row are a heading or a shout, not a name.
        guard run.count <= 10 else { return }
        let s = sentences[si]
        // "The" before a quoted title ("The painting, “Squall off Porthcawl”"): a word like that
        // is never a name on its own.
        if run.count == 1, GeneralLexicon.functionWords.contains(s.tokens[run.lowerBound].text) { return }
        // "38 degrees Celsius": a scale, not a name.
        if let first = run.first, first > 0, ["degree", "degrees"].contains(s.tokens[first - 1].text) { return }
        var run = run
        var sex: Character?
        var courtesy: String?
        // Courtesy titles: "Mr Brandt", "Dr Ingrid Solberg".
        let nameStart = run.lowerBound
        if let first = run.first, let honorific = DraftWords.honorifics[s.tokens[first].text], run.count > 1 {
            sex = honorific
            if honorific == nil { courtesy = s.original(first) }
            run = (first + 1)..<run.upperBound
        }
        let words = run.map { s.tokens[$0].text }
        let relation = sex == nil && courtesy == nil ? self.relation(s, before: nameStart) : nil
        // "Dr Lucía Ferrándiz, Peru's Vice Minister of Cultural Heritage, welcomed ...": a title
        // set off by commas after a person's name is that person's position, and names no one.
        if sex == nil, courtesy == nil, run.contains(where: { DraftWords.titles.contains(s.tokens[$0].text) }),
           s.tokens[run.upperBound - 1].trailingPunctuation == "," || run.upperBound == s.tokens.count {
            var before = run.lowerBound - 1
            var owner: String?
            var evidenceStart = s.tokens[run.lowerBound].start
            if before >= 0, s.tokens[before].possessive {
                let ownerName = s.original(before)
                if let c = country(named: ownerName) { owner = entities[countryEntity(c)].id }
                else if let o = known(ownerName), entities[o].type != .person { owner = entities[o].id }
                evidenceStart = s.tokens[before].start
                before -= 1
            }
            if before >= 0, s.tokens[before].trailingPunctuation == ",",
               let previous = mentions.last(where: { $0.sentence == si && $0.tokens.upperBound == before + 1 }),
               entityByID(previous.entity)?.type == .person {
                positions.append((si, evidenceStart, s.tokens[run.upperBound - 1].end, previous.entity, s.text(tokens: run), owner))
                return
            }
        }
        // A title inside the run: what stands after the last title word is a person's name.
        if var lastTitle = run.last(where: { DraftWords.titles.contains(s.tokens[$0].text) }), lastTitle < run.upperBound - 1 {
            // "Secretary of State Antony Blinken": "of" and the office's field belong to the title.
            while lastTitle + 3 < run.upperBound, ["of", "for"].contains(s.tokens[lastTitle + 1].text),
                  DraftWords.portfolio.contains(s.tokens[lastTitle + 2].text) || WordNet.isWord(s.tokens[lastTitle + 2].text) {
                lastTitle += 2
            }
            var roleStart = lastTitle
            while roleStart > run.lowerBound {
                let w = s.tokens[roleStart - 1].text
                if DraftWords.titles.contains(w) || DraftWords.portfolio.contains(w) { roleStart -= 1; continue }
                if w == "of" || w == "for", roleStart - 2 >= run.lowerBound,
                   DraftWords.titles.contains(s.tokens[roleStart - 2].text) { roleStart -= 2; continue }
                // "Mission Director Ilse Varga": a word the article also writes in lower case ("the
                // mission cost"), never alone as a name, is the title's field, not its owner.
                if roleStart - 1 == run.lowerBound, lowerCaseSomewhere.contains(w), !appearsAlone(w),
                   known(s.original(roleStart - 1)) == nil, WordNet.canBe("n", w) { roleStart -= 1; continue }
                // "Regional Transport Minister Alys Penhallow": an adjective opening the sentence
                // before the title is the title's.
                if roleStart - 1 == run.lowerBound, isSentenceStart(s, roleStart - 1), Self.describesATitle(s, roleStart - 1) { roleStart -= 1; continue }
                break
            }
            // "Secretary of State": a connector and a portfolio word after the title belong to it.
            let nameRange = (lastTitle + 1)..<run.upperBound
            let personName = s.text(tokens: nameRange)
            guard !nameRange.isEmpty else { return }
            // "Mira Holt, Chief Forecaster at the Weather Office": one word for a person after the
            // title, never a name on its own in the article, ends the title; it names no one.
            if nameRange.count == 1, WordNet.isPersonNoun(s.tokens[nameRange.lowerBound].text),
               !appearsAlone(s.tokens[nameRange.lowerBound].text) { return }
            let role = s.text(tokens: roleStart..<(lastTitle + 1))
            var of: String?
            if roleStart > run.lowerBound {
                let qualifier = s.text(tokens: run.lowerBound..<roleStart)
                if let c = country(named: qualifier) {
                    of = entities[countryEntity(c)].id
                } else {
                    let type: EntityType = DraftWords.placeHeads.contains(s.tokens[roleStart - 1].text) ? .place : .organisation
                    // "Caldera Chief Executive Helen Marsh" after "Caldera Energy": the name already known.
                    let q = known(qualifier).flatMap { entities[$0].type == .person ? nil : $0 } ?? entityIndex(type: type, name: qualifier)
                    of = entities[q].id
                    mentions.append(Mention(sentence: si, tokens: run.lowerBound..<roleStart, start: s.tokens[run.lowerBound].start,
                                            end: s.tokens[roleStart - 1].end, entity: entities[q].id))
                }
            }
            let p = person(named: personName)
            if let sex { entities[p].sex = sex }
            if let courtesy, !entities[p].courtesy.contains(courtesy) { entities[p].courtesy.append(courtesy) }
            // The title itself is not put in an alias: the position fact names the person through it,
            // so that "Russian Foreign Minister Wang Yi" is checked against the position.
            let evidenceStart = s.tokens[run.lowerBound].start
            mentions.append(Mention(sentence: si, tokens: run, start: evidenceStart, end: s.tokens[run.upperBound - 1].end,
                                    entity: entities[p].id, role: (role, evidenceStart, of)))
            positions.append((si, evidenceStart, s.tokens[run.upperBound - 1].end, entities[p].id, role, of))
            return
        }
        let name = s.text(tokens: run)
        let start = s.tokens[run.lowerBound].start, end = s.tokens[run.upperBound - 1].end
        func record(_ index: Int) {
            mentions.append(Mention(sentence: si, tokens: run, start: start, end: end, entity: entities[index].id))
        }
        // "PORT ALDEN — A faulty valve ...": a dateline in capitals, the place the report is
        // filed from, named as the article names it elsewhere ("Port Alden").
        if run.lowerBound == 0, run.upperBound < s.tokens.count, s.dashBefore(run.upperBound),
           run.allSatisfy({ i in let o = s.original(i); return o == o.uppercased() && o != o.lowercased() }) {
            let titled = run.map { i in s.original(i).lowercased().capitalized }.joined(separator: " ")
            if let c = country(named: titled) { record(countryEntity(c)); return }
            record(known(titled) ?? entityIndex(type: .place, name: titled))
            return
        }
        if let c = country(named: name) { record(countryEntity(c)); return }
        // "US-China relations": two countries side by side, each a name of its own.
        if run.count > 1, run.allSatisfy({ country(named: s.original($0)) != nil }) {
            for i in run {
                guard let c = country(named: s.original(i)) else { continue }
                let index = countryEntity(c)
                mentions.append(Mention(sentence: si, tokens: i..<(i + 1), start: s.tokens[i].start, end: s.tokens[i].end, entity: entities[index].id))
            }
            return
        }
        // A name already known, or the surname or first words of one.
        if let known = known(name) {
            // "at his home in Aldersund" after "the Aldersund Philharmonic": the first word of an
            // organisation's name, alone where a place is named, is the place it is named after.
            if run.count == 1, entities[known].type == .organisation, !entities[known].has(alias: name),
               TextFolding.comparable(entities[known].name) != TextFolding.comparable(name), namesPlace(s, run.lowerBound) {
                let place = entityIndex(type: .place, name: name)
                entities[place].review.append("read as a place; \(entities[known].name) is named after it")
                record(place)
                return
            }
            // "Halden" for "Halden Rail Group", "Brandt" for "Tomas Brandt": an alias from now on.
            entities[known].addAlias(name)
            if let relation, entities[known].type == .person { recordRelative(si, s, relation, run, known) }
            record(known)
            return
        }
        guard let lastWord = words.last else { return }
        // "Vellmouth city council": lower-case words after the name that make it an organisation.
        var tail = run.upperBound
        while tail < s.tokens.count, tail < run.upperBound + 3, !s.tokens[tail].capitalized,
              s.tokens[tail - 1].trailingPunctuation == nil,
              ["city", "town", "county", "state", "regional", "district", "national", "local", "municipal", "federal"].contains(s.tokens[tail].text)
                || DraftWords.organisationTails.contains(s.tokens[tail].text) {
            tail += 1
            if DraftWords.organisationTails.contains(s.tokens[tail - 1].text) { break }
        }
        if tail > run.upperBound, DraftWords.organisationTails.contains(s.tokens[tail - 1].text) {
            let orgName = s.text(tokens: run.lowerBound..<tail)
            let o = entityIndex(type: .organisation, name: orgName)
            let head = s.tokens[tail - 1].text
            entities[o].addAlias(s.text(tokens: run.upperBound..<tail))
            if let generic = DraftWords.genericNames[head] { for g in generic { entities[o].addAlias(g) } }
            mentions.append(Mention(sentence: si, tokens: run.lowerBound..<tail, start: start, end: s.tokens[tail - 1].end, entity: entities[o].id))
            if !lowerCaseSomewhere.contains(lastWord) || !WordNet.isWord(lastWord) {
                let place = entityIndex(type: .place, name: name)
                if entities[o].represents == nil { entities[o].represents = entities[place].id }
                // "Vellmouth city council": Vellmouth is the city (or town, or county) of the article.
                if run.upperBound < tail, ["city", "town", "county", "state"].contains(s.tokens[run.upperBound].text) {
                    pendingGeneric.append(("the " + s.tokens[run.upperBound].text, place))
                }
            }
            return
        }
        let type: EntityType
        let before = run.lowerBound > 0 ? s.tokens[run.lowerBound - 1].text : ""
        let after = run.upperBound < s.tokens.count ? s.tokens[run.upperBound].text : ""
        let firstWord = words[0]
        // People are named again by their last name, organisations by their first word.
        let firstAlone = run.count > 1 && appearsAlone(firstWord)
        let lastAlone = run.count > 1 && appearsAlone(lastWord)
        // "Castellan Foods", "Fenwick Securities": a name that ends in the plural of a common noun.
        let pluralHead = run.count > 1 && lastWord.count > 4 && lastWord.hasSuffix("s") && !lastWord.hasSuffix("ss")
            && WordNet.lemmas(of: lastWord).dropFirst().contains { lemma in
                lemma.count >= 3 && WordNet.entry(for: lemma)?.concepts.contains(where: { $0.hasPrefix("~n") }) == true
            }
        if sex != nil || relation != nil { type = .person }
        // "Skyward-2", "Meridian-1": a name numbered after a hyphen is a made thing (a rocket, a
        // satellite, a model), neither a person nor a body.
        else if run.count > 1, Self.isNumbered(s, run) { type = .event }
        // "the Lindqvist Award", "his Ninth Symphony": an award or a work.
        else if run.count > 1, DraftWords.workHeads.contains(lastWord)
                    || words.indices.dropFirst().dropLast(2).contains(where: { DraftWords.workHeads.contains(words[$0]) && ["for", "in", "of"].contains(words[$0 + 1]) }) {
            type = .event
        }
        // "the outdoor clothing company Nordkapp Gear": the kind of organisation stands before it.
        else if DraftWords.organisationKinds.contains(before) { type = .organisation }
        else if DraftWords.organisationHeads.contains(lastWord) || pluralHead || (name.count >= 2 && name.count <= 6 && name == name.uppercased() && name.contains(where: \.isLetter)) { type = .organisation }
        else if DraftWords.placeHeads.contains(lastWord) || after == "based" { type = .place }
        else if firstAlone && !lastAlone { type = .organisation }
        else if lastAlone && !firstAlone && run.count <= 3 { type = .person }
        else if run.count >= 2 && run.count <= 4 && !words.contains(where: { DraftWords.organisationHeads.contains($0) })
                    && !DraftWords.placePrepositions.contains(before) && before != "the" { type = .person }
        else if DraftWords.placePrepositions.contains(before) || before == "of" { type = .place }
        else if run.count >= 2 { type = .organisation }
        else { type = appearsAfterPlacePreposition(lastWord) ? .place : .organisation }
        let index = type == .person ? person(named: name) : entityIndex(type: type, name: name)
        if let sex { entities[index].sex = sex }
        if let courtesy, entities[index].type == .person, !entities[index].courtesy.contains(courtesy) {
            entities[index].courtesy.append(courtesy)
        }
        if type != .person && type != .country && run.count == 1 && entities[index].review.isEmpty {
            entities[index].review.append("guessed to be a \(type.rawValue)")
        }
        if let relation, entities[index].type == .person {
            recordRelative(si, s, relation, run, index)
            record(index)
            return
        }
        // "winger Felipe Ortega", "Bay captain Tomas Reyes": a title in lower case before the name.
        // "chairwoman Dr Petra Lind": the title stands before the courtesy title.
        if entities[index].type == .person, run.count >= 2 {
            var roleStart = nameStart
            // A capitalised first word of the sentence is a title unless the article writes it
            // capitalised inside a sentence too ("Forward leader Tomas Reinholt": Forward is a
            // party; "Deputy chair Anil Mehta": a title).
            while roleStart > 0, !s.tokens[roleStart - 1].capitalized
                    || roleStart == 1 && DraftWords.titles.contains(s.tokens[0].text) && !capitalisedInside.contains(s.tokens[0].text),
                  s.tokens[roleStart - 1].trailingPunctuation == nil, nameStart - roleStart < 3,
                  DraftWords.titles.contains(s.tokens[roleStart - 1].text) || DraftWords.portfolio.contains(s.tokens[roleStart - 1].text) {
                roleStart -= 1
            }
            // "Chilean mountaineer Rodrigo Fuentes", "climber Ingrid Solvang": a word for a person,
            // or any noun after a nationality, describes the one named after it.
            var described = false
            if roleStart == nameStart, nameStart > 0, !s.tokens[nameStart - 1].capitalized,
               s.tokens[nameStart - 1].trailingPunctuation == nil {
                let word = s.tokens[nameStart - 1].text
                let afterNation = nameStart >= 2 && s.tokens[nameStart - 2].capitalized
                    && s.tokens[nameStart - 2].trailingPunctuation == nil && country(named: s.tokens[nameStart - 2].text) != nil
                // Not after "the": "by the Welsh painter Ifor Harrow" names the painter in passing.
                let opener = nameStart - (afterNation ? 3 : 2)
                let determined = opener >= 0 && ["the", "a", "an"].contains(s.tokens[opener].text)
                if !determined, Self.isPersonNoun(word) || (afterNation && WordNet.canBe("n", word) && !Self.isRegularPast(word)
                                               && !GeneralLexicon.functionWords.contains(word)) {
                    roleStart = nameStart - 1
                    described = true
                    // "head keeper Ruth Abernathy", "senior nurse": a rank before the word is the title's.
                    while roleStart > 0, nameStart - roleStart < 3, !s.tokens[roleStart - 1].capitalized,
                          s.tokens[roleStart - 1].trailingPunctuation == nil, Self.ranks.contains(s.tokens[roleStart - 1].text) {
                        roleStart -= 1
                    }
                }
            }
            // A courtesy title alone ("Dr Ana Ferreira" read from "Ana Ferreira") is no position.
            if roleStart < nameStart, DraftWords.titles.contains(s.tokens[nameStart - 1].text) || described,
               !(roleStart == nameStart - 1 && DraftWords.honorifics[s.tokens[roleStart].text] != nil) {
                let role = s.text(tokens: roleStart..<nameStart).lowercased()
                var of: String?
                var evidenceStart = s.tokens[roleStart].start
                // A name just before the title says what the person is of ("Bay captain", "Civic
                // Union leader"): the longest run of up to four capitalised words that names one.
                var ownerStart = roleStart
                while ownerStart > 0, roleStart - ownerStart < 4, s.tokens[ownerStart - 1].capitalized,
                      s.tokens[ownerStart - 1].trailingPunctuation == nil { ownerStart -= 1 }
                for k in ownerStart..<roleStart {
                    let words = s.text(tokens: k..<roleStart)
                    guard let owner = known(words) ?? country(named: words).map({ countryEntity($0) }),
                          entities[owner].type != .person else { continue }
                    of = entities[owner].id
                    evidenceStart = s.tokens[k].start
                    break
                }
                positions.append((si, evidenceStart, end, entities[index].id, role, of))
                mentions.append(Mention(sentence: si, tokens: run, start: start, end: end, entity: entities[index].id,
                                        role: (role, evidenceStart, of)))
                return
            }
        }
        record(index)
    }

    /// "His daughter Sigrid", "two daughters, Sigrid and Maren", "His son, Pieter,": the word for
    /// a relative before a name, back over the names a list gives before it, with the sex it tells.
    func relation(_ s: SentenceWords, before start: Int) -> (word: Int, sex: Character?)? {
        var p = start - 1
        if p >= 0, s.tokens[p].text == "and" {
            p -= 1
            while p >= 0, start - p < 8, s.tokens[p].capitalized,
                  s.tokens[p].trailingPunctuation == nil || s.tokens[p].trailingPunctuation == "," { p -= 1 }
        }
        // "his wife of 52 years, the cellist Anneliese Brenneck": a description after the relation.
        if p >= 1, Self.isPersonNoun(s.tokens[p].text), ["the", "a", "an"].contains(s.tokens[p - 1].text) {
            var k = p - 2
            if k >= 0, s.tokens[k].trailingPunctuation == "," {
                let end = k
                while k >= 0, end - k < 4, DraftWords.kinship[s.tokens[k].text] == nil, s.tokens[k].trailingPunctuation == nil || k == end { k -= 1 }
                if k >= 0, DraftWords.kinship[s.tokens[k].text] != nil, s.tokens[k].trailingPunctuation == nil || k == end { p = k }
            }
        }
        guard p >= 0, !s.tokens[p].capitalized, !s.tokens[p].quoted, let sex = DraftWords.kinship[s.tokens[p].text],
              s.tokens[p].trailingPunctuation == nil || s.tokens[p].trailingPunctuation == "," else { return nil }
        return (p, sex)
    }

    /// Records a person as someone's relative, and the sex the relation tells.
    mutating func recordRelative(_ si: Int, _ s: SentenceWords, _ relation: (word: Int, sex: Character?), _ run: Range<Int>, _ index: Int) {
        if entities[index].sex == nil, let sex = relation.sex { entities[index].sex = sex }
        relativeIDs.insert(entities[index].id)
        var role = s.tokens[relation.word].text
        if role.hasSuffix("ren") { role.removeLast(3) } else if role.hasSuffix("s"), DraftWords.kinship[String(role.dropLast())] != nil { role.removeLast() }
        // "his two daughters", "Brenneck's late wife": whose relative, past a number or an epithet.
        var k = relation.word - 1
        if k >= 0, Self.relativeEpithets.contains(s.tokens[k].text) || Int(s.tokens[k].text) != nil
            || GeneralLexicon.cardinals[s.tokens[k].text] != nil { k -= 1 }
        let owner = k >= 0 && (["his", "her"].contains(s.tokens[k].text) || s.tokens[k].possessive) ? k : nil
        let start = s.tokens[owner ?? relation.word].start
        relatives.append((si, start, s.tokens[run.upperBound - 1].end, entities[index].id, role, owner))
    }

    /// Words between "his" and a word for a relative ("his late wife", "her eldest son").
    static let relativeEpithets: Set<String> = ["late", "eldest", "youngest", "elder", "younger", "older", "only",
                                                "first", "second", "former", "estranged"]

    /// A relative's position: "his daughter" is the daughter of the last man named before her,
    /// "Brenneck's son" of Brenneck, and a relative the sentence does not attach ("is survived by
    /// ... two daughters, Sigrid and Maren") of the first person the sentence names.
    mutating func resolveRelatives() {
        let ordered = mentions.sorted { ($0.sentence, $0.start) < ($1.sentence, $1.start) }
        func isPerson(_ id: String, sex: Character?) -> Bool {
            guard let e = entityByID(id), e.type == .person else { return false }
            return sex == nil || e.sex == nil || e.sex == sex
        }
        for r in relatives {
            let s = sentences[r.sentence]
            var of: String?
            if let k = r.owner {
                let word = s.tokens[k].text
                if s.tokens[k].possessive {
                    if let o = known(s.original(k)), entities[o].type == .person { of = entities[o].id }
                } else {
                    let sex: Character = DraftWords.malePronouns.contains(word) ? "m" : "f"
                    let at = s.tokens[k].start
                    let before = ordered.filter { m in
                        (m.sentence < r.sentence || (m.sentence == r.sentence && m.start < at)) && m.entity != r.person
                    }
                    // The last one known to be of the pronoun's sex, else the last who may be.
                    of = (before.last { entityByID($0.entity).map { $0.type == .person && $0.sex == sex } == true }
                          ?? before.last { isPerson($0.entity, sex: sex) })?.entity
                }
            } else {
                of = ordered.first { m in m.sentence == r.sentence && m.start < r.start && m.entity != r.person
                    && isPerson(m.entity, sex: nil) }?.entity
            }
            guard let of, !positions.contains(where: { $0.person == r.person && $0.role == r.role }) else { continue }
            positions.append((r.sentence, r.start, r.end, r.person, r.role, of))
        }
    }

    /// Whether the word at `i` stands where a place is named: after "in", "near" or "outside"
    /// (not "a stake in"), or after "the town of".
    func namesPlace(_ s: SentenceWords, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let before = s.tokens[i - 1].text
        let twoBefore = i > 1 ? s.tokens[i - 2].text : ""
        if before == "of" { return GeneralLexicon.settlementWords.contains(twoBefore) }
        guard ["in", "near", "outside"].contains(before) else { return false }
        return !Self.holdingWords.contains(twoBefore)
    }

    /// Words before "in" that make what follows an organisation ("a stake in Halden").
    static let holdingWords: Set<String> = ["stake", "stakes", "share", "shares", "shareholding", "investment",
                                            "investments", "invested", "invest", "investing", "interest", "confidence",
                                            "trust", "faith", "role", "position", "job", "jobs", "career", "seat"]

    /// Of several people a bare surname may name, the one it names: the only one not introduced
    /// as someone's relative, or else the only one the headline names ("Halvard Brenneck ...
    /// dies at 84"; his daughter Sigrid Brenneck is "Sigrid").
    func surnameBearer(_ people: [Int]) -> Int? {
        guard people.count > 1, people.allSatisfy({ entities[$0].type == .person }) else { return nil }
        let own = people.filter { !relativeIDs.contains(entities[$0].id) }
        if own.count == 1 { return own[0] }
        let headline = Tokenizer.tokenize(title).map(\.text)
        let named = own.filter { p in
            let words = Tokenizer.tokenize(entities[p].name).map(\.text)
            guard !words.isEmpty, headline.count >= words.count else { return false }
            return (0...(headline.count - words.count)).contains { Array(headline[$0..<($0 + words.count)]) == words }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Whether a name word stands alone (not inside a longer run of names) somewhere in the article.
    func appearsAlone(_ word: String) -> Bool { aloneWords.contains(word) }

    func appearsAfterPlacePreposition(_ word: String) -> Bool { afterPlacePreposition.contains(word) }

    mutating func person(named name: String) -> Int {
        if let known = known(name), entities[known].type == .person { return known }
        return entityIndex(type: .person, name: name)
    }

    /// The entity a name stands for: the same name, a person's surname, an organisation's
    /// first words ("Halden" for "Halden Rail Group") or an alias already given.
    func known(_ name: String) -> Int? {
        let key = TextFolding.comparable(name)
        if let index = byKey[key] { return index }
        var found: [Int] = []
        var byPrefix: [Int] = [], exact: [Int] = []
        let keyWords = key.split(separator: " ").map(String.init)
        for (i, e) in entities.enumerated() {
            if e.aliasKeys.contains(key) { found.append(i); exact.append(i); continue }
            let words = e.nameWords
            if e.type == .person, words.count > 1, keyWords.count == 1, words.last == keyWords[0] { found.append(i); continue }
            // Names that put the family name first ("Wang" for Wang Yi).
            if e.type == .person, words.count == 2, keyWords.count == 1, words.first == keyWords[0] { found.append(i); continue }
            if e.type == .person, words.count > 2, keyWords.count == 2, Array(words.suffix(2)) == keyWords { found.append(i); continue }
            if e.type == .organisation, words.count > keyWords.count, Array(words.prefix(keyWords.count)) == keyWords {
                found.append(i)
                byPrefix.append(i)
                continue
            }
            // "Kharsang" for Kharsang Peak, "Orin" for Lake Orin: a place without its kind.
            if e.type == .place, words.count == 2, keyWords.count == 1,
               (DraftWords.placeHeads.contains(words[1]) && words[0] == keyWords[0])
                || (DraftWords.placeHeads.contains(words[0]) && words[1] == keyWords[0]) { found.append(i); continue }
            // "Rovers" for Millbrook Rovers, "Bay" for Kestrel Bay: the last word of a name or alias.
            if e.type == .organisation, keyWords.count == 1,
               words.count > 1 && words.last == keyWords[0] || e.aliasKeys.contains(where: { a in
                   let w = a.split(separator: " ")
                   return w.count > 1 && w.last.map(String.init) == keyWords[0]
               }) { found.append(i) }
        }
        if found.count > 1, !key.contains(" "), let bearer = surnameBearer(found) { return bearer }
        // "Merriton" where the article names Merriton Rovers and the Merriton Supporters' Trust:
        // the shortest name it begins is the one the others are named after, and once it is
        // that one's alias, it stays so.
        if found.count > 1, byPrefix.count + exact.count == found.count, exact.count <= 1,
           found.allSatisfy({ entities[$0].type == .organisation }) {
            if let alias = exact.first { return alias }
            let shortest = found.map { entities[$0].nameWords.count }.min() ?? 0
            let bases = found.filter { entities[$0].nameWords.count == shortest }
            if bases.count == 1 { return bases[0] }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// "Tomas Brandt, leader of the opposition Civic Alliance," and "Brandt, the party's leader,":
    /// a position after a person's name.
    ///
    /// With `deferringOwners`, an owner not known yet ("Tomas Reilly, the group's campaigns
    /// director," before "the animal welfare group Wild Not Caged" has given "the group" to
    /// anyone) leaves the apposition for a second pass, once descriptions have made aliases.
    mutating func findAppositions(_ si: Int, _ s: SentenceWords, _ here: [Mention], deferringOwners: Bool = false) {
        for m in here {
            guard let e = entityByID(m.entity), e.type == .person, m.role == nil else { continue }
            // A title run after the name already gave the position ("X, Peru's Vice Minister of ...,").
            if positions.contains(where: { $0.sentence == si && $0.person == m.entity }) { continue }
            let last = m.tokens.upperBound - 1
            guard last < s.tokens.count, s.tokens[last].trailingPunctuation == ",", m.tokens.upperBound < s.tokens.count else { continue }
            var i = m.tokens.upperBound
            if ["the", "a", "an"].contains(s.tokens[i].text) { i += 1 }
            // "Tom Pellow, the association's secretary,": the owner before the role.
            var possessiveOwner: String?
            if s.tokens[i - 1].text == "the" {
                var unknownOwner = false
                for k in i..<min(s.tokens.count, i + 3) where s.tokens[k].possessive {
                    if let o = known(s.text(tokens: (i - 1)..<(k + 1))) ?? known(s.text(tokens: i..<(k + 1))),
                       entities[o].type != .person {
                        possessiveOwner = entities[o].id
                        i = k + 1
                    } else {
                        unknownOwner = true
                    }
                    break
                }
                if unknownOwner, deferringOwners { continue }
            }
            guard i < s.tokens.count else { continue }
            // "Tomas Reval, for more than four hours": a preposition or a relative word opens no role.
            if GeneralLexicon.functionWords.contains(s.tokens[i].text) { continue }
            // The role: up to four words, the last of them a title word or a word for a person.
            var titleEnd: Int?
            var k = i
            while k < min(s.tokens.count, i + 4) {
                if DraftWords.titles.contains(s.tokens[k].text) || Self.isPersonNoun(s.tokens[k].text) { titleEnd = k }
                else if !DraftWords.portfolio.contains(s.tokens[k].text) && titleEnd != nil { break }
                else if !DraftWords.portfolio.contains(s.tokens[k].text) && !DraftWords.titles.contains(s.tokens[k].text) && k > i { break }
                if s.tokens[k].trailingPunctuation != nil { break }
                k += 1
            }
            // "Anneliese Brenneck, two daughters, Sigrid and Maren": a list of relatives goes on.
            guard var titleEnd, DraftWords.kinship[s.tokens[titleEnd].text] == nil else { continue }
            // "Priya Venkat, Owen Lachlan and ...": a capitalised word that is no title, alone, is a
            // name (WordNet knows "Owen" as a person), not a word for one ("Chief Forecaster" is).
            if titleEnd == i, s.tokens[i].capitalized, !DraftWords.titles.contains(s.tokens[i].text) { continue }
            // "chief of operations at the Rescue Service": the field after "of" belongs to the title.
            var fieldEnd = titleEnd
            if s.tokens[titleEnd].trailingPunctuation == nil, titleEnd + 2 < s.tokens.count, s.tokens[titleEnd + 1].text == "of" {
                var k = titleEnd + 2
                while k < min(s.tokens.count, titleEnd + 5), !s.tokens[k].capitalized, !s.tokens[k].quoted,
                      !GeneralLexicon.functionWords.contains(s.tokens[k].text), WordNet.canBe("n", s.tokens[k].text) {
                    if s.tokens[k].trailingPunctuation != nil { k += 1; break }
                    k += 1
                }
                if k > titleEnd + 2 { fieldEnd = k - 1 }
            }
            // "the Norwegian composer and conductor who led ...": a second word for the person.
            var heads = [titleEnd]
            if titleEnd + 2 < s.tokens.count, s.tokens[titleEnd].trailingPunctuation == nil, s.tokens[titleEnd + 1].text == "and",
               Self.isPersonNoun(s.tokens[titleEnd + 2].text) {
                heads.append(titleEnd + 2)
            }
            // The apposition runs to the next comma, or to "who" after a described person.
            var end = titleEnd
            var relative = false
            while end < s.tokens.count - 1, s.tokens[end].trailingPunctuation != ",", end - titleEnd < 10 {
                if ["who", "whose"].contains(s.tokens[end + 1].text), s.tokens[i - 1].text == "the" { relative = true; break }
                end += 1
            }
            guard relative || s.tokens[end].trailingPunctuation == "," || end == s.tokens.count - 1 else { continue }
            // "the Norwegian composer": a nationality before the word says whom the person is of.
            var roleStart = i
            var of = possessiveOwner
            if of == nil, i < titleEnd, s.tokens[i].capitalized, let c = country(named: s.original(i)) {
                of = entities[countryEntity(c)].id
                roleStart = i + 1
            }
            // "X, the composer," is "the composer" from now on (when no one else is).
            if s.tokens[i - 1].text == "the" {
                var claims: [String: Set<String>] = [:]
                for h in heads {
                    claims["the " + s.original(h), default: []].insert(m.entity)
                    if h == titleEnd, titleEnd > i { claims["the " + s.text(tokens: i..<(h + 1)), default: []].insert(m.entity) }
                }
                if heads.count > 1 { titleEnd = heads[1] }
                if !entities.contains(where: { e in e.id != m.entity && claims.keys.contains { e.has(alias: $0) } }) { giveUnclaimed(claims) }
            }
            let role = s.text(tokens: roleStart..<((heads.count == 1 ? fieldEnd : titleEnd) + 1))
            if of == nil, let owner = here.first(where: { $0.tokens.lowerBound > titleEnd && $0.tokens.upperBound <= end + 1 }) {
                of = owner.entity
            }
            positions.append((si, m.start, s.tokens[end].end, m.entity, role, of))
        }
    }

    /// "the construction firm Halden Rail Group": words before a name that describe it become
    /// aliases ("the construction firm", "the firm") when no other entity claims them.
    mutating func findDescriptions() {
        var claims: [String: Set<String>] = [:]
        for m in mentions {
            let s = sentences[m.sentence]
            let first = m.tokens.lowerBound
            guard let e = entityByID(m.entity), e.type == .organisation || e.type == .place else { continue }
            var k = first - 1
            var words: [Int] = []
            while k >= 0, words.count < 3, !s.tokens[k].capitalized, s.tokens[k].trailingPunctuation == nil,
                  !["the", "a", "an"].contains(s.tokens[k].text), !GeneralLexicon.functionWords.contains(s.tokens[k].text) {
                words.insert(k, at: 0)
                k -= 1
            }
            guard k >= 0, s.tokens[k].text == "the", let head = words.last else { continue }
            // The last described word must name a kind of thing (a noun WordNet knows).
            guard WordNet.canBe("n", s.tokens[head].text) else { continue }
            // ... nor be a verb's past ("the first service left Brannock").
            if let lemma = WordNet.lemma(ofIrregular: s.tokens[head].text), lemma != s.tokens[head].text, WordNet.canBe("v", lemma) { continue }
            if Self.isRegularPast(s.tokens[head].text) { continue }
            let phrase = "the " + words.map { s.original($0) }.joined(separator: " ")
            claims[phrase, default: []].insert(m.entity)
            if words.count > 1 { claims["the " + s.original(head), default: []].insert(m.entity) }
        }
        giveUnclaimed(claims)
    }

    /// "Osei said the German defender is expected to miss ...": "the", a nationality and a word
    /// for a person is the last person named in an earlier sentence and not in this one. The
    /// phrase becomes that person's alias and a position (defender, of Germany).
    mutating func findNationalDescriptions() {
        var recent: [String] = []
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        var replaced: [(sentence: Int, start: Int)] = []
        for (si, s) in sentences.enumerated() {
            let here = (bySentence[si] ?? []).sorted { $0.start < $1.start }
            for m in here where m.tokens.count == 1 {
                let i = m.tokens.lowerBound
                guard i > 0, i + 1 < s.tokens.count, s.tokens[i - 1].text == "the", s.tokens[i].trailingPunctuation == nil,
                      let e = entityByID(m.entity), e.type == .country,
                      TextFolding.comparable(s.original(i)) != TextFolding.comparable(e.name) else { continue }
                let noun = s.tokens[i + 1]
                // "by the Norwegian conductor Ingrid Solberg": the name after it is the one described.
                guard !noun.capitalized, Self.isPersonNoun(noun.text), !here.contains(where: { $0.tokens.lowerBound == i + 2 }),
                      let person = recent.last(where: { id in entityByID(id)?.type == .person && !here.contains { $0.entity == id } }),
                      let index = idIndex[person] else { continue }
                let phrase = s.text(tokens: (i - 1)..<(i + 2))
                entities[index].addAlias(phrase)
                positions.append((si, s.tokens[i - 1].start, noun.end, person, noun.text, e.id))
                replaced.append((si, m.start))
                mentions.append(Mention(sentence: si, tokens: (i - 1)..<(i + 2), start: s.tokens[i - 1].start, end: noun.end, entity: person))
            }
            recent += here.map(\.entity)
        }
        mentions.removeAll { m in replaced.contains { $0.sentence == m.sentence && $0.start == m.start && m.tokens.count == 1 } }
    }

    /// "rejected", "approved": a verb's regular past, which describes no kind of thing.
    /// Whether token `i` is an adjective and nothing else in the language ("regional", "federal")
    /// before a title's word or a portfolio's ("Regional Transport Minister").
    static func describesATitle(_ s: SentenceWords, _ i: Int) -> Bool {
        let word = s.tokens[i].text
        guard i + 1 < s.tokens.count, s.tokens[i].trailingPunctuation == nil, WordNet.canBe("a", word), !WordNet.canBe("n", word),
              !WordNet.canBe("v", word) else { return false }
        let next = s.tokens[i + 1].text
        return DraftWords.titles.contains(next) || DraftWords.portfolio.contains(next)
    }

    static func isRegularPast(_ word: String) -> Bool {
        guard word.count > 4, word.hasSuffix("ed") else { return false }
        return WordNet.lemmas(of: word).contains { $0 != word && WordNet.canBe("v", $0) }
    }

    /// A word for a person: a title ("defender", "spokesman"), a word for someone by what they
    /// do ("player", "teacher"), one ending as "scientist" or "politician" do, or one whose
    /// most frequent noun sense WordNet files as a person ("composer", "widow") and that is no
    /// kind of organisation too ("a German parts maker").
    /// Whether a run of name words ends in a number joined by a hyphen ("Meridian-1").
    static func isNumbered(_ s: SentenceWords, _ run: Range<Int>) -> Bool {
        guard run.count > 1, let last = run.last else { return false }
        return s.tokens[last].text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            && s.text(s.tokens[last - 1].end, s.tokens[last].start) == "-"
    }

    /// Words that rank a person's role ("head keeper", "senior nurse", "chief engineer").
    static let ranks: Set<String> = ["head", "chief", "senior", "junior", "assistant", "deputy", "lead", "principal", "acting"]

    static func isPersonNoun(_ word: String) -> Bool {
        if DraftWords.titles.contains(word) || DraftWords.personNouns.contains(word) { return true }
        return word.count >= 6 && (word.hasSuffix("ist") || word.hasSuffix("ian")) && WordNet.canBe("n", word)
            || WordNet.isPersonNoun(word) && !DraftWords.organisationKinds.contains(word)
    }

    /// A person's sex from the pronoun that next refers back to them: "he" in the sentence after
    /// the only person just named.
    mutating func inferSexes() {
        var recent: [String] = []
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for (si, s) in sentences.enumerated() {
            let here = (bySentence[si] ?? []).sorted { $0.start < $1.start }
            for (i, t) in s.tokens.enumerated() where !t.quoted {
                let isMale = DraftWords.malePronouns.contains(t.text), isFemale = DraftWords.femalePronouns.contains(t.text)
                guard isMale || isFemale else { continue }
                // "Fuentes refused to rule out joining her": an object pronoun is never the
                // subject of its own clause, so it looks back past the sentence's own people.
                let next = i + 1 < s.tokens.count ? s.tokens[i + 1].text : ""
                let object = t.text == "him" || (t.text == "her" && (t.trailingPunctuation != nil || next.isEmpty
                    || Self.wordsAfterAnObject.contains(next)))
                let before = object ? [] : here.filter { $0.tokens.upperBound <= i }.map(\.entity)
                // The last person named whose sex is not already known to be the other one
                // ("congratulated Halden ... She said": not Halden, whom "he" already names).
                let sexOfPronoun: Character = isMale ? "m" : "f"
                let candidates = (recent.suffix(20) + before).filter { id in
                    guard let e = entityByID(id), e.type == .person else { return false }
                    return e.sex == nil || e.sex == sexOfPronoun
                }
                guard let last = candidates.last, let index = idIndex[last] else { continue }
                if entities[index].sex == nil { entities[index].sex = isMale ? "m" : "f" }
            }
            recent += here.map(\.entity)
        }
    }

    /// Words after "her" that show it is an object ("joining her to", "told her that"), not a
    /// possessive ("her team").
    static let wordsAfterAnObject: Set<String> = ["to", "and", "or", "but", "in", "on", "at", "for", "with", "as",
                                                  "that", "after", "before", "if", "when", "about", "from", "by"]

    /// Generic names a reader gives the company an article is about, whoever its name.
    static let openGenericNames = ["the company", "the firm", "the business"]
    /// Kinds of organisation that are not a company: one the article calls "the consumer group"
    /// or "the union" is not "the company".
    static let otherKinds: Set<String> = ["group", "union", "party", "charity", "association", "council", "authority", "agency",
                                          "committee", "board", "regulator", "ministry", "department", "campaign", "coalition",
                                          "watchdog", "court", "university", "school", "hospital", "panel", "club", "federation"]

    /// Lower-case words that open a surname ("van Lier", "de la Cruz" keeps its last two).
    static let surnameParticles: Set<String> = ["van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "al", "bin", "ter", "ten"]

    /// Surnames, courtesy titles and organisations' generic names.
    mutating func addGeneratedAliases() {
        let people = entities.indices.filter { entities[$0].type == .person }
        for p in people {
            let words = entities[p].name.split(separator: " ").map(String.init)
            guard words.count > 1, var surname = words.last else { continue }
            // "Pieter van Lier": the particle belongs to the surname.
            if words.count > 2, Self.surnameParticles.contains(words[words.count - 2]) {
                surname = words[words.count - 2] + " " + surname
            }
            let bearers = people.filter { q in entities[q].name.split(separator: " ").last.map(String.init) == surname }
            if bearers.count > 1 {
                guard surnameBearer(bearers) == p else {
                    entities[p].review.append("another person has the surname '\(surname)'; the surname alone is not an alias")
                    continue
                }
                entities[p].review.append("the surname '\(surname)' alone is read as this person, whom the others are named after")
            }
            entities[p].addAlias(surname)
            if let particle = surname.split(separator: " ").first, surname.contains(" "), let initial = particle.first {
                entities[p].addAlias(String(initial).uppercased() + surname.dropFirst())
            }
            for title in entities[p].courtesy {
                entities[p].addAlias(title + " " + surname)
                if !title.hasSuffix("."), title.count <= 4 { entities[p].addAlias(title + ". " + surname) }
            }
            switch entities[p].sex {
            case "m": entities[p].addAlias("Mr " + surname); entities[p].addAlias("Mr. " + surname)
            case "f": entities[p].addAlias("Ms " + surname); entities[p].addAlias("Ms. " + surname); entities[p].addAlias("Mrs " + surname)
            default: break
            }
        }
        // "Kharsang Peak" is "Kharsang" where the article writes that alone; "Lake Orin", "Orin".
        for i in entities.indices where entities[i].type == .place {
            let words = entities[i].name.split(separator: " ").map(String.init)
            guard words.count == 2 else { continue }
            let lower = words.map { TextFolding.comparable($0) }
            if DraftWords.placeHeads.contains(lower[1]), appearsAlone(lower[0]) { entities[i].addAlias(words[0]) }
            if DraftWords.placeHeads.contains(lower[0]), appearsAlone(lower[1]) { entities[i].addAlias(words[1]) }
        }
        var generic: [String: [Int]] = [:]
        for i in entities.indices where entities[i].type == .organisation {
            guard let head = entities[i].name.split(separator: " ").last.map({ TextFolding.comparable(String($0)) }),
                  let names = DraftWords.genericNames[head] else { continue }
            for n in names { generic[n, default: []].append(i) }
        }
        for (name, entity) in pendingGeneric { generic[name, default: []].append(entity) }
        // "The company said ..." in an article whose organisations' names say no kind ("Kestrel
        // Market"): the phrase is open to every organisation, and the headline or the count of
        // mentions decides below.
        let organisations = entities.indices.filter { entities[$0].type == .organisation }
        for phrase in Self.openGenericNames where generic[phrase] == nil && organisations.count > 1 {
            // Not an organisation the article already calls something else ("the consumer group
            // Power Watch" is no company).
            let kinded = Set(generic.filter { $0.key != phrase }.values.joined())
            let organisations = organisations.filter { i in
                !kinded.contains(i) && !entities[i].aliases.contains { a in
                    let words = TextFolding.comparable(a).split(separator: " ")
                    return words.count >= 2 && words.first == "the" && words.last.map { Self.otherKinds.contains(String($0)) } == true
                }
            }
            guard !organisations.isEmpty else { continue }
            let words = phrase.split(separator: " ").map(String.init)
            let used = sentences.contains { s in
                s.tokens.indices.dropLast().contains { i in s.tokens[i].text == words[0] && s.tokens[i + 1].text == words[1] }
            }
            if used, !isClaimed(phrase) {
                generic[phrase] = organisations
            }
        }
        // "the liberal Forward party": a name followed by the kind of thing it is, in lower case,
        // is one of the things "the party" may mean.
        for m in mentions {
            let s = sentences[m.sentence]
            guard m.tokens.upperBound < s.tokens.count, let index = idIndex[m.entity], entities[index].type == .organisation,
                  s.tokens[m.tokens.upperBound - 1].trailingPunctuation == nil, !s.tokens[m.tokens.upperBound].capitalized,
                  let names = DraftWords.genericNames[s.tokens[m.tokens.upperBound].text] else { continue }
            for n in names where !(generic[n] ?? []).contains(index) { generic[n, default: []].append(index) }
        }
        var mentionCount: [String: Int] = [:]
        for m in mentions { mentionCount[m.entity, default: 0] += 1 }
        for (name, owners) in generic.sorted(by: { $0.key < $1.key }) {
            let distinct = Array(Set(owners)).sorted()
            if distinct.count == 1 { entities[distinct[0]].addAlias(name); continue }
            // "the company" in a story about one company and its rivals is that company, when it is
            // named at least twice as often as any other.
            let ranked = distinct.sorted { (mentionCount[entities[$0].id] ?? 0, entities[$1].id) > (mentionCount[entities[$1].id] ?? 0, entities[$0].id) }
            let first = mentionCount[entities[ranked[0]].id] ?? 0, second = mentionCount[entities[ranked[1]].id] ?? 0
            // ... or the one the headline names.
            let headline = " " + TextFolding.comparable(title) + " "
            let inHeadline = distinct.filter { i in entities[i].aliases.contains { headline.contains(" " + TextFolding.comparable($0) + " ") } }
            if inHeadline.count == 1 {
                entities[inHeadline[0]].addAlias(name)
                entities[inHeadline[0]].review.append("'\(name)' is taken to mean \(entities[inHeadline[0]].name), the one the headline names")
            } else if first >= 2 * max(second, 1) {
                entities[ranked[0]].addAlias(name)
                entities[ranked[0]].review.append("'\(name)' is taken to mean \(entities[ranked[0]].name), the one named most often")
            }
        }
        // An alias two entities claim names neither.
        var owners: [String: [Int]] = [:]
        for i in entities.indices { for a in entities[i].aliases { owners[TextFolding.comparable(a), default: []].append(i) } }
        for (alias, list) in owners.sorted(by: { $0.key < $1.key }) where Set(list).count > 1 {
            for i in Set(list).sorted() {
                let own = TextFolding.comparable(entities[i].name)
                entities[i].aliases.removeAll { TextFolding.comparable($0) == alias && own != alias }
            }
        }
    }
}
