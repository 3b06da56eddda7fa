import Foundation

/// The four answers to "how well did you remember?".
public enum Rating: Int, Sendable, Codable, CaseIterable {
    case again = 1, hard = 2, good = 3, easy = 4

    public var name: String {
        switch self {
        case .again: return "again"
        case .hard: return "hard"
        case .good: return "good"
        case .easy: return "easy"
        }
    }

    public init?(name: String) {
        guard let r = Rating.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = r
    }
}

public enum MemoryPhase: String, Sendable, Codable {
    case new, learning, review, relearning
}

/// What the scheduler knows about one item (one fact).
public struct MemoryState: Sendable, Codable, Equatable {
    public var stability: Double
    public var difficulty: Double
    public var due: Date
    public var reps: Int
    public var lapses: Int
    public var phase: MemoryPhase
    public var lastReview: Date?

    public static func new(now: Date) -> MemoryState {
        MemoryState(stability: 0, difficulty: 0, due: now, reps: 0, lapses: 0, phase: .new, lastReview: nil)
    }
}

/// FSRS-5, the scheduler Anki uses, with its published default parameters: each review
/// updates an item's stability (days until recall probability falls to 90%) and difficulty,
/// and the next review is set for when recall probability falls to the desired retention.
public struct FSRS: Sendable {
    public static let defaultWeights: [Double] = [
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
        1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
    ]
    public static let decay = -0.5
    public static let factor = pow(0.9, 1 / decay) - 1  // 19/81

    public var w: [Double]
    public var desiredRetention: Double
    public var maximumInterval: Double
    /// Minutes until a learning item comes back, by rating (Again, Hard, Good).
    public var learningSteps: [Rating: Double] = [.again: 1, .hard: 5, .good: 10]

    public init(weights: [Double] = FSRS.defaultWeights, desiredRetention: Double = 0.9, maximumInterval: Double = 36500) {
        self.w = weights
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
    }

    public func initialStability(_ g: Rating) -> Double { max(w[g.rawValue - 1], 0.1) }

    public func initialDifficulty(_ g: Rating) -> Double {
        clampDifficulty(w[4] - exp(w[5] * Double(g.rawValue - 1)) + 1)
    }

    public func retrievability(elapsedDays t: Double, stability s: Double) -> Double {
        pow(1 + Self.factor * t / s, Self.decay)
    }

    /// Days until recall probability falls to the desired retention, rounded, 1 at least.
    public func interval(stability s: Double) -> Double {
        let raw = s / Self.factor * (pow(desiredRetention, 1 / Self.decay) - 1)
        return min(max(raw.rounded(), 1), maximumInterval)
    }

    public func nextDifficulty(_ d: Double, _ g: Rating) -> Double {
        let delta = -w[6] * Double(g.rawValue - 3)
        let damped = d + delta * (10 - d) / 9
        return clampDifficulty(w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped)
    }

    public func shortTermStability(_ s: Double, _ g: Rating) -> Double {
        s * exp(w[17] * (Double(g.rawValue) - 3 + w[18]))
    }

    public func recallStability(d: Double, s: Double, r: Double, _ g: Rating) -> Double {
        let hard = g == .hard ? w[15] : 1
        let easy = g == .easy ? w[16] : 1
        return s * (1 + exp(w[8]) * (11 - d) * pow(s, -w[9]) * (exp(w[10] * (1 - r)) - 1) * hard * easy)
    }

    public func forgetStability(d: Double, s: Double, r: Double) -> Double {
        let value = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp(w[14] * (1 - r))
        return min(value, s)
    }

    func clampDifficulty(_ d: Double) -> Double { min(max(d, 1), 10) }

    /// The state after a review with rating `g` at `now`.
    public func review(_ state: MemoryState, rating g: Rating, now: Date) -> MemoryState {
        var next = state
        next.reps += 1
        next.lastReview = now
        func dueIn(days: Double) -> Date { now.addingTimeInterval(days * 86_400) }
        func dueIn(minutes: Double) -> Date { now.addingTimeInterval(minutes * 60) }
        switch state.phase {
        case .new:
            next.stability = initialStability(g)
            next.difficulty = initialDifficulty(g)
            if g == .easy {
                next.phase = .review
                next.due = dueIn(days: interval(stability: next.stability))
            } else {
                next.phase = .learning
                next.due = dueIn(minutes: learningSteps[g] ?? 10)
            }
        case .learning, .relearning:
            next.stability = shortTermStability(state.stability, g)
            next.difficulty = nextDifficulty(state.difficulty, g)
            if g == .good || g == .easy {
                next.phase = .review
                next.due = dueIn(days: interval(stability: next.stability))
            } else {
                next.due = dueIn(minutes: learningSteps[g] ?? 1)
            }
        case .review:
            let elapsed = max(0, now.timeIntervalSince(state.lastReview ?? now) / 86_400)
            let r = retrievability(elapsedDays: elapsed, stability: state.stability)
            next.difficulty = nextDifficulty(state.difficulty, g)
            if g == .again {
                next.stability = forgetStability(d: state.difficulty, s: state.stability, r: r)
                next.lapses += 1
                next.phase = .relearning
                next.due = dueIn(minutes: learningSteps[.again] ?? 1)
            } else {
                next.stability = recallStability(d: state.difficulty, s: state.stability, r: r, g)
                next.due = dueIn(days: interval(stability: next.stability))
            }
        }
        next.stability = max(next.stability, 0.01)
        return next
    }

    /// The rating a judged answer earns: wrong is Again; right but slow is Hard; right is Good;
    /// right and fast is Easy. Typed answers get more time than choices.
    public static func rating(correct: Bool, responseMilliseconds: Int, typed: Bool) -> Rating {
        guard correct else { return .again }
        let fast = typed ? 6_000 : 4_000
        let slow = typed ? 25_000 : 15_000
        if responseMilliseconds <= fast { return .easy }
        if responseMilliseconds >= slow { return .hard }
        return .good
    }
}
