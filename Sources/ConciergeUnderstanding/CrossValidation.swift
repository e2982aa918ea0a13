import ConciergeDomain
/// Stratified k-fold cross-validation on the catalog: each example is classified by a
/// matcher trained on the other folds. Fold assignment is deterministic.
public struct CrossValidation: Sendable {
    /// Number of folds.
    public var folds: Int
    /// Settings the fold matchers are trained with.
    public var settings: MatcherSettings

    /// Creates a cross-validation run.
    public init(folds: Int, settings: MatcherSettings = MatcherSettings()) {
        self.folds = max(2, folds)
        self.settings = settings
    }

    /// Classifies every catalog example out of fold and scores the result.
    public func evaluate(_ catalog: IntentCatalog) -> IntentEvaluation {
        let definitions = catalog.intents.map { (name: $0.name, topLevel: $0.topLevelName) }
        var examples: [(intent: String, text: String, fold: Int)] = []
        var generator = SplitMix64(seed: settings.seed ^ 0x5eed)
        for intent in catalog.intents {
            var positions = Array(intent.examples.indices)
            generator.shuffle(&positions)
            for (rank, position) in positions.enumerated() {
                examples.append((intent.name, intent.examples[position].text, rank % folds))
            }
        }
        var outcomes: [IntentEvaluation.Outcome] = []
        for fold in 0..<folds {
            let training = examples.filter { $0.fold != fold }.map { (intent: $0.intent, text: $0.text) }
            let matcher = IntentMatcher(
                definitions: definitions, examples: training, settings: settings, fingerprint: 0)
            for example in examples where example.fold == fold {
                guard let definition = catalog.definition(named: example.intent) else { continue }
                let utterance = LabelledUtterance(
                    labels: [definition.topLevelName], text: example.text,
                    detail: definition.parent == nil ? nil : definition.name)
                outcomes.append(.init(utterance: utterance, classification: matcher.classify(example.text)))
            }
        }
        return IntentEvaluation(outcomes: outcomes)
    }
}
