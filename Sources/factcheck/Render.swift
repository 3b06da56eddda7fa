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

    /// The JSON line of a result, written directly as UTF-8 bytes (JSONEncoder costs as much as
    /// the check itself); the same text `encoderJSON` gives, as a test checks.
    static func json(_ result: CheckResult) -> String {
        var out = JSONLineWriter()
        out.raw("{\"correction\":")
        out.optional(result.correction)
        out.raw(",\"evidence\":")
        appendEvidence(result.evidence, to: &out)
        out.raw(",\"explanation\":")
        out.string(result.explanation)
        out.raw(",\"parts\":[")
        for (n, part) in result.parts.enumerated() {
            out.raw(n == 0 ? "{\"correction\":" : ",{\"correction\":")
            out.optional(part.correction)
            out.raw(",\"evidence\":")
            appendEvidence(part.evidence, to: &out)
            out.raw(",\"explanation\":")
            out.string(part.explanation)
            out.raw(",\"rule\":")
            out.string(part.rule)
            out.raw(",\"text\":")
            out.string(part.text)
            out.raw(",\"verdict\":")
            out.string(part.verdict.rawValue)
            out.raw("}")
        }
        out.raw("],\"statement\":")
        out.string(result.statement)
        out.raw(",\"verdict\":")
        out.string(result.verdict.rawValue)
        out.raw("}")
        return out.text
    }

    static func appendEvidence(_ items: [EvidenceItem], to out: inout JSONLineWriter) {
        out.raw("[")
        for (n, item) in items.enumerated() {
            out.raw(n == 0 ? "{\"end\":" : ",{\"end\":")
            out.number(item.end)
            out.raw(",\"factId\":")
            out.string(item.factId)
            out.raw(",\"highlights\":[")
            for (k, span) in item.highlights.enumerated() {
                out.raw(k == 0 ? "{\"end\":" : ",{\"end\":")
                out.number(span.end)
                out.raw(",\"start\":")
                out.number(span.start)
                out.raw("}")
            }
            out.raw("],\"sentence\":")
            out.string(item.sentence)
            out.raw(",\"sentenceIndex\":")
            out.number(item.sentenceIndex)
            out.raw(",\"start\":")
            out.number(item.start)
            out.raw("}")
        }
        out.raw("]")
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

/// One JSON line being written as UTF-8 bytes, with strings escaped as JSONEncoder escapes them
/// and the characters `SafeJSON` hides made visible.
struct JSONLineWriter {
    private var bytes: [UInt8] = []
    /// A byte of DEL or beyond ASCII was written: the line may hold an invisible character.
    private var beyondASCII = false

    init() { bytes.reserveCapacity(2048) }

    /// The finished line.
    var text: String {
        let line = String(decoding: bytes, as: UTF8.self)
        return beyondASCII ? SafeJSON.escapeInvisible(line) : line
    }

    /// Punctuation and keys, written as they are.
    mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        let plain = text.withUTF8 { buffer -> Bool in
            var plain = true
            for byte in buffer {
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false }
                if byte >= 0x7F { beyondASCII = true }
            }
            if plain { bytes.append(contentsOf: buffer) }
            return plain
        }
        if !plain {
            var escaped = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\t": escaped += "\\t"
                case "\u{8}": escaped += "\\b"
                case "\u{C}": escaped += "\\f"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        escaped.unicodeScalars.append(scalar)
                    }
                }
            }
            bytes.append(contentsOf: escaped.utf8)
        }
        bytes.append(0x22)
    }
}
