import Foundation
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FactCheckKit
@testable import FactCheckCore

/// A session with fixed times and tricky text (commas, quotes, line breaks, markup).
enum ReportFixture {
    static let t0 = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30T...

    static func report() -> Report {
        func memory(_ state: String, _ s: Double?, _ d: Double?, due: Date?) -> Report.Memory {
            Report.Memory(state: state, stability: s, difficulty: d, due: due)
        }
        let answers = [
            Report.AnswerRow(position: 1, questionId: "meeting-day/typed", factId: "meeting-day", category: "date", type: "typed",
                             question: "Fill the gap: Blinken met Wang Yi on ____.", given: "thu", expected: "Thursday",
                             accepted: "Thursday", verdict: "correct", correct: true, responseMs: 3200, rating: "easy",
                             before: memory("new", nil, nil, due: nil),
                             after: memory("review", 15.69105, 3.224502, due: t0.addingTimeInterval(16 * 86_400)),
                             answeredAt: t0.addingTimeInterval(10)),
            Report.AnswerRow(position: 2, questionId: "wang-quote/quote", factId: "wang-quote", category: "quote", type: "quote",
                             question: "Who said: “China and Russia are not looking for an ideological confrontation, …”?",
                             given: "Blinken, \"the\" diplomat\nsecond line <b>", expected: "Wang Yi", accepted: "Antony Blinken",
                             verdict: "wrong", correct: false, responseMs: 12_000, rating: "again",
                             before: memory("new", nil, nil, due: nil),
                             after: memory("learning", 0.40255, 7.1949, due: t0.addingTimeInterval(80)),
                             answeredAt: t0.addingTimeInterval(20)),
            Report.AnswerRow(position: 3, questionId: "wang-defends/true-false", factId: "wang-defends", category: "stance",
                             type: "true-false", question: "True or false: Wang defended China's stance on Russia.", given: "",
                             expected: "true", accepted: nil, verdict: "skipped", correct: false, responseMs: 900, rating: nil,
                             before: nil, after: nil, answeredAt: t0.addingTimeInterval(30)),
        ]
        let session = Report.SessionReport(
            id: 7, startedAt: t0, endedAt: t0.addingTimeInterval(31), durationSeconds: 31, practice: false, questions: 3, correct: 1,
            accuracy: 1.0 / 3, longestStreak: 1,
            perCategory: [.init(name: "date", total: 1, correct: 1, accuracy: 1), .init(name: "quote", total: 1, correct: 0, accuracy: 0),
                          .init(name: "stance", total: 1, correct: 0, accuracy: 0)],
            perType: [.init(name: "quote", total: 1, correct: 0, accuracy: 0), .init(name: "true-false", total: 1, correct: 0, accuracy: 0),
                      .init(name: "typed", total: 1, correct: 1, accuracy: 1)],
            answers: answers,
            misses: [.init(questionId: "wang-quote/quote", question: answers[1].question, given: answers[1].given, expected: "Wang Yi",
                           evidence: "“China and Russia are not looking for an ideological confrontation …,” Wang said.", sentenceIndex: 5),
                     .init(questionId: "wang-defends/true-false", question: answers[2].question, given: "", expected: "true",
                           evidence: "Wang, for his part, defended China’s stance on Russia, …", sentenceIndex: 4)],
            articles: [.init(id: "blinken-wang-meeting", title: "Blinken & Wang <test>")])
        let earlier = Report.SessionReport(
            id: 6, startedAt: t0.addingTimeInterval(-86_400), endedAt: t0.addingTimeInterval(-86_300), durationSeconds: 100, practice: true,
            questions: 2, correct: 2, accuracy: 1, longestStreak: 2, perCategory: [.init(name: "date", total: 2, correct: 2, accuracy: 1)],
            perType: [.init(name: "typed", total: 2, correct: 2, accuracy: 1)], answers: [], misses: [])
        let progress = Report.Progress(
            sessions: [.init(session: 6, date: earlier.startedAt, answered: 2, accuracy: 1), .init(session: 7, date: t0, answered: 3, accuracy: 1.0 / 3)],
            categoryTrend: ["date": [.init(session: 6, accuracy: 1, answered: 2), .init(session: 7, accuracy: 1, answered: 1)]],
            trueRetention: 0.75, retentionReviews: 4, dueNow: 2, dueNext7Days: 5,
            mostMissed: [.init(factId: "wang-quote", statement: "Wang said: “China and Russia …”", misses: 2, answered: 3)])
        return Report(generatedAt: t0.addingTimeInterval(3600), bank: .init(id: "blinken-wang-meeting", title: "Blinken & Wang <test>"),
                      scope: "all", since: nil, sessions: [earlier, session], progress: progress)
    }
}

@Suite struct ReportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ReportFormat.allCases)
    func matchesGoldenFile(format: ReportFormat) throws {
        let text = ReportRenderer.render(ReportFixture.report(), as: format, timeZone: TimeZone(secondsFromGMT: 0) ?? .current)
        let file = Self.golden.appendingPathComponent("report.\(format.rawValue)")
        if ProcessInfo.processInfo.environment["FACTCHECK_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        // Bytes, not a String: reading UTF-8 text drops the CSV's byte-order mark.
        let expected = try Data(contentsOf: file)
        #expect(Data(text.utf8) == expected, "\(format.rawValue) differs from \(file.path); FACTCHECK_UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func jsonDecodesBackIntoTheModel() throws {
        let report = ReportFixture.report()
        let decoded = try ReportRenderer.decode(json: Data(ReportRenderer.json(report).utf8))
        #expect(decoded == report)
        #expect(decoded.schema == "factcheck.report/1")
    }

    @Test func csvReadsBackWithOneRowPerAnswer() throws {
        let report = ReportFixture.report()
        let rows = CSVReader.parse(ReportRenderer.csv(report))
        #expect(rows.first == ReportRenderer.csvColumns)
        #expect(rows.count == 1 + report.sessions.map(\.answers.count).reduce(0, +))
        let tricky = try #require(rows.first { $0.count > 6 && $0[6].contains("diplomat") })
        #expect(tricky[6] == "Blinken, \"the\" diplomat\nsecond line <b>")
        #expect(rows.allSatisfy { $0.count == ReportRenderer.csvColumns.count })
    }

    @Test func htmlIsWellFormedSelfContainedAndHasItsCharts() throws {
        let html = ReportRenderer.html(ReportFixture.report())
        // Parse as XML (without the doctype) to prove it is well formed.
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        let collector = ElementCounter()
        parser.delegate = collector
        #expect(parser.parse(), "not well formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.counts["svg"] == 4)  // progress line, one bar chart per session, one trend line per category
        #expect(collector.counts["title"] ?? 0 >= 4)
        #expect(collector.counts["table"] ?? 0 >= 6)
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("src="))
        #expect(html.contains("Blinken &amp; Wang &lt;test&gt;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("name=\"viewport\""))
    }

    @Test func atomicWriteRefusesToReplaceWithoutForceAndKeepsTheOldFile() throws {
        let path = Scratch.directory + "report-\(UUID().uuidString).md"
        try AtomicFile.write(Data("first".utf8), to: path, overwrite: false)
        #expect(throws: OutputError.self) { try AtomicFile.write(Data("second".utf8), to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        try AtomicFile.write(Data("second".utf8), to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        do {
            try AtomicFile.write(Data("x".utf8), to: "/nonexistent-dir/report.md", overwrite: true)
            Issue.record("wrote into a folder that does not exist")
        } catch {
            #expect(error.kind == .unwritable)
        }
    }

    @Test func aFullDiskLeavesTheEarlierFileIntact() throws {
        // /dev/full fails every write with ENOSPC; writing "through" it is not possible with
        // rename, so check the error path with a folder that refuses new files instead.
        let dir = Scratch.directory + "ro-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/r.md"
        try AtomicFile.write(Data("kept".utf8), to: path, overwrite: false)
        chmod(dir, 0o500)
        defer { chmod(dir, 0o700) }
        if getuid() != 0 {  // root ignores folder permissions
            #expect(throws: OutputError.self) { try AtomicFile.write(Data("new".utf8), to: path, overwrite: true) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")
    }
}

final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}

/// An RFC 4180 reader, to read the CSV back as a spreadsheet would.
enum CSVReader {
    static func parse(_ bytes: String) -> [[String]] {
        // A byte-order mark at the start is not data (Excel reads it as the encoding).
        let text = bytes.hasPrefix("\u{FEFF}") ? String(bytes.dropFirst()) : bytes
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" || c == "\r" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        chars.removeAll()
        return rows
    }
}
