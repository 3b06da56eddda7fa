/// A set of concepts of one bank index, as their numbers (`BankIndex.conceptID(_:)`) in a
/// sorted array: membership is a binary search and a union or an overlap is a merge, with no
/// string hashed. The checker's hot paths (ranking, coverage, the rules) ask these sets
/// thousands of times per statement.
struct ConceptSet: Sendable, Equatable {
    /// The number of a concept that no fact or sentence of the bank carries: in no set.
    static let absent: Int32 = -1
    /// The number of a reading not yet looked up in an index.
    static let unresolved: Int32 = .min

    /// The members, ascending, each once.
    private(set) var ids: [Int32]

    init() { ids = [] }

    /// The set of `members`, in any order and with repeats; numbers below zero are left out.
    init<S: Sequence>(_ members: S) where S.Element == Int32 {
        var list = Array(members)
        list.sort()
        // Numbers below zero (first once sorted) and repeats dropped in place.
        var kept = 0
        for r in list.indices where list[r] >= 0 && (kept == 0 || list[kept - 1] != list[r]) {
            list[kept] = list[r]
            kept += 1
        }
        list.removeLast(list.count - kept)
        ids = list
    }

    /// Already sorted and unique (read from a snapshot and checked by the caller).
    init(sortedUnique ids: [Int32]) { self.ids = ids }

    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }

    func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = ids[mid]
            if v == id { return true }
            if v < id { lo = mid + 1 } else { hi = mid }
        }
        return false
    }

    func contains(_ reading: Reading) -> Bool {
        assert(reading.id != Self.unresolved, "a reading compared before it was numbered: \(reading.concept)")
        return contains(reading.id)
    }

    /// How many members the two sets share.
    func sharedCount(with other: ConceptSet) -> Int {
        var i = 0, j = 0, n = 0
        let a = ids, b = other.ids
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    func isDisjoint(with other: ConceptSet) -> Bool {
        var i = 0, j = 0
        let a = ids, b = other.ids
        while i < a.count && j < b.count {
            if a[i] == b[j] { return false } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    /// The union, by merging the two sorted arrays.
    func union(_ other: ConceptSet) -> ConceptSet {
        if other.ids.isEmpty { return self }
        if ids.isEmpty { return other }
        var merged: [Int32] = []
        merged.reserveCapacity(ids.count + other.ids.count)
        var i = 0, j = 0
        let a = ids, b = other.ids
        while i < a.count && j < b.count {
            if a[i] == b[j] { merged.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { merged.append(a[i]); i += 1 } else { merged.append(b[j]); j += 1 }
        }
        merged.append(contentsOf: a[i...])
        merged.append(contentsOf: b[j...])
        return ConceptSet(sortedUnique: merged)
    }

    mutating func formUnion(_ other: ConceptSet) { self = union(other) }
}
