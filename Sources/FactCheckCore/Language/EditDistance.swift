/// Edit distance (Levenshtein with adjacent transpositions) with a cut-off: nil as soon as the
/// distance must exceed `limit`.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return nil }
        if x.isEmpty { return y.count <= limit ? y.count : nil }
        if y.isEmpty { return x.count <= limit ? x.count : nil }
        var twoBack = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }

    /// The letters of a word as a bit set (a–z and 0–9 one bit each, other characters folded
    /// onto the rest). Each edit changes at most two bits, so two words whose sets differ in
    /// more than `2 × limit` bits are further apart than `limit`: a one-instruction test that
    /// spares most distance computations.
    public static func letterMask(_ word: String) -> UInt64 {
        var mask: UInt64 = 0
        for scalar in word.unicodeScalars {
            let v = scalar.value
            switch v {
            case 97...122: mask |= 1 << UInt64(v - 97)
            case 48...57: mask |= 1 << UInt64(26 + v - 48)
            default: mask |= 1 << UInt64(36 + v % 28)
            }
        }
        return mask
    }

    /// False when words with these letter sets cannot be within `limit` edits of each other.
    public static func mayBeWithin(_ a: UInt64, _ b: UInt64, limit: Int) -> Bool {
        (a ^ b).nonzeroBitCount <= 2 * limit
    }

    /// How many edits a typo in a word of this length may have: none for short words.
    public static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ..<4: return 0
        case 4...7: return 1
        default: return 2
        }
    }

    /// Whether two words share all but their endings: one begins with the other, or they share
    /// all but the last two letters of the shorter and at least five ("regulator",
    /// "regulation"; not "chlorine", "chlorate").
    public static func differOnlyInEndings(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var common = 0
        while common < min(x.count, y.count), x[common] == y[common] { common += 1 }
        let shorter = min(x.count, y.count)
        return common == shorter || common >= max(5, shorter - 2)
    }
}
