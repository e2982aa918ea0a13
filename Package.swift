// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Concierge",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "concierge", targets: ["concierge"]),
        .library(name: "ConciergeKit", targets: ["ConciergeKit"]),
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
        .target(
            name: "ConciergeKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Sources/ConciergeKit"
        ),
        .executableTarget(
            name: "concierge",
            dependencies: [
                "ConciergeKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/concierge"
        ),
        .testTarget(
            name: "ConciergeKitTests",
            dependencies: ["ConciergeKit"],
            path: "Tests/ConciergeKitTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
