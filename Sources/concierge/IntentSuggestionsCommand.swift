import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge intents suggestions`: agents' intent corrections, as candidate catalog examples to review.
struct IntentSuggestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggestions",
        abstract: "List the buyer lines agents re-ran as another intent (/intent), as tab-separated values (intent, text, was, agent, at) for review."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let corrections = try database.open(now: Date()).corrections()
            if corrections.isEmpty {
                Console.standardError.note("No corrections yet.")
                return
            }
            // Tab-separated values with a header row: each field is sanitised on its own (a tab inside becomes a
            // space), so the tabs between fields survive.
            let rows = [["intent", "text", "was", "agent", "at"]] + corrections.map {
                [$0.intent, $0.text, $0.predicted, $0.agentID, DateText.iso8601($0.at)]
            }
            for row in rows { Console.standardOutput.raw(row.map(TerminalText.sanitize).joined(separator: "\t")) }
        }
    }
}
