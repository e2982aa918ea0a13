import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge intents …`: inspect, check and evaluate the intent catalog.
struct IntentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intents",
        abstract: "Inspect, check and evaluate the intent catalog.",
        subcommands: [Examples.self, Check.self, IntentsEvalCommand.self, IntentSuggestionsCommand.self,
                      IntentsBundleCommand.self]
    )

    /// `--set name=value`: matcher settings to try instead of the defaults.
    struct SettingsOptions: ParsableArguments {
        @Option(name: .customLong("set"), help: "Override a matcher setting, name=value (repeatable).")
        var overrides: [String] = []

        func settings() throws -> MatcherSettings {
            var settings = MatcherSettings()
            for override in overrides {
                let parts = override.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, settings.set(parts[0], to: parts[1]) else {
                    throw ValidationError("unknown setting '\(override)'")
                }
            }
            return settings
        }
    }

    struct Examples: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every training example as intent<TAB>text (the file's declared intent).")

        @OptionGroup var catalog: CatalogOptions

        @Flag(help: "Print family<TAB>intent<TAB>text, the family being file:line of its first sentence.")
        var families = false

        func run() throws {
            try reportingFailures {
                let catalog = try catalog.load()
                var output = ""
                for intent in catalog.intents {
                    for example in intent.examples {
                        let text = example.text.replacingOccurrences(of: "\n", with: " ")
                        if families { output += "\(intent.file):\(example.family)\t" }
                        output += "\(intent.name)\t\(text)\n"
                    }
                }
                Console.standardOutput.raw(output, terminator: "")
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the catalog; exits non-zero listing file:line: problem.")

        @OptionGroup var catalog: CatalogOptions

        func run() throws {
            try reportingFailures {
                let catalog = try catalog.load()
                let problems = catalog.check()
                if problems.isEmpty {
                    let count = catalog.intents.reduce(0) { $0 + $1.examples.count }
                    Console.standardOutput.plain("ok: \(catalog.intents.count) intents, \(count) examples")
                    return
                }
                for problem in problems { Console.standardError.plain("\(problem)") }
                Console.standardError.plain("\(problems.count) problem(s)")
                throw ExitCode(1)
            }
        }
    }
}
