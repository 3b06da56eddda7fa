import Foundation

/// A bank drafted from an article: its YAML text, the bank as read back from it, and what a
/// person should review.
public struct DraftedBank: Sendable {
    /// The bank file's text (`factcheck.bank/1`), with `# review:` comments.
    public var yaml: String
    /// The bank as the loader reads `yaml`: what lint and the checker see.
    public var bank: FactBank
    /// Notes for the person who will review the draft.
    public var notes: [String]
    /// Facts dropped because their own statement did not verify as supported.
    public var dropped: Int
}

/// Drafts a `factcheck.bank/1` bank from a plain-text or Markdown article, without a model or a
/// network: names (people with their titles, organisations, countries, places), positions,
/// quotes and their speakers, one fact per clause with its date, values, place and certainty,
/// relative clauses and lists. Every fact's own statement is checked against the drafted bank;
/// a fact whose statement is not supported is dropped (and the sentence kept covered).
public enum BankDrafter {
    /// Articles larger than this are refused: a bank holds one article, not a book.
    public static let maximumArticleSize = 256 * 1024

    public static func draft(text: String, fileName: String) throws(BankProblems) -> DraftedBank {
        guard text.utf8.count <= maximumArticleSize else {
            throw BankProblems([BankError(.tooLarge, file: fileName, "the article is larger than \(maximumArticleSize / 1024) KiB; draft one article at a time")])
        }
        if let bad = text.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            throw BankProblems([BankError(.invalidValue, file: fileName, "the article holds a control character (U+\(String(bad.value, radix: 16, uppercase: true))); it must be plain text")])
        }
        let input = ArticleInput(text: text.replacingOccurrences(of: "\r\n", with: "\n"))
        guard input.body.contains(where: { $0.isLetter }) else {
            throw BankProblems([BankError(.empty, file: fileName, "the article has no text")])
        }
        let sentences = SentenceSplitter.split(input.body).map(SentenceWords.init)
        var names = NameFinder(sentences: sentences)
        names.title = input.title
        names.find()
        var drafter = FactDrafter(names: names, sentences: sentences, articleText: input.body)
        drafter.draft()
        var facts = drafter.facts
        // A figure whose unit the reader misread ("4x100 metres" as 4 "x100") is left out, so
        // that the draft always loads.
        for f in facts.indices { facts[f].quantities.removeAll { !Units.isWritable($0.unit) } }
        let entities = drafter.names.entities
        let id = ArticleInput.articleID(input.title)
        var notes = input.notes

        // Read the draft back and keep only facts whose own statement the checker supports.
        var dropped = 0
        var yaml = BankYAML.write(id: id, title: input.title, body: input.body, entities: entities, facts: facts, notes: notes)
        var bank = try BankLoader.parse(data: Data(yaml.utf8), file: fileName)
        let checker = StatementChecker(bank: bank)
        var kept: [DraftFact] = []
        for fact in facts {
            // A statement as long as a page is kept as it is (it is marked for review).
            if fact.statement.utf8.count > 2_000 { kept.append(fact); continue }
            let verdict = checker.check(fact.statement).verdict
            if verdict == .supported { kept.append(fact); continue }
            // The evidence itself, as a sentence, is the next best statement.
            var fixed = fact
            fixed.statement = FactDrafter.asStatement(fact.evidence)
            if fixed.statement != fact.statement, checker.check(fixed.statement).verdict == .supported {
                kept.append(fixed)
                continue
            }
            dropped += 1
        }
        // A sentence that lost all its facts keeps one: the sentence itself, marked for review.
        let keptSentences = Set(kept.map(\.sentence))
        var firstFactOfSentence: [Int: DraftFact] = [:]
        for fact in facts where firstFactOfSentence[fact.sentence] == nil { firstFactOfSentence[fact.sentence] = fact }
        for sentenceIndex in Set(facts.map(\.sentence)).sorted() where !keptSentences.contains(sentenceIndex) {
            guard var fact = firstFactOfSentence[sentenceIndex] else { continue }
            fact.review.append("its statement did not verify as supported: check the fact by hand")
            kept.append(fact)
            dropped -= 1
        }
        let order = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        kept.sort { a, b in (a.sentence, order[a.id] ?? 0) < (b.sentence, order[b.id] ?? 0) }
        if dropped > 0 { notes.append("\(dropped) drafted fact(s) were left out because their statement did not verify") }
        facts = kept
        yaml = BankYAML.write(id: id, title: input.title, body: input.body, entities: entities, facts: facts, notes: notes)
        bank = try BankLoader.parse(data: Data(yaml.utf8), file: fileName)
        return DraftedBank(yaml: yaml, bank: bank, notes: notes, dropped: dropped)
    }

    /// Whether a file looks like a plain article rather than a bank: by its name, then by its
    /// first lines (a bank starts with YAML keys such as `format:`).
    public static func looksLikeArticle(path: String, firstBytes: Data) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return false }
        if [".txt", ".md", ".markdown", ".text"].contains(where: { lower.hasSuffix($0) }) { return true }
        guard let text = String(data: firstBytes, encoding: .utf8) else { return false }
        for line in text.split(separator: "\n").prefix(20) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            return !(trimmed.hasPrefix("format:") || trimmed.hasPrefix("source:") || trimmed.hasPrefix("facts:")
                     || trimmed.hasPrefix("entities:") || trimmed.hasPrefix("---"))
        }
        return false
    }
}

/// Writes a drafted bank as YAML a person can read and edit.
enum BankYAML {
    static func write(id: String, title: String, body: String, entities: [DraftEntity], facts: [DraftFact], notes: [String]) -> String {
        var out = "# Fact bank drafted automatically by `factcheck draft`. Review it before use:\n"
        out += "# lines marked '# review:' need a person's eye. Format: see questions/README.md.\n"
        for note in notes { out += "# review: \(comment(note))\n" }
        out += "format: factcheck.bank/1\nsource:\n"
        out += "  id: \(scalar(id))\n  title: \(scalar(title))\n  published: null\n"
        out += "  text: " + block(body, indent: "    ") + "\n"
        out += entities.isEmpty ? "\nentities: []\n" : "\nentities:\n"
        for e in entities {
            out += "  - id: \(scalar(e.id))\n    type: \(e.type.rawValue)\n    name: \(scalar(e.name))\n"
            for r in e.review { out += "    # review: \(comment(r))\n" }
            if let r = e.represents { out += "    represents: \(scalar(r))\n" }
            let aliases = e.aliases.filter { !$0.isEmpty }
            if !aliases.isEmpty { out += "    aliases: [" + aliases.map(scalar).joined(separator: ", ") + "]\n" }
        }
        out += "\nfacts:\n"
        var lastSentence = -1
        for f in facts {
            if f.sentence != lastSentence { out += "  # --- sentence \(f.sentence + 1)\n"; lastSentence = f.sentence }
            out += "  - id: \(scalar(f.id))\n"
            for r in f.review { out += "    # review: \(comment(r))\n" }
            out += "    category: \(f.category.rawValue)\n"
            if let v = f.subject { out += "    subject: \(scalar(v))\n" }
            if let v = f.predicate { out += "    predicate: \(scalar(v))\n" }
            if let v = f.object { out += "    object: \(scalar(v))\n" }
            if let v = f.role { out += "    role: \(scalar(v))\n" }
            if let v = f.of { out += "    of: \(scalar(v))\n" }
            if let v = f.what { out += "    what: \(scalar(v))\n" }
            if let w = f.when {
                var parts: [String] = []
                if let d = w.weekday { parts.append("weekday: \(d)") }
                if let m = w.month { parts.append("month: \(m)") }
                if let d = w.day { parts.append("day: \(d)") }
                if let y = w.year { parts.append("year: \(y)") }
                if !parts.isEmpty { out += "    when: {\(parts.joined(separator: ", "))}\n" }
            }
            if !f.positive { out += "    polarity: negative\n" }
            if f.certainty != .stated { out += "    certainty: \(f.certainty.rawValue)\n" }
            if !f.quantities.isEmpty {
                let items = f.quantities.map { "{value: \(number($0.value)), unit: \(scalar($0.unit))}" }
                out += "    quantity: " + (items.count == 1 ? items[0] : "[" + items.joined(separator: ", ") + "]") + "\n"
            }
            if let o = f.ordinal { out += "    ordinal: \(o)\n" }
            if let p = f.place { out += "    place: \(scalar(p))\n" }
            if !f.topics.isEmpty { out += "    topics: [" + f.topics.map(scalar).joined(separator: ", ") + "]\n" }
            if let q = f.quote { out += "    quote: \(scalar(q))\n" }
            out += "    evidence: \(scalar(f.evidence))\n"
            out += "    statement: \(scalar(f.statement))\n"
        }
        return out
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A comment's text on one line, without control characters.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// A scalar: plain when that reads back as the same text, else double-quoted with escapes.
    static func scalar(_ text: String) -> String {
        let plainSafe = !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            (("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || " -.'’".unicodeScalars.contains(s)
             || (s.value >= 0xA0 && s.properties.isAlphabetic))
        } && !text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.hasPrefix("-") && !text.hasPrefix(".")
            && !["null", "~", "true", "false", "yes", "no", "on", "off"].contains(text.lowercased())
            && text.first.map { !$0.isNumber } == true
        return plainSafe ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029 || s.value == 0xFEFF {
                    out += String(format: "\\u%04X", s.value)
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    /// The article text: a literal block when it reads back byte for byte, else a quoted scalar.
    static func block(_ text: String, indent: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let literalSafe = !text.isEmpty
            && text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0.value != 0xFEFF && $0.value != 0x2028 && $0.value != 0x2029) }
            && lines.allSatisfy { line in !(line.first?.isWhitespace ?? false) && !(line.last?.isWhitespace ?? false) }
            && !(text.last?.isNewline ?? true)
        guard literalSafe else { return quoted(text) }
        return "|-\n" + lines.map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }
}
