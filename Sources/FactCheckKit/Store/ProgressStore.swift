import Foundation
import GRDB

/// A problem with the progress database, with a message for the user.
public struct StoreError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public enum Kind: String, Sendable { case notADatabase, foreignDatabase, newerSchema, unavailable, io }
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

/// One study session as saved.
public struct SessionRecord: Sendable, Codable, Equatable {
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
}

/// Sessions, answers and memory states in SQLite. Every answer is committed as soon as it is
/// judged, in WAL mode with a busy timeout, so that a crash or `kill -9` loses nothing already
/// answered and two sessions can share a database.
public final class ProgressStore: Sendable {
    /// Written into the SQLite header of every factcheck database ("FCK1").
    public static let applicationID: Int32 = 0x4643_4B31
    let pool: DatabasePool
    public let path: String

    public init(path: String) throws(StoreError) {
        self.path = path
        let fm = FileManager.default
        // Refuse, without touching it, a file that is not SQLite at all.
        if fm.fileExists(atPath: path) {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw StoreError(kind: .unavailable, path: path, message: "cannot open the progress database for reading")
            }
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
                throw StoreError(kind: .notADatabase, path: path,
                                 message: "this file is not a factcheck progress database (not SQLite); it was left untouched — choose another path with --db")
            }
        } else {
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        }
        // Look inside an existing database read-only first: one made by another program must
        // not even be switched to WAL mode.
        if fm.fileExists(atPath: path), ((try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0 {
            var readOnly = Configuration()
            readOnly.readonly = true
            readOnly.busyMode = .timeout(10)
            do {
                let queue = try DatabaseQueue(path: path, configuration: readOnly)
                let (appID, tables): (Int32, Int) = try queue.read { db in
                    (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                     try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'sqlite_%'") ?? 0)
                }
                try queue.close()
                if appID != Self.applicationID && (appID != 0 || tables > 0) {
                    throw StoreError(kind: .foreignDatabase, path: path,
                                     message: "this SQLite database belongs to another program; it was left untouched — choose another path with --db")
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(kind: .notADatabase, path: path, message: "the progress database cannot be read (\(error)); it was left untouched")
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError(kind: .notADatabase, path: path, message: "cannot open the progress database: \(error)")
        }
        try migrate()
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
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw StoreError(kind: .notADatabase, path: path, message: "the progress database is damaged (\(error.message ?? "corrupt")); it was left untouched")
        } catch {
            throw StoreError(kind: .io, path: path, message: "cannot prepare the progress database: \(error)")
        }
    }

    func wrap<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do { return try body() } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw StoreError(kind: .io, path: path, message: "the disk is full; the answer could not be saved")
        } catch {
            throw StoreError(kind: .io, path: path, message: "database error: \(error)")
        }
    }

    public func startSession(bankID: String, seed: UInt64, practice: Bool, kind: SessionKind? = nil, at date: Date) throws(StoreError) -> SessionRecord {
        let kind = kind ?? (practice ? .practice : .study)
        return try wrap {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO session (bankID, startedAt, seed, practice, kind) VALUES (?, ?, ?, ?, ?)",
                               arguments: [bankID, date, Int64(bitPattern: seed), practice, kind.rawValue])
                return SessionRecord(id: db.lastInsertedRowID, bankID: bankID, startedAt: date, endedAt: nil, seed: seed, practice: practice,
                                     kind: kind)
            }
        }
    }

    public func endSession(_ id: Int64, at date: Date) throws(StoreError) {
        try wrap { try pool.write { db in try db.execute(sql: "UPDATE session SET endedAt = ? WHERE id = ?", arguments: [date, id]) } }
    }

    /// Deletes a session and its answers (one ended before any answer).
    public func deleteSession(_ id: Int64) throws(StoreError) {
        try wrap { try pool.write { db in try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id]) } }
    }

    /// Saves an answer and the item's new memory state in one transaction.
    public func record(_ answer: AnswerRecord, bankID: String) throws(StoreError) {
        try wrap {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO answer (sessionID, position, questionID, factID, category, type, prompt, given, expected,
                        accepted, correct, verdict, responseMilliseconds, rating, stabilityBefore, difficultyBefore, phaseBefore,
                        stabilityAfter, difficultyAfter, phaseAfter, dueAfter, answeredAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [answer.sessionID, answer.position, answer.questionID, answer.factID, answer.category,
                                     answer.type, answer.prompt, answer.given, answer.expected, answer.accepted, answer.correct,
                                     answer.verdict, answer.responseMilliseconds, answer.rating,
                                     answer.stateBefore.map { $0.phase == .new ? nil : $0.stability } ?? nil,
                                     answer.stateBefore.map { $0.phase == .new ? nil : $0.difficulty } ?? nil,
                                     answer.stateBefore?.phase.rawValue, answer.stateAfter?.stability, answer.stateAfter?.difficulty,
                                     answer.stateAfter?.phase.rawValue, answer.stateAfter?.due, answer.answeredAt])
                if let state = answer.stateAfter {
                    try Self.save(state, item: answer.factID, bankID: bankID, db: db)
                }
            }
        }
    }

    /// Replaces the rating of the last answer of a session (the user overrode it).
    public func rerate(answerOf sessionID: Int64, position: Int, rating: Rating, stateAfter: MemoryState, factID: String, bankID: String) throws(StoreError) {
        try wrap {
            try pool.write { db in
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
        try wrap {
            try pool.write { db in
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
        try wrap {
            try pool.write { db in
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
        try wrap {
            try pool.read { db in
                var result: [String: MemoryState] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT * FROM memory WHERE bankID = ?", arguments: [bankID]) {
                    let phase = MemoryPhase(rawValue: row["phase"] ?? "new") ?? .new
                    result[row["itemID"]] = MemoryState(stability: row["stability"], difficulty: row["difficulty"], due: row["due"],
                                                        reps: row["reps"], lapses: row["lapses"], phase: phase, lastReview: row["lastReview"])
                }
                return result
            }
        }
    }

    public func sessions(bankID: String? = nil) throws(StoreError) -> [SessionRecord] {
        try wrap {
            try pool.read { db in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM session" + (bankID == nil ? "" : " WHERE bankID = ?") + " ORDER BY id",
                                            arguments: bankID.map { [$0] } ?? [])
                return rows.map { row in
                    SessionRecord(id: row["id"], bankID: row["bankID"], startedAt: row["startedAt"], endedAt: row["endedAt"],
                                  seed: UInt64(bitPattern: row["seed"] as Int64), practice: row["practice"],
                                  kind: (row["kind"] as String?).flatMap(SessionKind.init(rawValue:))
                                      ?? ((row["practice"] as Bool) ? .practice : .study))
                }
            }
        }
    }

    public func answers(sessionID: Int64) throws(StoreError) -> [AnswerRecord] {
        try wrap {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM answer WHERE sessionID = ? ORDER BY position", arguments: [sessionID]).map(Self.answer)
            }
        }
    }

    static func answer(_ row: Row) -> AnswerRecord {
        func state(_ suffix: String) -> MemoryState? {
            guard let phase = (row["phase" + suffix] as String?).flatMap(MemoryPhase.init(rawValue:)) else { return nil }
            return MemoryState(stability: row["stability" + suffix] ?? 0, difficulty: row["difficulty" + suffix] ?? 0,
                               due: row["dueAfter"] ?? Date(timeIntervalSince1970: 0), reps: 0, lapses: 0, phase: phase, lastReview: nil)
        }
        return AnswerRecord(id: row["id"], sessionID: row["sessionID"], position: row["position"], questionID: row["questionID"],
                            factID: row["factID"], category: row["category"], type: row["type"], prompt: row["prompt"],
                            given: row["given"], expected: row["expected"], accepted: row["accepted"], correct: row["correct"],
                            verdict: row["verdict"], responseMilliseconds: row["responseMilliseconds"], rating: row["rating"],
                            stateBefore: state("Before"), stateAfter: state("After"), answeredAt: row["answeredAt"])
    }
}
