/// How completely a bank's facts cover its article.
public enum BankCoverage {
    /// Indexes of article sentences that no fact uses as evidence.
    public static func uncoveredSentences(_ bank: FactBank) -> [Int] {
        let used = Set(bank.facts.map(\.sentenceIndex))
        return bank.article.sentences.map(\.index).filter { !used.contains($0) }
    }
}
