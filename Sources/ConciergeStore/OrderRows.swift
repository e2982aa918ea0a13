import Foundation
import GRDB
import ConciergeDomain

/// Maps orders to and from their rows across the order tables.
enum OrderRows {
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Order] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"order\" WHERE \(condition) ORDER BY placed_at DESC, id DESC",
                                    arguments: arguments)
        return try rows.map { try order(from: $0, db) }
    }

    private static func order(from row: Row, _ db: Database) throws -> Order {
        let id: OrderID = row["id"]
        let currency: String = row["currency"]
        let items = try Row.fetchAll(db, sql: "SELECT * FROM order_item WHERE order_id = ? ORDER BY position", arguments: [id]).map {
            OrderItem(title: $0["title"], quantity: $0["quantity"], price: Money(minorUnits: $0["price_minor"], currency: currency))
        }
        var order = Order(id: id, buyerID: row["buyer_id"], sellerID: row["seller_id"], items: items, currency: currency,
                          status: try status(row["status"]), placedAt: row["placed_at"])
        order.shippedAt = row["shipped_at"]
        order.tracking = row["tracking"]
        order.deliveredAt = row["delivered_at"]
        order.completedAt = row["completed_at"]
        order.deletion = Deletion(rawValue: row["deletion"]) ?? .none
        order.statusBeforeFreeze = (row["status_before_freeze"] as String?).flatMap(OrderStatus.init(rawValue:))
        if let p = try Row.fetchOne(db, sql: "SELECT * FROM payment WHERE order_id = ?", arguments: [id]) {
            order.payment = Payment(method: PaymentMethod(rawValue: p["method"]) ?? .card,
                                    amount: Money(minorUnits: p["amount_minor"], currency: currency),
                                    paidAt: p["paid_at"], duplicateCharge: p["duplicate_charge"])
        }
        if let c = try Row.fetchOne(db, sql: "SELECT * FROM cancellation WHERE order_id = ?", arguments: [id]) {
            order.cancellation = Cancellation(reason: CancellationReason(rawValue: c["reason"]) ?? .other, note: c["note"], at: c["at"],
                                              answer: (c["answer"] as String?).flatMap(CancellationAnswer.init(rawValue:)))
        }
        if let r = try Row.fetchOne(db, sql: "SELECT * FROM refund WHERE order_id = ?", arguments: [id]) {
            order.refund = Refund(amount: Money(minorUnits: r["amount_minor"], currency: currency),
                                  stage: RefundStage(rawValue: r["stage"]) ?? .pending, at: r["at"])
        }
        if let d = try Row.fetchOne(db, sql: "SELECT * FROM dispute WHERE order_id = ?", arguments: [id]) {
            let evidenceText: String = d["evidence"]
            let evidence = (try? JSONDecoder().decode([String].self, from: Data(evidenceText.utf8))) ?? []
            order.dispute = Dispute(reason: DisputeReason(rawValue: d["reason"]) ?? .notAsDescribed,
                                    outcome: DisputeOutcome(rawValue: d["outcome"]) ?? .fullRefund,
                                    amount: Money(minorUnits: d["amount_minor"], currency: currency),
                                    description: d["description"], evidence: evidence, openedAt: d["opened_at"])
        }
        order.messages = try Row.fetchAll(db, sql: "SELECT * FROM message WHERE order_id = ? ORDER BY id", arguments: [id]).map {
            Message(author: MessageAuthor(rawValue: $0["author"]) ?? .buyer, text: $0["text"], at: $0["at"])
        }
        return order
    }

    private static func status(_ text: String) throws -> OrderStatus {
        guard let status = OrderStatus(rawValue: text) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown order status \(text)")
        }
        return status
    }

    /// Inserts a whole order with its items, payment, cancellation, refund, dispute and messages.
    static func insert(_ order: Order, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO "order" (id, buyer_id, seller_id, currency, status, placed_at, shipped_at, tracking,
                                 delivered_at, completed_at, deletion, status_before_freeze)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [order.id, order.buyerID, order.sellerID, order.currency, order.status.rawValue, order.placedAt,
                             order.shippedAt, order.tracking, order.deliveredAt, order.completedAt, order.deletion.rawValue,
                             order.statusBeforeFreeze?.rawValue])
        for (position, item) in order.items.enumerated() {
            try db.execute(sql: "INSERT INTO order_item (order_id, position, title, quantity, price_minor) VALUES (?, ?, ?, ?, ?)",
                           arguments: [order.id, position, item.title, item.quantity, item.price.minorUnits])
        }
        try writeDetails(order, db)
        for message in order.messages {
            try db.execute(sql: "INSERT INTO message (order_id, author, text, at) VALUES (?, ?, ?, ?)",
                           arguments: [order.id, message.author.rawValue, message.text, message.at])
        }
    }

    /// Writes the order's own columns and its one-per-order parts after a change.
    static func update(from old: Order, to new: Order, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE "order" SET status = ?, shipped_at = ?, tracking = ?, delivered_at = ?, completed_at = ?,
                               deletion = ?, status_before_freeze = ? WHERE id = ?
            """, arguments: [new.status.rawValue, new.shippedAt, new.tracking, new.deliveredAt, new.completedAt,
                             new.deletion.rawValue, new.statusBeforeFreeze?.rawValue, new.id])
        if old.payment != new.payment { try db.execute(sql: "DELETE FROM payment WHERE order_id = ?", arguments: [new.id]) }
        if old.cancellation != new.cancellation { try db.execute(sql: "DELETE FROM cancellation WHERE order_id = ?", arguments: [new.id]) }
        if old.dispute != new.dispute { try db.execute(sql: "DELETE FROM dispute WHERE order_id = ?", arguments: [new.id]) }
        if old.refund != new.refund {
            if let oldRefund = old.refund, let newRefund = new.refund, oldRefund.amount == newRefund.amount {
                try db.execute(sql: "UPDATE refund SET stage = ?, at = ? WHERE order_id = ?",
                               arguments: [newRefund.stage.rawValue, newRefund.at, new.id])
            } else if old.refund == nil, let refund = new.refund {
                try db.execute(sql: "INSERT INTO refund (order_id, amount_minor, stage, at) VALUES (?, ?, ?, ?)",
                               arguments: [new.id, refund.amount.minorUnits, refund.stage.rawValue, refund.at])
            } else {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "a refund can't be replaced")
            }
        }
        try writeDetails(new, db, payment: old.payment != new.payment, cancellation: old.cancellation != new.cancellation,
                         dispute: old.dispute != new.dispute, refund: false)
        for message in new.messages.dropFirst(old.messages.count) {
            try db.execute(sql: "INSERT INTO message (order_id, author, text, at) VALUES (?, ?, ?, ?)",
                           arguments: [new.id, message.author.rawValue, message.text, message.at])
        }
    }

    private static func writeDetails(_ order: Order, _ db: Database, payment: Bool = true, cancellation: Bool = true,
                                     dispute: Bool = true, refund: Bool = true) throws {
        if payment, let p = order.payment {
            try db.execute(sql: "INSERT INTO payment (order_id, method, amount_minor, paid_at, duplicate_charge) VALUES (?, ?, ?, ?, ?)",
                           arguments: [order.id, p.method.rawValue, p.amount.minorUnits, p.paidAt, p.duplicateCharge])
        }
        if cancellation, let c = order.cancellation {
            try db.execute(sql: "INSERT INTO cancellation (order_id, reason, note, at, answer) VALUES (?, ?, ?, ?, ?)",
                           arguments: [order.id, c.reason.rawValue, c.note, c.at, c.answer?.rawValue])
        }
        if refund, let r = order.refund {
            try db.execute(sql: "INSERT INTO refund (order_id, amount_minor, stage, at) VALUES (?, ?, ?, ?)",
                           arguments: [order.id, r.amount.minorUnits, r.stage.rawValue, r.at])
        }
        if dispute, let d = order.dispute {
            let evidence = String(decoding: (try? JSONEncoder().encode(d.evidence)) ?? Data("[]".utf8), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO dispute (order_id, reason, outcome, amount_minor, description, evidence, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [order.id, d.reason.rawValue, d.outcome.rawValue, d.amount.minorUnits, d.description, evidence, d.openedAt])
        }
    }
}
