import Foundation

/// Splits a compound statement ("X and Y", "X, but Y", "X; Y") into parts that are checked
/// one by one. "and" joins two parts only when both sides have a verb, so "Blinken and Wang
/// met" stays whole; a part with no subject of its own borrows the first part's.
package enum ClauseSplitter {
    static let joiners: Set<String> = ["and", "but", "while", "whereas", "although", "though", "yet"]
    /// Words that open a clause of time or cause: a cut point only when a subject and a verb of
    /// its own follow ("... as several factories closed"), not before a phrase ("after the vote",
    /// "as expected").
    static let subordinators: Set<String> = ["after", "as", "because", "when", "before", "once"]
    /// Verbs and adjectives after which "when" asks a question ("tell them when", "unclear
    /// when") instead of telling a time.
    static let askingWords: Set<String> = [
        "tell", "tells", "told", "telling", "say", "says", "said", "know", "knows", "knew", "known", "ask", "asks", "asked",
        "explain", "explains", "explained", "decide", "decides", "decided", "predict", "predicted", "unclear", "unsure",
        "sure", "clear", "certain", "uncertain", "announce", "announced", "confirm", "confirmed", "wondered", "wonder",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "his", "its", "their", "her", "our", "this", "that"]

    /// A lower-case word WordNet knows as a verb, not after a determiner ("cut" in "cut its
    /// rate", not in "the cut"); `k` is never the first token.
    static func mayBeVerb(_ tokens: [Token], _ k: Int) -> Bool {
        !tokens[k].capitalized && !determiners.contains(tokens[k - 1].text) && WordNet.canBe("v", tokens[k].text)
            && !GeneralLexicon.functionWords.contains(tokens[k].text)
    }

    static func isVerb(_ tokens: [Token], _ i: Int) -> Bool {
        let word = tokens[i].text
        if tokens[i].quoted { return false }
        if GeneralLexicon.finiteVerbForms.contains(word) { return true }
        let previous = i > 0 ? tokens[i - 1].text : ""
        if determiners.contains(previous) { return false }
        if word.count >= 5, word.hasSuffix("ed"), !["need", "speed", "seed", "greed", "bred", "shed", "hundred"].contains(word) { return true }
        // An irregular past ("rose", "sold", "won"): WordNet's exception lists give its verb.
        if !["of", "in", "on", "at", "for", "to", "by", "with"].contains(previous), WordNet.isIrregularVerbForm(word) { return true }
        return false
    }

    static let plural: Set<String> = ["are", "were", "have", "do", "both", "agree", "want", "say", "met"]
    static let auxiliaries: Set<String> = ["did", "does", "also", "not", "has", "had", "will"]
    static let subjectless: Set<String> = ["did", "also", "then", "not", "never", "later", "further", "has", "had", "was", "were"]

    package static func split(_ text: String) -> [String] { split(text, tokens: Tokenizer.tokenize(text)) }

    /// The same, with the text's tokens already made.
    static func split(_ text: String, tokens: [Token]) -> [String] {
        guard !tokens.isEmpty else { return [] }
        // Most statements have no joiner and no semicolon: nothing to split.
        if !tokens.contains(where: { joiners.contains($0.text) || subordinators.contains($0.text) || $0.trailingPunctuation == ";" }) {
            return [TextFolding.trimmed(text)]
        }
        // Candidate cut points: after ";" and at joiners.
        var segments: [Range<Int>] = []
        var start = 0
        for i in tokens.indices {
            if tokens[i].trailingPunctuation == ";" && !tokens[i].quoted && i + 1 < tokens.count {
                segments.append(start..<(i + 1))
                start = i + 1
            }
        }
        segments.append(start..<tokens.count)
        // Verbs counted once, so that "does this range hold a verb" costs the same for every
        // joiner: the split stays linear in the statement's length.
        var verbsBefore = [0]
        verbsBefore.reserveCapacity(tokens.count + 1)
        for i in tokens.indices { verbsBefore.append(verbsBefore[i] + (isVerb(tokens, i) ? 1 : 0)) }
        func hasVerb(_ range: Range<Int>) -> Bool { !range.isEmpty && verbsBefore[range.upperBound] > verbsBefore[range.lowerBound] }
        var pieces: [Range<Int>] = []
        // "urged customers to watch for emails and to change their passwords": a second "to"
        // after "and" takes the words before the first one ("urged customers") as its own.
        var lent: [Int: Range<Int>] = [:]
        for segment in segments {
            var cuts: [Int] = []
            for i in segment where subordinators.contains(tokens[i].text) && !tokens[i].quoted && i > segment.lowerBound + 2 {
                // A subject of one to six words, then a verb in the past tense.
                guard i + 2 < segment.upperBound, let verb = ((i + 2)..<min(segment.upperBound, i + 8)).first(where: { isVerb(tokens, $0) }),
                      !((i + 1)..<verb).contains(where: { isVerb(tokens, $0) || tokens[$0].trailingPunctuation != nil || joiners.contains(tokens[$0].text) }),
                      !["it", "they", "he", "she", "expected", "planned"].contains(tokens[i + 1].text) else { continue }
                // "nobody could tell people when the lights would come back": a question asked or
                // answered, not a time.
                if tokens[i].text == "when", tokens[max(segment.lowerBound, i - 2)..<i].contains(where: { askingWords.contains($0.text) }) { continue }
                cuts.append(i)
            }
            for i in segment where joiners.contains(tokens[i].text) && !tokens[i].quoted && i > segment.lowerBound {
                // "has not yet decided", "is yet to": the adverb, not "but".
                if tokens[i].text == "yet", ["not", "never", "has", "have", "had", "is", "are", "was", "were", "n't"].contains(tokens[i - 1].text)
                    || (i + 1 < tokens.count && tokens[i + 1].text == "to") { continue }
                cuts.append(i)
            }
            cuts.sort()
            var left = segment.lowerBound
            for (n, cut) in cuts.enumerated() {
                let rightEnd = n + 1 < cuts.count ? cuts[n + 1] : segment.upperBound
                // "China and Russia are ...": a coordinated subject, not two clauses.
                let before = tokens[cut - 1].text
                let isDate = GeneralLexicon.weekdays.contains { $0.forms.contains(before) } || GeneralLexicon.months.contains { $0.forms.contains(before) }
                if cut + 2 < tokens.count, tokens[cut + 1].capitalized, tokens[cut - 1].capitalized, !isDate,
                   plural.contains(tokens[cut + 2].text) { continue }
                // "cut its rate ... and raised its forecast": a verb WordNet knows stands on the left
                // when the right opens with one.
                let leftHasVerb = hasVerb(left..<cut) || (isVerb(tokens, cut + 1 < tokens.count ? cut + 1 : cut) && cut + 1 < tokens.count
                    && left + 1 < cut && (left + 1..<cut).contains { mayBeVerb(tokens, $0) })
                let rightHasVerb = hasVerb((cut + 1)..<max(cut + 1, rightEnd))
                if leftHasVerb && rightHasVerb {
                    pieces.append(left..<cut)
                    left = cut + 1
                } else if tokens[cut].text == "and", cut + 2 < rightEnd, tokens[cut + 1].text == "to", mayBeVerb(tokens, cut + 2),
                          let to = (left..<cut).first(where: { tokens[$0].text == "to" && $0 + 1 < cut && mayBeVerb(tokens, $0 + 1) }),
                          hasVerb(left..<to), !(to..<cut).contains(where: { tokens[$0].trailingPunctuation == ";" }) {
                    pieces.append(left..<cut)
                    lent[pieces.count] = left..<to
                    left = cut + 1
                }
            }
            pieces.append(left..<segment.upperBound)
        }
        let scalars = Array(text.unicodeScalars)
        // In ASCII text a scalar is a byte: a piece is cut from the bytes.
        let asciiBytes: [UInt8]? = scalars.count == text.utf8.count ? Array(text.utf8) : nil
        func textOf(_ range: Range<Int>) -> String {
            guard !range.isEmpty else { return "" }
            var s = tokens[range.lowerBound].start
            var e = tokens[range.upperBound - 1].end
            // A percent sign belongs to its number ("rose 18%, and ...").
            if e < scalars.count, scalars[e] == "%" { e += 1 }
            // Keep quotation marks that open or close the piece.
            if s > 0, scalars[s - 1] == "\"" || scalars[s - 1] == "\u{201C}" { s -= 1 }
            if e < scalars.count, scalars[e] == "\"" || scalars[e] == "\u{201D}" { e += 1 }
            if e < scalars.count, scalars[e] == "," || scalars[e] == "." , e + 1 < scalars.count, scalars[e + 1] == "\"" || scalars[e + 1] == "\u{201D}" { e += 2 }
            if let bytes = asciiBytes { return String(decoding: bytes[s..<e], as: UTF8.self) }
            return String(String.UnicodeScalarView(scalars[s..<e]))
        }
        var result: [String] = []
        var subject = ""
        for (n, piece) in pieces.enumerated() where !piece.isEmpty {
            var part = textOf(piece)
            if n == 0 {
                // A subject is a few words; a longer run before the verb is not lent to every part.
                let v = piece.first(where: { isVerb(tokens, $0) }) ?? piece.dropFirst().first { mayBeVerb(tokens, $0) }
                if let v, v > piece.lowerBound, v - piece.lowerBound <= 12 {
                    subject = textOf(piece.lowerBound..<v)
                    // Leave auxiliaries out of the borrowed subject ("Blinken did").
                    while let last = subject.split(separator: " ").last, auxiliaries.contains(last.lowercased()) {
                        subject = subject.split(separator: " ").dropLast().joined(separator: " ")
                    }
                }
            } else if let words = lent[n] {
                part = textOf(words) + " " + part
            } else if !subject.isEmpty {
                let first = tokens[piece.lowerBound]
                let startsWithVerb = isVerb(tokens, piece.lowerBound)
                    || subjectless.contains(first.text)
                if startsWithVerb { part = subject + " " + part }
            }
            result.append(TextFolding.trimmed(part))
        }
        return result.filter { !$0.isEmpty }
    }
}
