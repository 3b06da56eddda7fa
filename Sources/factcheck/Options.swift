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

    @Option(name: .long, help: ArgumentHelp("Which article to use when the bank path holds several.", valueName: "id"))
    var article: String?

    /// The banks selected by --bank, $FACTCHECK_BANK or the built-in default.
    func loadAll() throws(BankProblems) -> [FactBank] {
        if let path = bank ?? ProcessInfo.processInfo.environment["FACTCHECK_BANK"], !path.isEmpty {
            return try BankLoader.load(path: path)
        }
        return try BuiltInBanks.load()
    }

    /// The one bank a command works on.
    func loadOne() throws -> FactBank {
        let banks: [FactBank]
        do {
            banks = try loadAll()
        } catch {
            Terminal.standardError.write(error.description + "\n")
            throw ExitCode(Exit.dataError)
        }
        if let id = article {
            guard let match = banks.first(where: { $0.article.id == id }) else {
                Terminal.standardError.write("error: no article '\(Terminal.clean(id))'; the bank has: \(banks.map(\.article.id).joined(separator: ", "))\n")
                throw ExitCode(Exit.usage)
            }
            return match
        }
        guard let first = banks.first else { throw ExitCode(Exit.dataError) }
        if banks.count > 1 {
            Terminal.standardError.write("note: \(banks.count) articles in the bank; using '\(first.article.id)' (choose with --article)\n")
        }
        return first
    }
}

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    var style: Style { Style(choice: color, fd: STDOUT_FILENO) }
}

enum BuiltInBanks {
    static func load() throws(BankProblems) -> [FactBank] {
        var banks: [FactBank] = []
        for file in EmbeddedBanks.files {
            guard let data = Data(base64Encoded: file.base64) else {
                throw BankProblems([BankError(.unreadable, file: "built-in:\(file.name)", "the built-in bank is damaged")])
            }
            banks.append(try BankLoader.parse(data: data, file: "built-in:\(file.name)"))
        }
        if banks.isEmpty { throw BankProblems([BankError(.empty, file: "built-in", "no bank is built in")]) }
        return banks
    }
}
