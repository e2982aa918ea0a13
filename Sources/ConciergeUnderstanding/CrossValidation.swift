import Foundation
import ConciergeDomain
/// k-fold cross-validation on the catalog: each example is classified by a matcher trained on
/// the other folds. Fold assignment is deterministic.
///
/// By default whole paraphrase families are held out together (`Grouping.families`): a
/// sentence is never tested against a training set holding its own paraphrase, which is what
/// made per-line cross-validation overstate how well unseen wording is understood.
public struct CrossValidation: Sendable {
    /// What is held out together.
    public enum Grouping: String, Sendable, CaseIterable {
        /// Every paraphrase family of an intent goes to one fold.
        case families
        /// Every example on its own (stratified by intent): optimistic, kept for comparison.
        case examples
    }

    /// Number of folds.
    public var folds: Int
    /// Settings the fold matchers are trained with.
    public var settings: MatcherSettings
    /// What is held out together.
    public var grouping: Grouping

    /// Creates a cross-validation run.
    public init(folds: Int, settings: MatcherSettings = MatcherSettings(), grouping: Grouping = .families) {
        self.folds = max(2, folds)
        self.settings = settings
        self.grouping = grouping
    }

    /// Every catalog example with the fold it is tested in.
    func assignFolds(_ catalog: IntentCatalog) -> [(intent: String, text: String, fold: Int)] {
        var examples: [(intent: String, text: String, fold: Int)] = []
        var generator = SplitMix64(seed: settings.seed ^ 0x5eed)
        for intent in catalog.intents {
            // Units are families or single examples; units are dealt to folds round-robin
            // after a shuffle, so each intent is spread over the folds.
            var units: [[Int]] = []
            switch grouping {
            case .examples:
                units = intent.examples.indices.map { [$0] }
            case .families:
                var position: [Int: Int] = [:]
                for (index, example) in intent.examples.enumerated() {
                    if let unit = position[example.family] {
                        units[unit].append(index)
                    } else {
                        position[example.family] = units.count
                        units.append([index])
                    }
                }
            }
            generator.shuffle(&units)
            for (rank, unit) in units.enumerated() {
                for index in unit { examples.append((intent.name, intent.examples[index].text, rank % folds)) }
            }
        }
        return examples
    }

    /// Wrappers put around held-out examples to test framings the matcher was not built for.
    /// Deliberately none of them is in `RequestFraming.framings` (a test it was tuned on would
    /// say nothing), and none is in the catalog.
    public static let unseenFramings = [
        "quick question, {}", "i'd like to find out: {}", "could someone let me know, {}",
        "{}, can you help me with that?", "my friend asked me to ask you this: {}",
        "sorry to bother you but {}", "i have a question. {}", "{} - any idea?",
        "would you be able to say {}", "i was told to ask here: {}",
    ]

    /// Classifies every catalog example out of fold and scores the result; with `framed`, each
    /// held-out example is instead wrapped in one of `unseenFramings` (the request must
    /// still be found, and an out-of-scope sentence must stay out of scope).
    public func evaluate(_ catalog: IntentCatalog, framed: Bool = false) -> IntentEvaluation {
        let definitions = catalog.intents.map { (name: $0.name, topLevel: $0.topLevelName) }
        let examples = assignFolds(catalog)
        var outcomes: [IntentEvaluation.Outcome] = []
        for fold in 0..<folds {
            let training = examples.filter { $0.fold != fold }.map { (intent: $0.intent, text: $0.text) }
            let matcher = IntentMatcher(
                definitions: definitions, examples: training, settings: settings, fingerprint: 0)
            for (index, example) in examples.enumerated() where example.fold == fold {
                guard let definition = catalog.definition(named: example.intent) else { continue }
                let framing = Self.unseenFramings[index % Self.unseenFramings.count]
                let text = framed ? framing.replacingOccurrences(of: "{}", with: example.text) : example.text
                let utterance = LabelledUtterance(
                    labels: [definition.topLevelName], text: text,
                    detail: definition.parent == nil ? nil : definition.name)
                outcomes.append(.init(utterance: utterance, classification: matcher.classify(text)))
            }
        }
        return IntentEvaluation(outcomes: outcomes)
    }
}
