import Foundation
import Testing
@testable import FactCheckCore

/// A verb and its particle as one phrasal verb, from WordNet ("step down" is resign, "turn off"
/// is switch off): the statement's phrasal verb meets the article's word for it, its verb alone
/// still meets an article that keeps the two apart, and an article's phrasal verb says only its
/// own meaning ("stepped down" is no "stepped up").
@Suite struct PhrasalVerbTests {
    @Test(arguments: [("stepped", "down", "resign"), ("turned", "off", ""), ("played", "on", ""), ("pulled", "out", "")])
    func wordNetKnowsThePhrase(verb: String, particle: String, shares: String) throws {
        guard WordNet.particles.contains(particle) else {
            // Prepositions are no particles: "played on Monday" is no "play on".
            #expect(WordNet.phrasalEntry(verb: verb, particle: particle) == nil)
            return
        }
        let phrase = try #require(WordNet.phrasalEntry(verb: verb, particle: particle), "\(verb) \(particle)")
        if !shares.isEmpty {
            let word = try #require(WordNet.entry(for: shares))
            #expect(!Set(phrase.concepts).isDisjoint(with: word.concepts + word.broader), "\(verb) \(particle) ~ \(shares)")
        }
    }

    static let said = """
        format: factcheck.bank/1
        source: {id: phrasal, title: Phrasal, text: "Mayor Ines Darrow resigned on Friday. Inspectors found that a pressure alarm had been switched off for 11 days."}
        entities:
          - {id: darrow, type: person, name: Ines Darrow, aliases: [Darrow, Mayor Darrow, the mayor]}
          - {id: inspectors, type: group, name: the inspectors, aliases: [inspectors, the inspectors]}
        facts:
          - {id: resigned, category: event, subject: darrow, predicate: resigned, when: {weekday: Friday}, evidence: "Mayor Ines Darrow resigned on Friday", statement: Darrow resigned on Friday.}
          - {id: alarm, category: event, subject: inspectors, predicate: found, what: the pressure alarm switched off, quantity: {value: 11, unit: day},
             evidence: "Inspectors found that a pressure alarm had been switched off for 11 days", statement: Inspectors found that a pressure alarm had been switched off for 11 days.}
        """

    @Test(arguments: [
        ("Darrow stepped down on Friday.", Verdict.supported),
        ("Darrow stepped down on Monday.", .refuted),
        ("Inspectors found that a pressure alarm had been turned off for 11 days.", .supported),
        ("Inspectors found that a pressure alarm had been turned off for 12 days.", .refuted),
        ("Inspectors found that a pressure alarm had been turned up for 11 days.", .notMentioned),
    ])
    func thePhraseMeetsTheArticlesWord(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.said, statement, expected, file: "phrasal.yaml")
    }

    static let phrased = """
        format: factcheck.bank/1
        source: {id: phrased, title: Phrased, text: "Mayor Ines Darrow stepped down on Friday. The climbers turned back 210 metres below the summit on Tuesday."}
        entities:
          - {id: darrow, type: person, name: Ines Darrow, aliases: [Darrow, Mayor Darrow, the mayor]}
          - {id: climbers, type: group, name: the climbers, aliases: [the climbers, the team]}
        facts:
          - {id: resigned, category: event, subject: darrow, predicate: stepped down, when: {weekday: Friday}, evidence: "Mayor Ines Darrow stepped down on Friday", statement: Darrow stepped down on Friday.}
          - {id: turned, category: event, subject: climbers, predicate: turned back, when: {weekday: Tuesday},
             evidence: "The climbers turned back 210 metres below the summit on Tuesday", statement: The climbers turned back on Tuesday.}
        """

    @Test(arguments: [
        ("The mayor stepped down on Friday.", Verdict.supported),
        // Another particle is another verb: the article's "stepped down" says nothing of it.
        ("Darrow stepped up on Friday.", .notMentioned),
        // "turned back 210 metres": the article keeps the verb and the figure's particle apart.
        ("The team turned back on Tuesday.", .supported),
        ("The team turned back on Wednesday.", .refuted),
    ])
    func theArticlesPhrase(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.phrased, statement, expected, file: "phrased.yaml")
    }
}
