import ArgumentParser
import FactCheckKit
import Foundation

/// What a command needs to run: the bank, its checker and how to print. The command-line
/// program makes one per run; the REPL makes one and keeps it.
final class AppContext {
    let bank: FactBank
    let checker: StatementChecker
    var style: Style
    /// Set by the REPL so that a quiz reads answers through its line editor.
    var answers: AnswerSource?
    /// The questions missed in the last session, for /redo.
    var lastMisses: [Question] = []
    /// The other articles of the last session, when it studied several (for /redo).
    var lastOthers: [(bank: FactBank, checker: StatementChecker?)] = []
    /// True in the shell: a report is then about the shell's article unless told otherwise.
    var isShell = false
    /// The progress database the last session used.
    var databasePath: String?

    init(index: BankIndex, style: Style) {
        self.bank = index.bank
        self.checker = StatementChecker(index: index)
        self.style = style
    }

    convenience init(bank: FactBank, style: Style) {
        self.init(index: BankIndex(bank: bank), style: style)
    }

    var width: Int { Terminal.width() }

    static func load(_ bankOptions: BankOptions, _ output: OutputOptions) throws -> AppContext {
        AppContext(index: try bankOptions.loadOne(), style: output.style)
    }
}

/// A command that runs the same way from the command line and from the REPL.
protocol ContextCommand: ParsableCommand {
    var bankOptions: BankOptions { get }
    var output: OutputOptions { get }
    func execute(in context: AppContext) throws
}

extension ContextCommand {
    func run() throws {
        try execute(in: AppContext.load(bankOptions, output))
    }
}

extension StoreError {
    /// The documented exit code: 65 a damaged, foreign or newer database, 66 one that cannot be
    /// opened, 74 the disk is full or another I/O error.
    var exitCode: Int32 {
        switch kind {
        case .notADatabase, .foreignDatabase, .newerSchema, .damaged: Exit.dataError
        case .unavailable: Exit.noInput
        case .diskFull, .io: Exit.ioError
        }
    }
}
