import Testing
@testable import FactCheckKit
@testable import FactCheckCore

@Suite struct LanguageTests {
    @Test func stemsInflectionsTogether() {
        #expect(Stemmer.stem("meeting") == Stemmer.stem("meet"))
        #expect(Stemmer.stem("met") == Stemmer.stem("meets"))
        #expect(Stemmer.stem("praised") == Stemmer.stem("praise"))
        #expect(Stemmer.stem("policies") == Stemmer.stem("policy"))
        #expect(Stemmer.stem("countries") == Stemmer.stem("country"))
        #expect(Stemmer.stem("agreed") == Stemmer.stem("agree"))
        #expect(Stemmer.stem("provided") == Stemmer.stem("provide"))
        #expect(Stemmer.stem("warned") == "warn")
    }

    @Test func foldsCurlyQuotesAndKeepsOffsets() {
        let text = "China’s “counterweight” — done"
        let folded = TextFolding.fold(text)
        #expect(folded == "China's \"counterweight\" - done")
        #expect(folded.unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func tokenizesPossessivesContractionsAndInitialisms() {
        let words = Tokenizer.tokenize("China’s U.S. policy didn't change; COVID-19").map(\.text)
        #expect(words == ["china", "us", "policy", "did", "not", "change", "covid", "19"])
    }

    @Test func neutralisesControlCharacters() {
        let cleaned = TextFolding.sanitizeForTerminal("ok\u{1B}[31mred\u{07}")
        #expect(!cleaned.contains("\u{1B}"))
        #expect(!cleaned.contains("\u{07}"))
        #expect(cleaned.hasPrefix("ok"))
    }

    @Test func editDistanceCountsTranspositionAsOne() {
        #expect(EditDistance.distance("thrusday", "thursday", limit: 2) == 1)
        #expect(EditDistance.distance("tuesday", "thursday", limit: 1) == nil)
        #expect(EditDistance.distance("blinkin", "blinken", limit: 1) == 1)
    }

    /// The letter-set test may only skip words that are truly too far: random words and random
    /// edits of them (substitutions, insertions, deletions, swaps, accents) never fail it when
    /// the real distance is within the limit.
    @Test func theLetterSetTestNeverSkipsAWordWithinTheLimit() {
        var generator = SplitMix64(seed: 11)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789éüß-'".unicodeScalars)
        func randomWord() -> [Unicode.Scalar] {
            (0..<Int.random(in: 1...12, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        }
        var within = 0
        for _ in 0..<5_000 {
            let a = randomWord()
            var b = a
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let at = Int.random(in: 0...b.count, using: &generator)
                let letter = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where at < b.count: b[at] = letter
                case 1: b.insert(letter, at: at)
                case 2 where at < b.count: b.remove(at: at)
                case 3 where at + 1 < b.count: b.swapAt(at, at + 1)
                default: break
                }
            }
            let x = String(String.UnicodeScalarView(a)), y = String(String.UnicodeScalarView(b))
            for limit in 1...2 where EditDistance.distance(x, y, limit: limit) != nil {
                within += 1
                #expect(EditDistance.mayBeWithin(EditDistance.letterMask(x), EditDistance.letterMask(y), limit: limit), "\(x) \(y)")
            }
        }
        #expect(within > 2_000)
        #expect(!EditDistance.mayBeWithin(EditDistance.letterMask("thursday"), EditDistance.letterMask("blinken"), limit: 2))
    }
}
