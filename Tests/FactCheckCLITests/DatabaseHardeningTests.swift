import Foundation
import TestSupport
import GRDB
import Testing

/// The progress database as a careless or hostile user leaves it: wrong-typed cells, damaged
/// pages, other programs' files. Each is refused with its path and left byte for byte as it was.
@Suite struct DatabaseHardeningTests {
    static func sessionDB() throws -> String {
        let db = Scratch.directory + "hard-\(UUID().uuidString).db"
        let run = try Run.factcheck(["quiz", "--seed", "1", "--count", "3", "--db", db], stdin: "jan\nb\nWang Yi\n")
        #expect(run.status == 0, "\(run.stderr)")
        return db
    }

    static func execute(_ sql: String, in path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(arguments: [
        ("UPDATE answer SET responseMilliseconds = 'slow'", "responseMilliseconds"),
        ("UPDATE session SET startedAt = 'not a date'", "startedAt"),
        ("UPDATE session SET seed = 1e20", "seed"),
        ("UPDATE answer SET correct = 'maybe'", "correct"),
        ("UPDATE memory SET stability = 'abc'", "stability"),
        ("UPDATE session SET kind = 'cram'", "kind"),
    ])
    func wrongTypedCellsAreErrorsNotTraps(sql: String, column: String) throws {
        let db = try Self.sessionDB()
        try Self.execute(sql, in: db)
        let before = Self.bytes(db)
        let report = try Run.factcheck(["report", "--all", "--db", db])
        #expect(report.status == 65, "\(report.stderr)")
        #expect(report.stderr.contains(column) && report.stderr.contains(db))
        let quiz = try Run.factcheck(["quiz", "--count", "1", "--redo", "--db", db], stdin: "a\n")
        #expect(quiz.status == 65, "\(quiz.stderr)")
        let items = try Run.factcheck(["items", "--db", db])
        #expect(items.status == 65, "\(items.stderr)")
        #expect(Self.bytes(db) == before)
    }

    /// Schema v2 (the session's kind): a database that records v2 must have the column; one
    /// made before v2 is checked as v1 and then migrated.
    @Test func schemaV2IsCheckedAndV1IsMigrated() throws {
        let damaged = try Self.sessionDB()
        try Self.execute("ALTER TABLE session DROP COLUMN kind", in: damaged)
        let before = Self.bytes(damaged)
        let refused = try Run.factcheck(["quiz", "--count", "1", "--db", damaged], stdin: "a\n")
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("missing columns (kind)"), "\(refused.stderr)")
        #expect(Self.bytes(damaged) == before)

        let old = try Self.sessionDB()
        try Self.execute("ALTER TABLE session DROP COLUMN kind", in: old)
        try Self.execute("DELETE FROM grdb_migrations WHERE identifier = 'v2'", in: old)
        let report = try Run.factcheck(["report", "--all", "--db", old])
        #expect(report.status == 0, "\(report.stderr)")
        let quiz = try Run.factcheck(["quiz", "--count", "1", "--seed", "4", "--practice", "--db", old], stdin: "a\n")
        #expect(quiz.status == 0, "\(quiz.stderr)")
        let queue = try DatabaseQueue(path: old)
        let (migrations, kinds) = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
             try String?.fetchAll(db, sql: "SELECT kind FROM session ORDER BY id"))
        }
        try queue.close()
        #expect(migrations == ["v1", "v2", "v3"])
        #expect(kinds == [nil, "practice"])
    }

    /// Schema v3 (each answer's article): a database that records v3 must have the column; a
    /// v2 database is read as it is (its answers are their session's article) and given v3
    /// when it is next opened for writing.
    @Test func schemaV3IsCheckedAndV2IsMigrated() throws {
        let damaged = try Self.sessionDB()
        try Self.execute("ALTER TABLE answer DROP COLUMN articleID", in: damaged)
        let before = Self.bytes(damaged)
        let refused = try Run.factcheck(["quiz", "--count", "1", "--db", damaged], stdin: "a\n")
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("missing columns (articleID)"), "\(refused.stderr)")
        #expect(Self.bytes(damaged) == before)

        let old = try Self.sessionDB()
        try Self.execute("ALTER TABLE answer DROP COLUMN articleID", in: old)
        try Self.execute("DELETE FROM grdb_migrations WHERE identifier = 'v3'", in: old)
        let unchanged = Self.bytes(old)
        let report = try Run.factcheck(["report", "--all", "--format", "json", "--db", old])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"article\" : \"blinken-wang-meeting\""), "\(report.stdout)")
        let listed = try Run.factcheck(["articles", "--json", "--db", old])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(Self.bytes(old) == unchanged)
        let quiz = try Run.factcheck(["quiz", "--count", "1", "--seed", "4", "--practice", "--db", old], stdin: "a\n")
        #expect(quiz.status == 0, "\(quiz.stderr)")
        let queue = try DatabaseQueue(path: old)
        let (migrations, articles) = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
             try String?.fetchAll(db, sql: "SELECT articleID FROM answer ORDER BY id"))
        }
        try queue.close()
        #expect(migrations == ["v1", "v2", "v3"])
        // The answers saved before v3 have no article of their own; the new one has.
        #expect(articles.count >= 2)
        #expect(articles.dropLast().allSatisfy { $0 == nil })
        #expect(articles.last == "blinken-wang-meeting")
    }

    @Test func damagedPagesAreRefusedAndLeftUntouched() throws {
        let db = try Self.sessionDB()
        var data = try #require(Self.bytes(db))
        let page = 4096
        for start in stride(from: 2 * page, to: data.count, by: page) {
            data.replaceSubrange((start + page - 300)..<(start + page - 236), with: Data(repeating: 0xAA, count: 64))
        }
        try data.write(to: URL(fileURLWithPath: db))
        for arguments in [["quiz", "--count", "1"], ["report"], ["report", "--all"]] {
            let run = try Run.factcheck(arguments + ["--db", db], stdin: "a\n")
            #expect(run.status == 65, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("damaged") && run.stderr.contains("left untouched"))
            #expect(Self.bytes(db) == data)
        }
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
    }

    @Test(arguments: ["PRAGMA user_version = 7", "CREATE VIEW v AS SELECT 1", "CREATE TABLE notes (x)"])
    func foreignDatabasesGetNoTables(sql: String) throws {
        let db = Scratch.directory + "foreign-\(UUID().uuidString).db"
        try Self.execute(sql, in: db)
        let before = Self.bytes(db)
        let run = try Run.factcheck(["quiz", "--count", "1", "--db", db], stdin: "a\n")
        #expect(run.status == 65)
        #expect(run.stderr.contains("another program"))
        #expect(Self.bytes(db) == before)
    }

    @Test func newerSchemaIsRefused() throws {
        let db = try Self.sessionDB()
        try Self.execute("INSERT INTO grdb_migrations VALUES ('v9')", in: db)
        let before = Self.bytes(db)
        let run = try Run.factcheck(["quiz", "--count", "1", "--db", db], stdin: "a\n")
        #expect(run.status == 65)
        #expect(run.stderr.contains("newer factcheck"))
        #expect(Self.bytes(db) == before)
    }

    @Test func reportsNeverCreateOrGrowAFile() throws {
        let empty = Scratch.directory + "empty-\(UUID().uuidString).db"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let run = try Run.factcheck(["report", "--db", empty])
        #expect(run.status == 66)
        #expect(Self.bytes(empty)?.isEmpty == true)
        let db = try Self.sessionDB()
        let before = Self.bytes(db)
        #expect(try Run.factcheck(["report", "--all", "--db", db]).status == 0)
        #expect(Self.bytes(db) == before)
        #expect(!FileManager.default.fileExists(atPath: db + "-wal") && !FileManager.default.fileExists(atPath: db + "-shm"))
    }

    @Test func deviceFilesAreNotDatabases() throws {
        let run = try Run.factcheck(["quiz", "--count", "1", "--db", "/dev/null"], stdin: "a\n")
        #expect(run.status == 66)
        #expect(run.stderr.contains("regular file"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-wal"))
    }

    /// `immutable=1`: a database this process may not write is still reported, and nothing is made beside it.
    @Test func readOnlyDatabaseIsReported() throws {
        guard getuid() == 0 else { return }  // needs another user to make the file truly read-only
        let dir = Scratch.directory + "ro-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/p.db"
        try FileManager.default.copyItem(atPath: try Self.sessionDB(), toPath: db)
        chmod(db, 0o444)
        chmod(dir, 0o755)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/su")
        shell.arguments = ["nobody", "-s", "/bin/sh", "-c", "NO_COLOR=1 '\(Run.binary.path)' report --all --db '\(db)' 2>&1; echo status $?"]
        let pipe = Pipe()
        shell.standardOutput = pipe
        try shell.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(out.hasSuffix("status 0\n"), "\(out)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["p.db"])
    }
}
