/// The contradiction checks, each returning a refuted (or not-mentioned) part when it finds
/// the statement at odds with the article, and nil otherwise.
extension StatementChecker {
    static let prepositions: Set<String> = ["of", "for", "about", "with", "against", "on", "at", "in", "to", "from", "by", "toward",
                                            "towards", "between", "over", "regarding", "concerning", "in connection with",
                                            "in relation to", "with regard to", "as part of"]
    static let sayConcept = Lexicon.key("say")
    /// Verbs that report what someone else did: the name before them is who reports it.
    static let reportedDeedVerbs: Set<String> = ["said", "says", "told", "tells", "added", "adds", "stated", "states", "claimed",
                                              "claims", "alleged", "alleges", "insisted", "insists", "reported", "reports"]
    static let copulaWords: Set<String> = ["is", "was", "be", "serves", "served", "serving", "as", "works", "worked", "acts",
                                        "acted", "now", "currently", "who", "the", "a", "an", "remains", "became",
                                        "holds", "post", "of", "job", "role", "title", ",",
                                        // "Okafor does not chair the committee": the auxiliary links
                                        // the person to the position as the copula does.
                                        "does", "did", "do", "will", "would", "has", "had", "have", "no", "longer"]
    /// Verbs whose negation belongs to what follows them ("not want to", "not expect").
    /// Verbs that hand over what the noun after them names: "gave China a warning".
    static let lightVerbs: Set<String> = ["give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering",
                                          "issue", "issues", "issued", "issuing", "send", "sends", "sent", "sending",
                                          "deliver", "delivers", "delivered", "delivering", "extend", "extends", "extended",
                                          "hand", "handed", "lend", "lent", "grant", "granted", "show", "showed", "shown"]
    static let raisingConcepts: Set<String> = Set(["seek", "think", "believe", "expect", "hope", "want"].map(Lexicon.key))

    /// What the statement's claims mean: each content unit's own readings (a word's rarer
    /// senses left out).
    /// Only concepts the index holds are kept: the set is compared with the article's.
    /// The concepts a statement's content words pick facts by; with `ownMeaningsOnly`, without
    /// the opposites a word carries ("beat" is not an action of the kind "lose").
    func claimConcepts(_ units: [Unit], ownMeaningsOnly: Bool = false) -> ConceptSet {
        var ids: [Int32] = []
        ids.reserveCapacity(units.count * 4)
        for u in units where u.isContent {
            for r in u.readings.prefix(u.primaryReadings) where !(ownMeaningsOnly && r.flipped) { ids.append(r.id) }
        }
        return ConceptSet(ids)
    }

    /// The entity that performs the action named by unit `p`: the nearest entity before it that
    /// is not the object of a preposition; for verbs of saying also the one right after it.
    func agent(of p: Int, in units: [Unit], saying: Bool) -> Int? {
        // "according to Wang, ...": the speaker follows.
        if saying, units[p].text == "according to", p + 1 < units.count,
           units[p + 1].entityID != nil || units[p + 1].isUnknownName {
            return p + 1
        }
        var i = p - 1
        // "Varrick, who met Seliger for about 40 minutes, said": the relative clause between
        // commas before the verb is an aside; who acts stands before it.
        if i > 0, units[i].boundaryAfter, let k = units[..<i].lastIndex(where: \.boundaryAfter), k + 1 < i,
           ["who", "which", "whose"].contains(units[k + 1].text) {
            i = k
        }
        let start = i
        while i >= 0 && i >= start - 9 {
            // Names inside a quotation are not who is speaking or acting.
            if units[i].quoted { i -= 1; continue }
            // "The ministry said the diplomats paid ...": who reports is not who did what is
            // reported, unless "he" or "she" there may be the speaker.
            if !saying, i < p - 1, Self.reportedDeedVerbs.contains(units[i].text) {
                if units[(i + 1)..<p].contains(where: { GeneralLexicon.subjectPronouns.contains($0.text) }) { i -= 1; continue }
                return nil
            }
            switch units[i].kind {
            case .entity, .unknownName:
                // "Navalny's treatment": a possessor right before the action may be who did it or
                // to whom it was done; no agent can be told.
                if units[i].possessive && i == p - 1 { return nil }
                let before = i > 0 ? units[i - 1].text : ""
                // "Blinken gave China a warning": the name after a light verb receives the action;
                // who acts comes before the verb.
                var verb = i - 1
                while verb > 0, ["the", "a", "an", "his", "her", "its", "their"].contains(units[verb].text) { verb -= 1 }
                if verb >= 0, Self.lightVerbs.contains(units[verb].text), units[p].isWord { i -= 1; continue }
                // "Sarmitian steel exports fell": a country's adjective before a noun says what
                // kind of thing the noun names; it does not act.
                if i + 1 < p, units[i + 1].isWord, NationalityRule.adjectiveCountry(units[i], index) != nil { i -= 1; continue }
                // "According to the ministry, the diplomats paid": the source, not the doer.
                if before == "according to" && !saying { i -= 1; continue }
                if !Self.prepositions.contains(before) || (i >= 2 && units[i - 2].kind == units[i].kind && units[i - 1].text == "and") {
                    return i
                }
            default: break
            }
            i -= 1
        }
        if saying {
            for j in (p + 1)..<min(units.count, p + 3) {
                switch units[j].kind {
                case .entity, .unknownName: return j
                default: continue
                }
            }
        }
        return nil
    }

    // MARK: Quotes

    func checkQuotes(_ text: String, units: [Unit], bestSentence: Int) -> PartResult? {
        guard units.contains(where: \.quoted) else { return nil }
        let tokens = Tokenizer.tokenize(text)
        var runs: [[Token]] = []
        var current: [Token] = []
        for token in tokens {
            if token.quoted { current.append(token) } else if !current.isEmpty { runs.append(current); current = [] }
        }
        if !current.isEmpty { runs.append(current) }
        for run in runs {
            let words = run.map(\.text)
            var bestQuote: ArticleQuote?
            var bestAlignment: (matched: Int, missing: [String], added: [String]) = (0, [], [])
            var verbatim = false
            // Only quotations that share words with this one are compared, the most alike first.
            var hits = [Int32](repeating: 0, count: index.quotes.count)
            var touched: [Int] = []
            for word in Set(words) {
                for q in index.quotesByWord[word] ?? [] {
                    if hits[q] == 0 { touched.append(q) }
                    hits[q] += 1
                }
            }
            // The eight with the most shared words (ties: the earlier quotation), without sorting them all.
            func before(_ a: Int, _ b: Int) -> Bool { hits[a] != hits[b] ? hits[a] > hits[b] : a < b }
            var top: [Int] = []
            for q in touched where top.count < 8 || before(q, top[top.count - 1]) {
                top.insert(q, at: top.firstIndex { before(q, $0) } ?? top.count)
                if top.count > 8 { top.removeLast() }
            }
            let nearest = top.map { index.quotes[$0] }
            for quote in nearest {
                if contains(quote.words, words) {
                    bestQuote = quote
                    verbatim = true
                    break
                }
                let alignment = align(words, quote.words)
                if alignment.matched > bestAlignment.matched { bestAlignment = alignment; bestQuote = quote }
            }
            guard let quote = bestQuote else { continue }
            let owner = quote.factIndex
            if !verbatim {
                let ratio = Double(bestAlignment.matched) / Double(max(words.count, 1))
                // A short quotation with a word changed ("rapid progress") counts as altered when the
                // rest of the statement is about the sentence that holds the real one.
                let altered = ratio >= 0.6 || (ratio >= 0.4 && quote.sentenceIndex == bestSentence)
                guard altered, let owner else {
                    return PartResult(text: text, verdict: .notMentioned, evidence: [], correction: nil,
                                      explanation: "the article has no such quotation")
                }
                var changes: [String] = []
                if !bestAlignment.missing.isEmpty { changes.append("leaves out '\(bestAlignment.missing.joined(separator: " "))'") }
                if !bestAlignment.added.isEmpty { changes.append("adds '\(bestAlignment.added.joined(separator: " "))'") }
                return refuted(text, units: units, fact: owner,
                               correction: "the article's words are: “\(quote.text.trimmingCharacters(in: .whitespaces))”",
                               reason: "the quotation is altered: it " + changes.joined(separator: " and "))
            }
            // Who said it?
            guard let owner, let speakerID = index.facts[owner].fact.subject else { continue }
            let sayIndex = units.firstIndex { !$0.quoted && $0.readings.contains { $0.concept == Self.sayConcept } }
            var speaker: Int?
            if let s = sayIndex { speaker = agent(of: s, in: units, saying: true) }
            if speaker == nil { speaker = units.firstIndex { !$0.quoted && ($0.entityID != nil || $0.isUnknownName) } }
            guard let sp = speaker else { continue }
            let unit = units[sp]
            if let claimed = unit.entityID {
                if !index.compatible(claimed, speakerID) {
                    return refuted(text, units: units, fact: owner,
                                   correction: "the article says \(index.entityName(speakerID)) said this, not \(index.entityName(claimed))",
                                   reason: "the quotation is given to the wrong speaker")
                }
            } else if unit.isUnknownName {
                return refuted(text, units: units, fact: owner,
                               correction: "the article says \(index.entityName(speakerID)) said this",
                               reason: "the article gives this quotation to \(index.entityName(speakerID)), not to '\(unit.text)'")
            }
        }
        return nil
    }

    func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }

    /// Longest common subsequence of the claim's quoted words and an article quote, with the
    /// words the claim left out (inside the aligned stretch) and the words it added.
    func align(_ claim: [String], _ quote: [String]) -> (matched: Int, missing: [String], added: [String]) {
        let n = claim.count, m = quote.count
        guard n > 0, m > 0, n <= 400, m <= 400 else { return (0, [], []) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = claim[i] == quote[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var i = 0, j = 0
        var matchedQuote: [Int] = []
        var added: [String] = []
        while i < n && j < m {
            if claim[i] == quote[j] { matchedQuote.append(j); i += 1; j += 1 }
            else if table[i + 1][j] >= table[i][j + 1] { added.append(claim[i]); i += 1 }
            else { j += 1 }
        }
        while i < n { added.append(claim[i]); i += 1 }
        var missing: [String] = []
        if let first = matchedQuote.first, let last = matchedQuote.last {
            let matchedSet = Set(matchedQuote)
            for k in first...last where !matchedSet.contains(k) { missing.append(quote[k]) }
        }
        return (table[0][0], missing, added)
    }

    // MARK: Positions

    func checkRoles(_ text: String, units: [Unit]) -> PartResult? {

        for (r, unit) in units.enumerated() {
            guard let roleFactID = unit.roleFact, let roleFactIndex = index.factIndexByID[roleFactID] else { continue }
            // "called for the mayor's resignation": a title in the possessive names whose, and
            // says nothing of who holds it.
            if unit.possessive { continue }
            let roleFact = index.facts[roleFactIndex].fact
            guard let holder = roleFact.subject else { continue }
            // Who is said to hold the position: the name right after it, or before it through a copula.
            var person: Int?
            func isPerson(_ u: Unit) -> Bool {
                u.isUnknownName || (u.entityID.map { index.entityByID[$0]?.type == .person } ?? false)
            }
            // (After whom the title is for: "The chair of Beta is Bo Kim.")
            var c = r + 1
            if c + 1 < units.count, ["of", "at", "for"].contains(units[c].text),
               let o = (c + 1..<min(units.count, c + 3)).first(where: { units[$0].entityID != nil && !isPerson(units[$0]) }) {
                c = o + 1
            }
            if r + 1 < units.count, isPerson(units[r + 1]) {
                person = r + 1
            } else if c + 1 < units.count, ["is", "was", "be", "remains"].contains(units[c].text),
                      let p = (c + 1..<min(units.count, c + 3)).first(where: { isPerson(units[$0]) && units[$0].roleFact == nil }),
                      units[(c + 1)..<p].allSatisfy({ $0.isWord && $0.neutral }) {
                // "The Chinese foreign minister is Antony Blinken."
                person = p
            } else {
                var k = r - 1
                var sawLink = false
                while k >= 0, k >= r - 6 {
                    let u = units[k]
                    // Apposition: "Antony Blinken, China's foreign minister, ..."
                    if k == r - 1 || (k == r - 2 && units[r - 1].entityID.map { index.entityByID[$0]?.type == .country } == true),
                       u.boundaryAfter, u.isUnknownName || u.entityID.map({ index.entityByID[$0]?.type == .person }) == true {
                        person = k
                        break
                    }
                    if u.isNegation { k -= 1; continue }
                    if u.isWord, Self.copulaWords.contains(u.text) || u.boundaryAfter || u.readings.contains(Reading("_")) {
                        sawLink = true
                        k -= 1
                        continue
                    }
                    if k == r - 1, u.entityID.map({ index.entityByID[$0]?.type == .country }) == true
                        || (u.isUnknownName && CountryLookup.byName[CountryLookup.key(u.text)] != nil) { k -= 1; continue }
                    if sawLink, u.isUnknownName || (u.entityID.map { index.entityByID[$0]?.type == .person } ?? false) {
                        person = k
                    }
                    break
                }
            }
            // A country named right before the position ("Russian foreign minister").
            var qualifier: String?
            if r > 0, let q = units[r - 1].entityID, index.entityByID[q]?.type == .country { qualifier = q }
            // A nation inside the other (a Welsh painter is a British one) is no conflict.
            var qualifierConflict = qualifier.map { q in
                roleFact.roleOf.map { of in
                    guard !index.compatible(q, of), q != of else { return false }
                    guard let a = NationalityRule.nation(ofEntity: q, index), let b = NationalityRule.nation(ofEntity: of, index) else { return true }
                    return !NationalityRule.compatible(a, b)
                } ?? false
            } ?? false
            // "Bolivia's Vice Minister" where the article has Peru's: a country the bank does not
            // know, from the country table.
            var qualifierName = qualifier.map { index.entityName($0) }
            if qualifier == nil, r > 0, units[r - 1].isUnknownName || units[r - 1].isWord,
               let of = roleFact.roleOf, index.entityByID[of]?.type == .country,
               let i = CountryLookup.byName[CountryLookup.key(units[r - 1].text)] ?? CountryLookup.byAdjective[CountryLookup.key(units[r - 1].text)],
               let actual = NationalityRule.nation(ofEntity: of, index) {
                let claimed = CountryLookup.nation(i)
                if !NationalityRule.compatible(claimed, actual) {
                    qualifierConflict = true
                    qualifier = of
                    qualifierName = claimed.name
                }
            }
            let roleName = roleFact.role ?? "that position"
            let holderName = index.entityName(holder)
            guard let p = person else {
                continue
            }
            if let claimed = units[p].entityID {
                if claimed == holder {
                    if unit.negated {
                        return refuted(text, units: units, fact: roleFactIndex,
                                       correction: "the article says \(holderName) is \(roleFact.roleOf.map { index.entityName($0) + "'s " } ?? "")\(roleName)",
                                       reason: "the statement denies a position the article gives")
                    }
                    if qualifierConflict, let q = qualifier, let of = roleFact.roleOf {
                        return refuted(text, units: units, fact: roleFactIndex,
                                       correction: "the article says \(holderName) is \(index.entityName(of))'s \(roleName), not \(qualifierName ?? index.entityName(q))'s",
                                       reason: "the position is given the wrong country")
                    }
                    continue
                }
                if unit.negated { continue }  // "Wang Yi is not the Secretary of State": true, and checked below
                // A title the claimed one holds too ("chief executive" of two companies): whose
                // it is, the organisation after it decides (`position-claim`).
                // (The bare title only: "Norway's fisheries minister" names whose it is, and so
                // does "the chair of Beta", which names Beta's chair.)
                let title = Tokenizer.tokenize(roleFact.role ?? "").map(\.text)
                let ownerNamed = (r > 0 && units[r - 1].possessive && units[r - 1].entityID != nil)
                    || (r + 2 < units.count && ["of", "at", "for"].contains(units[r + 1].text))
                if unit.text == title.joined(separator: " "), !ownerNamed, (index.positionFactsBySubject[claimed] ?? []).contains(where: { k in
                    Tokenizer.tokenize(index.facts[k].fact.role ?? "").map(\.text) == title
                }) { continue }
                let theirIndex = (index.positionFactsBySubject[claimed] ?? []).first
                let theirs = theirIndex.map { index.facts[$0].fact }
                let extra = theirs.map { "; \(index.entityName(claimed)) is \($0.roleOf.map { index.entityName($0) + "'s " } ?? "")\($0.role ?? "")" } ?? ""
                return refuted(text, units: units, fact: roleFactIndex, also: theirIndex.map { [$0] } ?? [],
                               correction: "the article says the \(roleName) is \(holderName)\(extra)",
                               reason: "the position belongs to someone else in the article")
            } else if !qualifierConflict {
                // A bare title ("Foreign Minister Sergei Lavrov") may be another country's office:
                // it contradicts the article only when the rest of the statement is about the holder.
                let bare = unit.text == Tokenizer.tokenize(roleName).map(\.text).joined(separator: " ")
                if bare, let top = rank(units).first, index.facts[top.fact].fact.subject != holder { continue }
                return refuted(text, units: units, fact: roleFactIndex,
                               correction: "the article says the \(roleName) is \(holderName), not '\(units[p].text)'",
                               reason: "the article gives this position to \(holderName)")
            }
        }
        // "X is the <title>" where the title is not X's position in the article.
        for (p, unit) in units.enumerated() {
            guard let person = unit.entityID, let positions = index.positionFactsBySubject[person], !positions.isEmpty else { continue }
            guard p + 1 < units.count, ["is", "was", "serves as", "served as", "as", "be"].contains(units[p + 1].text)
                    || (unit.boundaryAfter && units[p + 1].text != "and") else { continue }
            let window = units[(p + 1)..<min(units.count, p + 7)]
            if window.contains(where: { $0.roleFact != nil || $0.entityID == person }) { continue }
            let titles = window.flatMap { u in u.text.split(separator: " ").map(String.init).filter { GeneralLexicon.titleWords.contains($0) } }
            guard !titles.isEmpty else { continue }
            // "Tom Reed is the council leader" where he is the "Council leader": his own title, when
            // every word of the claimed one is a word of a position he holds ("the US defense
            // secretary" is not "Secretary of State").
            var claimed: [String] = []
            for u in window.dropFirst() {
                if ["of", "in", "at", "for", "who", "which", "and", "with"].contains(u.text) { break }
                if u.isWord, !u.neutral { claimed += u.text.split(separator: " ").map(String.init) }
                if u.boundaryAfter { break }
            }
            let held = positions.map { Set(Tokenizer.tokenize(index.facts[$0].fact.role ?? "").map(\.text)) }
            if !claimed.isEmpty, held.contains(where: { role in claimed.allSatisfy { role.contains($0) } }) { continue }
            // A position once held ("a former foreign minister") is not contradicted by another
            // one the article gives now; it is by the same one, which the person still holds.
            // A former position the article gives, other than the claimed one, contradicts it.
            if claimed.contains(where: { GeneralLexicon.pastTitleWords.contains($0) }) {
                let title = claimed.filter { !GeneralLexicon.pastTitleWords.contains($0) }
                guard !title.isEmpty else { continue }
                // Each position with the words of its title (`held`), now or former.
                let roles = zip(positions, held)
                let now = roles.filter { $0.1.isDisjoint(with: GeneralLexicon.pastTitleWords) }
                let former = roles.filter { !$0.1.isDisjoint(with: GeneralLexicon.pastTitleWords) }
                if let (k, _) = now.first(where: { title.allSatisfy($0.1.contains) }) {
                    let fact = index.facts[k].fact
                    return refuted(text, units: units, fact: k,
                                   correction: "the article says \(index.entityName(person)) is \(fact.roleOf.map { index.entityName($0) + "'s " } ?? "")\(fact.role ?? ""), not a former one",
                                   reason: "the article gives \(index.entityName(person)) this position now")
                }
                if !former.contains(where: { title.allSatisfy($0.1.contains) }), let (k, _) = former.first {
                    return refuted(text, units: units, fact: k,
                                   correction: "the article says \(index.entityName(person)) is a \(index.facts[k].fact.role ?? "")",
                                   reason: "the article gives \(index.entityName(person)) another former position")
                }
                continue
            }
            // Nor is the position said in one more general word ("a veteran diplomat" for a special
            // envoy: WordNet's envoy is a diplomat).
            if titles.count == 1, let title = titles.first, title == claimed.last, GeneralLexicon.genericTitleWords.contains(title), case let senses = Set(WordNet.entry(for: title)?.concepts.prefix(2) ?? []), !senses.isEmpty,
               held.contains(where: { role in role.contains { !Set(WordNet.entry(for: $0)?.broader ?? []).isDisjoint(with: senses) } }) { continue }
            let fact = index.facts[positions[0]].fact
            return refuted(text, units: units, fact: positions[0],
                           correction: "the article says \(index.entityName(person)) is \(fact.roleOf.map { index.entityName($0) + "'s " } ?? "")\(fact.role ?? "")",
                           reason: "the article gives \(index.entityName(person)) a different position")
        }
        return nil
    }

    // MARK: Who did it

    /// "Wang said the US wants ...": the words belong to whoever the article says said them.
    func checkReporter(_ text: String, units: [Unit], candidates: [Candidate]) -> PartResult? {
        if let refutation = checkReporterOfEvent(text, units: units, candidates: candidates) { return refutation }
        guard let top = candidates.first, let subject = index.facts[top.fact].fact.subject,
              index.entityByID[subject]?.type == .person || index.entityByID[subject]?.type == .group,
              let say = units.firstIndex(where: { !$0.quoted && $0.isWord && $0.readings.contains(Reading(Self.sayConcept)) && !$0.negated }),
              let a = agent(of: say, in: units, saying: true), let claimed = units[a].entityID,
              index.entityByID[claimed]?.type == .person, !index.compatible(claimed, subject) else { return nil }
        let f = index.facts[top.fact]
        let own = contentScore(units, fact: f, skipping: [a, say])
        let alternative = candidates.prefix(32).contains { c in
            guard let s = index.facts[c.fact].fact.subject, index.compatible(claimed, s) else { return false }
            return contentScore(units, fact: index.facts[c.fact], skipping: [a, say]) >= 0.75 * own
        }
        if alternative { return nil }
        return refuted(text, units: units, fact: top.fact,
                       correction: "the article says \(index.entityName(subject)), not \(index.entityName(claimed)): \(f.fact.statement)",
                       reason: "the statement gives \(index.entityName(subject))'s words to \(index.entityName(claimed))")
    }

    /// "The Civil Aviation Authority said a faulty valve caused the jet to lose pressure" where the
    /// article's sentence reports that event from the safety board: the best fact has no doer
    /// who speaks, and its sentence has one reporter, a body or a person, whom the statement
    /// replaces with another who is not on the same side, says nothing in that sentence, and
    /// has no fact of its own that the statement's words fit as well.
    func checkReporterOfEvent(_ text: String, units: [Unit], candidates: [Candidate]) -> PartResult? {
        let speakers: Set<EntityType> = [.person, .group, .organisation]
        guard let top = candidates.first, case let f = index.facts[top.fact], !f.predicateConcepts.contains(sayConceptID),
              f.fact.subject.map({ index.entityByID[$0].map { speakers.contains($0.type) } != true }) ?? true,
              let say = units.firstIndex(where: { !$0.quoted && $0.isWord && $0.readings.contains(Reading(Self.sayConcept)) && !$0.negated }),
              let a = agent(of: say, in: units, saying: true), a < say, let claimed = units[a].entityID,
              let claimedType = index.entityByID[claimed]?.type, speakers.contains(claimedType) else { return nil }
        let reporters = Set(index.sentences[f.fact.sentenceIndex].facts.compactMap { g -> String? in
            let fact = index.facts[g]
            guard fact.predicateConcepts.contains(sayConceptID), fact.fact.positive, let s = fact.fact.subject,
                  let type = index.entityByID[s]?.type, speakers.contains(type) else { return nil }
            return s
        })
        guard reporters.count == 1, let reporter = reporters.first, !sameSide(claimed, reporter) else { return nil }
        let own = contentScore(units, fact: f, skipping: [a, say])
        guard own > 0 else { return nil }
        let alternative = candidates.prefix(32).contains { c in
            guard let s = index.facts[c.fact].fact.subject, sameSide(claimed, s) else { return false }
            return contentScore(units, fact: index.facts[c.fact], skipping: [a, say]) >= 0.75 * own
        }
        if alternative { return nil }
        return refuted(text, units: units, fact: top.fact,
                       correction: "the article says \(index.entityName(reporter)) said it, not \(index.entityName(claimed)): \(f.fact.statement)",
                       reason: "the statement gives what \(index.entityName(reporter)) reported to \(index.entityName(claimed))")
    }

    /// "Odeshko had been jailed for smuggling military electronics" where the article's fact,
    /// with no doer, says Ilvashin was: the one a passive names before its verb is the one acted
    /// on, and another of the same kind than the fact's object, with everything else in the
    /// fact's own words and no other fact doing the same to that one.
    func checkPatient(_ text: String, units: [Unit], candidates: [Candidate], fact: Int) -> PartResult? {
        let f = index.facts[fact]
        guard let object = f.fact.object, !f.predicateConcepts.isEmpty,
              let p = units.indices.first(where: { i in
                  units[i].isWord && !units[i].quoted && units[i].readings.contains { !$0.flipped && f.predicateConcepts.contains($0) }
              }), p > 0, !units[p].negated,
              units[max(0, p - 2)..<p].contains(where: { ["was", "were", "is", "are", "been", "being", "be"].contains($0.text) }),
              let a = units[..<p].lastIndex(where: { $0.entityID != nil }), let claimed = units[a].entityID,
              !index.compatible(claimed, object), !index.compatible(object, claimed),
              let claimedType = index.entityByID[claimed]?.type, claimedType == index.entityByID[object]?.type,
              claimedType == .person || claimedType == .group || claimedType == .organisation || claimedType == .country
        else { return nil }
        // Nothing else the statement says is missing from the fact's words (or its sentence's).
        let sentence = index.sentences[f.fact.sentenceIndex].concepts
        guard units.indices.allSatisfy({ k in
            k == a || k == p || !units[k].isContent || units[k].value != nil
                || units[k].readings.contains { !$0.flipped && (f.describes($0) || sentence.contains($0)) }
        }) else { return nil }
        // Another fact that does the same to the claimed one backs it.
        for c in candidates.prefix(12) where c.fact != fact {
            let g = index.facts[c.fact]
            guard units[p].readings.contains(where: { !$0.flipped && g.predicateConcepts.contains($0) }) else { continue }
            if [g.fact.object, g.fact.subject].contains(where: { $0.map { index.compatible(claimed, $0) || index.compatible($0, claimed) } == true }) {
                return nil
            }
        }
        return refuted(text, units: units, fact: fact,
                       correction: "the article says \(index.entityName(object)), not \(index.entityName(claimed)): \(f.fact.statement)",
                       reason: "the statement gives what was done to \(index.entityName(object)) to \(index.entityName(claimed))")
    }

    func checkAgents(_ text: String, units: [Unit], candidates: [Candidate]) -> PartResult? {
        guard let top = candidates.first?.score else { return nil }
        for candidate in candidates.prefix(8) where candidate.score >= 0.5 * top {
            let f = index.facts[candidate.fact]
            if f.fact.subject == nil, f.fact.object != nil, candidate.score >= 0.9 * top,
               let refutation = checkPatient(text, units: units, candidates: candidates, fact: candidate.fact) { return refutation }
            guard let subject = f.fact.subject, !f.predicateConcepts.isEmpty else { continue }
            // The action word itself, not a noun after a preposition ("in connection with sanctions").
            guard let p = units.indices.first(where: { i in
                let u = units[i]
                guard u.isWord, !u.quoted, u.readings.contains(where: { !$0.flipped && f.predicateConcepts.contains($0) }) else { return false }
                let before = i > 0 ? units[i - 1].text : ""
                return before == "to" || !Self.prepositions.contains(before)
            }) else { continue }
            let saying = f.predicateConcepts.contains(sayConceptID)
            // Passive voice ("a warning was issued by Wang"): the agent follows "by".
            let copula = units.firstIndex { ["was", "were", "is", "are", "been", "being"].contains($0.text) }
            let byAgent = copula.flatMap { c in units.indices.first { $0 > c && units[$0 - 1].text == "by" && units[$0].entityID != nil } }
            // "signed by both sides' negotiators": the doers are the negotiators, whom the
            // statement does not name; the sides only own them.
            if let b = byAgent, units[b].possessive, b + 1 < units.count, units[b + 1].isContent, units[b + 1].entityID == nil { continue }
            let passive = byAgent != nil
            let agentIndex: Int?
            if passive {
                agentIndex = byAgent
            } else {
                agentIndex = agent(of: p, in: units, saying: saying)
            }
            guard let a = agentIndex, let claimed = units[a].entityID else { continue }
            if units[p].negated { return nil }
            if !passive, p > 0, ["was", "were", "is", "are", "been", "be", "being", "get", "got"].contains(units[p - 1].text), a < p {
                // "Russia was warned" names the one acted on, "Russia was involved in" the one
                // acting: either way the name must be the fact's subject or its object. A fact with
                // no object cannot tell ("the plan was approved").
                if index.compatible(claimed, subject) || f.fact.object.map({ index.compatible(claimed, $0) }) ?? true { continue }
                // A fact whose subject is a thing or a place names no doer to swap ("the city's tram
                // network will be extended to Northgate" against the extension's fact).
                if let st = index.entityByID[subject]?.type, st == .event || st == .place { continue }
            }
            // "Hollins Lane and Corrie Bank primary schools are to close": a verb with nothing
            // after it, said of one the fact itself names besides its doer, is the thing done to
            // ("close", "open", "end" both ways).
            if !passive, a < p, !units[(p + 1)...].contains(where: \.isContent),
               index.sentences[f.fact.sentenceIndex].units[f.unitRange].contains(where: { $0.entityID == claimed })
                || f.fact.topics.contains(where: { index.entityByID[claimed]?.aliases.contains($0) == true || index.entityByID[claimed]?.name == $0 }) { continue }
            // Only someone who can act is put in another's place: not a plan, an event or a place
            // — unless the article's doer is a place too ("Eastmoor was the only borough to record
            // a rise" where the article names Harrowfield).
            if let type = index.entityByID[claimed]?.type, type == .event || type == .place,
               !(type == .place && index.entityByID[subject]?.type == .place) { continue }
            let symmetric = !f.predicateConcepts.isDisjoint(with: symmetricConcepts)
            if index.compatible(claimed, subject) || (symmetric && f.fact.object.map { index.compatible(claimed, $0) } == true) {
                return checkObject(text, units: units, fact: candidate.fact, predicate: p, symmetric: symmetric, agent: claimed)
            }
            // Another fact may give the same kind of action, on much the same content, to the claimed
            // agent: its predicate is what the action word (or another word of the statement that
            // this fact does not explain) means — not what a noun of the content means ("results"
            // is no action of "led the trial"), nor their opposite ("beat" is no alternative to
            // "Millbrook lost").
            let own = contentScore(units, fact: f, skipping: [a, p])
            let action = claimConcepts(units.enumerated().filter { i, u in
                i == p || (u.isWord && !u.readings.contains { f.concepts.contains($0) })
            }.map(\.element), ownMeaningsOnly: true)
            let alternative = candidates.prefix(32).contains { c in
                let g = index.facts[c.fact]
                guard let s = g.fact.subject, index.compatible(claimed, s) || (!g.predicateConcepts.isDisjoint(with: symmetricConcepts) && g.fact.object.map { index.compatible(claimed, $0) } == true) else { return false }
                return !g.predicateConcepts.isDisjoint(with: action) && contentScore(units, fact: g, skipping: [a, p]) >= 0.75 * own
            }
            if alternative { continue }
            // A fact of the claimed one's own that matches the statement clearly better, whatever
            // its verb ("The Civic Union won 63 seats" where the article has it take 63 seats and
            // another party win 50).
            // The figures decide: the statement's figure is that fact's, not this one's. (Also
            // a fact that matches less well in words: "Quorvex employs around 9,200 people" where
            // the article has "Quorvex ... has some 9,200 staff" and "Talvio ... employs about
            // 1,600 people".)
            // (A count agrees with the same count of other things: "9,200 people", "9,200 staff".)
            let figures = units.compactMap(\.value).filter { $0.kind == .quantity || $0.kind == .cardinal }
            let better = !figures.isEmpty && !figures.contains { v in factValues(f).contains { Self.sameFigure(v, $0) } }
                && candidates.prefix(8).contains { c in
                    guard c.score >= 0.5 * candidate.score, let s = index.facts[c.fact].fact.subject,
                          s == claimed || index.entityByID[s]?.members.contains(claimed) == true else { return false }
                    let values = factValues(index.facts[c.fact])
                    return figures.allSatisfy { v in values.contains { Self.sameFigure(v, $0) } }
                }
            if better { continue }
            // The sentence itself has the claimed one do it ("... when Millbrook Primary shut"
            // for "Millbrook Primary closed"): no swap.
            if acts(claimed, units[p], inSentence: f.fact.sentenceIndex) { continue }
            // The rest of the statement must match the fact for the swap to be a contradiction.
            let others = units.enumerated().filter { $0.offset != a && $0.offset != p && $0.element.isContent }
            let matchingUnits = others.filter { $0.element.readings.contains { f.concepts.contains($0) } }
            guard others.isEmpty || Double(matchingUnits.count) >= 0.5 * Double(others.count) else { continue }
            // Names alone do not make it the same action: what was done must match in a word too
            // ("threatened sanctions against the US" is not "warned against assistance to Russia").
            if others.contains(where: { $0.element.isWord }), !matchingUnits.contains(where: { $0.element.isWord }) { continue }
            return refuted(text, units: units, fact: candidate.fact,
                           correction: "the article says \(index.entityName(subject)), not \(index.entityName(claimed)): \(f.fact.statement)",
                           reason: "the statement gives \(index.entityName(subject))'s words or action to \(index.entityName(claimed))")
        }
        return nil
    }

    /// Prepositions of time and place: what follows one after a denied verb is not denied.
    static let presupposingPrepositions: Set<String> = ["during", "throughout", "amid", "before", "after", "since", "until"]

    /// Whether two figures are one: they agree in their slot, or both count things (no measure)
    /// and give the same number ("9,200 people" and "9,200 staff").
    static func sameFigure(_ v: Value, _ w: Value) -> Bool {
        if v.agrees(with: w) { return true }
        func count(_ x: Value) -> Double? {
            if x.kind == .cardinal, !x.dayOfMonth, !x.age { return Double(x.number) }
            if x.kind == .quantity, !Units.isMeasure(x.unit) { return x.amount }
            return nil
        }
        guard let a = count(v), let b = count(w) else { return false }
        return a == b
    }

    /// Whether a sentence has `entity` do what `action` says, right after naming it: "when
    /// Millbrook Primary shut" for "closed", "20 researchers, who will drill" for "drill".
    func acts(_ entity: String, _ action: Unit, inSentence sentence: Int) -> Bool {
        let sentenceUnits = index.sentences[sentence].units
        let meanings = action.readings.filter { !$0.flipped }
        return sentenceUnits.indices.contains { j in
            guard let e = sentenceUnits[j].entityID, index.compatible(entity, e) || index.compatible(e, entity) else { return false }
            // The verb right after the name, past "who", "will", "had" ... only: "Wang Yi on
            // Thursday, issuing" is Blinken's participle, not Wang's deed.
            var k = j + 1
            while k < sentenceUnits.count, k <= j + 3, Self.beforeTheVerb.contains(sentenceUnits[k].text) { k += 1 }
            guard k < sentenceUnits.count else { return false }
            let v = sentenceUnits[k]
            return v.isWord && !v.negated && v.readings.contains { !$0.flipped && meanings.contains($0) }
        }
    }

    /// Words that may stand between a name and its verb.
    static let beforeTheVerb: Set<String> = ["who", "which", "that", "will", "would", "had", "has", "have", "then",
                                             "also", "later", "last", "first", "finally", "eventually", "itself"]

    /// How much of the statement, leaving out some units, a fact's concepts account for (IDF-weighted).
    func contentScore(_ units: [Unit], fact: IndexedFact, skipping: Set<Int>, opposites: Bool = true) -> Double {
        var total = 0.0
        for (i, u) in units.enumerated() where u.isContent && !skipping.contains(i) {
            let weights = u.readings.filter { (opposites || !$0.flipped) && fact.concepts.contains($0) }.map { index.idf($0) }
            total += weights.max() ?? 0
        }
        return total
    }

    /// "Blinken met Navalny": the action is right but the article names someone else as its object.
    func checkObject(_ text: String, units: [Unit], fact: Int, predicate p: Int, symmetric: Bool, agent: String) -> PartResult? {
        let f = index.facts[fact]
        guard let object = f.fact.object, let objectEntity = index.entityByID[object] else { return nil }
        // The object stands right after the verb, perhaps after a preposition or an article
        // ("met with Wang", "sanctions on Moscow", "assistance to Russia").
        var o = p + 1
        while o < units.count, o <= p + 2, units[o].isWord,
              ["with", "on", "against", "to", "upon", "the", "a", "an", "his", "her", "their"].contains(units[o].text) { o += 1 }
        guard o < units.count, let claimed = units[o].entityID, let claimedEntity = index.entityByID[claimed] else { return nil }
        if index.compatible(claimed, object) || (symmetric && f.fact.subject.map { index.compatible(claimed, $0) } == true) { return nil }
        let people: Set<EntityType> = [.person], states: Set<EntityType> = [.country, .organisation]
        let sameKind = (people.contains(objectEntity.type) && people.contains(claimedEntity.type))
            || (states.contains(objectEntity.type) && states.contains(claimedEntity.type))
        guard sameKind, claimed != agent else { return nil }
        return refuted(text, units: units, fact: fact,
                       correction: "the article names \(index.entityName(object)), not \(index.entityName(claimed)): \(f.fact.statement)",
                       reason: "the statement puts \(index.entityName(claimed)) where the article has \(index.entityName(object))")
    }

    // MARK: Days, months, years, ordinals

    /// The values a fact gives in its typed fields (`when`, `quantity`, `ordinal`), not those its
    /// evidence merely holds.
    func typedValues(_ f: IndexedFact) -> [Value] {
        var values: [Value] = []
        if let when = f.fact.when {
            if let w = when.weekday, let n = GeneralLexicon.weekdays.firstIndex(where: { $0.name == w }) {
                values.append(Value(kind: .weekday, number: n + 1, name: w))
            }
            if let m = when.month, let n = GeneralLexicon.months.firstIndex(where: { $0.name == m }) {
                values.append(Value(kind: .month, number: n + 1, name: m))
            }
            if let y = when.year { values.append(Value(kind: .year, number: y, name: String(y))) }
            // The day of the month ("until April 10"): a day, never a count.
            if let d = when.day, (1...31).contains(d) {
                var day = Value(kind: .cardinal, number: d, name: String(d))
                day.dayOfMonth = true
                values.append(day)
            }
        }
        // Someone's age, as the bank format gives it: years, with "age" (or "her age", "age of
        // the instructor") as `what`; not a statistic such as "the national median age".
        var quantities = f.fact.quantities.map { Value(quantity: $0) }
        if quantities.contains(where: { $0.unit == "year" }), let what = f.fact.what,
           case let words = what.lowercased().split(whereSeparator: { !$0.isLetter }).filter({ !ClauseSplitter.determiners.contains(String($0)) }),
           words.first == "age", words.count == 1 || words[1] == "of" {
            for i in quantities.indices where quantities[i].unit == "year" { quantities[i].age = true }
        }
        values += quantities
        if let n = f.fact.ordinal { values.append(Value(kind: .ordinal, number: n, name: GeneralLexicon.ordinalName(n))) }
        return values
    }

    /// "Won his first award in 1997" where the article has "his first in 1988 and his fourth in
    /// 1997", "two trains an hour on Sundays" where it has two on weekdays and one on Sundays:
    /// a fact of the matched sentence gives, in its typed fields, every slot the statement's
    /// values fill; none agrees with them all, and each value it gets wrong is one another fact
    /// of the sentence gives. The statement pairs values the article keeps apart.
    func mispairedValues(_ text: String, units: [Unit], candidates: [Candidate]) -> PartResult? {
        let stated = units.filter { !$0.quoted && !$0.negated }.compactMap(\.value)
        // One value of each kind: "between March 2021 and October 2023" is a range, two facts.
        guard stated.count >= 2, Set(stated.map(\.kind)).count == stated.count, let top = candidates.first else { return nil }
        // Each fact gives exactly one value in each of those slots ...
        let full = index.sentences[index.facts[top.fact].fact.sentenceIndex].facts.filter { k in
            let typed = typedValues(index.facts[k])
            return stated.allSatisfy { v in typed.filter { v.sameSlot($0) }.count == 1 }
        }
        guard !full.isEmpty else { return nil }
        // ... and they differ in every slot: pairs the article keeps apart, not one figure repeated.
        for v in stated {
            let inSlot = full.compactMap { k in typedValues(index.facts[k]).first { v.sameSlot($0) } }
            if Set(inSlot.map(\.number)).count < inSlot.count { return nil }
        }
        func agreeing(_ k: Int) -> Int { stated.filter { v in typedValues(index.facts[k]).contains { v.agrees(with: $0) } }.count }
        guard !full.contains(where: { agreeing($0) == stated.count }),
              let wrong = full.filter({ agreeing($0) > 0 }).max(by: { agreeing($0) < agreeing($1) }) else { return nil }
        // Each value the fact gets wrong is one another fact of the sentence gives ("two trains an
        // hour on Sundays": two is the weekdays' figure).
        let sentenceFacts = index.sentences[index.facts[top.fact].fact.sentenceIndex].facts
        let wrongValues = stated.filter { v in !typedValues(index.facts[wrong]).contains { v.agrees(with: $0) } }
        guard wrongValues.allSatisfy({ v in sentenceFacts.contains { k in k != wrong && typedValues(index.facts[k]).contains { v.agrees(with: $0) } } })
        else { return nil }
        let f = index.facts[wrong]
        return refuted(text, units: units, fact: wrong, correction: "the article says: \(f.fact.statement)",
                       reason: "the statement puts together values the article gives to different facts: \(f.fact.statement)")
    }

    func factValues(_ f: IndexedFact) -> [Value] {
        var values = index.sentences[f.fact.sentenceIndex].units[f.unitRange].compactMap(\.value)
        // A year inside a name the evidence gives ("the 2026 budget", an alias): a value too.
        for unit in index.sentences[f.fact.sentenceIndex].units[f.unitRange] where unit.entityID != nil && unit.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            for word in unit.text.split(separator: " ") where word.count == 4 && word.allSatisfy(\.isASCII) {
                if let year = Int(word), (1000...2999).contains(year), !values.contains(where: { $0.kind == .year && $0.number == year }) {
                    values.append(Value(kind: .year, number: year, name: String(word)))
                }
            }
        }
        // Values the bank gives in their slots.
        // (The figure the evidence gives, with its "up to", stands for the same one.)
        for v in typedValues(f) {
            if v.kind == .quantity,
               values.contains(where: { $0.kind == .quantity && $0.unit == v.unit && $0.amount == v.amount && $0.qualifier != .exact }) { continue }
            values.append(v)
        }
        // A fact's ordinal is the one its bank entry gives, when another fact of the sentence has
        // the evidence's other one: "the third near-collision this year, and the second for
        // Orbisphere" is the evidence of the second's fact, not a third of its own.
        if let rank = f.fact.ordinal, values.contains(where: { $0.kind == .ordinal && $0.number != rank }) {
            let others = Set(index.sentences[f.fact.sentenceIndex].facts.compactMap { index.facts[$0].fact.ordinal })
            values.removeAll { $0.kind == .ordinal && $0.number != rank && others.contains($0.number) }
        }
        // Likewise its quantity, when another fact of the sentence has the evidence's other figure
        // of that unit: "Quorvex holds 41 percent of that market and Talvio 17 percent" gives
        // Talvio 17 percent, not 41.
        // (The other facts are looked at only when the evidence has such a figure.)
        let own = f.fact.quantities.map { Value(quantity: $0) }
        if values.contains(where: { v in v.kind == .quantity && own.contains { $0.unit == v.unit } && !own.contains { v.agrees(with: $0) } }) {
            let others = index.sentences[f.fact.sentenceIndex].facts.filter { index.facts[$0].fact.id != f.fact.id }
                .flatMap { index.facts[$0].fact.quantities.map { Value(quantity: $0) } }
            values.removeAll { v in
                v.kind == .quantity && own.contains { $0.unit == v.unit } && !own.contains { v.agrees(with: $0) }
                    && others.contains { v.agrees(with: $0) }
            }
        }
        // Actions told in the same sentence about the same person share its date ("met ... on
        // Thursday, issuing a warning").
        if f.fact.when == nil, let subject = f.fact.subject {
            for other in index.sentences[f.fact.sentenceIndex].facts {
                let g = index.facts[other].fact
                guard g.subject == subject, let when = g.when, g.id != f.fact.id else { continue }
                if let w = when.weekday, let n = GeneralLexicon.weekdays.firstIndex(where: { $0.name == w }) {
                    values.append(Value(kind: .weekday, number: n + 1, name: w))
                }
                if let m = when.month, let n = GeneralLexicon.months.firstIndex(where: { $0.name == m }) {
                    values.append(Value(kind: .month, number: n + 1, name: m))
                }
            }
        }
        return values
    }

    /// A fact that does what the statement says with another figure of the value's slot, where
    /// the facts that have the statement's own figure do not: a statement word that none of
    /// those backs is the other fact's deed (its predicate), the other fact backs every other
    /// word of the statement as well, and the facts stand in one sentence.
    func deedOfAnotherFigure(units: [Unit], rest: [Int], agreeing: [Int], others: [(fact: Int, actual: Value)]) -> (fact: Int, actual: Value)? {
        let unbacked = rest.filter { i in
            units[i].isWord && !agreeing.contains { a in units[i].readings.contains { !$0.flipped && index.facts[a].describes($0) } }
        }
        guard !unbacked.isEmpty else { return nil }
        for other in others {
            let f = index.facts[other.fact]
            guard agreeing.contains(where: { index.facts[$0].fact.sentenceIndex == f.fact.sentenceIndex }),
                  unbacked.allSatisfy({ i in units[i].readings.contains { !$0.flipped && f.predicateConcepts.contains($0) } }),
                  // ... and the other fact backs all the rest in its own words: who, what, when
                  // (a word a rank leaves to the clause before it, "the second was drawn" after
                  // "won the first and fourth rapid games", from the agreeing fact of that sentence).
                  rest.allSatisfy({ i in units[i].readings.contains { r in
                      !r.flipped && (f.describes(r) || other.actual.kind == .ordinal && units[i].entityID == nil && agreeing.contains { a in
                          index.facts[a].fact.sentenceIndex == f.fact.sentenceIndex && index.facts[a].describes(r)
                      })
                  } })
            else { continue }
            return other
        }
        return nil
    }

    /// Kinds of entity that act: a value of one is not another's.
    static let actors: Set<EntityType> = [.person, .organisation, .group]

    func checkValues(_ text: String, units: [Unit], candidates: [Candidate], context: ConceptSet) -> PartResult? {
        let concepts = claimConcepts(units)
        var aligned = candidates.prefix(12).filter { c in
            let f = index.facts[c.fact]
            return !f.predicateConcepts.isDisjoint(with: concepts)
        }
        // The best-matching facts count too when everything else in the statement is about them
        // ("the third high-level diplomatic contact").
        let bestScore = candidates.first?.score ?? 0
        for top in candidates.prefix(3) where top.score >= 0.8 * bestScore && !aligned.contains(where: { $0.fact == top.fact }) {
            let sentence = index.sentences[index.facts[top.fact].fact.sentenceIndex].concepts
            let others = units.filter { $0.isContent && $0.value == nil }
            let backed = others.filter { u in u.readings.contains { !$0.flipped && sentence.contains($0) } }.count
            var about = !others.isEmpty && backed * 4 >= others.count * 3
            // (Or all but one word, which another sentence of the article gives: "the near-miss
            // occurred at an altitude of 547 miles" where the sentence gives the altitude, and the
            // headline the near-miss. Not a name, nor for a bare count, which fits too many slots.)
            if !about, others.count >= 2, backed == others.count - 1, !units.contains(where: { $0.value?.kind == .cardinal }),
               let missing = others.first(where: { u in !u.readings.contains { !$0.flipped && sentence.contains($0) } }), missing.entityID == nil {
                about = index.sentences.contains { s in missing.readings.contains { !$0.flipped && s.concepts.contains($0) } }
            }
            if about {
                aligned.append(top)
                for other in index.sentences[index.facts[top.fact].fact.sentenceIndex].facts
                where !aligned.contains(where: { $0.fact == other }) {
                    aligned.append(Candidate(fact: other, score: top.score))
                }
            }
        }
        // The best-matching fact is compared first ("the mission cost 310 million dollars" with
        // the mission's 310 million euros, not a later mission's cost).
        aligned = aligned.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
        // ... after the figures of what the statement names ("The mountain is 7,542 metres high"
        // and the mountain's height, before the height of a camp on it).
        let owned = figuresOfNamed(units, candidates: candidates)
        aligned = owned + aligned.filter { c in !owned.contains { $0.fact == c.fact } }
        let valueUnits = Set(units.indices.filter { units[$0].value != nil })
        // The one the statement is about: a name before any other word of content.
        let leadingSubject = units.first(where: { $0.isContent && !$0.quoted })?.entityID
        // How well each fact backs the words other than figures, and the statement's years,
        // worked out once for all its figures (a statement of thousands of dates stays linear).
        var scores: [Int: Double] = [:]
        func scoreOf(_ fact: Int) -> Double {
            if let known = scores[fact] { return known }
            let score = contentScore(units, fact: index.facts[fact], skipping: valueUnits, opposites: false)
            scores[fact] = score
            return score
        }
        let years = valueUnits.sorted().compactMap { k in units[k].value.flatMap { $0.kind == .year ? (at: k, value: $0) : nil } }
        // The part of a change each figure stands in ("from", "to", "by"), read once.
        let figureRoles = Dictionary(ChangeRoleRule.figures(units).map { ($0.at, $0.role) }, uniquingKeysWith: { first, _ in first })
        // Each figure is compared against the facts on its own, with work that grows with the
        // clause: only the first `figuresCompared` figures of a clause are, so that a pasted
        // table of thousands of dates stays quick (no claim a person writes has that many).
        for vi in units.indices.filter({ !units[$0].quoted && units[$0].value != nil }).prefix(Self.figuresCompared) {
            let unit = units[vi]
            guard var value = unit.value else { continue }
            value.threshold = value.qualifier != .exact && value.qualifier != .about && Self.isThreshold(units, vi)
            // The value belongs to the fact the rest of the statement is about: "128 of those who
            // received the vaccine" is wrong when the article gives 128 for the placebo group and
            // 41 for the vaccine, though both numbers stand in one sentence.
            // The owner must back every other word of the statement itself, in its own evidence.
            // A fact that has the value need share no word with the statement ("the remaining 1.1
            // million euros" against "1.1 million euros is a fine"), unless it also has the year the
            // statement gives.
            var bestOwner: (fact: Int, score: Double, agrees: Bool, whole: Bool)?
            // A fact of the statement's own subject that gives this slot another figure in its
            // typed fields, backing every other word.
            var subjectsOwn: (fact: Int, actual: Value)?
            // A fact that names no one and gives this slot another figure in its typed fields,
            // backing every other word.
            var nobodysOwn: (fact: Int, actual: Value)?
            var wholeAgreeing = Set<Int>()
            // The facts with a figure of this slot: those that agree, and the others with theirs.
            var agreeingFacts: [Int] = []
            var otherFigures: [(fact: Int, actual: Value)] = []
            var bestAgreeing = 0.0
            var anyAgreeing = false
            var agreeingHasOtherValue = false
            let rest = units.indices.filter { units[$0].isContent && !valueUnits.contains($0) }
            for c in candidates.prefix(12) {
                let f = index.facts[c.fact]
                let values = factValues(f).filter { value.sameSlot($0) }
                guard !values.isEmpty else { continue }
                let score = scoreOf(c.fact)
                let agrees = values.contains { value.agrees(with: $0) }
                if agrees { agreeingFacts.append(c.fact) } else if let v = values.first { otherFigures.append((c.fact, v)) }
                // Every other word is backed by the fact, or by its sentence when the fact's figure is
                // the only one of its slot there ("the third phase will add 102 turbines": the phase is
                // named in the sentence, not in the fact's few words).
                let sentence = index.sentences[f.fact.sentenceIndex]
                let alone = sentence.units.compactMap(\.value).filter { value.sameSlot($0) }.count <= 1
                // A name is backed by the name itself, not by a word of it ("National Renewal" is
                // not backed by the "National Assembly").
                let whole = rest.allSatisfy { i in
                    units[i].readings.prefix(units[i].entityID == nil ? units[i].readings.count : 1)
                        .contains { !$0.flipped && (f.describes($0) || alone && sentence.concepts.contains($0)) }
                }
                if agrees {
                    if whole { wholeAgreeing.insert(c.fact) }
                    bestAgreeing = max(bestAgreeing, score)
                    anyAgreeing = true
                    // "2.3 million pounds in 2024": a fact with the figure and the year the statement
                    // dates it to owns it.
                    let others = years.filter { $0.at != vi }.map(\.value)
                    if others.contains(where: { o in factValues(f).contains { o.agrees(with: $0) } }) { agreeingHasOtherValue = true }
                }
                if score > (bestOwner?.score ?? -1) { bestOwner = (c.fact, score, agrees, whole) }
                if subjectsOwn == nil, whole, let subject = leadingSubject, f.fact.subject == subject,
                   case let typed = typedValues(f).filter({ value.sameSlot($0) }), !typed.isEmpty,
                   !typed.contains(where: { value.agrees(with: $0) }), let actual = typed.first {
                    subjectsOwn = (c.fact, actual)
                }
                if nobodysOwn == nil, whole, !agrees, f.fact.subject == nil,
                   case let typed = typedValues(f).filter({ value.sameSlot($0) }), let actual = typed.first,
                   !typed.contains(where: { value.agrees(with: $0) }) {
                    nobodysOwn = (c.fact, actual)
                }
            }
            // Not when the statement gives the owner's figure too ("won 50 seats, down from 61").
            // Nor when the statement also says the saying of a fact of that sentence that has its
            // figure ("On Friday, Hale said he would meet ..." where the article has him say it on
            // Friday and meet on Monday).
            func saysDeedOfAgreeing(_ owner: Int) -> Bool {
                agreeingFacts.contains { k in
                    let g = index.facts[k]
                    return g.fact.sentenceIndex == index.facts[owner].fact.sentenceIndex && g.predicateConcepts.contains(sayConceptID)
                        && index.facts[owner].predicateConcepts.sharedCount(with: g.predicateConcepts) < g.predicateConcepts.count
                        && units.contains { u in !u.quoted && u.entityID == nil && u.value == nil && u.readings.contains { !$0.flipped && g.predicateConcepts.contains($0) } }
                }
            }
            if let owner = bestOwner, !owner.agrees, owner.whole, owner.score > 1.25 * bestAgreeing,
               anyAgreeing, !agreeingHasOtherValue, !saysDeedOfAgreeing(owner.fact),
               !valueUnits.contains(where: { k in
                   guard k != vi, let v = units[k].value, v.kind == .cardinal || v.kind == .quantity else { return false }
                   return factValues(index.facts[owner.fact]).contains { w in
                       value.sameSlot(w) && (v.agrees(with: w) || v.kind == .cardinal && w.kind == .quantity && Double(v.number) == w.amount)
                   }
               }),
               let actual = factValues(index.facts[owner.fact]).first(where: { value.sameSlot($0) && !value.agrees(with: $0) }),
               // "the second major blackout since 2019" gives no date of the blackout the
               // statement dates.
               !(actual.kind == .year && (vi == 0 || units[vi - 1].text != "since") && isSince(actual, in: index.facts[owner.fact])) {
                let f = index.facts[owner.fact]
                return refuted(text, units: units, fact: owner.fact,
                               correction: "the article says \(actual.shown(against: value)), not \(value.shown(against: actual)): \(f.fact.statement)",
                               reason: "the \(value.slotName) belongs to another fact: \(f.fact.statement)")
            }
            // "Holly Pryce was third" where the article has "... her third title, finishing ahead of
            // Holly Pryce, who was second": the statement's subject has a figure of its own in
            // this slot; the one that agrees is another's.
            if let own = subjectsOwn, let subject = leadingSubject, !agreeingFacts.isEmpty, !unit.negated,
               agreeingFacts.allSatisfy({ k in index.facts[k].fact.subject != subject && index.facts[k].fact.object != subject }) {
                let f = index.facts[own.fact]
                return refuted(text, units: units, fact: own.fact,
                               correction: "the article says \(own.actual.shown(against: value)), not \(value.shown(against: own.actual)): \(f.fact.statement)",
                               reason: "the \(value.slotName) belongs to another fact: \(f.fact.statement)")
            }
            // "It was the second near-collision this year" where the article has "the third
            // near-collision this year, and the second for Orbisphere": every fact with the
            // statement's figure is one party's, whom the statement does not name, and a fact of
            // that sentence that names no one gives the slot another figure.
            // (Facts of other sentences count only when they back the whole statement.)
            if let other = nobodysOwn, case let s = index.facts[other.fact].fact.sentenceIndex,
               case let relevant = agreeingFacts.filter({ index.facts[$0].fact.sentenceIndex == s || wholeAgreeing.contains($0) }),
               let first = relevant.first(where: { index.facts[$0].fact.sentenceIndex == s }), let party = index.facts[first].fact.subject, !unit.negated,
               // The party is named in what gives the figure ("the second for Orbisphere"), not
               // only the fact's subject ("the government ... raising the rate to 12.80 euros").
               index.facts[first].unitRange.contains(where: { index.sentences[s].units[$0].entityID == party }),
               relevant.allSatisfy({ k in
                   guard let owner = index.facts[k].fact.subject else { return false }
                   return !units.contains { u in u.entityID.map { index.compatible($0, owner) || index.compatible(owner, $0) } == true }
               }) {
                let f = index.facts[other.fact]
                return refuted(text, units: units, fact: other.fact,
                               correction: "the article says \(other.actual.shown(against: value)), not \(value.shown(against: other.actual)): \(f.fact.statement)",
                               reason: "the \(value.slotName) the statement gives is one the article gives only for \(index.entityName(party))")
            }
            // "The fourth rapid game was drawn" where the article has "won the first and fourth rapid
            // games ... the second was drawn": the deed that no fact with the statement's figure
            // has is the deed of another fact of that sentence, with another figure of the slot.
            if !otherFigures.isEmpty, !agreeingFacts.isEmpty, !unit.negated,
               let other = deedOfAnotherFigure(units: units, rest: rest, agreeing: agreeingFacts, others: otherFigures) {
                let f = index.facts[other.fact]
                return refuted(text, units: units, fact: other.fact,
                               correction: "the article says \(other.actual.shown(against: value)), not \(value.shown(against: other.actual)): \(f.fact.statement)",
                               reason: "the \(value.slotName) belongs to another fact: \(f.fact.statement)")
            }
            // "did not last 48 hours" where the article gives 48 hours: the denied duration is the claim.
            // Likewise "is not 42 kilometres long" where the article gives 42 kilometres.
            let deniedDuration = Units.time.contains(value.unit)
                && units[max(0, vi - 3)..<vi].contains(where: { GeneralLexicon.durationVerbs.contains($0.text) })
            let deniedLength = Units.dimension(of: value.unit) == "length" && vi + 1 < units.count
                && GeneralLexicon.measureWords.contains(units[vi + 1].text)
            // And "is not 24 years old", "was not 74 percent": a denial right before the figure.
            let deniedFigure = vi > 0 && units[max(0, vi - 2)..<vi].contains(where: \.isNegation)
                && units[max(0, vi - 2)..<vi].allSatisfy { $0.isNegation || !$0.isContent }
            if unit.negated, value.kind == .quantity || (value.kind == .cardinal && value.age), deniedDuration || deniedLength || deniedFigure,
               let agreeing = candidates.prefix(8).first(where: { c in
                   let f = index.facts[c.fact]
                   return f.fact.positive && factValues(f).contains { value.agrees(with: $0) }
                       && !index.sentences[f.fact.sentenceIndex].units[f.unitRange].contains { $0.kind == .negation }
               }) {
                return refuted(text, units: units, fact: agreeing.fact,
                               correction: "the article says: \(index.facts[agreeing.fact].fact.statement)",
                               reason: "the statement denies what the article states")
            }
            // A figure in another unit agrees within rounding, unless the article also gives it in
            // the statement's own unit, and otherwise ("7,542 metres" against "7,452-metre
            // (24,449-foot)").
            let alignedValues = aligned.flatMap { factValues(index.facts[$0.fact]) }
            let sameUnit = alignedValues.filter { $0.kind == .quantity && value.kind == .quantity && $0.unit == value.unit }
            if alignedValues.contains(where: { value.agrees(with: $0) }),
               sameUnit.isEmpty || sameUnit.contains(where: { value.agrees(with: $0) }) { continue }
            // "rose to 3.9 percent from 3.7 percent" where the fact types the change's end: the
            // figure stands in the same part of the change in the fact's sentence.
            if let role = figureRoles[vi], role != "by",
               aligned.contains(where: { c in
                   ChangeRoleRule.figures(index.sentences[index.facts[c.fact].fact.sentenceIndex].units).contains { $0.role == role && value.agrees(with: $0.value) }
               }) { continue }
            // "raised the fee by 15 dollars" where the article raises it from 40 to 55 dollars.
            // Only the sentence of the first fact that gives a figure of this slot is read.
            if vi > 0, units[vi - 1].text == "by", value.kind == .quantity,
               let first = aligned.first(where: { factValues(index.facts[$0.fact]).contains { value.sameSlot($0) } }),
               ChangeRoleRule.isDifference(value, in: index.sentences[index.facts[first.fact].fact.sentenceIndex].units) { continue }
            let others = units.indices.filter { units[$0].isContent && units[$0].value == nil }
            for c in aligned {
                let f = index.facts[c.fact]
                // The fact must be about what the rest of the statement is about: "steel prices
                // rose 20%" is not about the fares that rose 8%.
                let backed = others.filter { i in units[i].readings.contains { !$0.flipped && f.describes($0) } }
                // The unit of a length or a time ("years" in "five years") is a word the fact may
                // share; a percent sign or a currency is not.
                let measured = value.kind == .quantity && Units.hasUnitWord(value.unit) ? 1 : 0
                // (Or a unit of the same measure, for the same figure or one close to it: "19 days"
                // for 19 hours, "547 miles" for 547 kilometres; not 4 million litres for 100
                // millilitres.)
                let sharesUnit = measured == 1 && factValues(f).contains { v in
                    v.kind == .quantity && (v.unit == value.unit || value.sameSlot(v) && (v.amount == value.amount || Self.closeInSize(value, v)))
                } ? 1 : 0
                if (backed.count + sharesUnit) * 2 < others.count + measured { continue }
                // Nor about another person or body: "Brenneck died in 2025" is not wrong about the
                // year his son died, nor one party's share about another's.
                if let first = others.first(where: { units[$0].entityID != nil && !units[$0].quoted }), !backed.contains(first),
                   let claimed = units[first].entityID, let subject = f.fact.subject,
                   let claimedType = index.entityByID[claimed]?.type, Self.actors.contains(claimedType),
                   index.entityByID[subject]?.type == claimedType, !index.compatible(claimed, subject), !index.compatible(subject, claimed) { continue }
                // Nor of several where the statement speaks of one: "the first phase has 40
                // turbines" against "the first two phases ... have 102 turbines".
                let sentenceUnits = index.sentences[f.fact.sentenceIndex].units
                if value.kind == .quantity || value.kind == .cardinal, units.indices.contains(where: { i in
                    guard let rank = units[i].value, rank.kind == .ordinal, i + 1 < units.count else { return false }
                    return sentenceUnits.indices.dropLast(2).contains { j in
                        sentenceUnits[j].value.map { $0.kind == .ordinal && $0.number == rank.number } == true
                            && sentenceUnits[j + 1].value.map { ($0.kind == .cardinal || $0.kind == .quantity) && $0.number > 1 } == true
                            && Self.shares(units[i + 1], [sentenceUnits[j + 2]])
                            && !units.contains { $0.value.map { $0.kind != .ordinal && $0.number == sentenceUnits[j + 1].value?.number } == true }
                    }
                }) { continue }
                // Nor of another time: "won 29.7 percent in 2021" is not wrong about this year's
                // 24.9 percent when the year is another figure's of the sentence ("down from 61
                // seats at the previous election in 2021").
                let years = units.indices.filter { $0 != vi }.compactMap { units[$0].value }.filter { $0.kind == .year }
                if !years.isEmpty, !years.contains(where: { y in factValues(f).contains { y.agrees(with: $0) } }),
                   index.sentences[f.fact.sentenceIndex].facts.contains(where: { g in
                       let values = factValues(index.facts[g])
                       return g != c.fact && years.contains { y in values.contains { y.agrees(with: $0) } }
                           && values.contains { $0.kind == .quantity || $0.kind == .cardinal }
                   }) { continue }
                // Of the fact's values in this slot, the one no other value of the statement
                // matches: "31 votes to 21" against "31 to 12" is wrong about the 12.
                let numeric: Set<Value.Kind> = [.cardinal, .quantity]
                // "27 to 14", "7-4" against "27 votes to 14": a bare count the fact gives with its
                // noun is the fact's own figure.
                // (Not a day of the month: "until April 30" against "30 days ... until April 10".)
                if value.kind == .cardinal, !value.dayOfMonth, factValues(f).contains(where: { $0.kind == .quantity && $0.number == value.number }) { continue }
                let differing = factValues(f).filter { value.sameSlot($0) && !value.agrees(with: $0) }
                let otherValues = units.indices.filter { $0 != vi }.compactMap { units[$0].value }
                func same(_ a: Value, _ b: Value) -> Bool {
                    a.agrees(with: b) || (numeric.contains(a.kind) && numeric.contains(b.kind) && a.number == b.number)
                }
                // An ordinal the statement's other ordinal already matches is of another noun ("the
                // 67th-minute equaliser, his first goal"), not a wrong one. Nor is the end of a
                // change whose start is the fact's one figure in the slot, when the article gives
                // that figure as no end of a change ("dropped from 34,000 feet to 10,000 feet"
                // against "lost pressure at 34,000 feet"; not against "fall from 40 minutes to 22").
                let startOfTheChange: Bool = {
                    guard let d = differing.first, differing.allSatisfy({ same($0, d) }), vi > 0, units[vi - 1].text == "to",
                          !factValues(f).contains(where: { value.sameSlot($0) && value.agrees(with: $0) }),
                          let o = units.indices.first(where: { $0 != vi && units[$0].value.map { same($0, d) } == true }),
                          o > 0, units[o - 1].text == "from" else { return false }
                    let su = index.sentences[f.fact.sentenceIndex].units
                    return !su.indices.contains { j in j > 0 && su[j].value.map { same($0, d) } == true && ["to", "from"].contains(su[j - 1].text) }
                }()
                let fallback = value.kind == .ordinal || startOfTheChange ? nil : differing.first
                if let actual = differing.first(where: { v in !otherValues.contains { same($0, v) } }) ?? fallback {
                    // When the date comes from another fact (the day of the meeting), show that one too.
                    let related = index.sentences[f.fact.sentenceIndex].facts + (f.fact.subject.flatMap { index.factsBySubject[$0] } ?? [])
                    let stated = related.first { k in
                        let g = index.facts[k]
                        return index.sentences[g.fact.sentenceIndex].units[g.unitRange].contains { $0.value.map(actual.agrees) == true }
                    }
                    // "did not meet on Friday": denying the wrong day agrees with the article —
                    // unless the article denies too ("no club had won since 1994" against "no
                    // club had won since 1984": the same denial with another year is wrong).
                    // The same denial word in the fact's words denies too ("refused to record his
                    // Fifth Symphony" against "refused to record his Third Symphony").
                    let denial = units[..<vi].last { $0.kind == .negation }.map { Set(WordNet.lemmas(of: $0.text)) }
                    let articleDenies = !f.fact.positive || index.sentences[f.fact.sentenceIndex].units[f.unitRange]
                        .contains { $0.negated && $0.value.map(actual.agrees) == true }
                        || index.sentences[f.fact.sentenceIndex].units[f.unitRange].contains { u in
                            u.kind == .negation && denial.map { !$0.isDisjoint(with: WordNet.lemmas(of: u.text)) } == true
                        }
                    if unit.negated && !articleDenies {
                        return PartResult(text: text, verdict: .supported,
                                          evidence: ([c.fact] + (stated.map { [$0] } ?? [])).map { evidenceItem($0, units: units) },
                                          correction: nil,
                                          explanation: "the article gives \(actual.name), not \(value.name): \(f.fact.statement)")
                    }
                    return refuted(text, units: units, fact: c.fact, also: stated.map { [$0] } ?? [],
                                   correction: "the article says \(actual.shown(against: value)), not \(value.shown(against: actual))",
                                   reason: "the \(value.slotName) is wrong: \(f.fact.statement)")
                }
            }
            // "journeys of up to 40 miles" where the article says "up to 40 minutes": the same
            // figure with a measure of another kind, in the sentence the rest of the statement is about.
            if value.kind == .quantity, Units.isMeasure(value.unit), !value.unit.isEmpty, !unit.negated,
               let top = candidates.first {
                let f = index.facts[top.fact]
                let sentence = index.sentences[f.fact.sentenceIndex]
                let backed = others.filter { i in units[i].readings.contains { !$0.flipped && sentence.concepts.contains($0) } }
                guard !others.isEmpty, backed.count * 4 >= others.count * 3 else { continue }
                let inSentence = sentence.units.compactMap(\.value) + factValues(f)
                if inSentence.contains(where: { value.sameSlot($0) }) { continue }
                if let actual = inSentence.first(where: { $0.kind == .quantity && $0.unit != value.unit && Units.isMeasure($0.unit)
                                                          && abs($0.amount - value.amount) <= max(abs(value.amount), 1e-9) * 1e-6 }) {
                    return refuted(text, units: units, fact: top.fact,
                                   correction: "the article says \(actual.shown(against: value)), not \(value.shown(against: actual))",
                                   reason: "the unit is wrong: \(f.fact.statement)")
                }
            }
        }
        return misattachedCount(text, units: units, candidates: candidates)
            ?? misattachedFigure(text, units: units, candidates: candidates)
            ?? mispairedValues(text, units: units, candidates: candidates)
            ?? partitiveWhole(text, units: units, candidates: candidates)
    }

    /// "would force 212 vessels to stay in port" where the article has "would force as many as
    /// 40 of the association's 212 vessels": the statement gives the whole of "N of M" as the
    /// count of a fact whose own figure is the part.
    /// Whether two quantities of one measure are within a factor of 100 of each other.
    static func closeInSize(_ a: Value, _ b: Value) -> Bool {
        guard let fa = Units.baseFactor(of: a.unit), let fb = Units.baseFactor(of: b.unit) else { return false }
        let x = abs(a.amount * fa), y = abs(b.amount * fb)
        guard x > 0, y > 0 else { return false }
        return max(x, y) / min(x, y) <= 100
    }

    /// Whether a fact's evidence gives `year` after "since": the start of a span, not the date of
    /// what the fact tells.
    func isSince(_ year: Value, in f: IndexedFact) -> Bool {
        let units = index.sentences[f.fact.sentenceIndex].units
        return f.unitRange.contains { k in k > 0 && units[k - 1].text == "since" && units[k].value.map { $0.kind == .year && $0.number == year.number } == true }
    }

    /// Whether the bound at `vi` picks out whom or what the statement speaks of: no modal or form
    /// of "be" stands before it and one follows right after it ("customers without power for
    /// more than six hours will get compensation", "passengers delayed for more than two hours
    /// are paid"), not after the verb it measures ("made over 100 recordings").
    static func isThreshold(_ units: [Unit], _ vi: Int) -> Bool {
        if boundsANoun(units, vi) { return true }
        guard !units[..<vi].contains(where: { thresholdVerbs.contains($0.text) }) else { return false }
        return units[(vi + 1)..<min(units.count, vi + 3)].contains { thresholdVerbs.contains($0.text) }
    }

    /// Whether the bound at `vi` stands after a noun it narrows, which a preposition or "with"
    /// introduces: "on wages below 1,600 euros", "for firms with fewer than 10 employees" name
    /// the wages and firms meant, so another figure is another group.
    static func boundsANoun(_ units: [Unit], _ vi: Int) -> Bool {
        guard let span = Analyzer.qualifierSpan(before: vi, in: units) else { return false }
        let h = vi - span - 1
        guard h >= 1 else { return false }
        if units[h].text == "with" { return units[h - 1].isContent }
        return units[h].isWord && !units[h].neutral && WordNet.canBe("n", units[h].text)
            && boundedNounOpeners.contains(units[h - 1].text)
    }

    /// How many figures of one clause `checkValues` compares (see there).
    static let figuresCompared = 64

    /// Prepositions before a noun that a bound after it narrows (`boundsANoun`).
    static let boundedNounOpeners: Set<String> = ["on", "to", "for", "of", "among", "from", "in", "at"]

    /// The modals and forms of "be", "have" and "get" that `isThreshold` looks for.
    static let thresholdVerbs: Set<String> = ["will", "would", "can", "could", "must", "should", "may", "might", "shall",
                                              "is", "are", "was", "were", "has", "have", "had", "be", "been", "get", "gets", "got"]

    func partitiveWhole(_ text: String, units: [Unit], candidates: [Candidate]) -> PartResult? {
        guard let top = candidates.first else { return nil }
        let f = index.facts[top.fact]
        let typed = typedValues(f)
        let sentence = index.sentences[f.fact.sentenceIndex].units
        let counts: Set<Value.Kind> = [.cardinal, .quantity]
        let numbers = Set(units.compactMap(\.value).filter { counts.contains($0.kind) }.map(\.number))
        for (vi, unit) in units.enumerated() where !unit.quoted && !unit.negated {
            // No fact as close to the statement has the whole as its own figure ("the assembly has
            // 180 seats").
            guard let value = unit.value, counts.contains(value.kind), !(vi > 0 && units[vi - 1].text == "of"),
                  !candidates.prefix(6).contains(where: { c in
                      c.score >= 0.8 * top.score && typedValues(index.facts[c.fact]).contains { $0.number == value.number }
                  }) else { continue }
            let same = sentence.indices.filter { sentence[$0].value.map { counts.contains($0.kind) && $0.number == value.number } == true }
            guard same.count == 1, let j = same.first,
                  let k = (max(0, j - 4)..<j).last(where: { sentence[$0].value.map { counts.contains($0.kind) } == true }),
                  let part = sentence[k].value, part.number < value.number, !numbers.contains(part.number),
                  sentence[(k + 1)..<j].contains(where: { $0.text == "of" }),
                  typed.contains(where: { counts.contains($0.kind) && $0.number == part.number }) else { continue }
            let scalars = Array(index.sentences[f.fact.sentenceIndex].sentence.text.unicodeScalars)
            let end = j + 1 < sentence.count && sentence[j + 1].isWord && !sentence[j + 1].neutral ? j + 1 : j
            let phrase = Unit.written(sentence[k...end], in: scalars)
            return refuted(text, units: units, fact: top.fact,
                           correction: "the article says \(TextFolding.sanitizeForTerminal(phrase))",
                           reason: "\(value.name) is the whole the article takes \(part.name) of: \(f.fact.statement)")
        }
        return nil
    }

    /// Facts with no action, about someone or something the statement names, that give a figure
    /// of a slot the statement gives one of, and back every other word of it: "The mountain is
    /// 7,542 metres high" and the mountain's height (`what: height of the mountain`).
    func figuresOfNamed(_ units: [Unit], candidates: [Candidate]) -> [Candidate] {
        let named = Set(units.compactMap { $0.quoted ? nil : $0.entityID })
        let slots = units.compactMap(\.value)
        guard !named.isEmpty, !slots.isEmpty else { return [] }
        return candidates.prefix(12).filter { c in
            let f = index.facts[c.fact]
            // The very one the fact is about ("the Italian team" is not the expedition, though
            // both are groups), and every count of the fact given too ("the first two phases have
            // 102 turbines" says nothing of the first phase alone).
            guard f.predicateConcepts.isEmpty || f.fact.predicate == "be", let subject = f.fact.subject, named.contains(subject),
                  case let typed = typedValues(f), typed.contains(where: { v in slots.contains { $0.sameSlot(v) } }),
                  // (A count that is the typed figure itself, "Orlova, 31," for an age of 31 years, is
                  // that figure, not another count.)
                  factValues(f).filter({ v in v.kind == .cardinal && !typed.contains { $0.kind == .quantity && $0.amount == Double(v.number) } })
                      .allSatisfy({ v in slots.contains { $0.number == v.number } }),
                  Tokenizer.tokenize(f.fact.what ?? "").compactMap({ GeneralLexicon.cardinals[$0.text] ?? Int($0.text) })
                      .allSatisfy({ n in slots.contains { $0.number == n } }) else { return false }
            return units.allSatisfy { u in
                guard u.isContent, u.value == nil else { return true }
                if let e = u.entityID { return e == subject }
                return u.readings.contains { !$0.flipped && f.describes($0) }
            }
        }
    }

    /// "Mild fatigue was reported by 31 percent" where the article has "pain at the injection
    /// site, reported by 31 percent ..., and mild fatigue, reported by 12 percent": the words
    /// before a figure, back to the figure before it, say what it is of; the statement gives a
    /// figure a word the article puts before another figure of the same slot and not before it.
    func misattachedFigure(_ text: String, units: [Unit], candidates: [Candidate]) -> PartResult? {
        guard let top = candidates.first else { return nil }
        let f = index.facts[top.fact]
        let sentence = index.sentences[f.fact.sentenceIndex].units
        func lead(_ list: [Unit], before k: Int) -> [Unit] {
            var words: [Unit] = []
            var j = k - 1
            // Back to the figure before it, and not its unit ("12 billion crowns to 45 billion").
            while j >= 0, k - j <= 6, list[j].value == nil, j == 0 || list[j - 1].value == nil {
                if list[j].isWord && !list[j].neutral { words.append(list[j]) }
                j -= 1
            }
            return words
        }
        for (vi, unit) in units.enumerated() where !unit.quoted && !unit.negated {
            guard let value = unit.value, value.kind == .quantity || value.kind == .cardinal else { continue }
            let mine = lead(units, before: vi)
            let same = sentence.indices.filter { j in sentence[j].value.map { value.agrees(with: $0) } == true }
            let others = sentence.indices.filter { j in sentence[j].value.map { value.sameSlot($0) && !value.agrees(with: $0) } == true }
            guard !mine.isEmpty, same.count == 1, let j = same.first, !others.isEmpty else { continue }
            // The article's figure needs words of its own, before or right after it ("82 percent
            // voting for strike action"): "up from 2.3 million pounds" is said of what the figure
            // before it is of.
            let theirs = lead(sentence, before: j)
            // The words right after a figure are its too ("the 165 million euros caused by ...").
            func trail(_ k: Int) -> [Unit] {
                // Not across a comma: "retreated by 1.4 kilometres, leaving a lake".
                if sentence[k].boundaryAfter { return [] }
                let unitWord = sentence[k].value.map { $0.unit } ?? ""
                return sentence[(k + 1)..<min(sentence.count, k + 3)].prefix { $0.isWord && !$0.neutral }
                    .filter { unitWord.isEmpty || !$0.text.hasPrefix(unitWord) }
            }
            let trailing = trail(j)
            guard !theirs.isEmpty || !trailing.isEmpty else { continue }
            // The statement ties the figure by the noun right after it, as the article does ("a
            // 10-second increment" and "a 10-second increment per move"): the words before it
            // are what the whole sentence is about.
            let after = units[(vi + 1)..<min(units.count, vi + 3)].prefix { $0.isWord && !$0.neutral }
            if !unit.boundaryAfter, after.contains(where: { Self.shares($0, trailing) }) { continue }
            // A bare count only when the article says what it counts ("1,920 new homes"), not in
            // "in 41 of the 4,700 ... and in 128 of the 4,700", where the words before the second
            // are the first's too.
            if value.kind == .cardinal, j + 1 >= sentence.count || sentence[j + 1].text == "of"
                || !sentence[(j + 1)..<min(sentence.count, j + 3)].contains(where: { $0.isWord && !$0.neutral }) { continue }
            // The statement names the figure by the article's own word for it, nearest to it
            // ("passed at an altitude of 547 kilometres" where the article's "passed within 180
            // metres of it at an altitude of 547 kilometres"): the verb before is the sentence's.
            // (A noun: "reported by 31 percent" ties the figure by its verb.)
            if let nearest = mine.first, !nearest.text.contains(" "), !WordNet.canBe("v", nearest.text), Self.shares(nearest, theirs) { continue }
            // The statement names whose figure it is as the article does ("Talvio's stock had
            // dropped 23%" where the article has "Talvio's shares fell 23 percent, while Quorvex
            // stock edged up 1.8 percent"): the owner ties it, whatever its word for the thing.
            func owners(_ list: [Unit], before k: Int) -> Set<String> {
                Set(list[max(0, k - 6)..<k].compactMap(\.entityID))
            }
            let myOwners = owners(units, before: vi)
            if !myOwners.isEmpty, myOwners.isSubset(of: owners(sentence, before: j)) { continue }
            for word in mine where !Self.shares(word, theirs + trailing) {
                guard let k = others.first(where: { Self.shares(word, lead(sentence, before: $0) + trail($0)) }),
                      let actual = sentence[k].value else { continue }
                return refuted(text, units: units, fact: top.fact,
                               correction: "the article gives \(actual.name) for '\(word.text)', not \(value.name)",
                               reason: "'\(word.text)' goes with another figure of the sentence: \(f.fact.statement)")
            }
        }
        return nil
    }

    /// Whether a word has one of its own meanings among those of some word of `words`.
    static func shares(_ a: Unit, _ words: [Unit]) -> Bool {
        words.contains { w in a.readings.contains { r in !r.flipped && w.readings.contains { $0.id == r.id && !$0.flipped } } }
    }

    /// "merge three secondary schools" where the article has "close three primary schools and
    /// merge two secondary schools": the words right after a count say what it counts, and the
    /// statement gives a count the words the article gives another count of the same sentence.
    func misattachedCount(_ text: String, units: [Unit], candidates: [Candidate]) -> PartResult? {
        guard let top = candidates.first else { return nil }
        let f = index.facts[top.fact]
        let sentence = index.sentences[f.fact.sentenceIndex].units
        func counted(_ list: [Unit], after k: Int) -> [Unit] {
            Array(list[(k + 1)..<min(list.count, k + 3)]).prefix { $0.isWord && !$0.neutral }.map { $0 }
        }
        for (vi, unit) in units.enumerated() where !unit.quoted && !unit.negated {
            // A rank keeps its words too: "the rocket's second flight" where the article has "a
            // second satellite ... on the rocket's fourth flight".
            guard let value = unit.value, value.kind == .cardinal || value.kind == .ordinal
                    || (value.kind == .quantity && !Units.isMeasure(value.unit)) else { continue }
            let mine = counted(units, after: vi)
            guard !mine.isEmpty else { continue }
            let same = sentence.indices.filter { j in sentence[j].value.map { value.sameSlot($0) && $0.number == value.number } == true }
            let others = sentence.indices.filter { j in sentence[j].value.map { value.sameSlot($0) && $0.number != value.number } == true }
            // "the rocket's first stage" where the article has "the first attempt" and "the
            // rocket's upper stage": the rank goes with other words, and what the statement ranks
            // the article qualifies otherwise.
            if value.kind == .ordinal, let word = mine.first {
                let ranked = same.map { counted(sentence, after: $0) }.filter { !$0.isEmpty }
                if !ranked.isEmpty, !ranked.contains(where: { Self.shares(word, $0) }),
                   let n = sentence.indices.first(where: { n in
                       n > 0 && sentence[n].isWord && !sentence[n].neutral && Self.shares(word, [sentence[n]])
                           && sentence[n - 1].isWord && !sentence[n - 1].neutral && sentence[n - 1].value == nil
                           && !Self.shares(sentence[n - 1], units)
                   }) {
                    let scalars = Array(index.sentences[f.fact.sentenceIndex].sentence.text.unicodeScalars)
                    let phrase = Unit.written(sentence[(n - 1)...n], in: scalars)
                    let claimed = Unit.written(units[vi...(vi + 1)], in: Array(text.unicodeScalars))
                    return refuted(text, units: units, fact: top.fact,
                                   correction: "the article says \(TextFolding.sanitizeForTerminal(phrase)), not \(TextFolding.sanitizeForTerminal(claimed))",
                                   reason: "the article ranks other things '\(value.name)': \(f.fact.statement)")
                }
            }
            guard same.count == 1, let j = same.first, !others.isEmpty else { continue }
            let theirs = counted(sentence, after: j)
            // "the second, on Tuesday, was halted", "his fourth in 1997": a rank standing alone
            // takes its noun from before, so it keeps no words of its own to compare.
            if value.kind == .ordinal, sentence[j].boundaryAfter || j + 1 >= sentence.count
                || (!sentence[j + 1].isWord && sentence[j + 1].entityID == nil) || sentence[j + 1].neutral { continue }
            // A word of the statement's that the article gives to another count and not to this one.
            for word in mine where !Self.shares(word, theirs) {
                guard let k = others.first(where: { Self.shares(word, counted(sentence, after: $0)) }) else { continue }
                let scalars = Array(index.sentences[f.fact.sentenceIndex].sentence.text.unicodeScalars)
                let phrase = Unit.written(sentence[k...(k + counted(sentence, after: k).count)], in: scalars)
                let claimed = Unit.written(units[vi...(vi + mine.count)], in: Array(text.unicodeScalars))
                return refuted(text, units: units, fact: top.fact,
                               correction: "the article says \(TextFolding.sanitizeForTerminal(phrase)), not \(TextFolding.sanitizeForTerminal(claimed))",
                               reason: "'\(word.text)' is what the article counts with another figure: \(f.fact.statement)")
            }
        }
        return nil
    }

    // MARK: Negation and opposites

    /// The article unit that a statement unit most likely speaks of: same concept, with the most
    /// shared concepts around it.
    /// The article units that a statement unit most likely speaks of: same concept, with the
    /// most shared concepts around it.
    func alignedUnits(concept: Int32, near: ConceptSet, sentence: AlignmentTables, excluding: (Int) -> Bool = { _ in false }) -> [Int] {
        let all = sentence.units(carrying: concept)
        if all.isEmpty { return [] }
        let candidates = all.filter { !excluding($0) }
        if candidates.count <= 1 { return candidates }
        var best: [Int] = []
        var bestScore = -1
        for j in candidates {
            let score = sentence.sharedNeighbours(j, with: near)
            if score > bestScore { best = [j]; bestScore = score } else if score == bestScore { best.append(j) }
        }
        return best
    }

    static let denyConcept = Lexicon.key("deny")

    /// "Odeshko has admitted the espionage charge" against "a charge she has always denied": a
    /// word whose opposite is "deny" (admit, confess, acknowledge), said of the subject of a
    /// fact that denies, with everything else the statement says in that fact's own words. The
    /// article's "denied" is a negation, which carries no word the opposite could meet.
    func checkAdmittedDenial(_ text: String, units: [Unit], fact primary: Int) -> PartResult? {
        let f = index.facts[primary]
        guard let subject = f.fact.subject, let predicate = f.fact.predicate,
              Lexicon.key(predicate) == Self.denyConcept || GeneralLexicon.denyingVerbs.contains(predicate) else { return nil }
        guard let i = units.indices.first(where: { k in
            !units[k].negated && !units[k].quoted && units[k].isWord
                && units[k].readings.contains { $0.flipped && $0.concept == Self.denyConcept }
        }) else { return nil }
        guard !units.contains(where: { $0.isNegation }),
              units.contains(where: { u in u.entityID.map { index.compatible($0, subject) } == true }),
              units.indices.allSatisfy({ k in
                  k == i || !units[k].isContent || units[k].entityID.map { index.compatible($0, subject) } == true
                      || units[k].readings.contains { !$0.flipped && f.describes($0) }
              }) else { return nil }
        return refuted(text, units: units, fact: primary, correction: "the article says: \(f.fact.statement)",
                       reason: "'\(units[i].text)' says the opposite of the article")
    }

    /// Negation and opposites: "did not meet", "praised" for "expressed concern", a dropped
    /// "not". Each word is compared with the article word it most likely stands for.
    func checkPolarity(_ text: String, units: [Unit], facts: [Int]) -> PartResult? {
        guard let primary = facts.first else { return nil }
        // "Marsh said contractors would face penalties" where she "refused to say whether" they
        // would: the article denies the saying itself, whatever was to be said.
        let f = index.facts[primary]
        let articleUnits = index.sentences[f.fact.sentenceIndex].units
        // The article's own "say" is what its negation denies ("refused to say", "did not say"),
        // not a saying of something negative ("said the ties were not ...").
        let deniedSaying = f.unitRange.contains { j in
            articleUnits[j].readings.contains(Reading(Self.sayConcept))
                && articleUnits[max(f.unitRange.lowerBound, j - 3)..<j].contains { $0.isNegation }
        }
        if !f.fact.positive, deniedSaying, f.predicateConcepts.contains(sayConceptID), let subject = f.fact.subject,
           let s = units.indices.first(where: { i in
               !units[i].negated && !units[i].quoted && units[i].readings.contains(Reading(Self.sayConcept))
           }),
           let a = agent(of: s, in: units, saying: true), let speaker = units[a].entityID,
           index.compatible(speaker, subject) || index.compatible(subject, speaker),
           units[(s + 1)...].contains(where: { $0.isWord && !$0.neutral }) {
            return refuted(text, units: units, fact: primary, correction: "the article says: \(f.fact.statement)",
                           reason: "the article says \(index.entityName(subject)) did not say it")
        }
        if let refutation = checkPolarity(text, units: units, fact: primary, only: nil) { return refutation }
        if let refutation = checkAdmittedDenial(text, units: units, fact: primary) { return refutation }
        // Other sentences speak only for the words the first one does not back.
        let primaryConcepts = index.sentences[index.facts[primary].fact.sentenceIndex].concepts
        let rest = Set(units.indices.filter { !isCovered(units[$0], by: primaryConcepts, opposites: true) })
        guard !rest.isEmpty else { return nil }
        for factIndex in facts.dropFirst() {
            if let refutation = checkPolarity(text, units: units, fact: factIndex, only: rest) { return refutation }
        }
        return nil
    }

    func checkPolarity(_ text: String, units: [Unit], fact first: Int, only: Set<Int>?) -> PartResult? {
        let f = index.facts[first]
        let alignment = index.sentences[f.fact.sentenceIndex].alignment()
        let sentence = index.sentences[f.fact.sentenceIndex].units
        // The first content word after each negation is what the negation denies.
        var heads = Set<Int>()
        // ... or a name: "Nordvakt is not a security firm", "the gallery is not in Edinburgh".
        var entityHead: Int?
        var pending = false
        // Verbs of saying are function words for coverage, but "did not say" denies the report.
        func saying(_ u: Unit) -> Bool { u.isWord && u.readings.contains(Reading(Self.sayConcept)) }
        for (i, u) in units.enumerated() {
            if u.isNegation {
                if u.text.hasPrefix("den") || GeneralLexicon.denyingVerbs.contains(u.text) {
                    // "denied that China's ties were meant to ...": what is denied is the verb of the
                    // clause that follows, not its first noun.
                    if let verb = units.indices.first(where: { $0 > i && units[$0].isWord
                        && (GeneralLexicon.finiteVerbForms.contains(units[$0].text) || units[$0].text.hasSuffix("ed")) }) {
                        let head = units[verb].neutral
                            ? units.indices.first { $0 > verb && units[$0].isWord && !units[$0].neutral }
                            : verb
                        if let head { heads.insert(head) }
                    }
                    continue
                }
                pending = true
                continue
            }
            // "advised residents against using", "warned China not to help": the verb after the
            // advice's "against" or "not to" is denied (the analyser turns it).
            if i > 0, u.isWord, u.negated != units[i - 1].negated, !units[i - 1].isNegation,
               let last = units[i - 1].text.split(separator: " ").last,
               ["against", "about", "of"].contains(last) || (last == "to" && i >= 2 && units[i - 2].text == "not" && units[i - 2].neutral) {
                heads.insert(i)
            }
            if pending, u.isWord, !u.neutral || saying(u) { heads.insert(i); pending = false }
            if pending, u.entityID != nil { entityHead = entityHead ?? i }
            if u.boundaryAfter { pending = false }
        }
        var unaligned = Set<Int>()
        // ("Before" and "after" order two events: against a sentence that orders its own with one
        // of them, which way round is the sequence rule's to judge, "the blasts came before the
        // run reopened" says what "reopened after the blasts" does. "Before" still contradicts
        // "since".)
        let ordersItsOwn = sentence.contains { SequenceRule.markers.contains($0.text) }
        for (i, u) in units.enumerated() where u.isWord && (!u.neutral || (saying(u) && heads.contains(i))) && (only?.contains(i) ?? true)
            && !(ordersItsOwn && SequenceRule.markers.contains(u.text)) {
            // The fact's own action done by someone else ("Wang invited" against "Blinken warned")
            // does not contradict the fact.
            // In the passive ("the contract was not awarded") the name before the verb is the one
            // acted on, not another doer.
            var before = i - 1
            while before >= 0, units[before].isNegation || ["not", "never", "also", "already"].contains(units[before].text) { before -= 1 }
            let passive = before >= 0 && ["was", "were", "is", "are", "been", "be", "being"].contains(units[before].text)
            if !passive, u.readings.contains(where: { f.predicateConcepts.contains($0) }),
               let subject = f.fact.subject, let a = agent(of: i, in: units, saying: false),
               let claimed = units[a].entityID, !index.compatible(claimed, subject),
               !(f.fact.object.map { index.compatible(claimed, $0) } ?? false),
               !acts(claimed, u, inSentence: f.fact.sentenceIndex) {
                continue
            }
            var matched = false
            var consistent = false
            var byOpposite = false
            var dropsNegation = false
            // Nothing to compare when the sentence has none of the word's meanings.
            guard u.readings.contains(where: { alignment.carries($0.id) }) else { unaligned.insert(i); continue }
            var nearIDs: [Int32] = []
            for k in BankIndex.neighbours(units, i) { for r in units[k].readings { nearIDs.append(r.id) } }
            let near = ConceptSet(nearIDs)
            // An article word that another word of the statement stands for in its own first
            // meaning is that word's match, not this one's.
            func taken(_ j: Int) -> Bool {
                guard let main = sentence[j].readings.first, !main.flipped else { return false }
                return units.indices.contains { k in
                    k != i && units[k].isWord && !units[k].neutral
                        && units[k].readings.first.map { !$0.flipped && $0.concept == main.concept } == true
                }
            }
            // A sentence may hold the word and its opposite, each in its own clause ("attendance
            // rose by 14 percent, although the cabaret saw its audiences fall by 6 percent"): the
            // one whose neighbours are the statement's decides.
            if !u.negated {
                // "X lost the award to Glenbrook" says Glenbrook won it: the opposite done to the
                // statement's own doer is the same event told the other way round.
                func toldTheOtherWay(_ j: Int) -> Bool {
                    guard let doer = agent(of: i, in: units, saying: false).flatMap({ units[$0].entityID }) else { return false }
                    var k = j + 1
                    while k + 1 < sentence.count, k <= j + 12 {
                        if ["to", "by"].contains(sentence[k].text) {
                            let next = sentence[k + 1].text == "the" && k + 2 < sentence.count ? k + 2 : k + 1
                            if let e = sentence[next].entityID, index.compatible(doer, e) || index.compatible(e, doer) { return true }
                        }
                        if sentence[k].boundaryAfter { break }
                        k += 1
                    }
                    return false
                }
                func closeness(flipped: Bool) -> Int {
                    var best = -1
                    for r in u.readings.prefix(u.primaryReadings) where r.flipped == flipped {
                        for j in alignedUnits(concept: r.id, near: near, sentence: alignment, excluding: taken)
                        where !sentence[j].negated && !(flipped && toldTheOtherWay(j)) {
                            best = max(best, alignment.sharedNeighbours(j, with: near))
                        }
                    }
                    return best
                }
                func carriers(flipped: Bool) -> [Int] {
                    sentence.indices.filter { j in
                        !sentence[j].negated && u.readings.prefix(u.primaryReadings).contains { r in
                            r.flipped == flipped && alignment.units(carrying: r.id).contains(j)
                        }
                    }
                }
                // Whether the article's word at `j` qualifies the same word as the statement's
                // ("private funeral", "public funeral").
                func nextWord(_ list: [Unit], after k: Int) -> Unit? { list[(k + 1)...].first { $0.isWord && !$0.neutral } }
                func sharesHead(_ j: Int) -> Bool {
                    guard let mine = nextWord(units, after: i), let theirs = nextWord(sentence, after: j) else { return false }
                    return mine.readings.contains { r in !r.flipped && theirs.readings.contains { $0.id == r.id && !$0.flipped } }
                }
                // The opposite first: most words have none in the sentence. Not when the article
                // has the word itself with the same noun ("merge two secondary schools" beside
                // "close three primary schools").
                // Nor when the matched fact's own words have the word and not its opposite
                // ("Prices fell ... while Harrowfield was the only borough to record a rise").
                let opposite = closeness(flipped: true)
                // (and the statement names the fact's own subject, when it has one). Worked out
                // only when the opposite is close.
                // Whether the statement names the fact's subject (nil: the fact has none).
                func namesSubject() -> Bool? {
                    f.fact.subject.map { s in units.contains { $0.entityID.map { index.compatible($0, s) } == true } }
                }
                func sameInFact() -> Bool {
                    carriers(flipped: false).contains(where: f.unitRange.contains)
                        && !carriers(flipped: true).contains(where: f.unitRange.contains) && namesSubject() != false
                }
                if opposite >= 3, case let same = closeness(flipped: false), same >= 0, opposite >= same + 2, !sameInFact(),
                   !carriers(flipped: false).contains(where: sharesHead) {
                    return refuted(text, units: units, fact: first, correction: "the article says: \(f.fact.statement)",
                                   reason: "'\(u.text)' says the opposite of the article")
                }
                // ... or the matched fact's own words hold the opposite and the word itself only
                // stands in another clause ("A private funeral will be held on Thursday, and the
                // orchestra hopes to hold a public memorial concert").
                // And the fact must back everything else the statement says, in its own words.
                // (Most words have no opposite in the fact's words: that is looked at first.)
                let oppositeInFact = u.readings.prefix(u.primaryReadings).contains { r in
                    r.flipped && alignment.units(carrying: r.id).contains(where: f.unitRange.contains)
                }
                // The opposite of the fact's own predicate, said of the fact's own subject, needs
                // no shared noun ("Harrowfield was the only borough to record a fall" where it
                // recorded the only rise, and prices fell elsewhere).
                func flipsPredicate() -> Bool {
                    u.readings.prefix(u.primaryReadings).contains { $0.flipped && f.predicateConcepts.contains($0) } && namesSubject() == true
                }
                if oppositeInFact, f.unitRange.count < sentence.count, units.indices.allSatisfy({ k in
                    k == i || !units[k].isContent || units[k].readings.contains { !$0.flipped && f.describes($0) }
                }) {
                    let opposites = carriers(flipped: true), sames = carriers(flipped: false)
                    if opposites.contains(where: { f.unitRange.contains($0) && (sharesHead($0) || flipsPredicate()) && !toldTheOtherWay($0) }), !sames.isEmpty,
                       !sames.contains(where: f.unitRange.contains) {
                        return refuted(text, units: units, fact: first, correction: "the article says: \(f.fact.statement)",
                                       reason: "'\(u.text)' says the opposite of the article")
                    }
                }
            }
            // ... said by someone: "the union claimed that", not "accepted claims that".
            let claimedInStatement = !u.negated && !units[..<i].contains(where: \.isNegation) && units.indices.contains { k in
                k > 0 && k < i && GeneralLexicon.claimingVerbs.contains(units[k].text)
                    && (units[k - 1].entityID != nil || GeneralLexicon.subjectPronouns.contains(units[k - 1].text))
            }
            // A phrase's own meanings decide, not those of its single words ("more effective" is
            // the opposite of "less effective", though both hold "effective"). When none of them is
            // in the sentence, the meanings that back the word there decide ("agreed" backed by a
            // sense of the article's "without an agreement").
            // (Each reading's aligned words are found once.)
            func alignedReadings(_ readings: ArraySlice<Reading>) -> [(reading: Reading, aligned: [Int])] {
                readings.map { ($0, alignedUnits(concept: $0.id, near: near, sentence: alignment, excluding: taken)) }
            }
            var compared = alignedReadings(u.readings.prefix(u.primaryReadings))
            if compared.allSatisfy({ $0.aligned.isEmpty }) { compared += alignedReadings(u.readings.dropFirst(compared.count)) }
            for (r, aligned) in compared {
                if aligned.isEmpty { continue }
                let claimState = u.negated != r.flipped
                // What the article denies others' claims of is still what they claim ("The union
                // claimed that ..." where the article has "denied claims by the union that ...").
                // What stands after a preposition of time or place past the denied verb is taken as
                // so, not denied ("did not speak during the four-hour debate": the debate took place).
                func presupposed(_ j: Int) -> Bool {
                    var k = j - 1
                    while k >= 0, !sentence[k].boundaryAfter {
                        if sentence[k].isContent && !sentence[k].negated { return false }
                        if Self.presupposingPrepositions.contains(sentence[k].text) {
                            return sentence[..<k].reversed().prefix { !$0.boundaryAfter && ($0.negated || !$0.isContent) }
                                .contains { $0.negated && $0.isWord && !$0.neutral }
                        }
                        k -= 1
                    }
                    return false
                }
                let articleStates = Set(aligned.map { sentence[$0].negated && !(claimedInStatement && sentence[$0].disputed) && !presupposed($0) })
                // A negated word that is not what the negation denies ("not provide that kind of
                // assistance": 'assistance') says nothing about polarity.
                if claimState && !r.flipped && !heads.contains(i) { consistent = true; break }
                matched = true
                if articleStates.contains(claimState) { consistent = true; break }
                // "did not want China to assist" is "wanted China not to assist": the denial moves to
                // what is wanted, expected or believed, when the article denies that.
                if heads.contains(i), Self.raisingConcepts.contains(r.concept),
                   let next = units.indices.first(where: { $0 > i && units[$0].isWord && !units[$0].neutral }),
                   units[next].readings.contains(where: { nr in
                       alignedUnits(concept: nr.id, near: near, sentence: alignment).contains { sentence[$0].negated }
                   }) {
                    consistent = true
                    break
                }
                // Otherwise only a close match of the verb itself ("is not seeking to press Beijing on
                // human rights") contradicts the article.
                if heads.contains(i), Self.raisingConcepts.contains(r.concept),
                   (aligned.map { alignment.sharedNeighbours($0, with: near) }.max() ?? 0) < 3 {
                    consistent = true
                    break
                }
                if r.flipped { byOpposite = true }
                if !claimState && articleStates == [true] { dropsNegation = true }
            }
            if matched && !consistent {
                let reason = u.negated
                    ? "the statement denies what the article states"
                    : byOpposite ? "'\(u.text)' says the opposite of the article"
                    : dropsNegation ? "the article says this is not so: the statement leaves out its 'not'"
                    : "the article says the opposite"
                return refuted(text, units: units, fact: first, correction: "the article says: \(f.fact.statement)", reason: reason)
            }
        }
        // A denied name that is the fact's place, object or the holder's position, said of the
        // fact's own subject ("The Hallam Gallery is not in Edinburgh" where it is): the statement
        // denies the fact, when the article's sentence denies nothing.
        // Both checks below speak only for the first fact, stated plainly by a sentence that
        // denies nothing.
        let plainlyStated = only == nil && f.fact.positive && !sentence.contains(where: { $0.isNegation })
        if plainlyStated, heads.isEmpty, let e = entityHead, let denied = units[e].entityID,
           let said = units[..<e].last(where: { $0.entityID != nil && $0.roleFact == nil })?.entityID {
            // The position itself ("a security firm" for Nordvakt's own position) ...
            if let role = units[e].roleFact, let k = index.factIndexByID[role], let holder = index.facts[k].fact.subject,
               index.compatible(said, holder), index.facts[k].fact.positive {
                return refuted(text, units: units, fact: k, correction: "the article says: \(index.facts[k].fact.statement)",
                               reason: "the statement denies what the article states")
            }
            // ... or the place or object of the fact's own subject.
            if units[e].roleFact == nil, let subject = f.fact.subject, index.compatible(said, subject), denied != subject,
               denied == f.fact.place || denied == f.fact.object {
                return refuted(text, units: units, fact: first, correction: "the article says: \(f.fact.statement)",
                               reason: "the statement denies what the article states")
            }
        }
        // "The talks were not held in Orvane": no name before the denial, and the denied name is
        // the fact's place, after "in" or "at".
        if plainlyStated, heads.isEmpty, let e = entityHead, e > 0, let denied = units[e].entityID, denied == f.fact.place,
           units[e].roleFact == nil, ["in", "at"].contains(units[e - 1].text),
           !units[..<e].contains(where: { $0.entityID != nil && $0.roleFact == nil }) {
            return refuted(text, units: units, fact: first, correction: "the article says: \(f.fact.statement)",
                           reason: "the statement denies what the article states")
        }
        // A denied word that the sentence does not hold but that is the fact's own action ("did
        // not win 50 seats" where the party "finished second with ... 50 seats", a fact of
        // winning): the statement denies the fact, when the article's sentence denies nothing.
        if plainlyStated, let head = heads.sorted().first(where: { unaligned.contains($0) }),
           units[head].readings.contains(where: { !$0.flipped && f.predicateConcepts.contains($0) }) {
            return refuted(text, units: units, fact: first, correction: "the article says: \(f.fact.statement)",
                           reason: "the statement denies what the article states")
        }
        return nil
    }
}
