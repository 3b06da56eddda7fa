import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an article to the library: a bank is checked (as lint does, and lint --deep as warnings) and stored under its article id.",
            discussion: """
                The library is $XDG_DATA_HOME/factcheck/banks (by default ~/.local/share/factcheck/banks), \
                one ID.yaml per article; --article ID then selects it in every command. A bank with \
                problems is refused with them; the same bank again changes nothing; another bank with \
                the same article id is only replaced with --force. Plain text or Markdown is drafted \
                into a bank first. Exit codes: 0 stored (or already stored), 65 the bank has problems \
                or the text cannot be drafted, 66 the file cannot be read, 73 another bank has this id \
                or the library cannot be written, 74 the disk is full.
                """)

        @Argument(help: ArgumentHelp("A bank (.yaml), or an article as plain text or Markdown; '-' reads standard input.", valueName: "article-or-bank"),
                  completion: .file())
        var input: String

        @Flag(name: .long, help: "Replace a stored bank with the same article id.")
        var force = false

        func run() throws {
            let data: Data
            switch InputFile.read(input == "-" ? "/dev/stdin" : input) {
            case .success(let bytes): data = bytes
            case .failure(let problem):
                Terminal.error("\(Terminal.clean(input)): \(problem.message)")
                throw ExitCode(problem.exitCode)
            }
            let origin = input == "-" ? "<stdin>" : input
            var bankData = data
            let drafted = BankDrafter.looksLikeArticle(path: input, firstBytes: data.prefix(4096))
            if drafted {
                guard let text = String(data: data, encoding: .utf8) else {
                    Terminal.error("\(Terminal.clean(origin)): the article is not valid UTF-8 text")
                    throw ExitCode(Exit.dataError)
                }
                do {
                    bankData = Data(try ArticleDrafting.draft(text, origin: origin).utf8)
                } catch {
                    Terminal.standardError.write(error.description + "\n")
                    Terminal.error("\(Terminal.clean(origin)) was not added: no bank could be drafted from it")
                    throw ExitCode(Exit.dataError)
                }
            }
            let library = ArticleCatalog.library
            let stored: (bank: FactBank, path: String, outcome: ArticleLibrary.Outcome)
            do {
                stored = try library.add(bankData, origin: origin, force: force, reserved: Set(ArticleCatalog.builtInIDs))
            } catch let problems as BankProblems {
                Terminal.standardError.write(problems.description + "\n")
                Terminal.error("\(Terminal.clean(origin)) was not added: the bank has problems (listed above)")
                throw ExitCode(Exit.dataError)
            } catch let error as LibraryError {
                Terminal.standardError.write(error.description + "\n")
                switch error.kind {
                case .builtIn, .badID: throw ExitCode(Exit.dataError)
                case .conflict, .unwritable: throw ExitCode(Exit.cantCreate)
                case .diskFull: throw ExitCode(Exit.ioError)
                }
            }
            let bank = stored.bank
            for s in BankCoverage.uncoveredSentences(bank) {
                Terminal.standardError.write("\(Terminal.clean(origin)): warning: sentence \(s + 1) is the evidence of no fact\n")
            }
            let what: String
            switch stored.outcome {
            case .stored: what = "added"
            case .replaced: what = "replaced"
            case .unchanged: what = "already in the library (unchanged)"
            }
            Terminal.standardOutput.write("\(what): \(Terminal.clean(bank.article.id)) — \(Terminal.clean(bank.article.title)) "
                + "(\(plural(bank.facts.count, "fact"))\(drafted ? ", drafted automatically from the text" : ""))\n"
                + "  stored in \(Terminal.clean(stored.path))\n"
                + (drafted && stored.outcome != .unchanged ? "  review the lines marked '# review:' there (or 'factcheck draft' the text, edit, and add the bank with --force)\n" : "")
                + "  use it with --article \(Terminal.clean(bank.article.id))\n")
            // Then the checks of `lint --deep` (statements that do not verify, aliases hiding a negation,
            // one-way antonyms ...) as warnings: the bank is stored, the user is told what to review.
            if stored.outcome != .unchanged {
                // A drafted bank's lines are those of the stored file, so the problems name it.
                let checked = drafted ? (try? BankLoader.parse(data: bankData, file: stored.path)) ?? bank : bank
                let problems = DeepLint.check(checked, checker: StatementChecker(bank: checked))
                for problem in problems {
                    Terminal.standardError.write(Terminal.clean(problem.description) + "\n    suggestion: " + Terminal.clean(problem.suggestion) + "\n")
                }
                if !problems.isEmpty {
                    Terminal.standardError.write("\(Terminal.clean(checked.origin)): \(plural(problems.count, "problem")) found by the deep check "
                        + "(listed above; 'factcheck lint --deep' on the stored file shows them again)\n")
                }
            }
        }
    }

    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "articles",
            abstract: "List the articles: the built-in ones and those added to the library, with facts, sessions and items due.",
            discussion: """
                Items due are counted as the quiz schedules them (FSRS). Sessions and due items come \
                from the progress database (--db, $FACTCHECK_DB or $XDG_DATA_HOME/factcheck/progress.db), \
                opened read-only.
                """)

        @Flag(name: .long, help: "Print the list as JSON.")
        var json = false

        @Option(name: .long, help: ArgumentHelp("The progress database.", valueName: "path"), completion: .file(extensions: ["db"]))
        var db: String?

        struct Row: Codable {
            var id: String
            var title: String
            var builtIn: Bool
            var facts: Int
            var sessions: Int
            var due: Int
            var new: Int
            var path: String?
        }

        func run() throws {
            let all: [(builtIn: Bool, index: BankIndex)]
            do { all = try ArticleCatalog.loadAll() } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(Exit.dataError)
            }
            let rows: [Row]
            do { rows = try Self.rows(all.map { ($0.builtIn, $0.index.bank) }, databasePath: db ?? ProgressStore.defaultPath()) } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(error.exitCode)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = (try? encoder.encode(rows)) ?? Data("[]".utf8)
                Terminal.standardOutput.write(SafeJSON.escapeInvisible(String(decoding: data, as: UTF8.self)) + "\n")
                return
            }
            Terminal.standardOutput.write(Self.table(rows) + "\n")
        }

        /// One row per article; the database is read, never written.
        static func rows(_ banks: [(builtIn: Bool, bank: FactBank)], databasePath: String) throws(StoreError) -> [Row] {
            let store = try ProgressStore(path: databasePath, readOnly: true)
            let sessions = try store.sessionCounts()
            let library = ArticleCatalog.library
            let now = Date()
            var rows: [Row] = []
            for (builtIn, bank) in banks {
                let id = bank.article.id
                let summary = QuizPlanner.dueSummary(facts: bank.facts, memory: try store.memory(bankID: id), now: now)
                rows.append(Row(id: id, title: bank.article.title, builtIn: builtIn, facts: bank.facts.count, sessions: sessions[id] ?? 0,
                                due: summary.due, new: summary.new, path: builtIn ? nil : library.path(for: id)))
            }
            return rows
        }

        /// A plain table: id, facts, sessions, due, then the title (marked when built in).
        static func table(_ rows: [Row]) -> String {
            let headers = ["ID", "FACTS", "SESSIONS", "DUE", "TITLE"]
            let cells = rows.map { row in
                [Terminal.clean(row.id), String(row.facts), String(row.sessions), String(row.due),
                 Terminal.clean(row.title) + (row.builtIn ? " (built in)" : "")]
            }
            var widths = headers.map(\.count)
            for line in cells { for (i, cell) in line.enumerated() where i < widths.count - 1 { widths[i] = max(widths[i], cell.count) } }
            func format(_ line: [String]) -> String {
                line.enumerated().map { i, cell in
                    if i == line.count - 1 { return cell }
                    let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                    return i == 0 ? cell + pad : pad + cell
                }.joined(separator: "  ")
            }
            return ([format(headers)] + cells.map(format)).joined(separator: "\n")
        }
    }
}

/// Turns an article's plain text or Markdown into a bank (YAML text), with the drafter of
/// `factcheck draft`.
enum ArticleDrafting {
    static func draft(_ text: String, origin: String) throws(BankProblems) -> String {
        try BankDrafter.draft(text: text, fileName: origin).yaml
    }
}
