import Foundation

/// What a buyer puts into a dispute.
public struct DisputeDraft: Equatable, Sendable {
    public var reason: DisputeReason
    public var outcome: DisputeOutcome
    /// Asked amount; nil means what was paid.
    public var amount: Money?
    public var description: String
    public var evidence: [String]

    public init(reason: DisputeReason, outcome: DisputeOutcome, amount: Money? = nil, description: String = "", evidence: [String] = []) {
        self.reason = reason; self.outcome = outcome; self.amount = amount; self.description = description; self.evidence = evidence
    }
}
