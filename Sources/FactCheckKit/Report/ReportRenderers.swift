import Foundation

public enum ReportFormat: String, Sendable, CaseIterable {
    case json, csv, md, html

    /// The format a file name asks for, by its extension.
    public static func from(path: String) -> ReportFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "csv": return .csv
        case "md", "markdown": return .md
        case "html", "htm": return .html
        default: return nil
        }
    }
}

public enum ReportRenderer {
    /// Times for people (Markdown, HTML) are shown in `timeZone`; JSON and CSV keep UTC.
    public static func render(_ report: Report, as format: ReportFormat, timeZone: TimeZone = .current) -> String {
        switch format {
        case .json: return json(report)
        case .csv: return csv(report)
        case .md: return markdown(report, timeZone: timeZone)
        case .html: return html(report, timeZone: timeZone)
        }
    }

    /// A time as people read it: "2026-11-29 18:05 CET". Written without a formatter per
    /// timestamp, as `iso` is; a date out of range gives "".
    static func local(_ date: Date, _ zone: TimeZone) -> String {
        guard let parts = brokenDown(date, zone) else { return "" }
        let name = zone.identifier == "UTC" || zone.identifier == "GMT" ? "UTC" : (zone.abbreviation(for: date) ?? zone.identifier)
        return "\(yearText(parts.tm_year + 1900))-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)) " + name
    }

    /// A short date for a chart's axis: "29 Nov", or "18:05" when all points fall within a day.
    static func axisLabel(_ date: Date, _ zone: TimeZone, withinADay: Bool) -> String {
        guard let parts = brokenDown(date, zone) else { return "" }
        if withinADay { return "\(two(parts.tm_hour)):\(two(parts.tm_min))" }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(parts.tm_mday) " + months[Int(max(0, min(11, parts.tm_mon)))]
    }

    /// The calendar fields of `date` in `zone`, or nil when it is out of range.
    private static func brokenDown(_ date: Date, _ zone: TimeZone) -> tm? {
        let interval = date.timeIntervalSince1970.rounded(.down)
        guard interval.isFinite, abs(interval) < 1e15 else { return nil }
        var seconds = time_t(interval) + time_t(zone.secondsFromGMT(for: date))
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return nil }
        return parts
    }

    private static func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }

    private static func yearText(_ year: Int32) -> String {
        year >= 0 && year < 10_000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
    }

    /// "practice" and "redo" sessions are marked; plain study sessions are not.
    static func kindMark(_ kind: String?, practice: Bool) -> String {
        switch kind {
        case "redo": return " (redo)"
        case "practice": return " (practice)"
        case nil: return practice ? " (practice)" : ""
        default: return ""
        }
    }

    /// Text typed by a user, safe in any viewer: control characters (ESC and the like) become U+FFFD.
    static func printable(_ s: String, keepNewlines: Bool = true) -> String {
        var out = ""
        for c in s.unicodeScalars {
            let control = c.value < 0x20 || (0x7F...0x9F).contains(c.value)
            if control && !(keepNewlines && (c == "\n" || c == "\t")) { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    /// `2026-11-29T17:57:00Z`, as ISO8601DateFormatter's internet date-time writes it, without
    /// making a formatter per timestamp (a CSV report has one per answer).
    static func iso(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970.rounded(.down)
        guard interval.isFinite, abs(interval) < 1e15 else { return "" }
        var seconds = time_t(interval)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "" }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }
        let year = parts.tm_year + 1900
        let yearText = year >= 0 && year < 10_000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
        return "\(yearText)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
    static func number(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "" }

    // MARK: JSON

    public static func json(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(report), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return SafeJSON.escapeInvisible(text) + "\n"
    }

    public static func decode(json: Data) throws -> Report {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Report.self, from: json)
    }

    // MARK: CSV (RFC 4180)

    public static let csvColumns = ["session", "position", "answered_at", "category", "type", "question", "given", "expected",
                                    "accepted", "verdict", "correct", "response_ms", "rating", "state_before", "stability_before",
                                    "difficulty_before", "state_after", "stability_after", "difficulty_after", "due_after", "fact_id", "article"]

    /// One CSV field. Text a spreadsheet would run as a formula (starting with =, +, -, @, a tab
    /// or a carriage return) gets a leading apostrophe, as OWASP advises; control characters
    /// are replaced; quotes as RFC 4180 says.
    static func csvField(_ raw: String) -> String {
        var s = printable(raw.replacingOccurrences(of: "\r\n", with: "\n"))
        if let first = s.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r", "\u{FFFD}"].contains(first), Double(s) == nil {
            s = "'" + s
        }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// The byte-order mark that makes Excel read the file as UTF-8 (curly quotes and all).
    public static let csvByteOrderMark = "\u{FEFF}"

    public static func csv(_ report: Report) -> String {
        var lines = [csvByteOrderMark + csvColumns.joined(separator: ",")]
        for s in report.sessions {
            for a in s.answers {
                let fields: [String] = [
                    String(s.id), String(a.position), iso(a.answeredAt), a.category, a.type, a.question, a.given, a.expected,
                    a.accepted ?? "", a.verdict, a.correct ? "true" : "false", String(a.responseMs), a.rating ?? "",
                    a.before?.state ?? "", number(a.before?.stability), number(a.before?.difficulty),
                    a.after?.state ?? "", number(a.after?.stability), number(a.after?.difficulty),
                    a.after?.due.map(iso) ?? "", a.factId, a.article ?? s.articles?.first?.id ?? report.bank.id,
                ]
                lines.append(fields.map(csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: Markdown

    /// Text in Markdown: no table breaks, no markup (HTML is escaped, so `<script>` shows as
    /// text), no control characters.
    static func mdCell(_ s: String) -> String {
        printable(s, keepNewlines: false).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\u{FFFD}\u{FFFD}", with: "\u{FFFD}")
    }

    /// Accuracy per category across sessions, oldest first, as text: "50% → 67% → 100%".
    static func trendText(_ points: [Report.TrendPoint], last: Int = 8) -> String {
        let shown = points.suffix(last).map { percent($0.accuracy) }.joined(separator: " → ")
        return (points.count > last ? "… → " : "") + shown
    }

    /// The article(s) a session studied, as text: "Title (id)", joined with "; ".
    static func articleNames(_ s: Report.SessionReport) -> String? {
        guard let articles = s.articles, !articles.isEmpty else { return nil }
        return articles.map { $0.title == $0.id ? $0.id : "\($0.title) (\($0.id))" }.joined(separator: "; ")
    }

    /// A question as shown in a session across several articles: its article's id first.
    static func questionText(_ a: Report.AnswerRow, in s: Report.SessionReport) -> String {
        guard (s.articles?.count ?? 0) > 1, let article = a.article else { return a.question }
        return "[\(article)] " + a.question
    }

    public static func markdown(_ report: Report, timeZone: TimeZone = .current) -> String {
        var out = "# Score report: \(mdCell(report.bank.title))\n\n"
        out += "Generated \(local(report.generatedAt, timeZone)); \(report.sessions.count == 1 ? "1 session" : "\(report.sessions.count) sessions").\n\n"
        if let p = report.progress {
            out += "## Progress\n\n| measure | value |\n| --- | --- |\n"
            out += "| sessions | \(p.sessions.count) |\n"
            out += "| true retention | \(p.trueRetention.map(percent) ?? "n/a") (\(p.retentionReviews) reviews) |\n"
            out += "| due now | \(p.dueNow) |\n| due in the next 7 days | \(p.dueNext7Days) |\n\n"
            out += "### Accuracy per session\n\n| session | date | answered | accuracy |\n| --- | --- | ---: | ---: |\n"
            for s in p.sessions {
                out += "| \(s.session)\(kindMark(s.kind, practice: false)) | \(local(s.date, timeZone)) | \(s.answered) | \(percent(s.accuracy)) |\n"
            }
            if !p.categoryTrend.isEmpty {
                out += "\n### Accuracy per category over time\n\n| category | sessions | first | latest | by session (oldest first) |\n| --- | ---: | ---: | ---: | --- |\n"
                for (name, points) in p.categoryTrend.sorted(by: { $0.key < $1.key }) {
                    guard let first = points.first, let latest = points.last else { continue }
                    out += "| \(mdCell(name)) | \(points.count) | \(percent(first.accuracy)) | \(percent(latest.accuracy)) | \(trendText(points)) |\n"
                }
            }
            if !p.mostMissed.isEmpty {
                out += "\n### Facts missed most often\n\n| fact | missed | answered |\n| --- | ---: | ---: |\n"
                for m in p.mostMissed { out += "| \(mdCell(m.statement)) | \(m.misses) | \(m.answered) |\n" }
            }
            out += "\n"
        }
        for s in report.sessions {
            out += "## Session \(s.id)\(kindMark(s.kind, practice: s.practice))\n\n"
            if let names = articleNames(s) { out += "\((s.articles?.count ?? 0) > 1 ? "Articles" : "Article"): \(mdCell(names))\n\n" }
            out += "| started | duration | answered | correct | accuracy | skipped | longest streak |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            out += "| \(local(s.startedAt, timeZone)) | \(Int(s.durationSeconds)) s | \(s.questions) | \(s.correct) | \(percent(s.accuracy)) | \(s.skipped ?? 0) | \(s.longestStreak) |\n\n"
            out += "### Per category\n\n| category | correct | total | accuracy |\n| --- | ---: | ---: | ---: |\n"
            for c in s.perCategory { out += "| \(mdCell(c.name)) | \(c.correct) | \(c.total) | \(percent(c.accuracy)) |\n" }
            out += "\n### Per question type\n\n| type | correct | total | accuracy |\n| --- | ---: | ---: | ---: |\n"
            for c in s.perType { out += "| \(mdCell(c.name)) | \(c.correct) | \(c.total) | \(percent(c.accuracy)) |\n" }
            out += "\n### Answers\n\n| # | question | given | expected | verdict | time | rating |\n| ---: | --- | --- | --- | --- | ---: | --- |\n"
            for a in s.answers {
                out += "| \(a.position) | \(mdCell(questionText(a, in: s))) | \(mdCell(a.given)) | \(mdCell(a.expected)) | \(mdCell(a.verdict)) | \(a.responseMs) ms | \(a.rating ?? "") |\n"
            }
            if !s.misses.isEmpty {
                out += "\n### Misses\n\n"
                for m in s.misses {
                    out += "- **\(mdCell(m.question))** — expected *\(mdCell(m.expected))*" + (m.given.isEmpty ? "" : ", answered *\(mdCell(m.given))*") + "\n"
                    if !m.evidence.isEmpty { out += "  > \(mdCell(m.evidence))\n" }
                }
            }
            out += "\n"
        }
        return out
    }

    // MARK: HTML

    static func esc(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters, and the bidirectional overrides that would reorder the
                // text around them (U+202E), are shown as a replacement character.
                if (c.value < 0x20 && c != "\n" && c != "\t") || SafeJSON.isInvisible(c) { out += "&#xFFFD;" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    /// Horizontal bars, one per row, with the data as text too. Drawn 360 units wide, so that on
    /// a phone the text stays near its 13 px.
    static func barChart(id: String, title: String, rows: [(String, Double, String)]) -> String {
        let rowHeight = 28, labelWidth = 100, barWidth = 170
        let height = rows.count * rowHeight + 10
        var svg = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(labelWidth + barWidth + 90) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-title\">\(esc(title))</title>"
        svg += "<desc id=\"\(id)-desc\">\(esc(rows.map { "\($0.0): \($0.2)" }.joined(separator: "; ")))</desc>"
        for (i, row) in rows.enumerated() {
            let y = i * rowHeight + 5
            let w = Int((row.1 * Double(barWidth)).rounded())
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\" class=\"label\">\(esc(row.0))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"18\" class=\"track\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"18\" class=\"bar\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 18)\" class=\"value\">\(esc(row.2))</text>"
        }
        return svg + "</svg>"
    }

    /// Accuracy over time: points placed by date on the horizontal axis, at most `maxLabels`
    /// date labels (evenly spaced, so that they never collide however many sessions there are).
    static func lineChart(id: String, title: String, points: [(date: Date, accuracy: Double, name: String)], timeZone: TimeZone,
                          width: Int = 360, height: Int = 190, maxLabels: Int = 5, compact: Bool = false) -> String {
        let left = compact ? 4 : 40, right = compact ? 4 : 16, bottom = compact ? 4 : 28, top = compact ? 4 : 10
        let plotW = width - left - right, plotH = height - bottom - top
        var svg = "<svg class=\"chart\(compact ? " spark" : "")\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-title\">\(esc(title))</title>"
        svg += "<desc id=\"\(id)-desc\">\(esc(points.map { "\($0.name) (\(local($0.date, timeZone))): \(percent($0.accuracy))" }.joined(separator: "; ")))</desc>"
        if !compact {
            for tick in [0, 50, 100] {
                let y = top + plotH - plotH * tick / 100
                svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - right)\" y2=\"\(y)\" class=\"grid\"/>"
                svg += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\" class=\"label\">\(tick)%</text>"
            }
        }
        guard let first = points.map(\.date).min(), let last = points.map(\.date).max() else { return svg + "</svg>" }
        let span = last.timeIntervalSince(first)
        func x(_ date: Date) -> Double {
            span > 0 ? Double(left) + Double(plotW) * date.timeIntervalSince(first) / span : Double(left) + Double(plotW) / 2
        }
        let coords = points.map { (x($0.date), Double(top) + Double(plotH) * (1 - $0.accuracy)) }
        if coords.count > 1 {
            svg += "<polyline class=\"line\" points=\"\(coords.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " "))\"/>"
        }
        for c in coords { svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" class=\"point\"/>", c.0, c.1, compact ? 2 : 3) }
        if !compact {
            // Labels at evenly spaced dates along the axis, not one per point.
            let withinADay = span < 86_400
            let count = span > 0 ? max(2, min(maxLabels, points.count)) : 1
            var lastText = ""
            for n in 0..<count {
                let date = count == 1 ? first : first.addingTimeInterval(span * Double(n) / Double(count - 1))
                let text = axisLabel(date, timeZone, withinADay: withinADay)
                if text == lastText { continue }
                lastText = text
                let anchor = count == 1 ? "middle" : n == 0 ? "start" : n == count - 1 ? "end" : "middle"
                svg += String(format: "<text x=\"%.1f\" y=\"%d\" text-anchor=\"\(anchor)\" class=\"label\">", x(date), height - 8) + esc(text) + "</text>"
            }
        }
        return svg + "</svg>"
    }

    public static func html(_ report: Report, timeZone: TimeZone = .current) -> String {
        var body = ""
        if let p = report.progress {
            body += "<section><h2>Progress</h2>"
            body += "<table><caption>Summary</caption><tbody>"
            body += "<tr><th scope=\"row\">Sessions</th><td>\(p.sessions.count)</td></tr>"
            body += "<tr><th scope=\"row\">True retention</th><td>\(p.trueRetention.map(percent) ?? "n/a") (\(p.retentionReviews) reviews)</td></tr>"
            body += "<tr><th scope=\"row\">Due now</th><td>\(p.dueNow)</td></tr>"
            body += "<tr><th scope=\"row\">Due in the next 7 days</th><td>\(p.dueNext7Days)</td></tr></tbody></table>"
            body += "<figure>" + lineChart(id: "over-sessions", title: "Accuracy over time",
                                           points: p.sessions.map { ($0.date, $0.accuracy, "session \($0.session)") }, timeZone: timeZone)
            body += "<figcaption>Accuracy per session, by date</figcaption></figure>"
            body += "<table><caption>Accuracy per session (the chart's data)</caption><thead><tr><th scope=\"col\">Session</th><th scope=\"col\">Date</th><th scope=\"col\">Answered</th><th scope=\"col\">Accuracy</th></tr></thead><tbody>"
            for s in p.sessions {
                body += "<tr><td data-label=\"Session\">\(s.session)\(esc(kindMark(s.kind, practice: false)))</td><td data-label=\"Date\">\(esc(local(s.date, timeZone)))</td>"
                body += "<td data-label=\"Answered\">\(s.answered)</td><td data-label=\"Accuracy\">\(percent(s.accuracy))</td></tr>"
            }
            body += "</tbody></table>"
            if !p.categoryTrend.isEmpty {
                let dates = Dictionary(p.sessions.map { ($0.session, $0.date) }, uniquingKeysWith: { a, _ in a })
                body += "<table class=\"trend\"><caption>Accuracy per category over time</caption><thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Sessions</th><th scope=\"col\">First</th><th scope=\"col\">Latest</th><th scope=\"col\">Trend</th></tr></thead><tbody>"
                for (name, points) in p.categoryTrend.sorted(by: { $0.key < $1.key }) {
                    guard let first = points.first, let latest = points.last else { continue }
                    let spark = lineChart(id: "trend-\(esc(name))", title: "Accuracy in \(name) over time",
                                          points: points.map { (dates[$0.session] ?? Date(timeIntervalSince1970: 0), $0.accuracy, "session \($0.session)") },
                                          timeZone: timeZone, width: 120, height: 32, compact: true)
                    body += "<tr><td data-label=\"Category\">\(esc(name))</td><td data-label=\"Sessions\">\(points.count)</td><td data-label=\"First\">\(percent(first.accuracy))</td>"
                    body += "<td data-label=\"Latest\">\(percent(latest.accuracy))</td><td data-label=\"Trend\">\(spark) <span class=\"trendtext\">\(esc(trendText(points)))</span></td></tr>"
                }
                body += "</tbody></table>"
            }
            if !p.mostMissed.isEmpty {
                body += "<table><caption>Facts missed most often</caption><thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Missed</th><th scope=\"col\">Answered</th></tr></thead><tbody>"
                for m in p.mostMissed { body += "<tr><td>\(esc(m.statement))</td><td>\(m.misses)</td><td>\(m.answered)</td></tr>" }
                body += "</tbody></table>"
            }
            body += "</section>"
        }
        for s in report.sessions {
            body += "<section><h2>Session \(s.id)\(esc(kindMark(s.kind, practice: s.practice)))</h2>"
            body += "<p class=\"stats\"><span><b>\(s.correct)/\(s.questions)</b> correct</span><span><b>\(percent(s.accuracy))</b> accuracy</span>"
            if let skipped = s.skipped, skipped > 0 { body += "<span><b>\(skipped)</b> skipped</span>" }
            body += "<span><b>\(Int(s.durationSeconds))</b> s</span><span><b>\(s.longestStreak)</b> longest streak</span><span>started \(esc(local(s.startedAt, timeZone)))</span>"
            if let names = articleNames(s) { body += "<span>\((s.articles?.count ?? 0) > 1 ? "articles" : "article") <b>\(esc(names))</b></span>" }
            body += "</p>"
            body += "<figure>" + barChart(id: "cat-\(s.id)", title: "Accuracy per category, session \(s.id)",
                                          rows: s.perCategory.map { ($0.name, $0.accuracy, "\(percent($0.accuracy)) (\($0.correct)/\($0.total))") })
            body += "<figcaption>Accuracy per category</figcaption></figure>"
            body += "<table><caption>Accuracy per category (the chart's data)</caption><thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Correct</th><th scope=\"col\">Total</th><th scope=\"col\">Accuracy</th></tr></thead><tbody>"
            for c in s.perCategory { body += "<tr><td>\(esc(c.name))</td><td>\(c.correct)</td><td>\(c.total)</td><td>\(percent(c.accuracy))</td></tr>" }
            body += "</tbody></table>"
            body += "<table><caption>Accuracy per question type</caption><thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Correct</th><th scope=\"col\">Total</th><th scope=\"col\">Accuracy</th></tr></thead><tbody>"
            for c in s.perType { body += "<tr><td>\(esc(c.name))</td><td>\(c.correct)</td><td>\(c.total)</td><td>\(percent(c.accuracy))</td></tr>" }
            body += "</tbody></table>"
            body += "<div class=\"wide\"><table><caption>Answers</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Question</th><th scope=\"col\">Given</th><th scope=\"col\">Expected</th><th scope=\"col\">Verdict</th><th scope=\"col\">Time</th><th scope=\"col\">Rating</th><th scope=\"col\">Stability before → after</th></tr></thead><tbody>"
            for a in s.answers {
                let stability = "\(number(a.before?.stability).isEmpty ? "new" : number(a.before?.stability)) → \(number(a.after?.stability).isEmpty ? "—" : number(a.after?.stability))"
                body += "<tr class=\"\(a.correct ? "ok" : "miss")\"><td data-label=\"#\">\(a.position)</td><td data-label=\"Question\">\(esc(questionText(a, in: s)))</td>"
                body += "<td data-label=\"Given\">\(esc(a.given))</td><td data-label=\"Expected\">\(esc(a.expected))</td>"
                body += "<td data-label=\"Verdict\">\(a.verdict == "skipped" ? "– " : a.correct ? "✓ " : "✗ ")\(esc(a.verdict))</td>"
                body += "<td data-label=\"Time\">\(String(format: "%.1f", Double(a.responseMs) / 1000)) s</td><td data-label=\"Rating\">\(esc(a.rating ?? ""))</td>"
                body += "<td data-label=\"Stability\">\(esc(stability))</td></tr>"
            }
            body += "</tbody></table></div>"
            if !s.misses.isEmpty {
                body += "<h3>Misses</h3><ul class=\"misses\">"
                for m in s.misses {
                    body += "<li><p><b>\(esc(m.question))</b><br/>expected <em>\(esc(m.expected))</em>\(m.given.isEmpty ? "" : ", answered <em>\(esc(m.given))</em>")</p>"
                    if !m.evidence.isEmpty { body += "<blockquote>\(esc(m.evidence))</blockquote>" }
                    body += "</li>"
                }
                body += "</ul>"
            }
            body += "</section>"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Score report: \(esc(report.bank.title))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b;background:#fff;line-height:1.45}
            h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.25rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
            table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.95rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
            th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}thead th{background:#f3f5f7}
            tr.miss td{background:#fff4f2}.wide{overflow-x:auto}.stats{display:flex;flex-wrap:wrap;gap:1rem}.stats b{font-size:1.2rem}
            figure{margin:1rem 0}figcaption{font-size:.9rem;color:#444}svg.chart{width:100%;max-width:40rem;height:auto}
            .bar{fill:#2f6fbf}.track{fill:#e8edf3}.label,.value{font-size:13px;fill:#1b1b1b}.grid{stroke:#d0d7de}.line{fill:none;stroke:#2f6fbf;stroke-width:2}.point{fill:#2f6fbf}
            blockquote{margin:.3rem 0 .8rem;padding:.3rem .8rem;border-left:4px solid #d0d7de;color:#333}ul.misses{padding-left:1.2rem}
            table.trend svg.spark{width:7.5rem;height:2rem;vertical-align:middle}.trendtext{font-size:.85rem;color:#444}
            @media (max-width:40rem){body{padding:.5rem}th,td{padding:.25rem}svg.chart{max-width:none}
            .wide table,.wide thead,.wide tbody,.wide tr,.wide td{display:block}.wide thead{position:absolute;left:-9999px}
            .wide tr{border:1px solid #d0d7de;margin:.5rem 0}.wide td{border:none;border-bottom:1px solid #eef1f4}
            .wide td::before{content:attr(data-label) ": ";font-weight:600}}
            @media print{body{max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}.wide{overflow:visible}}
            </style>
            </head>
            <body>
            <header><h1>Score report: \(esc(report.bank.title))</h1><p>Generated \(esc(local(report.generatedAt, timeZone))) · \(report.sessions.count == 1 ? "1 session" : "\(report.sessions.count) sessions") · report format \(Report.schemaName)</p></header>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }
}
