import FactCheckCore
import Foundation
import GRDB

/// A problem with the progress database, with a message for the user.
public struct StoreError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable { case notADatabase, foreignDatabase, newerSchema, damaged, unavailable, diskFull, io }
    public var kind: Kind
    public var path: String
    public var message: String
    public var description: String { "\(TextFolding.sanitizeForTerminal(path)): error: \(message)" }
    public var errorDescription: String? { description }
}

/// What a session was for: a scheduled study session, practice, or a redo of the misses.
public enum SessionKind: String, Sendable, Codable {
    case study, practice, redo
}

/// One study session as saved. `bankID` is the article's id, or `SessionRecord.allArticles`
/// for a session across every article (each answer then names its own article).
public struct SessionRecord: Sendable, Codable, Equatable {
    /// The `bankID` of a session that studied several articles at once.
    public static let allArticles = "*"
    public var id: Int64
    public var bankID: String
    public var startedAt: Date
    public var endedAt: Date?
    public var seed: UInt64
    public var practice: Bool
    public var kind: SessionKind = .study
}

/// One judged answer as saved.
public struct AnswerRecord: Sendable, Codable, Equatable {
    public var id: Int64?
    public var sessionID: Int64
    public var position: Int
    public var questionID: String
    public var factID: String
    public var category: String
    public var type: String
    public var prompt: String
    public var given: String
    public var expected: String
    public var accepted: String?
    public var correct: Bool
    /// "correct", "wrong" or "skipped".
    public var verdict: String
    public var responseMilliseconds: Int
    public var rating: Int?
    public var stateBefore: MemoryState?
    public var stateAfter: MemoryState?
    public var answeredAt: Date
    /// The article the question came from (schema v3); nil in answers saved before v3, whose
    /// article is their session's.
    public var articleID: String? = nil
}

/// Sessions, answers and memory states in SQLite. Every answer is committed as soon as it is
/// judged, in WAL mode with a busy timeout, so that a crash or `kill -9` loses nothing already
/// answered and two sessions can share a database.
///
/// A file is looked at read-only before anything is written: one that is not SQLite, that
/// `PRAGMA quick_check` finds damaged, that belongs to another program or to a newer factcheck,
/// or that is not a regular file is refused with its path and left untouched. Reports open the
/// database read-only, and every stored value is checked as it is read.
public final class ProgressStore: Sendable {
    /// Written into the SQLite header of every factcheck database ("FCK1").
    public static let applicationID: Int32 = 0x4643_4B31
    /// The schema versions this program knows (GRDB migration identifiers).
    static let knownMigrations: Set<String> = ["v1", "v2", "v3"]
    let database: any DatabaseWriter
    public let path: String
    /// False for a blank database opened read-only: it holds no tables, so no sessions.
    let hasTables: Bool

    /// Opens (and for writing, creates) the progress database at `path`. With `readOnly`,
    /// nothing is ever written, not even SQLite's `-wal` and `-shm` files when the file is
    /// not ours to write.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists {
            let type = info.st_mode & S_IFMT
            if type != S_IFREG {
                let what = type == S_IFDIR ? "a directory" : type == S_IFCHR ? "a character device"
                    : type == S_IFBLK ? "a block device" : type == S_IFIFO ? "a named pipe" : type == S_IFSOCK ? "a socket" : "not a regular file"
                throw StoreError(kind: .unavailable, path: path,
                                 message: "the progress database must be a regular file, and this is \(what); it was left untouched — choose another path with --db")
            }
        } else if errno != ENOENT {
            throw StoreError(kind: .unavailable, path: path, message: "cannot reach the progress database: \(String(cString: strerror(errno)))")
        }
        let size = exists ? Int(info.st_size) : 0
        if exists && access(path, R_OK) != 0 {
            throw StoreError(kind: .unavailable, path: path, message: "cannot open the progress database for reading: \(String(cString: strerror(errno)))")
        }
        if readOnly && (!exists || size == 0) {
            // Nothing saved yet; a report must not create the file or turn it into a database.
            database = try Self.emptyQueue(path: path)
            hasTables = false
            return
        }
        // Refuse, without touching it, a file that is not SQLite at all.
        if size > 0 {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw StoreError(kind: .unavailable, path: path, message: "cannot open the progress database for reading")
            }
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            if header != Data("SQLite format 3\0".utf8) {
                throw StoreError(kind: .notADatabase, path: path,
                                 message: "this file is not a factcheck progress database (not SQLite); it was left untouched — choose another path with --db")
            }
        } else if !exists {
            let dir = PathName.split(path).folder
            if !dir.isEmpty {
                try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        }
        // Look inside an existing database read-only first: one made by another program, or a
        // damaged one, must not even be switched to WAL mode.
        var blank = true
        if size > 0 {
            blank = try Self.inspect(path: path)
        }
        if readOnly {
            if blank {
                database = try Self.emptyQueue(path: path)
                hasTables = false
                return
            }
            var config = Configuration()
            // A file we may write is opened as SQLite opens it for anyone, so that closing it
            // tidies the `-wal` and `-shm` files away; only reads are run on it. A file we may
            // not write is opened read-only.
            config.readonly = !Self.writable(path)
            config.busyMode = .timeout(10)
            do {
                database = try DatabaseQueue(path: config.readonly ? Self.immutableURI(path) : path, configuration: config)
            } catch {
                throw StoreError(kind: .unavailable, path: path, message: "cannot open the progress database: \(Self.describe(error))")
            }
            hasTables = true
            return
        }
        if access(path, W_OK) != 0 && exists {
            throw StoreError(kind: .unavailable, path: path,
                             message: "the progress database is read-only (\(String(cString: strerror(errno)))); answers cannot be saved — use --practice with another --db, or make it writable")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            database = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError(kind: .unavailable, path: path, message: "cannot open the progress database: \(Self.describe(error))")
        }
        hasTables = true
        try migrate()
    }

    /// The columns each migration adds to a table (v2: the session's kind; v3: each answer's article).
    static let addedColumns: [String: [String: Set<String>]] = [
        "v2": ["session": ["kind"]],
        "v3": ["answer": ["articleID"]],
    ]

    /// The columns a database with these migrations applied must have: v1's, and those of
    /// every later migration it records.
    static func expectedColumns(after migrations: Set<String>) -> [String: Set<String>] {
        var columns = expectedColumns
        for migration in migrations.sorted() {
            for (table, added) in addedColumns[migration] ?? [:] { columns[table, default: []].formUnion(added) }
        }
        return columns
    }

    /// The columns of schema v1, checked before anything is written.
    static let expectedColumns: [String: Set<String>] = [
        "session": ["id", "bankID", "startedAt", "endedAt", "seed", "practice"],
        "answer": ["id", "sessionID", "position", "questionID", "factID", "category", "type", "prompt", "given", "expected", "accepted",
                   "correct", "verdict", "responseMilliseconds", "rating", "stabilityBefore", "difficultyBefore", "phaseBefore",
                   "stabilityAfter", "difficultyAfter", "phaseAfter", "dueAfter", "answeredAt"],
        "memory": ["bankID", "itemID", "stability", "difficulty", "due", "reps", "lapses", "phase", "lastReview"],
    ]

    /// Whether this process may write the file and make SQLite's `-wal` and `-shm` files beside it.
    static func writable(_ path: String) -> Bool {
        let directory = PathName.split(path).folder
        return access(path, W_OK) == 0 && access(directory.isEmpty ? "." : directory, W_OK) == 0
    }

    /// A URI that opens the file as immutable: SQLite then reads a WAL-mode database it may
    /// not write without creating any file beside it.
    static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "%": encoded += "%25"
            case "?": encoded += "%3f"
            case "#": encoded += "%23"
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return "file:" + encoded + "?immutable=1"
    }

    /// An in-memory stand-in for a database with nothing in it yet (reports only).
    static func emptyQueue(path: String) throws(StoreError) -> DatabaseQueue {
        do { return try DatabaseQueue() } catch {
            throw StoreError(kind: .io, path: path, message: "cannot open an empty database: \(describe(error))")
        }
    }

    /// Checks an existing SQLite file read-only: intact (`quick_check`), and either ours with
    /// a schema this program knows or blank. Returns true when it is blank.
    static func inspect(path: String) throws(StoreError) -> Bool {
        // Only reads are run. A file this process may write is opened read-write all the same,
        // so that closing it removes the `-wal` and `-shm` files SQLite makes for a WAL database.
        let mayWrite = writable(path)
        var readOnly = Configuration()
        readOnly.readonly = !mayWrite
        readOnly.busyMode = .timeout(10)
        let untouched = "it was left untouched"
        do {
            let queue = try DatabaseQueue(path: mayWrite ? path : immutableURI(path), configuration: readOnly)
            defer { try? queue.close() }
            return try queue.read { db throws -> Bool in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check(5)")
                    .flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.hasPrefix("***") }
                if check != ["ok"] {
                    throw StoreError(kind: .damaged, path: path,
                                     message: "the progress database is damaged (quick_check: \(check.prefix(2).joined(separator: "; "))); \(untouched) — `sqlite3 FILE .recover` can save what is left, or choose another path with --db")
                }
                let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let objects = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                if appID == 0 && userVersion == 0 && objects.isEmpty { return true }
                if appID != applicationID {
                    throw StoreError(kind: .foreignDatabase, path: path,
                                     message: "this SQLite database belongs to another program; \(untouched) — choose another path with --db")
                }
                let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
                let migrations = tables.contains("grdb_migrations")
                    ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
                if !migrations.isSubset(of: knownMigrations) {
                    throw StoreError(kind: .newerSchema, path: path,
                                     message: "this progress database was made by a newer factcheck (schema \(migrations.subtracting(knownMigrations).sorted().joined(separator: ", "))); \(untouched) — update factcheck")
                }
                let ours = tables.intersection(expectedColumns.keys)
                if !migrations.contains("v1") && !ours.isEmpty {
                    throw StoreError(kind: .damaged, path: path,
                                     message: "the progress database has factcheck's tables but no record of its schema (grdb_migrations); \(untouched)")
                }
                if migrations.contains("v1") {
                    let missing = expectedColumns.keys.filter { !tables.contains($0) }.sorted()
                    if !missing.isEmpty {
                        throw StoreError(kind: .damaged, path: path,
                                         message: "the progress database is missing tables (\(missing.joined(separator: ", "))); \(untouched)")
                    }
                    for (table, columns) in expectedColumns(after: migrations).sorted(by: { $0.key < $1.key }) {
                        let present = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").compactMap { $0["name"] as String? })
                        let lost = columns.subtracting(present).sorted()
                        if !lost.isEmpty {
                            throw StoreError(kind: .damaged, path: path,
                                             message: "the progress database's table \(table) is missing columns (\(lost.joined(separator: ", "))); \(untouched)")
                        }
                    }
                }
                if migrations.contains("v1") { try validateAll(db, path: path) }
                return false
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw StoreError(kind: .damaged, path: path, message: "the progress database is damaged (\(error.message ?? "corrupt")); \(untouched)")
        } catch {
            throw StoreError(kind: .notADatabase, path: path, message: "the progress database cannot be read (\(describe(error))); \(untouched)")
        }
    }

    /// A GRDB error as one plain sentence (without the SQL that failed).
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        return String(describing: error)
    }

    /// The default place: $XDG_DATA_HOME/factcheck/progress.db.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["FACTCHECK_DB"], !explicit.isEmpty { return explicit }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return (base as NSString).appendingPathComponent("factcheck/progress.db")
    }

    func migrate() throws(StoreError) {
        do {
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in
                try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
                try db.create(table: "session") { t in
                    t.autoIncrementedPrimaryKey("id")
                    t.column("bankID", .text).notNull()
                    t.column("startedAt", .datetime).notNull()
                    t.column("endedAt", .datetime)
                    t.column("seed", .integer).notNull()
                    t.column("practice", .boolean).notNull()
                }
                try db.create(table: "answer") { t in
                    t.autoIncrementedPrimaryKey("id")
                    t.column("sessionID", .integer).notNull().indexed().references("session", onDelete: .cascade)
                    t.column("position", .integer).notNull()
                    t.column("questionID", .text).notNull()
                    t.column("factID", .text).notNull().indexed()
                    t.column("category", .text).notNull()
                    t.column("type", .text).notNull()
                    t.column("prompt", .text).notNull()
                    t.column("given", .text).notNull()
                    t.column("expected", .text).notNull()
                    t.column("accepted", .text)
                    t.column("correct", .boolean).notNull()
                    t.column("verdict", .text).notNull()
                    t.column("responseMilliseconds", .integer).notNull()
                    t.column("rating", .integer)
                    t.column("stabilityBefore", .double)
                    t.column("difficultyBefore", .double)
                    t.column("phaseBefore", .text)
                    t.column("stabilityAfter", .double)
                    t.column("difficultyAfter", .double)
                    t.column("phaseAfter", .text)
                    t.column("dueAfter", .datetime)
                    t.column("answeredAt", .datetime).notNull()
                }
                try db.create(table: "memory") { t in
                    t.column("bankID", .text).notNull()
                    t.column("itemID", .text).notNull()
                    t.column("stability", .double).notNull()
                    t.column("difficulty", .double).notNull()
                    t.column("due", .datetime).notNull()
                    t.column("reps", .integer).notNull()
                    t.column("lapses", .integer).notNull()
                    t.column("phase", .text).notNull()
                    t.column("lastReview", .datetime)
                    t.primaryKey(["bankID", "itemID"])
                }
            }
            // v2: what each session was for (older practice sessions read as practice).
            migrator.registerMigration("v2") { db in
                try db.alter(table: "session") { t in t.add(column: "kind", .text) }
            }
            // v3: the article of each answer, for sessions across several articles (older
            // answers have none: their article is their session's).
            migrator.registerMigration("v3") { db in
                try db.alter(table: "answer") { t in t.add(column: "articleID", .text) }
            }
            try migrator.migrate(database)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw StoreError(kind: .notADatabase, path: path, message: "the progress database is damaged (\(error.message ?? "corrupt")); it was left untouched")
        } catch {
            throw StoreError(kind: .io, path: path, message: "cannot prepare the progress database: \(error)")
        }
    }

    func wrap<T>(_ what: String = "the answer could not be saved", _ body: () throws -> T) throws(StoreError) -> T {
        do { return try body() } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw StoreError(kind: .diskFull, path: path, message: "the disk is full; \(what)")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            throw StoreError(kind: .damaged, path: path, message: "the progress database is damaged (\(Self.describe(error))); \(what)")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw StoreError(kind: .unavailable, path: path, message: "the progress database is read-only; \(what)")
        } catch {
            throw StoreError(kind: .io, path: path, message: "database error: \(Self.describe(error)); \(what)")
        }
    }

    public func startSession(bankID: String, seed: UInt64, practice: Bool, kind: SessionKind? = nil, at date: Date) throws(StoreError) -> SessionRecord {
        let kind = kind ?? (practice ? .practice : .study)
        return try wrap("the session could not be started") {
            try database.write { db in
                try db.execute(sql: "INSERT INTO session (bankID, startedAt, seed, practice, kind) VALUES (?, ?, ?, ?, ?)",
                               arguments: [bankID, date, Int64(bitPattern: seed), practice, kind.rawValue])
                return SessionRecord(id: db.lastInsertedRowID, bankID: bankID, startedAt: date, endedAt: nil, seed: seed, practice: practice,
                                     kind: kind)
            }
        }
    }

    public func endSession(_ id: Int64, at date: Date) throws(StoreError) {
        try wrap("the end of the session could not be saved") { try database.write { db in try db.execute(sql: "UPDATE session SET endedAt = ? WHERE id = ?", arguments: [date, id]) } }
    }

    /// Deletes a session and its answers (one ended before any answer).
    public func deleteSession(_ id: Int64) throws(StoreError) {
        try wrap("the empty session could not be removed") { try database.write { db in try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id]) } }
    }

    /// Saves an answer and the item's new memory state in one transaction.
    public func record(_ answer: AnswerRecord, bankID: String) throws(StoreError) {
        try wrap {
            try database.write { db in
                try db.execute(sql: """
                    INSERT INTO answer (sessionID, position, questionID, factID, category, type, prompt, given, expected,
                        accepted, correct, verdict, responseMilliseconds, rating, stabilityBefore, difficultyBefore, phaseBefore,
                        stabilityAfter, difficultyAfter, phaseAfter, dueAfter, answeredAt, articleID)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [answer.sessionID, answer.position, answer.questionID, answer.factID, answer.category,
                                     answer.type, answer.prompt, answer.given, answer.expected, answer.accepted, answer.correct,
                                     answer.verdict, answer.responseMilliseconds, answer.rating,
                                     answer.stateBefore.map { $0.phase == .new ? nil : $0.stability } ?? nil,
                                     answer.stateBefore.map { $0.phase == .new ? nil : $0.difficulty } ?? nil,
                                     answer.stateBefore?.phase.rawValue, answer.stateAfter?.stability, answer.stateAfter?.difficulty,
                                     answer.stateAfter?.phase.rawValue, answer.stateAfter?.due, answer.answeredAt,
                                     answer.articleID ?? bankID])
                if let state = answer.stateAfter {
                    try Self.save(state, item: answer.factID, bankID: bankID, db: db)
                }
            }
        }
    }

    /// Replaces the rating of the last answer of a session (the user overrode it).
    public func rerate(answerOf sessionID: Int64, position: Int, rating: Rating, stateAfter: MemoryState, factID: String, bankID: String) throws(StoreError) {
        try wrap {
            try database.write { db in
                try db.execute(sql: """
                    UPDATE answer SET rating = ?, stabilityAfter = ?, difficultyAfter = ?, phaseAfter = ?, dueAfter = ?
                    WHERE sessionID = ? AND position = ?
                    """, arguments: [rating.rawValue, stateAfter.stability, stateAfter.difficulty, stateAfter.phase.rawValue,
                                     stateAfter.due, sessionID, position])
                try Self.save(stateAfter, item: factID, bankID: bankID, db: db)
            }
        }
    }

    /// Deletes an answer taken back with /undo, and puts the item's memory back as it was
    /// (no row when the item had none).
    public func deleteAnswer(sessionOf sessionID: Int64, position: Int, restoring previous: MemoryState?, factID: String,
                             bankID: String) throws(StoreError) {
        try wrap("the answer could not be taken back") {
            try database.write { db in
                try db.execute(sql: "DELETE FROM answer WHERE sessionID = ? AND position = ?", arguments: [sessionID, position])
                if let previous {
                    try Self.save(previous, item: factID, bankID: bankID, db: db)
                } else {
                    try db.execute(sql: "DELETE FROM memory WHERE bankID = ? AND itemID = ?", arguments: [bankID, factID])
                }
            }
        }
    }

    /// Marks an answer as overruled by the user (/right): correct, verdict "overruled", and the
    /// rating and schedule a correct answer gets.
    public func overrule(answerOf sessionID: Int64, position: Int, rating: Rating?, stateAfter: MemoryState?, factID: String,
                         bankID: String) throws(StoreError) {
        try wrap("the answer could not be overruled") {
            try database.write { db in
                try db.execute(sql: """
                    UPDATE answer SET correct = 1, verdict = 'overruled', rating = ?, stabilityAfter = ?, difficultyAfter = ?,
                        phaseAfter = ?, dueAfter = ? WHERE sessionID = ? AND position = ?
                    """, arguments: [rating?.rawValue, stateAfter?.stability, stateAfter?.difficulty, stateAfter?.phase.rawValue,
                                     stateAfter?.due, sessionID, position])
                if let stateAfter { try Self.save(stateAfter, item: factID, bankID: bankID, db: db) }
            }
        }
    }

    static func save(_ state: MemoryState, item: String, bankID: String, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO memory (bankID, itemID, stability, difficulty, due, reps, lapses, phase, lastReview)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(bankID, itemID) DO UPDATE SET stability = excluded.stability, difficulty = excluded.difficulty,
                due = excluded.due, reps = excluded.reps, lapses = excluded.lapses, phase = excluded.phase,
                lastReview = excluded.lastReview
            """, arguments: [bankID, item, state.stability, state.difficulty, state.due, state.reps, state.lapses,
                             state.phase.rawValue, state.lastReview])
    }

    public func memory(bankID: String) throws(StoreError) -> [String: MemoryState] {
        guard hasTables else { return [:] }
        return try wrap("the schedule could not be read") {
            try database.read { db in
                var result: [String: MemoryState] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT * FROM memory WHERE bankID = ?", arguments: [bankID]) {
                    let (item, state) = try Self.memoryState(StoredRow(row: row, table: "memory", path: path))
                    result[item] = state
                }
                return result
            }
        }
    }

    /// The sessions, in order; with `bankID`, those of that article: its own, and the sessions
    /// across several articles that hold an answer of it.
    public func sessions(bankID: String? = nil) throws(StoreError) -> [SessionRecord] {
        guard hasTables else { return [] }
        let hasArticles = try hasArticleColumn()
        return try wrap("the sessions could not be read") {
            try database.read { db in
                let mixed = hasArticles
                    ? " OR (bankID = '\(SessionRecord.allArticles)' AND id IN (SELECT sessionID FROM answer WHERE articleID = ?))" : ""
                let filter = bankID == nil ? "" : " WHERE bankID = ?" + mixed
                let arguments: StatementArguments = bankID.map { hasArticles ? [$0, $0] : [$0] } ?? []
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM session" + filter + " ORDER BY id", arguments: arguments)
                return try rows.map { row in try Self.session(StoredRow(row: row, table: "session", path: path)) }
            }
        }
    }

    /// Whether the answers record their article (schema v3; a database opened read-only may be older).
    func hasArticleColumn() throws(StoreError) -> Bool {
        guard hasTables else { return false }
        return try wrap("the answers could not be read") {
            try database.read { db in try db.columns(in: "answer").contains { $0.name == "articleID" } }
        }
    }

    /// How many sessions studied each article (a session across several articles counts for each of them).
    public func sessionCounts() throws(StoreError) -> [String: Int] {
        guard hasTables else { return [:] }
        let article = try hasArticleColumn() ? "COALESCE(a.articleID, s.bankID)" : "s.bankID"
        return try wrap("the sessions could not be read") {
            try database.read { db in
                var counts: [String: Int] = [:]
                let rows = try Row.fetchAll(db, sql: """
                    SELECT article, COUNT(DISTINCT sid) AS n FROM
                        (SELECT s.id AS sid, \(article) AS article FROM session s LEFT JOIN answer a ON a.sessionID = s.id)
                    GROUP BY article
                    """)
                for row in rows {
                    guard let id: String = row["article"], let n: Int = row["n"] else { continue }
                    counts[id] = n
                }
                return counts
            }
        }
    }

    public func answers(sessionID: Int64) throws(StoreError) -> [AnswerRecord] {
        guard hasTables else { return [] }
        return try wrap("the answers could not be read") {
            try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM answer WHERE sessionID = ? ORDER BY position", arguments: [sessionID])
                    .map { row in try Self.answer(StoredRow(row: row, table: "answer", path: path)) }
            }
        }
    }

    /// A session; its kind is NULL before v2 (a practice session then reads as practice),
    /// otherwise one of study, practice and redo.
    static func session(_ cells: StoredRow) throws(StoreError) -> SessionRecord {
        let seed: Int64 = try cells.value("seed")
        let practice: Bool = try cells.value("practice")
        let kind: SessionKind
        if let name: String = try cells.optional("kind") {
            guard let known = SessionKind(rawValue: name) else { throw cells.bad("kind") }
            kind = known
        } else {
            kind = practice ? .practice : .study
        }
        return SessionRecord(id: try cells.value("id"), bankID: try cells.value("bankID"), startedAt: try cells.value("startedAt"),
                             endedAt: try cells.optional("endedAt"), seed: UInt64(bitPattern: seed), practice: practice, kind: kind)
    }

    static func memoryState(_ cells: StoredRow) throws(StoreError) -> (String, MemoryState) {
        let item: String = try cells.value("itemID")
        let phaseName: String = try cells.value("phase")
        guard let phase = MemoryPhase(rawValue: phaseName) else { throw cells.bad("phase") }
        return (item, MemoryState(stability: try cells.measure("stability"), difficulty: try cells.measure("difficulty"),
                                  due: try cells.value("due"), reps: try cells.count("reps"), lapses: try cells.count("lapses"),
                                  phase: phase, lastReview: try cells.optional("lastReview")))
    }

    /// Reads every stored row as the program will, so that a value it cannot use is found
    /// before anything is written.
    static func validateAll(_ db: Database, path: String) throws {
        let sessions = try Row.fetchCursor(db, sql: "SELECT * FROM session")
        while let row = try sessions.next() { _ = try session(StoredRow(row: row, table: "session", path: path)) }
        let answers = try Row.fetchCursor(db, sql: "SELECT * FROM answer")
        while let row = try answers.next() { _ = try answer(StoredRow(row: row, table: "answer", path: path)) }
        let memory = try Row.fetchCursor(db, sql: "SELECT * FROM memory")
        while let row = try memory.next() { _ = try memoryState(StoredRow(row: row, table: "memory", path: path)) }
    }

    static func answer(_ cells: StoredRow) throws(StoreError) -> AnswerRecord {
        func state(_ suffix: String) throws(StoreError) -> MemoryState? {
            guard let name: String = try cells.optional("phase" + suffix) else { return nil }
            guard let phase = MemoryPhase(rawValue: name) else { throw cells.bad("phase" + suffix) }
            return MemoryState(stability: try cells.measure("stability" + suffix, missing: 0), difficulty: try cells.measure("difficulty" + suffix, missing: 0),
                               due: try cells.optional("dueAfter") ?? Date(timeIntervalSince1970: 0), reps: 0, lapses: 0, phase: phase, lastReview: nil)
        }
        let milliseconds: Int = try cells.value("responseMilliseconds")
        if milliseconds < 0 { throw cells.bad("responseMilliseconds") }
        return AnswerRecord(id: try cells.value("id"), sessionID: try cells.value("sessionID"), position: try cells.value("position"),
                            questionID: try cells.value("questionID"), factID: try cells.value("factID"), category: try cells.value("category"),
                            type: try cells.value("type"), prompt: try cells.value("prompt"), given: try cells.value("given"),
                            expected: try cells.value("expected"), accepted: try cells.optional("accepted"), correct: try cells.value("correct"),
                            verdict: try cells.value("verdict"), responseMilliseconds: milliseconds, rating: try cells.optional("rating"),
                            stateBefore: try state("Before"), stateAfter: try state("After"), answeredAt: try cells.value("answeredAt"),
                            articleID: try cells.optional("articleID"))
    }
}

/// One stored row, read cell by cell: a value of the wrong type (text where a number belongs,
/// a number too large, a date that is not one) is an error naming the table, row and column,
/// never a trap.
struct StoredRow {
    let row: Row
    let table: String
    let path: String

    func bad(_ column: String) -> StoreError {
        let cell: DatabaseValue = row.hasColumn(column) ? (row[column] as DatabaseValue) : .null
        let key = row.hasColumn("id") ? "id" : "itemID"
        let id: DatabaseValue = row.hasColumn(key) ? (row[key] as DatabaseValue) : .null
        let shown = String(cell.description.prefix(60))
        let which = id.isNull ? "" : " \(id.description)"
        return StoreError(kind: .damaged, path: path,
                          message: "the progress database holds a value it cannot use: \(table)\(which), \(column) = \(shown); it was left untouched")
    }

    /// A value that must be present and of type `T`.
    func value<T: DatabaseValueConvertible>(_ column: String) throws(StoreError) -> T {
        guard row.hasColumn(column), let value = T.fromDatabaseValue(row[column] as DatabaseValue), Self.plausible(value) else { throw bad(column) }
        return value
    }

    /// NULL is nil; anything else must be a `T`.
    func optional<T: DatabaseValueConvertible>(_ column: String) throws(StoreError) -> T? {
        guard row.hasColumn(column) else { return nil }
        let cell: DatabaseValue = row[column]
        if cell.isNull { return nil }
        guard let value = T.fromDatabaseValue(cell), Self.plausible(value) else { throw bad(column) }
        return value
    }

    /// Dates between the years 1 and 9999, as SQLite's own date functions take them.
    static func plausible<T>(_ value: T) -> Bool {
        guard let date = value as? Date else { return true }
        let seconds = date.timeIntervalSince1970
        return seconds.isFinite && seconds >= -62_135_596_800 && seconds <= 253_402_300_799
    }

    /// A finite, non-negative number (stability, difficulty).
    func measure(_ column: String, missing: Double? = nil) throws(StoreError) -> Double {
        let value: Double?
        if let missing { value = try optional(column) ?? missing } else { value = try self.value(column) as Double }
        guard let value, value.isFinite, value >= 0, value < 1e9 else { throw bad(column) }
        return value
    }

    /// A count (repetitions, lapses): a non-negative integer.
    func count(_ column: String) throws(StoreError) -> Int {
        let value: Int = try self.value(column)
        guard value >= 0 else { throw bad(column) }
        return value
    }
}
