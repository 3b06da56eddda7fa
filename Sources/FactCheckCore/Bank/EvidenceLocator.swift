/// Finds a fact's evidence (or quote) in the folded article text in time that grows with the
/// evidence, not with the article: every run of `width` characters that starts a word is
/// indexed once, and a search looks only where the evidence's rarest such run stands. A bank
/// of ten times the facts therefore loads in about ten times the time, where searching the
/// whole article for each fact made it a hundred.
struct EvidenceLocator {
    static let width = 8
    let scalars: [Unicode.Scalar]
    private var windows: [UInt64: [Int]] = [:]

    init(_ folded: String) {
        scalars = Array(folded.unicodeScalars)
        guard scalars.count >= Self.width else { return }
        for start in 1...(scalars.count - Self.width) where TextFolding.isWhitespace(scalars[start - 1]) {
            windows[Self.hash(scalars[start..<(start + Self.width)]), default: []].append(start)
        }
    }

    static func hash(_ run: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in run { h = (h ^ UInt64(s.value)) &* 0x0100_0000_01b3 }
        return h
    }

    /// The scalar offsets of the first occurrence of `needle`, as `String.range(of:)` would find it.
    func firstOccurrence(of needle: String) -> Range<Int>? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= scalars.count else { return nil }
        // The needle's runs that must start a word in the article too; the rarest decides.
        var best: (offset: Int, positions: [Int])?
        if n.count > Self.width {
            for j in 1...(n.count - Self.width) where TextFolding.isWhitespace(n[j - 1]) {
                let positions = windows[Self.hash(n[j..<(j + Self.width)])] ?? []
                if positions.isEmpty { return nil }
                if best == nil || positions.count < best?.positions.count ?? 0 { best = (j, positions) }
            }
        }
        guard let best else { return naiveSearch(n) }
        for position in best.positions {
            let start = position - best.offset
            if start >= 0, start + n.count <= scalars.count, matches(n, at: start) { return start..<(start + n.count) }
        }
        return nil
    }

    func matches(_ n: [Unicode.Scalar], at start: Int) -> Bool {
        var i = 0
        while i < n.count {
            if scalars[start + i] != n[i] { return false }
            i += 1
        }
        return true
    }

    /// For a needle too short to hold an indexed run: scan (such evidence is a word or two).
    func naiveSearch(_ n: [Unicode.Scalar]) -> Range<Int>? {
        guard let first = n.first else { return nil }
        var start = 0
        while start + n.count <= scalars.count {
            if scalars[start] == first && matches(n, at: start) { return start..<(start + n.count) }
            start += 1
        }
        return nil
    }
}
