import FactCheckKit
import Foundation
import Testing
@testable import factcheck

/// The bank built into the program is the one under questions/, prepared at build time.
@Suite struct BuiltInBankTests {
    @Test func theBuiltInBankIsTheBankFileOfTheSameName() throws {
        let builtIn = try BuiltInBanks.loadAll()
        #expect(builtIn.count == EmbeddedBanks.banks.count)
        for (entry, index) in zip(EmbeddedBanks.banks, builtIn) {
            let file = try BankLoader.loadFile(Run.packageRoot.appendingPathComponent("questions/\(entry.name)").path)
            #expect(index.bank.origin == "built-in:\(entry.name)")
            #expect(index.bank.article.id == entry.article)
            #expect(index.bank.article.text == file.article.text)
            // Entities too, with their places in the file under the file's own name.
            #expect(index.bank.entities.count == file.entities.count)
            for (a, b) in zip(index.bank.entities, file.entities) {
                var relocated = a
                relocated.location?.file = b.location?.file ?? ""
                relocated.aliasLocations = a.aliasLocations.mapValues { var place = $0; place.file = b.location?.file ?? ""; return place }
                #expect(relocated == b)
                #expect(a.location?.file == "built-in:\(entry.name)")
            }
            // Facts are the same but for the file their locations name.
            #expect(index.bank.facts.count == file.facts.count)
            for (a, b) in zip(index.bank.facts, file.facts) {
                var relocated = a
                relocated.location.file = b.location.file
                #expect(relocated == b)
                #expect(a.location.file == "built-in:\(entry.name)")
            }
            let fromFile = StatementChecker(bank: file)
            let fromBuiltIn = StatementChecker(index: index)
            for fact in file.facts {
                #expect(fromBuiltIn.check(fact.statement).verdict == fromFile.check(fact.statement).verdict, "\(fact.statement)")
            }
        }
    }
}
