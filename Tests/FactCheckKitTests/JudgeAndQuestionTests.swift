import Foundation
import Testing
@testable import FactCheckCore
@testable import FactCheckKit

/// Issue 12, item 7: judging that keeps its promises, and questions worth asking.
@Suite struct JudgeAndQuestionTests {
    static let councilPath = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/council.yaml").path

    func council() throws -> (FactBank, StatementChecker) {
        let bank = try BankLoader.loadFile(Self.councilPath)
        return (bank, StatementChecker(bank: bank))
    }

    func question(_ generator: QuestionGenerator, _ id: String) throws -> Question {
        let factID = String(id.prefix { $0 != "/" })
        let fact = try #require(generator.bank.fact(factID))
        return try #require(generator.questions(for: fact).first { $0.id == id }, "no question \(id)")
    }

    @Test func typosInNamesAndPositionsAreAcceptedWithANote() throws {
        let checker = try #require(Fixtures.checker)
        let g = QuestionGenerator(checker: checker)
        let judge = AnswerJudge(bank: g.bank, checker: checker)
        let who = Question(id: "t", factId: "wang-defends", category: .stance, type: .typed, prompt: "Who defended China's stance?",
                           choices: [], expected: "Wang Yi", kind: .entity, entityID: "wang")
        let typo = judge.judge(who, answer: "wnag yi")
        #expect(typo.correct)
        #expect(typo.note?.contains("misspelling") == true, "\(typo)")
        #expect(judge.judge(who, answer: "Wang Yi").note == nil)
        #expect(judge.judge(who, answer: "the Chinese diplomat").note == nil)
        let position = try question(g, "wang-position/typed")
        let slip = judge.judge(position, answer: "foriegn minister")
        #expect(slip.correct)
        #expect(slip.note?.contains("spelling") == true, "\(slip)")
        #expect(judge.judge(position, answer: "foreign minister").note == nil)
    }

    @Test func trueAndFalseMayBeAbbreviatedOrSlightlyMistyped() throws {
        let checker = try #require(Fixtures.checker)
        let judge = AnswerJudge(bank: checker.index.bank, checker: checker)
        let q = Question(id: "t", factId: "meeting-day", category: .date, type: .trueFalse, prompt: "True or false: x",
                         choices: ["true", "false"], expected: "true", kind: .boolean, entityID: nil)
        for answer in ["tru", "tr", "ture", "True."] { #expect(judge.judge(q, answer: answer).accepted == "true", "\(answer)") }
        for answer in ["fals", "fa", "flase"] { #expect(judge.judge(q, answer: answer).accepted == "false", "\(answer)") }
        #expect(judge.judge(q, answer: "tru").note == "read 'tru' as true")
        #expect(judge.judge(q, answer: "maybe").accepted == nil)
    }

    @Test func sessionsMixQuestionTypesAndBalanceTrueAndFalse() throws {
        let planner = QuizPlanner(checker: try #require(Fixtures.checker))
        for seed in UInt64(1)...20 {
            let questions = planner.plan(QuizOptions(count: 10, seed: seed, practice: true), memory: [:], now: Date())
            let tf = questions.filter { $0.type == .trueFalse }
            #expect(tf.count <= 4, "seed \(seed): \(tf.count) of 10 are true/false")
            let trues = tf.filter { $0.expected == "true" }.count
            #expect(abs(trues - (tf.count - trues)) <= 1, "seed \(seed): \(trues) true of \(tf.count)")
        }
    }

    @Test func aPersonWithTwoPositionsGetsNoSecondRightOption() throws {
        let (_, checker) = try council()
        let g = QuestionGenerator(checker: checker)
        let judge = AnswerJudge(bank: g.bank, checker: checker)
        let choice = try question(g, "ruiz-mayor/multiple-choice")
        #expect(!choice.choices.contains("chair (Harbour Council)"), "\(choice.choices)")
        let typed = try question(g, "ruiz-mayor/typed")
        #expect(judge.judge(typed, answer: "mayor").correct)
        let other = judge.judge(typed, answer: "chair of the Harbour Council")
        #expect(other.correct, "her other position is right too")
        #expect(!judge.judge(typed, answer: "opposition leader").correct)
    }

    @Test func gapsBlankWholeNamesOnly() throws {
        #expect(QuestionGenerator.gap("China", in: "The meeting came amid strained US-China relations") == nil)
        #expect(QuestionGenerator.gap("Harbour", in: "They opened the Harbour centre") == nil)
        #expect(QuestionGenerator.gap("Harbour", in: "They met in Harbour Town") == nil)
        #expect(QuestionGenerator.gap("COVID-19 pandemic", in: "The two sides discussed the fight against the COVID-19 pandemic")
            == "The two sides discussed the fight against the ____")
        #expect(QuestionGenerator.gap("Beijing", in: "The administration is seeking to press Beijing on human rights")
            == "The administration is seeking to press ____ on human rights")
        let g = QuestionGenerator(checker: try #require(Fixtures.checker))
        for fact in g.bank.facts {
            for q in g.questions(for: fact) where q.prompt.contains("____") {
                #expect(!q.prompt.contains("-____") && !q.prompt.contains("____-"), "\(q.id): \(q.prompt)")
                #expect(q.expected.contains { $0.isUppercase || $0.isNumber }, "\(q.id) blanks '\(q.expected)'")
            }
        }
    }

    @Test func theRightThingInOtherWordsIsRight() throws {
        let (bank, checker) = try council()
        let judge = AnswerJudge(bank: bank, checker: checker)
        let q = Question(id: "t", factId: "berg-criticised", category: .stance, type: .typed, prompt: "Berg criticised ____.",
                         choices: [], expected: "the decision", kind: .entity, entityID: "decision")
        let other = judge.judge(q, answer: "the council's decision")
        #expect(other.correct, "\(other)")
        #expect(other.note == "accepted as the decision")
        let who = Question(id: "w", factId: "berg-criticised", category: .stance, type: .typed, prompt: "Who criticised the decision?",
                           choices: [], expected: "Tom Berg", kind: .entity, entityID: "berg")
        #expect(!judge.judge(who, answer: "Ruiz Berg").correct)
        #expect(!judge.judge(who, answer: "Ana Ruiz").correct)
    }

    @Test func trueStatementsAreOnesTheCheckerSupports() throws {
        let text = Fixtures.minimalBank.replacingOccurrences(of: "statement: Alice met Bob on Monday.",
                                                             with: "statement: Alice met Bob in Paris on Monday.")
        let bank = try Fixtures.parse(text)
        let checker = StatementChecker(bank: bank)
        #expect(checker.check("Alice met Bob in Paris on Monday.").verdict != .supported)
        let g = QuestionGenerator(checker: checker)
        let fact = try #require(bank.fact("met"))
        #expect(!g.questions(for: fact).contains { $0.type == .trueFalse && $0.expected == "true" })
        // The seed bank's true statements are all supported, and none is asked twice.
        let seed = QuestionGenerator(checker: try #require(Fixtures.checker))
        for fact in seed.bank.facts {
            let prompts = seed.questions(for: fact).filter { $0.type == .trueFalse }.map(\.prompt)
            #expect(Set(prompts).count == prompts.count, "\(fact.id)")
        }
    }
}
