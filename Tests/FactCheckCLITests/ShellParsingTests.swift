import FactCheckKit
import Foundation
import TestSupport
import Testing
@testable import factcheck

@Suite struct ShellParsingTests {
    func shell() throws -> Shell {
        let bank = try BankLoader.loadFile(Run.packageRoot.appendingPathComponent("questions/blinken-wang.yaml").path)
        return Shell(context: AppContext(bank: bank, style: Style(enabled: false)))
    }

    @Test func wordsHonourQuotesAndApostrophes() throws {
        #expect(try ShellWords.split("facts --category quote") == ["facts", "--category", "quote"])
        #expect(try ShellWords.split("who America's top diplomat") == ["who", "America's", "top", "diplomat"])
        #expect(try ShellWords.split("export \"my report.html\" --force") == ["export", "my report.html", "--force"])
        #expect(try ShellWords.split("who 'Wang Yi'") == ["who", "Wang Yi"])
        #expect(throws: ShellWords.UnclosedQuote.self) { try ShellWords.split("who \"Wang") }
    }

    @Test func completesCommandNames() throws {
        let s = try shell()
        #expect(s.complete("/he").candidates == ["/help"])
        #expect(s.complete("/").candidates.count == s.commands.count)
        #expect(s.complete("/q").candidates == ["/quiz", "/quit"])
    }

    @Test func completesArguments() throws {
        let s = try shell()
        #expect(s.complete("/facts --category q").candidates == ["quote"])
        #expect(s.complete("/quiz --type mu").candidates == ["multiple-choice"])
        #expect(s.complete("/quiz --cat").candidates == ["--category"])
        let who = s.complete("/who America")
        #expect(who.candidates.contains("America's top diplomat"))
        #expect(who.wordStart == "/who ".utf8.count)
        #expect(s.complete("/help qu").candidates == ["quiz", "quit"])
    }

    @Test func completesNamesInsideAStatement() throws {
        let s = try shell()
        let result = s.complete("Antony Blink")
        #expect(result.candidates == ["Blinken"])
        #expect(result.wordStart == "Antony ".utf8.count)
        #expect(s.complete("Blinken met Na").candidates == ["Navalny"])
    }

    @Test func completesPaths() throws {
        let dir = Scratch.directory + "complete-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/reports", withIntermediateDirectories: true)
        try "x".write(toFile: dir + "/report.html", atomically: true, encoding: .utf8)
        let candidates = PathCompletion.candidates(for: dir + "/rep")
        #expect(candidates == [dir + "/report.html", dir + "/reports/"])
        let s = try shell()
        #expect(s.complete("/export \(dir)/report.h").candidates == [dir + "/report.html"])
    }

    @Test func unknownCommandSuggestsTheClosest() throws {
        let s = try shell()
        s.handle("/qiz")
        #expect(s.failed)
    }
}
