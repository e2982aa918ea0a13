import ArgumentParser

/// `concierge db …`: create and export databases.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create a database from the demo data or a fixture file, or export one.",
        subcommands: [DatabaseInitCommand.self, DatabaseMigrateCommand.self, DatabaseExportCommand.self]
    )
}
