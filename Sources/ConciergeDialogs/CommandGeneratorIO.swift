import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// One piece of a buyer line as understood: its text, intent ranking, entities and short-reply reading.
public struct UnderstoodClause: Sendable {
    public var text: String
    /// Whether a sequencing word ("and then", "also") led into this clause: a sign of a request of its own.
    public var sequenced = false
    public var classification: Classification
    public var entities: Entities
    /// The line read as a short reply (yes / no / stop / a number), if it is one.
    public var reply: DialogReply?

    public init(text: String, classification: Classification, entities: Entities, reply: DialogReply?) {
        self.text = text; self.classification = classification; self.entities = entities; self.reply = reply
    }
}

extension UnderstoodClause {
    /// Clauses as one (one request's pieces, or the part of a reply before or after a cut): the text joined, the first
    /// clause's reading, the order numbers, reference, amounts and request details of all of them.
    static func merged(_ clauses: [UnderstoodClause], separator: String = ", ") -> UnderstoodClause {
        var joined = clauses[0]
        guard clauses.count > 1 else { return joined }
        joined.text = clauses.map(\.text).joined(separator: separator)
        for clause in clauses.dropFirst() {
            let e = clause.entities
            joined.entities.orderNumbers += e.orderNumbers.filter { !joined.entities.orderNumbers.contains($0) }
            joined.entities.orderReference = joined.entities.orderReference ?? e.orderReference
            joined.entities.cancellationReason = joined.entities.cancellationReason ?? e.cancellationReason
            joined.entities.disputeReason = joined.entities.disputeReason ?? e.disputeReason
            joined.entities.disputeOutcome = joined.entities.disputeOutcome ?? e.disputeOutcome
            joined.entities.amounts += e.amounts
        }
        return joined
    }
}

/// What the generator knows of the conversation when a line arrives.
public struct ConversationContext: Sendable {
    /// What the active flow waits for (`.nothing` when no flow is active).
    public var expecting: Expectation = .nothing
    public var activeGoal: DialogGoal?
    public var activeOrder: OrderID?
    /// The values the active flow holds (what its summary shows): a reply that says them again changes nothing.
    public var activeSlots: [SlotValue] = []
    /// The goal of the flow the last turn went to, finished or not ("and the earbuds?" asks the same about another order).
    public var lastGoal: DialogGoal?
    /// What the flow the last turn went to held (its reason, its message): "same reason", "same message on the mug".
    public var lastSlots: [SlotValue] = []
    /// The order talked about last ("delete it").
    public var lastOrderID: OrderID?
    /// The orders of the last numbered list.
    public var lastListed: [OrderID] = []
    /// The requests queued behind the active flow, in order ("cancel the mug and the lamp": the lamp's waits).
    public var queuedRequests: [(goal: DialogGoal, orders: [OrderID])] = []
    /// Whether the last turns met a refusal the buyer may ask about ("why not?").
    public var hasRefusal = false
    /// The buyer's orders, listed and deleted.
    public var orders: [Order] = []
    public var sellers: [SellerID: Seller] = [:]
    /// Catalog intents and child intents that have a written answer.
    public var answerTopics: Set<String> = []
    public var now = Date()

    public init() {}
}

/// The commands of one line, and why each was chosen (shown in agent traces).
public struct GeneratedCommands: Sendable, Equatable {
    public var commands: [DialogueCommand] = []
    public var reasons: [String] = []
    /// Goals the line says the buyer does not want ("I don't want to cancel"): flows never offer them.
    public var declined: Set<DialogGoal> = []

    public init(commands: [DialogueCommand] = [], reasons: [String] = []) {
        self.commands = commands; self.reasons = reasons
    }

    mutating func add(_ command: DialogueCommand, _ why: String) {
        commands.append(command)
        reasons.append(why)
    }

    mutating func add(_ other: GeneratedCommands) {
        commands += other.commands
        reasons += other.reasons
    }
}

extension GeneratedCommands {
    mutating func add(_ commands: [DialogueCommand], _ why: String) {
        for command in commands { add(command, why) }
    }
}
