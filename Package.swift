// swift-tools-version: 6.1
import PackageDescription

// The targets are the architecture: each part sees only the parts below it.
//   ConciergeDomain        Foundation only
//   ConciergeUnderstanding Domain, Yams
//   ConciergeDialogs       Domain, Understanding
//   ConciergeStore         Domain, GRDB, Yams
//   ConciergeSession       Domain, Understanding, Dialogs, Store
//   ConciergeTranscript    Domain, Understanding, Dialogs, Store, Session
//   ConciergeKit           re-exports all of the above for users of the package
//   concierge              the executable: the only place that reads the environment or prints
let package = Package(
    name: "Concierge",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "concierge", targets: ["concierge"]),
        .library(name: "ConciergeKit", targets: ["ConciergeKit"]),
        .executable(name: "ConciergeFuzz", targets: ["ConciergeFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(name: "ConciergeDomain"),
        .target(
            name: "ConciergeUnderstanding",
            dependencies: ["ConciergeDomain", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ConciergeDialogs",
            dependencies: ["ConciergeDomain", "ConciergeUnderstanding"]
        ),
        .target(
            name: "ConciergeStore",
            dependencies: [
                "ConciergeDomain",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.embedInCode("Resources/DemoData.yaml")]
        ),
        .target(
            name: "ConciergeSession",
            dependencies: ["ConciergeDomain", "ConciergeUnderstanding", "ConciergeDialogs", "ConciergeStore"]
        ),
        .target(
            name: "ConciergeTranscript",
            dependencies: ["ConciergeDomain", "ConciergeUnderstanding", "ConciergeDialogs", "ConciergeStore", "ConciergeSession"]
        ),
        .target(
            name: "ConciergeKit",
            dependencies: [
                "ConciergeDomain", "ConciergeUnderstanding", "ConciergeDialogs",
                "ConciergeStore", "ConciergeSession", "ConciergeTranscript",
            ]
        ),
        .executableTarget(
            name: "concierge",
            dependencies: [
                "ConciergeKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build carries the Swift runtime and Foundation (as `--static-swift-stdlib` does): the loader
            // then binds no shared Swift libraries at every start (about a fifth less start-up CPU, measured at the time).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        // libFuzzer targets for the line pipeline and the fixture parser (scripts/fuzz.sh); a file replayer otherwise.
        .executableTarget(name: "ConciergeFuzz", dependencies: ["ConciergeKit"]),
        .target(
            name: "ConciergeTestSupport",
            dependencies: ["ConciergeKit"],
            path: "Tests/ConciergeTestSupport"
        ),
        .testTarget(name: "ConciergeDomainTests", dependencies: ["ConciergeDomain", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeUnderstandingTests", dependencies: ["ConciergeUnderstanding", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeDialogsTests", dependencies: ["ConciergeDialogs", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeStoreTests", dependencies: ["ConciergeStore", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeSessionTests", dependencies: ["ConciergeSession", "ConciergeTestSupport"]),
        .testTarget(name: "ConciergeTranscriptTests", dependencies: ["ConciergeTranscript", "ConciergeTestSupport"]),
        // Runs the built `concierge` binary (README examples, replay's exit codes and JUnit) and tests its helpers.
        .testTarget(name: "ConciergeCLITests", dependencies: ["concierge", "ConciergeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
