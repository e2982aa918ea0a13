import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge db init --db PATH (--demo | --fixture FILE | --synthetic N [--seed S])`.
struct DatabaseInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database and load the demo data or a fixture file into it.",
        discussion: """
            Refuses, changing nothing, when the database already holds data or belongs to another program. \
            A malformed fixture is reported as file:line: field: problem and nothing is written. A new database \
            is built under a temporary name and put in place only when complete, so several `db init` at once \
            create it exactly once.
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
            var counts = ""
            let populate: (OrderStore) throws -> Void = { store in
                if let synthetic {
                    let loaded = try store.loadSynthetic(SyntheticMarketplace(orders: synthetic, seed: seed, now: now), demo: data)
                    counts = Self.counts(loaded.buyers, loaded.sellers, loaded.orders)
                } else {
                    try store.load(data, intoEmpty: true)
                    counts = Self.counts(data.buyers.count, data.sellers.count, data.orders.count)
                }
            }
            // A new file is built aside and linked into place whole: of several `db init` at once, exactly one creates it.
            if try OrderStore.create(path: db, populate: populate) {
                Console.standardOutput.plain("Created \(db): \(counts).")
                return
            }
            // The file exists (perhaps made a moment ago by another process): load into it only if it holds
            // no data, in one transaction. It is never deleted: it is not this command's file.
            try populate(try OrderStore.open(existing: db, access: .migrate))
            Console.standardOutput.plain("Loaded into \(db): \(counts).")
        }
    }

    private static func counts(_ buyers: Int, _ sellers: Int, _ orders: Int) -> String {
        [Plural.count(buyers, "buyer"), Plural.count(sellers, "seller"), Plural.count(orders, "order")].joined(separator: ", ")
    }
}
