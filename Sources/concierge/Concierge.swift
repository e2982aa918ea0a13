import ArgumentParser
import ConciergeKit
import Foundation

/// The `concierge` executable: terminal I/O around ConciergeKit. With no arguments it chats on the embedded demo database.
@main
struct Concierge: ParsableCommand {
    /// The release, printed by `concierge --version`.
    static let version = "0.5.0"

    static let configuration = CommandConfiguration(
        commandName: "concierge",
        abstract: "A terminal support assistant for marketplace buyers.",
        discussion: """
            With no command, chats as the demo buyer on the embedded demo database (created on first run).
            Shell completion: concierge --generate-completion-script bash > ~/.local/share/bash-completion/completions/concierge
            """,
        version: version,
        subcommands: [ChatCommand.self, DatabaseCommand.self, OrdersCommand.self, AuditCommand.self, PrivacyCommand.self, ReplayCommand.self,
                      ClassifyCommand.self, IntentsCommand.self, BenchCommand.self],
        defaultSubcommand: ChatCommand.self
    )

    /// Parses and runs the command line, after catching a mistyped command name: with `chat` as the default
    /// command, `concierge ordrs` would otherwise get the chat's usage and "unexpected argument".
    static func main() {
        installSignalHandlers()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let word = arguments.first, let message = unknownCommandMessage(word) {
            Console.standardError.error(message)
            Console.standardError.note("Commands: \(commandNames.joined(separator: ", ")). See concierge --help.")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        runWithoutEchoingControls(arguments)
    }

    /// The names of the top-level commands.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// A message for a first word that is neither an option nor a command; nil when the word is fine.
    static func unknownCommandMessage(_ word: String) -> String? {
        guard !word.hasPrefix("-"), !commandNames.contains(word), word != "help" else { return nil }
        let close = commandNames.filter { editDistance($0, word) <= 2 || $0.hasPrefix(word) }
        let hint = close.isEmpty ? "" : " Did you mean \(close.map { "'\($0)'" }.joined(separator: " or "))?"
        return "Unknown command '\(word)'.\(hint)"
    }

    /// Levenshtein distance, for "did you mean".
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
