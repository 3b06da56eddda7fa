import ArgumentParser
import FactCheckKit
import Foundation
import LineEditing

extension FactCheck {
    struct Repl: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "repl",
            abstract: "The interactive shell (the default): check statements, look up facts and people.",
            discussion: """
                Type a statement to check it, or a command starting with '/': /help lists them. \
                On a terminal, lines are edited with libedit (emacs keys, Ctrl-R searches the history, \
                Tab completes); Ctrl-C cancels the line and Ctrl-D leaves. With standard input from a \
                pipe or file, lines are read plainly with no prompt, and the exit code is 64 if any \
                line was a bad command, 0 otherwise.
                """)

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Flag(name: [.customShort("n"), .customLong("no-line-editing")], help: "Read lines plainly even on a terminal.")
        var noLineEditing = false

        func run() throws {
            let context = try AppContext.load(bankOptions, output)
            context.isShell = true
            let shell = Shell(context: context)
            let ok = shell.run(lineEditing: !noLineEditing)
            if !ok { throw ExitCode(Exit.usage) }
        }
    }
}

/// The REPL: reads lines, runs commands through the same parser as the command line, and
/// checks every other line as a statement.
final class Shell {
    /// The shell's article and settings; /use replaces it with another article's.
    var context: AppContext
    var failed = false
    var quit = false

    struct Command {
        var name: String
        var summary: String
        var usage: String
        /// The command-line subcommand that implements it, if any.
        var subcommand: ParsableCommand.Type?
    }

    lazy var commands: [Command] = [
        Command(name: "help", summary: "List the commands, or explain one: /help CMD", usage: "/help [command]", subcommand: nil),
        Command(name: "verify", summary: "Check a statement (any line that is not a command does the same)",
                usage: "/verify STATEMENT", subcommand: FactCheck.Verify.self),
        Command(name: "facts", summary: "List the facts, optionally of one category", usage: "/facts [--category C]",
                subcommand: FactCheck.Facts.self),
        Command(name: "who", summary: "Who or what a name refers to, with the facts about them", usage: "/who NAME",
                subcommand: FactCheck.Who.self),
        Command(name: "quiz", summary: "A study session (same options as `factcheck quiz`)",
                usage: "/quiz [--count N] [--category C] [--type T] [--practice]", subcommand: FactCheck.Quiz.self),
        Command(name: "items", summary: "Every fact with its schedule: state, due date, stability, reps, lapses",
                usage: "/items [--due] [--category C] [TEXT]", subcommand: FactCheck.Items.self),
        Command(name: "articles", summary: "List the articles: built-in and added, with facts, sessions and items due",
                usage: "/articles [--json]", subcommand: FactCheck.Articles.self),
        Command(name: "use", summary: "Switch to another article by its id (progress is kept per article)", usage: "/use ID",
                subcommand: nil),
        Command(name: "redo", summary: "Ask again the questions missed in the last session", usage: "/redo", subcommand: nil),
        Command(name: "export", summary: "Write the last session's report; the format follows the extension (.html .md .csv .json)",
                usage: "/export FILE [--session N|--all|--since DATE]", subcommand: FactCheck.Report.self),
        Command(name: "quit", summary: "Leave (Ctrl-D does the same); /exit works too", usage: "/quit", subcommand: nil),
    ]

    init(context: AppContext) {
        self.context = context
    }

    static var historyFile: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((env["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/state")
        return (base as NSString).appendingPathComponent("factcheck/history")
    }

    /// Runs until the input ends or /quit. Returns false if any line of a script failed; a
    /// person at the prompt saw each error as it came, so an interactive session ends with
    /// success, as psql's does.
    func run(lineEditing: Bool) -> Bool {
        if lineEditing, let editor = LineEditor(program: "factcheck", historyFile: Self.historyFile) {
            editor.prompt = "factcheck> "
            context.answers = EditorAnswers(editor: editor)
            editor.completer = { [unowned self] before in self.complete(before) }
            Terminal.standardOutput.write(banner() + "\n")
            while !quit {
                switch editor.readLine() {
                case .endOfInput:
                    Terminal.standardOutput.write("\n")
                    quit = true
                case .interrupted:
                    Terminal.standardOutput.write("^C\n")
                case .line(let line):
                    editor.addHistory(line)
                    handle(line)
                }
            }
            if let problem = editor.historyProblem {
                Terminal.standardError.write("warning: the history was not saved to \(Terminal.clean(Self.historyFile)): \(problem)\n")
            }
            return true
        } else {
            let plain = PlainAnswers(echoPrompt: false)
            context.answers = plain
            while !quit, let line = plain.nextLine() {
                switch line {
                case .text(_, let text): handle(text)
                case .tooLong(let n):
                    failed = true
                    Terminal.standardError.write("error: line \(n) is longer than 64 KiB; skipped\n")
                case .invalidUTF8(let n):
                    failed = true
                    Terminal.standardError.write("error: line \(n) is not valid UTF-8; skipped\n")
                }
            }
        }
        return !failed
    }

    func banner() -> String {
        let bank = context.bank
        return context.style.bold("factcheck \(FactCheck.version)") + " — "
            + Terminal.clean(bank.article.title) + " (\(bank.facts.count) facts)\n"
            + "Type a statement to check it. /help lists the commands, /quit or Ctrl-D leaves."
    }

    func error(_ message: String) {
        failed = true
        Terminal.standardError.write(diagnostic(context.style.red("error:"), message, width: Terminal.width(STDERR_FILENO)))
    }

    func handle(_ raw: String) {
        let line = TextFolding.trimmed(raw)
        guard !line.isEmpty else { return }
        switch line.lowercased() {
        case "help", "?": return showHelp(nil)
        case "quit", "exit", "\\q": quit = true; return
        default: break
        }
        guard line.hasPrefix("/") else {
            verify(line)
            return
        }
        var words: [String]
        do {
            words = try ShellWords.split(String(line.dropFirst()))
        } catch {
            return self.error("\(error)")
        }
        guard !words.isEmpty else { return self.error("a command name must follow '/'; /help lists them") }
        let name = words.removeFirst().lowercased()
        switch name {
        case "quit", "exit", "q": quit = true
        case "help", "h": showHelp(words.first)
        case "redo": redo()
        case "use": use(words)
        case "export": export(words)
        default:
            guard let command = commands.first(where: { $0.name == name }) else {
                let suggestion = FactCheck.suggestion(for: name, among: commands.map(\.name))
                return error("unknown command '/\(name)'" + (suggestion.map { "; did you mean /\($0)?" } ?? "") + " (/help lists the commands)")
            }
            if command.name == "verify" {
                guard !words.isEmpty else { return error("usage: /verify STATEMENT") }
                // The statement is checked as typed, quotation marks and all.
                if words.allSatisfy({ !$0.hasPrefix("-") }) {
                    return verify(TextFolding.trimmed(String(line.dropFirst().drop { $0 != " " })))
                }
            }
            // /articles counts the sessions of the database this shell studies with.
            if command.name == "articles", let db = context.databasePath, !words.contains("--db") { words += ["--db", db] }
            runSubcommand(command, words)
        }
    }

    /// /use ID: the shell goes on with another article; its progress is that article's own.
    func use(_ words: [String]) {
        guard words.count == 1, let id = words.first else {
            return error("usage: /use ID (/articles lists the ids: \(ArticleCatalog.allIDs().joined(separator: ", ")))")
        }
        if id == context.bank.article.id {
            Terminal.standardOutput.write("already using \(Terminal.clean(id))\n")
            return
        }
        let index: BankIndex
        do {
            index = try ArticleCatalog.index(id: id)
        } catch let problems as BankProblems {
            return error(problems.description)
        } catch {
            // The catalogue has said what was wrong.
            failed = true
            return
        }
        let next = AppContext(index: index, style: context.style)
        next.answers = context.answers
        next.databasePath = context.databasePath
        next.isShell = true
        context = next
        Terminal.standardOutput.write("now using \(Terminal.clean(index.bank.article.id)) — \(Terminal.clean(index.bank.article.title)) "
            + "(\(plural(index.bank.facts.count, "fact")))\n")
    }

    func redo() {
        guard !context.lastMisses.isEmpty else {
            Terminal.standardOutput.write("Nothing to redo: no question was missed in this shell yet.\n")
            return
        }
        let runner = QuizRunner(context: context, json: false)
        do {
            let store = try ProgressStore(path: context.databasePath ?? ProgressStore.defaultPath())
            try runner.run(questions: context.lastMisses, store: store, seed: 0, practice: true, redo: true, fsrs: FSRS(),
                           others: context.lastOthers)
        } catch let error as StoreError {
            self.error(error.message)
        } catch {
            failed = true
        }
    }

    /// /export FILE: the report command writing to FILE, asking before it replaces a file.
    func export(_ words: [String]) {
        // The options that take a value keep it ("--session 1"); the one other word is the file.
        let takesValue: Set<String> = ["--session", "--since", "--format", "--db", "-o", "--output-file"]
        var file: String?
        var options: [String] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            if takesValue.contains(word), i + 1 < words.count {
                if word == "-o" || word == "--output-file" { file = words[i + 1] } else { options += [word, words[i + 1]] }
                i += 2
                continue
            }
            if word.hasPrefix("-") || file != nil { options.append(word) } else { file = word }
            i += 1
        }
        guard let file else { return error("usage: /export FILE [--session N | --all | --since DATE] [--format F] (.html, .md, .csv or .json)") }
        var arguments = ["-o", file] + options
        if FileManager.default.fileExists(atPath: file) && !arguments.contains("--force") {
            guard let answers = context.answers else { return error("\(file) exists; add --force to replace it") }
            if case .line(let reply) = answers.read(prompt: "\(Terminal.clean(file)) exists; replace it? [y/N] "),
               ["y", "yes"].contains(TextFolding.trimmed(reply).lowercased()) {
                arguments.append("--force")
            } else {
                Terminal.standardOutput.write("not written\n")
                return
            }
        }
        if let command = commands.first(where: { $0.name == "export" }) { runSubcommand(command, arguments) }
    }

    func verify(_ statement: String) {
        let result = context.checker.check(statement)
        Terminal.standardOutput.write(ResultRenderer.text(result, style: context.style, width: context.width) + "\n")
    }

    /// Runs a command through ArgumentParser, exactly as the command line would parse it.
    func runSubcommand(_ command: Command, _ arguments: [String]) {
        guard let type = command.subcommand else { return }
        let name = type._commandName
        do {
            let parsed = try FactCheck.parseAsRoot([name] + arguments)
            if let runnable = parsed as? any ContextCommand {
                try runnable.execute(in: context)
            } else {
                var mutable = parsed
                try mutable.run()
            }
        } catch let exit as ExitCode {
            if ![0, Exit.refuted, Exit.notAllSupported].contains(exit.rawValue) { failed = true }
        } catch let notFound as NotFound {
            self.error(notFound.description)
        } catch {
            let code = FactCheck.exitCode(for: error)
            if code == .success {
                Terminal.standardOutput.write(FactCheck.fullMessage(for: error) + "\n")
            } else {
                self.error(FactCheck.message(for: error) + " (usage: \(command.usage))")
            }
        }
    }

    func showHelp(_ topic: String?) {
        if let topic {
            let name = topic.hasPrefix("/") ? String(topic.dropFirst()) : topic
            guard let command = commands.first(where: { $0.name == name.lowercased() }) else {
                return error("no command '/\(name)'; /help lists them")
            }
            var text = "\(command.usage)\n  \(command.summary)\n"
            if let type = command.subcommand {
                // The shell already has its bank and colours: leave those options out of its help.
                let shellOnly = FactCheck.helpMessage(for: type, columns: min(context.width, 100))
                    .replacingOccurrences(of: "factcheck \(type._commandName)", with: "/\(command.name)")
                    .replacingOccurrences(of: "[--bank <path>] [--article <id>] [--color <color>] ", with: "")
                    .replacingOccurrences(of: "[--bank <path>] [--article <id>] ", with: "")
                var lines: [String] = []
                var skipping = false
                for line in shellOnly.split(separator: "\n", omittingEmptySubsequences: false) {
                    if ["  --bank", "  --article", "  --color", "  --version", "  -h, --help"].contains(where: { line.hasPrefix($0) }) {
                        skipping = true
                        continue
                    }
                    if skipping && line.hasPrefix("          ") { continue }
                    skipping = false
                    lines.append(String(line))
                }
                // An options heading left with no options goes too.
                if let heading = lines.firstIndex(of: "OPTIONS:"), heading + 1 >= lines.count || lines[heading + 1].isEmpty {
                    lines.remove(at: heading)
                }
                text += "\n" + lines.joined(separator: "\n")
            }
            text += examples(command.name)
            Terminal.standardOutput.write(text + "\n")
            return
        }
        var text = "Commands (type the name after '/'; Tab completes):\n"
        text += commandTable(commands.map { ($0.usage, $0.summary) }, style: context.style, width: context.width)
        text += "\nAny other line is a statement to check, for example:\n  \(exampleStatement)\n"
        Terminal.standardOutput.write(text)
    }

    /// A statement about the shell's own article: the first fact's, as the bank states it.
    var exampleStatement: String {
        TextFolding.sanitizeForTerminal(context.bank.facts.first?.statement ?? "Blinken met Wang on Friday.")
    }

    func examples(_ name: String) -> String {
        switch name {
        case "verify": return "\nExamples:\n  /verify \(exampleStatement)\n"
        case "facts": return "\nExamples:\n  /facts\n  /facts --category quote\n"
        case "items": return "\nExamples:\n  /items\n  /items --due\n  /items --category date Wang\n"
        case "who": return "\nExamples:\n  /who Blinken\n  /who America's top diplomat\n"
        case "use": return "\nExamples:\n  /articles\n  /use blinken-wang-meeting\n"
        case "quiz": return "\nExamples:\n  /quiz\n  /quiz --count 5 --category date --type multiple-choice\n  /quiz --practice --seed 7\n"
        default: return ""
        }
    }

    // MARK: Completion

    func complete(_ before: String) -> (wordStart: Int, candidates: [String]) {
        let bytes = before.utf8.count
        if before.hasPrefix("/") && !before.contains(" ") {
            let typed = before.dropFirst().lowercased()
            return (0, commands.map { "/" + $0.name }.filter { $0.dropFirst().hasPrefix(typed) })
        }
        let lastSpace = before.lastIndex(of: " ")
        let word = lastSpace.map { String(before[before.index(after: $0)...]) } ?? before
        let wordStart = bytes - word.utf8.count
        if before.hasPrefix("/") {
            let name = String(before.dropFirst().prefix { $0 != " " }).lowercased()
            let argument = String(before.drop { $0 != " " }.dropFirst())
            switch name {
            case "facts":
                let options = ["--category", "--json"] + FactCategory.allCases.map(\.rawValue)
                return (wordStart, options.filter { $0.hasPrefix(word) })
            case "who":
                // The whole argument is one name, spaces and all.
                let start = bytes - argument.utf8.count
                return (start, entityNames().filter { $0.lowercased().hasPrefix(argument.lowercased()) })
            case "help":
                return (wordStart, commands.map(\.name).filter { $0.hasPrefix(word.lowercased()) })
            case "use":
                return (wordStart, ArticleCatalog.allIDs().filter { $0.hasPrefix(word.lowercased()) })
            case "articles":
                return (wordStart, ["--json"].filter { $0.hasPrefix(word) })
            case "export":
                if word.hasPrefix("-") {
                    return (wordStart, ["--all", "--force", "--session", "--since", "--format", "--last"].filter { $0.hasPrefix(word) })
                }
                let previous = before.split(separator: " ").dropLast(word.isEmpty ? 0 : 1).last.map(String.init) ?? ""
                if previous == "--format" { return (wordStart, ["json", "csv", "md", "html"].filter { $0.hasPrefix(word) }) }
                if ["--session", "--since"].contains(previous) { return (wordStart, []) }
                return (wordStart, PathCompletion.candidates(for: word))
            case "items":
                let previous = before.split(separator: " ").dropLast(word.isEmpty ? 0 : 1).last.map(String.init) ?? ""
                let values = previous == "--category" ? FactCategory.allCases.map(\.rawValue) : ["--due", "--category", "--json"]
                return (wordStart, values.filter { $0.hasPrefix(word) })
            case "quiz":
                let previous = before.split(separator: " ").dropLast(word.isEmpty ? 0 : 1).last.map(String.init) ?? ""
                let values: [String]
                switch previous {
                case "--category": values = FactCategory.allCases.map(\.rawValue)
                case "--type": values = QuestionType.allCases.map(\.rawValue)
                default: values = ["--count", "--category", "--type", "--seed", "--practice", "--due", "--redo", "--retention", "--all-articles"]
                }
                return (wordStart, values.filter { $0.hasPrefix(word) })
            default:
                break
            }
        }
        // Inside a statement: names the article uses.
        guard let first = word.first, first.isLetter else { return (wordStart, []) }
        let typed = word.lowercased()
        let names: Set<String> = Set(entityNames().flatMap { $0.split(separator: " ").map(String.init) })
        let candidates = names.filter { name in
            guard name.count > 2, let initial = name.first, initial.isUppercase, !name.contains("'"), name != word else { return false }
            return name.lowercased().hasPrefix(typed)
        }
        return (wordStart, candidates.sorted())
    }

    func entityNames() -> [String] {
        var names: [String] = []
        for entity in context.bank.entities {
            for name in [entity.name] + entity.aliases where !names.contains(name) { names.append(name) }
        }
        return names
    }
}

/// File names for completion: the entries of the typed folder that start with the typed name.
/// Plain string work on the typed text (no NSString path methods, which trap on Linux for
/// one-character paths): "s" lists "./s*", "~" lists the home folder, "dir/x" lists "dir/x*".
enum PathCompletion {
    static func candidates(for typed: String, home: String = NSHomeDirectory()) -> [String] {
        // "~" alone means the home folder itself: complete it to "~/".
        if typed == "~" { return ["~/"] }
        let expanded = typed.hasPrefix("~/") ? home + typed.dropFirst() : typed
        // The folder part (up to and including the last slash) and the name being typed.
        let (shownDir, prefix): (String, String)
        if let slash = typed.lastIndex(of: "/") {
            shownDir = String(typed[...slash])
            prefix = String(typed[typed.index(after: slash)...])
        } else {
            shownDir = ""
            prefix = typed
        }
        let folder: String
        if let slash = expanded.lastIndex(of: "/") {
            let dir = String(expanded[...slash])
            folder = dir.isEmpty ? "." : dir
        } else {
            folder = "."
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDir)
            return isDir.boolValue ? shownDir + name + "/" : shownDir + name
        }
    }
}

/// Splits a command line into words, honouring single and double quotes.
enum ShellWords {
    struct UnclosedQuote: Error, CustomStringConvertible {
        var description: String { "a quotation mark is not closed" }
    }

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var hasWord = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if (c == "\"" || c == "'") && current.isEmpty && !hasWord {
                quote = c
                hasWord = true
            } else if c == " " || c == "\t" {
                if hasWord { words.append(current); current = ""; hasWord = false }
            } else {
                current.append(c)
                hasWord = true
            }
        }
        if quote != nil { throw UnclosedQuote() }
        if hasWord { words.append(current) }
        return words
    }
}
