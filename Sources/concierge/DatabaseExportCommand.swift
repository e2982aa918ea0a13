import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge db export --db PATH`: the whole database as a fixture (JSON, which fixture readers accept).
struct DatabaseExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the database as a fixture file (JSON, readable by db init --fixture)."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(now: Date())
            Console.standardOutput.raw(try FixtureWriter().render(try store.exportFixture()))
        }
    }
}
