import ConciergeDomain
/// What the matcher understood of one message.
public struct Classification: Sendable, Equatable {
    /// The message as given.
    public var text: String
    /// The top-level intent, or `out_of_scope`.
    public var intent: String
    /// The child intent when a child of `intent` won, e.g. `refund_timing` under `refund_status`.
    public var detail: String?
    /// Calibrated probability of `intent`.
    public var confidence: Double
    /// The next best top-level intents, most likely first.
    public var alternatives: [ScoredIntent]
    /// The top two in-scope intents are too close to pick: the assistant should ask which.
    public var isAmbiguous: Bool

    /// Creates a classification.
    public init(
        text: String, intent: String, detail: String?, confidence: Double,
        alternatives: [ScoredIntent], isAmbiguous: Bool
    ) {
        self.text = text
        self.intent = intent
        self.detail = detail
        self.confidence = confidence
        self.alternatives = alternatives
        self.isAmbiguous = isAmbiguous
    }

    /// Whether the message was rejected as not a marketplace-buyer request.
    public var isOutOfScope: Bool { intent == IntentCatalog.outOfScope }
}

/// A top-level intent with its probability.
public struct ScoredIntent: Sendable, Equatable {
    /// The top-level intent name.
    public var intent: String
    /// Its calibrated probability.
    public var confidence: Double

    /// Creates a scored intent.
    public init(intent: String, confidence: Double) {
        self.intent = intent
        self.confidence = confidence
    }
}
