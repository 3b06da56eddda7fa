/// The four answers a statement can get.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case supported
    case refuted
    case notMentioned = "not-mentioned"
    case partlySupported = "partly-supported"
}

/// An article sentence that backs a verdict, with the fact it states.
public struct EvidenceItem: Sendable, Codable, Hashable {
    public var sentence: String
    public var sentenceIndex: Int
    /// Offsets of the sentence in the article (Unicode scalars, end exclusive).
    public var start: Int
    public var end: Int
    public var factId: String
    /// Offsets, within the sentence, of the words that matched the statement.
    public var highlights: [TextSpan]
}

/// The verdict on one part of a compound statement.
public struct PartResult: Sendable, Codable {
    public var text: String
    public var verdict: Verdict
    public var evidence: [EvidenceItem]
    public var correction: String?
    public var explanation: String
    /// The checker's rule that decided this part ("value", "polarity", "supported" ...).
    public var rule: String = ""
}

/// The verdict on a whole statement.
public struct CheckResult: Sendable, Codable {
    public var statement: String
    public var verdict: Verdict
    public var parts: [PartResult]
    public var evidence: [EvidenceItem]
    public var correction: String?
    public var explanation: String
}
