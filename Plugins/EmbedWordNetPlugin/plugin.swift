import Foundation
import PackagePlugin

/// Compiles the parts of WordNet 3.0 the checker needs into the core library, so the program
/// never reads WordNet's files at run time. WordNet comes from Debian's `wordnet-base`
/// (/usr/share/wordnet) or the folder named by WORDNET_DIR when the package is built.
@main
struct EmbedWordNetPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = ProcessInfo.processInfo.environment["WORDNET_DIR"] ?? "/usr/share/wordnet"
        let names = ["index.noun", "index.verb", "index.adj", "index.adv", "data.noun", "data.verb", "data.adj", "data.adv",
                     "cntlist.rev", "verb.exc", "noun.exc"]
        let inputs = names.map { URL(fileURLWithPath: directory).appending(path: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let output = context.pluginWorkDirectoryURL.appending(path: "WordNetData.swift")
        return [
            .buildCommand(
                displayName: "Compiling WordNet from \(directory)",
                executable: try context.tool(named: "WordNetCompiler").url,
                arguments: [output.path, directory],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
