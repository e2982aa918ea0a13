import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge audit`: the append-only event log — who did what to which order, when, before and after.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the event log (every buyer, agent, seller and platform action), oldest first."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Only events of this order.", valueName: "id"))
    var order: OrderID?

    @Option(name: .long, help: ArgumentHelp("Only events of this support agent.", valueName: "agent-id"))
    var agent: String?

    @Flag(name: .long, help: "Print a JSON array of events.")
    var json = false

    @Flag(name: .long, help: "Check the event log's hash chain: any edited, removed or inserted event is reported (exit 1).")
    var verify = false

    func run() throws {
        try reportingFailures {
            let store = try database.open(now: Date())
            if verify { return try verifyChain(store) }
            var events = try store.events(orderID: order)
            if let agent { events = events.filter { $0.actor == Actor.agent(agent).recordedID } }
            if json {
                let objects: [[String: Any]] = events.map { event in
                    [
                        "id": event.id, "at": DateText.iso8601(event.at), "actor": event.actor, "action": event.action.rawValue,
                        "order": event.orderID?.rawValue ?? NSNull(), "buyer": event.buyerID?.rawValue ?? NSNull(),
                        "before": event.beforeStatus?.rawValue ?? NSNull(), "after": event.afterStatus?.rawValue ?? NSNull(), "detail": event.detail,
                    ]
                }
                Console.standardOutput.raw(try OrderJSON.text(objects))
                return
            }
            if events.isEmpty { Console.standardOutput.plain("No events."); return }
            // Aligned columns; the detail (free text) comes last so it can be any length.
            let rows = events.map { event in
                [DateText.iso8601(event.at), event.actor, event.action.rawValue, event.orderID.map { "#\($0)" } ?? "-", event.buyerID?.rawValue ?? "-",
                 event.beforeStatus.map { "\($0.rawValue) → \(event.afterStatus?.rawValue ?? "?")" } ?? "-", TerminalText.sanitize(event.detail)]
            }
            for line in TextColumns.align(rows.map { $0.map(TerminalText.sanitize) }) { Console.standardOutput.plain(line) }
        }
    }

    /// `--verify`: one line when the chain holds, else one line per problem and exit code 1.
    private func verifyChain(_ store: OrderStore) throws {
        let report = try store.verifyEventChain()
        if report.verifies {
            Console.standardOutput.plain("The event log verifies: \(report.events) events, chain intact (last hash \(report.lastHash)).")
            return
        }
        for problem in report.problems { Console.standardOutput.plain(problem.description) }
        throw CommandFailure.other("The event log does not verify: \(report.problems.count) problems in \(report.events) events.")
    }
}
