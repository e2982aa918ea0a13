import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge intents suggestions`: agents' intent corrections, as candidate catalog examples to review.
struct IntentSuggestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggestions",
        abstract: "List the buyer lines agents re-ran as another intent (/intent), as `intent<TAB>text` for review."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let corrections = try database.open(now: Date()).corrections()
            if corrections.isEmpty {
                Console.standardError.note("No corrections yet.")
                return
            }
            for correction in corrections {
                Console.standardOutput.plain(TerminalText.sanitize(
                    "\(correction.intent)\t\(correction.text)\t# was \(correction.predicted), by \(correction.agentID) \(DateText.iso8601(correction.at))"))
            }
        }
    }
}
