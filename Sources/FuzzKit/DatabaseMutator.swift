import Foundation
import GRDB

/// Progress databases made hostile: cells of the wrong type, schemas of other programs or of a
/// newer factcheck, damaged pages, cut files.
public enum DatabaseMutator {
    static let cells: [(table: String, column: String)] = [
        ("answer", "responseMilliseconds"), ("answer", "correct"), ("answer", "answeredAt"), ("answer", "position"),
        ("answer", "stabilityAfter"), ("answer", "phaseAfter"), ("answer", "rating"), ("answer", "given"),
        ("session", "startedAt"), ("session", "seed"), ("session", "practice"), ("session", "endedAt"), ("session", "kind"),
        ("memory", "stability"), ("memory", "difficulty"), ("memory", "due"), ("memory", "reps"), ("memory", "phase"),
    ]
    static let values = ["'slow'", "1e20", "-5", "X'00FF'", "'not a date'", "9223372036854775807", "1e308", "'nan'", "-1e308",
                         "''", "'\u{1B}[2J'", "'9999-99-99'", "0.5"]
    static let schemaChanges = ["PRAGMA user_version = 7", "PRAGMA application_id = 1", "DROP TABLE memory",
                                "CREATE VIEW v AS SELECT 1", "INSERT INTO grdb_migrations VALUES ('v9')", "DELETE FROM grdb_migrations",
                                "CREATE TABLE extra (x)", "ALTER TABLE answer DROP COLUMN rating", "DELETE FROM session"]

    /// Copies `template` to `path` and damages the copy in one to three ways.
    public static func mutate(template: String, to path: String, _ rng: inout FuzzRandom) throws {
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: template, toPath: path)
        for _ in 0..<(1 + rng.below(3)) {
            switch rng.below(5) {
            case 0, 1:
                let cell = rng.pick(cells)
                try? execute("UPDATE \(cell.table) SET \(cell.column) = \(rng.pick(values))", in: path)
            case 2:
                try? execute(rng.pick(schemaChanges), in: path)
            case 3:
                guard var data = FileManager.default.contents(atPath: path), data.count > 200 else { continue }
                for _ in 0..<(1 + rng.below(4)) {
                    let start = rng.chance(10) ? rng.below(100) : 100 + rng.below(data.count - 100)
                    let length = min(1 + rng.below(64), data.count - start)
                    for k in start..<(start + length) { data[k] = UInt8(truncatingIfNeeded: rng.next()) }
                }
                try data.write(to: URL(fileURLWithPath: path))
            default:
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                try data.prefix(rng.below(data.count)).write(to: URL(fileURLWithPath: path))
            }
        }
    }

    static func execute(_ sql: String, in path: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { try $0.execute(sql: sql) }
    }
}
