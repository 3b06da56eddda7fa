import Foundation

/// Checks free-text statements against one bank: splits compound statements, matches each
/// part to the facts, looks for contradictions (day, speaker, role, negation, quote) and
/// reports a verdict with the evidence sentence. Deterministic, no model, no network.
public final class StatementChecker: Sendable {
    public let index: BankIndex
    /// Statements longer than this (Unicode scalars) are split into sentences, each checked
    /// in full; nothing is left out.
    public static let maximumStatementLength = 2_000
    static let reporters: Set<String> = ["officials", "sources", "reporters", "observers", "analysts", "diplomats", "experts",
                                         "reports", "media", "aides", "insiders"]
    static let reportingVerbs: Set<String> = ["said", "say", "says", "noted", "note", "notes", "reported", "report", "stated",
                                              "added", "confirmed", "claimed", "explained", "suggested", "indicated"]
    static let sourceWords: Set<String> = ["article", "report", "reports", "story", "text", "piece", "news", "media", "coverage", "account"]
    /// Prepositions after which a name is where something happened, not who did it.
    static let placePrepositions: Set<String> = ["in", "at", "near", "from", "to", "outside", "inside"]
    /// Words before a place that give it as where something happened.
    static let locativeWords: Set<String> = ["in", "at", "inside", "near", "to", "from"]
    static let timeWords: Set<String> = ["year", "week", "month", "day", "time", "hour", "minute", "morning", "afternoon", "evening", "night"]
    let symmetricConcepts: ConceptSet
    /// The number of the concept "say" in the index.
    let sayConceptID: Int32
    /// By sentence: whether it follows the one before it in the same paragraph (no line break between).
    let continuesParagraph: [Bool]
    /// The concepts of the headline (a first line without a full stop, apart from the text),
    /// empty when the article has none.
    let headlineConcepts: ConceptSet
    /// The people the headline names: its words are theirs ("Alemu breaks course record").
    let headlinePeople: [String]

    public convenience init(bank: FactBank) { self.init(index: BankIndex(bank: bank)) }

    public init(index: BankIndex) {
        self.index = index
        let sentences = index.bank.article.sentences
        let scalars = Array(index.bank.article.text.unicodeScalars)
        continuesParagraph = sentences.indices.map { i in
            guard i > 0 else { return false }
            let from = min(sentences[i - 1].span.end, scalars.count), to = min(max(sentences[i].span.start, from), scalars.count)
            return !scalars[from..<to].contains("\n")
        }
        let headline = sentences.count > 1 && !continuesParagraph[1]
            && !(sentences[0].text.last.map { ".!?".contains($0) } ?? true)
        headlineConcepts = headline ? index.sentences[0].concepts : ConceptSet()
        headlinePeople = headline ? index.sentences[0].units.compactMap { u in
            u.entityID.flatMap { index.entityByID[$0]?.type == .person ? $0 : nil }
        } : []
        symmetricConcepts = ConceptSet(GeneralLexicon.symmetricPredicates.map { index.conceptID(Lexicon.key($0)) })
        sayConceptID = index.conceptID(Self.sayConcept)
    }

    public func check(_ statement: String) -> CheckResult {
        let text = TextFolding.trimmed(statement)
        // A long statement is checked sentence by sentence, every sentence of it.
        if text.unicodeScalars.count > Self.maximumStatementLength {
            let sentences = SentenceSplitter.split(text).map(\.text)
            if sentences.count > 1 {
                let judged = sentences.flatMap { self.parts(of: $0) ?? [] }
                if judged.isEmpty { return Self.noClaim(statement) }
                return Self.combine(statement, judged)
            }
        }
        guard let judged = self.parts(of: text) else { return Self.noClaim(statement) }
        return Self.combine(statement, judged)
    }

    static func noClaim(_ statement: String) -> CheckResult {
        CheckResult(statement: statement, verdict: .notMentioned, parts: [], evidence: [], correction: nil,
                    explanation: "the statement makes no claim that the article could support or refute")
    }

    /// The parts of one statement, each judged; nil when it makes no claim at all.
    func parts(of text: String) -> [PartResult]? {
        // A text is tokenised once while padding removal and clause splitting leave it whole.
        let tokens = Tokenizer.tokenize(text)
        let cleaned = removePadding(text, tokens: tokens)
        let cleanedTokens = cleaned == text ? tokens : Tokenizer.tokenize(cleaned)
        let clauses = ClauseSplitter.split(cleaned, tokens: cleanedTokens)
        let analysed = clauses.map { ($0, $0 == cleaned ? analyze($0, tokens: cleanedTokens) : analyze($0)) }
        if !analysed.contains(where: { $0.1.contains { $0.isContent } }) { return nil }
        // One plain word and nothing else ("after", "applied for", "driven by") names no one,
        // gives no value and so makes no claim of its own.
        if analysed.count == 1, case let content = analysed[0].1.filter(\.isContent), content.count == 1,
           let only = content.first, only.isWord, only.entityID == nil, only.value == nil, !only.quoted { return nil }
        var parts: [PartResult] = []
        for (clause, units) in analysed {
            let part = checkClause(clause, units: units)
            if part.verdict == .notMentioned {
                let listed = splitConjunct(clause, part)
                parts.append(contentsOf: listed.count > 1 ? listed : splitAside(clause, part))
            } else if part.verdict == .supported {
                parts.append(contentsOf: itemsBeyondTheList(clause, part, units: units))
            } else {
                parts.append(part)
            }
        }
        // "The meeting happened before Biden took office": both clauses may be true while the
        // time or cause that joins them is not. The whole, read as one clause, has the last word
        // unless it too is supported.
        if clauses.count > 1, parts.allSatisfy({ $0.verdict == .supported }),
           cleanedTokens.contains(where: { ClauseSplitter.subordinators.contains($0.text) && !$0.quoted }) {
            let whole = checkClause(cleaned, units: analyze(cleaned, tokens: cleanedTokens))
            if whole.verdict != .supported {
                var result = whole
                if result.verdict == .notMentioned {
                    result.explanation = "each part is in the article, but not how the statement joins them (\(result.explanation))"
                }
                return [result]
            }
        }
        return parts
    }

    /// One verdict from the parts' verdicts: refuted if any part is, supported if all are.
    static func combine(_ statement: String, _ parts: [PartResult]) -> CheckResult {
        let note = ""
        let verdicts = parts.map(\.verdict)
        let verdict: Verdict
        if verdicts.contains(.refuted) { verdict = .refuted }
        else if verdicts.allSatisfy({ $0 == .supported }) { verdict = .supported }
        else if verdicts.allSatisfy({ $0 == .notMentioned }) { verdict = .notMentioned }
        else { verdict = .partlySupported }
        var evidence: [EvidenceItem] = []
        for part in parts {
            for item in part.evidence where !evidence.contains(where: { $0.factId == item.factId }) { evidence.append(item) }
        }
        let corrections = parts.compactMap(\.correction)
        let explanation: String
        if parts.count == 1 {
            explanation = parts[0].explanation + note
        } else {
            let counts = Verdict.allCases.compactMap { v -> String? in
                let n = verdicts.filter { $0 == v }.count
                return n > 0 ? "\(n) \(v.rawValue)" : nil
            }
            explanation = "\(parts.count) parts: " + counts.joined(separator: ", ") + note
        }
        return CheckResult(statement: statement, verdict: verdict, parts: parts, evidence: evidence,
                           correction: corrections.isEmpty ? nil : corrections.joined(separator: "; "),
                           explanation: explanation)
    }

    /// The units of a text, each reading numbered in the index.
    package func analyze(_ text: String) -> [Unit] { analyze(text, tokens: Tokenizer.tokenize(text)) }

    func analyze(_ text: String, tokens: [Token]) -> [Unit] {
        var units = index.analyzer.analyze(text, tokens: tokens)
        unownAliases(&units)
        nameOwnCountries(&units)
        index.resolve(&units)
        return units
    }

    /// The words "his country", "her nation", "their country" after a person the statement names:
    /// the one country the bank has that person act for (`represents`, or the country of a position
    /// they hold), read as that country's name ("Brandvik denied her country planned to leave" for
    /// "Brandvik denied that Norvessa planned to leave").
    func nameOwnCountries(_ units: inout [Unit]) {
        for k in units.indices.dropFirst() where units[k].isWord && ["country", "nation"].contains(units[k].text) && !units[k].quoted {
            guard ["his", "her", "their"].contains(units[k - 1].text), !units[k - 1].quoted,
                  let owner = units[..<(k - 1)].last(where: { $0.entityID != nil && !$0.quoted })?.entityID,
                  index.entityByID[owner]?.type == .person || index.entityByID[owner]?.type == .group else { continue }
            var countries = Set<String>()
            if let r = index.entityByID[owner]?.represents, index.entityByID[r]?.type == .country { countries.insert(r) }
            for f in index.factsBySubject[owner] ?? [] {
                let fact = index.facts[f].fact
                if fact.category == .position, let of = fact.roleOf, index.entityByID[of]?.type == .country { countries.insert(of) }
            }
            guard countries.count == 1, let country = countries.first else { continue }
            units[k].kind = .entity(country)
            units[k].readings.insert(Reading("@" + country), at: 0)
            units[k].primaryReadings = 1
        }
    }

    /// "Dravik ... plans to lead her party": a common word the bank gives an entity as an alias
    /// ("the party" for the Agrarian Party) names that entity after "the", not after a possessive
    /// pronoun whose owner, the last one the statement names, is someone else than that entity
    /// or one who acts for it. There it is the plain word. (With no owner named before it, the
    /// alias stands.)
    func unownAliases(_ units: inout [Unit]) {
        for k in units.indices.dropFirst() {
            guard let id = units[k].entityID, units[k].tokenRange.count == 1, !units[k].capitalized, !units[k].quoted,
                  OwnerSwapRule.pronounOwners.contains(units[k - 1].text), !units[k - 1].quoted,
                  let owner = units[..<(k - 1)].last(where: { $0.entityID != nil && !$0.quoted })?.entityID,
                  owner != id, !sameSide(owner, id),
                  let entity = index.entityByID[id],
                  entity.aliases.contains(where: { TextFolding.comparable($0) == "the " + units[k].text }) else { continue }
            let words = Array(units[k].readings.dropFirst(1))
            guard !words.isEmpty else { continue }
            units[k].kind = .word
            units[k].readings = words
            units[k].primaryReadings = Int.max
            units[k].roleFact = nil
        }
    }

    /// Whether statement unit `i` is a word inside a noun phrase right before a name ("the
    /// no-confidence motion") that the article also writes right before that name inside a noun
    /// phrase, in any sentence.
    func describesItsName(_ i: Int, _ units: [Unit]) -> Bool {
        func opensPhrase(_ u: Unit) -> Bool {
            ClauseSplitter.determiners.contains(u.text) || u.possessive || u.value?.kind == .ordinal || u.value?.kind == .cardinal
        }
        guard i > 0, i + 1 < units.count, units[i].isWord, !units[i].neutral, !units[i].quoted, !units[i].negated,
              !units[i].boundaryAfter, opensPhrase(units[i - 1]), let id = units[i + 1].entityID else { return false }
        return index.sentences.contains { sentence in
            let words = sentence.units
            return words.indices.contains { j in
                j >= 2 && words[j].entityID == id && words[j - 1].isWord && !words[j - 1].boundaryAfter && opensPhrase(words[j - 2])
                    && Self.shares(units[i], [words[j - 1]])
            }
        }
    }

    /// Whether two entities are one, one acts for the other, or both act for the same body or
    /// country ("the head coach" and "the team" of one club).
    func sameSide(_ a: String, _ b: String) -> Bool {
        if index.compatible(a, b) || index.compatible(b, a) { return true }
        func sides(_ id: String) -> Set<String> {
            guard let e = index.entityByID[id] else { return [] }
            var result: Set<String> = [id]
            if let r = e.represents { result.insert(r) }
            for m in e.members { if let r = index.entityByID[m]?.represents { result.insert(r) } }
            return result
        }
        return !sides(a).isDisjoint(with: sides(b))
    }

    /// "They discussed COVID-19 and North Korea": when only the last item of a list is
    /// unknown to the article, the rest is judged without it, and the item is its own part.
    func splitConjunct(_ clause: String, _ part: PartResult) -> [PartResult] {
        let tokens = Tokenizer.tokenize(clause)
        guard let and = tokens.lastIndex(where: { $0.text == "and" && !$0.quoted }), and > 1, and < tokens.count - 1 else { return [part] }
        // "between Blinken and Wang": the two ends of one relation, not a list.
        if tokens[max(0, and - 4)..<and].contains(where: { $0.text == "between" }) { return [part] }
        let scalars = Array(clause.unicodeScalars)
        let leftText = TextFolding.trimmed(String(String.UnicodeScalarView(scalars[..<tokens[and].start]))
            .trimmingCharacters(in: CharacterSet(charactersIn: ", ")))
        let rightText = TextFolding.trimmed(String(String.UnicodeScalarView(scalars[tokens[and].end...])))
        // The right side must be a bare item: no verb of its own.
        let rightTokens = Tokenizer.tokenize(rightText)
        guard !rightTokens.isEmpty, !rightTokens.indices.contains(where: { ClauseSplitter.isVerb(rightTokens, $0) }) else { return [part] }
        let left = checkClause(leftText, units: analyze(leftText))
        guard left.verdict == .supported else { return [part] }
        let right = PartResult(text: rightText, verdict: .notMentioned, evidence: [], correction: nil,
                               explanation: "the article does not list '\(TextFolding.sanitizeForTerminal(rightText))' here",
                               rule: "list-item")
        return [left, right]
    }

    /// "The review will cover the start time, water supplies and prize money" where the article's
    /// list is "the start time, water supplies, medical staffing and the course route": an item
    /// of the statement's list that no word of the list's fact backs is not on the list,
    /// though another sentence of the article names it. That item is its own part, not mentioned.
    func itemsBeyondTheList(_ clause: String, _ part: PartResult, units: [Unit]) -> [PartResult] {
        guard let first = part.evidence.first, let k = index.factIndexByID[first.factId],
              case let fact = index.facts[k], !fact.fact.topics.isEmpty else { return [part] }
        let tokens = Tokenizer.tokenize(clause)
        guard let and = tokens.lastIndex(where: { $0.text == "and" && !$0.quoted }), and > 1, and < tokens.count - 1 else { return [part] }
        // The first item ends at the first comma, or before "and" in a list of two ("cover prize
        // money and the start time"); the others each end at a comma, the last at the clause's end.
        // The first: its last two words at most, back to a word of grammar or a verb ("cover prize
        // money,").
        let comma = tokens[..<and].firstIndex(where: { $0.trailingPunctuation == "," }) ?? (and - 1)
        var head = comma
        if head > 0, !ClauseSplitter.isVerb(tokens, head - 1), !tokens[head - 1].possessive,
           !GeneralLexicon.functionWords.contains(tokens[head - 1].text), tokens[head - 1].trailingPunctuation == nil { head -= 1 }
        var items: [Range<Int>] = head > 0 ? [head..<(comma + 1)] : []
        var start = comma + 1
        for i in start..<tokens.count {
            if tokens[i].text == "and", i == and {
                if start < i { items.append(start..<i) }
                start = i + 1
            } else if tokens[i].trailingPunctuation == "," || i == tokens.count - 1 {
                items.append(start..<(i + 1))
                start = i + 1
            }
        }
        let scalars = Array(clause.unicodeScalars)
        func text(_ r: Range<Int>) -> String {
            TextFolding.trimmed(String(String.UnicodeScalarView(scalars[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end])))
        }
        var unlisted: [Range<Int>] = []
        for item in items where !item.isEmpty {
            // The clause's own units that start inside the item.
            let content = units.filter { item.contains($0.tokenRange.lowerBound) && $0.isContent && !$0.neutral }
            guard !content.isEmpty else { continue }
            if !content.contains(where: { u in u.readings.contains { !$0.flipped && fact.describes($0) } }) { unlisted.append(item) }
        }
        guard !unlisted.isEmpty, unlisted.count < items.count else { return [part] }
        var kept = part
        let listed = items.filter { !unlisted.contains($0) }.map { text($0).trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        let lead = String(String.UnicodeScalarView(scalars[..<tokens[head].start]))
        kept.text = TextFolding.trimmed(lead + (listed.count > 1 ? listed.dropLast().joined(separator: ", ") + " and " + (listed.last ?? "") : listed.joined()))
        return [kept] + unlisted.map { item in
            PartResult(text: text(item), verdict: .notMentioned, evidence: [], correction: nil,
                       explanation: "the article does not list '\(TextFolding.sanitizeForTerminal(text(item)))' here: \(fact.fact.statement)",
                       rule: "list-item")
        }
    }

    /// "Penhallow, who rode the first train, cut the ribbon", "The plant will cost 45 million
    /// euros, funded by a government loan", "It sold for £18.4 million, the highest price ever
    /// paid": when the whole is not mentioned, a clause set off by commas (a relative clause, a
    /// participle, an apposition, a figure) is a claim of its own, and the rest is judged
    /// without it.
    func splitAside(_ clause: String, _ part: PartResult) -> [PartResult] {
        let tokens = Tokenizer.tokenize(clause)
        guard tokens.count >= 5 else { return [part] }
        let scalars = Array(clause.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            guard !range.isEmpty else { return "" }
            return TextFolding.trimmed(String(String.UnicodeScalarView(scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])))
        }
        let commas = tokens.indices.filter { tokens[$0].trailingPunctuation == "," && !tokens[$0].quoted }
        guard let first = commas.first else { return splitRelative(clause, part, tokens: tokens, text: text) }
        let relatives: Set<String> = ["who", "which", "whose", "where"]
        func opensAside(_ k: Int) -> Bool {
            guard k < tokens.count else { return false }
            let w = tokens[k].text
            // "on July 14, 2026": the year of a date, not a figure said of the clause.
            if w.count == 4, let year = Int(w), (1000...2999).contains(year), k > 0,
               Int(tokens[k - 1].text).map({ (1...31).contains($0) }) == true
                || GeneralLexicon.months.contains(where: { $0.forms.contains(tokens[k - 1].text.lowercased()) }) { return false }
            if relatives.contains(w) || ["the", "a", "an"].contains(w) || w.first?.isNumber == true || GeneralLexicon.cardinals[w] != nil { return true }
            if w.count > 4, w.hasSuffix("ed") || w.hasSuffix("ing") { return true }
            // "driven by demand", "with every member voting against", "many of them children".
            if WordNet.lemma(ofIrregular: w) != nil, k + 1 < tokens.count, tokens[k + 1].text == "by" { return true }
            // "..., double what it spent in 2024", "..., twice the figure of 2023".
            if ["double", "twice", "triple", "treble", "half", "nearly", "almost", "roughly"].contains(w) { return true }
            return ["with", "after", "amid", "following"].contains(w)
        }
        let main: String
        let aside: String
        if commas.count >= 2, relatives.contains(tokens[first + 1].text), commas[1] + 1 < tokens.count {
            // "X, who did Y, did Z": the main clause without the relative, and "X did Y".
            let second = commas[1]
            let name = text(0..<(first + 1)).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            main = name + " " + text((second + 1)..<tokens.count)
            aside = name + " " + text((first + 2)..<(second + 1)).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            return checkApart(main, aside, else: part, aboutAName: true)
        } else if commas.count >= 2, ["the", "a", "an"].contains(tokens[first + 1].text), commas[1] + 1 < tokens.count,
                  (0...first).allSatisfy({ tokens[$0].capitalized }), commas[1] - first <= 10 {
            // "Solberg, the agency's director of space safety, said ...": the main clause without
            // the apposition, and "Solberg is the agency's director of space safety".
            let second = commas[1]
            let name = text(0..<(first + 1)).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            main = name + " " + text((second + 1)..<tokens.count)
            aside = name + " is " + text((first + 1)..<(second + 1)).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            return checkApart(main, aside, else: part, aboutAName: true)
        } else if let last = commas.last, last + 1 < tokens.count, opensAside(last + 1), last >= 2,
                  // Not an opening phrase ("Before the sale, the painting ...", "According to X, ...").
                  !(commas.first == last && Self.openingWords.contains(tokens[0].text)) {
            main = text(0..<(last + 1)).trimmingCharacters(in: CharacterSet(charactersIn: ","))
            aside = text((last + 1)..<tokens.count)
            if Self.joiningWords.contains(tokens[last + 1].text) { return checkApart(main, aside, else: part, joined: true) }
            // "drew 612,000 visitors in 2024, a record for the zoo": a noun phrase after a figure
            // or a plain word says something of the claim before it, so the claim's own sentence
            // must say it (not "its welfare records" elsewhere). After a name ("in Rome, the
            // capital") it says something of the name.
            if ["a", "an"].contains(tokens[last + 1].text), !tokens[last].capitalized,
               !((last + 2)..<tokens.count).contains(where: { ClauseSplitter.isVerb(tokens, $0) }) {
                return checkApart(main, aside, else: part, ofTheClaim: true)
            }
        } else {
            return splitRelative(clause, part, tokens: tokens, text: text)
        }
        return checkApart(main, aside, else: part)
    }

    /// Words that put two events in order or make one the cause of the other.
    static let relationWords: Set<String> = ["after", "before", "following", "until", "since", "because", "despite", "amid", "prior"]

    /// Words that open a phrase whose link to the clause is a claim too: "after the meeting"
    /// says when, not only that there was a meeting.
    static let joiningWords: Set<String> = ["after", "amid", "following", "despite", "with"]

    /// The main clause and the aside checked each on its own; the whole stays as it was when
    /// the main clause alone is not mentioned. An aside the article does not back is "aside".
    /// When the aside is `joined` to the clause by a word that is a claim of its own ("after"),
    /// both parts supported do not make the whole supported: the article may not join them.
    /// An aside `ofTheClaim` says something of the main clause's claim: only the sentences that
    /// back the main clause can back it. An aside `aboutAName` (a relative clause or an apposition
    /// after a name) the article backs is a claim of its own even when the main clause is not
    /// mentioned.
    func checkApart(_ main: String, _ aside: String, else part: PartResult, joined: Bool = false, ofTheClaim: Bool = false,
                    aboutAName: Bool = false) -> [PartResult] {
        let main = TextFolding.trimmed(main), aside = TextFolding.trimmed(aside)
        guard !main.isEmpty, !aside.isEmpty else { return [part] }
        let mainPart = checkClause(main, units: analyze(main))
        // "Orbisphere, which runs 212 satellites, is the largest operator in Europe": a relative
        // clause the article states about a name is a claim of its own, though the rest is not
        // mentioned.
        if mainPart.verdict == .notMentioned, aboutAName {
            let asidePart = checkClause(aside, units: analyze(aside))
            if asidePart.verdict == .supported { return [asidePart, mainPart] }
        }
        guard mainPart.verdict != .notMentioned else { return [part] }
        var asidePart = checkClause(aside, units: analyze(aside))
        if joined, mainPart.verdict == .supported, asidePart.verdict == .supported {
            var whole = part
            whole.explanation = "each part is in the article, but not how the statement joins them (\(part.explanation))"
            return [whole]
        }
        if ofTheClaim, asidePart.verdict == .supported,
           Set(asidePart.evidence.map(\.sentenceIndex)).isDisjoint(with: mainPart.evidence.map(\.sentenceIndex)) {
            asidePart.verdict = .notMentioned
            asidePart.evidence = []
            asidePart.explanation = "the article does not say this of what the rest of the statement claims"
        }
        if asidePart.verdict == .partlySupported { asidePart.verdict = .notMentioned }
        if asidePart.verdict == .notMentioned { asidePart.rule = "aside" }
        return [mainPart, asidePart]
    }

    /// "... after a debate that was broadcast live": a relative clause without commas at the
    /// end of a statement is a claim of its own about the noun before it ("the debate was
    /// broadcast live"), when the statement is not mentioned as a whole. Not "said that ...":
    /// the word before "that" must be a noun, and a verb must follow.
    func splitRelative(_ clause: String, _ part: PartResult, tokens: [Token], text: (Range<Int>) -> String) -> [PartResult] {
        guard let r = tokens.indices.last(where: { k in
            k >= 3 && k + 2 < tokens.count && ["that", "which", "who"].contains(tokens[k].text) && !tokens[k].quoted
                && tokens[k - 1].trailingPunctuation == nil
        }) else { return splitTrailing(clause, part, tokens: tokens, text: text) }
        let noun = tokens[r - 1].text
        guard WordNet.canBe("n", noun), !GeneralLexicon.functionWords.contains(noun), !GeneralLexicon.finiteVerbForms.contains(noun),
              !(noun.count > 4 && noun.hasSuffix("ed")), !["so", "such", "now", "given", "except"].contains(noun),
              ClauseSplitter.isVerb(tokens, r + 1) || ["was", "were", "is", "are", "had", "has", "have", "will", "would", "could"].contains(tokens[r + 1].text)
        else { return [part] }
        // The clause runs to the end: one verb (with its auxiliaries) in it, not the main
        // clause's own ("the people who received a placebo developed severe illness").
        let auxiliaries: Set<String> = ["was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "been", "be", "being", "not"]
        let verbs = ((r + 1)..<tokens.count).filter { k in
            (ClauseSplitter.isVerb(tokens, k) || auxiliaries.contains(tokens[k].text)) && !auxiliaries.contains(tokens[k - 1].text)
        }
        guard verbs.count == 1 else { return [part] }
        // "X is the judge who ruled ...": the one who did it is X.
        var doer = "the " + tokens[r - 1].text
        if r >= 3, ["the", "a", "an"].contains(tokens[r - 2].text), ["is", "was"].contains(tokens[r - 3].text), r - 3 > 0 {
            doer = text(0..<(r - 3))
        }
        return checkApart(text(0..<r), doer + " " + text((r + 1)..<tokens.count), else: part)
    }

    /// "The authority rejected the route after protests by birdwatchers", "a shortfall caused
    /// by cuts in funding": a phrase of time, cause or manner at the end, without a comma, is a
    /// claim of its own when the statement is not mentioned as a whole.
    func splitTrailing(_ clause: String, _ part: PartResult, tokens: [Token], text: (Range<Int>) -> String) -> [PartResult] {
        let scalars = Array(clause.unicodeScalars)
        // The clause's first verb, looked for once (a statement of thousands of words has no
        // time for a search before each of them).
        let firstVerb = tokens.indices.first { ClauseSplitter.isVerb(tokens, $0) } ?? tokens.count
        guard let k = tokens.indices.last(where: { k in
            guard k >= 3, k + 1 < tokens.count, !tokens[k].quoted else { return false }
            if Self.isCostPhrase(tokens, k) { return true }
            // A word of its own ("after-hours" is not "after"), after a clause with a verb.
            guard tokens[k].end >= scalars.count || scalars[tokens[k].end] != "-", firstVerb < k else { return false }
            let w = tokens[k].text
            if Self.joiningWords.contains(w) && w != "with" { return true }
            // A participle and its "by": "caused by", "driven by", "funded by" — not a verb's
            // change ("have risen by 20 percent").
            guard tokens[k + 1].text == "by", !Self.participleAuxiliaries.contains(tokens[k - 1].text), k + 2 < tokens.count,
                  tokens[k + 2].text.first?.isNumber != true, GeneralLexicon.cardinals[tokens[k + 2].text] == nil else { return false }
            return w.count > 4 && w.hasSuffix("ed") || WordNet.lemma(ofIrregular: w) != nil
        }) else { return [part] }
        return checkApart(text(0..<k), text(k..<tokens.count), else: part, joined: Self.joiningWords.contains(tokens[k].text),
                          ofTheClaim: Self.isCostPhrase(tokens, k))
    }

    /// "at a cost of 9 million euros", "at a price of ...": what the claim before it cost, a
    /// claim of its own that only the claim's own sentences can back.
    static func isCostPhrase(_ tokens: [Token], _ k: Int) -> Bool {
        k + 3 < tokens.count && tokens[k].text == "at" && ["a", "an"].contains(tokens[k + 1].text)
            && ["cost", "price", "estimated"].contains(tokens[k + 2].text) && ["of", "cost"].contains(tokens[k + 3].text)
    }

    /// Auxiliaries before a participle that make it a verb's change, not a phrase of its own
    /// ("have risen by 20 percent").
    static let participleAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "have", "has", "had"]

    /// Words that open a phrase set before the clause it belongs to.
    static let openingWords: Set<String> = [
        "before", "after", "according", "in", "on", "at", "during", "despite", "with", "for", "since", "as", "when",
        "while", "under", "by", "from", "following", "unlike", "like", "if", "although", "though", "once", "until",
    ]

    /// Drops phrases such as "according to the article" or "officials said" that report a
    /// claim without adding to it.
    func removePadding(_ text: String) -> String { removePadding(text, tokens: Tokenizer.tokenize(text)) }

    /// The same, with the text's tokens already made.
    func removePadding(_ text: String, tokens: [Token]) -> String {
        guard !tokens.isEmpty else { return text }
        var remove: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            var matched = 0
            if !tokens[i].quoted {
                for phrase in index.analyzer.lexicon.paddingByFirstWord[tokens[i].text] ?? [] where i + phrase.count <= tokens.count {
                    if zip(phrase, tokens[i..<(i + phrase.count)]).allSatisfy({ $0 == $1.text }) {
                        matched = phrase.count
                        break
                    }
                }
            }
            // "Officials noted that ...", "sources confirmed ...": someone unnamed reporting.
            if matched == 0, !tokens[i].quoted, i + 1 < tokens.count, i == 0 || tokens[i - 1].trailingPunctuation == ",",
               Self.reporters.contains(tokens[i].text), Self.reportingVerbs.contains(tokens[i + 1].text) {
                matched = 2
            }
            // "According to the news article", "according to a Reuters report": any short source
            // that is not someone the article names.
            if !tokens[i].quoted, tokens[i].text == "according", i + 1 < tokens.count, tokens[i + 1].text == "to" {
                if let end = (i + 2..<min(tokens.count, i + 6)).last(where: { Self.sourceWords.contains(tokens[$0].text) }),
                   !index.analyzer.analyze(tokens[(i + 2)...end].map(\.text).joined(separator: " ")).contains(where: { $0.entityID != nil }) {
                    matched = max(matched, end - i + 1)
                }
            }
            if matched > 0 {
                var last = i + matched - 1
                if last + 1 < tokens.count, tokens[last + 1].text == "that", tokens[last].trailingPunctuation == nil { last += 1 }
                var end = tokens[last].end
                let scalars = Array(text.unicodeScalars)
                while end < scalars.count, [",", ":", " "].contains(scalars[end]) { end += 1 }
                remove.append(tokens[i].start..<end)
                i = last + 1
            } else {
                i += 1
            }
        }
        guard !remove.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() where !remove.contains(where: { $0.contains(offset) }) {
            out.append(scalar)
        }
        var result = TextFolding.trimmed(String(out))
        while let last = result.last, last == "," || last == ":" { result.removeLast() }
        result = TextFolding.trimmed(result)
        if let first = result.first, first.isLowercase { result = first.uppercased() + result.dropFirst() }
        return result
    }

    // MARK: - One clause

    /// Concepts in more facts than this are "common": they rescore candidates but do not pick them.
    var commonThreshold: Int { max(64, Int(2 * Double(index.facts.count).squareRoot())) }

    struct Candidate {
        var fact: Int
        var score: Double
    }

    /// Scores per fact: a dense array for small banks, a dictionary for large ones.
    struct FactScores {
        var dense: [Double]
        var sparse: [Int: Double] = [:]
        var touched: [Int] = []
        let useDense: Bool

        init(factCount: Int) {
            useDense = factCount <= 4096
            dense = useDense ? [Double](repeating: -1, count: factCount) : []
        }

        var isEmpty: Bool { touched.isEmpty }

        mutating func add(_ f: Int, _ w: Double) {
            if useDense {
                if dense[f] < 0 { dense[f] = 0; touched.append(f) }
                dense[f] += w
            } else {
                if sparse[f] == nil { touched.append(f) }
                sparse[f, default: 0] += w
            }
        }

        func value(_ f: Int) -> Double { useDense ? max(dense[f], 0) : sparse[f] ?? 0 }

        mutating func keepBest(_ n: Int) {
            let kept = touched.sorted { value($0) != value($1) ? value($0) > value($1) : $0 < $1 }.prefix(n)
            let dropped = Set(touched).subtracting(kept)
            for f in dropped {
                if useDense { dense[f] = -1 } else { sparse[f] = nil }
            }
            touched = Array(kept)
        }
    }

    /// Denials that are no verb of their own: "not", "never", "no" ... .
    static let plainNegations: Set<String> = ["not", "no", "never", "neither", "nor", "none", "nothing", "nobody",
                                              "cannot", "n't", "without", "hardly", "barely", "rarely", "nowhere"]

    func rank(_ units: [Unit]) -> [Candidate] {
        // Rare concepts (names, specific words) pick the candidate facts; common ones ("say",
        // shared countries) only add to the score of facts already picked. This keeps the cost
        // per statement nearly flat as a bank grows.
        let common = commonThreshold
        var scores = FactScores(factCount: index.facts.count)
        var deferred: [ArraySlice<Reading>] = []
        // A unit's best weight per fact: a dense scratch array for small banks (put back to
        // zero after each unit), a dictionary for large ones.
        let denseBest = index.facts.count <= 4096
        var bestWeight = denseBest ? [Double](repeating: 0, count: index.facts.count) : []
        var bestFacts: [Int] = []
        var claimed: [Int32] = []
        func add(_ readings: ArraySlice<Reading>) {
            // Each unit counts once per fact, with its best-weighted reading.
            if readings.count == 1, let reading = readings.first {
                guard let list = index.postings(reading) else { return }
                let weight = index.idf(reading)
                for f in list { scores.add(f, weight) }
                return
            }
            if denseBest {
                for reading in readings {
                    guard let list = index.postings(reading) else { continue }
                    let weight = index.idf(reading)
                    for f in list where weight > bestWeight[f] {
                        if bestWeight[f] == 0 { bestFacts.append(f) }
                        bestWeight[f] = weight
                    }
                }
                for f in bestFacts {
                    scores.add(f, bestWeight[f])
                    bestWeight[f] = 0
                }
                bestFacts.removeAll(keepingCapacity: true)
                return
            }
            var best: [Int: Double] = [:]
            for reading in readings {
                guard let list = index.postings(reading) else { continue }
                let weight = index.idf(reading)
                for f in list where weight > best[f] ?? 0 { best[f] = weight }
            }
            for (f, w) in best { scores.add(f, w) }
        }
        for unit in units where unit.isContent {
            var readings = unit.readings.prefix(unit.primaryReadings)
            // Of a word's WordNet opposites, the first two are enough to find the fact it contradicts.
            if readings.count > 4 {
                var seen = 0
                for k in readings.indices where readings[k].flipped && readings[k].concept.hasPrefix("~") {
                    seen += 1
                    if seen == 3 { readings = readings[readings.startIndex..<k]; break }
                }
            }
            for r in readings where !r.flipped { claimed.append(r.id) }
            if readings.contains(where: { index.postingCount($0.id) > common }) {
                deferred.append(readings)
            } else {
                add(readings)
            }
        }
        if scores.isEmpty, !deferred.isEmpty {
            // Nothing rare was said: the facts that share the two least common concepts are the
            // candidates (or those of the least common one, if no fact has both). Postings are
            // sorted, so they are intersected by merging, without building sets.
            let lists = deferred.compactMap { readings in
                readings.compactMap { index.postings($0) }.min { $0.count < $1.count }
            }.sorted { $0.count < $1.count }
            var chosen = lists.first ?? []
            if lists.count > 1 {
                var both: [Int] = []
                var i = 0, j = 0
                let a = lists[0], b = lists[1]
                while i < a.count && j < b.count && both.count < 1024 {
                    if a[i] == b[j] { both.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
                }
                if !both.isEmpty { chosen = both }
            }
            for f in chosen.prefix(64) { scores.add(f, 0) }
        }
        if scores.touched.count > 128 {
            // Keep the facts the rare words point to most strongly before adding the common ones.
            scores.keepBest(128)
        }
        if !scores.isEmpty {
            for readings in deferred {
                for f in scores.touched {
                    let concepts = index.facts[f].concepts
                    var w = 0.0
                    for r in readings where concepts.contains(r) { w = max(w, index.idf(r)) }
                    scores.add(f, w)
                }
            }
        }
        let claimedConcepts = ConceptSet(claimed)
        // The few entities the statement names: compared one by one, not hashed per fact.
        var named: [String] = []
        for id in units.compactMap(\.entityID) where !named.contains(id) { named.append(id) }
        // A measure the statement gives ("42 miles") points to the facts with a measure of the
        // same kind ("the 42-kilometre line"), though the two share no concept.
        // Not money: an article gives many sums, for many things.
        let measures = units.compactMap(\.value).filter { v in
            v.kind == .quantity && Units.dimension(of: v.unit).map { $0 != "money" } == true
        }
        // A verb of denial ("refused to comment", "declined to say") points to the facts whose
        // words deny the same way, though a denial is no concept of its own.
        let denials = Set(units.filter { $0.isNegation && !$0.quoted && !Self.plainNegations.contains($0.text) }.map { Stemmer.stem($0.text) })
        var result: [Candidate] = []
        result.reserveCapacity(scores.touched.count)
        for f in scores.touched {
            let fact = index.facts[f]
            var score = scores.value(f)
            if !denials.isEmpty, index.sentences[fact.fact.sentenceIndex].units[fact.unitRange].contains(where: { u in
                u.isNegation && denials.contains(Stemmer.stem(u.text))
            }) { score += 0.75 }
            if !measures.isEmpty, factValues(fact).contains(where: { v in measures.contains { $0.sameSlot(v) } }) { score += 1 }
            if !fact.predicateConcepts.isDisjoint(with: claimedConcepts) { score += 0.75 }
            // Prefer the fact about exactly the people named over one that only includes them.
            if let s = fact.fact.subject, named.contains(s) { score += 0.25 }
            if let o = fact.fact.object, named.contains(o) { score += 0.25 }
            result.append(Candidate(fact: f, score: score))
        }
        // Only the best few are ever looked at.
        let ordered: (Candidate, Candidate) -> Bool = { $0.score != $1.score ? $0.score > $1.score : $0.fact < $1.fact }
        if result.count > 256 {
            var top = Array(result.prefix(0))
            let threshold = result.map(\.score).sorted(by: >)[127]
            top = result.filter { $0.score >= threshold }
            return Array(top.sorted(by: ordered).prefix(128))
        }
        return result.sorted(by: ordered)
    }

    /// Whether the article's concepts back a unit. An opposite ("praised" for "expressed
    /// concern") backs nothing; with `opposites` it counts, to tell a contradiction from silence.
    func isCovered(_ unit: Unit, by concepts: ConceptSet, opposites: Bool = false) -> Bool {
        switch unit.kind {
        case .negation: return true
        case .unknownName: return false
        case .entity(let id):
            // An entity's first reading is the entity itself ("@" + its id).
            assert(unit.readings.first?.concept == "@" + id)
            return unit.readings.first.map { concepts.contains($0) } ?? false
        case .value: return unit.readings.contains { concepts.contains($0) }
        case .word:
            if unit.neutral { return true }
            return unit.readings.contains { (opposites || !$0.flipped) && concepts.contains($0) }
        }
    }

    /// The verdict on one clause: its words are matched to the article (`prepare`), then the
    /// rules in `CheckRules.ordered` look at it in turn and the first that decides gives the verdict.
    func checkClause(_ text: String, units: [Unit]) -> PartResult {
        let state: ClauseState
        switch prepare(text, units: units) {
        case .decided(let result): return result
        case .ready(let prepared): state = prepared
        }
        for rule in CheckRules.ordered {
            if var result = rule.decide(state, self) {
                if result.rule.isEmpty { result.rule = rule.name }
                return result
            }
        }
        // SupportedRule always decides; this is never reached.
        return PartResult(text: text, verdict: .notMentioned, evidence: [], correction: nil,
                          explanation: "no rule decided", rule: "none")
    }

    /// Whether statement unit `i` is a verb whose doer in the statement is a named person, where
    /// each fact of sentence `s` with that verb has another person as its doer.
    func deedOfAnother(_ i: Int, units: [Unit], sentence s: Int) -> Bool {
        guard units[i].isWord, !units[i].neutral, !units[i].quoted else { return false }
        let sentence = index.sentences[s].units
        let deeds = index.sentences[s].facts.filter { f in
            index.facts[f].fact.subject != nil && index.facts[f].unitRange.contains { j in
                sentence[j].isWord && !sentence[j].neutral && sentence[j].readings.contains { r in !r.flipped && units[i].readings.contains(r) }
            }
        }
        guard !deeds.isEmpty, let a = agent(of: i, in: units, saying: false), let doer = units[a].entityID,
              index.entityByID[doer]?.type == .person else { return false }
        return deeds.allSatisfy { f in
            guard let subject = index.facts[f].fact.subject, index.entityByID[subject]?.type == .person else { return false }
            return !index.compatible(doer, subject) && !index.compatible(subject, doer)
        }
    }

    enum Preparation {
        case decided(PartResult)
        case ready(ClauseState)
    }

    /// A statement pieced together from two sentences whose place only one gives, while the
    /// other sets its event in another place: "the previous record was set at Dunmore & Finch in
    /// London" where the sentence of that record says New York. Returns the other sentence's
    /// fact and the place it gives.
    func otherPlace(_ units: [Unit], contextFacts: [Int]) -> (fact: Int, place: String)? {
        guard contextFacts.count > 1 else { return nil }
        let places = units.filter { u in !u.quoted && u.entityID.flatMap { index.entityByID[$0]?.type } == .place }
        guard places.count == 1, let place = places.first?.entityID else { return nil }
        let holding = contextFacts.filter { f in index.sentences[index.facts[f].fact.sentenceIndex].units.contains { $0.entityID == place } }
        guard !holding.isEmpty else { return nil }
        for f in contextFacts where !holding.contains(f) {
            let sentence = index.sentences[index.facts[f].fact.sentenceIndex].units
            for j in sentence.indices.dropFirst() where ["in", "at"].contains(sentence[j - 1].text) {
                guard let other = sentence[j].entityID, index.entityByID[other]?.type == .place,
                      !index.compatible(other, place), !index.compatible(place, other) else { continue }
                return (f, other)
            }
        }
        return nil
    }

    /// Whether statement unit `i` is the object of a verb the fact's sentence has with an object
    /// the statement does not give ("backed [The Salt Ledger]" where the sentence has "backed
    /// Winter Orchard").
    func objectOfOwnVerb(_ i: Int, units: [Unit], fact: IndexedFact) -> Bool {
        // A figure or a rank is the value rules' to compare ("came second" where the sentence
        // has "came third").
        guard units[i].isContent, units[i].value == nil else { return false }
        var p = i - 1
        while p >= 0, ClauseSplitter.determiners.contains(units[p].text) { p -= 1 }
        guard p >= 0, units[p].isWord, !units[p].neutral,
              units[p].readings.contains(where: { !$0.flipped && fact.predicateConcepts.contains($0) }) else { return false }
        let sentence = index.sentences[fact.fact.sentenceIndex].units
        for q in fact.unitRange where sentence[q].isWord && !sentence[q].neutral
            && sentence[q].readings.contains(where: { !$0.flipped && fact.predicateConcepts.contains($0) && units[p].readings.contains($0) }) {
            var r = q + 1
            while r < sentence.count, sentence[r].isWord, sentence[r].neutral { r += 1 }
            guard r < sentence.count, !sentence[q].boundaryAfter, sentence[r].isContent else { continue }
            if !Self.shares(sentence[r], units) && !(sentence[r].entityID.map { id in units.contains { $0.entityID == id } } ?? false) { return true }
        }
        return false
    }

    /// Matches a clause to the article: the candidate facts, the sentences that together back
    /// it, and the words no sentence backs.
    func prepare(_ text: String, units: [Unit]) -> Preparation {
        let content = units.indices.filter { units[$0].isContent }
        guard !content.isEmpty else {
            return .decided(PartResult(text: text, verdict: .notMentioned, evidence: [], correction: nil,
                                       explanation: "this part makes no claim that can be checked", rule: "no-claim"))
        }
        let candidates = rank(units)
        guard let best = candidates.first else {
            var result = notMentioned(text, units: units, uncovered: content, context: [])
            result.rule = "no-match"
            return .decided(result)
        }
        // The sentences that together cover the statement: the best fact's, then others that add to it.
        var contextFacts = [best.fact]
        var context = index.sentences[index.facts[best.fact].fact.sentenceIndex].concepts
        var uncovered = content.filter { !isCovered(units[$0], by: context) }
        var usedSentences: Set<Int> = [index.facts[best.fact].fact.sentenceIndex]
        let named = units.filter { $0.entityID != nil && !$0.quoted }
        // Events and works the best fact's words name that the statement leaves out (see below).
        let bestFact = index.facts[best.fact]
        let rivals = index.sentences[bestFact.fact.sentenceIndex].units[bestFact.unitRange].compactMap(\.entityID).filter { id in
            index.entityByID[id]?.type == .event
                && !named.contains { u in u.entityID.map { index.compatible($0, id) || index.compatible(id, $0) } == true }
        }
        let bestWords = index.sentences[bestFact.fact.sentenceIndex].units[bestFact.unitRange].filter(\.isWord)
        // (A headline that names someone the statement does not lends it no words: they are that
        // person's, "Alemu breaks course record", not Wanjiru's.)
        let headlineShared = headlinePeople.allSatisfy { p in
            named.contains { u in u.entityID.map { index.compatible($0, p) || index.compatible(p, $0) } == true }
        }
        while !uncovered.isEmpty, usedSentences.count < 3 {
            // Another sentence may complete the statement only if it backs two or more of its words
            // and the first sentence backs at least half of them.
            guard uncovered.count * 2 <= content.count else { break }
            var bestAdd: (fact: Int, gain: Int, score: Double)?
            for candidate in candidates.prefix(16) {
                let s = index.facts[candidate.fact].fact.sentenceIndex
                if usedSentences.contains(s) { continue }
                let concepts = index.sentences[s].concepts
                // A sentence about no one the statement names adds no deed: "the first two phases
                // reopened on Monday" is not made of "the first two phases have 102 turbines" and
                // "the line reopened on Monday".
                let aboutNamed = named.contains { u in
                    u.readings.contains { !$0.flipped && concepts.contains($0) }
                        || index.sentences[s].facts.contains { f in
                            let fact = index.facts[f].fact
                            return [fact.subject, fact.object].contains { slot in
                                slot.map { index.compatible(u.entityID ?? "", $0) || index.compatible($0, u.entityID ?? "") } == true
                            }
                        }
                }
                let gained = uncovered.filter { isCovered(units[$0], by: concepts) }
                // An event or a work another sentence names does not stand where the best fact's
                // words name another that the statement leaves out: "the orchestra will perform his
                // Fifth Symphony at Friday's concert" where the concert's sentence names the Ninth.
                // (A person put in another's place is the agent rules' to judge.)
                if gained.contains(where: { i in
                    guard let id = units[i].entityID, let kind = index.entityByID[id]?.type, kind == .event else { return false }
                    return rivals.contains { r in index.entityByID[r].map { SlotSwapRule.sameKind($0.type, kind) } == true }
                }) { continue }
                // Nor a word the best fact's own words are the opposite of: "Kovec agreed to joint
                // administration" is not made of "the ministers agreed" and "Kovec rejected ...
                // joint administration".
                if gained.contains(where: { i in
                    units[i].isWord && units[i].readings.contains { r in
                        !r.flipped && bestWords.contains { u in u.readings.contains { $0.flipped && $0.concept == r.concept } }
                    }
                }) { continue }
                // Nor what is done to, where the best fact's own verb has another object: "Cole
                // backed The Salt Ledger" is not made of "Cole backed Winter Orchard" and a sentence
                // about The Salt Ledger.
                if gained.contains(where: { i in objectOfOwnVerb(i, units: units, fact: bestFact) }) { continue }
                // Nor a deed whose doer there is someone else than the statement's doer of it:
                // "Kovac, who won the league as a player" is not made of a sentence where
                // Sandgaard finished second in the league.
                if gained.contains(where: { i in deedOfAnother(i, units: units, sentence: s) }) { continue }
                // Nor a word that joins two events in time or cause ("rejected the route after the
                // vote"): another sentence's "after" is about its own events.
                if gained.contains(where: { Self.relationWords.contains(units[$0].text) }) { continue }
                // A sentence about no one the statement names adds only words of the headline,
                // the article's own subject ("came second in the election"), not "a record" of
                // another museum.
                if !aboutNamed, !named.isEmpty, !headlineShared || !gained.allSatisfy({ isCovered(units[$0], by: headlineConcepts) }) { continue }
                // ... and, whoever it is about, not what was done there (its facts' predicate).
                if !aboutNamed, gained.contains(where: { i in
                    index.sentences[s].facts.contains { f in units[i].readings.contains { !$0.flipped && index.facts[f].predicateConcepts.contains($0) } }
                }) { continue }
                // Two mentions of one entity are one thing gained ("Nordkapp Gear plans to sponsor"
                // where "sponsor" reads as the sponsor's alias).
                var gain = Set(gained.map { units[$0].entityID ?? "#\($0)" }).count
                // One word is enough when it names what one of the statement's people did there
                // ("Blinken was concerned ..." with "Blinken expressed concern").
                if gain == 1, let unit = gained.first, units[unit].isWord {
                    let subjectOfClaim = units.first { $0.entityID != nil && !$0.quoted }?.entityID
                    let doer = index.sentences[s].facts.contains { f in
                        let fact = index.facts[f]
                        return fact.fact.subject.map { subject in subjectOfClaim.map { index.compatible($0, subject) } ?? false } == true
                            && units[unit].readings.contains { fact.predicateConcepts.contains($0) }
                            // ... done to someone the statement names, if to anyone: "Blinken threatened
                            // sanctions on Beijing" is not his warning about Russia.
                            && fact.fact.object.map { object in
                                named.contains { u in u.entityID.map { index.compatible($0, object) || index.compatible(object, $0) } == true }
                            } ?? true
                    }
                    if doer { gain = 2 }
                }
                // ... or a quantity of one of the statement's people that the sentence's fact gives
                // in its slot ("The painter was 91 when she died" with "She was 91"); a day may be
                // another event's.
                if gain == 1, let unit = gained.first, let value = units[unit].value, value.kind == .quantity || value.kind == .cardinal {
                    let subjectOfClaim = units.first { $0.entityID != nil && !$0.quoted }?.entityID
                    let owned = index.sentences[s].facts.contains { f in
                        let fact = index.facts[f]
                        return fact.fact.subject.map { subject in subjectOfClaim.map { index.compatible($0, subject) } ?? false } == true
                            && units[unit].readings.contains { fact.concepts.contains($0) }
                            // ... and says what the value is of, in a word of the statement ("died":
                            // "age at death"), not only whose it is.
                            && units.contains { u in u.isWord && u.readings.contains { !$0.flipped && fact.concepts.contains($0) } }
                    }
                    if owned { gain = 2 }
                }
                if gain >= 2, gain > (bestAdd?.gain ?? 0) { bestAdd = (candidate.fact, gain, candidate.score) }
            }
            guard let add = bestAdd else { break }
            let s = index.facts[add.fact].fact.sentenceIndex
            usedSentences.insert(s)
            contextFacts.append(add.fact)
            context.formUnion(index.sentences[s].concepts)
            uncovered = uncovered.filter { !isCovered(units[$0], by: context) }
        }
        // One word of a noun phrase that the sentence before or after, in the same paragraph,
        // gives is the matched sentence's context: "the plant closure will cut 640 jobs" after "it
        // will close its plant". Not the clause's last word, which is what it is about ("promised
        // to sponsor a new venue"), and only for a clause one sentence backs otherwise (a
        // statement pieced together from two sentences takes no third).
        if uncovered.count == 1, usedSentences.count == 1, let i = uncovered.first, content.count >= 3, i != content.last,
           Self.inNounPhrase(units, i) || units[i].possessive && units[i].value != nil && i + 1 < units.count && units[i + 1].isWord,
           isContext(units[i], in: text, of: index.facts[best.fact].fact.sentenceIndex) {
            uncovered = []
        }
        // "The Green League voted for the no-confidence motion" where the vote's sentence says
        // "voted against it": a word the article puts before the same name inside a noun phrase
        // elsewhere ("the third no-confidence motion") describes that name, not the deed.
        // (The name fills a slot of a fact the clause is matched to: "the lawyer representing the
        // water authority" is not made of "the lawyer representing the residents" and "the
        // authority" of another fact.)
        if !uncovered.isEmpty {
            uncovered.removeAll { i in
                guard i + 1 < units.count, let id = units[i + 1].entityID, contextFacts.contains(where: { f in
                    let fact = index.facts[f].fact
                    return [fact.subject, fact.object, fact.place].contains { $0.map { index.compatible(id, $0) || index.compatible($0, id) } == true }
                }) else { return false }
                return describesItsName(i, units)
            }
        }
        // "The blasts came before the run reopened" where the article's sentence has "reopened
        // the run after the blasts": the order word is backed when the sentence tells the same
        // order of the same events.
        uncovered.removeAll { i in
            SequenceRule.markers.contains(units[i].text) && !units[i].quoted
                && usedSentences.contains { SequenceRule.order(units, i, against: index.sentences[$0].units) == .same }
        }
        // "more than 600 homes", "about 640 million euros": a bound or estimate that the
        // article's value of the same slot meets is backed by it.
        uncovered.removeAll { i in
            guard let value = units[i].value, value.kind == .quantity else { return false }
            return candidates.prefix(8).contains { c in
                usedSentences.contains(index.facts[c.fact].fact.sentenceIndex)
                    && factValues(index.facts[c.fact]).contains { value.agrees(with: $0) }
            }
        }
        // A misspelt word may still be a word of the sentences the statement is about.
        var typos: [String] = []
        uncovered = uncovered.filter { i in
            let u = units[i]
            // A word with a digit in it ("89th", "2b") is a value, never a typo of another one.
            guard u.isWord, u.tokenRange.count == 1, u.text.unicodeScalars.count >= 4,
                  !u.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
                  let first = u.text.unicodeScalars.first else { return true }
            let limit = EditDistance.tolerance(forLength: u.text.unicodeScalars.count)
            // Two words of the language are two words, not a word and its typo ("chlorine" is no
            // "chlorate", "link" no "line"), unless they differ only in their endings ("region",
            // "regional"; "regulator", "regulation"). (WordNet is asked only of a near word.)
            // Nor a word the article only asks for ("approved" where it "applied for approval").
            for s in usedSentences {
                if let match = index.sentences[s].words.first(where: { w in
                    w.unicodeScalars.first == first && EditDistance.distance(u.text, w, limit: limit) != nil
                        && !(!EditDistance.differOnlyInEndings(u.text, w) && WordNet.isLemma(w) && WordNet.isLemma(u.text))
                        && !index.sentences[s].units.contains { $0.text == w && $0.readings.contains { $0.concept.hasPrefix(Analyzer.soughtPrefix) } }
                }) {
                    typos.append("'\(u.text)' read as '\(match)'")
                    return false
                }
            }
            return true
        }
        // "Blinken told Wang ...": the one spoken to must be someone the bank has the speaker
        // meeting or talking with; the sentence about what was said need not name them, and
        // naming them does not make them the listener.
        for i in content where i > 0 {
            guard let listener = units[i].entityID, units[i - 1].isWord, !units[i].quoted,
                  ["told", "tell", "tells", "telling", "informed", "inform", "informs", "assured", "assure", "assures",
                   "reminded", "remind", "reminds"].contains(units[i - 1].text),
                  let s = agent(of: i - 1, in: units, saying: true), s < i - 1, let speaker = units[s].entityID else { continue }
            let together = ((index.factsBySubject[speaker] ?? []) + (index.factsBySubject[listener] ?? [])).contains { k in
                let f = index.facts[k].fact
                guard let subject = f.subject, let object = f.object else { return false }
                return (index.compatible(speaker, subject) && index.compatible(listener, object))
                    || (index.compatible(listener, subject) && index.compatible(speaker, object))
            }
            if together { uncovered.removeAll { $0 == i } } else if !uncovered.contains(i) { uncovered.append(i) }
        }
        // "The US wants China to help Russia": what someone is wanted to do must follow a wish
        // or a call in the article ("US efforts to impose sanctions" backs wanting sanctions, not
        // wanting China to help Russia).
        for i in content where !uncovered.contains(i) && ["want", "wants", "wanted", "wanting"].contains(units[i].text) {
            let e = i + 1 < units.count && units[i + 1].text == "the" ? i + 2 : i + 1
            guard e + 2 < units.count, units[e].entityID != nil, units[e + 1].text == "to" else { continue }
            var v = e + 2
            while v < units.count, v <= e + 4, !units[v].isWord || units[v].neutral { v += 1 }
            guard v < units.count, units[v].isWord else { continue }
            let wanted = Set(units[v].readings.filter { !$0.flipped }.map(\.concept))
            let wishes: Set<String> = [Analyzer.seekConcept, Analyzer.urgeConcept]
            let backed = usedSentences.contains { s in
                let sentenceUnits = index.sentences[s].units
                return sentenceUnits.indices.contains { j in
                    sentenceUnits[j].readings.contains { !$0.flipped && wishes.contains($0.concept) }
                        && sentenceUnits[(j + 1)..<min(sentenceUnits.count, j + 10)].contains { u in
                            u.readings.contains { !$0.flipped && wanted.contains($0.concept) }
                        }
                }
            }
            if !backed { uncovered.append(i) }
        }
        // "met in Beijing": a place where something happened is only backed by an article that
        // gives that place as one ("in Beijing", "to Beijing"), not by its mere mention.
        for i in content where i > 0 && ["in", "at", "inside", "near"].contains(units[i - 1].text) && !uncovered.contains(i) {
            guard let id = units[i].entityID, let type = index.entityByID[id]?.type, type == .country || type == .place else { continue }
            // (The best-matching fact, when its bank gives that place as its `place`, places it:
            // "the besieged city of Sarnow, where about 85,000 people have been cut off"; not
            // when its sentence places something else: "rejected the cable through the Selby
            // Marsh reserve and ordered it landed at Port Elvin".)
            let bestFact = index.facts[best.fact].fact
            if bestFact.place == id {
                let sentenceUnits = index.sentences[bestFact.sentenceIndex].units
                let placesOther = sentenceUnits.indices.contains { j in
                    guard let other = sentenceUnits[j].entityID, other != id, let t = index.entityByID[other]?.type,
                          t == .place || t == .country else { return false }
                    return Self.isPlaced(sentenceUnits, j)
                }
                if !placesOther { continue }
            }
            let placed = usedSentences.contains { s in
                let sentenceUnits = index.sentences[s].units
                return sentenceUnits.indices.contains { j in
                    sentenceUnits[j].entityID == id && Self.isPlaced(sentenceUnits, j)
                }
            }
            if !placed { uncovered.append(i) }
        }
        var state = ClauseState(text: text, units: units, content: content, candidates: candidates, best: best,
                                contextFacts: contextFacts, context: context, uncovered: uncovered,
                                usedSentences: usedSentences, typos: typos,
                                unexplainedUnits: uncovered.filter { !isCovered(units[$0], by: context, opposites: true) })
        state.otherPlace = otherPlace(units, contextFacts: contextFacts)
        return .ready(state)
    }

    /// Whether unit `i` stands in a noun phrase, not as a verb after its subject: after a
    /// determiner or a possessive ("the tram plan", "Peru's claim"), or after a name that one
    /// follows ("the Wroclaw plant closure"). "Millbrook host Stanmore" is a verb.
    static func inNounPhrase(_ units: [Unit], _ i: Int) -> Bool {
        let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "of"]
        guard i > 0 else { return false }
        let before = units[i - 1]
        if determiners.contains(before.text) || before.possessive { return true }
        if before.entityID != nil || before.value != nil { return i > 1 && determiners.contains(units[i - 2].text) }
        return false
    }

    /// Whether unit `j` of a sentence is given as where something happened: after "in", "at",
    /// "to" ..., also as a later item of a list of places ("in the United States, Canada and
    /// Mexico"), which has an "and" or "or" ("based in Cork, Ireland" places Cork, not Ireland).
    static func isPlaced(_ units: [Unit], _ j: Int) -> Bool {
        guard j > 0 else { return false }
        if locativeWords.contains(units[j - 1].text) { return true }
        // "in the Kestovan lakeside city of Orvane": an article and a name that qualifies the
        // place, written straight before it, stand between the preposition and the place.
        var m = j - 1
        while m > 0, j - m <= 2, ["the", "a", "an"].contains(units[m].text)
                || (m == j - 1 && units[m].entityID != nil && !units[m].boundaryAfter) { m -= 1 }
        if m < j - 1, locativeWords.contains(units[m].text) { return true }
        // "in the fishing town of Tervik": a place named after its kind of settlement.
        if j >= 3, units[j - 1].text == "of", GeneralLexicon.settlementWords.contains(units[j - 2].text) {
            var k = j - 3
            while k > 0, j - k <= 5, !locativeWords.contains(units[k].text) { k -= 1 }
            if locativeWords.contains(units[k].text) { return true }
        }
        func inList(_ k: Int) -> Bool { ["and", "or"].contains(units[k].text) || units[k].entityID != nil }
        var k = j - 1, joined = false
        while k >= 0, j - k <= 8, !locativeWords.contains(units[k].text) {
            guard inList(k) else { return false }
            if units[k].entityID == nil { joined = true }
            k -= 1
        }
        guard k >= 0, locativeWords.contains(units[k].text) else { return false }
        var e = j + 1
        while !joined, e < units.count, e - j <= 8, inList(e) {
            if units[e].entityID == nil { joined = true }
            e += 1
        }
        return joined
    }

    /// Whether a word of a statement is one the sentence before or after sentence `s`, in the
    /// same paragraph, gives: a sentence is read with its neighbours. A capitalised word is part
    /// of a name the bank does not know ("the National Education Union") and is no context.
    func isContext(_ unit: Unit, in text: String, of s: Int) -> Bool {
        // A day or a month that owns what follows ("Wednesday's meeting") is the neighbour's too.
        if let value = unit.value, unit.possessive, [.weekday, .month].contains(value.kind), s < continuesParagraph.count {
            if s > 0, continuesParagraph[s], isCovered(unit, by: index.sentences[s - 1].concepts) { return true }
            return s + 1 < continuesParagraph.count && continuesParagraph[s + 1] && isCovered(unit, by: index.sentences[s + 1].concepts)
        }
        guard unit.isWord, s < continuesParagraph.count,
              let first = text.unicodeScalars.dropFirst(unit.start).first, !first.properties.isUppercase
        else { return false }
        if s > 0, continuesParagraph[s], isCovered(unit, by: index.sentences[s - 1].concepts) { return true }
        return s + 1 < continuesParagraph.count && continuesParagraph[s + 1] && isCovered(unit, by: index.sentences[s + 1].concepts)
    }

    func notMentioned(_ text: String, units: [Unit], uncovered: [Int], context: [Int]) -> PartResult {
        // Words the article uses somewhere (in another fact) are told apart from words it never
        // uses: "Tuesday" is in the article, only not with the rest of the statement.
        var absent: [String] = [], elsewhere: [String] = []
        var seen = Set<String>()
        let scalars = Array(text.unicodeScalars)
        for i in uncovered where seen.insert(units[i].text).inserted {
            let u = units[i]
            let written = Unit.written(units[i...i], in: scalars)
            let used = u.entityID != nil || u.readings.contains { !$0.flipped && index.postingCount($0.id) > 0 }
            if used { elsewhere.append(written) } else { absent.append(written) }
        }
        func quoted(_ words: [String]) -> String {
            words.prefix(6).map { "'\(TextFolding.sanitizeForTerminal($0))'" }.joined(separator: ", ")
        }
        var parts: [String] = []
        if !absent.isEmpty || elsewhere.isEmpty { parts.append("the article says nothing about " + (absent.isEmpty ? "this" : quoted(absent))) }
        if !elsewhere.isEmpty {
            parts.append((absent.isEmpty ? "the article mentions " : "it mentions ") + quoted(elsewhere)
                         + ", but not with the rest of the statement")
        }
        return PartResult(text: text, verdict: .notMentioned, evidence: [], correction: nil, explanation: parts.joined(separator: "; "))
    }

    func refuted(_ text: String, units: [Unit], fact: Int, also: [Int] = [], correction: String, reason: String) -> PartResult {
        PartResult(text: text, verdict: .refuted, evidence: ([fact] + also.filter { $0 != fact }).map { evidenceItem($0, units: units) },
                   correction: correction, explanation: reason)
    }

    func evidenceItem(_ factIndex: Int, units: [Unit], claim: ConceptSet? = nil) -> EvidenceItem {
        let fact = index.facts[factIndex]
        let s = index.sentences[fact.fact.sentenceIndex]
        let claimConcepts = claim ?? claimConcepts(units)
        var highlights: [TextSpan] = []
        for unit in s.units where unit.isContent && unit.readings.contains(where: { claimConcepts.contains($0) }) {
            if let last = highlights.last, last.end + 1 >= unit.start {
                highlights[highlights.count - 1].end = unit.end
            } else {
                highlights.append(TextSpan(start: unit.start, end: unit.end))
            }
        }
        return EvidenceItem(sentence: s.sentence.text, sentenceIndex: s.sentence.index, start: s.sentence.span.start,
                            end: s.sentence.span.end, factId: fact.fact.id, highlights: highlights)
    }
}

extension StatementChecker {
    /// How the checker read a statement: its parts, their units and the best-matching facts.
    /// For bank authors tracking down a surprising verdict.
    public func trace(_ statement: String) -> String {
        var lines: [String] = []
        let cleaned = removePadding(statement)
        if cleaned != statement { lines.append("without padding: \(cleaned)") }
        for clause in ClauseSplitter.split(cleaned) {
            lines.append("part: \(clause)")
            let units = analyze(clause)
            for u in units {
                var kind: String
                switch u.kind {
                case .word: kind = u.neutral ? "function" : "word"
                case .entity(let id): kind = "entity @\(id)" + (u.roleFact.map { " via \($0)" } ?? "")
                case .value(let v): kind = "\(v.kind.rawValue) \(v.name)"
                case .negation: kind = "negation"
                case .unknownName: kind = "unknown name"
                }
                let readings = u.readings.map { ($0.flipped ? "¬" : "") + $0.concept }.joined(separator: ",")
                lines.append("  \(u.text) [\(kind)] {\(readings)}" + (u.negated ? " negated" : "") + (u.quoted ? " quoted" : "")
                             + (u.correctedFrom.map { " (typed '\($0)')" } ?? ""))
            }
            for c in rank(units).prefix(5) {
                lines.append(String(format: "  candidate %@ %.2f (sentence %d)", index.facts[c.fact].fact.id, c.score,
                                    index.facts[c.fact].fact.sentenceIndex + 1))
            }
            if case .ready(let state) = prepare(clause, units: units) {
                let sentences = state.usedSentences.sorted().map { String($0 + 1) }.joined(separator: ", ")
                lines.append("  sentences read: \(sentences.isEmpty ? "none" : sentences)")
                if !state.unexplainedUnits.isEmpty {
                    lines.append("  unbacked: " + state.unexplainedUnits.map { "'\(units[$0].text)'" }.joined(separator: ", "))
                }
            }
            for part in [checkClause(clause, units: units)] {
                lines.append("  decided by rule '\(part.rule)': \(part.verdict.rawValue) — \(part.explanation)")
            }
        }
        return lines.map { TextFolding.sanitizeForTerminal($0) }.joined(separator: "\n")
    }
}

extension StatementChecker {
    /// Cumulative stages of a check, for the benchmark's profile.
    public func profileStages() -> [(String, (String) -> Int)] {
        [
            ("tokenize", { Tokenizer.tokenize($0).count }),
            ("padding", { self.removePadding($0).count }),
            ("split", { ClauseSplitter.split(self.removePadding($0)).count }),
            ("analyze", { ClauseSplitter.split(self.removePadding($0)).map { self.analyze($0).count }.reduce(0, +) }),
            ("rank", { ClauseSplitter.split(self.removePadding($0)).map { self.rank(self.analyze($0)).count }.reduce(0, +) }),
            ("check", { self.check($0).parts.count }),
        ]
    }
}

extension StatementChecker {
    /// How many candidate facts ranking considered, for the benchmark's profile.
    public func candidateCount(_ statement: String) -> Int {
        ClauseSplitter.split(removePadding(statement)).map { rank(analyze($0)).count }.reduce(0, +)
    }
}

extension StatementChecker {
    /// For the benchmark: how long ranking alone takes on already analysed statements, and how
    /// many postings the rare and common words of those statements have.
    public func rankProfile(_ statements: [String]) -> (microseconds: Double, rarePostings: Int, commonUnits: Int) {
        let analysed = statements.flatMap { ClauseSplitter.split(removePadding($0)) }.map(analyze)
        let common = commonThreshold
        var rare = 0, commonUnits = 0
        for units in analysed {
            for unit in units where unit.isContent {
                let counts = unit.readings.prefix(unit.primaryReadings).map { index.postings($0)?.count ?? 0 }
                if counts.contains(where: { $0 > common }) { commonUnits += 1 } else { rare += counts.reduce(0, +) }
            }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        var sink = 0
        for units in analysed { sink &+= rank(units).count }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
        return (elapsed / Double(max(1, statements.count)) + (sink == -1 ? 1 : 0), rare / max(1, statements.count), commonUnits / max(1, statements.count))
    }
}
