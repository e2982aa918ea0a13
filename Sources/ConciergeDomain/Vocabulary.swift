import Foundation

/// The buyer-visible status of an order (the names are part of the JSON contract).
public enum OrderStatus: String, Codable, Sendable, CaseIterable {
    case awaitingPayment = "awaiting_payment"
    case paymentProcessing = "payment_processing"
    case awaitingShipment = "awaiting_shipment"
    case cancellationRequested = "cancellation_requested"
    case shipped
    case delivered
    case inDispute = "in_dispute"
    case frozen
    case completed
    case cancelled

    /// How a support person says the status to a buyer.
    public var label: String {
        switch self {
        case .awaitingPayment: "awaiting payment"
        case .paymentProcessing: "payment processing"
        case .awaitingShipment: "awaiting shipment"
        case .cancellationRequested: "cancellation requested"
        case .shipped: "shipped"
        case .delivered: "delivered"
        case .inDispute: "in dispute"
        case .frozen: "frozen"
        case .completed: "completed"
        case .cancelled: "cancelled"
        }
    }

    /// Finished orders: the only ones that may be moved to deleted orders.
    public var isClosed: Bool { self == .completed || self == .cancelled }
}

/// How an order was paid.
public enum PaymentMethod: String, Codable, Sendable, CaseIterable {
    case card
    case paypal
    case balance
    case coupon
    case alipayCard = "alipay_card"

    /// How a support person names the method.
    public var label: String {
        switch self {
        case .card: "card"
        case .paypal: "PayPal"
        case .balance: "marketplace balance"
        case .coupon: "coupon"
        case .alipayCard: "card linked through Alipay"
        }
    }
}

/// The reasons a buyer picks from when cancelling (domain.md, Cancellation).
public enum CancellationReason: String, Codable, Sendable, CaseIterable {
    case noLongerNeeded = "no_longer_needed"
    case changeOrder = "change_order"
    case changeShippingAddress = "change_shipping_address"
    case differentCoupon = "different_coupon"
    case changeDeliveryMethod = "change_delivery_method"
    case paymentProblem = "payment_problem"
    case other

    /// The wording offered to the buyer.
    public var label: String {
        switch self {
        case .noLongerNeeded: "I don't need this order anymore"
        case .changeOrder: "I want to change the order"
        case .changeShippingAddress: "I want to change the shipping address"
        case .differentCoupon: "I want to use a different coupon"
        case .changeDeliveryMethod: "I want to change the delivery method"
        case .paymentProblem: "Payment failed / paid by mistake"
        case .other: "Other"
        }
    }
}

/// Why a buyer opens a dispute (domain.md, Disputes).
public enum DisputeReason: String, Codable, Sendable, CaseIterable {
    case notReceived = "not_received"
    case damaged
    case notAsDescribed = "not_as_described"
    case wrongItem = "wrong_item"
    case missingParts = "missing_parts"
    case sellerRefusedCancellation = "seller_refused_cancellation"

    /// The wording offered to the buyer.
    public var label: String {
        switch self {
        case .notReceived: "item not received"
        case .damaged: "damaged or defective"
        case .notAsDescribed: "not as described"
        case .wrongItem: "wrong item"
        case .missingParts: "missing parts"
        case .sellerRefusedCancellation: "seller did not agree to cancel / shipped after a cancellation request"
        }
    }
}

/// What the buyer asks for in a dispute.
public enum DisputeOutcome: String, Codable, Sendable, CaseIterable {
    case fullRefund = "full_refund"
    case partialRefund = "partial_refund"
    case returnAndRefund = "return_and_refund"

    /// The wording offered to the buyer.
    public var label: String {
        switch self {
        case .fullRefund: "full refund"
        case .partialRefund: "partial refund"
        case .returnAndRefund: "return and refund"
        }
    }
}

/// The stage of a refund as shown to the buyer.
public enum RefundStage: String, Codable, Sendable, CaseIterable {
    case pending
    case processing
    case refunded

    /// How the stage is shown to the buyer.
    public var label: String {
        switch self {
        case .pending: "refund pending"
        case .processing: "refund processing"
        case .refunded: "refunded"
        }
    }
}
