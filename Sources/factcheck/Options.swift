import ArgumentParser
import FactCheckKit
import Foundation

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Options every command that reads a bank shares.
struct BankOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A bank file or a directory of bank files (default: the built-in bank, or $FACTCHECK_BANK).", valueName: "path"),
            completion: .file(extensions: ["yaml", "yml"]))
    var bank: String?

    @Option(name: .long, help: ArgumentHelp("Which article to use: one of the bank path's articles, or without --bank a built-in article or one added to the library ('factcheck articles' lists them).", valueName: "id"))
    var article: String?

    var selection: BankSelection { BankSelection(path: bank, article: article) }

    /// The one bank a command works on, indexed.
    func loadOne() throws -> BankIndex { try selection.load() }
}

/// Which bank to use: --bank (or $FACTCHECK_BANK) and --article, as plain values.
struct BankSelection {
    var path: String?
    var article: String?

    init(path: String?, article: String?) {
        let chosen = path ?? Terminal.environment("FACTCHECK_BANK")
        self.path = chosen?.isEmpty == false ? chosen : nil
        self.article = article
    }

    /// The bank, indexed: a built-in bank comes ready, a bank file is read, checked and indexed now.
    func load() throws -> BankIndex {
        do {
            guard let path else {
                // An article named without a bank path: a built-in one, then one in the library.
                if let id = article, !EmbeddedBanks.banks.contains(where: { $0.article == id }) {
                    return try ArticleCatalog.index(id: id)
                }
                if EmbeddedBanks.banks.isEmpty { throw BankProblems([BankError(.empty, file: "built-in", "no bank is built in")]) }
                let entry = try choose(from: EmbeddedBanks.banks.map { ($0.article, $0) })
                return try BuiltInBanks.index(named: entry.name, snapshot: entry.snapshot)
            }
            if let drafted = try Self.draftIfArticle(path) { return BankIndex(bank: drafted) }
            let banks = try BankLoader.load(path: path)
            return BankIndex(bank: try choose(from: banks.map { ($0.article.id, $0) }))
        } catch let error as BankProblems {
            Terminal.standardError.write(error.description + "\n")
            // A bank that is not there (or cannot be opened) is missing input, not bad data.
            throw ExitCode(error.errors.allSatisfy { $0.kind == .unreadable } ? Exit.noInput : Exit.dataError)
        }
    }

    /// A plain article given where a bank goes (`--bank story.txt`): drafted in memory, with a
    /// note on standard error saying so and how to save the draft for review.
    static func draftIfArticle(_ path: String) throws(BankProblems) -> FactBank? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        guard BankDrafter.looksLikeArticle(path: path, firstBytes: head) else { return nil }
        let rest = (try? handle.read(upToCount: BankDrafter.maximumArticleSize + 1)) ?? Data()
        guard let text = String(data: head + rest, encoding: .utf8) else {
            throw BankProblems([BankError(.invalidUTF8, file: path, "the article is not valid UTF-8 text")])
        }
        let drafted = try BankDrafter.draft(text: text, fileName: path)
        Terminal.standardError.write("note: \(Terminal.clean(path)) is an article, not a bank: using an automatic draft "
            + "(\(drafted.bank.facts.count) facts); to review it, save it with 'factcheck draft \(Terminal.clean(path)) -o bank.yaml'\n")
        return drafted.bank
    }

    /// The bank --article names, or the first one (with a note when there are several).
    func choose<T>(from banks: [(id: String, bank: T)]) throws -> T {
        if let id = article {
            guard let match = banks.first(where: { $0.id == id }) else {
                Terminal.error("no article '\(Terminal.clean(id))'; the bank has: \(banks.map(\.id).joined(separator: ", "))")
                throw ExitCode(Exit.usage)
            }
            return match.bank
        }
        guard let first = banks.first else { throw ExitCode(Exit.dataError) }
        if banks.count > 1 {
            Terminal.standardError.write("note: \(banks.count) articles in the bank; using '\(first.id)' (choose with --article)\n")
        }
        return first.bank
    }
}

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    var style: Style { Style(choice: color, fd: STDOUT_FILENO) }
}

/// The banks under `questions/`, read, checked and indexed when the program was built.
enum BuiltInBanks {
    /// One built-in bank, ready to check statements against.
    static func index(named name: String, snapshot: String) throws(BankProblems) -> BankIndex {
        let file = "built-in:\(name)"
        guard let data = Data(base64Encoded: snapshot) else {
            throw BankProblems([BankError(.unreadable, file: file, "the built-in bank is damaged")])
        }
        do {
            return try BankIndex(snapshot: Array(data))
        } catch {
            throw BankProblems([BankError(.unreadable, file: file, "the built-in bank is damaged: \(error.description)")])
        }
    }

    /// Every built-in bank.
    static func loadAll() throws(BankProblems) -> [BankIndex] {
        if EmbeddedBanks.banks.isEmpty { throw BankProblems([BankError(.empty, file: "built-in", "no bank is built in")]) }
        var result: [BankIndex] = []
        for entry in EmbeddedBanks.banks { result.append(try index(named: entry.name, snapshot: entry.snapshot)) }
        return result
    }
}

/// Every article the program knows: the built-in ones and those added to the library.
enum ArticleCatalog {
    /// The library in its default place ($XDG_DATA_HOME/factcheck/banks).
    static var library: ArticleLibrary { ArticleLibrary(directory: ArticleLibrary.defaultDirectory()) }

    /// The built-in articles' ids, in order.
    static var builtInIDs: [String] { EmbeddedBanks.banks.map(\.article) }

    /// Every article id: the built-in ones first, then the library's (a stored bank cannot
    /// take a built-in id).
    static func allIDs() -> [String] {
        let builtIn = builtInIDs
        return builtIn + library.entries().map(\.id).filter { !builtIn.contains($0) }
    }

    /// The article with this id, indexed; an unknown id is a usage error that lists the ids.
    static func index(id: String) throws -> BankIndex {
        if let entry = EmbeddedBanks.banks.first(where: { $0.article == id }) {
            return try BuiltInBanks.index(named: entry.name, snapshot: entry.snapshot)
        }
        let library = self.library
        guard ArticleLibrary.isValidID(id), library.contains(id) else {
            Terminal.error("no article '\(Terminal.clean(id))'; the articles are: \(allIDs().joined(separator: ", ")) ('factcheck articles' lists them)")
            throw ExitCode(Exit.usage)
        }
        return BankIndex(bank: try library.load(id: id))
    }

    /// Every article, indexed: the built-in ones, then the library's. A stored bank that no
    /// longer loads is left out with a warning on standard error.
    static func loadAll() throws(BankProblems) -> [(builtIn: Bool, index: BankIndex)] {
        var result = try BuiltInBanks.loadAll().map { (builtIn: true, index: $0) }
        let builtIn = Set(builtInIDs)
        for entry in library.entries() where !builtIn.contains(entry.id) {
            do throws(BankProblems) {
                result.append((false, BankIndex(bank: try library.load(id: entry.id))))
            } catch {
                Terminal.standardError.write("warning: a stored bank is left out:\n" + error.description + "\n")
            }
        }
        return result
    }
}
