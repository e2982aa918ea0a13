import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge privacy …`: a buyer's personal data.
struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "Erase a buyer's free text (messages, notes, dispute descriptions, handoff summaries).",
        subcommands: [PrivacyEraseCommand.self]
    )
}

/// `concierge privacy erase --buyer ID [--db PATH]`.
struct PrivacyEraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Remove a buyer's free text; orders, payments and the event log stay, and the log still verifies.",
        discussion: "The erasure is itself recorded in the event log (who, when, how much), without the erased text."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("The buyer whose free text is erased.", valueName: "id"))
    var buyer: BuyerID

    @Option(name: .long, help: ArgumentHelp("Who asked for the erasure, recorded in the event log as an agent.", valueName: "agent-id"))
    var agent = "privacy"

    func run() throws {
        try reportingFailures {
            let store = try database.open(now: Date(), access: .readWrite)
            let counts = try store.eraseFreeText(buyerID: buyer, by: .agent(agent), at: Date())
            Console.standardOutput.plain("Erased the free text of buyer \(buyer): \(counts).")
        }
    }
}
