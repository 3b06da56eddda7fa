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

    /// An age the evidence gives between commas ("Tom Reyes, 24,") is the typed age itself, not
    /// another count the statement must give, among facts that rank alike.
    static let apposition = """
        format: factcheck.bank/1
        source: {id: age2, title: Age, text: "Tom Reyes joined Harbour City in March. Reyes scored twice on Saturday. Reyes thanked the fans. Reyes praised the coach. Tom Reyes, 24, signed a five-year contract with Harbour City on Monday."}
        entities:
          - {id: reyes, type: person, name: Tom Reyes, aliases: [Reyes, Tom Reyes]}
          - {id: harbour, type: organisation, name: Harbour City, aliases: [Harbour City]}
        facts:
          - {id: joined, category: event, subject: reyes, predicate: join, object: harbour, when: {month: March}, evidence: Tom Reyes joined Harbour City in March, statement: Reyes joined Harbour City in March.}
          - {id: scored, category: event, subject: reyes, predicate: score, what: twice, when: {weekday: Saturday}, evidence: Reyes scored twice on Saturday, statement: Reyes scored twice on Saturday.}
          - {id: thanked, category: event, subject: reyes, predicate: thank, what: the fans, evidence: Reyes thanked the fans, statement: Reyes thanked the fans.}
          - {id: praised, category: event, subject: reyes, predicate: praise, what: the coach, evidence: Reyes praised the coach, statement: Reyes praised the coach.}
          - {id: age, category: topic, subject: reyes, predicate: be, what: age, quantity: {value: 24, unit: year}, evidence: "Tom Reyes, 24,", statement: Reyes is 24 years old.}
          - {id: contract, category: event, subject: reyes, predicate: sign, object: harbour, what: a five-year contract, quantity: {value: 5, unit: year}, evidence: signed a five-year contract with Harbour City on Monday, statement: Reyes signed a five-year contract with Harbour City on Monday.}
        """

    @Test(arguments: [("Reyes is 26 years old.", Verdict.refuted), ("Reyes is aged 26.", .refuted), ("Reyes is 24 years old.", .supported)])
    func anAgeBetweenCommas(statement: String, expected: Verdict) throws {
        try InlineBank.expect(Self.apposition, statement, expected, file: "age2.yaml")
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
