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
    ///
    /// Each intent's units (families or single examples) are put in an order of their own
    /// content (a hash of their sorted lines) before the seeded shuffle, and each intent has a
    /// shuffle of its own (seeded by the seed and the intent's name): the folds follow from what
    /// the catalog says, not from the order its files list it in, and a family added to one
    /// intent moves no other intent's examples to another fold.
    func assignFolds(_ catalog: IntentCatalog) -> [(intent: String, text: String, fold: Int)] {
        var examples: [(intent: String, text: String, fold: Int)] = []
        for intent in catalog.intents {
            var generator = SplitMix64(seed: settings.seed ^ 0x5eed ^ StableHash.of(intent.name))
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
            let texts = units.map { unit in unit.map { intent.examples[$0].text }.sorted() }
            let keys = texts.map { lines -> UInt64 in
                var hash = StableHash()
                for line in lines { hash.combine(line) }
                return hash.finalized
            }
            var canonical = Array(units.indices).sorted {
                keys[$0] != keys[$1] ? keys[$0] < keys[$1] : texts[$0].lexicographicallyPrecedes(texts[$1])
            }
            generator.shuffle(&canonical)
            for (rank, unitIndex) in canonical.enumerated() {
                for index in units[unitIndex] { examples.append((intent.name, intent.examples[index].text, rank % folds)) }
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
            for example in examples where example.fold == fold {
                guard let definition = catalog.definition(named: example.intent) else { continue }
                // The framing follows from the sentence, not from where the catalog lists it.
                let framing = Self.unseenFramings[Int(StableHash.of(example.text) % UInt64(Self.unseenFramings.count))]
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
