import Foundation
import Testing
@testable import FactCheckCore

/// Anchors and aliases in every whitespace and flow context are refused before a tree is built.
@Suite struct YAMLSafetyTests {
    static func bomb(separator: String, prefix: String) -> String {
        var text = "format: factcheck.bank/1\nx0:\(separator)\(prefix)&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            text += "x\(i):\(separator)\(prefix)&a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }

    @Test(arguments: [
        (" ", ""), ("\t", ""), (" ", "[it 's, "), ("\t", "[it 's, "), (" ", "[\"a\" , "), (" ", "{k: v, z: "),
    ])
    func bombsInEveryContextAreRefusedQuickly(separator: String, prefix: String) throws {
        var text = Self.bomb(separator: separator, prefix: prefix)
        if prefix.hasPrefix("[") { text = text.replacingOccurrences(of: "]\n", with: "]]\n") }
        if prefix.hasPrefix("{") { text = text.replacingOccurrences(of: "]\n", with: "]}\n") }
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(Fixtures.firstProblem(text))
        #expect(error.kind == .aliasNotAllowed, "\(error)")
        #expect(clock.now - start < .seconds(1))
    }

    @Test(arguments: ["a: [\t&x v]", "? &k key\n: v", "k: !!str &a v", "- [a, *b]", "a:\t*b"])
    func anchorsAfterTabsTagsAndKeysAreFound(text: String) {
        #expect(YAMLSafety.firstAnchorOrAlias(in: text) != nil)
    }

    @Test(arguments: ["a: '&b *c'", "a: \"x &b\"", "a: |\n  &b *c\n", "a: 5 * 3", "a: [x & y]", "a: b # &c"])
    func textThatOnlyLooksLikeAnAnchorIsKept(text: String) {
        #expect(YAMLSafety.firstAnchorOrAlias(in: text) == nil)
    }
}
