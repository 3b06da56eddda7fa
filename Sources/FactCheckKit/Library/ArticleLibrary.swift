import Foundation

/// Why a bank could not be stored in the library, with a message for the user.
public struct LibraryError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable {
        /// Another bank with this article id is stored already (use --force to replace it).
        case conflict
        /// The id is a built-in article's.
        case builtIn
        /// The id cannot name a file.
        case badID
        /// The library folder or the file cannot be written.
        case unwritable
        /// The disk is full.
        case diskFull
    }
    public var kind: Kind
    public var path: String
    public var message: String
    public var description: String { "\(TextFolding.sanitizeForTerminal(path)): error: \(message)" }
    public var errorDescription: String? { description }
}

/// The banks a person has added, one YAML file per article named by its id, in
/// `$XDG_DATA_HOME/factcheck/banks/` (beside the progress database).
public struct ArticleLibrary: Sendable {
    /// The folder that holds the stored banks.
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The default library: `$XDG_DATA_HOME/factcheck/banks` (by default `~/.local/share/factcheck/banks`).
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return (base as NSString).appendingPathComponent("factcheck/banks")
    }

    /// One stored bank: its article id and file.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var path: String
    }

    /// Whether `id` can name a stored bank: the bank format's id characters (lower-case letters,
    /// digits, '-', '_', '.'), not starting with '-' or '.', at most 200 characters.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 200, id.first != "-", id.first != "." else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }

    /// The file a bank with this article id is stored in.
    public func path(for id: String) -> String {
        (directory as NSString).appendingPathComponent(id + ".yaml")
    }

    /// The stored banks, by id. Only regular files named `ID.yaml` with a valid id count;
    /// a missing folder is an empty library.
    public func entries() -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name in
            let id = String(name.dropLast(".yaml".count))
            guard Self.isValidID(id) else { return nil }
            let file = path(for: id)
            var info = stat()
            guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Entry(id: id, path: file)
        }
    }

    /// Whether a bank with this id is stored.
    public func contains(_ id: String) -> Bool { entries().contains { $0.id == id } }

    /// The stored bank with this article id, read and checked as any bank file is.
    public func load(id: String) throws(BankProblems) -> FactBank {
        guard Self.isValidID(id), let entry = entries().first(where: { $0.id == id }) else {
            throw BankProblems([BankError(.unreadable, file: path(for: id), "no article '\(id)' in the library")])
        }
        let bank = try BankLoader.loadFile(entry.path)
        if bank.article.id != id {
            throw BankProblems([BankError(.schema, file: entry.path,
                                          "the stored bank's article id is '\(bank.article.id)', not '\(id)' as its file name says")])
        }
        return bank
    }

    /// What `add` did.
    public enum Outcome: Sendable, Equatable {
        /// Stored as a new article.
        case stored
        /// The same bank was stored already; nothing was written.
        case unchanged
        /// Another bank with the same id was replaced (--force).
        case replaced
    }

    /// Checks `data` as a bank (the same checks as `lint`) and stores it under its article id.
    /// A different bank with the same id is only replaced with `force`; the same bytes again
    /// write nothing. `reserved` holds ids that may not be used (the built-in articles').
    /// The file is written to a temporary file and renamed into place; a symbolic link or
    /// anything that is not a regular file is never replaced.
    public func add(_ data: Data, origin: String, force: Bool, reserved: Set<String> = []) throws -> (bank: FactBank, path: String, outcome: Outcome) {
        let bank = try BankLoader.parse(data: data, file: origin)
        let id = bank.article.id
        guard Self.isValidID(id) else {
            throw LibraryError(kind: .badID, path: origin, message: "the article id '\(id)' cannot name a stored bank (lower-case letters, digits, '-', '_' or '.')")
        }
        if reserved.contains(id) {
            throw LibraryError(kind: .builtIn, path: origin,
                               message: "'\(id)' is the id of a built-in article; give the bank another source.id")
        }
        let file = path(for: id)
        var info = stat()
        var outcome = Outcome.stored
        if lstat(file, &info) == 0 {
            if info.st_mode & S_IFMT != S_IFREG {
                throw LibraryError(kind: .unwritable, path: file, message: "this is not a regular file; it is never replaced — move it away first")
            }
            if let existing = FileManager.default.contents(atPath: file), existing == data {
                return (bank, file, .unchanged)
            }
            guard force else {
                throw LibraryError(kind: .conflict, path: file,
                                   message: "another bank with the article id '\(id)' is stored already; use --force to replace it")
            }
            outcome = .replaced
        }
        try makeDirectory()
        do {
            try AtomicFile.write(data, to: file, overwrite: outcome == .replaced)
        } catch {
            throw LibraryError(kind: error.kind == .diskFull ? .diskFull : .unwritable, path: file, message: error.message)
        }
        return (bank, file, outcome)
    }

    /// Creates the library folder (mode 0700 for the folders it makes).
    func makeDirectory() throws(LibraryError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw LibraryError(kind: .unwritable, path: directory, message: "the library folder is a file, not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw LibraryError(kind: .unwritable, path: directory, message: "cannot create the library folder: \(error.localizedDescription)")
        }
    }
}
