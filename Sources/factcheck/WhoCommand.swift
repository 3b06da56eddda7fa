import ArgumentParser
import FactCheckKit
import Foundation

extension FactCheck {
    struct Who: ContextCommand {
        static let configuration = CommandConfiguration(
            commandName: "who",
            abstract: "Show who or what a name refers to: aliases, position and the facts about them.",
            discussion: "Any alias works: a surname, a title, a description such as \"America's top diplomat\".")

        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "A name or alias.", completion: .custom { words, _, prefix in Who.names(words: words, prefix: prefix) })
        var name: [String]

        /// Completion: the one-word names and aliases in the bank the command line selects.
        static func names(words: [String], prefix: String) -> [String] {
            let path = words.firstIndex(of: "--bank").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
            let article = words.firstIndex(of: "--article").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
            guard let bank = try? BankSelection(path: path, article: article).load().bank else { return [] }
            var names: [String] = []
            for entity in bank.entities {
                for name in [entity.name] + entity.aliases where !name.contains(" ") && !names.contains(name) { names.append(name) }
            }
            return names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
        }

        func execute(in context: AppContext) throws {
            let query = name.joined(separator: " ")
            let bank = context.bank
            guard let entity = EntityLookup.find(query, in: bank) else {
                let names = bank.entities.map(\.name).joined(separator: ", ")
                throw NotFound("no one called '\(Terminal.clean(query))' in the article; try one of: \(names)")
            }
            let style = context.style
            var out = style.bold(Terminal.clean(entity.name)) + style.dim(" (\(entity.type.rawValue), id \(entity.id))") + "\n"
            out += hangingWrap("  also called: ", entity.aliases.filter { $0 != entity.name }.map(Terminal.clean).joined(separator: ", "),
                               width: context.width) + "\n"
            if !entity.members.isEmpty {
                out += "  stands for: " + entity.members.compactMap { bank.entity($0)?.name }.joined(separator: ", ") + "\n"
            }
            let about = bank.facts.filter { $0.subject == entity.id || $0.object == entity.id }
            for fact in about where fact.category == .position {
                out += hangingWrap("  position: ", Terminal.clean(fact.statement), width: context.width) + "\n"
            }
            out += "\n"
            for fact in about where fact.category != .position {
                out += hangingWrap("  " + style.cyan(fact.id) + " ", Terminal.clean(fact.statement), width: context.width) + "\n"
            }
            if about.isEmpty { out += "  the bank has no facts about \(Terminal.clean(entity.name))\n" }
            Terminal.standardOutput.write(out)
        }
    }
}

/// Finds an entity by any of its names, ignoring case and typography, then by close spelling.
enum EntityLookup {
    static func find(_ query: String, in bank: FactBank) -> Entity? {
        let wanted = EntityMatch.normal(query)
        guard !wanted.isEmpty else { return nil }
        if let exact = bank.entities.first(where: { e in ([e.id, e.name] + e.aliases).contains { EntityMatch.normal($0) == wanted } }) {
            return exact
        }
        var best: (Entity, Int)?
        for entity in bank.entities {
            for alias in [entity.name] + entity.aliases {
                let limit = max(1, EditDistance.tolerance(forLength: wanted.count))
                if let d = EditDistance.distance(EntityMatch.normal(alias), wanted, limit: limit), d < (best?.1 ?? Int.max) { best = (entity, d) }
            }
        }
        return best?.0
    }
}
