import Foundation
import Testing
@testable import FactCheckCore

/// A rate over another span than the article's ("150 aid trucks a week" where the article
/// sends 150 a day) is refuted, with the article's span as the correction; the same span said
/// another way ("per day") is the article's.
@Suite struct RatePeriodTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: aid, title: Aid, text: "The agency said it expected to send 150 aid trucks a day into the city of Sarnow."}
        entities:
          - {id: agency, type: organisation, name: the agency, aliases: [the agency]}
          - {id: sarnow, type: place, name: Sarnow, aliases: [Sarnow, the city]}
        facts:
          - {id: trucks, category: event, subject: agency, predicate: send, what: aid trucks, place: sarnow, certainty: expected, quantity: {value: 150, unit: truck},
             evidence: "it expected to send 150 aid trucks a day into the city of Sarnow", statement: The agency expects to send 150 aid trucks a day into Sarnow.}
        """

    @Test(arguments: [
        ("The agency expects to send 150 aid trucks a week into Sarnow.", Verdict.refuted),
        ("The agency expects to send 150 aid trucks every month into Sarnow.", .refuted),
        ("The agency expects to send 150 aid trucks per day into Sarnow.", .supported),
        ("The agency expects to send 150 aid trucks a day into Sarnow.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "aid.yaml")
    }

    @Test func theCorrectionGivesTheArticlesSpan() throws {
        let result = try InlineBank.check(Self.bank, "The agency expects to send 150 aid trucks a week into Sarnow.", file: "aid.yaml")
        #expect(result.parts.first?.rule == "rate-period")
        #expect(result.correction?.contains("150 aid trucks a day, not a week") == true)
    }
}
