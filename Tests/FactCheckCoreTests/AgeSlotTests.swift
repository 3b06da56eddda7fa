import Testing
@testable import FactCheckCore

/// "26 years old" and "aged 26" are ages: they fill the slot of an age the bank gives in years
/// with "age" in `what`, and not the slot of a five-year contract. "is not 24 years old" denies
/// the age the article gives.
@Suite struct AgeSlotTests {
    static let bank = """
        format: factcheck.bank/1
        source: {id: age, title: Age, text: "The 24-year-old striker Tom Reyes has signed a five-year contract with Harbour City."}
        entities:
          - {id: reyes, type: person, name: Tom Reyes, aliases: [Reyes, Tom Reyes, the striker, the 24-year-old]}
          - {id: harbour, type: organisation, name: Harbour City, aliases: [Harbour City]}
        facts:
          - {id: age, category: topic, subject: reyes, predicate: be, what: age, quantity: {value: 24, unit: year},
             evidence: The 24-year-old striker Tom Reyes, statement: Reyes is 24 years old.}
          - {id: contract, category: event, subject: reyes, predicate: sign, object: harbour, what: a five-year contract, quantity: {value: 5, unit: year},
             evidence: The 24-year-old striker Tom Reyes has signed a five-year contract with Harbour City, statement: Reyes has signed a five-year contract with Harbour City.}
        """

    @Test(arguments: [
        ("Reyes is 24 years old.", Verdict.supported),
        ("Reyes is 26 years old.", .refuted),
        ("Reyes, aged 26, signed a five-year contract.", .refuted),
        ("Reyes, aged 24, signed a five-year contract.", .supported),
        ("Reyes signed a 24-year contract.", .refuted),
        // A denial right before the figure denies the figure.
        ("Reyes is not 24 years old.", .refuted),
        ("Reyes is not 26 years old.", .supported),
    ])
    func judged(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.bank, statement, expected, file: "age.yaml")
    }

    @Test func theCorrectionSpeaksOfAnAge() throws {
        let result = try InlineBank.expect(Self.bank, "Reyes is 26 years old.", .refuted, file: "age.yaml")
        #expect(result.correction == "the article says 24 years, not 26 years", "\(result.correction ?? "")")
        #expect(result.explanation.hasPrefix("the age is wrong"), "\(result.explanation)")
    }

    @Test func anAgeIsNotADuration() {
        var age = Value(kind: .cardinal, number: 24, name: "24")
        age.age = true
        var years = Value(quantity: Quantity(value: 24, unit: "year"))
        #expect(!age.sameSlot(years))
        years.age = true
        #expect(age.sameSlot(years) && age.agrees(with: years))
    }
}
