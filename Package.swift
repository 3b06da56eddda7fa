// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "factcheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factcheck", targets: ["factcheck"]),
        .library(name: "FactCheckKit", targets: ["FactCheckKit"]),
        .library(name: "FactCheckCore", targets: ["FactCheckCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Banks, language and the statement checker: what the build step needs to prepare a bank.
        .target(
            name: "FactCheckCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
            ],
            plugins: ["EmbedWordNetPlugin"]
        ),
        // Reads WordNet 3.0 when the package is built; the core library embeds what it needs.
        .executableTarget(
            name: "WordNetCompiler",
            path: "Sources/WordNetCompiler"
        ),
        .plugin(
            name: "EmbedWordNetPlugin",
            capability: .buildTool(),
            dependencies: ["WordNetCompiler"]
        ),
        // Study sessions, progress and reports, over the core.
        .target(
            name: "FactCheckKit",
            dependencies: [
                "FactCheckCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(name: "CTerminal"),
        .target(
            name: "LineEditing",
            dependencies: ["CEditLine", "CTerminal"]
        ),
        .executableTarget(
            name: "BankEmbedder",
            dependencies: ["FactCheckCore"],
            path: "Sources/BankEmbedder"
        ),
        .plugin(
            name: "EmbedBankPlugin",
            capability: .buildTool(),
            dependencies: ["BankEmbedder"]
        ),
        .executableTarget(
            name: "factcheck",
            dependencies: [
                "FactCheckKit",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedBankPlugin"]
        ),
        .executableTarget(
            name: "factcheck-bench",
            dependencies: ["FactCheckKit"],
            path: "Benchmarks/factcheck-bench"
        ),
        // The fuzz suite: generators of hostile inputs and the checks run on the built binary.
        .target(
            name: "FuzzKit",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "factcheck-fuzz",
            dependencies: ["FuzzKit"]
        ),
        .testTarget(
            name: "FactCheckCoreTests",
            dependencies: ["FactCheckCore"],
            exclude: ["riverton.yaml"]
        ),
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "FactCheckKitTests",
            dependencies: ["FactCheckKit", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "FactCheckCLITests",
            dependencies: ["FactCheckKit", "factcheck", "CTerminal", "TestSupport", "FuzzKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
