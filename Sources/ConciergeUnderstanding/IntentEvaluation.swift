/// Scores of a matcher on labelled utterances: accuracy, out-of-scope rejection, per-intent
/// precision/recall/F1 and the most frequent confusions.
public struct IntentEvaluation: Sendable {
    /// One prediction against its labels.
    public struct Outcome: Sendable {
        /// The utterance and its acceptable labels.
        public var utterance: LabelledUtterance
        /// What the matcher said.
        public var classification: Classification

        /// The prediction as the labels name intents: the child intent the matcher reports as
        /// its detail when a label names that child (blind sets label children by name), else
        /// the top-level intent. A child label is never matched by a top-level intent alone.
        public var predicted: String {
            if let detail = classification.detail, utterance.labels.contains(detail) { return detail }
            return classification.intent
        }
        /// Whether the prediction is acceptable.
        public var isCorrect: Bool { utterance.labels.contains(predicted) }
        /// The label the outcome is scored under: the prediction if acceptable, else the first label.
        public var expected: String { isCorrect ? predicted : utterance.labels[0] }
    }

    /// Precision, recall and F1 of one intent.
    public struct IntentScore: Sendable, Equatable {
        /// The top-level intent.
        public var intent: String
        /// Utterances labelled with it.
        public var support: Int
        /// Correct predictions of it / all predictions of it.
        public var precision: Double
        /// Correct predictions of it / utterances labelled with it.
        public var recall: Double
        /// Harmonic mean of precision and recall.
        public var f1: Double
    }

    /// A frequent mistake.
    public struct Confusion: Sendable, Equatable {
        /// The right label.
        public var expected: String
        /// What was predicted instead.
        public var predicted: String
        /// How often.
        public var count: Int
    }

    /// Every scored prediction.
    public var outcomes: [Outcome]

    /// Scores the given outcomes.
    public init(outcomes: [Outcome]) {
        self.outcomes = outcomes
    }

    /// Classifies every utterance with `matcher` and scores the result.
    public init(matcher: IntentMatcher, utterances: [LabelledUtterance]) {
        self.outcomes = utterances.map { Outcome(utterance: $0, classification: matcher.classify($0.text)) }
    }

    private var inScope: [Outcome] { outcomes.filter { !$0.utterance.isOutOfScope } }
    private var outOfScope: [Outcome] { outcomes.filter { $0.utterance.isOutOfScope } }

    /// Utterances labelled in scope.
    public var inScopeCount: Int { inScope.count }
    /// Utterances labelled out of scope.
    public var outOfScopeCount: Int { outOfScope.count }
    /// Fraction of in-scope utterances given an acceptable intent.
    public var inScopeAccuracy: Double { Self.ratio(inScope.filter(\.isCorrect).count, inScope.count) }
    /// Fraction of out-of-scope utterances rejected.
    public var outOfScopeRecall: Double { Self.ratio(outOfScope.filter(\.isCorrect).count, outOfScope.count) }
    /// Fraction of in-scope utterances wrongly rejected as out of scope.
    public var falseRejectionRate: Double {
        Self.ratio(inScope.filter { $0.classification.isOutOfScope }.count, inScope.count)
    }
    /// Fraction of all utterances given an acceptable intent.
    public var accuracy: Double { Self.ratio(outcomes.filter(\.isCorrect).count, outcomes.count) }
    /// Fraction of in-scope utterances flagged ambiguous.
    public var ambiguityRate: Double {
        Self.ratio(inScope.filter { $0.classification.isAmbiguous }.count, inScope.count)
    }
    /// Among in-scope utterances flagged ambiguous, the fraction whose top intent was wrong
    /// (how often asking was warranted).
    public var ambiguousWrongShare: Double {
        let flagged = inScope.filter { $0.classification.isAmbiguous }
        return Self.ratio(flagged.filter { !$0.isCorrect }.count, flagged.count)
    }
    /// Among in-scope utterances given a wrong in-scope intent, the fraction flagged ambiguous.
    public var wrongFlaggedShare: Double {
        let wrong = inScope.filter { !$0.isCorrect && !$0.classification.isOutOfScope }
        return Self.ratio(wrong.filter { $0.classification.isAmbiguous }.count, wrong.count)
    }
    /// Among child-labelled utterances whose parent was found, the fraction with the right detail.
    public var detailAccuracy: Double? {
        let withDetail = outcomes.filter { $0.utterance.detail != nil && $0.isCorrect }
        guard !withDetail.isEmpty else { return nil }
        return Self.ratio(withDetail.filter { $0.classification.detail == $0.utterance.detail }.count, withDetail.count)
    }
    /// Mean negative log-likelihood of the right top-level intent (calibration; lower is better).
    public var logLoss: Double {
        guard !outcomes.isEmpty else { return 0 }
        var total = 0.0
        for outcome in outcomes {
            let c = outcome.classification
            var probability = 0.0
            if c.intent == outcome.expected { probability = c.confidence }
            for alternative in c.alternatives where outcome.utterance.labels.contains(alternative.intent) {
                probability = max(probability, alternative.confidence)
            }
            total -= log(max(probability, 1e-6))
        }
        return total / Double(outcomes.count)
    }

    /// Precision, recall and F1 for every intent that is labelled or predicted, by name.
    public var perIntent: [IntentScore] {
        var support: [String: Int] = [:]
        var predicted: [String: Int] = [:]
        var correct: [String: Int] = [:]
        for outcome in outcomes {
            support[outcome.expected, default: 0] += 1
            predicted[outcome.predicted, default: 0] += 1
            if outcome.isCorrect { correct[outcome.expected, default: 0] += 1 }
        }
        let names = Set(support.keys).union(predicted.keys).sorted()
        return names.map { name in
            let hits = correct[name] ?? 0
            let precision = Self.ratio(hits, predicted[name] ?? 0)
            let recall = Self.ratio(hits, support[name] ?? 0)
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return IntentScore(intent: name, support: support[name] ?? 0, precision: precision, recall: recall, f1: f1)
        }
    }

    /// The most frequent (expected, predicted) mistakes, most frequent first.
    public func confusions(limit: Int = 10) -> [Confusion] {
        var counts: [String: (String, String, Int)] = [:]
        for outcome in outcomes where !outcome.isCorrect {
            let key = outcome.expected + "\u{1}" + outcome.predicted
            counts[key, default: (outcome.expected, outcome.predicted, 0)].2 += 1
        }
        return counts.values
            .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
            .prefix(limit)
            .map { Confusion(expected: $0.0, predicted: $0.1, count: $0.2) }
    }

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import ConciergeDomain
#endif
