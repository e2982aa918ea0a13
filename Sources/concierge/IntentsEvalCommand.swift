import ArgumentParser
import ConciergeKit
import Foundation

/// `concierge intents eval`: family-held-out cross-validation on the catalog, a blind set, and
/// any labelled files, each scored the same way.
struct IntentsEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Cross-validate on the catalog (whole paraphrase families held out) and score labelled files.",
        discussion: """
            Files given as arguments are `labels<TAB>text`; a --blind file is `family<TAB>labels<TAB>text`, \
            written by someone who has not seen the catalog. Labels may be `a|b` (either is right).
            """)

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Folds of the catalog cross-validation (0 to skip it).")
    var folds: Int = 5

    @Option(help: "What the cross-validation holds out together: families (default) or examples (each line alone; optimistic).")
    var split: String = CrossValidation.Grouping.families.rawValue

    @OptionGroup var settingsOptions: IntentsCommand.SettingsOptions

    @Flag(help: "Also cross-validate with each held-out example wrapped in a framing the matcher was not built for.")
    var framed = false

    @Option(help: ArgumentHelp("A blind set: family<TAB>labels<TAB>text lines (repeatable).", valueName: "file"))
    var blind: [String] = []

    @Option(help: "Print up to this many misclassified utterances per file (never use it on a final-check set).")
    var errors: Int = 0

    @Argument(help: "Labelled TSV files (labels<TAB>text) to score.")
    var files: [String] = []

    func run() throws {
        try reportingFailures {
            guard let grouping = CrossValidation.Grouping(rawValue: split) else {
                throw ValidationError("--split must be families or examples")
            }
            let catalog = try catalog.load()
            let settings = try settingsOptions.settings()
            if folds > 0 {
                let evaluation = CrossValidation(folds: folds, settings: settings, grouping: grouping).evaluate(catalog)
                let what = grouping == .families ? "whole paraphrase families held out" : "single examples held out"
                report(title: "catalog \(folds)-fold cross-validation, \(what)", evaluation)
                if framed {
                    let framedEvaluation = CrossValidation(folds: folds, settings: settings, grouping: grouping)
                        .evaluate(catalog, framed: true)
                    report(title: "the same, each held-out example in an unseen framing", framedEvaluation)
                }
            }
            guard !files.isEmpty || !blind.isEmpty else { return }
            let matcher = try self.catalog.matcher(settings: settings)
            for file in blind {
                let utterances = try read(file, parse: LabelledUtterance.parseFamilyTSV)
                let families = Set(utterances.compactMap(\.family)).count
                report(title: "blind set \(file) (\(families) families)",
                       IntentEvaluation(matcher: matcher, utterances: utterances))
            }
            for file in files {
                let utterances = try read(file, parse: LabelledUtterance.parseTSV)
                report(title: file, IntentEvaluation(matcher: matcher, utterances: utterances))
            }
        }
    }

    private func read(
        _ file: String, parse: (String) -> (utterances: [LabelledUtterance], malformed: [Int])
    ) throws -> [LabelledUtterance] {
        guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw CommandFailure.other("cannot read \(file)")
        }
        let parsed = parse(contents)
        if !parsed.malformed.isEmpty {
            throw CommandFailure.other(
                "\(file): malformed lines \(parsed.malformed.prefix(10).map(String.init).joined(separator: ", "))")
        }
        return parsed.utterances
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
        for line in lines { Console.standardOutput.plain(line) }
        Console.standardOutput.plain("")
    }
}
