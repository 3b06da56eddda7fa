import Testing
@testable import FactCheckCore

@Suite struct WordNetTests {
    @Test func irregularFormsHaveTheirLemma() {
        #expect(WordNet.lemma(ofIrregular: "took") == "take")
        #expect(WordNet.lemma(ofIrregular: "met") == "meet")
        #expect(WordNet.lemma(ofIrregular: "children") == "child")
        #expect(WordNet.lemma(ofIrregular: "table") == nil)
    }

    func shareASense(_ a: String, _ b: String) -> Bool {
        guard let x = WordNet.entry(for: a), let y = WordNet.entry(for: b) else { return false }
        return !Set(x.concepts).isDisjoint(with: y.concepts)
    }

    func opposite(_ a: String, _ b: String) -> Bool {
        guard let x = WordNet.entry(for: a), let y = WordNet.entry(for: b) else { return false }
        return !Set(x.opposites).isDisjoint(with: y.concepts)
    }

    /// A word's parts of speech are known even when none of its senses is shared with another
    /// word ("ticket" is a noun, though its noun sense is its own), so "68,400 tickets" is a count.
    @Test func partsOfSpeechOutliveUnsharedSenses() throws {
        #expect(WordNet.canBe("n", "tickets") && WordNet.canBe("v", "ticket"))
        #expect(!WordNet.canBe("n", "quickly"))
        let analyzer = Analyzer(lexicon: Lexicon(), aliases: [], extraVocabulary: [])
        let values = analyzer.analyze("The festival sold a record 68,400 tickets and 1,250,000 copies, not 68,40 seats.").compactMap(\.value)
        #expect(values.map(\.amount).prefix(2) == [68400, 1_250_000])
        #expect(values.first?.unit == "ticket")
    }

    /// Words whose most frequent noun sense is a kind of person, from WordNet's noun.person file,
    /// and the short "-ied" verbs its detachment rules miss.
    @Test func peopleAndShortVerbs() {
        #expect(WordNet.isPersonNoun("composer") && WordNet.isPersonNoun("widows") && WordNet.isPersonNoun("cellist"))
        #expect(!WordNet.isPersonNoun("orchestra") && !WordNet.isPersonNoun("court") && !WordNet.isPersonNoun("chair"))
        #expect(shareASense("died", "death") && shareASense("tied", "tie"))
        #expect(!WordNet.lemmas(of: "seed").contains("see"))
    }

    @Test func frequentSensesMakeSynonyms() {
        #expect(shareASense("begin", "commence"))
        #expect(shareASense("start", "begin"))
        #expect(shareASense("reduce", "cut"))
        #expect(shareASense("decision", "decide"))
        #expect(shareASense("approval", "approve"))
        #expect(shareASense("decisions", "decided"))
    }

    @Test func rareSensesDoNot() {
        // "back" has a rare sense meaning "support"; "champion" one meaning "defend".
        #expect(!shareASense("back", "champion"))
        // "tent" is seldom a verb ("to tent" is "to camp"), and "summit" seldom one ("to reach the top").
        #expect(!shareASense("tents", "camp"))
        #expect(WordNet.entry(for: "summit")?.broader.contains { WordNet.entry(for: "reach")?.concepts.contains($0) == true } != true)
        // A noun used as a verb keeps its verb: figures "released" are "published".
        #expect(shareASense("released", "published"))
        // A word kept only for its parts of speech is still a word of the language.
        #expect(WordNet.isWord("ticket") && WordNet.canBe("n", "ticket"))
    }

    @Test func antonymsReadBothWays() {
        #expect(opposite("increase", "decrease"))
        #expect(opposite("decrease", "increase"))
        #expect(opposite("accept", "refuse"))
        #expect(opposite("permit", "forbid"))
        #expect(opposite("rise", "fall"))
        #expect(opposite("admit", "deny"))
        #expect(opposite("deny", "admit"))
    }

    @Test func aWordBacksItsMoreGeneralSense() throws {
        for (specific, general) in [("murdered", "kill"), ("whispered", "speak"), ("sprint", "run"), ("dropped", "fall")] {
            let s = try #require(WordNet.entry(for: specific))
            let g = try #require(WordNet.entry(for: general))
            #expect(!Set(s.broader).isDisjoint(with: g.concepts), "\(specific) -> \(general)")
            #expect(Set(g.broader).isDisjoint(with: s.concepts), "\(general) must not back \(specific)")
        }
    }

    @Test func unknownWordsHaveNoEntry() {
        #expect(WordNet.entry(for: "wnag") == nil)
        #expect(WordNet.entry(for: "") == nil)
    }

    @Test func selfStemsAreNotCutAgain() {
        #expect(Stemmer.stem("news") == "news")
        #expect(Stemmer.stem("series") == "series")
        #expect(Stemmer.stem("gas") == "gas")
        #expect(Stemmer.stem("took") == Stemmer.stem("take"))
    }
}

@Suite struct QuantityTests {
    let analyzer = Analyzer(lexicon: Lexicon(), aliases: [], extraVocabulary: [])

    func quantity(_ text: String) -> Value? {
        analyzer.analyze(text).compactMap(\.value).first { $0.kind == .quantity }
    }

    @Test func separatorsKeepANumberWhole() {
        #expect(Tokenizer.tokenize("2,500 residents").map(\.text) == ["2,500", "residents"])
        #expect(Tokenizer.tokenize("a 2.5 percent rise").map(\.text) == ["a", "2.5", "percent", "rise"])
        #expect(Tokenizer.tokenize("in 1998, 2000 and 2004.").map(\.text) == ["in", "1998", "2000", "and", "2004"])
    }

    @Test func unitsAndMagnitudes() throws {
        let money = try #require(quantity("a $1.2 billion deal"))
        #expect(money.amount == 1.2e9 && money.unit == "dollar")
        let euros = try #require(quantity("640m euros"))
        #expect(euros.amount == 640e6 && euros.unit == "euro")
        let percent = try #require(quantity("fares rose 12% in May"))
        #expect(percent.amount == 12 && percent.unit == "percent")
        let perCent = try #require(quantity("up 12 per cent"))
        #expect(perCent.unit == "percent")
        let miles = try #require(quantity("a five-mile road"))
        #expect(miles.amount == 5 && miles.unit == "mile")
        let residents = try #require(quantity("2,500 residents"))
        #expect(residents.amount == 2500 && residents.unit == "resident")
    }

    @Test func hugeAmountsAreReadWithoutTrapping() throws {
        let huge = try #require(quantity("$99999999999999999999999999 trillion"))
        #expect(huge.unit == "dollar" && !huge.name.isEmpty)
        #expect(quantity("1e400 percent") == nil || quantity("1e400 percent")?.amount.isFinite == true)
        #expect(!Quantity(value: 1e300, unit: "euro").description.isEmpty)
        #expect(!Quantity(value: -1e300, unit: "euro").description.isEmpty)
    }

    @Test func yearsAndBareNumbersAreNotQuantities() {
        #expect(quantity("it opened in 1998") == nil)
        #expect(quantity("the 2025 budget") == nil)
        #expect(quantity("two of them") == nil)
        #expect(quantity("people 65 years old and over") == nil)
    }

    @Test func qualifiersBoundTheValue() throws {
        let more = try #require(quantity("more than 600 homes"))
        #expect(more.qualifier == .atLeast)
        let actual = Value(quantity: Quantity(value: 640, unit: "home"))
        #expect(more.agrees(with: actual))
        let fewer = try #require(quantity("fewer than 600 homes"))
        #expect(!fewer.agrees(with: actual))
        let about = try #require(quantity("about 650 homes"))
        #expect(about.agrees(with: actual))
        #expect(!Value(quantity: Quantity(value: 640, unit: "stop")).sameSlot(actual))
    }
}

/// A day's name inside a name ("The Sunday Ledger") is no date; after "on" it is one.
@Suite struct DayInsideANameTests {
    @Test func aDayInANameIsNoDate() {
        let analyzer = Analyzer(lexicon: Lexicon(), aliases: [], extraVocabulary: [])
        func weekdays(_ text: String) -> [String] {
            analyzer.analyze(text).compactMap(\.value).filter { $0.kind == .weekday }.map(\.name)
        }
        #expect(weekdays("Ralph Osei writes for The Sunday Ledger.").isEmpty)
        #expect(weekdays("On Tuesday Mayor Ana Ruiz said the plan would go ahead.") == ["Tuesday"])
        #expect(weekdays("The vote was held on Sunday, March 3.") == ["Sunday"])
        #expect(weekdays("Sunday March 3 was the day of the vote.") == ["Sunday"])
    }
}
