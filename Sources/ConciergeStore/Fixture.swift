import Foundation
import Yams
import ConciergeDomain

/// Orders, buyers and sellers to load into a store (the fixture format of README.md).
public struct Fixture: Sendable, Equatable {
    /// The instant the fixture describes, when it names one.
    public var now: Date?
    public var buyers: [Buyer]
    public var sellers: [Seller]
    public var orders: [Order]

    public init(now: Date? = nil, buyers: [Buyer], sellers: [Seller], orders: [Order]) {
        self.now = now; self.buyers = buyers; self.sellers = sellers; self.orders = orders
    }

    /// The same fixture with every instant moved by `interval` (used to bring the demo to today).
    public func shifted(by interval: TimeInterval) -> Fixture {
        func move(_ date: Date?) -> Date? { date.map { $0.addingTimeInterval(interval) } }
        var copy = self
        copy.now = move(now)
        copy.orders = orders.map { order in
            var order = order
            order.placedAt = order.placedAt.addingTimeInterval(interval)
            if let paidAt = order.payment?.paidAt { order.payment?.paidAt = paidAt.addingTimeInterval(interval) }
            order.shippedAt = move(order.shippedAt)
            order.deliveredAt = move(order.deliveredAt)
            order.completedAt = move(order.completedAt)
            if let at = order.cancellation?.at { order.cancellation?.at = at.addingTimeInterval(interval) }
            if let at = order.refund?.at { order.refund?.at = at.addingTimeInterval(interval) }
            if let at = order.dispute?.openedAt { order.dispute?.openedAt = at.addingTimeInterval(interval) }
            order.messages = order.messages.map { var m = $0; m.at = m.at.addingTimeInterval(interval); return m }
            return order
        }
        return copy
    }
}

/// A fixture that could not be read: where, and what is wrong.
public struct FixtureError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String
    public var problem: String

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(field): \(problem)"
    }
}
