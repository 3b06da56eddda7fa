import Foundation
import TestSupport
import Testing
@testable import FactCheckCore
@testable import FactCheckKit

/// Issue 12, items 8 and 9: progress data people can trust, and exports safe to open.
@Suite struct ReportChangesTests {
    let utc = TimeZone(secondsFromGMT: 0) ?? .current

    func tempPath() -> String { Scratch.directory + "fc-\(UUID().uuidString).db" }

    func answer(_ row: Report.AnswerRow? = nil, given: String) -> Report {
        var report = ReportFixture.report()
        report.sessions[1].answers[1].given = given
        report.sessions[1].misses[0].given = given
        return report
    }

    @Test func csvIsSafeInASpreadsheet() throws {
        let csv = ReportRenderer.csv(answer(given: "=cmd|' /C calc'!A0"))
        #expect(csv.hasPrefix("\u{FEFF}session,"), "a byte-order mark, so that Excel reads UTF-8")
        #expect(!csv.contains(",=cmd"))
        #expect(csv.contains("'=cmd|"))
        for dangerous in ["+1+1", "-2+3", "@SUM(A1)", "\tx"] {
            #expect(ReportRenderer.csvField(dangerous).hasPrefix("'") || ReportRenderer.csvField(dangerous).hasPrefix("\"'"), "\(dangerous)")
        }
        #expect(ReportRenderer.csvField("-0.5") == "-0.5", "a number stays a number")
        let escaped = ReportRenderer.csv(answer(given: "red \u{1B}[31mtext\u{07}"))
        #expect(!escaped.contains("\u{1B}") && !escaped.contains("\u{07}"))
    }

    @Test func markdownShowsMarkupAsText() throws {
        let md = ReportRenderer.markdown(answer(given: "<script>alert(1)</script> \u{1B}[2J"), timeZone: utc)
        #expect(!md.contains("<script>"))
        #expect(md.contains("&lt;script&gt;"))
        #expect(!md.contains("\u{1B}"))
    }

    @Test func timesAreLocalAndChartsUseDates() throws {
        var report = ReportFixture.report()
        let paris = TimeZone(identifier: "Europe/Paris") ?? utc
        let md = ReportRenderer.markdown(report, timeZone: paris)
        #expect(md.contains("2026-11-30 02:53"), "generated at 01:53 UTC is 02:53 in Paris")
        #expect(!md.contains("T01:53:20Z"))
        // Forty sessions on forty days: the axis has a few date labels, not forty numbers.
        let t0 = ReportFixture.t0
        var points: [Report.SessionPoint] = []
        for n in 0..<40 { points.append(.init(session: Int64(n + 1), date: t0.addingTimeInterval(Double(n) * 86_400), answered: 5, accuracy: 0.5)) }
        report.progress?.sessions = points
        let html = ReportRenderer.html(report, timeZone: utc)
        let chart = try #require(html.range(of: "<svg class=\"chart\" role=\"img\" aria-labelledby=\"over-sessions").map { html[$0.lowerBound...] })
        let svg = chart[..<(chart.range(of: "</svg>")?.upperBound ?? chart.endIndex)]
        let labels = svg.components(separatedBy: "class=\"label\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        let dates = labels.filter { !$0.hasSuffix("%") }
        #expect(dates.count <= 5 && dates.count >= 2, "\(dates)")
        #expect(dates.first == "30 Nov" && dates.last == "8 Jan", "\(dates)")
        #expect(!dates.contains("#1"))
    }

    @Test func trendsKindsAndThePhoneLayout() throws {
        var report = ReportFixture.report()
        report.sessions[0].kind = "redo"
        report.progress?.sessions[0].kind = "redo"
        let md = ReportRenderer.markdown(report, timeZone: utc)
        #expect(md.contains("### Accuracy per category over time"))
        #expect(md.contains("| date | 2 | 100% | 100% | 100% → 100% |"))
        #expect(md.contains("## Session 6 (redo)"))
        #expect(md.contains("| 6 (redo) |"))
        let html = ReportRenderer.html(report, timeZone: utc)
        #expect(html.contains("<caption>Accuracy per category over time</caption>"))
        #expect(html.contains("Session 6 (redo)"))
        // On a phone: charts drawn 360 units wide (13 px text stays ~12 px), tables as cards.
        #expect(!html.contains("viewBox=\"0 0 540") && !html.contains("viewBox=\"0 0 500"))
        #expect(html.contains("td::before{content:attr(data-label)"))
        #expect(html.contains("data-label=\"Given\""))
    }

    @Test func emptySessionsAreLeftOutSkipsDoNotCountAndOptionsAreShownAsChosen() throws {
        let checker = try #require(Fixtures.checker)
        let bank = checker.index.bank
        let store = try ProgressStore(path: tempPath())
        let now = Date()
        // A session with no answer is not kept.
        let empty = try StudySession(bank: bank, store: store, seed: 1, practice: false, checker: checker, now: now)
        try empty.finish(at: now)
        #expect(empty.discarded)
        #expect(try store.sessions().isEmpty)
        // One answered, one skipped, one option by letter; then a redo.
        let g = QuestionGenerator(checker: checker)
        let fact = try #require(bank.fact("meeting-day"))
        let typed = try #require(g.questions(for: fact).first { $0.id == "meeting-day/typed" })
        let choice = try #require(g.questions(for: fact).first { $0.type == .multipleChoice })
        let session = try StudySession(bank: bank, store: store, seed: 1, practice: false, checker: checker, now: now)
        try session.answer(typed, given: "Thursday", responseMilliseconds: 3000, at: now)
        try session.answer(typed, given: nil, responseMilliseconds: 1000, at: now)
        let letter = try #require(choice.choices.firstIndex(of: "Thursday"))
        try session.answer(choice, given: String(Character(Unicode.Scalar(UInt8(97 + letter)))), responseMilliseconds: 2000, at: now)
        try session.finish(at: now)
        let redo = try StudySession(bank: bank, store: store, seed: 0, practice: true, redo: true, checker: checker, now: now)
        try redo.answer(typed, given: "Friday", responseMilliseconds: 1000, at: now)
        try redo.finish(at: now)
        let report = try ReportBuilder(bank: bank, store: store).build(.all, now: now)
        #expect(report.sessions.count == 2)
        let first = try #require(report.sessions.first)
        #expect(first.questions == 2 && first.correct == 2 && first.skipped == 1 && first.accuracy == 1, "\(first)")
        #expect(first.answers[2].given == "\(Character(Unicode.Scalar(UInt8(97 + letter))))) Thursday")
        #expect(first.kind == "study")
        #expect(report.sessions.last?.kind == "redo")
        #expect(report.progress?.sessions.map(\.kind) == ["study", "redo"])
    }
}
