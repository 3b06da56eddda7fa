import ArgumentParser
import FactCheckKit
import Foundation

extension ReportFormat: ExpressibleByArgument {}

extension FactCheck {
    struct Report: ContextCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Export a score report: one session, or progress across sessions, as JSON, CSV, Markdown or HTML.",
            discussion: """
                With no selection, the last session. Sessions of every article are reported, each \
                named with its article; --article ID keeps one article's. The format follows the output file's extension \
                (.json, .csv, .md, .html) when --format is not given. Files are written atomically and \
                an existing file is only replaced with --force. Exit codes: 66 no session yet, 73 the \
                file exists or cannot be written, 74 the disk is full.
                """)

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "One session, by its number.")
        var session: Int64?

        @Flag(name: .long, help: "The last session (the default).")
        var last = false

        @Flag(name: .long, help: "Every session, with progress over time.")
        var all = false

        @Option(name: .long, help: ArgumentHelp("Sessions from this date (YYYY-MM-DD) on, with progress.", valueName: "date"))
        var since: String?

        @Option(name: .long, help: "json, csv, md or html.")
        var format: ReportFormat?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
                completion: .file(extensions: ["json", "csv", "md", "html"]))
        var outputFile: String?

        @Flag(name: .long, help: "Replace the output file if it exists.")
        var force = false

        @Option(name: .long, help: ArgumentHelp("The progress database.", valueName: "path"), completion: .file(extensions: ["db"]))
        var db: String?

        func validate() throws {
            let selections = [session != nil, last, all, since != nil].filter { $0 }.count
            if selections > 1 { throw ValidationError("choose one of --session, --last, --all, --since") }
            if let since, Self.parseDate(since) == nil { throw ValidationError("--since takes a date such as 2026-11-01") }
            if format == nil, let file = outputFile, ReportFormat.from(path: file) == nil {
                throw ValidationError("cannot tell the format from '\(file)'; give --format json|csv|md|html")
            }
        }

        static func parseDate(_ text: String) -> Date? {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = "yyyy-MM-dd"
            return f.date(from: text) ?? ISO8601DateFormatter().date(from: text)
        }

        /// With --article or --bank (or in the shell), the sessions of that article; otherwise
        /// those of every article, each named.
        func builder(context: AppContext, store: ProgressStore) -> ReportBuilder {
            let everyArticle = !context.isShell && bankOptions.article == nil && bankOptions.selection.path == nil
            guard everyArticle else { return ReportBuilder(bank: context.bank, store: store) }
            let banks = (try? ArticleCatalog.loadAll())?.map(\.index.bank) ?? []
            return ReportBuilder(banks: banks, store: store, first: context.bank)
        }

        func execute(in context: AppContext) throws {
            let path = db ?? context.databasePath ?? ProgressStore.defaultPath()
            guard FileManager.default.fileExists(atPath: path) else {
                Terminal.error("no study session yet (no progress database at \(Terminal.clean(path))); run `factcheck quiz` first")
                throw ExitCode(Exit.noInput)
            }
            let store: ProgressStore
            do { store = try ProgressStore(path: path, readOnly: true) } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(error.exitCode)
            }
            let selection: ReportBuilder.Selection
            if let session { selection = .session(session) }
            else if all { selection = .all }
            else if let since, let date = Self.parseDate(since) { selection = .since(date) }
            else { selection = .last }
            let report: FactCheckKit.Report
            do {
                report = try builder(context: context, store: store).build(selection, now: Date())
            } catch {
                if case .store(let problem) = error {
                    Terminal.standardError.write(problem.description + "\n")
                    throw ExitCode(problem.exitCode)
                }
                Terminal.error("\(Terminal.clean(error.description))")
                throw ExitCode(Exit.noInput)
            }
            let chosen = format ?? outputFile.flatMap(ReportFormat.from(path:)) ?? .md
            let text = ReportRenderer.render(report, as: chosen)
            guard let file = outputFile else {
                // On a terminal, control characters someone typed as an answer are shown, not obeyed.
                Terminal.standardOutput.write(Terminal.isTTY(STDOUT_FILENO)
                    ? TextFolding.sanitizeForTerminal(text, keepNewlines: true) : text)
                return
            }
            do {
                try AtomicFile.write(Data(text.utf8), to: file, overwrite: force)
            } catch {
                Terminal.standardError.write(error.description + "\n")
                throw ExitCode(error.kind == .diskFull ? Exit.ioError : Exit.cantCreate)
            }
            Terminal.standardError.write("wrote \(Terminal.clean(file)) (\(chosen.rawValue), \(plural(report.sessions.count, "session")))\n")
        }
    }
}
