import Foundation

/// A buyer of the marketplace.
public struct Buyer: Hashable, Sendable, Codable {
    public var id: BuyerID
    public var name: String
    public init(id: BuyerID, name: String) { self.id = id; self.name = name }
}

/// A seller (store) of the marketplace.
public struct Seller: Hashable, Sendable, Codable {
    public var id: SellerID
    public var name: String
    /// The handling time the seller states: days between payment and shipment.
    public var handlingDays: Int
    public init(id: SellerID, name: String, handlingDays: Int) {
        self.id = id; self.name = name; self.handlingDays = handlingDays
    }
}

/// One line of an order.
public struct OrderItem: Hashable, Sendable, Codable {
    public var title: String
    public var quantity: Int
    /// Price of one unit.
    public var price: Money
    public init(title: String, quantity: Int, price: Money) {
        self.title = title; self.quantity = quantity; self.price = price
    }
}

/// The buyer's payment for an order.
public struct Payment: Hashable, Sendable, Codable {
    public var method: PaymentMethod
    public var amount: Money
    public var paidAt: Date
    /// The buyer was charged twice for this order; the payment may then be voided.
    public var duplicateCharge: Bool
    public init(method: PaymentMethod, amount: Money, paidAt: Date, duplicateCharge: Bool = false) {
        self.method = method; self.amount = amount; self.paidAt = paidAt; self.duplicateCharge = duplicateCharge
    }
}

/// What became of a cancellation request sent to the seller.
public enum CancellationAnswer: String, Hashable, Sendable, Codable, CaseIterable {
    case accepted
    case declined
}

/// The buyer's request to cancel, with the reason picked from the domain's list.
public struct Cancellation: Hashable, Sendable, Codable {
    public var reason: CancellationReason
    /// Free text, for reason `other` or when the buyer said more.
    public var note: String?
    public var at: Date
    /// The seller's answer, when the order needed one.
    public var answer: CancellationAnswer?
    public init(reason: CancellationReason, note: String? = nil, at: Date, answer: CancellationAnswer? = nil) {
        self.reason = reason; self.note = note; self.at = at; self.answer = answer
    }
}

/// Money going back to the buyer.
public struct Refund: Hashable, Sendable, Codable {
    public var amount: Money
    public var stage: RefundStage
    /// When the refund was issued; once it is refunded, the day it was marked refunded.
    public var at: Date
    public init(amount: Money, stage: RefundStage, at: Date) {
        self.amount = amount; self.stage = stage; self.at = at
    }
}

/// A dispute the buyer opened.
public struct Dispute: Hashable, Sendable, Codable {
    public var reason: DisputeReason
    public var outcome: DisputeOutcome
    /// The amount asked for; the paid amount unless a partial refund.
    public var amount: Money
    public var description: String
    /// File names of photos or documents.
    public var evidence: [String]
    public var openedAt: Date
    public init(reason: DisputeReason, outcome: DisputeOutcome, amount: Money, description: String = "",
                evidence: [String] = [], openedAt: Date) {
        self.reason = reason; self.outcome = outcome; self.amount = amount
        self.description = description; self.evidence = evidence; self.openedAt = openedAt
    }
}

/// Who wrote a message in an order's thread.
public enum MessageAuthor: String, Hashable, Sendable, Codable, CaseIterable {
    case buyer, seller, agent
}

/// One message in the buyer–seller thread of an order.
public struct Message: Hashable, Sendable, Codable {
    public var author: MessageAuthor
    public var text: String
    public var at: Date
    public init(author: MessageAuthor, text: String, at: Date) {
        self.author = author; self.text = text; self.at = at
    }
}

/// Whether the buyer moved the order out of sight.
public enum Deletion: String, Hashable, Sendable, Codable {
    /// In the order list.
    case none
    /// In *deleted orders*: can be restored.
    case deleted
    /// Deleted permanently: gone for the buyer, no dispute possible.
    case permanent
}

/// An order with everything the assistant reasons about.
public struct Order: Hashable, Sendable, Codable {
    /// Digits, as a string.
    public var id: OrderID
    public var buyerID: BuyerID
    public var sellerID: SellerID
    public var items: [OrderItem]
    public var currency: String
    public var status: OrderStatus
    public var placedAt: Date
    public var payment: Payment?
    public var shippedAt: Date?
    public var tracking: String?
    public var deliveredAt: Date?
    public var completedAt: Date?
    public var cancellation: Cancellation?
    public var refund: Refund?
    public var dispute: Dispute?
    public var deletion: Deletion
    /// The status an order returns to when the platform releases a freeze.
    public var statusBeforeFreeze: OrderStatus?
    public var messages: [Message]

    public init(id: OrderID, buyerID: BuyerID, sellerID: SellerID, items: [OrderItem], currency: String,
                status: OrderStatus, placedAt: Date, payment: Payment? = nil, shippedAt: Date? = nil,
                tracking: String? = nil, deliveredAt: Date? = nil, completedAt: Date? = nil,
                cancellation: Cancellation? = nil, refund: Refund? = nil, dispute: Dispute? = nil,
                deletion: Deletion = .none, statusBeforeFreeze: OrderStatus? = nil, messages: [Message] = []) {
        self.id = id; self.buyerID = buyerID; self.sellerID = sellerID; self.items = items
        self.currency = currency; self.status = status; self.placedAt = placedAt; self.payment = payment
        self.shippedAt = shippedAt; self.tracking = tracking; self.deliveredAt = deliveredAt
        self.completedAt = completedAt; self.cancellation = cancellation; self.refund = refund
        self.dispute = dispute; self.deletion = deletion; self.statusBeforeFreeze = statusBeforeFreeze
        self.messages = messages
    }

    /// Sum of the items' prices; nil when it does not fit in an integer (fixtures refuse such orders).
    public var checkedTotal: Money? { Self.total(of: items, currency: currency) }

    /// Sum of `items`' prices, or nil when it is more than `Money.largestMinorUnits` (or does not fit at all).
    public static func total(of items: [OrderItem], currency: String) -> Money? {
        let sum = items.reduce(Money(minorUnits: 0, currency: currency) as Money?) { sum, item in
            item.price.times(item.quantity).flatMap { sum?.plus($0) }
        }
        return sum.flatMap { $0.minorUnits <= Money.largestMinorUnits ? $0 : nil }
    }

    /// Sum of the items' prices, held at the largest integer rather than trapping on overflow.
    public var total: Money {
        checkedTotal ?? Money(minorUnits: .max, currency: currency)
    }

    /// What the buyer paid, or nothing when unpaid.
    public var paidAmount: Money? { payment?.amount }

    /// A short name for the order a buyer recognises: its first item, and how many more.
    public var shortTitle: String {
        guard let first = items.first else { return "order \(id)" }
        return items.count > 1 ? "\(first.title) + \(items.count - 1) more" : first.title
    }

    /// Whether the order is still in the buyer's order list.
    public var isVisible: Bool { deletion == .none }
}
