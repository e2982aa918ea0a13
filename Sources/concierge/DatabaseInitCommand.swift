import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge db init --db PATH (--demo | --fixture FILE | --synthetic N [--seed S])`.
struct DatabaseInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database and load the demo data or a fixture file into it.",
        discussion: """
            Refuses, changing nothing, when the database already holds data. A malformed fixture is reported \
            as file:line: field: problem and nothing is written (a database file that did not exist before \
            is removed again).
            """
    )

    @Option(name: .long, help: ArgumentHelp("The database file to create.", valueName: "path"), completion: .file())
    var db: String

    @Flag(name: .long, help: "Load the built-in demo data (3 buyers, 31 orders), moved to --now.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Load this fixture file (YAML or JSON; see README.md).", valueName: "file"), completion: .file(extensions: ["yaml", "yml", "json"]))
    var fixture: String?

    @Option(name: .long, help: ArgumentHelp(
        "Create a synthetic marketplace of this many orders (about one buyer per ten orders, 500 sellers) plus the demo data, for measuring.",
        valueName: "orders"))
    var synthetic: Int?

    @Option(name: .long, help: ArgumentHelp("The seed of --synthetic: the same seed gives the same marketplace.", valueName: "seed"))
    var seed: UInt64 = 1

    @OptionGroup var clock: ClockOptions

    func validate() throws {
        if [demo, fixture != nil, synthetic != nil].filter({ $0 }).count != 1 {
            throw ValidationError("Give exactly one of --demo, --fixture FILE or --synthetic N.")
        }
        if let synthetic, synthetic < 0 { throw ValidationError("--synthetic takes a number of orders, 0 or more.") }
    }

    func run() throws {
        try reportingFailures {
            // Read everything before touching the database, so a bad file changes nothing.
            let now = try clock.clock().now
            let data = if let fixture {
                try FixtureParser().parse(contentsOf: URL(fileURLWithPath: fixture))
            } else {
                try DemoData.fixture(at: now)
            }
            let existed = FileManager.default.fileExists(atPath: db)
            do {
                let counts = if let synthetic {
                    try loadSynthetic(SyntheticMarketplace(orders: synthetic, seed: seed, now: now), demo: data)
                } else {
                    try load(data)
                }
                Console.standardOutput.plain("Created \(db): \(counts).")
            } catch {
                if !existed { removeDatabase() }
                throw error
            }
        }
    }

    /// Opens (or creates) the database and loads `data` in one transaction; the store is closed on return.
    private func load(_ data: Fixture) throws -> String {
        let store = try OrderStore.open(path: db)
        try store.load(data, intoEmpty: true)
        return [Plural.count(data.buyers.count, "buyer"), Plural.count(data.sellers.count, "seller"), Plural.count(data.orders.count, "order")].joined(separator: ", ")
    }

    /// Opens (or creates) the database and loads the demo data and the synthetic marketplace.
    private func loadSynthetic(_ marketplace: SyntheticMarketplace, demo: Fixture) throws -> String {
        let store = try OrderStore.open(path: db)
        let counts = try store.loadSynthetic(marketplace, demo: demo)
        return [Plural.count(counts.buyers, "buyer"), Plural.count(counts.sellers, "seller"), Plural.count(counts.orders, "order")].joined(separator: ", ")
    }

    /// Removes a database file this command created, with SQLite's side files.
    private func removeDatabase() {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: db + suffix)
        }
    }
}
