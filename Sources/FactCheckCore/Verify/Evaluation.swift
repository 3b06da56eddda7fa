import Foundation

/// One labelled statement from an evaluation file.
public struct LabelledStatement: Sendable {
    public var line: Int
    public var label: Verdict
    public var statement: String
    public var category: String
    public var evidence: [String]
}

/// Problems reading an evaluation file.
public struct EvaluationFileError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): error: \(TextFolding.sanitizeForTerminal(message))" }
    public var errorDescription: String? { description }
}

/// Scores of the checker on a labelled set.
public struct EvaluationReport: Sendable, Codable {
    public struct Miss: Sendable, Codable {
        public var line: Int
        public var statement: String
        public var category: String
        public var expected: String
        public var got: String
        public var evidenceFound: Bool
        public var reason: String
        /// The rules that decided the statement's parts, joined with "+".
        public var rule: String
    }
    public struct CategoryScore: Sendable, Codable {
        public var total: Int
        public var correct: Int
        public var accuracy: Double
    }
    public var total: Int
    public var accuracy: Double
    public var macroF1: Double
    public var evidenceAccuracy: Double
    public var perLabel: [String: [String: Double]]
    public var perCategory: [String: CategoryScore]
    /// confusion[expected][got] = count
    public var confusion: [String: [String: Int]]
    public var misses: [Miss]
    /// How many misses each deciding rule made.
    public var missesByRule: [String: Int] {
        misses.filter { $0.expected != $0.got }.reduce(into: [:]) { $0[$1.rule, default: 0] += 1 }
    }
}

public enum Evaluation {
    /// Reads a TSV file: a header row with at least `label` and `statement`; optional
    /// `category` and `evidence` (pieces separated by "|"). No quoting.
    public static func parseTSV(_ text: String, file: String) throws(EvaluationFileError) -> [LabelledStatement] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let header = lines.first else { throw EvaluationFileError(file: file, line: 1, message: "the file is empty") }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let labelColumn = columns.firstIndex(of: "label") else {
            throw EvaluationFileError(file: file, line: 1, message: "the header has no 'label' column")
        }
        guard let statementColumn = columns.firstIndex(of: "statement") else {
            throw EvaluationFileError(file: file, line: 1, message: "the header has no 'statement' column")
        }
        let categoryColumn = columns.firstIndex(of: "category")
        let evidenceColumn = columns.firstIndex(of: "evidence")
        var rows: [LabelledStatement] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func field(_ i: Int?) -> String { i.flatMap { $0 < fields.count ? fields[$0] : nil }?.trimmingCharacters(in: .whitespaces) ?? "" }
            let rawLabel = field(labelColumn).lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
            guard let label = Verdict(rawValue: rawLabel) else {
                throw EvaluationFileError(file: file, line: offset + 1,
                                          message: "unknown label '\(field(labelColumn))' (one of: \(Verdict.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let statement = field(statementColumn)
            if statement.isEmpty { throw EvaluationFileError(file: file, line: offset + 1, message: "empty statement") }
            let evidence = field(evidenceColumn).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            rows.append(LabelledStatement(line: offset + 1, label: label, statement: statement,
                                          category: field(categoryColumn).isEmpty ? "uncategorised" : field(categoryColumn),
                                          evidence: evidence))
        }
        if rows.isEmpty { throw EvaluationFileError(file: file, line: 2, message: "no labelled statements after the header") }
        return rows
    }

    public static func run(_ rows: [LabelledStatement], checker: StatementChecker) -> EvaluationReport {
        var confusion: [String: [String: Int]] = [:]
        var perCategory: [String: (Int, Int)] = [:]
        var correct = 0, evidenceCorrect = 0
        var misses: [EvaluationReport.Miss] = []
        for row in rows {
            let result = checker.check(row.statement)
            let right = result.verdict == row.label
            let sentences = result.evidence.map { TextFolding.comparable($0.sentence) }
            let evidenceFound = row.evidence.allSatisfy { piece in
                let p = TextFolding.comparable(piece)
                return sentences.contains { $0.contains(p) }
            }
            confusion[row.label.rawValue, default: [:]][result.verdict.rawValue, default: 0] += 1
            var c = perCategory[row.category] ?? (0, 0)
            c.0 += 1
            if right { c.1 += 1; correct += 1 }
            perCategory[row.category] = c
            if right && evidenceFound { evidenceCorrect += 1 }
            if !right || !evidenceFound {
                let why = right ? "evidence missing: expected a sentence containing \(row.evidence.map { "'\($0)'" }.joined(separator: ", "))"
                    : result.explanation + (result.correction.map { " — \($0)" } ?? "")
                misses.append(.init(line: row.line, statement: row.statement, category: row.category,
                                    expected: row.label.rawValue, got: result.verdict.rawValue,
                                    evidenceFound: evidenceFound, reason: why,
                                    rule: result.parts.isEmpty ? "no-claim" : result.parts.map(\.rule).joined(separator: "+")))
            }
        }
        let labels = Set(rows.map(\.label.rawValue)).sorted()
        var perLabel: [String: [String: Double]] = [:]
        var f1s: [Double] = []
        for label in labels {
            let tp = Double(confusion[label]?[label] ?? 0)
            let predicted = Double(confusion.values.map { $0[label] ?? 0 }.reduce(0, +))
            let actual = Double(confusion[label]?.values.reduce(0, +) ?? 0)
            let precision = predicted > 0 ? tp / predicted : 0
            let recall = actual > 0 ? tp / actual : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            perLabel[label] = ["precision": precision, "recall": recall, "f1": f1, "support": actual]
            f1s.append(f1)
        }
        let total = rows.count
        return EvaluationReport(
            total: total, accuracy: Double(correct) / Double(total),
            macroF1: f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count),
            evidenceAccuracy: Double(evidenceCorrect) / Double(total), perLabel: perLabel,
            perCategory: perCategory.mapValues { .init(total: $0.0, correct: $0.1, accuracy: Double($0.1) / Double($0.0)) },
            confusion: confusion, misses: misses)
    }
}
