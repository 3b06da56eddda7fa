import Foundation
import TestSupport
import Testing

/// The shell's history file is the user's: never written through a symbolic link, never made
/// writable, never replacing something that is not a regular file, and its mode is kept.
@Suite(.serialized) struct HistoryFileTests {
    func state() throws -> (dir: String, file: String) {
        let dir = Scratch.directory + "history-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/factcheck", withIntermediateDirectories: true)
        return (dir, dir + "/factcheck/history")
    }

    /// Types one statement and leaves; returns what the terminal showed.
    func session(_ dir: String) throws -> String {
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": dir])
        try session.waitFor("factcheck> ")
        let mark = session.mark
        session.send("Blinken met Wang on Friday.\r")
        try session.waitFor("REFUTED", after: mark)
        session.send("\u{04}")
        #expect(session.waitForExit() == 0)
        session.drain()
        return session.output
    }

    @Test func aSymbolicLinkIsNotFollowed() throws {
        let (dir, file) = try state()
        let target = dir + "/precious.txt"
        try "keep me\n".write(toFile: target, atomically: true, encoding: .utf8)
        chmod(target, 0o644)
        try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: target)
        let shown = try session(dir)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o644)
        #expect(shown.contains("symbolic link"))
    }

    @Test func aReadOnlyFileIsLeftAlone() throws {
        let (dir, file) = try state()
        try "old line\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o444)
        let shown = try session(dir)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "old line\n")
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o444)
        #expect(shown.contains("read-only"))
    }

    @Test func aDirectoryIsLeftAlone() throws {
        let (dir, file) = try state()
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: true)
        chmod(file, 0o755)
        let shown = try session(dir)
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o755)
        #expect(shown.contains("directory"))
    }

    /// Lines are appended as they are entered: a history file swapped for a symbolic link
    /// while the shell runs is not followed either, and the shell says so when it ends.
    @Test func appendingDoesNotFollowALinkMadeDuringTheSession() throws {
        let (dir, file) = try state()
        let target = dir + "/precious.txt"
        try "keep me\n".write(toFile: target, atomically: true, encoding: .utf8)
        let session = try PTYSession([], environment: ["XDG_STATE_HOME": dir])
        try session.waitFor("factcheck> ")
        #expect(FileManager.default.fileExists(atPath: file))
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: target)
        let mark = session.mark
        session.send("Blinken met Wang on Friday.\r")
        try session.waitFor("REFUTED", after: mark)
        session.send("\u{04}")
        #expect(session.waitForExit() == 0)
        session.drain()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
        #expect(session.output.contains("symbolic link"))
    }

    @Test func theUsersModeIsKept() throws {
        let (dir, file) = try state()
        try "".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o640)
        _ = try session(dir)
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o640)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Friday"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/factcheck") == ["history"])
    }
}
