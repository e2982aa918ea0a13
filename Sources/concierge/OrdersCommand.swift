import ArgumentParser

/// `concierge orders …`: look at orders without chatting (support and scripts).
struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "List or show orders.",
        subcommands: [OrdersListCommand.self, OrdersShowCommand.self]
    )
}
