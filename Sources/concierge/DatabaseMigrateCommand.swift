import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge db migrate --db PATH`: brings a database written by an older Concierge up to date.
struct DatabaseMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring a database written by an older Concierge up to date (other commands never change its tables).",
        discussion: "Refuses, changing nothing, a file that belongs to another program or was written by a newer Concierge."
    )

    @Option(name: .long, help: ArgumentHelp("The database file to migrate.", valueName: "path"))
    var db: String

    func run() throws {
        try reportingFailures {
            guard FileManager.default.fileExists(atPath: db) else { throw CommandFailure.noDatabase(path: db) }
            _ = try OrderStore.open(existing: db, access: .migrate)
            Console.standardOutput.plain("\(db) is up to date.")
        }
    }
}
