import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge intents …`: inspect, check and evaluate the intent catalog.
struct IntentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intents",
        abstract: "Inspect, check and evaluate the intent catalog.",
        subcommands: [Examples.self, Check.self, Eval.self, IntentSuggestionsCommand.self]
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

    /// Where the catalog is read from.
    struct CatalogOptions: ParsableArguments {
        @Option(name: .customLong("intents"), help: "The intents directory (default: $CONCIERGE_INTENTS, ./intents, or the repository's).")
        var directory: String?

        func load() throws -> IntentCatalog {
            let url = directory.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? IntentCatalog.defaultDirectory()
            do {
                return try IntentCatalog.load(directory: url)
            } catch let error as CatalogError {
                throw ValidationError(error.description)
            }
        }
    }

    struct Examples: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every training example as intent<TAB>text (the file's declared intent).")

        @OptionGroup var catalog: CatalogOptions

        func run() throws {
            let catalog = try catalog.load()
            var output = ""
            for intent in catalog.intents {
                for example in intent.examples {
                    output += "\(intent.name)\t\(example.text.replacingOccurrences(of: "\n", with: " "))\n"
                }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the catalog; exits non-zero listing file:line: problem.")

        @OptionGroup var catalog: CatalogOptions

        func run() throws {
            let catalog: IntentCatalog
            do {
                let url = self.catalog.directory.map { URL(fileURLWithPath: $0, isDirectory: true) }
                    ?? IntentCatalog.defaultDirectory()
                catalog = try IntentCatalog.load(directory: url)
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(1)
            }
            let problems = catalog.check()
            if problems.isEmpty {
                let count = catalog.intents.reduce(0) { $0 + $1.examples.count }
                print("ok: \(catalog.intents.count) intents, \(count) examples")
                return
            }
            for problem in problems {
                FileHandle.standardError.write(Data("\(problem)\n".utf8))
            }
            FileHandle.standardError.write(Data("\(problems.count) problem(s)\n".utf8))
            throw ExitCode(1)
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cross-validate on the catalog and score labelled files (labels<TAB>text).")

        @OptionGroup var catalog: CatalogOptions

        @Option(help: "Folds of the catalog cross-validation (0 to skip it).")
        var folds: Int = 5

        @OptionGroup var settingsOptions: SettingsOptions

        @Option(help: "Print up to this many misclassified utterances per file.")
        var errors: Int = 0

        @Argument(help: "Labelled TSV files to score.")
        var files: [String] = []

        func run() throws {
            let catalog = try catalog.load()
            let settings = try settingsOptions.settings()
            if folds > 0 {
                let evaluation = CrossValidation(folds: folds, settings: settings).evaluate(catalog)
                report(title: "catalog \(folds)-fold cross-validation", evaluation)
            }
            guard !files.isEmpty else { return }
            let matcher = IntentMatcher(catalog: catalog, settings: settings)
            for file in files {
                guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw ValidationError("cannot read \(file)")
                }
                let parsed = LabelledUtterance.parseTSV(contents)
                if !parsed.malformed.isEmpty {
                    throw ValidationError("\(file): malformed lines \(parsed.malformed.prefix(10).map(String.init).joined(separator: ", "))")
                }
                let evaluation = IntentEvaluation(matcher: matcher, utterances: parsed.utterances)
                report(title: file, evaluation)
            }
        }

        private func report(title: String, _ evaluation: IntentEvaluation) {
            var lines = ["== \(title): \(evaluation.outcomes.count) utterances"]
            func percent(_ value: Double) -> String { String(format: "%.4f", value) }
            if evaluation.inScopeCount > 0 {
                lines.append("in-scope accuracy    \(percent(evaluation.inScopeAccuracy))  (\(evaluation.inScopeCount) in scope)")
                lines.append("false rejections     \(percent(evaluation.falseRejectionRate))")
                lines.append("ambiguous (ask)      \(percent(evaluation.ambiguityRate))  (of those, top intent wrong: \(percent(evaluation.ambiguousWrongShare)); wrong intents flagged: \(percent(evaluation.wrongFlaggedShare)))")
            }
            if evaluation.outOfScopeCount > 0 {
                lines.append("out-of-scope recall  \(percent(evaluation.outOfScopeRecall))  (\(evaluation.outOfScopeCount) out of scope)")
            }
            lines.append("overall accuracy     \(percent(evaluation.accuracy))")
            if let detail = evaluation.detailAccuracy {
                lines.append("child detail acc.    \(percent(detail))")
            }
            lines.append("log loss             \(String(format: "%.4f", evaluation.logLoss))")
            func pad(_ text: String, _ width: Int) -> String {
                text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
            }
            lines.append(pad("intent", 20) + " support precision  recall      f1")
            for score in evaluation.perIntent {
                lines.append(pad(score.intent, 20) + String(
                    format: " %7d %9.4f %7.4f %7.4f", score.support, score.precision, score.recall, score.f1))
            }
            let confusions = evaluation.confusions(limit: 10)
            if !confusions.isEmpty {
                lines.append("most frequent confusions (expected -> predicted):")
                for confusion in confusions {
                    lines.append("  \(confusion.count)\t\(confusion.expected) -> \(confusion.predicted)")
                }
            }
            if errors > 0 {
                lines.append("misclassified:")
                for outcome in evaluation.outcomes.filter({ !$0.isCorrect }).prefix(errors) {
                    let c = outcome.classification
                    lines.append("  \(outcome.utterance.labels.joined(separator: "|")) -> \(c.intent) \(String(format: "%.2f", c.confidence))\t\(outcome.utterance.text)")
                }
            }
            print(lines.joined(separator: "\n") + "\n")
        }
    }
}
