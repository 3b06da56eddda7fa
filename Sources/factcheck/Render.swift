import FactCheckKit
import Foundation

/// Text and JSON forms of a checker result.
enum ResultRenderer {
    static func label(_ verdict: Verdict, _ style: Style) -> String {
        switch verdict {
        case .supported: return style.green("SUPPORTED")
        case .refuted: return style.red("REFUTED")
        case .notMentioned: return style.yellow("NOT MENTIONED")
        case .partlySupported: return style.yellow("PARTLY SUPPORTED")
        }
    }

    static func text(_ result: CheckResult, style: Style, width: Int) -> String {
        var out: [String] = []
        out.append(wrapText("\(label(result.verdict, style))  \(Terminal.clean(result.statement))", width: width, indent: ""))
        if result.parts.count > 1 {
            for (n, part) in result.parts.enumerated() {
                let line = "\(n + 1). \(label(part.verdict, style)) \(Terminal.clean(part.text)) \(style.dim("— " + Terminal.clean(part.explanation)))"
                out.append(wrapText(line, width: width, indent: "    "))
                if let c = part.correction { out.append(wrapText("correction: \(Terminal.clean(c))", width: width, indent: "       ")) }
            }
        } else {
            if let c = result.correction { out.append(wrapText("\(style.bold("correction:")) \(Terminal.clean(c))", width: width, indent: "  ")) }
            out.append(wrapText("\(style.dim("why:")) \(Terminal.clean(result.explanation))", width: width, indent: "  "))
        }
        for item in result.evidence {
            out.append("  " + style.cyan("evidence") + style.dim(" (sentence \(item.sentenceIndex + 1), fact \(item.factId)):"))
            out.append(wrapText(highlighted(item, style: style), width: width, indent: "    "))
        }
        return out.joined(separator: "\n")
    }

    /// The evidence sentence with the matching words marked (bold underline on a terminal).
    static func highlighted(_ item: EvidenceItem, style: Style) -> String {
        guard style.enabled, !item.highlights.isEmpty else { return Terminal.clean(item.sentence) }
        let scalars = Array(item.sentence.unicodeScalars)
        var out = ""
        var position = 0
        for span in item.highlights where span.start >= position && span.end <= scalars.count {
            out += Terminal.clean(String(String.UnicodeScalarView(scalars[position..<span.start])))
            out += style.highlight(Terminal.clean(String(String.UnicodeScalarView(scalars[span.start..<span.end]))))
            position = span.end
        }
        out += Terminal.clean(String(String.UnicodeScalarView(scalars[position...])))
        return out
    }

    /// The JSON line of a result, written directly (JSONEncoder costs as much as the check
    /// itself); the same text `encoderJSON` gives, as a test checks.
    static func json(_ result: CheckResult) -> String {
        var out = "{\"correction\":"
        appendOptional(result.correction, to: &out)
        out += ",\"evidence\":"
        appendEvidence(result.evidence, to: &out)
        out += ",\"explanation\":"
        appendString(result.explanation, to: &out)
        out += ",\"parts\":["
        for (n, part) in result.parts.enumerated() {
            out += n == 0 ? "{\"correction\":" : ",{\"correction\":"
            appendOptional(part.correction, to: &out)
            out += ",\"evidence\":"
            appendEvidence(part.evidence, to: &out)
            out += ",\"explanation\":"
            appendString(part.explanation, to: &out)
            out += ",\"rule\":"
            appendString(part.rule, to: &out)
            out += ",\"text\":"
            appendString(part.text, to: &out)
            out += ",\"verdict\":\"\(part.verdict.rawValue)\"}"
        }
        out += "],\"statement\":"
        appendString(result.statement, to: &out)
        out += ",\"verdict\":\"\(result.verdict.rawValue)\"}"
        return SafeJSON.escapeInvisible(out)
    }

    static func appendOptional(_ text: String?, to out: inout String) {
        if let text { appendString(text, to: &out) } else { out += "null" }
    }

    static func appendEvidence(_ items: [EvidenceItem], to out: inout String) {
        out += "["
        for (n, item) in items.enumerated() {
            out += n == 0 ? "{\"end\":\(item.end),\"factId\":" : ",{\"end\":\(item.end),\"factId\":"
            appendString(item.factId, to: &out)
            out += ",\"highlights\":["
            out += item.highlights.map { "{\"end\":\($0.end),\"start\":\($0.start)}" }.joined(separator: ",")
            out += "],\"sentence\":"
            appendString(item.sentence, to: &out)
            out += ",\"sentenceIndex\":\(item.sentenceIndex),\"start\":\(item.start)}"
        }
        out += "]"
    }

    /// A JSON string as JSONEncoder writes it: quotes, backslashes and control characters escaped.
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }

    /// The same line through JSONEncoder (kept to test the direct writer against).
    static func encoderJSON(_ result: CheckResult) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONResult(result)), let text = String(data: data, encoding: .utf8) else {
            return "{\"statement\":null,\"verdict\":\"not-mentioned\",\"parts\":[],\"evidence\":[],\"correction\":null,\"explanation\":\"could not encode the result\"}"
        }
        return SafeJSON.escapeInvisible(text)
    }
}

/// JSON shape of a result: every documented key is present, with null where there is no value.
struct JSONResult: Encodable {
    let result: CheckResult
    init(_ result: CheckResult) { self.result = result }

    enum Keys: String, CodingKey { case statement, verdict, parts, evidence, correction, explanation, text }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(result.statement, forKey: .statement)
        try c.encode(result.verdict, forKey: .verdict)
        try c.encode(result.parts.map(JSONPart.init), forKey: .parts)
        try c.encode(result.evidence, forKey: .evidence)
        try c.encode(result.correction, forKey: .correction)
        try c.encode(result.explanation, forKey: .explanation)
    }
}

struct JSONPart: Encodable {
    let part: PartResult
    enum Keys: String, CodingKey { case text, verdict, evidence, correction, explanation, rule }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(part.text, forKey: .text)
        try c.encode(part.rule, forKey: .rule)
        try c.encode(part.verdict, forKey: .verdict)
        try c.encode(part.evidence, forKey: .evidence)
        try c.encode(part.correction, forKey: .correction)
        try c.encode(part.explanation, forKey: .explanation)
    }
}
