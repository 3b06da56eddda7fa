/// A plain-text or Markdown article as a person brings it: an optional headline, an optional
/// byline or date line, and the body. The body is kept byte for byte (it becomes the bank's
/// `text`); only the lines around it are taken apart.
struct ArticleInput: Sendable {
    var title: String
    var body: String
    /// A date line ("*By Staff, 12 June 2025*", "Published: ...") seen before the body, if any.
    var dateline: String?
    /// Lines that were not kept in the body, for the draft's review notes.
    var notes: [String] = []

    /// Splits `text` into headline, date line and body.
    init(text raw: String) {
        var text = raw
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func dropBlankLines() { while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() } }
        dropBlankLines()
        var title: String?
        if let first = lines.first {
            let trimmed = TextFolding.trimmed(first)
            if trimmed.hasPrefix("#") {
                // A Markdown heading: "# Title" (any level) is the headline.
                title = TextFolding.trimmed(String(trimmed.drop { $0 == "#" }))
                lines.removeFirst()
            } else if lines.count > 1, lines[1].allSatisfy(\.isWhitespace), Self.looksLikeHeadline(trimmed) {
                title = trimmed
                lines.removeFirst()
            } else if lines.count > 1, lines[1].allSatisfy({ $0 == "=" || $0 == " " }), lines[1].contains("=") {
                // A setext heading: "Title" underlined with "===".
                title = trimmed
                lines.removeFirst(2)
            }
        }
        dropBlankLines()
        // A byline or date line in emphasis ("*By ..., 12 June 2025*") or starting with "By ".
        if let first = lines.first {
            let trimmed = TextFolding.trimmed(first)
            let emphasised = (trimmed.hasPrefix("*") && trimmed.hasSuffix("*")) || (trimmed.hasPrefix("_") && trimmed.hasSuffix("_"))
            if trimmed.count < 120, emphasised || trimmed.hasPrefix("By ") || trimmed.lowercased().hasPrefix("published") {
                dateline = TextFolding.trimmed(trimmed.trimmingCharacters(in: ["*", "_"]))
                notes.append("the line '\(trimmed)' is taken as a byline or date line, not as part of the article")
                lines.removeFirst()
                dropBlankLines()
            }
        }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        body = lines.joined(separator: "\n")
        while let last = body.unicodeScalars.last, last.properties.isWhitespace { body.unicodeScalars.removeLast() }
        if let title, !title.isEmpty {
            self.title = title
        } else {
            // No headline: the first sentence, cut at a word boundary.
            let first = SentenceSplitter.split(body).first?.text ?? "Untitled article"
            var words: [Substring] = []
            for word in first.split(separator: " ") {
                if words.count >= 12 { break }
                words.append(word)
            }
            var cut = words.joined(separator: " ")
            if words.count < first.split(separator: " ").count { cut += " …" }
            self.title = cut
            notes.append("the article has no headline; the title is its first words")
        }
    }

    /// A short first line with no sentence-ending punctuation, followed by a blank line.
    static func looksLikeHeadline(_ line: String) -> Bool {
        guard !line.isEmpty, line.count <= 200 else { return false }
        guard let last = line.last else { return false }
        if ".!;:,".contains(last) { return false }
        return line.split(separator: " ").count <= 25
    }

    /// A bank id made from a title: lower-case words joined with hyphens, at most 60 characters.
    /// An article's id is typed by people (`--article ID`): `articleID` keeps it to 40, cut between words.
    static func articleID(_ title: String) -> String {
        let full = slug(title)
        guard full.count > 40 else { return full }
        let head = String(full.prefix(41))
        if let cut = head.lastIndex(of: "-"), cut > head.startIndex { return String(head[..<cut]) }
        return String(full.prefix(40))
    }

    static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in TextFolding.fold(text).lowercased().unicodeScalars {
            let isWord = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWord {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
            if result.count >= 60 { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "article" : result
    }
}
