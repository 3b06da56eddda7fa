/// Splits an article into sentences: at ".", "!" or "?" (and any closing quote) followed by
/// white space and a capital letter or opening quote, but not after common abbreviations.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp",
    ]

    /// Unicode's Alphabetic property, with ASCII settled without the property tables.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalar.properties.isAlphabetic
    }

    /// "... from 9 a.m. to 7:30 a.m. The race ...": the dot of "a.m." or "p.m." before a
    /// capitalised word ends the sentence, unless that word is a day, a month or a time zone
    /// ("at 9 a.m. Monday", "10 p.m. GMT").
    static func endsATimeOfDay(_ scalars: [Unicode.Scalar], dot i: Int, next: Int) -> Bool {
        guard i >= 3, scalars[i - 1] == "m", scalars[i - 2] == ".", scalars[i - 3] == "a" || scalars[i - 3] == "p",
              i < 4 || !isAlphabetic(scalars[i - 4]), next < scalars.count else { return false }
        var e = next
        while e < scalars.count, isAlphabetic(scalars[e]) { e += 1 }
        let word = String(String.UnicodeScalarView(scalars[next..<e]))
        if word.count >= 2, word.count <= 4, word.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) { return false }
        let lower = word.lowercased()
        return !GeneralLexicon.weekdays.contains { $0.forms.contains(lower) } && !GeneralLexicon.months.contains { $0.forms.contains(lower) }
    }

    public static func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, TextFolding.isWhitespace(scalars[s]) { s += 1 }
            while e > s, TextFolding.isWhitespace(scalars[e - 1]) { e -= 1 }
            if s < e {
                // The sentence's text encoded straight to UTF-8 (a byte per ASCII character).
                var bytes: [UInt8] = []
                bytes.reserveCapacity(e - s)
                for k in s..<e {
                    let v = scalars[k].value
                    if v < 0x80 { bytes.append(UInt8(v)) } else { UTF8.encode(scalars[k]) { bytes.append($0) } }
                }
                let body = String(decoding: bytes, as: UTF8.self)
                sentences.append(Sentence(index: sentences.count, text: body, span: TextSpan(start: s, end: e)))
            }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                // A line break always ends a paragraph's last sentence.
                emit(i)
                i += 1
                continue
            }
            guard c == "." || c == "!" || c == "?" else { i += 1; continue }
            var end = i + 1
            while end < scalars.count, "\"'\u{201D}\u{2019})".unicodeScalars.contains(scalars[end]) { end += 1 }
            guard end >= scalars.count || TextFolding.isWhitespace(scalars[end]) else { i += 1; continue }
            var next = end
            while next < scalars.count, TextFolding.isWhitespace(scalars[next]) { next += 1 }
            if next < scalars.count {
                let n = scalars[next]
                let upper = n.value < 0x80 ? (n.value >= 0x41 && n.value <= 0x5A) : n.properties.isUppercase
                let opensSentence = upper || "\"'\u{201C}\u{2018}(".unicodeScalars.contains(n)
                    || ("0"..."9").contains(n)
                if !opensSentence { i += 1; continue }
            }
            if c == "." {
                var w = i
                while w > 0, Self.isAlphabetic(scalars[w - 1]) { w -= 1 }
                let word = String(String.UnicodeScalarView(scalars[w..<i])).lowercased()
                // "Mr.", "Jan.", and initials such as "J." or the last dot of "U.S." end no sentence.
                if abbreviations.contains(word) || word.count == 1 && !Self.endsATimeOfDay(scalars, dot: i, next: next) {
                    i += 1
                    continue
                }
            }
            emit(end)
            i = end
        }
        emit(scalars.count)
        return sentences
    }
}
