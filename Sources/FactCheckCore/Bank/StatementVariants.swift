/// Altered forms of a fact's statement, made by general text rules from the fact's typed fields,
/// that the checker must refute: the statement negated, with another speaker, another date or
/// another number. Each returns nil (or nothing) when its rule finds nothing to alter.
public enum StatementVariants {
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "will", "would", "can", "could", "should", "may",
                                           "might", "must", "shall", "does", "do", "did"]
    static let perfect: Set<String> = ["has", "have", "had"]
    static let adverbs: Set<String> = ["also", "already", "later", "then", "again", "still", "previously", "once", "now",
                                       "first", "last", "finally", "recently", "reportedly", "allegedly", "publicly", "openly"]

    /// The statement with its first finite verb negated ("Blinken met Wang" -> "Blinken did not
    /// meet Wang", "is due" -> "is not due"), or its negation taken away ("had not published"
    /// -> "had published"). Words inside quotation marks and relative clauses are left alone.
    /// `subjectEnds`: indices of the statement's tokens that end a name (from the checker's
    /// analysis); a verb right after one is read with more confidence.
    /// `predicate`: the fact's predicate, for a verb no rule recognises.
    public static func negation(of statement: String, subjectEnds: Set<Int> = [], predicate: String? = nil) -> String? {
        let tokens = Tokenizer.tokenize(statement)
        let scalars = Array(statement.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        func replace(_ range: Range<Int>, _ new: String) -> String {
            text(0..<range.lowerBound) + new + text(range.upperBound..<scalars.count)
        }
        // The fact's own verb, when the statement uses it with no auxiliary before it: "beat",
        // "chairs", "involved".
        if let predicate, let verb = Tokenizer.tokenize(predicate).first?.text,
           let i = tokens.indices.dropFirst().first(where: { i in
               !tokens[i].quoted && [tokens[i].text, pastBase(tokens[i].text, afterSubject: true),
                                     presentBase(tokens[i].text, afterSubject: true)].contains(verb)
           }),
           !auxiliaries.union(perfect).union(["to", "not", "never"]).contains(tokens[i - 1].text) {
            let token = tokens[i]
            if token.text == verb {
                // The base form: a plural subject in the present, or a past like "beat" or "cut".
                return replace(token.start..<token.end, (subjectEnds.contains(i - 1) ? "did not " : "do not ") + verb)
            }
            let past = pastBase(token.text, afterSubject: true) == verb
            return replace(token.start..<token.end, (past ? "did not " : "does not ") + verb)
        }
        var inRelative = false
        for (i, token) in tokens.enumerated() where !token.quoted {
            let word = token.text
            if inRelative {
                if token.trailingPunctuation == "," { inRelative = false }
                continue
            }
            // ", which opened in 1998," ", who chairs the committee,": not the main verb.
            if ["which", "who"].contains(word), i > 0, tokens[i - 1].trailingPunctuation == "," {
                inRelative = token.trailingPunctuation != ","
                continue
            }
            // "no serious concerns were raised" -> "serious concerns were raised".
            if word == "no", i + 1 < tokens.count, !tokens[i + 1].quoted {
                let result = replace(token.start..<tokens[i + 1].start, "")
                return i == 0 ? result.prefix(1).uppercased() + result.dropFirst() : result
            }
            // "Neither side signed", "nobody came": no plain opposite.
            if ["none", "nobody", "nothing", "neither", "nor"].contains(word) { return nil }
            guard i > 0 else { continue }
            let original = text(token.start..<token.end).lowercased()
            if word == "not" || word == "never" {
                // "didn't" -> "did", "can't" -> "can", "won't" -> "will": the tokenizer has
                // already written the auxiliary out in full.
                if original != "not", original != "never" {
                    let before = tokens[i - 1]
                    let aux = before.capitalized ? before.text.prefix(1).uppercased() + before.text.dropFirst() : before.text
                    return replace(before.start..<token.end, aux)
                }
                if word == "never" {
                    // "never published" -> "published"; "has never met" -> "has met".
                    var start = token.start
                    while start > 0, scalars[start - 1] == " " { start -= 1 }
                    return replace(start..<token.end, "")
                }
                var start = token.start
                while start > 0, scalars[start - 1] == " " { start -= 1 }
                // "did not say" -> "said" reads better than "did say", but both are the denial's opposite.
                return replace(start..<token.end, "")
            }
            let next = i + 1 < tokens.count ? tokens[i + 1].text : ""
            // "starts in May": a capitalised "May" inside a sentence is the month, not the verb.
            if auxiliaries.contains(word), !token.capitalized {
                if next == "not" || next == "never" { continue }
                return replace(token.end..<token.end, " not")
            }
            if perfect.contains(word) {
                if next == "not" || next == "never" { continue }
                // "have yet to approve": already a denial of sorts; no plain negation.
                if next == "yet" { return nil }
                if isParticiple(next) || next == "been" || next == "to" { return replace(token.end..<token.end, " not") }
                // "has three lines": the verb itself.
                let aux = word == "had" ? "did" : word == "has" ? "does" : "do"
                return replace(token.start..<token.end, "\(aux) not have")
            }
            if token.capitalized || adverbs.contains(word) || word.hasSuffix("ly") { continue }
            let afterSubject = subjectEnds.contains(i - 1) && !tokens[i - 1].possessive
            if let base = pastBase(word, afterSubject: afterSubject) { return replace(token.start..<token.end, "did not " + base) }
            if let base = presentBase(word, afterSubject: afterSubject) { return replace(token.start..<token.end, "does not " + base) }
        }
        return nil
    }

    static func isKnownWord(_ word: String) -> Bool {
        word.count > 2 && WordNet.find(word, in: WordNetData.lemmas) != nil
    }

    /// Whether `stem` is one syllable ending in a single vowel and a consonant ("rat", "hop",
    /// "not"), whose past tense would double the consonant.
    static func isShortClosedSyllable(_ stem: String) -> Bool {
        let letters = Array(stem)
        guard letters.count >= 3, let last = letters.last, !"aeiouwxy".contains(last) else { return false }
        let vowels = "aeiou"
        guard vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3]) else { return false }
        return letters.dropLast(2).allSatisfy { !vowels.contains($0) }
    }

    static func isParticiple(_ word: String) -> Bool {
        if word.hasSuffix("ed") || word.hasSuffix("en") { return true }
        if let lemma = WordNet.lemma(ofIrregular: word), lemma != word { return true }
        return false
    }

    /// The base form of a past-tense verb: "met" -> "meet", "approved" -> "approve",
    /// "planned" -> "plan"; nil for a word that is not one. An irregular form that is not a
    /// common verb form counts only right after the subject.
    static func pastBase(_ word: String, afterSubject: Bool) -> String? {
        if ["was", "were", "had", "did"].contains(word) || word.hasSuffix("s") { return nil }
        if let lemma = WordNet.lemma(ofIrregular: word), lemma != word,
           afterSubject || (GeneralLexicon.finiteVerbForms.contains(word) && !GeneralLexicon.presentVerbForms.contains(word)) {
            return lemma
        }
        guard word.count > 4, word.hasSuffix("ed") else { return nil }
        let stem = String(word.dropLast(2))
        // "rated" -> "rate", not "rat": a one-syllable stem ending in vowel and consonant would
        // double the consonant ("ratted"), so the "e" was the verb's own.
        if isKnownWord(stem + "e"), isShortClosedSyllable(stem) { return stem + "e" }
        if isKnownWord(stem) { return stem }
        if isKnownWord(stem + "e") { return stem + "e" }
        // "planned" -> "plan", "stopped" -> "stop".
        if let last = stem.last, stem.dropLast().last == last, !"aeiou".contains(last), isKnownWord(String(stem.dropLast())) {
            return String(stem.dropLast())
        }
        if stem.hasSuffix("i"), isKnownWord(stem.dropLast() + "y") { return stem.dropLast() + "y" }
        return nil
    }

    /// The base form of a present-tense verb ("says" -> "say", "discusses" -> "discuss"): one
    /// of the common forms, or any "-s" word right after the subject; nil otherwise.
    static func presentBase(_ word: String, afterSubject: Bool) -> String? {
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3,
              GeneralLexicon.presentVerbForms.contains(word) || afterSubject,
              !["is", "has", "does", "was"].contains(word) else { return nil }
        for (suffix, replacement) in [("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("s", "")] where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count)) + replacement
            if GeneralLexicon.presentVerbForms.contains(word) || isKnownWord(base) { return base }
        }
        return nil
    }

    /// The statement with `word` (a word or phrase, as whole words outside quotations, any
    /// case) replaced by `replacement`; nil when it does not occur.
    public static func replacing(_ word: String, with replacement: String, in statement: String) -> String? {
        let tokens = Tokenizer.tokenize(statement)
        let phrase = Tokenizer.tokenize(word).map(\.text)
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return nil }
        for i in 0...(tokens.count - phrase.count) {
            let run = tokens[i..<(i + phrase.count)]
            guard run.allSatisfy({ !$0.quoted }), run.map(\.text).elementsEqual(phrase) else { continue }
            let scalars = Array(statement.unicodeScalars)
            let start = tokens[i].start, end = tokens[i + phrase.count - 1].end
            return String(String.UnicodeScalarView(scalars[..<start])) + replacement
                + String(String.UnicodeScalarView(scalars[end...]))
        }
        return nil
    }

    /// For a quote or speaker fact whose subject is a person: the statement with the name it
    /// uses for the subject replaced by the name of another person of the bank (one who is not
    /// the fact's object and does not stand for the subject).
    public static func swappedSpeaker(_ fact: Fact, in bank: FactBank, people: [Entity]? = nil, index: BankIndex? = nil) -> String? {
        guard [.quote, .speaker].contains(fact.category), let subject = fact.subject,
              let entity = bank.entity(subject), entity.type == .person else { return nil }
        let people = people ?? bank.entities.filter { $0.type == .person }
        let tokens = Tokenizer.tokenize(fact.statement).filter { !$0.quoted }.map(\.text)
        // The longest name of the subject the statement uses.
        guard let used = ([entity.name] + entity.aliases).sorted(by: { $0.count > $1.count })
            .first(where: { replacing($0, with: "", in: fact.statement) != nil }) else { return nil }
        guard let start = people.firstIndex(where: { $0.id == subject }) else { return nil }
        for k in 1..<max(people.count, 1) {
            let other = people[(start + k) % people.count]
            guard other.id != subject, other.id != fact.object else { continue }
            if let index, index.compatible(other.id, subject) || index.compatible(subject, other.id) { continue }
            // Someone the statement already names would make a different claim.
            if ([other.name] + other.aliases).contains(where: { contains(tokens, Tokenizer.tokenize($0).map(\.text)) }) { continue }
            return replacing(used, with: other.name, in: fact.statement)
        }
        return nil
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool { DeepLint.contains(words, phrase) }

    /// For a dated fact: the statement with its weekday, its month and its year each replaced by
    /// another one that the fact's sentence does not name (one statement per field the
    /// statement writes).
    public static func swappedDates(_ fact: Fact, in bank: FactBank) -> [String] {
        guard let when = fact.when else { return [] }
        let sentence = Set(Tokenizer.tokenize(bank.sentence(of: fact).text).map(\.text))
        var result: [String] = []
        for (name, table) in [(when.weekday, GeneralLexicon.weekdays), (when.month, GeneralLexicon.months)] {
            guard let name, let at = table.firstIndex(where: { $0.name == name }) else { continue }
            let forms = table[at].forms
            guard let form = forms.first(where: { replacing($0, with: "", in: fact.statement) != nil }) else { continue }
            for k in 1..<table.count {
                let other = table[(at + k) % table.count]
                guard !other.forms.contains(where: sentence.contains) else { continue }
                if let text = replacing(form, with: other.name, in: fact.statement) { result.append(text) }
                break
            }
        }
        if let year = when.year, replacing(String(year), with: "", in: fact.statement) != nil {
            let articleWords = Set(Tokenizer.tokenize(bank.article.text).map(\.text))
            if let other = [year + 1, year - 1, year + 2, year - 2, year + 5].first(where: { !articleWords.contains(String($0)) }),
               let text = replacing(String(year), with: String(other), in: fact.statement) {
                result.append(text)
            }
        }
        return result
    }

    /// For a fact with `quantity` or `ordinal`: the statement with the number (or rank) that
    /// states it changed to another one that its sentence does not hold.
    public static func swappedValues(_ fact: Fact, in bank: FactBank, checker: StatementChecker) -> [String] {
        guard !fact.quantities.isEmpty || fact.ordinal != nil else { return [] }
        let statement = fact.statement
        let scalars = Array(statement.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let sentence = bank.sentence(of: fact).text
        let sentenceWords = Set(Tokenizer.tokenize(sentence).map(\.text))
        let units = checker.analyze(statement)
        var result: [String] = []
        var done: Set<Int> = []
        for quantity in fact.quantities {
            guard let u = units.indices.first(where: { i in
                guard !done.contains(i), !units[i].quoted, let v = units[i].value else { return false }
                switch v.kind {
                case .quantity: return abs(v.amount - quantity.value) <= max(abs(quantity.value), 1) * 1e-6
                case .cardinal: return Double(v.number) == quantity.value
                default: return false
                }
            }), let value = units[u].value else { continue }
            done.insert(u)
            let unit = units[u]
            let span = unit.start..<min(unit.end, scalars.count)
            guard !span.isEmpty else { continue }
            // The run of digits (with separators) that writes the number, or a number word.
            let spanText = Array(text(span).unicodeScalars)
            var digits: Range<Int>?
            var k = 0
            while k < spanText.count {
                if spanText[k].properties.numericType != nil, spanText[k].value < 128 {
                    var e = k
                    while e < spanText.count, spanText[e].value < 128,
                          spanText[e].properties.numericType != nil
                            || ((spanText[e] == "," || spanText[e] == ".") && e + 1 < spanText.count && spanText[e + 1].properties.numericType != nil) {
                        e += 1
                    }
                    digits = k..<e
                    break
                }
                k += 1
            }
            let shrink = value.qualifier == .atMost || value.qualifier == .upTo
            if let digits {
                let written = String(String.UnicodeScalarView(spanText[digits]))
                guard let number = Double(written.replacingOccurrences(of: ",", with: "")) else { continue }
                guard let new = otherNumber(number, shrink: shrink, avoiding: sentenceWords, grouped: written.contains(",")) else { continue }
                let start = span.lowerBound + digits.lowerBound
                result.append(text(0..<start) + new + text((span.lowerBound + digits.upperBound)..<scalars.count))
            } else {
                // "eight stops": the number word.
                let tokens = Tokenizer.tokenize(statement)
                guard let t = tokens.first(where: { $0.start >= span.lowerBound && $0.end <= span.upperBound
                    && GeneralLexicon.cardinals[$0.text] != nil }),
                    let n = GeneralLexicon.cardinals[t.text],
                    let new = otherNumber(Double(n), shrink: shrink, avoiding: sentenceWords, grouped: false) else { continue }
                result.append(text(0..<t.start) + new + text(t.end..<scalars.count))
            }
        }
        if let rank = fact.ordinal, let u = units.firstIndex(where: { $0.value?.kind == .ordinal && $0.value?.number == rank && !$0.quoted }) {
            let unit = units[u]
            let span = unit.start..<min(unit.end, scalars.count)
            let written = text(span)
            let others = [rank + 1, rank - 1, rank + 2].filter { $0 >= 1 && $0 != rank }
            if written.allSatisfy(\.isNumber) {
                if let other = others.first(where: { !sentenceWords.contains(String($0)) }) {
                    result.append(text(0..<span.lowerBound) + String(other) + text(span.upperBound..<scalars.count))
                }
            } else if let other = others.first(where: { GeneralLexicon.ordinalName($0) != "no. \($0)" && !sentenceWords.contains(GeneralLexicon.ordinalName($0)) }) {
                var name = GeneralLexicon.ordinalName(other)
                if written.first?.isUppercase == true { name = name.prefix(1).uppercased() + name.dropFirst() }
                result.append(text(0..<span.lowerBound) + name + text(span.upperBound..<scalars.count))
            }
        }
        return result
    }

    /// Another number far enough from `number` that no reading of the statement agrees with it
    /// (twice or three times it; half or a third for an upper bound), written as `number` was.
    static func otherNumber(_ number: Double, shrink: Bool, avoiding words: Set<String>, grouped: Bool) -> String? {
        let candidates = number == 0 ? [5.0, 7] : shrink ? [number / 2, number / 3] : [number * 2, number * 3, number + 7]
        for candidate in candidates {
            let written: String
            if candidate == candidate.rounded(), abs(candidate) < 1e15 {
                // "640" becomes "1,280", never a year-like "1280".
                let group = grouped || (abs(number) < 1000 && abs(candidate) >= 1000)
                written = group ? Quantity(value: candidate, unit: "").plainValueText : String(Int(candidate))
            } else {
                written = String((candidate * 100).rounded() / 100)
            }
            if !words.contains(written.replacingOccurrences(of: ",", with: "")) && !words.contains(written) { return written }
        }
        return nil
    }
}
