import Foundation
import TestSupport
import Testing

/// The man page and `make install` (issue 12, item 10).
@Suite struct InstallTests {
    /// docs/factcheck.1 is generated from the command definitions (`make man`); this fails when
    /// a command, option or help text changed and the page was not regenerated.
    @Test func theManPageMatchesTheCommandDefinitions() throws {
        let page = try String(contentsOf: Run.packageRoot.appendingPathComponent("docs/factcheck.1"), encoding: .utf8)
        let dump = try Run.factcheck(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let subcommands = try #require(command["subcommands"] as? [[String: Any]])
        #expect(page.contains(".Dt FACTCHECK 1"))
        for sub in subcommands {
            let name = try #require(sub["commandName"] as? String)
            guard name != "help" else { continue }
            #expect(page.contains(".It Em \(name)\n"), "the man page lacks '\(name)'; run `make man`")
            if let abstract = sub["abstract"] as? String {
                #expect(page.contains(abstract), "'\(name)' has a new abstract; run `make man`")
            }
            for argument in sub["arguments"] as? [[String: Any]] ?? [] {
                guard argument["kind"] as? String != "positional", let preferred = argument["preferredName"] as? [String: Any],
                      let flag = preferred["name"] as? String else { continue }
                #expect(page.contains("Fl -\(flag)") || page.contains(", -\(flag)"), "'\(name) --\(flag)' is missing; run `make man`")
            }
        }
    }

    @Test func makeInstallHonoursDestdirAndPrefixAndBuildsNothing() throws {
        let stage = Scratch.directory + "stage-\(UUID().uuidString)"
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // SWIFT=false: any attempt to run the package manager fails the install.
        make.arguments = ["make", "-s", "install", "DESTDIR=\(stage)", "PREFIX=/usr", "BIN=\(Run.binary.path)", "SWIFT=false"]
        make.currentDirectoryURL = Run.packageRoot
        let err = Pipe()
        make.standardError = err
        make.standardOutput = Pipe()
        try make.run()
        make.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(make.terminationStatus == 0, "\(stderr)")
        let fm = FileManager.default
        #expect(fm.isExecutableFile(atPath: stage + "/usr/bin/factcheck"))
        #expect(fm.fileExists(atPath: stage + "/usr/share/man/man1/factcheck.1"))
        let bash = try String(contentsOfFile: stage + "/usr/share/bash-completion/completions/factcheck", encoding: .utf8)
        #expect(bash.contains("complete") && bash.contains("factcheck"))
        #expect(fm.fileExists(atPath: stage + "/usr/share/zsh/site-functions/_factcheck"))
        #expect(fm.fileExists(atPath: stage + "/usr/share/fish/vendor_completions.d/factcheck.fish"))
        let mode = try fm.attributesOfItem(atPath: stage + "/usr/share/man/man1/factcheck.1")[.posixPermissions] as? Int
        #expect(mode == 0o644)
        // Without a built binary it says what to do instead of building.
        let missing = Process()
        missing.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        missing.arguments = ["make", "-s", "install", "DESTDIR=\(stage)", "BIN=/nonexistent/factcheck", "SWIFT=false"]
        missing.currentDirectoryURL = Run.packageRoot
        let missingErr = Pipe()
        missing.standardError = missingErr
        try missing.run()
        missing.waitUntilExit()
        #expect(missing.terminationStatus != 0)
        #expect(String(decoding: missingErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("run 'make build' first"))
    }
}
