import Foundation
import TestSupport
import Testing
@testable import FactCheckKit
@testable import FactCheckCore

/// The library of added articles: stored under their id, listed, refused when broken or when
/// another bank has the id, and the same bank again changes nothing.
@Suite struct ArticleLibraryTests {
    static let councilPath = Fixtures.packageRoot.appendingPathComponent("questions/articles/council/bank.yaml").path

    func emptyLibrary() -> ArticleLibrary {
        ArticleLibrary(directory: Scratch.directory + "library-\(UUID().uuidString)/factcheck/banks")
    }

    func councilData() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: Self.councilPath)) }

    @Test func defaultPlaceIsBesideTheProgressDatabase() {
        #expect(ArticleLibrary.defaultDirectory(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]) == "/x/data/factcheck/banks")
        #expect(ArticleLibrary.defaultDirectory(environment: ["XDG_DATA_HOME": "", "HOME": "/home/u"]) == "/home/u/.local/share/factcheck/banks")
        let database = ProgressStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data"])
        #expect((database as NSString).deletingLastPathComponent == "/x/data/factcheck")
    }

    @Test func storesABankUnderItsArticleIDAndListsIt() throws {
        let library = emptyLibrary()
        #expect(library.entries().isEmpty)
        let data = try councilData()
        let added = try library.add(data, origin: Self.councilPath, force: false)
        #expect(added.outcome == .stored)
        #expect(added.bank.article.id == "vellmouth-tram-vote")
        #expect(added.path == library.directory + "/vellmouth-tram-vote.yaml")
        #expect(FileManager.default.contents(atPath: added.path) == data)
        #expect(library.entries() == [ArticleLibrary.Entry(id: "vellmouth-tram-vote", path: added.path)])
        let loaded = try library.load(id: "vellmouth-tram-vote")
        #expect(loaded.facts.count == added.bank.facts.count)
        // No temporary file is left beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: library.directory)
        #expect(names == ["vellmouth-tram-vote.yaml"])
    }

    @Test func theSameBankAgainChangesNothing() throws {
        let library = emptyLibrary()
        let data = try councilData()
        let first = try library.add(data, origin: "a.yaml", force: false)
        let before = try FileManager.default.attributesOfItem(atPath: first.path)[.modificationDate] as? Date
        let again = try library.add(data, origin: "b.yaml", force: false)
        #expect(again.outcome == .unchanged)
        let after = try FileManager.default.attributesOfItem(atPath: first.path)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func anotherBankWithTheSameIDNeedsForce() throws {
        let library = emptyLibrary()
        let data = try councilData()
        _ = try library.add(data, origin: "a.yaml", force: false)
        let changed = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "# Fact bank for the council article.",
                                                                                      with: "# An edited copy.").utf8)
        #expect(changed != data)
        do {
            _ = try library.add(changed, origin: "edited.yaml", force: false)
            Issue.record("a different bank with the same id was stored without --force")
        } catch let error as LibraryError {
            #expect(error.kind == .conflict)
            #expect(error.message.contains("--force"))
        }
        #expect(FileManager.default.contents(atPath: library.path(for: "vellmouth-tram-vote")) == data)
        let replaced = try library.add(changed, origin: "edited.yaml", force: true)
        #expect(replaced.outcome == .replaced)
        #expect(FileManager.default.contents(atPath: replaced.path) == changed)
    }

    @Test func aBankWithProblemsIsRefusedWithThemAndNothingIsStored() throws {
        let library = emptyLibrary()
        let broken = Fixtures.seedReplacing("id: blinken-wang-meeting", with: "id: broken-copy")
            .replacingOccurrences(of: "category: date", with: "category: not-a-category")
        do {
            _ = try library.add(Data(broken.utf8), origin: "broken.yaml", force: false)
            Issue.record("a bank with problems was stored")
        } catch let problems as BankProblems {
            #expect(!problems.errors.isEmpty)
            #expect(problems.description.contains("broken.yaml:"))
        }
        #expect(library.entries().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: library.path(for: "broken-copy")))
    }

    @Test func aBuiltInIDIsRefused() throws {
        let library = emptyLibrary()
        do {
            _ = try library.add(Data(Fixtures.seedText.utf8), origin: "seed.yaml", force: true, reserved: ["blinken-wang-meeting"])
            Issue.record("a bank with a built-in id was stored")
        } catch let error as LibraryError {
            #expect(error.kind == .builtIn)
        }
        #expect(library.entries().isEmpty)
    }

    @Test func aSymbolicLinkInItsPlaceIsNeverFollowed() throws {
        let library = emptyLibrary()
        try FileManager.default.createDirectory(atPath: library.directory, withIntermediateDirectories: true)
        let target = Scratch.directory + "target-\(UUID().uuidString).txt"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: library.path(for: "vellmouth-tram-vote"), withDestinationPath: target)
        #expect(throws: LibraryError.self) { try library.add(try councilData(), origin: "c.yaml", force: true) }
        #expect(FileManager.default.contents(atPath: target) == Data("keep me".utf8))
        // A link is not a stored bank either.
        #expect(library.entries().isEmpty)
    }

    @Test func idsThatCannotNameAFileAreNotListed() throws {
        #expect(ArticleLibrary.isValidID("vellmouth-tram-vote"))
        #expect(!ArticleLibrary.isValidID("../etc"))
        #expect(!ArticleLibrary.isValidID(".hidden"))
        #expect(!ArticleLibrary.isValidID("Upper"))
        #expect(!ArticleLibrary.isValidID(""))
        let library = emptyLibrary()
        try FileManager.default.createDirectory(atPath: library.directory, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: library.directory + "/Not An Id.yaml"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: library.directory + "/notes.txt"))
        #expect(library.entries().isEmpty)
    }

    @Test func aSessionAcrossArticlesSavesEachAnswerAgainstItsArticle() throws {
        let seed = try #require(Fixtures.seedBank)
        let council = try BankLoader.loadFile(Self.councilPath)
        let db = Scratch.directory + "mixed-\(UUID().uuidString).db"
        let store = try ProgressStore(path: db)
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        let articles = [seed, council].map { bank in
            ArticleMixPlanner.Article(id: bank.article.id, planner: QuizPlanner(checker: StatementChecker(bank: bank)), memory: [:])
        }
        let questions = ArticleMixPlanner.plan(QuizOptions(count: 4, seed: 3), articles: articles, now: now)
        #expect(questions.count == 4)
        #expect(Set(questions.compactMap(\.articleID)) == [seed.article.id, council.article.id])
        let session = try StudySession(bank: seed, store: store, seed: 3, practice: false, others: [(council, nil)], now: now)
        for q in questions { try session.answer(q, given: q.expected, responseMilliseconds: 4000, at: now) }
        try session.finish(at: now)
        let record = try #require(try store.sessions().last)
        #expect(record.bankID == SessionRecord.allArticles)
        let saved = try store.answers(sessionID: record.id)
        #expect(saved.map(\.articleID) == questions.map(\.articleID))
        #expect(saved.allSatisfy { $0.correct })
        for bank in [seed, council] {
            let facts = Set(questions.filter { $0.articleID == bank.article.id }.map(\.factId))
            #expect(Set(try store.memory(bankID: bank.article.id).keys) == facts)
            // The session is one of each article's.
            #expect(try store.sessions(bankID: bank.article.id).map(\.id) == [record.id])
        }
        #expect(try store.sessionCounts() == [seed.article.id: 1, council.article.id: 1])
        // A report on one article keeps that article's answers; one on every article names each.
        let one = try ReportBuilder(bank: council, store: store).build(.last, now: now)
        #expect(one.sessions.first?.answers.allSatisfy { $0.article == council.article.id } == true)
        #expect(one.sessions.first?.articles?.map(\.id) == [council.article.id])
        let every = try ReportBuilder(banks: [seed, council], store: store, first: seed).build(.all, now: now)
        #expect(every.bank.id == SessionRecord.allArticles)
        #expect(Set(every.sessions.first?.articles?.map(\.id) ?? []) == [seed.article.id, council.article.id])
        #expect(every.sessions.first?.answers.count == 4)
    }
}
