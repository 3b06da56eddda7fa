import Foundation

/// Turns the YAML tree of one bank file into a validated `FactBank`, collecting every
/// problem with its line and column.
struct BankReader {
    let file: String
    var problems: [BankError] = []

    init(file: String) { self.file = file }

    func location(_ node: BankNode) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func problem(_ kind: BankError.Kind, _ node: BankNode, _ message: String) {
        problems.append(BankError(kind, file: file, location: location(node), message))
    }

    /// A mapping's values by key, in the file's order. A bank mapping has a handful of keys:
    /// a look-up compares them in turn instead of hashing them into a table.
    struct Fields: ExpressibleByDictionaryLiteral {
        var pairs: [(name: String, node: BankNode)] = []

        init() {}

        init(dictionaryLiteral elements: (String, BankNode)...) {
            pairs = elements.map { (name: $0.0, node: $0.1) }
        }

        /// The value of `name` (the last one written, if it was written twice under different tags).
        subscript(name: String) -> BankNode? {
            pairs.last { $0.name == name }?.node
        }
    }

    static let entityKeys: Set<String> = ["id", "type", "name", "aliases", "members", "represents"]
    static let dateKeys: Set<String> = ["weekday", "month", "year", "day"]
    static let quantityKeys: Set<String> = ["value", "unit"]
    static let questionKeys: Set<String> = ["fact", "type", "prompt", "answer", "choices"]
    static let factKeys: Set<String> = ["id", "category", "subject", "predicate", "object", "what", "when", "polarity",
                                        "certainty", "quote", "role", "of", "topics", "evidence", "statement",
                                        "quantity", "ordinal", "place"]

    mutating func mapping(_ node: BankNode, _ what: String, allowed: Set<String>) -> Fields? {
        guard let map = node.mapping else {
            problem(.schema, node, "\(what) must be a mapping (key: value)")
            return nil
        }
        var result = Fields()
        result.pairs.reserveCapacity(map.count)
        for pair in map {
            let key = pair.key, value = pair.value
            guard let name = key.scalar else {
                problem(.schema, key, "\(what): keys must be plain words")
                continue
            }
            if !allowed.contains(name) {
                let hint = allowed.min { a, b in
                    (EditDistance.distance(a, name, limit: 99) ?? 99) < (EditDistance.distance(b, name, limit: 99) ?? 99)
                }
                problem(.schema, key, "unknown key '\(name)' in \(what)" + (hint.map { " (did you mean '\($0)'?)" } ?? ""))
                continue
            }
            result.pairs.append((name: name, node: value))
        }
        return result
    }

    mutating func sequence(_ node: BankNode, _ what: String) -> [BankNode] {
        if node.scalar == "null" || node.scalar == "~" { return [] }
        guard let seq = node.sequence else {
            problem(.schema, node, "\(what) must be a list")
            return []
        }
        return seq
    }

    mutating func string(_ node: BankNode?, _ what: String, required: Bool = true, parent: BankNode) -> String? {
        guard let node else {
            if required { problem(.schema, parent, "missing '\(what)'") }
            return nil
        }
        guard let value = node.scalar else {
            problem(.schema, node, "'\(what)' must be text")
            return nil
        }
        if node.explicitNull || (node.plain && (value.isEmpty || value == "null" || value == "~")) {
            if required { problem(.schema, node, "'\(what)' must not be empty") }
            return nil
        }
        // A printable ASCII character settles it without Foundation's trimming.
        if required && !value.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) && value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problem(.schema, node, "'\(what)' must not be empty")
            return nil
        }
        return value
    }

    mutating func strings(_ node: BankNode?, _ what: String) -> [String] {
        guard let node else { return [] }
        return sequence(node, what).compactMap { string($0, what, parent: node) }
    }

    /// `{value: 14, unit: stop}`: a number (digits, an optional sign, decimals, no separators)
    /// and a singular unit word.
    mutating func quantity(_ node: BankNode) -> Quantity? {
        guard let map = mapping(node, "a quantity", allowed: Self.quantityKeys) else { return nil }
        guard let raw = string(map["value"], "value", parent: node) else { return nil }
        guard let value = Double(raw.replacingOccurrences(of: "_", with: "")), value.isFinite else {
            problem(.invalidValue, map["value"] ?? node, "a quantity's value is a number such as 14, 2.5 or 640000000, not '\(raw)'")
            return nil
        }
        let unit = (string(map["unit"], "unit", required: false, parent: node) ?? "").lowercased()
            .trimmingCharacters(in: .whitespaces)
        if !Units.isWritable(unit) {
            problem(.invalidValue, map["unit"] ?? node, "a quantity's unit is a word such as 'stop', 'euro' or 'percent', not '\(unit)'")
            return nil
        }
        return Quantity(value: value, unit: Units.canonical(unit))
    }

    mutating func checkID(_ id: String, _ node: BankNode) {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
        if !allowed || id.first == "-" || id.first == "." {
            problem(.invalidValue, node, "id '\(id)' must be lower-case letters, digits, '-', '_' or '.'")
        }
    }

    mutating func read(_ root: BankNode) throws(BankProblems) -> FactBank {
        let top = mapping(root, "the bank", allowed: ["format", "source", "entities", "lexicon", "facts", "questions"]) ?? [:]
        if let format = string(top["format"], "format", parent: root), format != BankLoader.formatName {
            problem(.invalidValue, top["format"] ?? root, "unknown format '\(format)'; this program reads '\(BankLoader.formatName)'")
        }
        // Source
        var article = Article(id: "", title: "", published: nil, text: "", sentences: [])
        if let sourceNode = top["source"] {
            let source = mapping(sourceNode, "source", allowed: ["id", "title", "published", "text"]) ?? [:]
            article.id = string(source["id"], "source.id", parent: sourceNode) ?? ""
            if !article.id.isEmpty, let node = source["id"] { checkID(article.id, node) }
            article.title = string(source["title"], "source.title", parent: sourceNode) ?? ""
            article.published = string(source["published"], "source.published", required: false, parent: sourceNode)
            article.text = string(source["text"], "source.text", parent: sourceNode) ?? ""
            article.sentences = SentenceSplitter.split(article.text)
        } else {
            problem(.schema, root, "missing 'source' (title and article text)")
        }
        let articleText = EvidenceLocator(TextFolding.comparable(article.text))
        let sentenceStarts = article.sentences.map(\.span.start)
        /// The sentence that holds the whole span (sentences are in order: a binary search).
        func sentence(containing span: TextSpan) -> Int? {
            var low = 0, high = sentenceStarts.count
            while low < high {
                let mid = (low + high) / 2
                if sentenceStarts[mid] <= span.start { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { return nil }
            let sentence = article.sentences[low - 1]
            return span.end <= sentence.span.end ? sentence.index : nil
        }

        // Entities
        var entities: [Entity] = []
        entities.reserveCapacity(top["entities"]?.sequence?.count ?? 0)
        var entityNodes: [String: BankNode] = [:]
        var memberRefs: [(String, BankNode)] = []
        for node in sequence(top["entities"] ?? BankNode.null, "entities") {
            guard let map = mapping(node, "an entity", allowed: Self.entityKeys) else { continue }
            guard let id = string(map["id"], "id", parent: node) else { continue }
            checkID(id, map["id"] ?? node)
            if let earlier = entityNodes[id] {
                problem(.duplicateID, map["id"] ?? node, "duplicate entity id '\(id)' (first defined at line \(earlier.mark?.line ?? 0))")
                continue
            }
            entityNodes[id] = node
            var type = EntityType.person
            if let raw = string(map["type"], "type", parent: node) {
                if let t = EntityType(rawValue: raw) { type = t } else {
                    problem(.invalidValue, map["type"] ?? node, "unknown entity type '\(raw)' (one of: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            let name = string(map["name"], "name", parent: node) ?? id
            var aliasLocations: [String: SourceLocation] = [:]
            if let nameNode = map["name"] { aliasLocations[name] = location(nameNode) }
            var aliases: [String] = []
            if let aliasNode = map["aliases"] {
                for item in sequence(aliasNode, "aliases") {
                    guard let alias = string(item, "aliases", parent: aliasNode) else { continue }
                    aliases.append(alias)
                    if aliasLocations[alias] == nil { aliasLocations[alias] = location(item) }
                }
            }
            if !aliases.contains(name) { aliases.insert(name, at: 0) }
            let members = strings(map["members"], "members")
            for m in members { memberRefs.append((m, map["members"] ?? node)) }
            let represents = string(map["represents"], "represents", required: false, parent: node)
            if let r = represents { memberRefs.append((r, map["represents"] ?? node)) }
            entities.append(Entity(id: id, type: type, name: name, aliases: aliases, members: members, represents: represents,
                                   location: location(node), aliasLocations: aliasLocations))
        }
        for (ref, node) in memberRefs where entityNodes[ref] == nil {
            problem(.unknownReference, node, "unknown entity '\(ref)'")
        }

        // Lexicon
        var lexicon = BankLexicon()
        if let lexNode = top["lexicon"], let lex = mapping(lexNode, "lexicon", allowed: ["synonyms", "antonyms"]) {
            for group in sequence(lex["synonyms"] ?? BankNode.null, "lexicon.synonyms") {
                let words = strings(group, "a synonym group")
                if words.count < 2 { problem(.invalidValue, group, "a synonym group needs at least two words") } else {
                    lexicon.synonyms.append(words)
                    lexicon.synonymLocations.append(location(group))
                }
            }
            for pair in sequence(lex["antonyms"] ?? BankNode.null, "lexicon.antonyms") {
                let words = strings(pair, "an antonym pair")
                if words.count != 2 { problem(.invalidValue, pair, "an antonym pair has exactly two words") } else {
                    lexicon.antonyms.append((words[0], words[1]))
                    lexicon.antonymLocations.append(location(pair))
                }
            }
        }

        // Facts
        var facts: [Fact] = []
        facts.reserveCapacity(top["facts"]?.sequence?.count ?? 0)
        var factNodes: [String: BankNode] = [:]
        for node in sequence(top["facts"] ?? BankNode.null, "facts") {
            guard let map = mapping(node, "a fact", allowed: Self.factKeys) else { continue }
            guard let id = string(map["id"], "id", parent: node) else { continue }
            checkID(id, map["id"] ?? node)
            if let earlier = factNodes[id] {
                problem(.duplicateID, map["id"] ?? node, "duplicate fact id '\(id)' (first defined at line \(earlier.mark?.line ?? 0))")
                continue
            }
            factNodes[id] = node
            var category = FactCategory.event
            if let raw = string(map["category"], "category", parent: node) {
                if let c = FactCategory(rawValue: raw) { category = c } else {
                    problem(.invalidValue, map["category"] ?? node, "unknown category '\(raw)' (one of: \(FactCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            var refs: [String: String] = [:]
            for key in ["subject", "object", "of", "place"] {
                if let value = string(map[key], key, required: false, parent: node) {
                    if entityNodes[value] == nil {
                        problem(.unknownReference, map[key] ?? node, "unknown entity '\(value)' in '\(key)'")
                    }
                    refs[key] = value
                }
            }
            var when: FactDate?
            if let whenNode = map["when"], let w = mapping(whenNode, "when", allowed: Self.dateKeys) {
                var date = FactDate()
                if let wd = string(w["weekday"], "weekday", required: false, parent: whenNode) {
                    if let canonical = GeneralLexicon.weekdays.first(where: { $0.forms.contains(wd.lowercased()) })?.name { date.weekday = canonical }
                    else { problem(.invalidValue, w["weekday"] ?? whenNode, "'\(wd)' is not a weekday") }
                }
                if let mo = string(w["month"], "month", required: false, parent: whenNode) {
                    if let canonical = GeneralLexicon.months.first(where: { $0.forms.contains(mo.lowercased()) })?.name { date.month = canonical }
                    else { problem(.invalidValue, w["month"] ?? whenNode, "'\(mo)' is not a month") }
                }
                if let y = string(w["year"], "year", required: false, parent: whenNode) {
                    if let year = Int(y), (1...9999).contains(year) { date.year = year }
                    else { problem(.invalidValue, w["year"] ?? whenNode, "'\(y)' is not a year") }
                }
                if let d = string(w["day"], "day", required: false, parent: whenNode) {
                    if let day = Int(d), (1...31).contains(day) { date.day = day }
                    else { problem(.invalidValue, w["day"] ?? whenNode, "'\(d)' is not a day of the month") }
                }
                when = date
            }
            var positive = true
            if let p = string(map["polarity"], "polarity", required: false, parent: node) {
                switch p {
                case "positive": positive = true
                case "negative": positive = false
                default: problem(.invalidValue, map["polarity"] ?? node, "polarity is 'positive' or 'negative', not '\(p)'")
                }
            }
            var certainty = Certainty.stated
            if let c = string(map["certainty"], "certainty", required: false, parent: node) {
                if let value = Certainty(rawValue: c) {
                    certainty = value
                } else {
                    problem(.invalidValue, map["certainty"] ?? node,
                            "certainty is \(Certainty.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), not '\(c)'")
                }
            }
            var quantities: [Quantity] = []
            if let qnode = map["quantity"] {
                let items = qnode.sequence ?? [qnode]
                for item in items {
                    if let quantity = self.quantity(item) { quantities.append(quantity) }
                }
            }
            var ordinal: Int?
            if let o = string(map["ordinal"], "ordinal", required: false, parent: node) {
                if let n = Int(o), (1...1000).contains(n) { ordinal = n }
                else { problem(.invalidValue, map["ordinal"] ?? node, "ordinal is a whole number from 1 ('first') up, not '\(o)'") }
            }
            if let placeID = refs["place"], let placeEntity = entities.first(where: { $0.id == placeID }),
               ![.place, .country, .organisation].contains(placeEntity.type) {
                problem(.invalidValue, map["place"] ?? node, "place '\(placeID)' is a \(placeEntity.type.rawValue); a place is an entity of type place or country")
            }
            let quote = string(map["quote"], "quote", required: false, parent: node)
            if let quote, let qnode = map["quote"], articleText.firstOccurrence(of: TextFolding.comparable(quote)) == nil {
                problem(.evidenceNotFound, qnode, "the quote is not in the article word for word")
            }
            if category == .quote && quote == nil { problem(.schema, node, "a quote fact needs 'quote' (the verbatim words)") }
            if category == .position && map["role"] == nil { problem(.schema, node, "a position fact needs 'role'") }
            guard let evidenceText = string(map["evidence"], "evidence", parent: node) else { continue }
            let statement = string(map["statement"], "statement", parent: node) ?? evidenceText
            var span = TextSpan(start: 0, end: 0)
            var sentenceIndex = 0
            if let range = articleText.firstOccurrence(of: TextFolding.comparable(evidenceText)) {
                span = TextSpan(start: range.lowerBound, end: range.upperBound)
                if let index = sentence(containing: span) {
                    sentenceIndex = index
                } else {
                    problem(.evidenceNotFound, map["evidence"] ?? node, "the evidence runs across sentences; quote text from one sentence")
                }
            } else if !article.text.isEmpty {
                problem(.evidenceNotFound, map["evidence"] ?? node, "the evidence is not in the article: '\(evidenceText.prefix(80))'")
            }
            facts.append(Fact(
                id: id, category: category, subject: refs["subject"],
                predicate: string(map["predicate"], "predicate", required: false, parent: node),
                object: refs["object"], what: string(map["what"], "what", required: false, parent: node),
                when: when, positive: positive, quote: quote,
                role: string(map["role"], "role", required: false, parent: node), roleOf: refs["of"],
                topics: strings(map["topics"], "topics"), evidenceText: evidenceText, evidence: span,
                sentenceIndex: sentenceIndex, statement: statement, location: location(node), certainty: certainty,
                quantities: quantities, ordinal: ordinal, place: refs["place"]))
        }
        if facts.isEmpty && factNodes.isEmpty {
            problem(.schema, top["facts"] ?? root, "the bank has no facts")
        }

        // Questions
        var questions: [HandWrittenQuestion] = []
        if let qs = top["questions"] {
            for node in sequence(qs, "questions") {
                guard let map = mapping(node, "a question", allowed: Self.questionKeys) else { continue }
                guard let factID = string(map["fact"], "fact", parent: node) else { continue }
                if factNodes[factID] == nil { problem(.unknownReference, map["fact"] ?? node, "unknown fact '\(factID)'") }
                var type = QuestionType.typed
                if let raw = string(map["type"], "type", parent: node) {
                    if let t = QuestionType(rawValue: raw) { type = t } else {
                        problem(.invalidValue, map["type"] ?? node, "unknown question type '\(raw)' (one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                }
                guard let prompt = string(map["prompt"], "prompt", parent: node),
                      let answer = string(map["answer"], "answer", parent: node) else { continue }
                questions.append(HandWrittenQuestion(factId: factID, type: type, prompt: prompt, answer: answer,
                                                     choices: strings(map["choices"], "choices")))
            }
        }

        if !problems.isEmpty { throw BankProblems(problems) }
        return FactBank(article: article, entities: entities, facts: facts, questions: questions, lexicon: lexicon, origin: file)
    }
}
