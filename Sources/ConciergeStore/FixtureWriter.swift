import Foundation
import ConciergeDomain

/// Writes a fixture in the fixture format (as JSON, which every YAML reader accepts).
public struct FixtureWriter: Sendable {
    public init() {}

    /// The fixture as pretty, key-sorted JSON text.
    public func render(_ fixture: Fixture) throws -> String {
        var top: [String: Any] = [
            "buyers": fixture.buyers.map { ["id": $0.id.rawValue, "name": $0.name] },
            "sellers": fixture.sellers.map { ["id": $0.id.rawValue, "name": $0.name, "handling_days": $0.handlingDays] as [String: Any] },
            "orders": fixture.orders.map(OrderJSON.fixtureObject),
        ]
        if let now = fixture.now { top["now"] = DateText.iso8601(now) }
        let data = try JSONSerialization.data(withJSONObject: top, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return JSONEscaping.escapingInvisibleControls(String(decoding: data, as: UTF8.self))
    }
}

/// Orders as JSON objects: the fixture shape, and the `orders show --json` shape other programs read.
public enum OrderJSON {
    /// The fields both shapes share.
    private static func common(_ order: Order) -> [String: Any] {
        [
            "id": order.id.rawValue, "buyer": order.buyerID.rawValue, "seller": order.sellerID.rawValue, "currency": order.currency,
            "status": order.status.rawValue, "placed_at": DateText.iso8601(order.placedAt),
            "items": order.items.map { ["title": $0.title, "quantity": $0.quantity, "price": $0.price.decimalString] as [String: Any] },
            "payment": nullable(order.payment.map(payment)),
            "shipped_at": nullable(order.shippedAt.map(DateText.iso8601)),
            "tracking": nullable(order.tracking),
            "delivered_at": nullable(order.deliveredAt.map(DateText.iso8601)),
            "completed_at": nullable(order.completedAt.map(DateText.iso8601)),
            "cancellation": nullable(order.cancellation.map(cancellation)),
            "refund": nullable(order.refund.map(refund)),
            "dispute": nullable(order.dispute.map(dispute)),
        ]
    }

    /// The order in the fixture format.
    public static func fixtureObject(_ order: Order) -> [String: Any] {
        var object = common(order)
        object["deleted"] = order.deletion == .permanent ? "permanent" : (order.deletion == .deleted ? "true" : "false")
        object["status_before_freeze"] = nullable(order.statusBeforeFreeze?.rawValue)
        if !order.messages.isEmpty { object["messages"] = order.messages.map(message) }
        return object
    }

    /// The order as `orders show --json` prints it: every contract key present, null where absent.
    public static func showObject(_ order: Order, sellerName: String?) -> [String: Any] {
        var object = common(order)
        object["seller_name"] = nullable(sellerName)
        object["deleted"] = order.deletion != .none
        object["deleted_permanently"] = order.deletion == .permanent
        object["total"] = order.total.decimalString
        object["messages"] = order.messages.map(message)
        return object
    }

    /// Serialises a JSON object with sorted keys.
    public static func text(_ object: Any, pretty: Bool = true) throws -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        return JSONEscaping.escapingInvisibleControls(String(decoding: try JSONSerialization.data(withJSONObject: object, options: options), as: UTF8.self))
    }

    private static func nullable(_ value: Any?) -> Any { value ?? NSNull() }

    private static func payment(_ p: Payment) -> [String: Any] {
        var object: [String: Any] = ["method": p.method.rawValue, "amount": p.amount.decimalString, "paid_at": DateText.iso8601(p.paidAt)]
        if p.duplicateCharge { object["duplicate_charge"] = "true" }
        return object
    }

    private static func cancellation(_ c: Cancellation) -> [String: Any] {
        ["reason": c.reason.rawValue, "note": nullable(c.note), "at": DateText.iso8601(c.at), "answer": nullable(c.answer?.rawValue)]
    }

    private static func refund(_ r: Refund) -> [String: Any] {
        ["amount": r.amount.decimalString, "stage": r.stage.rawValue, "at": DateText.iso8601(r.at)]
    }

    private static func dispute(_ d: Dispute) -> [String: Any] {
        ["reason": d.reason.rawValue, "outcome": d.outcome.rawValue, "amount": d.amount.decimalString,
         "description": d.description, "evidence": d.evidence, "opened_at": DateText.iso8601(d.openedAt)]
    }

    private static func message(_ m: Message) -> [String: Any] {
        ["from": m.author.rawValue, "text": m.text, "at": DateText.iso8601(m.at)]
    }
}
