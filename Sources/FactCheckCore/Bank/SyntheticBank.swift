/// Builds large banks from a real one, for measuring how the checker scales: each copy of
/// the article gets its own people (renamed), while countries stay shared as in real news.
public enum SyntheticBank {
    static let syllables = ["ka", "lo", "mi", "ra", "zen", "tor", "vi", "sha", "dun", "bel", "fo", "gre", "ul", "ni", "pas",
                            "qua", "ro", "sel", "ti", "var", "wen", "xo", "yu", "ze", "har", "jo", "ker", "lin", "mor", "ost"]

    /// A made-up name, different for each word and copy, of varied length and first letter, as
    /// the people of a thousand different articles would be.
    static func name(for word: String, copy: Int) -> String {
        var h = stableHash(word + "#" + String(copy))
        let count = 2 + Int(h % 2)
        var out = ""
        for _ in 0..<count {
            h = h &* 6364136223846793005 &+ 1442695040888963407
            out += syllables[Int((h >> 33) % UInt64(syllables.count))]
        }
        out += letters(copy)
        return out.prefix(1).uppercased() + out.dropFirst()
    }

    /// 0 -> "a", 25 -> "z", 26 -> "ba": a name part made of letters only.
    static func letters(_ n: Int) -> String {
        var n = n
        var out = ""
        repeat {
            out = String(Character(Unicode.Scalar(UInt8(97 + n % 26)))) + out
            n /= 26
        } while n > 0
        return out
    }

    static func renamedEntities(_ seed: FactBank) -> [Entity] {
        seed.entities.filter { $0.type == .person || $0.type == .organisation || $0.type == .group }
    }

    /// Rewrites seed text the way copy `copy` of the article is written (its people renamed).
    public static func renamer(for copy: Int, seed: FactBank) -> @Sendable (String) -> String {
        var words = Set<String>()
        for entity in renamedEntities(seed) {
            for alias in [entity.name] + entity.aliases where alias.first?.isUppercase == true {
                if let last = alias.split(separator: " ").last { words.insert(String(last)) }
            }
        }
        let pairs = words.sorted { $0.count > $1.count }.map { ($0, name(for: $0, copy: copy)) }
        return { text in
            var out = text
            for (word, renamed) in pairs where out.contains(word) { out = out.replacingOccurrences(of: word, with: renamed) }
            return out
        }
    }

    public static func make(from seed: FactBank, copies: Int, factsPerArticle: Int) -> FactBank {
        let renamed = renamedEntities(seed)
        var text = ""
        var sentences: [Sentence] = []
        var entities: [Entity] = seed.entities.filter { !renamed.map(\.id).contains($0.id) }
        var facts: [Fact] = []
        for copy in 0..<copies {
            let suffix = "c" + letters(copy)
            let rename = renamer(for: copy, seed: seed)
            func id(_ s: String) -> String { renamed.contains { $0.id == s } ? s + "-" + suffix : s }
            let base = text.unicodeScalars.count + (text.isEmpty ? 0 : 1)
            if !text.isEmpty { text += "\n" }
            let articleText = rename(seed.article.text)
            text += articleText
            let copySentences = SentenceSplitter.split(articleText)
            let sentenceBase = sentences.count
            for s in copySentences {
                sentences.append(Sentence(index: sentenceBase + s.index, text: s.text,
                                          span: TextSpan(start: base + s.span.start, end: base + s.span.end)))
            }
            for entity in renamed {
                entities.append(Entity(id: id(entity.id), type: entity.type, name: rename(entity.name),
                                       aliases: entity.aliases.map(rename), members: entity.members.map(id),
                                       represents: entity.represents))
            }
            var n = 0
            while n < factsPerArticle {
                let fact = seed.facts[n % seed.facts.count]
                // Evidence offsets move with the renamed text: find the renamed evidence again.
                let sentence = sentences[sentenceBase + fact.sentenceIndex]
                let evidence = rename(fact.evidenceText)
                let folded = TextFolding.comparable(sentence.text)
                var span = sentence.span
                if let r = folded.range(of: TextFolding.comparable(evidence)) {
                    let start = folded.unicodeScalars.distance(from: folded.unicodeScalars.startIndex, to: r.lowerBound)
                    span = TextSpan(start: sentence.span.start + start, end: sentence.span.start + start + evidence.unicodeScalars.count)
                }
                facts.append(Fact(id: "\(fact.id)-\(suffix)-\(n)", category: fact.category, subject: fact.subject.map(id),
                                  predicate: fact.predicate, object: fact.object.map(id), what: fact.what.map(rename),
                                  when: fact.when, positive: fact.positive, quote: fact.quote.map(rename), role: fact.role,
                                  roleOf: fact.roleOf, topics: fact.topics, evidenceText: evidence, evidence: span,
                                  sentenceIndex: sentenceBase + fact.sentenceIndex, statement: rename(fact.statement),
                                  location: fact.location, certainty: fact.certainty))
                n += 1
            }
        }
        let article = Article(id: seed.article.id + "-synthetic", title: seed.article.title, published: nil, text: text, sentences: sentences)
        return FactBank(article: article, entities: entities, facts: facts, questions: [], lexicon: seed.lexicon, origin: "synthetic")
    }
}
