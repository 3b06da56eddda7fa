import Foundation
import Testing
@testable import FactCheckCore
@testable import FactCheckKit

/// Quizzes made from banks that `factcheck draft` wrote from an article's text alone.
@Suite struct DraftedQuizTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("questions/articles")
    static let articles = ["council", "health", "business", "court", "sports", "science", "flood", "election", "strike", "auction", "schools", "breach", "rail", "festival", "fisheries", "windfarm", "airline", "museum", "ratecut", "expedition", "port", "recall", "summit", "obituary", "mine", "launch", "housing", "wildfire", "harvest", "bridge", "drought", "merger", "tuition", "quake", "shipwreck", "ferry", "prize", "arrest", "census", "transfer", "zoo", "water", "chess", "dig", "retail", "marathon", "spill", "poultry", "union", "blackout", "satellite", "bikeshare", "inquest", "volcano", "tariff", "stadium", "avalanche", "expulsion", "doping", "heatwave", "layoffs", "referendum", "antitrust", "cyclone", "orchestra", "noconfidence", "nuclear", "swap", "listing", "flight", "budget", "carrecall", "ceasefire", "bailout", "retraction", "oilcut", "explosion", "pension", "wage", "reef", "cricket"]

    static func drafted(_ name: String) throws -> FactBank {
        let text = try String(contentsOf: root.appendingPathComponent(name).appendingPathComponent("article.txt"), encoding: .utf8)
        return try BankDrafter.draft(text: text, fileName: name).bank
    }

    @Test(arguments: articles)
    func questionsAreFair(name: String) throws {
        let bank = try Self.drafted(name)
        let generator = QuestionGenerator(checker: StatementChecker(bank: bank))
        var trueCount = 0, falseCount = 0
        for fact in bank.facts {
            for q in generator.questions(for: fact) {
                switch q.type {
                case .multipleChoice:
                    // Exactly one option is right: no two options name the same thing.
                    let folded = q.choices.map { TextFolding.comparable($0) }
                    #expect(Set(folded).count == folded.count, "\(name) \(q.id): \(q.choices)")
                    #expect(folded.filter { $0 == TextFolding.comparable(q.expected) }.count == 1, "\(name) \(q.id)")
                    if q.kind == .entity {
                        let ids = q.choices.compactMap { c in bank.entities.first { e in ([e.name] + e.aliases).contains { TextFolding.comparable($0) == TextFolding.comparable(c) } }?.id }
                        #expect(Set(ids).count == ids.count, "\(name) \(q.id): two options name one entity: \(q.choices)")
                    }
                case .trueFalse:
                    if q.expected == "true" { trueCount += 1 } else { falseCount += 1 }
                default:
                    break
                }
                // A gap never cuts a word or a hyphenated name in half.
                if let gap = q.prompt.range(of: "____") {
                    let before = q.prompt[..<gap.lowerBound].last, after = q.prompt[gap.upperBound...].first
                    #expect(!(before?.isLetter ?? false) && before != "-", "\(name) \(q.id): \(q.prompt)")
                    #expect(!(after?.isLetter ?? false) && after != "-", "\(name) \(q.id): \(q.prompt)")
                }
            }
        }
        let share = Double(trueCount) / Double(max(trueCount + falseCount, 1))
        print("\(name): true \(trueCount) false \(falseCount)")
        #expect((0.35...0.65).contains(share), "\(name): \(trueCount) true and \(falseCount) false questions")
    }
}
