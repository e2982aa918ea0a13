import Foundation
import ConciergeDomain

/// What a message says beyond its intent: which order, why, what outcome, how much.
public struct Entities: Sendable, Equatable {
    /// Exact digit runs of 6–20 digits (a leading `#` stripped), in order of appearance.
    public var orderNumbers: [OrderID]
    /// How the buyer pointed at an order without its number.
    public var orderReference: OrderReference?
    /// The cancellation reason the message states, mapped onto the domain's list.
    public var cancellationReason: CancellationReason?
    /// The dispute reason the message states.
    public var disputeReason: DisputeReason?
    /// The dispute outcome the buyer asks for.
    public var disputeOutcome: DisputeOutcome?
    /// Money amounts in minor units, in order of appearance.
    public var amounts: [Int]

    /// Creates entities (all empty by default).
    public init(
        orderNumbers: [OrderID] = [], orderReference: OrderReference? = nil,
        cancellationReason: CancellationReason? = nil, disputeReason: DisputeReason? = nil,
        disputeOutcome: DisputeOutcome? = nil, amounts: [Int] = []
    ) {
        self.orderNumbers = orderNumbers
        self.orderReference = orderReference
        self.cancellationReason = cancellationReason
        self.disputeReason = disputeReason
        self.disputeOutcome = disputeOutcome
        self.amounts = amounts
    }

    /// Whether nothing was found.
    public var isEmpty: Bool { self == Entities() }

    /// A JSON-ready dictionary with snake_case keys and `NSNull` for absent values.
    public var jsonObject: [String: Any] {
        [
            "order_numbers": orderNumbers.map(\.rawValue),
            "order_reference": orderReference?.jsonObject ?? NSNull(),
            "cancellation_reason": cancellationReason?.rawValue ?? NSNull(),
            "dispute_reason": disputeReason?.rawValue ?? NSNull(),
            "dispute_outcome": disputeOutcome?.rawValue ?? NSNull(),
            "amounts": amounts,
        ]
    }

    /// The entities as compact JSON with sorted keys.
    public func jsonString() -> String {
        var json = JSONText()
        write(to: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
