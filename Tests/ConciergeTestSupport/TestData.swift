import Foundation
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript

/// Shared instants and builders for tests.
package enum TestData {
    /// The instant every test fixture describes.
    package static let now = DateText.parseISO8601("2026-11-20T12:00:00Z") ?? Date(timeIntervalSince1970: 0)

    package static func ago(days: Double = 0, hours: Double = 0, minutes: Double = 0) -> Date {
        now.addingTimeInterval(-(days * 86_400 + hours * 3600 + minutes * 60))
    }

    /// An order of `status` with what that status implies (payment, shipping, dispute…).
    package static func order(_ status: OrderStatus, id: OrderID = "7300000001", buyer: BuyerID = "B1", paidMinutesAgo: Double = 600,
                      title: String = "Wireless earbuds", method: PaymentMethod = .card) -> Order {
        var order = Order(id: id, buyerID: buyer, sellerID: "S1",
                          items: [OrderItem(title: title, quantity: 1, price: Money(minorUnits: 2310, currency: "USD"))],
                          currency: "USD", status: status, placedAt: ago(days: 1))
        let paid = Payment(method: method, amount: Money(minorUnits: 2310, currency: "USD"), paidAt: ago(minutes: paidMinutesAgo))
        switch status {
        case .awaitingPayment:
            break
        case .paymentProcessing, .awaitingShipment:
            order.payment = paid
        case .cancellationRequested:
            order.payment = paid
            order.cancellation = Cancellation(reason: .noLongerNeeded, at: ago(hours: 1))
        case .shipped:
            order.payment = paid
            order.shippedAt = ago(days: 2)
        case .delivered, .completed:
            order.payment = paid
            order.shippedAt = ago(days: 9)
            order.deliveredAt = ago(days: 1)
            if status == .completed { order.completedAt = ago(hours: 2) }
        case .inDispute:
            order.payment = paid
            order.shippedAt = ago(days: 9)
            order.dispute = Dispute(reason: .damaged, outcome: .fullRefund, amount: paid.amount, openedAt: ago(days: 1))
        case .frozen:
            order.payment = paid
            order.statusBeforeFreeze = .awaitingShipment
        case .cancelled:
            order.cancellation = Cancellation(reason: .changeOrder, at: ago(days: 1))
        }
        return order
    }

    /// A cancelled order paid with `method` three days ago, whose whole payment is being refunded: at `stage` since `at`.
    package static func cancelled(refund stage: RefundStage, at: Date, method: PaymentMethod = .card) -> Order {
        var order = order(.cancelled, method: method)
        let amount = Money(minorUnits: 2310, currency: "USD")
        order.payment = Payment(method: method, amount: amount, paidAt: ago(days: 3))
        order.refund = Refund(amount: amount, stage: stage, at: at)
        return order
    }

    /// A store holding two buyers (B1, B2) and the given orders.
    package static func store(_ orders: [Order], handlingDays: Int = 5) throws -> OrderStore {
        let store = try OrderStore.inMemory()
        try store.load(Fixture(now: now, buyers: [Buyer(id: "B1", name: "Dana Park"), Buyer(id: "B2", name: "Sam Lee")],
                               sellers: [Seller(id: "S1", name: "Harbor Gadgets", handlingDays: handlingDays)], orders: orders))
        return store
    }
}
