import Foundation
import Testing

/// Command-line behaviour found by trying the program as a hostile or careless user would.
@Suite struct HardeningCLITests {
    static func temporary(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "hardening-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/" + name
    }

    static func bank(questions: String = "") -> String {
        """
        format: factcheck.bank/1
        source:
          id: tiny
          title: Tiny
          text: Alice met Bob on Monday. Bob said nothing.
        entities:
          - id: alice
            type: person
            name: Alice Smith
          - id: bob
            type: person
            name: Bob Jones
        facts:
          - id: met
            category: date
            subject: alice
            predicate: meet
            object: bob
            when: {weekday: Monday}
            evidence: Alice met Bob on Monday
            statement: Alice met Bob on Monday.
        \(questions)
        """
    }

    /// A lint-clean hand-written question with 200 choices used to trap (`UInt8(97 + i)`).
    @Test func twoHundredChoicesAreNumbered() throws {
        let choices = (1...199).map { "option \($0)" } + ["Monday"]
        let file = Self.temporary("many.yaml")
        try Self.bank(questions: """
            questions:
              - fact: met
                type: multiple-choice
                prompt: On which day did Alice meet Bob?
                answer: Monday
                choices: [\(choices.joined(separator: ", "))]
            """).write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Run.factcheck(["lint", file]).status == 0)
        // Seed 2 picks the hand-written question of the two multiple-choice ones.
        let run = try Run.factcheck(["quiz", "--bank", file, "--practice", "--type", "multiple-choice", "--count", "1", "--seed", "2",
                                     "--db", Self.temporary("p.db")], stdin: "200\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("200) Monday"))
        #expect(run.stdout.contains("✓ correct"))
    }
}
