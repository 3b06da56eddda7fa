import Foundation
import PackagePlugin

/// Embeds the fact banks under `questions/` into the executable, so the seed bank is the
/// default wherever the binary is installed while `questions/` stays the single source.
@main
struct EmbedBankPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let questions = context.package.directoryURL.appending(path: "questions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: questions.path)) ?? []
        let banks = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { questions.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedBanks.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(banks.count) fact bank(s)",
                executable: try context.tool(named: "BankEmbedder").url,
                arguments: [output.path] + banks.map(\.path),
                inputFiles: banks,
                outputFiles: [output]
            )
        ]
    }
}
