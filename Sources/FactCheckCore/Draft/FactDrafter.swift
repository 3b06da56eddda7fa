/// A fact as the drafter writes it, before it is read back as a bank.
struct DraftFact: Sendable {
    var id: String
    var category: FactCategory
    var sentence: Int
    var subject: String?
    var predicate: String?
    var object: String?
    var what: String?
    var when: FactDate?
    var positive = true
    var quote: String?
    var role: String?
    var of: String?
    var topics: [String] = []
    var evidence: String
    var statement: String
    var certainty: Certainty = .stated
    var quantities: [Quantity] = []
    var ordinal: Int?
    var place: String?
    var review: [String] = []
}

/// Drafts the facts of an article from its sentences and the names found in them: positions,
/// quotes with their speakers, one fact per clause (who did what, with its date, values, place
/// and certainty), relative clauses and lists of topics.
struct FactDrafter {
    var names: NameFinder
    let sentences: [SentenceWords]
    let analyzer: Analyzer
    var facts: [DraftFact] = []
    var usedIDs: Set<String> = []
    /// Positions already drafted (holder and role), and the people who have one.
    var positionKeys: Set<String> = []
    var peopleWithPositions: Set<String> = []
    /// The article's text, indexed: the loader ties evidence to the sentence of its first
    /// occurrence, so a fact's evidence must first occur in its own sentence.
    let locator: EvidenceLocator
    /// The article's text, to tell where a paragraph ends.
    let articleScalars: [Unicode.Scalar]
    /// The names of each sentence, in reading order.
    let mentionsBySentence: [Int: [Mention]]

    init(names: NameFinder, sentences: [SentenceWords], articleText: String) {
        self.names = names
        self.sentences = sentences
        analyzer = Analyzer(lexicon: Lexicon(), aliases: [], extraVocabulary: [])
        locator = EvidenceLocator(TextFolding.comparable(articleText))
        articleScalars = Array(articleText.unicodeScalars)
        mentionsBySentence = Dictionary(grouping: names.mentions, by: \.sentence).mapValues { $0.sorted { $0.start < $1.start } }
    }

    func entity(_ id: String) -> DraftEntity? { names.entityByID(id) }
    func displayName(_ id: String) -> String { entity(id)?.name ?? id }

    mutating func newID(_ base: String) -> String {
        let stem = ArticleInput.slug(base)
        var id = String(stem.prefix(40))
        while id.hasSuffix("-") { id.removeLast() }
        var n = 2
        while usedIDs.contains(id) { id = String(stem.prefix(40)) + "-\(n)"; n += 1 }
        usedIDs.insert(id)
        return id
    }

    /// Whether `text` first occurs in sentence `si`, so that the loader ties it to that sentence.
    func occursFirst(_ text: String, in si: Int) -> Bool {
        guard let range = locator.firstOccurrence(of: TextFolding.comparable(text)) else { return false }
        let span = sentences[si].sentence.span
        return span.start <= range.lowerBound && range.upperBound <= span.end
    }

    /// What the speaker resolver is asked for a description of a person ("the 24-year-old").
    static let describedPerson = "#person"

    /// Words that join two clauses after a comma ("..., and the council agreed ...").
    static let joiners: Set<String> = ["and", "but", "while", "although", "though", "whereas"]

    /// Sentences longer than this many words are not taken apart.
    static let longestSentence = 150

    mutating func draft() {
        var lastSubject: String?
        var lastBySex: [Character: String] = [:]
        var lastOrganisation: String?
        // The people the sentence before named.
        var lastPeople: [String] = []
        let types = Dictionary(names.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        for (si, s) in sentences.enumerated() {
            let mentions = mentionsBySentence[si] ?? []
            let before = facts.count
            // A "sentence" of hundreds of words is no sentence a reader wrote: it is kept whole.
            if s.tokens.count > Self.longestSentence {
                let text = TextFolding.trimmed(s.sentence.text)
                facts.append(DraftFact(id: newID("sentence-\(si + 1)"), category: .event, sentence: si,
                                       evidence: text, statement: Self.asStatement(text),
                                       review: ["a sentence of \(s.tokens.count) words: read as a whole, not clause by clause"]))
                continue
            }
            draftPositions(si, s)
            draftBases(si, s)
            let speakerResolver = { (pronoun: String) -> String? in
                if DraftWords.malePronouns.contains(pronoun) { return lastBySex["m"] }
                if DraftWords.femalePronouns.contains(pronoun) { return lastBySex["f"] }
                // "The 24-year-old Danish international has signed": a description of a person
                // stands for the person the last sentence was about.
                if pronoun == Self.describedPerson {
                    if let subject = lastSubject, types[subject] == .person { return subject }
                    return lastPeople.count == 1 ? lastPeople.first : nil
                }
                if ["it", "its"].contains(pronoun) {
                    // The last subject when it is a body or a thing ("The satellite separated ...
                    // it is expected to stay in service"), else the last body named.
                    if let subject = lastSubject, types[subject] == .organisation || types[subject] == .event { return subject }
                    return lastOrganisation
                }
                return nil
            }
            draftQuotes(si, s, mentions: mentions, resolve: speakerResolver, fallback: lastSubject)
            draftClauses(si, s, mentions: mentions, resolve: speakerResolver, fallback: lastSubject)
            draftRelativeClauses(si, s, mentions: mentions)
            draftAges(si, s, mentions: mentions)
            if facts.count == before || !facts[before...].contains(where: { $0.sentence == si }) {
                // Every sentence is evidence for something: the sentence as a whole.
                let text = TextFolding.trimmed(s.sentence.text)
                facts.append(DraftFact(id: newID("sentence-\(si + 1)"), category: .event, sentence: si,
                                       subject: mentions.first?.entity, evidence: text, statement: Self.asStatement(text),
                                       review: ["no clause of this sentence could be read; the fact is the whole sentence"]))
            }
            for m in mentions {
                guard let e = entity(m.entity) else { continue }
                if e.type == .person, let sex = e.sex { lastBySex[sex] = e.id }
                if e.type == .organisation { lastOrganisation = e.id }
            }
            if let subject = facts[before...].first(where: { $0.sentence == si && $0.subject != nil })?.subject { lastSubject = subject }
            lastPeople = Array(Set(mentions.filter { entity($0.entity)?.type == .person }.map(\.entity)))
        }
    }

    /// People who speak or act for the one named after "for": "lawyers for the authority".
    static let agentsFor: Set<String> = ["lawyer", "lawyers", "counsel", "attorney", "attorneys", "spokesman",
                                         "spokeswoman", "spokesperson", "representative", "representatives",
                                         "advocate", "advocates", "solicitor", "solicitors", "barrister", "barristers"]

    // MARK: Positions

    mutating func draftPositions(_ si: Int, _ s: SentenceWords) {
        for p in names.positions where p.sentence == si {
            let evidence = s.text(p.start, p.end)
            let key = p.person + "\u{0}" + TextFolding.comparable(p.role)
            guard occursFirst(evidence, in: si) || !peopleWithPositions.contains(p.person) else { continue }
            if positionKeys.contains(key) { continue }
            positionKeys.insert(key)
            peopleWithPositions.insert(p.person)
            var statement = "\(displayName(p.person)) is the \(p.role.lowercased())"
            if let of = p.of { statement += " of \(displayName(of))" }
            // "Chilean mountaineer Rodrigo Fuentes": a description with a nationality, not an office.
            if let of = p.of, names.entityByID(of)?.type == .country, !DraftWords.titles.contains(p.role.lowercased()),
               let adjective = names.country(named: displayName(of))?.adjectives.first {
                let article = "aeiou".contains(adjective.lowercased().first ?? "x") ? "an" : "a"
                statement = "\(displayName(p.person)) is \(article) \(adjective) \(p.role.lowercased())"
            }
            facts.append(DraftFact(id: newID(displayName(p.person) + " position"), category: .position, sentence: si,
                                   subject: p.person, role: p.role, of: p.of,
                                   evidence: occursFirst(evidence, in: si) ? evidence : TextFolding.trimmed(s.sentence.text),
                                   statement: statement + "."))
        }
    }

    /// "Kestrel Market, a Dutch online retailer based in Rotterdam,": where the organisation is based.
    mutating func draftBases(_ si: Int, _ s: SentenceWords) {
        for b in names.bases where b.sentence == si {
            let evidence = s.text(b.start, b.end)
            guard occursFirst(evidence, in: si) else { continue }
            facts.append(DraftFact(id: newID(displayName(b.entity) + " base"), category: .topic, sentence: si,
                                   subject: b.entity, predicate: "base", evidence: evidence,
                                   statement: "\(displayName(b.entity)) is based in \(s.text(b.placeStart, b.end)).", place: b.place))
        }
    }

    // MARK: Quotes

    /// Spans between double quotes in a sentence (scalar offsets of the words inside).
    static func quoteSpans(_ s: SentenceWords) -> [(start: Int, end: Int)] {
        var spans: [(Int, Int)] = []
        var open: Int?
        for (i, c) in s.scalars.enumerated() where TextFolding.foldScalar(c) == "\"" {
            if let o = open { spans.append((o + 1, i)); open = nil } else { open = i }
        }
        // A quotation that opens in this sentence and closes in a later one, or the other way round.
        if let o = open { spans.append((o + 1, s.scalars.count)) }
        return spans
    }

    mutating func draftQuotes(_ si: Int, _ s: SentenceWords, mentions: [Mention], resolve: (String) -> String?, fallback: String?) {
        for (start, end) in Self.quoteSpans(s) {
            var text = TextFolding.trimmed(s.text(start, end))
            while let last = text.last, ",.;:".contains(last) { text.removeLast() }
            guard text.split(separator: " ").count >= 4 else { continue }
            // The speaker: a name or pronoun next to a speech verb outside the quotation.
            var speaker: String?
            var review: [String] = []
            let outside = s.tokens.indices.filter { s.tokens[$0].start < start - 1 || s.tokens[$0].start > end }
            if let verb = outside.first(where: { DraftWords.speechVerbs.contains(s.tokens[$0].text) }) {
                let near = mentions.filter { m in !(start...end).contains(m.start) && entity(m.entity)?.type == .person }
                if let m = near.min(by: { abs($0.tokens.lowerBound - verb) < abs($1.tokens.lowerBound - verb) }) {
                    speaker = m.entity
                } else if let pronoun = outside.first(where: { DraftWords.malePronouns.contains(s.tokens[$0].text) || DraftWords.femalePronouns.contains(s.tokens[$0].text) }) {
                    speaker = resolve(s.tokens[pronoun].text)
                    if speaker != nil { review.append("the speaker is read from '\(s.original(pronoun))'") }
                } else if let m = mentions.first(where: { !(start...end).contains($0.start) }) {
                    speaker = m.entity
                }
            }
            if speaker == nil {
                speaker = fallback
                review.append(speaker == nil ? "no speaker found for this quotation" : "the speaker is a guess (the last person the article spoke of)")
            }
            guard occursFirst(text, in: si) else { continue }
            let who = speaker.map(displayName) ?? "Someone"
            facts.append(DraftFact(id: newID((speaker ?? "quote") + " quote"), category: .quote, sentence: si,
                                   subject: speaker, predicate: "say", quote: text, evidence: text,
                                   statement: "\(who) said: \u{201C}\(text)\u{201D}", review: review))
        }
    }

    // MARK: Clauses

    /// The clauses of a sentence as scalar ranges, quotations left out: cut at ";", and at ", and",
    /// ", but", ", while", ", although" when a verb follows, and at ", Name verb" after a verb.
    func clauses(_ s: SentenceWords) -> [Range<Int>] {
        let quotes = Self.quoteSpans(s)
        func inQuote(_ offset: Int) -> Bool { quotes.contains { $0.start - 1 <= offset && offset <= $0.end } }
        var cuts: [Int] = [0]
        for (i, t) in s.tokens.enumerated() where i > 0 && !inQuote(t.start) {
            let previous = s.tokens[i - 1]
            if previous.trailingPunctuation == ";" { cuts.append(i); continue }
            if previous.trailingPunctuation == ",", Self.joiners.contains(t.text),
               hasVerb(s, from: i + 1, limit: 6) {
                cuts.append(i)
            } else if previous.trailingPunctuation == ",", ["after", "before", "when", "because", "since", "until", "as"].contains(t.text),
                      hasVerb(s, from: i + 1, limit: 8) {
                cuts.append(i)
            } else if t.text == "when" || t.text == "after" || t.text == "because" || t.text == "before", previous.trailingPunctuation == nil,
                      i + 1 < s.tokens.count, s.tokens[i + 1].capitalized || GeneralLexicon.subjectPronouns.contains(s.tokens[i + 1].text),
                      hasVerb(s, from: i + 2, limit: 4) {
                // "back in front in the 44th minute when Callum Ashdown converted a penalty".
                cuts.append(i)
            } else if previous.trailingPunctuation == ",", Self.isParticiple(s, i),
                      (cuts[cuts.count - 1]..<i).contains(where: { Self.isFiniteVerb(s, $0) }) {
                // Not after a bare subject: "Reyes, lifting the trophy ..., dedicated ..." is one clause.
                // "met Wang on Thursday, issuing a stern warning": what the same subject did.
                cuts.append(i)
            } else if previous.trailingPunctuation == ",", t.capitalized, !Self.isFiniteVerb(s, i),
                      (cuts[cuts.count - 1]..<i).contains(where: { Self.isFiniteVerb(s, $0) }),
                      (i + 1..<min(s.tokens.count, i + 3)).contains(where: { Self.isFiniteVerb(s, $0) }) {
                // "won the first and fourth games, Reiner took the third": another subject's clause
                // after a comma.
                cuts.append(i)
            } else if t.text == "but", previous.trailingPunctuation == nil, hasVerb(s, from: i + 1, limit: 2) {
                // "would save $85 million a year but would bring a charge of $130 million"
                cuts.append(i)
            } else if t.text == "and", previous.trailingPunctuation == nil, Self.opensShortClause(s, after: i),
                      (cuts[cuts.count - 1]..<i).contains(where: { Self.isFiniteVerb(s, $0) }) {
                // "52.4 percent of voters backed the project and 47.6 percent opposed it", "Reiner
                // took the third and the second was drawn": another subject's clause, a figure or
                // a short noun phrase before its own verb.
                cuts.append(i)
            } else if t.text == "and", previous.trailingPunctuation == nil, i + 1 < s.tokens.count, Self.isFiniteVerb(s, i + 1),
                      s.tokens[i + 1].text.hasSuffix("ed") || WordNet.lemma(ofIrregular: s.tokens[i + 1].text) != nil {
                // "He said the city had not published ... and urged councillors to ...": a second
                // verb of the same subject.
                cuts.append(i)
            }
        }
        if let opener = Self.participleOpener(s) { cuts.append(opener + 1) }
        cuts = Array(Set(cuts)).sorted()
        var ranges: [Range<Int>] = []
        for (k, cut) in cuts.enumerated() {
            let endToken = k + 1 < cuts.count ? cuts[k + 1] : s.tokens.count
            // Quotations inside the clause are dropped from its token range.
            let tokens = (cut..<endToken).filter { !inQuote(s.tokens[$0].start) }
            guard let first = tokens.first, let last = tokens.last else { continue }
            ranges.append(first..<(last + 1))
        }
        return ranges
    }

    /// "Born in 1941 in Tervik, Brenneck studied ...", "Asked about the delay, she said ...": a
    /// past participle that opens the sentence and runs to a comma, before a name or a pronoun,
    /// is a clause of its own about that subject. The index of the token before the comma.
    static func participleOpener(_ s: SentenceWords) -> Int? {
        guard s.tokens.count > 4, !s.tokens[0].quoted else { return nil }
        let word = s.tokens[0].text
        guard word.hasSuffix("ed") || WordNet.lemma(ofIrregular: word) != nil, lemma(word) != word, isVerb(lemma(word)),
              !GeneralLexicon.finiteVerbForms.contains(word),
              let comma = (1..<min(s.tokens.count - 2, 16)).first(where: { s.tokens[$0].trailingPunctuation != nil }),
              s.tokens[comma].trailingPunctuation == ",", !(1...comma).contains(where: { isFiniteVerb(s, $0) }) else { return nil }
        let next = s.tokens[comma + 1]
        guard next.capitalized || GeneralLexicon.subjectPronouns.contains(next.text), hasVerbAfter(s, comma + 2) else { return nil }
        return comma
    }

    /// After "and": a figure or "the"/"its"/"their" with at most two more words, then a finite
    /// verb ("and 47.6 percent opposed it", "and the second was drawn").
    static func opensShortClause(_ s: SentenceWords, after i: Int) -> Bool {
        guard i + 2 < s.tokens.count else { return false }
        let first = s.tokens[i + 1]
        let opensSubject = first.text.first?.isNumber == true || ["the", "its", "their"].contains(first.text)
        guard opensSubject, !first.quoted else { return false }
        for v in (i + 2)..<min(s.tokens.count, i + 5) {
            // (No comma inside the subject, and no name: "and the Civic Union's leader said" is
            // the drafter's other cut.)
            if s.tokens[v - 1].trailingPunctuation != nil || s.tokens[v].capitalized { return false }
            let word = s.tokens[v].text
            if ["was", "were", "is", "are", "had", "has", "will"].contains(word) || word.count >= 4 && word.hasSuffix("ed") && isFiniteVerb(s, v) {
                return true
            }
            if isFiniteVerb(s, v) { return false }
        }
        return false
    }

    static func hasVerbAfter(_ s: SentenceWords, _ from: Int) -> Bool {
        (from..<min(s.tokens.count, from + 6)).contains { isFiniteVerb(s, $0) }
    }

    /// Whether a finite verb stands within `limit` tokens from `from`.
    func hasVerb(_ s: SentenceWords, from: Int, limit: Int) -> Bool {
        var i = from
        while i < min(s.tokens.count, from + limit) {
            if Self.isFiniteVerb(s, i) || Self.isPresentVerb(s, i) { return true }
            i += 1
        }
        return false
    }

    static let prepositions: Set<String> = ["of", "for", "to", "in", "at", "from", "by", "with", "on", "about", "against", "into",
                                            "over", "under", "after", "before", "between", "among", "than"]

    /// A verb in the present tense without an ending of its own, known by what stands before
    /// it: "they host", "The champions return", "Millbrook travel".
    static func isPresentVerb(_ s: SentenceWords, _ i: Int) -> Bool {
        guard i > 0, !s.tokens[i].capitalized, s.tokens[i - 1].trailingPunctuation == nil else { return false }
        let word = s.tokens[i].text
        guard word.count >= 3, !GeneralLexicon.functionWords.contains(word), isVerb(word), lemma(word) == word else { return false }
        let previous = s.tokens[i - 1]
        if GeneralLexicon.subjectPronouns.contains(previous.text) { return previous.text != "it" }
        if previous.capitalized { return i >= 2 || !["The", "A", "An"].contains(s.original(i - 1)) }
        // "the champions return": a plural noun after an article.
        return i >= 2 && previous.text.hasSuffix("s") && ["the", "its", "their", "his", "her"].contains(s.tokens[i - 2].text)
            && WordNet.canBe("n", previous.text)
    }

    /// The verb that carries the meaning after auxiliaries and adverbs: "have now lost" → lost.
    static func contentVerb(_ s: SentenceWords, from i: Int, end: Int) -> Int {
        var k = i
        while k < end, ["has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do", "can", "could",
                        "should", "may", "might", "must", "not", "also", "been", "be", "already", "never", "n't", "still", "now",
                        "recently", "previously", "once", "later"].contains(s.tokens[k].text) {
            k += 1
        }
        return k <= end && (isFiniteVerb(s, k) || isVerb(s.tokens[k].text)) ? k : i
    }

    /// A present participle that opens a clause of its own ("issuing", "saying"), not a
    /// preposition made from one ("including", "according").
    /// "A six-member expedition led by Ingrid Solvang turned back": a participle and "by" after
    /// a noun describe it; the clause's verb comes later (when one does, before `end`).
    static func isReducedPassive(_ s: SentenceWords, _ i: Int, before end: Int) -> Bool {
        guard i > 0, i + 1 < s.tokens.count, s.tokens[i + 1].text == "by",
              !["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "get", "got", "gets", "not"].contains(s.tokens[i - 1].text)
        else { return false }
        return (i + 2..<min(end + 1, s.tokens.count)).contains { isFiniteVerb(s, $0) && !s.tokens[$0].quoted }
    }

    /// Whether the verb at `i` is a past participle in the passive: after a form of "be"
    /// ("was brokered", "has been approved"), or opening a clause after a comma ("Under the
    /// deal, brokered over eight months by Aldessa").
    static func isPassive(_ s: SentenceWords, _ i: Int) -> Bool {
        let word = s.tokens[i].text
        guard word.hasSuffix("ed") || word.hasSuffix("en") || WordNet.lemma(ofIrregular: word) != nil else { return false }
        var k = i - 1
        while k >= 0, ["not", "never", "also", "already", "being", "been", "n't"].contains(s.tokens[k].text), s.tokens[k].trailingPunctuation == nil {
            if ["being", "been"].contains(s.tokens[k].text) { return true }
            k -= 1
        }
        if k >= 0, ["was", "were", "is", "are", "be", "get", "got", "gets"].contains(s.tokens[k].text), s.tokens[k].trailingPunctuation == nil { return true }
        return i == 0 || s.tokens[i - 1].trailingPunctuation == ","
    }

    static func isParticiple(_ s: SentenceWords, _ i: Int) -> Bool {
        let word = s.tokens[i].text
        guard word.count > 5, word.hasSuffix("ing"), !s.tokens[i].capitalized,
              !["including", "according", "following", "regarding", "concerning", "during", "notwithstanding", "pending", "excluding"].contains(word) else { return false }
        return WordNet.canBe("v", word)
    }

    /// A verb form that can carry a clause: "met", "approved", "is", "says", "will".
    static func isFiniteVerb(_ s: SentenceWords, _ i: Int) -> Bool {
        let t = s.tokens[i]
        if t.capitalized && i > 0 { return false }
        let word = t.text
        if GeneralLexicon.finiteVerbForms.contains(word) { return true }
        if i > 0, ["the", "a", "an", "his", "her", "its", "their", "this", "that"].contains(s.tokens[i - 1].text) { return false }
        if word.count >= 4, word.hasSuffix("ed") || WordNet.lemma(ofIrregular: word) != nil {
            // "levelled", "travelled": WordNet's rules do not undo a doubled consonant; the lemma does.
            if isVerb(word) || isVerb(lemma(word)) { return true }
            // A verb WordNet knows only in rare senses, right after a name or a pronoun:
            // "Tomas Reyes levelled".
            if word.hasSuffix("ed"), i > 0, s.tokens[i - 1].trailingPunctuation == nil,
               s.tokens[i - 1].capitalized && i > 1 || GeneralLexicon.subjectPronouns.contains(s.tokens[i - 1].text) {
                return true
            }
        }
        return false
    }

    /// Whether WordNet knows the word (or a form it is an inflection of) as a verb.
    static func isVerb(_ word: String) -> Bool {
        WordNet.canBe("v", word)
    }

    /// The verb's dictionary form: "approved" → "approve", "met" → "meet".
    static func lemma(_ word: String) -> String {
        if let irregular = WordNet.lemma(ofIrregular: word) { return irregular }
        let candidates: [String]
        if word.hasSuffix("ing"), word.count > 5 {
            // "sealing" → seal, "taking" → take, "stopping" → stop.
            let stem = String(word.dropLast(3))
            candidates = [stem, stem + "e", String(stem.dropLast())]
        }
        else if word.hasSuffix("ss") || word.hasSuffix("us") { return word }  // "miss", "focus": no plural ending
        // "died", "tied": a four-letter verb in "-ie"; "carried" → carry.
        else if word.hasSuffix("ied") { candidates = word.count == 4 ? [String(word.dropLast())] : [String(word.dropLast(3)) + "y"] }
        else if word.hasSuffix("ed") { candidates = [String(word.dropLast(1)), String(word.dropLast(2)), String(word.dropLast(3))] }
        else if word.hasSuffix("ies") { candidates = [String(word.dropLast(3)) + "y"] }
        else if word.hasSuffix("es") { candidates = [String(word.dropLast(1)), String(word.dropLast(2))] }
        else if word.hasSuffix("s") { candidates = [String(word.dropLast(1))] }
        else { return word }
        for c in candidates where c.count >= 2 {
            if WordNet.canBe("v", c) {
                return c
            }
        }
        if word.hasSuffix("ing") { return word }
        return candidates.first ?? word
    }

    mutating func draftClauses(_ si: Int, _ s: SentenceWords, mentions: [Mention], resolve: (String) -> String?, fallback: String?) {
        var previousSubject: (id: String?, text: String)?
        var previousFact: DraftFact?
        let openerEnd = Self.participleOpener(s)
        for range in clauses(s) {
            let start = s.tokens[range.lowerBound].start
            var endToken = range.upperBound - 1
            // A trailing attribution (", Okafor said") is not part of what was said.
            var attributed: String?
            if endToken - range.lowerBound >= 4, DraftWords.speechVerbs.contains(s.tokens[endToken].text) || (endToken > 0 && DraftWords.speechVerbs.contains(s.tokens[endToken - 1].text)) {
                var k = endToken
                while k > range.lowerBound, s.tokens[k - 1].trailingPunctuation != "," { k -= 1 }
                if k > range.lowerBound, endToken - k <= 4 {
                    attributed = mentions.first { $0.tokens.lowerBound >= k && $0.tokens.upperBound <= endToken + 1 }?.entity
                    if attributed == nil, let p = (k...endToken).first(where: { DraftWords.malePronouns.contains(s.tokens[$0].text) || DraftWords.femalePronouns.contains(s.tokens[$0].text) }) {
                        attributed = resolve(s.tokens[p].text)
                    }
                    endToken = k - 1
                }
            }
            guard endToken >= range.lowerBound else { continue }
            // What is left of a quotation's sentence once the quotation is out ("Varga said") is no fact.
            if !Self.quoteSpans(s).isEmpty, endToken - range.lowerBound < 5 || DraftWords.speechVerbs.contains(s.tokens[endToken].text),
               (range.lowerBound...endToken).contains(where: { DraftWords.speechVerbs.contains(s.tokens[$0].text) }) { continue }
            let end = s.tokens[endToken].end
            // A clause that opens with its joiner ("and urged ...") starts after it, evidence too.
            var evidence = TextFolding.trimmed(s.text(start, end))
            var firstToken = range.lowerBound
            if Self.joiners.contains(s.tokens[firstToken].text), firstToken < endToken {
                evidence = TextFolding.trimmed(String(evidence.drop { !$0.isWhitespace }))
                firstToken += 1
            }
            let clauseTokens = firstToken...endToken
            // The verb and the subject before it.
            let participle = Self.isParticiple(s, firstToken) && firstToken > 0 && s.tokens[firstToken - 1].trailingPunctuation == ","
            // "Osei, who took charge in 2023, praised ...", "Reyes, lifting the trophy ..., dedicated
            // ...": a parenthesis after the subject holds no verb of this clause (it has a fact of its own).
            var parenthesis: ClosedRange<Int>?
            // An apposition too: "Dr Priya Anand, an infectious disease specialist ... who was not
            // involved in the study, warned ...", when a verb follows it.
            if !participle, let open = clauseTokens.dropFirst().first(where: { i in
                   s.tokens[i - 1].trailingPunctuation == "," && (["who", "which"].contains(s.tokens[i].text) || Self.isParticiple(s, i)
                        || ["a", "an", "the"].contains(s.tokens[i].text) && mentions.contains { $0.tokens.upperBound == i })
               }), !(firstToken..<open).contains(where: { Self.isFiniteVerb(s, $0) }),
               let close = (open...endToken).first(where: { s.tokens[$0].trailingPunctuation == "," }), close < endToken,
               !["a", "an", "the"].contains(s.tokens[open].text) || Self.isFiniteVerb(s, close + 1) {
                parenthesis = open...close
            }
            let finite = clauseTokens.first { Self.isFiniteVerb(s, $0) && !s.tokens[$0].quoted && parenthesis?.contains($0) != true
                && !Self.isReducedPassive(s, $0, before: endToken) }
            var found = participle ? firstToken : finite
            if let p = parenthesis, found == nil || found.map({ $0 > p.upperBound + 3 }) == true,
               let next = (p.upperBound + 1...min(endToken, p.upperBound + 2)).first(where: { Self.isVerb(s.tokens[$0].text) && !s.tokens[$0].capitalized }) {
                found = next  // "Millbrook, who have now lost three finals, travel to ..."
            }
            if found == nil { found = clauseTokens.first { Self.isPresentVerb(s, $0) && !s.tokens[$0].quoted } }
            guard let verb = found else { continue }
            var mainVerb = verb
            // "has approved", "will hold", "did not publish": the verb after auxiliaries.
            var k = verb
            while k + 1 <= endToken, ["has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do", "can", "could", "should", "may", "might", "must", "not", "also", "been", "be", "already", "never", "n't", "still"].contains(s.tokens[k].text) {
                k += 1
                if !["not", "also", "been", "be", "already", "never", "still"].contains(s.tokens[k].text) {
                    // "It was the third flight": after a form of "be", an article or another
                    // function word starts what the subject is; the verb stays "be".
                    if ["is", "are", "was", "were"].contains(s.tokens[verb].text), k == verb + 1,
                       ["the", "a", "an", "its", "his", "her", "their", "one", "also"].contains(s.tokens[k].text) { break }
                    mainVerb = k
                    break
                }
            }
            // The subject: the first name before the verb that no preposition governs.
            let governed: Set<String> = ["of", "for", "to", "in", "at", "from", "by", "with", "on", "about", "against", "into",
                                         "between", "among"]
            // A name inside a person's title ("Halden Rail Group Chief Executive Ingrid Solberg") is not it.
            let titled = mentions.filter { $0.role != nil }
            // "by the Welsh painter Ifor Harrow": the preposition stands before the title and "the".
            // Up to four words back, short of a comma or a verb; "between" and "among" govern every
            // name of their list ("the meeting between Minister Ilse Marren and Minister Dario Kovec").
            func governing(_ m: Mention) -> Bool {
                var k = m.tokens.lowerBound - 1
                while k >= firstToken, s.tokens[k].trailingPunctuation == nil {
                    if k >= m.tokens.lowerBound - 4 {
                        // "Lawyers for the water authority argued": the authority acts through them.
                        if s.tokens[k].text == "for", k > 0, Self.agentsFor.contains(s.tokens[k - 1].text) { return false }
                        if governed.contains(s.tokens[k].text) { return true }
                    } else if ["between", "among"].contains(s.tokens[k].text) { return true }
                    if Self.isFiniteVerb(s, k) { return false }
                    k -= 1
                }
                return false
            }
            // "the German chief arbiter, Helena Brandt, ruled", "Dravonian dairy exports fell": a
            // country's adjective before a noun qualifies what the noun names; it does not act.
            func qualifies(_ m: Mention) -> Bool {
                guard entity(m.entity)?.type == .country, m.tokens.upperBound < s.tokens.count,
                      s.tokens[m.tokens.upperBound - 1].trailingPunctuation == nil else { return false }
                let next = s.tokens[m.tokens.upperBound]
                guard !next.capitalized, !Self.isFiniteVerb(s, m.tokens.upperBound) else { return false }
                if m.tokens.lowerBound > 0, ["the", "a", "an"].contains(s.tokens[m.tokens.lowerBound - 1].text) { return true }
                let written = TextFolding.comparable(s.text(tokens: m.tokens))
                return names.country(named: written)?.adjectives.contains { TextFolding.comparable($0) == written } == true
            }
            // "Kenya's Grace Wanjiru won": the owner named before a name is not the doer.
            func owns(_ m: Mention) -> Bool {
                s.tokens[m.tokens.upperBound - 1].possessive && mentions.contains { n in
                    n.tokens.lowerBound >= m.tokens.upperBound && n.tokens.lowerBound <= m.tokens.upperBound + 3 && n.tokens.upperBound <= verb
                }
            }
            // (A dateline, "PORT ALDEN — A faulty valve caused ...", is where the report comes from.)
            let subjectMention = mentions.first { m in
                m.tokens.upperBound <= verb && m.tokens.lowerBound >= firstToken && !qualifies(m) && !owns(m)
                    && !(m.tokens.lowerBound == 0 && s.dashBefore(m.tokens.upperBound))
                    && (m.tokens.lowerBound == 0 || !governed.contains(s.tokens[m.tokens.lowerBound - 1].text)) && !governing(m)
                    && !titled.contains { t in
                        // "Halden Rail Group Chief Executive Ingrid Solberg", "Millbrook manager Graham
                        // Whitlock": the owner named before the title is part of it.
                        t.entity != m.entity && min(t.start, t.role?.start ?? t.start) <= m.start && m.end <= t.end
                    }
            }
            var subject = subjectMention?.entity
            var subjectText: String?
            if subject == nil {
                for i in firstToken..<verb {
                    let w = s.tokens[i].text
                    if ["he", "she", "it"].contains(w) { subject = resolve(w); break }
                    if w == "they", let previous = previousSubject {
                        subject = previous.id
                        subjectText = previous.id == nil ? previous.text : nil
                        break
                    }
                }
            }
            // "The 24-year-old Danish international has signed": an age or a word for a person
            // after "the", as the clause's whole subject, is the person the article was just about;
            // the description becomes their alias.
            if subjectMention == nil, subject == nil, firstToken + 1 < verb, verb - firstToken <= 6,
               s.tokens[firstToken].text == "the", firstToken == range.lowerBound,
               (firstToken + 1..<verb).allSatisfy({ !s.tokens[$0].quoted && s.tokens[$0].trailingPunctuation == nil || $0 == verb - 1 }),
               (firstToken + 1..<(verb - 1)).contains(where: { s.tokens[$0].text == "year" && s.tokens[$0 + 1].text == "old" })
                || NameFinder.isPersonNoun(s.tokens[verb - 1].text) && !DraftWords.titles.contains(s.tokens[verb - 1].text)
                    && !(s.tokens[verb - 1].text.hasSuffix("s") && !s.tokens[verb - 1].text.hasSuffix("ss")),
               let person = resolve(Self.describedPerson), let index = names.idIndex[person] {
                subject = person
                let description = "the " + s.text(tokens: (firstToken + 1)..<verb)
                if !names.isClaimed(description) { names.entities[index].addAlias(description) }
            }
            if subjectMention == nil, subject == nil, subjectText == nil, firstToken < verb {
                let words = (firstToken..<verb).map { s.original($0) }
                if words.count <= 8 { subjectText = words.joined(separator: " ") }
            }
            // "Born in 1941 in Tervik, Brenneck studied ...": the opener is about the subject after it.
            let opener = firstToken == 0 && verb == 0 && openerEnd == endToken
            if opener, subject == nil {
                if let m = mentions.first(where: { $0.tokens.lowerBound == endToken + 1 }) { subject = m.entity }
                else if endToken + 1 < s.tokens.count, ["he", "she", "it"].contains(s.tokens[endToken + 1].text) { subject = resolve(s.tokens[endToken + 1].text) }
            }
            if subject == nil && firstToken == verb, let previous = previousSubject {
                subject = previous.id
                subjectText = previous.text
            }
            // (Not an owner: "overruled by Merriton's owners" is done by the owners, and no name
            // further on stands for them; "at Pellingham's in London" is a name.)
            let objectMention = mentions.first { $0.tokens.lowerBound > mainVerb && $0.tokens.upperBound <= endToken + 1 }
                .flatMap { m in
                    let after = m.tokens.upperBound
                    let owner = s.tokens[after - 1].possessive && after < s.tokens.count
                        && !GeneralLexicon.functionWords.contains(s.tokens[after].text)
                    return owner ? nil : m
                }
            let predicate = Self.predicate(s, at: mainVerb, end: endToken)
            // Values, dates and place in the clause.
            // A parenthesis has its own values ("Petrov, who joined in 2023, dedicated ...").
            var clauseText = s.text(start, end)
            if let p = parenthesis, p.lowerBound > range.lowerBound, p.upperBound < endToken {
                clauseText = s.text(start, s.tokens[p.lowerBound - 1].end) + " " + s.text(s.tokens[p.upperBound + 1].start, end)
            }
            var when = FactDate()
            var quantities: [Quantity] = []
            var ordinal: Int?
            let units = analyzer.analyze(clauseText)
            let clauseScalars = Array(clauseText.unicodeScalars)
            for (u, unit) in units.enumerated() {
                guard let value = unit.value else { continue }
                // "Meridian-2 is expected": a number joined to a word by a hyphen is part of a name.
                if unit.start >= 2, unit.start <= clauseScalars.count, clauseScalars[unit.start - 1] == "-",
                   clauseScalars[unit.start - 2].properties.isAlphabetic { continue }
                switch value.kind {
                case .weekday: when.weekday = value.name
                case .month:
                    when.month = value.name
                    if u + 1 < units.count, let next = units[u + 1].value, next.kind == .cardinal || (next.kind == .quantity && next.unit.isEmpty),
                       (1...31).contains(next.number) { when.day = next.number }
                    if u > 0, let prev = units[u - 1].value, prev.kind == .cardinal, (1...31).contains(prev.number) { when.day = prev.number }
                case .year:
                    // "fell to 1.2 billion crowns in 2025 from 2.9 billion crowns in 2024": the year
                    // of the earlier value, after "from", is not the date of the change.
                    if when.year != nil, units[max(0, u - 6)..<u].reversed().prefix(while: { $0.text != "to" }).contains(where: { $0.text == "from" }) { continue }
                    when.year = value.number
                // A season has no field of its own: the evidence keeps it.
                case .season: continue
                case .ordinal: if ordinal == nil, value.number != 99 { ordinal = value.number }
                case .quantity:
                    if when.day == value.number && value.unit.isEmpty { continue }
                    quantities.append(Quantity(value: value.amount, unit: value.unit))
                case .cardinal:
                    if when.day == value.number { continue }
                    if u > 0, units[u - 1].value?.kind == .month { continue }
                    quantities.append(Quantity(value: Double(value.number), unit: ""))
                }
            }
            var place: String?
            for m in mentions where m.tokens.lowerBound > verb && m.tokens.upperBound <= endToken + 1 {
                guard let e = entity(m.entity), e.type == .place || e.type == .country, m.tokens.lowerBound > 0 else { continue }
                if ["in", "at", "near", "inside", "outside"].contains(s.tokens[m.tokens.lowerBound - 1].text) { place = e.id; break }
                // "in the fishing town of Tervik".
                if m.tokens.lowerBound > 1, s.tokens[m.tokens.lowerBound - 1].text == "of",
                   GeneralLexicon.settlementWords.contains(s.tokens[m.tokens.lowerBound - 2].text) { place = e.id; break }
            }
            let lower = " " + TextFolding.comparable(clauseText) + " "
            var certainty = Certainty.stated
            if DraftWords.uncertainCues.contains(where: { lower.contains(" \($0) ") }) { certainty = .uncertain }
            else if DraftWords.hopedCues.contains(where: { lower.contains(" \($0) ") }) { certainty = .hoped }
            else if DraftWords.expectedCues.contains(where: { lower.contains(" \($0) ") }) { certainty = .expected }
            else if DraftWords.plannedCues.contains(where: { cue in
                // "said on Tuesday that the company would appeal": a speech fact carries the
                // certainty of what it reports (the checker knows the saying itself happened) —
                // when "will" or "would" is the reported clause's first verb, not a later one
                // ("said the offer did not keep pace ... and would leave").
                guard ["will", "would"].contains(cue) else { return lower.contains(" \(cue) ") }
                guard Self.reportingVerbs.contains(predicate) else {
                    // "separated from the rocket ... and will circle the Earth": a "will" after a
                    // verb in the past belongs to the next verb phrase, not to this clause's deed.
                    guard let at = (range.lowerBound...endToken).first(where: { s.tokens[$0].text == cue }) else { return false }
                    return !(at > verb && Self.isFiniteVerb(s, verb))
                }
                guard let first = (mainVerb + 1...max(mainVerb + 1, endToken)).first(where: { $0 <= endToken && (Self.isFiniteVerb(s, $0) || ["will", "would"].contains(s.tokens[$0].text)) }) else { return false }
                return s.tokens[first].text == cue
            }) { certainty = .planned }
            // Negation of this clause's verb: before it or just after it ("did not publish", "has
            // not yet approved", "received no"), not in a parenthesis or in what a stance verb
            // reports ("warned that the results may not apply").
            // A speech fact carries the polarity of what it reports, as hand-written banks do
            // ("said inspectors had found no damage" is a negative `say`).
            let negationScope = Self.reportingVerbs.contains(predicate) ? endToken : min(endToken, mainVerb + 2)
            let negated = (firstToken...negationScope).contains {
                ["not", "never", "no", "n't"].contains(s.tokens[$0].text) && !s.tokens[$0].quoted && parenthesis?.contains($0) != true
                    && !(s.tokens[$0].text == "no" && s.hyphenatedToNext($0))
            }
            var category: FactCategory = .event
            if DraftWords.speechVerbs.contains(s.tokens[mainVerb].text) { category = .speaker }
            if ["warn", "urge", "deny", "agree", "accuse", "defend", "criticise", "criticize", "reject", "welcome", "refuse",
                "call", "demand", "insist", "argue", "oppose", "support", "back", "condemn", "praise", "express", "promise",
                "pledge", "vow", "threaten", "dispute"].contains(predicate) { category = .stance }
            if category == .event, when.weekday != nil || when.month != nil || when.year != nil { category = .date }
            // "was brokered by Aldessa", "Under the deal, brokered over eight months by Aldessa":
            // the name after "by" in the passive is the doer, and the clause's subject what is done.
            var object = objectMention?.entity == subject ? nil : objectMention?.entity
            if let m = objectMention, m.tokens.lowerBound >= mainVerb + 2,
               case let by = s.tokens[m.tokens.lowerBound - 1].text == "the" ? m.tokens.lowerBound - 2 : m.tokens.lowerBound - 1,
               by > mainVerb, s.tokens[by].text == "by", Self.isPassive(s, mainVerb),
               predicate != "be",
               !(mainVerb + 1..<by).contains(where: { s.tokens[$0].trailingPunctuation != nil || s.tokens[$0].quoted
                   || s.tokens[$0].text == "to" }),
               m.entity != subject {
                object = subject
                subject = m.entity
                attributed = nil
            }
            var fact = DraftFact(id: "", category: category, sentence: si, subject: subject ?? attributed,
                                 predicate: predicate, object: object,
                                 evidence: evidence, statement: "")
            if when != FactDate() { fact.when = when }
            fact.quantities = quantities.filter { !$0.unit.isEmpty }
            fact.ordinal = ordinal
            fact.place = place
            // "back in front in the 44th minute when Callum Ashdown converted a penalty": the time
            // clause happened when the clause before it did.
            if s.tokens[range.lowerBound].text == "when", let previous = previousFact, previous.sentence == si {
                if fact.when == nil { fact.when = previous.when }
                if fact.ordinal == nil { fact.ordinal = previous.ordinal }
                if fact.place == nil { fact.place = previous.place }
            }
            fact.certainty = certainty
            fact.positive = !negated
            // "He was 84.": a person's age, in years.
            var age = false
            if let n = Int(s.tokens[mainVerb].text), (1...125).contains(n), mainVerb > 0, ["was", "is"].contains(s.tokens[mainVerb - 1].text),
               endToken == mainVerb || (endToken == mainVerb + 2 && s.tokens[mainVerb + 1].text == "years" && s.tokens[endToken].text == "old"),
               let subject = fact.subject, entity(subject)?.type == .person {
                fact.predicate = nil
                fact.quantities = [Quantity(value: Double(n), unit: "year")]
                fact.category = .topic
                // "... died on Sunday. He was 84.": the age at death.
                fact.what = continuesParagraph(si) && sentences[si - 1].tokens.contains { Self.lemma($0.text) == "die" } ? "age at death" : "age"
                age = true
            }
            // What the clause is about: the words after the verb, to the first comma.
            var whatEnd = mainVerb + 1
            while whatEnd <= endToken, whatEnd - mainVerb < 14 {
                if s.tokens[whatEnd].trailingPunctuation == "," || s.tokens[whatEnd].trailingPunctuation == ";" { whatEnd += 1; break }
                whatEnd += 1
            }
            if !age, mainVerb + 1 < min(whatEnd, endToken + 1) {
                var what = s.text(tokens: (mainVerb + 1)..<min(whatEnd, endToken + 1))
                while let last = what.last, ",.;:".contains(last) { what.removeLast() }
                if !what.isEmpty { fact.what = what }
            }
            if let attributed, category != .speaker, fact.subject != attributed {
                fact.review.append("said by \(displayName(attributed))")
            }
            // The statement: the clause itself, with its subject named when it has none of its own.
            var statement = evidence
            if participle, let subjectWords = subjectText ?? subject.map(displayName), Self.reportingVerbs.contains(predicate) {
                // "..., saying that the country's ties ...": what the subject said.
                let past = predicate == "say" ? "said" : predicate == "tell" ? "told" : predicate.hasSuffix("e") ? predicate + "d" : predicate + "ed"
                statement = subjectWords + " " + past + String(statement.dropFirst(s.original(firstToken).count))
                fact.category = .speaker
            } else if participle || opener, let subjectWords = subjectText ?? subject.map(displayName) {
                statement = subjectWords + " was " + (opener ? statement.prefix(1).lowercased() + statement.dropFirst() : statement)
            } else if firstToken == verb, let subjectWords = subjectText ?? subject.map(displayName) {
                statement = subjectWords + " " + statement
            } else if let m = subjectMention, let subject, m.tokens.upperBound < verb,
                      m.role != nil || s.tokens[m.tokens.upperBound - 1].trailingPunctuation == ","
                        || mentions.contains(where: { $0.entity != subject && $0.start >= m.end && $0.end <= s.tokens[verb].start }) {
                // "Tomas Brandt, leader of the opposition Civic Alliance, warned ...": the name and
                // the verb, without the words between (which have facts of their own).
                statement = displayName(subject) + " " + s.text(s.tokens[verb].start, end)
            } else if let first = s.tokens[range.lowerBound...verb].first(where: { ["he", "she", "it", "they"].contains($0.text) }),
                      let resolved = subject.map(displayName) ?? subjectText, first.start == s.tokens[range.lowerBound].start
                        || ["when", "after", "before", "because"].contains(s.tokens[range.lowerBound].text) && s.tokens[range.lowerBound + 1].start == first.start {
                statement = resolved + String(s.text(first.start, end).dropFirst(s.text(first.start, first.end).count))
                fact.review.append("'\(s.text(first.start, first.end))' is read as \(resolved)")
            }
            if let attributed, category != .speaker {
                statement = displayName(attributed) + " said " + Self.lowercasedStart(statement)
            }
            // "After a first vote in February ended in a tie": the statement says what happened.
            if let opener = statement.split(separator: " ").first, ["after", "before", "when", "because", "since", "until", "as", "while", "although", "though"].contains(opener.lowercased()),
               statement.split(separator: " ").count > 4 {
                statement = String(statement.dropFirst(opener.count + 1))
            }
            fact.statement = Self.asStatement(statement)
            guard occursFirst(evidence, in: si) else {
                // Evidence that occurs twice would be tied to its first sentence: use the whole sentence.
                fact.evidence = TextFolding.trimmed(s.sentence.text)
                guard occursFirst(fact.evidence, in: si) else { continue }
                fact.id = newID(Self.idBase(fact, displayName))
                facts.append(fact)
                continue
            }
            // "won his first Lindqvist Award in 1988 and his fourth in 1997": ranks and years that
            // alternate are pairs, one fact each; the first ends at its year.
            let ranks = units.filter { $0.value?.kind == .ordinal && $0.value?.number != 99 }
            let years = units.filter { $0.value?.kind == .year }
            if years.count >= 2, ranks.count == years.count,
               zip(ranks, years).allSatisfy({ $0.end <= $1.start }),
               zip(years.dropLast(), ranks.dropFirst()).allSatisfy({ $0.end <= $1.start }) {
                let scalars = Array(clauseText.unicodeScalars)
                for (n, (rank, year)) in zip(ranks, years).enumerated() {
                    var pair = fact
                    pair.ordinal = rank.value?.number
                    pair.when = FactDate(weekday: nil, month: nil, year: year.value?.number, day: nil)
                    if n < years.count - 1, year.end <= scalars.count {
                        let piece = TextFolding.trimmed(String(String.UnicodeScalarView(scalars[..<year.end])))
                        let yearText = String(String.UnicodeScalarView(scalars[year.start..<year.end]))
                        guard evidence.contains(piece), occursFirst(piece, in: si),
                              let cut = fact.statement.range(of: yearText) else { continue }
                        pair.evidence = piece
                        pair.statement = Self.asStatement(String(fact.statement[..<cut.upperBound]))
                    }
                    pair.id = newID(Self.idBase(pair, displayName))
                    facts.append(pair)
                }
                draftAppointment(si, s, fact: fact, mainVerb: mainVerb, endToken: endToken, mentions: mentions)
                previousSubject = (subject, subjectText ?? subject.map(displayName) ?? "")
                previousFact = fact
                continue
            }
            fact.id = newID(Self.idBase(fact, displayName))
            facts.append(fact)
            draftAppointment(si, s, fact: fact, mainVerb: mainVerb, endToken: endToken, mentions: mentions)
            // "came from behind twice to beat Millbrook Rovers 3-2": what the subject did, through
            // the verb after "to" (with words between, so not "return to league action").
            // Only when what stands between is an adverb or a prepositional phrase: "urged both
            // sides to return" says who should return, not what the subject did.
            if !Self.catenativeVerbs.contains(predicate), category != .speaker, mainVerb + 2 < endToken,
               Self.prepositions.contains(s.tokens[mainVerb + 1].text) || !WordNet.canBe("n", s.tokens[mainVerb + 1].text)
                && WordNet.canBe("r", s.tokens[mainVerb + 1].text),
               let to = (mainVerb + 2..<min(endToken, mainVerb + 6)).first(where: { s.tokens[$0].text == "to" }),
               !s.tokens[to + 1].capitalized, Self.isVerb(s.tokens[to + 1].text), Self.lemma(s.tokens[to + 1].text) == s.tokens[to + 1].text,
               !GeneralLexicon.functionWords.contains(s.tokens[to + 1].text),
               !mentions.contains(where: { $0.tokens.lowerBound > mainVerb && $0.tokens.lowerBound < to }),
               !(mainVerb..<to).contains(where: { s.tokens[$0].trailingPunctuation != nil }) {
                var purpose = fact
                purpose.predicate = s.tokens[to + 1].text
                purpose.object = mentions.first { $0.tokens.lowerBound > to + 1 && $0.tokens.upperBound <= endToken + 1 && $0.entity != subject }?.entity
                purpose.category = purpose.category == .stance ? .event : purpose.category
                purpose.id = newID(Self.idBase(purpose, displayName))
                facts.append(purpose)
            }
            previousSubject = (subject, subjectText ?? subject.map(displayName) ?? "")
            previousFact = fact
            draftTopics(si, s, clause: range.lowerBound...endToken, fact: fact)
            draftReportedClause(si, s, mentions: mentions, after: mainVerb, end: endToken, speech: fact)
        }
    }

    /// Whether sentence `si` follows the one before it in the same paragraph.
    func continuesParagraph(_ si: Int) -> Bool {
        guard si > 0 else { return false }
        let from = sentences[si - 1].sentence.span.end, to = sentences[si].sentence.span.start
        guard from <= to, to <= articleScalars.count else { return false }
        return !articleScalars[from..<to].contains("\n")
    }

    /// Verbs that give someone the post named right after them in the passive ("was appointed
    /// music director of the Aldersund Philharmonic").
    static let appointingVerbs: Set<String> = ["appoint", "name", "elect", "promote", "install", "reappoint", "nominate", "make"]

    /// The post a person's clause gives them: "He was appointed music director of the Aldersund
    /// Philharmonic", "Ilse Varga, who succeeded him as the orchestra's music director", "joined
    /// the firm as chief executive". A position fact, of the organisation named with the post.
    mutating func draftAppointment(_ si: Int, _ s: SentenceWords, fact: DraftFact, mainVerb: Int, endToken: Int, mentions: [Mention]) {
        guard let subject = fact.subject, entity(subject)?.type == .person, let predicate = fact.predicate,
              mainVerb + 1 <= endToken else { return }
        let passive = mainVerb > 0 && ["was", "were", "been", "is", "be"].contains(s.tokens[mainVerb - 1].text)
        var r: Int
        if passive, Self.appointingVerbs.contains(predicate) {
            r = mainVerb + 1
            if s.tokens[r].text == "as" { r += 1 }
        } else if let a = (mainVerb + 1...min(endToken, mainVerb + 5)).first(where: { s.tokens[$0].text == "as" }),
                  !(mainVerb + 1..<a).contains(where: { s.tokens[$0].trailingPunctuation != nil }) {
            r = a + 1
        } else { return }
        var owner: String?
        if r <= endToken, ["the", "its", "his", "her", "their"].contains(s.tokens[r].text) { r += 1 }
        // "the orchestra's music director": the one organisation with that word in its name, or a name.
        if r <= endToken, s.tokens[r].possessive {
            if let m = mentions.first(where: { $0.tokens.upperBound == r + 1 }) { owner = m.entity }
            else {
                let word = s.tokens[r].text
                let named = names.entities.filter { e in
                    e.type == .organisation && e.name.split(separator: " ").contains { TextFolding.comparable(String($0)) == word }
                }
                if named.count == 1 { owner = named[0].id }
            }
            r += 1
        }
        var end = r
        while end <= endToken, end - r < 4, !s.tokens[end].capitalized, !GeneralLexicon.functionWords.contains(s.tokens[end].text),
              !Self.prepositions.contains(s.tokens[end].text) {
            if s.tokens[end].trailingPunctuation != nil { end += 1; break }
            end += 1
        }
        guard end > r, NameFinder.isPersonNoun(s.tokens[end - 1].text) else { return }
        let role = s.text(tokens: r..<end)
        var last = end - 1
        if owner == nil, end + 1 <= endToken, s.tokens[end].text == "of",
           let m = mentions.first(where: { $0.tokens.lowerBound == end + 1 || ($0.tokens.lowerBound == end + 2 && s.tokens[end + 1].text == "the") }),
           entity(m.entity)?.type == .organisation {
            owner = m.entity
            last = m.tokens.upperBound - 1
        }
        guard owner != subject else { return }
        let first = passive ? mainVerb - 1 : mainVerb
        let evidence = s.text(s.tokens[first].start, s.tokens[last].end)
        guard occursFirst(evidence, in: si), !facts.contains(where: { $0.category == .position && $0.subject == subject && $0.role == role }) else { return }
        var statement = "\(displayName(subject)) was \(role)"
        if let owner { statement += " of \(displayName(owner))" }
        facts.append(DraftFact(id: newID(displayName(subject) + " position"), category: .position, sentence: si,
                               subject: subject, role: role, of: owner, evidence: evidence, statement: statement + "."))
    }

    /// Verbs whose clause the article reports as so: "Whitcombe announced that Castellan had
    /// agreed to buy Ardmore Dairy" also says who agreed to buy whom.
    static let reportingVerbs: Set<String> = ["say", "announce", "confirm", "tell", "add", "state", "explain", "note", "report", "reveal", "disclose"]

    /// The reported clause of a speech fact as a fact of its own: its subject, verb and object.
    mutating func draftReportedClause(_ si: Int, _ s: SentenceWords, mentions: [Mention], after verb: Int, end: Int, speech: DraftFact) {
        guard let predicate = speech.predicate, Self.reportingVerbs.contains(predicate) else { return }
        var start = verb + 1
        guard start < end else { return }
        // "told reporters that ...", "said on Tuesday that ...": the clause starts after "that" when there is one.
        if let that = (start...min(end, start + 4)).first(where: { s.tokens[$0].text == "that" }) { start = that + 1 }
        guard start < end, let contentVerb = (start...end).first(where: { Self.isFiniteVerb(s, $0) }), contentVerb > start,
              contentVerb - start <= 8 else { return }
        let subject = mentions.first(where: { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= contentVerb })
        // "announced that the club would hold ...": a subject the article does not name is kept as words.
        guard subject != nil || ["the", "its", "his", "her", "their"].contains(s.tokens[start].text) && contentVerb - start <= 4 else { return }
        let object = mentions.first { $0.tokens.lowerBound > contentVerb && $0.tokens.upperBound <= end + 1 && $0.entity != subject?.entity }
        var main = contentVerb
        var k = contentVerb
        while k < end, ["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "did", "not", "also", "been", "be"].contains(s.tokens[k].text) {
            k += 1
            if !["not", "also", "been", "be"].contains(s.tokens[k].text) { main = k; break }
        }
        let evidence = TextFolding.trimmed(s.text(s.tokens[start].start, s.tokens[end].end))
        guard evidence.split(separator: " ").count >= 4, occursFirst(evidence, in: si) else { return }
        var fact = DraftFact(id: "", category: speech.when == nil ? .event : .date, sentence: si, subject: subject?.entity,
                             predicate: Self.predicate(s, at: main, end: end), object: object?.entity, when: speech.when,
                             evidence: evidence, statement: Self.asStatement(evidence))
        fact.quantities = speech.quantities
        fact.ordinal = speech.ordinal
        fact.place = speech.place
        fact.certainty = speech.certainty
        let reported = " " + TextFolding.comparable(s.text(s.tokens[start].start, s.tokens[end].end)) + " "
        if fact.certainty == .stated, reported.contains(" will ") || reported.contains(" would ") { fact.certainty = .planned }
        fact.positive = !(start...end).contains { ["not", "never"].contains(s.tokens[$0].text) }
        fact.review.append("reported by \(speech.subject.map(displayName) ?? "the article")")
        fact.id = newID(Self.idBase(fact, displayName))
        facts.append(fact)
    }

    /// Verbs that take another verb ("agreed to buy", "plans to hire"): the second one says what is done.
    static let catenativeVerbs: Set<String> = ["agree", "plan", "decide", "want", "seek", "offer", "try", "aim", "hope", "expect",
                                               "promise", "vow", "threaten", "intend", "move", "vote", "begin", "start", "continue"]

    /// The predicate of a clause whose verb is at `i`: the verb after "to" for "agreed to buy".
    static func predicate(_ s: SentenceWords, at i: Int, end: Int) -> String {
        let verb = lemma(s.tokens[i].text)
        if catenativeVerbs.contains(verb), i + 2 <= end, s.tokens[i + 1].text == "to",
           WordNet.canBe("v", s.tokens[i + 2].text) {
            return lemma(s.tokens[i + 2].text)
        }
        // "issuing a stern warning", "launched an investigation": a light verb's noun says what
        // was done (warn, investigate).
        // The noun is the last word of the noun phrase right after the verb ("a stern warning").
        if lightVerbs.contains(verb) {
            var k = i + 1
            while k <= min(end, i + 4), !s.tokens[k].capitalized, !prepositions.contains(s.tokens[k].text) {
                if let action = Self.verb(ofNoun: s.tokens[k].text),
                   k == end || s.tokens[k].trailingPunctuation != nil || prepositions.contains(s.tokens[k + 1].text) { return action }
                if s.tokens[k].trailingPunctuation != nil { break }
                k += 1
            }
        }
        return verb
    }

    /// Verbs that carry no action of their own before a noun that names one.
    static let lightVerbs: Set<String> = ["issue", "give", "make", "take", "deliver", "launch", "conduct", "lodge", "file",
                                          "carry", "stage", "mount", "voice"]

    /// The verb a noun names the act of, by WordNet's derivational links: "warning" → warn,
    /// "approval" → approve, "investigation" → investigate, "decision" → decide.
    static func verb(ofNoun noun: String) -> String? {
        guard noun.count > 4, let entry = WordNet.entry(for: noun) else { return nil }
        let endings: [(String, [String])] = [("ing", ["", "e"]), ("ation", ["ate", "e", ""]), ("ition", ["ite", "e"]),
                                             ("sion", ["de", "d", "se"]), ("tion", ["te", "t", ""]), ("ment", [""]),
                                             ("al", ["", "e"]), ("ance", ["", "e"]), ("ence", ["", "e"]), ("ure", ["", "e"])]
        for (ending, replacements) in endings where noun.hasSuffix(ending) {
            let stem = String(noun.dropLast(ending.count))
            for r in replacements {
                let candidate = stem + r
                guard candidate.count >= 3, let verbEntry = WordNet.entry(for: candidate), WordNet.canBe("v", candidate),
                      !Set(entry.concepts).isDisjoint(with: verbEntry.concepts.filter { $0.hasPrefix("~v") }) else { continue }
                return candidate
            }
        }
        return nil
    }

    static func idBase(_ fact: DraftFact, _ name: (String) -> String) -> String {
        let who = fact.subject.map(name)?.split(separator: " ").last.map(String.init) ?? "article"
        return "\(who) \(fact.predicate ?? fact.category.rawValue)"
    }

    /// "Okafor said the city hopes ...": a sentence's first letter in lower case unless it starts a name.
    static func lowercasedStart(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let word = text.prefix { !$0.isWhitespace }
        if ["The", "A", "An", "It", "He", "She", "They", "This", "That", "These", "Those", "There"].contains(String(word)) {
            return first.lowercased() + text.dropFirst()
        }
        return text
    }

    /// A fact's text as a sentence: a capital first letter and a full stop.
    static func asStatement(_ text: String) -> String {
        var result = TextFolding.trimmed(text)
        while let last = result.last, ",;:".contains(last) { result.removeLast() }
        if let first = result.first, first.isLowercase { result = first.uppercased() + result.dropFirst() }
        if let last = result.last, !".!?\"\u{201D}".contains(last) { result += "." }
        return result
    }

    // MARK: Relative clauses and lists

    /// ", who chairs the council's transport committee," and ", which opened in 1998,": a fact
    /// about the name before them.
    mutating func draftRelativeClauses(_ si: Int, _ s: SentenceWords, mentions: [Mention]) {
        for (i, t) in s.tokens.enumerated() where i > 0 && s.tokens[i - 1].trailingPunctuation == "," {
            // "Reiner, 24, who is rated 2695": the person before the age.
            let owner = mentions.last(where: { $0.tokens.upperBound == i })
                ?? (Self.age(s, i - 1) != nil ? mentions.last(where: { $0.tokens.upperBound == i - 1 }) : nil)
            // "Reyes, lifting the trophy for the third time as captain, dedicated ...": what the
            // person named just before was doing.
            // Not when a verb stands before the name: "Velin rejected any talks with the Democratic
            // Centre, saying ..." is what Velin did, the clause drafter's (a clause of its own).
            let participle = owner.map { o in !(0..<o.tokens.lowerBound).contains { Self.isFiniteVerb(s, $0) && !s.tokens[$0].quoted } } == true
                && Self.isParticiple(s, i)
            guard t.text == "who" || t.text == "which" || participle else { continue }
            // Without a name right before it, the clause is about the words before the comma:
            // "Vellmouth's existing tram network, which opened in 1998,".
            var phraseStart = i - 1
            while phraseStart > 0, s.tokens[phraseStart - 1].trailingPunctuation == nil, i - phraseStart < 6,
                  !Self.isFiniteVerb(s, phraseStart - 1), !Self.prepositions.contains(s.tokens[phraseStart - 1].text) { phraseStart -= 1 }
            let ownerText = owner.map { displayName($0.entity) } ?? s.text(s.tokens[phraseStart].start, s.tokens[i - 1].end)
            var end = i + 1
            while end < s.tokens.count - 1, s.tokens[end].trailingPunctuation != ",", end - i < 16 { end += 1 }
            let first = participle ? i : i + 1
            guard end > first, end < s.tokens.count, participle || Self.isFiniteVerb(s, i + 1) || GeneralLexicon.finiteVerbForms.contains(s.tokens[i + 1].text)
                    || s.tokens[i + 1].text.hasSuffix("s") else { continue }
            let evidence = s.text(t.start, s.tokens[end].end)
            guard occursFirst(evidence, in: si) else { continue }
            let body = s.text(s.tokens[first].start, s.tokens[end].end)
            let verbIndex = Self.contentVerb(s, from: first, end: end)
            let verb = Self.lemma(s.tokens[verbIndex].text)
            var fact = DraftFact(id: newID(ownerText + " " + verb), category: .event,
                                 sentence: si, subject: owner?.entity, predicate: verb,
                                 evidence: evidence, statement: Self.asStatement(ownerText + (participle ? " was " : " ") + body))
            let units = analyzer.analyze(body)
            for unit in units {
                if let v = unit.value, v.kind == .year { fact.when = FactDate(weekday: nil, month: nil, year: v.number, day: nil); fact.category = .date }
                if let v = unit.value, v.kind == .quantity, !v.unit.isEmpty { fact.quantities.append(Quantity(value: v.amount, unit: v.unit)) }
                if let v = unit.value, v.kind == .ordinal, fact.ordinal == nil, v.number != 99 { fact.ordinal = v.number }
            }
            facts.append(fact)
            // "Tove Brask, who succeeded her as the academy's director,": the post she took.
            if !participle { draftAppointment(si, s, fact: fact, mainVerb: verbIndex, endToken: end, mentions: mentions) }
        }
    }

    /// The age a token gives when it stands alone between commas after a name ("Orlova, 31,").
    static func age(_ s: SentenceWords, _ i: Int) -> Int? {
        guard i > 0, i < s.tokens.count, s.tokens[i].trailingPunctuation == ",", s.tokens[i - 1].trailingPunctuation == ",",
              s.tokens[i].text.utf8.count <= 3, let n = Int(s.tokens[i].text), (1...120).contains(n) else { return nil }
        return n
    }

    /// "Orlova, 31, won the first game": a person's age, given between commas after the name.
    mutating func draftAges(_ si: Int, _ s: SentenceWords, mentions: [Mention]) {
        for m in mentions where entity(m.entity)?.type == .person {
            guard let n = Self.age(s, m.tokens.upperBound) else { continue }
            let evidence = s.text(s.tokens[m.tokens.lowerBound].start, s.tokens[m.tokens.upperBound].end)
            guard occursFirst(evidence, in: si) else { continue }
            let name = displayName(m.entity)
            facts.append(DraftFact(id: newID(name + " age"), category: .topic, sentence: si, subject: m.entity, predicate: "be",
                                   what: "age", evidence: evidence, statement: "\(name) is \(n) years old.",
                                   quantities: [Quantity(value: Double(n), unit: "year")]))
        }
    }

    /// "on trade, technology and security": a list after a preposition is a fact's topics.
    mutating func draftTopics(_ si: Int, _ s: SentenceWords, clause: ClosedRange<Int>, fact: DraftFact) {
        for i in clause where ["on", "about", "over", "including", "such"].contains(s.tokens[i].text) {
            var items: [String] = []
            var current: [Int] = []
            var k = i + 1
            if s.tokens[i].text == "such", k < s.tokens.count, s.tokens[k].text == "as" { k += 1 }
            var sawAnd = false
            while k <= clause.upperBound, current.count <= 4 {
                let t = s.tokens[k]
                if t.text == "and" || t.text == "or" {
                    if !current.isEmpty { items.append(s.text(tokens: current[0]..<(current[current.count - 1] + 1))) }
                    current = []
                    sawAnd = true
                    k += 1
                    continue
                }
                current.append(k)
                if t.trailingPunctuation == "," {
                    items.append(s.text(tokens: current[0]..<(current[current.count - 1] + 1)))
                    current = []
                } else if t.trailingPunctuation != nil {
                    break
                }
                if sawAnd && current.count >= 1 && (k == clause.upperBound || s.tokens[k].trailingPunctuation != nil || k + 1 > clause.upperBound) { break }
                k += 1
            }
            if !current.isEmpty { items.append(s.text(tokens: current[0]..<(current[current.count - 1] + 1))) }
            items = items.map { var t = TextFolding.trimmed($0); while let l = t.last, ",.;".contains(l) { t.removeLast() }; return t }
                .filter { !$0.isEmpty && $0.split(separator: " ").count <= 4 }
            guard sawAnd, items.count >= 3 else { continue }
            let endOffset = s.tokens[min(k, clause.upperBound)].end
            let evidence = s.text(s.tokens[i].start, endOffset)
            guard occursFirst(evidence, in: si) else { continue }
            var topic = DraftFact(id: newID((fact.subject.map(displayName) ?? "article") + " topics"), category: .topic, sentence: si,
                                  subject: fact.subject, predicate: fact.predicate, evidence: evidence, statement: fact.statement)
            topic.topics = items
            facts.append(topic)
            return
        }
    }
}
