import Foundation
import Testing
@testable import FactCheckKit
@testable import FactCheckCore

@Suite struct CheckerTests {
    func check(_ s: String) throws -> CheckResult {
        try #require(Fixtures.checker).check(s)
    }

    @Test func mustShowExample() throws {
        let result = try check("Antony Blinken sat down with Wang Yi on Saturday.")
        #expect(result.verdict == .refuted)
        #expect(result.correction?.contains("Thursday") == true)
        #expect(result.evidence.first?.sentence.contains("on Thursday") == true)
        #expect(result.evidence.first?.sentenceIndex == 0)
    }

    @Test(arguments: ["checker-eval.tsv", "checker-holdout.tsv", "checker-holdout-2.tsv", "checker-holdout-3.tsv", "checker-holdout-4.tsv", "checker-holdout-5.tsv", "checker-holdout-6.tsv", "checker-holdout-7.tsv", "checker-holdout-8.tsv", "checker-holdout-9.tsv", "checker-holdout-10.tsv"])
    func labelledSetScoresAboveTheBar(file: String) throws {
        let checker = try #require(Fixtures.checker)
        let path = Fixtures.packageRoot.appendingPathComponent("questions/\(file)").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows = try Evaluation.parseTSV(text, file: file)
        let report = Evaluation.run(rows, checker: checker)
        #expect(report.macroF1 >= 0.95, "macro-F1 \(report.macroF1); misses: \(report.misses.map(\.statement))")
        #expect(report.evidenceAccuracy >= 0.95, "evidence accuracy \(report.evidenceAccuracy)")
    }

    /// A fact the article only hopes for, or leaves open, does not back a statement that it is so.
    @Test func whatTheArticleOnlyHopesForIsNotStatedAsDone() throws {
        // The minimal bank, with a hope and an open question added to its article.
        let bank = try Fixtures.parse(Fixtures.minimalBank
            .replacingOccurrences(of: "Bob said nothing.",
                                  with: "It is hoped that Alice and Bob can sign a treaty. Nobody knows whether Bob will resign.")
            .replacingOccurrences(of: "    aliases: [Bob]\n",
                                  with: "    aliases: [Bob]\n  - {id: pair, type: group, name: Alice and Bob, aliases: [the two], members: [alice, bob]}\n")
            + """

              - id: treaty
                category: event
                subject: pair
                predicate: sign
                what: a treaty
                certainty: hoped
                evidence: It is hoped that Alice and Bob can sign a treaty
                statement: It is hoped that Alice and Bob can sign a treaty.
              - id: resign
                category: event
                subject: bob
                predicate: resign
                certainty: uncertain
                evidence: Nobody knows whether Bob will resign
                statement: Nobody knows whether Bob will resign.
            """)
        let checker = StatementChecker(bank: bank)
        let signed = checker.check("Alice and Bob signed a treaty.")
        #expect(signed.verdict == .notMentioned)
        #expect(signed.explanation.contains("only hopes"))
        #expect(signed.evidence.first?.factId == "treaty")
        #expect(checker.check("Alice and Bob hope to sign a treaty.").verdict == .supported)
        #expect(checker.check("Alice and Bob might sign a treaty.").verdict == .supported)
        #expect(checker.check("Bob resigned.").verdict == .notMentioned)
        #expect(checker.check("Alice met Bob on Monday.").verdict == .supported)
    }

    /// "X was involved in ..." names who acted; a name that is neither the fact's doer nor what
    /// it was done to is a swap.
    /// One plain word alone makes no claim, however many sentences hold it.
    @Test(arguments: ["after", "applied for", "driven by", "Sanctions."])
    func oneWordAloneIsNoClaim(statement: String) throws {
        let result = try check(statement)
        #expect(result.verdict == .notMentioned && result.parts.isEmpty, "\(statement): \(result.verdict)")
    }

    @Test func aCopulaDoesNotHideASwappedActor() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Russia was involved in the SolarWinds cyberattack.").verdict == .supported)
        #expect(checker.check("China was involved in the SolarWinds cyberattack.").verdict == .refuted)
        #expect(checker.check("Moscow was involved in the SolarWinds hack.").verdict == .supported)
    }

    /// "since" and "after" say the same; "before" says the opposite.
    @Test func beforeIsTheOppositeOfSince() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Blinken and Wang met after Biden took office.").verdict == .supported)
        #expect(checker.check("The meeting happened before Biden took office.").verdict == .refuted)
        #expect(checker.check("This was the third high-level diplomatic contact since Biden took office.").verdict == .refuted)
    }

    /// "X gave Y a warning": Y receives the warning, X gives it.
    @Test func theNameAfterALightVerbReceivesTheAction() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Blinken gave China a warning against helping Russia.").verdict == .supported)
        #expect(checker.check("Wang gave the US a warning against helping Russia.").verdict == .refuted)
        #expect(checker.check("Wang issued Blinken a stern warning.").verdict == .refuted)
        #expect(checker.check("Blinken offered China encouragement to help Russia.").verdict == .refuted)
    }

    /// Naming a country is not saying that something happened there.
    @Test func aPlaceIsBackedOnlyAsAPlace() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Blinken met Wang in Beijing on Thursday.").verdict == .notMentioned)
        #expect(checker.check("Blinken met Wang in Beijing on Friday.").verdict == .refuted)
        #expect(checker.check("Blinken met Beijing's foreign minister on Thursday.").verdict == .supported)
    }

    /// "reports of China potentially providing assistance": the possibility is not the fact.
    @Test func aPossibilityIsNotAFact() throws {
        let checker = try #require(Fixtures.checker)
        let claim = checker.check("Blinken said China is providing military aid to Russia.")
        #expect(claim.verdict == .notMentioned)
        #expect(claim.explanation.contains("potentially providing"))
        #expect(checker.check("Blinken said there were reports of China providing assistance to Russia.").verdict == .supported)
        #expect(checker.check("Blinken said China was potentially providing assistance to Russia.").verdict == .supported)
    }

    /// The one told something must be someone the speaker is known to have met or spoken with.
    @Test func theListenerOfToldMustHaveMetTheSpeaker() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Blinken told Wang that the US is worried about Chinese aid to Russia.").verdict == .supported)
        #expect(checker.check("Blinken told Navalny that the US is worried about Chinese aid to Russia.").verdict == .notMentioned)
        #expect(checker.check("Wang said China and Russia are not looking for an ideological confrontation.").verdict == .supported)
    }

    /// "warned X not to help" is the article's "warning against helping", not a denial.
    @Test func aWarningNotToDoSomethingIsAWarningAgainstIt() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("The secretary of state warned Beijing not to help Moscow.").verdict == .supported)
        #expect(checker.check("Blinken did not warn China against assisting Russia.").verdict == .refuted)
        #expect(checker.check("Wang warned the US not to help Russia.").verdict == .refuted)
    }

    /// An opposite is compared with the article word it stands in for, not with one that another
    /// word of the statement already matches ("support ... could boost" against "support ...
    /// could undermine").
    @Test func anOppositeIsComparedWhereItStands() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Blinken said China's support for Russia could boost US efforts to sanction Moscow.").verdict == .refuted)
        #expect(checker.check("Blinken said China's support for Russia might hurt US efforts to sanction Moscow.").verdict == .supported)
        #expect(checker.check("Blinken expressed concern about China's help for Russia.").verdict == .supported)
        #expect(checker.check("The US and China have few differences.").verdict == .refuted)
        #expect(checker.check("The two sides discussed a few issues.").verdict == .supported)
    }

    /// The one an action is aimed at may follow a preposition: "sanctions on Moscow".
    @Test func anObjectAfterAPrepositionIsChecked() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("The US imposed sanctions on China.").verdict == .refuted)
        #expect(checker.check("The US sought to impose sanctions on Moscow.").verdict == .supported)
    }

    /// Denying the wrong day agrees with the article; denying the right one contradicts it.
    @Test func denyingAWrongDateAgreesWithTheArticle() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Blinken did not meet Wang on Friday.").verdict == .supported)
        #expect(checker.check("It is not true that Blinken met Wang on Friday.").verdict == .supported)
        #expect(checker.check("It is not true that Blinken met Wang on Thursday.").verdict == .refuted)
        #expect(checker.check("Blinken did not meet Wang on Thursday.").verdict == .refuted)
    }

    /// "sternly" means what "stern" means; "between Blinken and Wang" is one relation, not a list.
    @Test func adverbsAndRelationsReadAsTheirWords() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("In their Thursday meeting, Blinken sternly warned Beijing against aiding Russia.").verdict == .supported)
        #expect(checker.check("Blinken mildly warned Beijing against aiding Russia.").verdict == .refuted)
        #expect(checker.check("The meeting was the first contact between Blinken and Wang in a decade.").verdict == .notMentioned)
    }

    /// Wanting someone to act is what urging them to act says.
    @Test func wantingSomeoneToActIsUrgingThem() throws {
        let checker = try #require(Fixtures.checker)
        #expect(checker.check("Wang wants the US to reconsider its trade policies.").verdict == .supported)
        #expect(checker.check("Wang wants the US to keep its trade policies.").verdict == .refuted)
        #expect(checker.check("Blinken wants Washington to make real progress.").verdict == .refuted)
        // What someone is wanted to do must follow a wish or a call in the article: "US efforts to
        // impose sanctions" and "China's support for Russia" do not make the US want that support.
        #expect(checker.check("The US wants China to help Russia.").verdict != .supported)
    }

    @Test func labelledSetIsLargeAndBalanced() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("questions/checker-eval.tsv").path
        let rows = try Evaluation.parseTSV(try String(contentsOfFile: path, encoding: .utf8), file: "checker-eval.tsv")
        #expect(rows.count >= 200)
        let perCategory = Dictionary(grouping: rows, by: \.category).mapValues(\.count)
        #expect(perCategory.count >= 15)
        #expect(perCategory.values.min() ?? 0 >= 10)
    }

    @Test func everyFactStatementIsSupported() throws {
        let bank = try #require(Fixtures.seedBank)
        for fact in bank.facts {
            let result = try check(fact.statement)
            #expect(result.verdict == .supported, "\(fact.id): \(fact.statement) -> \(result.verdict.rawValue): \(result.explanation)")
            #expect(result.evidence.contains { $0.sentenceIndex == fact.sentenceIndex }, "\(fact.id): evidence")
        }
    }

    static let paddings: [@Sendable (String) -> String] = [
        { "According to the article, " + lowerFirst($0) },
        { dropFinalStop($0) + ", officials said." },
        { "Reportedly, " + lowerFirst($0) },
        { "The article says that " + lowerFirst($0) },
        { "It was reported that " + lowerFirst($0) },
    ]

    static func lowerFirst(_ s: String) -> String {
        guard let first = s.first, s.count > 1, let second = s.dropFirst().first, !second.isUppercase else { return s }
        // Keep names capitalised: only lower a leading "The"/"It"/"Both".
        if ["The", "It", "Both", "There", "Only", "Sanctions"].contains(s.split(separator: " ").first.map(String.init) ?? "") {
            return first.lowercased() + s.dropFirst()
        }
        return s
    }

    static func dropFinalStop(_ s: String) -> String { s.hasSuffix(".") ? String(s.dropLast()) : s }

    /// Statements to vary: every fact's own statement and the labelled set's simple statements.
    static func simpleStatements() -> [String] {
        let facts = Fixtures.seedBank?.facts.map(\.statement) ?? []
        return facts.filter { !$0.contains("“") }
    }

    @Test func paddingNeverChangesAVerdict() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("questions/checker-eval.tsv").path
        let rows = try Evaluation.parseTSV(try String(contentsOfFile: path, encoding: .utf8), file: "checker-eval.tsv")
        let statements = Self.simpleStatements() + rows.filter { !$0.statement.contains("\"") }.map(\.statement)
        for statement in statements {
            let plain = try check(statement).verdict
            for pad in Self.paddings {
                let padded = pad(statement)
                #expect(try check(padded).verdict == plain, "\(padded)")
            }
        }
    }

    /// "Blinken met Wang" -> "Blinken did not meet Wang": the first finite verb is negated.
    static func negate(_ statement: String) -> String? {
        let irregular = ["met": "meet", "said": "say", "took": "take", "came": "come", "sought": "seek"]
        var words = statement.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (i, word) in words.enumerated() where i > 0 {
            if ["is", "was", "are", "were"].contains(word) {
                words.insert("not", at: i + 1)
                return words.joined(separator: " ")
            }
            if let base = irregular[word] {
                words[i] = "did not " + base
                return words.joined(separator: " ")
            }
            if word.hasSuffix("ed"), word.count > 4, word.first?.isLowercase == true {
                var base = String(word.dropLast(2))
                if ["urg", "issu", "agre", "continu", "involv", "hop", "engag"].contains(base) { base += "e" }
                words[i] = "did not " + base
                return words.joined(separator: " ")
            }
        }
        return nil
    }

    @Test func negatingASupportedSimpleStatementRefutesIt() throws {
        let bank = try #require(Fixtures.seedBank)
        var tried = 0
        for fact in bank.facts where fact.category != .quote && fact.positive {
            guard let negated = Self.negate(fact.statement) else { continue }
            tried += 1
            let result = try check(negated)
            #expect(result.verdict == .refuted, "\(fact.id): \(negated) -> \(result.verdict.rawValue): \(result.explanation)")
        }
        #expect(tried >= 20)
    }

    @Test func swappingTheDayOrMonthOfAFactRefutesIt() throws {
        let bank = try #require(Fixtures.seedBank)
        var tried = 0
        for fact in bank.facts {
            guard let when = fact.when else { continue }
            let names = (when.weekday.map { [$0] } ?? []) + (when.month.map { [$0] } ?? [])
            for actual in names where fact.statement.contains(actual) {
                let others = GeneralLexicon.weekdays.map(\.name).contains(actual)
                    ? GeneralLexicon.weekdays.map(\.name) : GeneralLexicon.months.map(\.name)
                for other in others where other != actual {
                    tried += 1
                    let swapped = fact.statement.replacingOccurrences(of: actual, with: other)
                    let result = try check(swapped)
                    #expect(result.verdict == .refuted, "\(swapped) -> \(result.verdict.rawValue)")
                    #expect(result.correction?.contains(actual) == true, "\(swapped): correction \(result.correction ?? "none")")
                }
            }
        }
        #expect(tried >= 15)
    }

    @Test func swappingTheSpeakerOfAFactRefutesIt() throws {
        let bank = try #require(Fixtures.seedBank)
        let people = bank.entities.filter { $0.type == .person }
        var tried = 0
        for fact in bank.facts where [.speaker, .stance, .quote].contains(fact.category) {
            guard let subject = fact.subject, let entity = bank.entity(subject), entity.type == .person else { continue }
            // The name the statement opens with.
            guard let used = ([entity.name] + entity.aliases).sorted(by: { $0.count > $1.count })
                .first(where: { fact.statement.hasPrefix($0 + " ") }) else { continue }
            for other in people where other.id != subject && other.id != fact.object {
                tried += 1
                let swapped = other.name + fact.statement.dropFirst(used.count)
                let result = try check(swapped)
                #expect(result.verdict == .refuted, "\(swapped) -> \(result.verdict.rawValue): \(result.explanation)")
            }
        }
        #expect(tried >= 30)
    }

    @Test func compoundStatementsAreJudgedPartByPart() throws {
        let result = try check("Blinken met Wang on Thursday and they discussed Taiwan.")
        #expect(result.verdict == .partlySupported)
        #expect(result.parts.map(\.verdict) == [.supported, .notMentioned])
        let refuted = try check("Blinken met Wang on Thursday; Biden took office in June.")
        #expect(refuted.verdict == .refuted)
        #expect(refuted.parts.count == 2)
    }

    @Test func emptyAndMeaninglessInputIsNotMentioned() throws {
        for input in ["", "   ", "\n\t", "the of and", "?!?!", "🙂🙂🙂"] {
            let result = try check(input)
            #expect(result.verdict == .notMentioned, "\(input.debugDescription)")
        }
    }

    @Test func randomInputNeverCrashes() throws {
        var generator = SplitMix64(seed: 42)
        let alphabet: [Unicode.Scalar] = Array("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:'\"!?-“”’".unicodeScalars)
            + ["\u{0}", "\u{1B}", "\u{7}", "\u{202E}", "\u{5D0}", "\u{627}", "\u{1F600}", "\u{301}", "\u{FEFF}", "\n", "\t"]
        let words = (Fixtures.seedBank?.article.text.split(separator: " ").map(String.init) ?? []) + ["not", "and", ";", "\"", "Friday"]
        for round in 0..<400 {
            var text = ""
            let length = Int(generator.next() % 120)
            for _ in 0..<length {
                if round % 2 == 0 {
                    text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
                } else {
                    text += words[Int(generator.next() % UInt64(words.count))] + " "
                }
            }
            let result = try check(text)
            #expect(Verdict.allCases.contains(result.verdict))
        }
        // A hundred kilobytes of text is checked whole, every part of it.
        let huge = String(repeating: "Blinken met Wang on Thursday and ", count: 3_200)
        let result = try check(huge)
        #expect(result.parts.count == 3_200)
    }
}

/// A small deterministic random number generator for reproducible fuzzing.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
