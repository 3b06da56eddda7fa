/// What sort of answer a question wants; the judge compares answers by kind.
public enum AnswerKind: String, Sendable, Codable {
    case weekday, month, entity, position, boolean, text
}

/// One question, tied to the fact it tests.
public struct Question: Sendable, Codable, Equatable {
    /// Stable across runs: "fact-id/type" (with a suffix for variants).
    public var id: String
    public var factId: String
    public var category: FactCategory
    public var type: QuestionType
    public var prompt: String
    /// Options for multiple-choice and true/false questions, in display order.
    public var choices: [String]
    /// The right answer as shown to the user.
    public var expected: String
    public var kind: AnswerKind
    /// For entity answers: the entity meant.
    public var entityID: String?
    /// The article the question comes from, in a session across several articles (nil: the session's own).
    public var articleID: String? = nil

    public var isTyped: Bool { type == .typed || (type == .quote && choices.isEmpty) }
}

/// A deterministic random number generator, so that a seed gives the same quiz.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Question {
    /// The label of choice `i` of `count`: a letter while there are letters enough, a number
    /// beyond that (a hand-written question may have hundreds of choices).
    public static func choiceLabel(_ i: Int, of count: Int) -> String {
        guard count <= 26, i >= 0, i < 26, let scalar = Unicode.Scalar(UInt32(97 + i)) else { return String(i + 1) }
        return String(Character(scalar))
    }
}
