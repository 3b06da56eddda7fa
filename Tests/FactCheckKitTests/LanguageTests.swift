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
}
