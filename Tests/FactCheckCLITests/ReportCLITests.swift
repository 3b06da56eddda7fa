import Foundation
import TestSupport
import Testing

@Suite struct ReportCLITests {
    func sessionDB() throws -> String {
        let db = Scratch.directory + "report-\(UUID().uuidString).db"
        let run = try Run.factcheck(["quiz", "--seed", "1", "--count", "5", "--db", db], stdin: "t\nt\nt\nt\n/skip\n")
        #expect(run.status == 0)
        return db
    }

    @Test func htmlCsvAndJsonAfterAScriptedQuiz() throws {
        let db = try sessionDB()
        let dir = Scratch.directory + "reports-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let html = try Run.factcheck(["report", "--last", "--format", "html", "-o", dir + "/r.html", "--db", db])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
        #expect(page.contains("<svg"))
        let csv = try Run.factcheck(["report", "--last", "--format", "csv", "--db", db])
        #expect(csv.status == 0)
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 5)
        let json = try Run.factcheck(["report", "--all", "-o", dir + "/r.json", "--db", db])
        #expect(json.status == 0)
        // The format follows the extension; validate against the documented JSON Schema.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.validate(json.load(open(sys.argv[2])), schema, format_checker=jsonschema.FormatChecker())
            """, Run.packageRoot.appendingPathComponent("docs/report.schema.json").path, dir + "/r.json"]
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "the JSON report does not validate against docs/report.schema.json")
    }

    @Test func existingFilesNeedForce() throws {
        let db = try sessionDB()
        let file = Scratch.directory + "exists-\(UUID().uuidString).md"
        try "earlier".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Run.factcheck(["report", "-o", file, "--db", db])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "earlier")
        let forced = try Run.factcheck(["report", "-o", file, "--force", "--db", db])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# Score report"))
    }

    @Test func noSessionIsAClearMessageAndNoFile() throws {
        let db = Scratch.directory + "none-\(UUID().uuidString).db"
        let file = Scratch.directory + "none-\(UUID().uuidString).html"
        let run = try Run.factcheck(["report", "-o", file, "--db", db])
        #expect(run.status == 66)
        #expect(run.stderr.contains("no study session yet"))
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func unwritablePathIsAnError() throws {
        let db = try sessionDB()
        let run = try Run.factcheck(["report", "-o", "/nonexistent-folder/r.md", "--db", db])
        #expect(run.status == 73)
        #expect(run.stderr.contains("does not exist"))
    }

    @Test func replExportAsksBeforeReplacing() throws {
        let db = try sessionDB()
        let file = Scratch.directory + "export-\(UUID().uuidString).md"
        let first = try Run.factcheck(["repl"], stdin: "/export \(file)\n", environment: ["FACTCHECK_DB": db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: file))
        try "earlier".write(toFile: file, atomically: true, encoding: .utf8)
        _ = try Run.factcheck(["repl"], stdin: "/export \(file)\nn\n", environment: ["FACTCHECK_DB": db])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "earlier")
        _ = try Run.factcheck(["repl"], stdin: "/export \(file)\ny\n", environment: ["FACTCHECK_DB": db])
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# Score report"))
    }
}
