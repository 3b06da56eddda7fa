/// One word of a text: its folded lowercase form and where it stands (Unicode scalar offsets).
public struct Token: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    /// The word began with an upper-case letter in the original text.
    public var capitalized: Bool
    /// Punctuation that stands right after the word (",", ";", ":", ".", "\"") or nil.
    public var trailingPunctuation: Character?
    /// The word is inside a quotation in the original text.
    public var quoted: Bool
    /// The word carried a possessive "'s" (or "s'") that was dropped.
    public var possessive = false
}

/// Splits text into words the same way for the article, the bank and the user's statements.
/// Possessive "'s" is dropped, "n't" becomes "not", hyphens split words, "U.S." is one word.
public enum Tokenizer {
    /// Whether token `i` is joined to the next one by a hyphen in the text the tokens were read
    /// from ("no" in "no-confidence"): hyphens split words, and this tells where one did.
    static func joinedByHyphen(_ tokens: [Token], _ i: Int, in scalars: [Unicode.Scalar]) -> Bool {
        i + 1 < tokens.count && tokens[i].trailingPunctuation == nil && tokens[i].end < scalars.count
            && scalars[tokens[i].end] == "-" && tokens[i + 1].start == tokens[i].end + 1
    }

    public static func tokenize(_ text: String) -> [Token] {
        // ASCII text is read byte by byte; of its characters only the backtick folds (to "'").
        // (A native string's bytes are read in place.)
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.map { Unicode.Scalar($0 == 0x60 ? 0x27 : $0) }
        }
        let scalars: [Unicode.Scalar]
        if let made = ascii ?? nil {
            scalars = made
        } else if ascii == nil, text.utf8.allSatisfy({ $0 < 0x80 }) {
            scalars = text.utf8.map { Unicode.Scalar($0 == 0x60 ? 0x27 : $0) }
        } else {
            scalars = text.unicodeScalars.map(TextFolding.foldScalar)
        }
        var tokens: [Token] = []
        // About one word in six characters.
        tokens.reserveCapacity(scalars.count / 6 + 1)
        var i = 0
        var inQuote = false
        var word: [Unicode.Scalar] = []
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) }
            return s.properties.isAlphabetic
        }
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
            return s.properties.isAlphabetic
        }
        while i < scalars.count {
            let s = scalars[i]
            if s == "\"" {
                inQuote.toggle()
                i += 1
                continue
            }
            if !isWordScalar(s) {
                if let last = tokens.indices.last, tokens[last].trailingPunctuation == nil {
                    switch s {
                    case ",", ";", ":", ".", "!", "?", "(", ")": tokens[last].trailingPunctuation = Character(s)
                    default: break
                    }
                }
                i += 1
                continue
            }
            let start = i
            // The word's scalars, in a buffer reused from word to word.
            word.removeAll(keepingCapacity: true)
            var ascii = true
            while i < scalars.count {
                let c = scalars[i]
                if isWordScalar(c) {
                    word.append(c)
                    if c.value >= 128 { ascii = false }
                    i += 1
                } else if c == "," || c == ".", !word.isEmpty, word.allSatisfy({ ("0"..."9").contains($0) || $0 == "," || $0 == "." }),
                          i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1]),
                          c == "." || (i + 3 < scalars.count && scalars[(i + 1)...(i + 3)].allSatisfy({ ("0"..."9").contains($0) })
                                       && !(i + 4 < scalars.count && ("0"..."9").contains(scalars[i + 4]))) {
                    // "2,500" and "2.5" are one number; the separator stays in the word.
                    word.append(c)
                    i += 1
                } else if c == ".", word.count == 1, i + 2 < scalars.count, isLetter(scalars[i + 1]),
                          scalars[i + 2] == "." {
                    // U.S., U.K., U.S.A.: letters joined by dots form one word.
                    i += 1
                } else if c == ".", word.count >= 1, word.count <= 3, i + 1 < scalars.count,
                          isLetter(scalars[i + 1]), i >= 2, scalars[i - 2] == "." {
                    i += 1
                } else {
                    break
                }
            }
            if i < scalars.count, scalars[i] == ".", i >= 2, scalars[i - 2] == ".", word.count <= 4 {
                i += 1  // the final dot of an initialism
            }
            let wordEnd = i
            var lower: String
            if ascii {
                lower = String(unsafeUninitializedCapacity: word.count) { buffer in
                    for (k, c) in word.enumerated() {
                        let v = UInt8(truncatingIfNeeded: c.value)
                        buffer[k] = v >= 65 && v <= 90 ? v + 32 : v
                    }
                    return word.count
                }
            } else {
                lower = String(String.UnicodeScalarView(word)).lowercased()
            }
            let capitalized = word.first.map { $0.isASCII ? ("A"..."Z").contains($0) : $0.properties.isUppercase } ?? false
            var extraNot = false
            var possessive = false
            // Apostrophes: possessive 's and s', contractions.
            if i + 1 < scalars.count, scalars[i] == "'" {
                let next = scalars[i + 1]
                let after = i + 2 < scalars.count ? scalars[i + 2] : " "
                if (next == "s" || next == "S"), !isWordScalar(after) {
                    possessive = true
                    i += 2
                } else if (next == "t" || next == "T"), lower.hasSuffix("n"), !isWordScalar(after) {
                    lower.removeLast()
                    if lower == "wo" { lower = "will" } else if lower == "ca" { lower = "can" } else if lower == "sha" { lower = "shall" }
                    extraNot = true
                    i += 2
                } else if ["d", "D", "m", "M"].contains(next), !isWordScalar(after) {
                    i += 2
                } else if i + 2 < scalars.count, ["ll", "re", "ve", "LL", "RE", "VE"].contains(String(String.UnicodeScalarView([next, after]))),
                          !(i + 3 < scalars.count && isWordScalar(scalars[i + 3])) {
                    i += 3
                } else if lower.hasSuffix("s"), !isWordScalar(next) {
                    // A plural possessive before more text: "Quorvex Systems' planned purchase".
                    possessive = true
                    i += 1
                }
            } else if i < scalars.count, scalars[i] == "'", lower.hasSuffix("s") {
                possessive = true
                i += 1  // plural possessive: the countries'
            }
            tokens.append(Token(text: lower, start: start, end: wordEnd, capitalized: capitalized,
                                trailingPunctuation: nil, quoted: inQuote, possessive: possessive))
            if extraNot {
                tokens.append(Token(text: "not", start: i - 3, end: i, capitalized: false,
                                    trailingPunctuation: nil, quoted: inQuote))
            }
        }
        return tokens
    }
}
