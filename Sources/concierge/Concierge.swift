import ArgumentParser
import ConciergeKit

/// The `concierge` executable: terminal I/O around ConciergeKit. With no arguments it chats on the embedded demo database.
@main
struct Concierge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concierge",
        abstract: "A terminal support assistant for marketplace buyers.",
        discussion: "With no command, chats as the demo buyer on the embedded demo database (created on first run).",
        subcommands: [ChatCommand.self, DatabaseCommand.self, OrdersCommand.self, AuditCommand.self, ReplayCommand.self,
                      ClassifyCommand.self, IntentsCommand.self, BenchCommand.self],
        defaultSubcommand: ChatCommand.self
    )
}
