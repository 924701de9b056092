// swift-tools-version:6.1
// libFuzzer targets for govgraph's readers and extraction; a package of its own so that the main
// build and `swift test` never see them. Build and run with `Fuzz/fuzz.sh` (see the README).
import PackageDescription

let dependencies: [Target.Dependency] = [
    "FuzzSupport",
    .product(name: "GovGraphInput", package: "govgraph"),
    .product(name: "GovGraphExtraction", package: "govgraph"),
    .product(name: "GovGraphModel", package: "govgraph"),
]

let package = Package(
    name: "govgraph-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "govgraph", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "GovGraphInput", package: "govgraph"),
                .product(name: "GovGraphModel", package: "govgraph"),
            ]),
        .executableTarget(name: "FuzzTextDecoder", dependencies: dependencies),
        .executableTarget(name: "FuzzHTML", dependencies: dependencies),
        .executableTarget(name: "FuzzFeed", dependencies: dependencies),
        .executableTarget(name: "FuzzJSONLines", dependencies: dependencies),
        .executableTarget(name: "FuzzExtraction", dependencies: dependencies),
        .executableTarget(name: "FuzzGazetteer", dependencies: dependencies),
    ],
    swiftLanguageModes: [.v6]
)
