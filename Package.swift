// swift-tools-version:6.1
import PackageDescription

// Upcoming features, each with its proposal:
let swiftSettings: [SwiftSetting] = [
    // SE-0335: `any` is spelled out for existential types.
    .enableUpcomingFeature("ExistentialAny"),
    // SE-0444: a file sees only the modules it imports itself.
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "govgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GovGraphModel", targets: ["GovGraphModel"]),
        .library(name: "GovGraphExtraction", targets: ["GovGraphExtraction"]),
        .library(name: "GovGraphStore", targets: ["GovGraphStore"]),
        .library(name: "GovGraphPostgres", targets: ["GovGraphPostgres"]),
        .library(name: "GovGraphExport", targets: ["GovGraphExport"]),
        .library(name: "GovGraphInput", targets: ["GovGraphInput"]),
        .library(name: "GovGraphEvaluation", targets: ["GovGraphEvaluation"]),
        .library(name: "GovGraphQuery", targets: ["GovGraphQuery"]),
        .library(name: "GovGraphServer", targets: ["GovGraphServer"]),
        .executable(name: "govgraph", targets: ["govgraph"]),
        .executable(name: "govgraph-bench", targets: ["govgraph-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // The PostgreSQL store.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // `govgraph serve`: the HTTP server, its templates and its request log.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // MARK: Libraries, in the direction of their dependencies
        // The vocabulary every module shares: entities, mentions, relations, graphs.
        .target(name: "GovGraphModel", swiftSettings: swiftSettings),
        // Pure extraction: text in, values out. No file I/O, no SQLite.
        .target(name: "GovGraphExtraction", dependencies: ["GovGraphModel"], swiftSettings: swiftSettings),
        // The SQLite graph store; GRDB stays an implementation detail.
        .target(
            name: "GovGraphStore",
            dependencies: ["GovGraphModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        // The graph in PostgreSQL, for many writers (postgres-nio); the SQLite store's rows and
        // result types, not its SQL engine.
        .target(
            name: "GovGraphPostgres",
            dependencies: [
                "GovGraphModel", "GovGraphStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        // Pure, deterministic renderers (DOT, NetworkX JSON, GraphML, GEXF, Popolo, neo4j and plain CSV).
        .target(name: "GovGraphExport", dependencies: ["GovGraphModel"], swiftSettings: swiftSettings),
        // libxml2 (apt: libxml2-dev), for HTML pages and RSS/Atom feeds. Foundation's XMLDocument
        // is not used: on Linux it mangles HTML entities such as &auml;.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // The edge to the file system: input files and formats (text, HTML, JSON lines, feeds),
        // their encodings, the gazetteer folder.
        .target(
            name: "GovGraphInput", dependencies: ["GovGraphModel", "GovGraphExtraction", "CLibXML2"],
            swiftSettings: swiftSettings),
        // Pure scoring against gold annotations and CoNLL corpora. No file I/O, no extraction.
        .target(name: "GovGraphEvaluation", dependencies: ["GovGraphModel"], swiftSettings: swiftSettings),

        // The answers the query commands and the server share: entity resolution with "did you
        // mean", the JSON shapes of `--json`, the export formats (Graphviz for the diagrams).
        .target(
            name: "GovGraphQuery", dependencies: ["GovGraphModel", "GovGraphStore", "GovGraphExport"],
            swiftSettings: swiftSettings),
        // `govgraph serve`: the web explorer (server-rendered HTML) and the JSON API on Hummingbird.
        .target(
            name: "GovGraphServer",
            dependencies: [
                "GovGraphModel", "GovGraphStore", "GovGraphExport", "GovGraphQuery",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings),

        // MARK: The command-line tool
        .executableTarget(
            name: "govgraph",
            dependencies: [
                "GovGraphModel", "GovGraphExtraction", "GovGraphStore", "GovGraphPostgres", "GovGraphExport",
                "GovGraphInput", "GovGraphEvaluation", "GovGraphQuery", "GovGraphServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        // Benchmarks (run with -c release).
        .executableTarget(
            name: "govgraph-bench",
            dependencies: [
                "GovGraphModel", "GovGraphExtraction", "GovGraphInput",
                "GovGraphStore", "GovGraphPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),

        // MARK: Tests
        .testTarget(name: "GovGraphModelTests", dependencies: ["GovGraphModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GovGraphExtractionTests", dependencies: ["GovGraphExtraction", "GovGraphModel"],
            swiftSettings: swiftSettings),
        // The store's tests, for both backends: PostgreSQL's run against the server
        // GOVGRAPH_TEST_POSTGRES names (skipped without one, unless GOVGRAPH_REQUIRE_POSTGRES=1).
        .testTarget(
            name: "GovGraphStoreTests", dependencies: ["GovGraphStore", "GovGraphPostgres", "GovGraphModel"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovGraphExportTests", dependencies: ["GovGraphExport", "GovGraphModel"],
            exclude: ["Snapshots"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GovGraphInputTests", dependencies: ["GovGraphInput", "GovGraphExtraction"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovGraphEvaluationTests", dependencies: ["GovGraphEvaluation", "GovGraphModel"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovGraphQueryTests", dependencies: ["GovGraphQuery", "GovGraphStore", "GovGraphModel"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovGraphServerTests",
            dependencies: [
                "GovGraphServer", "GovGraphStore", "GovGraphModel",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "GovGraphCLITests", dependencies: ["govgraph", "govgraph-bench"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
