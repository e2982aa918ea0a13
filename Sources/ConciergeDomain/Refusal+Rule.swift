import Foundation

extension Refusal {
    /// One of each refusal (with placeholder values), for lists of names and rules.
    public static let every: [Refusal] = [
        .orderNotFound(""), .notYourRole(.cancelOrder), .paymentBeingVerified(until: .distantPast),
        .alreadyShipped(disputeFrom: .distantPast), .alreadyDelivered, .cancellationAlreadyRequested(answerBy: .distantPast), .inDispute,
        .frozen, .alreadyCompleted, .alreadyCancelled, .notPaid, .paymentCaptured, .notShippedYet(.awaitingShipment),
        .disputeTooEarly(from: .distantPast), .disputeAlreadyOpen, .notFinished(.shipped), .alreadyDeleted, .notInDeletedOrders,
        .orderDeleted, .notDelivered(.awaitingShipment), .noPendingCancellation, .refundLargerThanPaid(paid: Money(minorUnits: 0, currency: "")),
        .nothingToSend,
    ]

    /// The refusal's stable name, in snake_case: "already_shipped". Transcripts (`? refusal already_shipped`),
    /// coverage and agent traces use it; it does not change when the Swift case is renamed.
    public var stableName: String {
        switch self {
        case .orderNotFound: "order_not_found"
        case .notYourRole: "not_your_role"
        case .paymentBeingVerified: "payment_being_verified"
        case .alreadyShipped: "already_shipped"
        case .alreadyDelivered: "already_delivered"
        case .cancellationAlreadyRequested: "cancellation_already_requested"
        case .inDispute: "in_dispute"
        case .frozen: "frozen"
        case .alreadyCompleted: "already_completed"
        case .alreadyCancelled: "already_cancelled"
        case .notPaid: "not_paid"
        case .paymentCaptured: "payment_captured"
        case .notShippedYet: "not_shipped_yet"
        case .disputeTooEarly: "dispute_too_early"
        case .disputeAlreadyOpen: "dispute_already_open"
        case .notFinished: "not_finished"
        case .alreadyDeleted: "already_deleted"
        case .notInDeletedOrders: "not_in_deleted_orders"
        case .orderDeleted: "order_deleted"
        case .notDelivered: "not_delivered"
        case .noPendingCancellation: "no_pending_cancellation"
        case .refundLargerThanPaid: "refund_larger_than_paid"
        case .nothingToSend: "nothing_to_send"
        }
    }

    /// The marketplace rule behind the refusal, for support agents (no order-specific values).
    public var rule: String {
        switch self {
        case .orderNotFound: "a buyer only sees their own orders, and never permanently deleted ones"
        case .notYourRole: "only the seller or a support agent answers a cancellation request"
        case .paymentBeingVerified: "no cancellation while the payment is verified (up to 24 h), after the 2-minute window"
        case .alreadyShipped: "a shipped order can't be cancelled; a dispute opens 7 days after shipping"
        case .alreadyDelivered: "a delivered order can't be cancelled"
        case .cancellationAlreadyRequested: "one cancellation request at a time; the seller has 24 h to answer"
        case .inDispute: "no cancelling or deleting while a dispute is open"
        case .frozen: "no cancelling or deleting while the platform investigates the seller"
        case .alreadyCompleted: "a completed order can't be cancelled"
        case .alreadyCancelled: "the order is already cancelled"
        case .notPaid: "only a payment that was made can be cancelled"
        case .paymentCaptured: "a captured payment can't be voided; cancelling the order refunds it"
        case .notShippedYet: "a dispute needs a shipped order"
        case .disputeTooEarly: "a dispute for an item in transit opens 7 days after shipping"
        case .disputeAlreadyOpen: "one dispute per order"
        case .notFinished: "only completed or cancelled orders can be deleted"
        case .alreadyDeleted: "the order is already in deleted orders"
        case .notInDeletedOrders: "only orders in deleted orders can be restored or deleted permanently"
        case .orderDeleted: "an order in deleted orders must be restored first"
        case .notDelivered: "receipt can be confirmed only once the order has shipped"
        case .noPendingCancellation: "there is no cancellation request to answer"
        case .refundLargerThanPaid: "a refund can't exceed what was paid"
        case .nothingToSend: "a message can't be empty"
        }
    }

    /// The refusal a name stands for: its stable name ("already_shipped") or its case name ("alreadyShipped").
    public static func named(_ name: String) -> Refusal? {
        every.first { $0.stableName == name || $0.caseName == name }
    }
}
