import Foundation
import TestSupport
import Testing
@testable import FactCheckKit
@testable import FactCheckCore

@Suite struct BankLoadingTests {
    @Test func seedBankLoadsAndCoversTheArticle() throws {
        let bank = try #require(Fixtures.seedBank)
        #expect(bank.facts.count >= 40)
        #expect(bank.article.sentences.count == 13)
        #expect(BankCoverage.uncoveredSentences(bank).isEmpty, "every sentence is the evidence of a fact")
        let categories = Set(bank.facts.map(\.category))
        for needed: FactCategory in [.date, .speaker, .position, .quote, .stance, .topic] {
            #expect(categories.contains(needed), "no \(needed) fact")
        }
        #expect(bank.facts.filter { $0.category == .quote }.count == 2)
    }

    @Test func seedArticleIsByteForByteTheSharedArticle() throws {
        let bank = try #require(Fixtures.seedBank)
        let shared = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed-article.txt")
        guard let original = FileManager.default.contents(atPath: shared.path) else { return }  // not beside this clone
        #expect(Data(bank.article.text.utf8) == original)
    }

    @Test func evidenceResolvesToTheExactSentence() throws {
        let bank = try #require(Fixtures.seedBank)
        let scalars = Array(bank.article.text.unicodeScalars)
        for fact in bank.facts {
            let span = String(String.UnicodeScalarView(scalars[fact.evidence.start..<fact.evidence.end]))
            #expect(TextFolding.comparable(span) == TextFolding.comparable(fact.evidenceText), "\(fact.id)")
            let sentence = bank.article.sentences[fact.sentenceIndex]
            #expect(sentence.span.start <= fact.evidence.start && fact.evidence.end <= sentence.span.end)
        }
    }

    @Test func curlyAndStraightQuotesAreEqualInEvidence() throws {
        // The article has “counterweight” and China’s; the bank may write them either way.
        let text = Fixtures.seedReplacing("evidence: Wang, for his part, defended China’s stance on Russia",
                                          with: "evidence: Wang, for his part, defended China's stance on Russia")
        let bank = try Fixtures.parse(text)
        #expect(bank.fact("wang-defends")?.sentenceIndex == 4)
    }

    @Test func minimalBankLoads() throws {
        let bank = try Fixtures.parse(Fixtures.minimalBank)
        #expect(bank.facts.first?.when?.weekday == "Monday")
        #expect(bank.entity("alice")?.aliases.contains("Ms Smith") == true)
    }

    @Test func syntaxErrorHasLineAndColumn() throws {
        let broken = Fixtures.minimalBank.replacingOccurrences(of: "  title: Tiny", with: "  title: [Tiny")
        let error = try #require(Fixtures.firstProblem(broken))
        #expect(error.kind == .syntax)
        let location = try #require(error.location)
        #expect(location.line >= 4)
        #expect(error.description.hasPrefix("test.yaml:\(location.line):\(location.column): error:"))
    }

    @Test func unknownEntityReferenceIsReportedWhereItStands() throws {
        let broken = Fixtures.minimalBank.replacingOccurrences(of: "    object: bob", with: "    object: carol")
        let error = try #require(Fixtures.firstProblem(broken))
        #expect(error.kind == .unknownReference)
        #expect(error.location?.line == 20)
        #expect(error.message.contains("carol"))
    }

    @Test func certaintyTakesOnlyItsValues() throws {
        let hoped = Fixtures.minimalBank.replacingOccurrences(of: "    when: {weekday: Monday}", with: "    when: {weekday: Monday}\n    certainty: hoped")
        #expect(try Fixtures.parse(hoped).facts.first?.certainty == .hoped)
        #expect(try Fixtures.parse(Fixtures.minimalBank).facts.first?.certainty == .stated)
        let broken = Fixtures.minimalBank.replacingOccurrences(of: "    when: {weekday: Monday}", with: "    when: {weekday: Monday}\n    certainty: maybe")
        let error = try #require(Fixtures.firstProblem(broken))
        #expect(error.kind == .invalidValue)
        #expect(error.location?.line == 22)
        #expect(error.message.contains("'hoped'"))
    }

    @Test func unknownFactReferenceInAQuestion() throws {
        let text = Fixtures.minimalBank + "\nquestions:\n  - fact: nope\n    type: typed\n    prompt: Who?\n    answer: Alice\n"
        let error = try #require(Fixtures.firstProblem(text))
        #expect(error.kind == .unknownReference)
        #expect(error.message.contains("nope"))
    }

    @Test func duplicateIDs() throws {
        let text = Fixtures.minimalBank + """

              - id: met
                category: event
                evidence: Bob said nothing
                statement: Bob said nothing.
            """
        let error = try #require(Fixtures.firstProblem(text))
        #expect(error.kind == .duplicateID)
        #expect(error.location?.line == 24)
    }

    @Test func evidenceMissingFromTheArticle() throws {
        let broken = Fixtures.minimalBank.replacingOccurrences(of: "evidence: Alice met Bob on Monday", with: "evidence: Alice met Bob on Tuesday")
        let error = try #require(Fixtures.firstProblem(broken))
        #expect(error.kind == .evidenceNotFound)
        #expect(error.location?.line == 22)
    }

    @Test func emptyFile() throws {
        #expect(Fixtures.firstProblem("")?.kind == .empty)
        #expect(Fixtures.firstProblem("  \n\n")?.kind == .empty)
    }

    @Test func invalidUTF8GivesItsPlace() throws {
        let data = Data("format: factcheck.bank/1\nsource:\n  title: bad ".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        do {
            _ = try BankLoader.parse(data: data, file: "bad.yaml")
            Issue.record("loaded invalid UTF-8")
        } catch {
            let first = try #require(error.errors.first)
            #expect(first.kind == .invalidUTF8)
            #expect(first.location?.line == 3)
            #expect(first.location?.column == 14)
        }
    }

    @Test func oversizedFileIsRefusedBeforeParsing() throws {
        let data = Data(repeating: 0x20, count: BankLoader.maximumFileSize + 1)
        do {
            _ = try BankLoader.parse(data: data, file: "big.yaml")
            Issue.record("loaded an oversized file")
        } catch {
            #expect(error.errors.first?.kind == .tooLarge)
        }
    }

    @Test func aliasBombIsRejectedQuickly() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(Fixtures.firstProblem(text))
        #expect(error.kind == .aliasNotAllowed)
        #expect(error.location?.line == 1)
        #expect(clock.now - start < .seconds(1))
    }

    @Test func unknownKeysAreSpelledOut() throws {
        let broken = Fixtures.minimalBank.replacingOccurrences(of: "    predicate: meet", with: "    predicat: meet")
        let error = try #require(Fixtures.firstProblem(broken))
        #expect(error.kind == .schema)
        #expect(error.message.contains("did you mean 'predicate'"))
    }

    @Test func wrongWeekdayValue() throws {
        let broken = Fixtures.minimalBank.replacingOccurrences(of: "{weekday: Monday}", with: "{weekday: Funday}")
        #expect(Fixtures.firstProblem(broken)?.kind == .invalidValue)
    }

    @Test func directoryLoadsEveryBankAndReportsEveryBrokenFile() throws {
        let dir = Scratch.url.appendingPathComponent("banks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Fixtures.minimalBank.write(to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        #expect(try BankLoader.load(path: dir.path).count == 1)
        try "format: [".write(to: dir.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try BankLoader.load(path: dir.path)
            Issue.record("a broken file was accepted")
        } catch {
            #expect(error.errors.contains { $0.file.hasSuffix("b.yaml") })
        }
    }
}
