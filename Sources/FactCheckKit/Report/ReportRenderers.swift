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
    public static func render(_ report: Report, as format: ReportFormat) -> String {
        switch format {
        case .json: return json(report)
        case .csv: return csv(report)
        case .md: return markdown(report)
        case .html: return html(report)
        }
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
                                    "difficulty_before", "state_after", "stability_after", "difficulty_after", "due_after", "fact_id"]

    static func csvField(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    public static func csv(_ report: Report) -> String {
        var lines = [csvColumns.joined(separator: ",")]
        for s in report.sessions {
            for a in s.answers {
                let fields: [String] = [
                    String(s.id), String(a.position), iso(a.answeredAt), a.category, a.type, a.question, a.given, a.expected,
                    a.accepted ?? "", a.verdict, a.correct ? "true" : "false", String(a.responseMs), a.rating ?? "",
                    a.before?.state ?? "", number(a.before?.stability), number(a.before?.difficulty),
                    a.after?.state ?? "", number(a.after?.stability), number(a.after?.difficulty),
                    a.after?.due.map(iso) ?? "", a.factId,
                ]
                lines.append(fields.map(csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: Markdown

    static func mdCell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    public static func markdown(_ report: Report) -> String {
        var out = "# Score report: \(mdCell(report.bank.title))\n\n"
        out += "Generated \(iso(report.generatedAt)); \(report.sessions.count) session(s).\n\n"
        if let p = report.progress {
            out += "## Progress\n\n| measure | value |\n| --- | --- |\n"
            out += "| sessions | \(p.sessions.count) |\n"
            out += "| true retention | \(p.trueRetention.map(percent) ?? "n/a") (\(p.retentionReviews) reviews) |\n"
            out += "| due now | \(p.dueNow) |\n| due in the next 7 days | \(p.dueNext7Days) |\n\n"
            out += "### Accuracy per session\n\n| session | date | answered | accuracy |\n| --- | --- | ---: | ---: |\n"
            for s in p.sessions { out += "| \(s.session) | \(iso(s.date)) | \(s.answered) | \(percent(s.accuracy)) |\n" }
            if !p.mostMissed.isEmpty {
                out += "\n### Facts missed most often\n\n| fact | missed | answered |\n| --- | ---: | ---: |\n"
                for m in p.mostMissed { out += "| \(mdCell(m.statement)) | \(m.misses) | \(m.answered) |\n" }
            }
            out += "\n"
        }
        for s in report.sessions {
            out += "## Session \(s.id)\(s.practice ? " (practice)" : "")\n\n"
            out += "| started | duration | questions | correct | accuracy | longest streak |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
            out += "| \(iso(s.startedAt)) | \(Int(s.durationSeconds)) s | \(s.questions) | \(s.correct) | \(percent(s.accuracy)) | \(s.longestStreak) |\n\n"
            out += "### Per category\n\n| category | correct | total | accuracy |\n| --- | ---: | ---: | ---: |\n"
            for c in s.perCategory { out += "| \(c.name) | \(c.correct) | \(c.total) | \(percent(c.accuracy)) |\n" }
            out += "\n### Per question type\n\n| type | correct | total | accuracy |\n| --- | ---: | ---: | ---: |\n"
            for c in s.perType { out += "| \(c.name) | \(c.correct) | \(c.total) | \(percent(c.accuracy)) |\n" }
            out += "\n### Answers\n\n| # | question | given | expected | verdict | time | rating |\n| ---: | --- | --- | --- | --- | ---: | --- |\n"
            for a in s.answers {
                out += "| \(a.position) | \(mdCell(a.question)) | \(mdCell(a.given)) | \(mdCell(a.expected)) | \(a.verdict) | \(a.responseMs) ms | \(a.rating ?? "") |\n"
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

    /// Horizontal bars, one per row, with the data as text too.
    static func barChart(id: String, title: String, rows: [(String, Double, String)]) -> String {
        let rowHeight = 28, labelWidth = 130, barWidth = 300
        let height = rows.count * rowHeight + 10
        var svg = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(labelWidth + barWidth + 110) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
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

    /// Accuracy over sessions as a line with points.
    static func lineChart(id: String, title: String, points: [(String, Double)]) -> String {
        let width = 500, height = 200, left = 52, bottom = 30, top = 10
        let plotW = width - left - 10, plotH = height - bottom - top
        var svg = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-title\">\(esc(title))</title>"
        svg += "<desc id=\"\(id)-desc\">\(esc(points.map { "\($0.0): \(percent($0.1))" }.joined(separator: "; ")))</desc>"
        for tick in [0, 50, 100] {
            let y = top + plotH - plotH * tick / 100
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 10)\" y2=\"\(y)\" class=\"grid\"/>"
            svg += "<text x=\"\(left - 6)\" y=\"\(y + 4)\" text-anchor=\"end\" class=\"label\">\(tick)%</text>"
        }
        let step = points.count > 1 ? Double(plotW) / Double(points.count - 1) : 0
        let coords = points.enumerated().map { i, p in
            (Double(left) + (points.count > 1 ? step * Double(i) : Double(plotW) / 2), Double(top) + Double(plotH) * (1 - p.1))
        }
        if coords.count > 1 {
            svg += "<polyline class=\"line\" points=\"\(coords.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " "))\"/>"
        }
        for (i, c) in coords.enumerated() {
            svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"point\"/>", c.0, c.1)
            svg += String(format: "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"label\">", c.0, height - 10) + esc(points[i].0) + "</text>"
        }
        return svg + "</svg>"
    }

    public static func html(_ report: Report) -> String {
        var body = ""
        if let p = report.progress {
            body += "<section><h2>Progress</h2>"
            body += "<table><caption>Summary</caption><tbody>"
            body += "<tr><th scope=\"row\">Sessions</th><td>\(p.sessions.count)</td></tr>"
            body += "<tr><th scope=\"row\">True retention</th><td>\(p.trueRetention.map(percent) ?? "n/a") (\(p.retentionReviews) reviews)</td></tr>"
            body += "<tr><th scope=\"row\">Due now</th><td>\(p.dueNow)</td></tr>"
            body += "<tr><th scope=\"row\">Due in the next 7 days</th><td>\(p.dueNext7Days)</td></tr></tbody></table>"
            body += "<figure>" + lineChart(id: "over-sessions", title: "Accuracy over sessions",
                                           points: p.sessions.map { ("#\($0.session)", $0.accuracy) })
            body += "<figcaption>Accuracy per session</figcaption></figure>"
            body += "<table><caption>Accuracy per session (the chart's data)</caption><thead><tr><th scope=\"col\">Session</th><th scope=\"col\">Date</th><th scope=\"col\">Answered</th><th scope=\"col\">Accuracy</th></tr></thead><tbody>"
            for s in p.sessions { body += "<tr><td>\(s.session)</td><td>\(iso(s.date))</td><td>\(s.answered)</td><td>\(percent(s.accuracy))</td></tr>" }
            body += "</tbody></table>"
            if !p.mostMissed.isEmpty {
                body += "<table><caption>Facts missed most often</caption><thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Missed</th><th scope=\"col\">Answered</th></tr></thead><tbody>"
                for m in p.mostMissed { body += "<tr><td>\(esc(m.statement))</td><td>\(m.misses)</td><td>\(m.answered)</td></tr>" }
                body += "</tbody></table>"
            }
            body += "</section>"
        }
        for s in report.sessions {
            body += "<section><h2>Session \(s.id)\(s.practice ? " (practice)" : "")</h2>"
            body += "<p class=\"stats\"><span><b>\(s.correct)/\(s.questions)</b> correct</span><span><b>\(percent(s.accuracy))</b> accuracy</span>"
            body += "<span><b>\(Int(s.durationSeconds))</b> s</span><span><b>\(s.longestStreak)</b> longest streak</span><span>started \(iso(s.startedAt))</span></p>"
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
                body += "<tr class=\"\(a.correct ? "ok" : "miss")\"><td>\(a.position)</td><td>\(esc(a.question))</td><td>\(esc(a.given))</td><td>\(esc(a.expected))</td>"
                body += "<td>\(a.correct ? "✓ " : "✗ ")\(esc(a.verdict))</td><td>\(String(format: "%.1f", Double(a.responseMs) / 1000)) s</td><td>\(esc(a.rating ?? ""))</td><td>\(esc(stability))</td></tr>"
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
            @media (max-width:40rem){body{padding:.5rem}th,td{padding:.25rem}}
            @media print{body{max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}.wide{overflow:visible}}
            </style>
            </head>
            <body>
            <header><h1>Score report: \(esc(report.bank.title))</h1><p>Generated \(iso(report.generatedAt)) · \(report.sessions.count) session(s) · report format \(Report.schemaName)</p></header>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }
}
