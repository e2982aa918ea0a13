import Foundation
import Yams
import ConciergeDomain

extension NodeReader {
    private static let orderFields: Set<String> = [
        "id", "buyer", "seller", "items", "currency", "status", "placed_at", "payment", "shipped_at", "tracking",
        "delivered_at", "completed_at", "cancellation", "refund", "dispute", "deleted", "status_before_freeze", "messages",
    ]

    /// Reads one order of the fixture.
    /// Long: one block per field of the fixture format, each checked where it is read so an error names its line.
    func order(_ node: Node, path: String) throws -> Order {
        let map = try mapping(node, path)
        try allowOnly(Self.orderFields, in: map, path: path)
        let id = try requiredString(map, "id", path)
        guard (6...20).contains(id.count), id.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw error(map["id"], "\(path).id", "must be 6 to 20 digits, as a string")
        }
        let currency = try requiredString(map, "currency", path)
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw error(map["currency"], "\(path).currency", "must be a 3-letter code like USD")
        }
        let items = try list(map["items"], "\(path).items").enumerated().map { index, itemNode in
            let itemPath = "\(path).items[\(index)]"
            let item = try mapping(itemNode, itemPath)
            try allowOnly(["title", "quantity", "price"], in: item, path: itemPath)
            let quantity = try item["quantity"].map { try int($0, "\(itemPath).quantity", minimum: 1) } ?? 1
            return OrderItem(title: try requiredString(item, "title", itemPath), quantity: quantity,
                             price: try money(item, "price", itemPath, currency: currency, positive: false))
        }
        if items.isEmpty { throw error(map["items"] ?? node, "\(path).items", "needs at least one item") }
        if Order.total(of: items, currency: currency) == nil {
            throw error(map["items"] ?? node, "\(path).items", "the total is too large (at most \(Money(minorUnits: Money.largestMinorUnits, currency: currency)))")
        }

        var order = Order(
            id: OrderID(id), buyerID: BuyerID(try requiredString(map, "buyer", path)), sellerID: SellerID(try requiredString(map, "seller", path)),
            items: items, currency: currency, status: try requiredEnum(map, "status", path, OrderStatus.self),
            placedAt: try requiredDate(map, "placed_at", path))
        order.shippedAt = try optionalDate(map, "shipped_at", path)
        order.tracking = try optionalString(map, "tracking", path)
        order.deliveredAt = try optionalDate(map, "delivered_at", path)
        order.completedAt = try optionalDate(map, "completed_at", path)
        order.statusBeforeFreeze = try enumValue(map, "status_before_freeze", path, OrderStatus.self)
        if let deleted = map["deleted"], !isNull(deleted) {
            switch try string(deleted, "\(path).deleted") {
            case "false", "no": order.deletion = .none
            case "true", "yes": order.deletion = .deleted
            case "permanent": order.deletion = .permanent
            default: throw error(deleted, "\(path).deleted", "must be true, false or permanent")
            }
        }
        order.payment = try sub(map, "payment", path, ["method", "amount", "paid_at", "duplicate_charge"]) { p, sp in
            let duplicate = try optionalString(p, "duplicate_charge", sp)
            return Payment(method: try requiredEnum(p, "method", sp, PaymentMethod.self),
                           amount: try money(p, "amount", sp, currency: currency),
                           paidAt: try requiredDate(p, "paid_at", sp), duplicateCharge: duplicate == "true")
        }
        order.cancellation = try sub(map, "cancellation", path, ["reason", "note", "at", "answer"]) { c, sp in
            Cancellation(reason: try requiredEnum(c, "reason", sp, CancellationReason.self),
                         note: try optionalString(c, "note", sp), at: try requiredDate(c, "at", sp),
                         answer: try enumValue(c, "answer", sp, CancellationAnswer.self))
        }
        order.refund = try sub(map, "refund", path, ["amount", "stage", "at"]) { r, sp in
            Refund(amount: try money(r, "amount", sp, currency: currency),
                   stage: try requiredEnum(r, "stage", sp, RefundStage.self), at: try requiredDate(r, "at", sp))
        }
        order.dispute = try sub(map, "dispute", path, ["reason", "outcome", "amount", "opened_at", "description", "evidence"]) { d, sp in
            let evidence = try list(d["evidence"], "\(sp).evidence").enumerated().map { try string($1, "\(sp).evidence[\($0)]") }
            let amount = d["amount"] == nil ? (order.paidAmount ?? order.total) : try money(d, "amount", sp, currency: currency)
            return Dispute(reason: try requiredEnum(d, "reason", sp, DisputeReason.self),
                           outcome: try requiredEnum(d, "outcome", sp, DisputeOutcome.self),
                           amount: amount, description: try optionalString(d, "description", sp) ?? "",
                           evidence: evidence, openedAt: try requiredDate(d, "opened_at", sp))
        }
        order.messages = try list(map["messages"], "\(path).messages").enumerated().map { index, messageNode in
            let mp = "\(path).messages[\(index)]"
            let m = try mapping(messageNode, mp)
            try allowOnly(["from", "text", "at"], in: m, path: mp)
            return Message(author: try requiredEnum(m, "from", mp, MessageAuthor.self),
                           text: try requiredString(m, "text", mp), at: try requiredDate(m, "at", mp))
        }
        return order
    }

    private func sub<T>(_ map: Node.Mapping, _ key: String, _ path: String, _ fields: Set<String>,
                        _ read: (Node.Mapping, String) throws -> T) throws -> T? {
        guard let node = map[key], !isNull(node) else { return nil }
        let subPath = "\(path).\(key)"
        let subMap = try mapping(node, subPath)
        try allowOnly(fields, in: subMap, path: subPath)
        return try read(subMap, subPath)
    }
}
