import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Items: ContextCommand {
        static let configuration = CommandConfiguration(
            commandName: "items",
            abstract: "List every fact with its schedule: state, due date, stability, reps and lapses.",
            discussion: """
                Due items come first (most overdue first), then the ones scheduled, by due date, \
                then the new ones. Due dates are in local time. Filter by category, by --due, and by \
                text in the fact's id or statement. The progress database is the one `quiz` uses.
                """)

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: ArgumentHelp("Only facts of these categories (\(FactCategory.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "category"))
        var category: [FactCategory] = []

        @Flag(name: .long, help: "Only items due now.")
        var due = false

        @Option(name: .long, help: ArgumentHelp("The progress database.", valueName: "path"), completion: .file(extensions: ["db"]))
        var db: String?

        @Flag(name: .long, help: "Print JSON: one object per item, dates in ISO 8601 (UTC).")
        var json = false

        @Argument(help: ArgumentHelp("Only items whose id or statement contains this text.", valueName: "text"))
        var text: [String] = []

        func execute(in context: AppContext) throws {
            let path = db ?? context.databasePath ?? ProgressStore.defaultPath()
            var memory: [String: MemoryState] = [:]
            // No database yet: every item is new. The list only reads, so the database is opened
            // read-only, as a report opens it (nothing is created, migrated or written).
            if FileManager.default.fileExists(atPath: path) {
                do {
                    memory = try ProgressStore(path: path, readOnly: true).memory(bankID: context.bank.article.id)
                } catch {
                    Terminal.standardError.write(error.description + "\n")
                    throw ExitCode(error.exitCode)
                }
            }
            let now = Date()
            let filter = ItemList.Filter(categories: category, dueOnly: due, text: text.isEmpty ? nil : text.joined(separator: " "))
            let list = ItemList(bank: context.bank, memory: memory, filter: filter, now: now)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                let data = try encoder.encode(list.items)
                Terminal.standardOutput.write((String(data: data, encoding: .utf8) ?? "[]") + "\n")
                return
            }
            Terminal.standardOutput.write(Self.table(list.items, style: context.style, width: context.width, now: now))
            let counts = Dictionary(grouping: list.items, by: \.state).mapValues(\.count)
            var summary = plural(list.items.count, "item") + ": \(list.items.filter(\.isDue).count) due now"
            for state in ["learning", "relearning", "review", "new"] where counts[state, default: 0] > 0 {
                summary += ", \(counts[state, default: 0]) \(state)"
            }
            Terminal.standardOutput.write(context.style.dim(summary) + "\n")
        }

        /// Local date and time, to the minute.
        static func local(_ date: Date) -> String {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = .current
            f.dateFormat = "yyyy-MM-dd HH:mm"
            return f.string(from: date)
        }

        /// Columns as psql draws them; on a terminal the statement is cut to the width with "…".
        static func table(_ items: [ItemList.Item], style: Style, width: Int, now: Date) -> String {
            let header = ["ID", "CATEGORY", "STATE", "DUE", "STABILITY", "REPS", "LAPSES", "STATEMENT"]
            let rows = items.map { item -> [String] in
                [item.id, item.category, item.state,
                 item.due.map { local($0) + (item.isDue ? " (due)" : "") } ?? "—",
                 item.stability.map { String(format: "%.1f d", $0) } ?? "—",
                 String(item.reps), String(item.lapses), Terminal.clean(item.statement)]
            }
            var widths = header.map(\.count)
            for row in rows { for (i, cell) in row.enumerated().dropLast() { widths[i] = max(widths[i], cell.count) } }
            let fixed = widths.dropLast().reduce(0, +) + 2 * (header.count - 1)
            // Too narrow for the statement beside the columns: it goes on a line of its own.
            let below = width - fixed < 30
            let room = below ? max(20, width - 4) : width - fixed
            func cut(_ cell: String) -> String { cell.count > room ? String(cell.prefix(room - 1)) + "…" : cell }
            func line(_ cells: [String]) -> String {
                var out = ""
                for (i, cell) in cells.enumerated() {
                    if i == cells.count - 1 {
                        out = below ? String(out.reversed().drop { $0 == " " }.reversed()) + (cell == "STATEMENT" ? "" : "\n    " + cut(cell))
                            : out + cut(cell)
                    } else {
                        let numeric = i == 5 || i == 6
                        let pad = String(repeating: " ", count: widths[i] - cell.count)
                        out += (numeric ? pad + cell : cell + pad) + "  "
                    }
                }
                return out
            }
            var text = style.bold(line(header)) + "\n"
            for (row, item) in zip(rows, items) {
                let rendered = line(row)
                text += (item.isDue ? style.yellow(rendered) : rendered) + "\n"
            }
            return text
        }
    }
}
