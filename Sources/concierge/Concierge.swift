import ArgumentParser
import ConciergeKit

@main
struct Concierge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concierge",
        abstract: "A terminal support assistant for marketplace buyers.",
        subcommands: [ClassifyCommand.self, IntentsCommand.self, ReplayCommand.self]
    )
}
