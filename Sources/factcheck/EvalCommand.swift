import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score the statement checker on a labelled TSV file.",
            discussion: """
                The file has a header row and tab-separated columns; 'label' (supported, refuted, \
                not-mentioned, partly-supported) and 'statement' are required, 'category' and \
                'evidence' (text the evidence sentence must contain; pieces separated by '|') optional.
                """)

        @OptionGroup var bankOptions: BankOptions

        @Argument(help: "The labelled statements (.tsv).", completion: .file(extensions: ["tsv"]))
        var file: String

        @Flag(name: .long, help: "Print the scores as JSON.")
        var json = false

        func run() throws {
            let data: Data
            switch InputFile.read(file) {
            case .success(let bytes): data = bytes
            case .failure(let problem):
                Terminal.standardError.write("\(Terminal.clean(file)): error: \(problem.message)\n")
                throw ExitCode(problem.exitCode)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                Terminal.standardError.write("\(Terminal.clean(file)): error: the file is not valid UTF-8\n")
                throw ExitCode(Exit.dataError)
            }
            let rows: [LabelledStatement]
            do {
                rows = try Evaluation.parseTSV(text, file: file)
            } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(Exit.dataError)
            }
            let report = Evaluation.run(rows, checker: StatementChecker(index: try bankOptions.loadOne()))
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let out = try encoder.encode(report)
                Terminal.standardOutput.write(SafeJSON.escapeInvisible(String(data: out, encoding: .utf8) ?? "{}") + "\n")
                return
            }
            var out = ""
            func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
            out += "statements:        \(report.total)\n"
            out += "accuracy:          \(pct(report.accuracy))\n"
            out += "macro-F1:          \(String(format: "%.3f", report.macroF1))\n"
            out += "evidence accuracy: \(pct(report.evidenceAccuracy))\n\n"
            let labels = Verdict.allCases.map(\.rawValue)
            out += "confusion (rows: expected, columns: got)\n"
            out += "".padding(toLength: 18, withPad: " ", startingAt: 0) + labels.map { $0.padding(toLength: 17, withPad: " ", startingAt: 0) }.joined() + "\n"
            for expected in labels where report.confusion[expected] != nil {
                out += expected.padding(toLength: 18, withPad: " ", startingAt: 0)
                out += labels.map { String(report.confusion[expected]?[$0] ?? 0).padding(toLength: 17, withPad: " ", startingAt: 0) }.joined() + "\n"
            }
            out += "\nper label\n"
            for (label, scores) in report.perLabel.sorted(by: { $0.key < $1.key }) {
                out += "  \(label.padding(toLength: 18, withPad: " ", startingAt: 0)) P \(String(format: "%.3f", scores["precision"] ?? 0))  R \(String(format: "%.3f", scores["recall"] ?? 0))  F1 \(String(format: "%.3f", scores["f1"] ?? 0))  (n=\(Int(scores["support"] ?? 0)))\n"
            }
            out += "\nper category\n"
            for (category, score) in report.perCategory.sorted(by: { $0.key < $1.key }) {
                out += "  \(Terminal.clean(category).padding(toLength: 22, withPad: " ", startingAt: 0)) \(pct(score.accuracy).padding(toLength: 7, withPad: " ", startingAt: 0)) (\(score.correct)/\(score.total))\n"
            }
            out += "\nmisses: \(report.misses.count)\n"
            if !report.missesByRule.isEmpty {
                out += "  by rule: " + report.missesByRule.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
            }
            for miss in report.misses {
                out += "  line \(miss.line) [\(Terminal.clean(miss.category))] expected \(miss.expected), got \(miss.got) (rule \(miss.rule)): \(Terminal.clean(miss.statement))\n"
                out += "      \(Terminal.clean(miss.reason))\n"
            }
            Terminal.standardOutput.write(out)
        }
    }
}
