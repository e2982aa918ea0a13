import Foundation
import GRDB
import ConciergeDomain

extension OrderRows {
    private static let timers = PlatformTimers()

    /// The seller's handling days, which the order's next timer depends on.
    static func handlingDays(of sellerID: SellerID, _ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT handling_days FROM seller WHERE id = ?"), arguments: [sellerID])
            ?? PolicyConstants.defaultHandlingDays
    }

    /// Inserts a whole order with its items, payment, cancellation, refund, dispute and messages.
    /// `handlingDays` is the seller's (looked up when not given), for the order's next timer.
    static func insert(_ order: Order, handlingDays: Int? = nil, _ db: Database) throws {
        let days = try handlingDays ?? Self.handlingDays(of: order.sellerID, db)
        try db.cachedStatement(sql: """
            INSERT INTO "order" (id, buyer_id, seller_id, currency, status, placed_at, shipped_at, tracking,
                                 delivered_at, completed_at, deletion, status_before_freeze, next_timer_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [order.id, order.buyerID, order.sellerID, order.currency, order.status.rawValue, DatabaseDate.value(order.placedAt),
                                     DatabaseDate.value(order.shippedAt), order.tracking, DatabaseDate.value(order.deliveredAt),
                                     DatabaseDate.value(order.completedAt), order.deletion.rawValue,
                                     order.statusBeforeFreeze?.rawValue, DatabaseDate.value(timers.nextDue(order, handlingDays: days))])
        let item = try db.cachedStatement(sql: "INSERT INTO order_item (order_id, position, title, quantity, price_minor) VALUES (?, ?, ?, ?, ?)")
        for (position, line) in order.items.enumerated() {
            try item.execute(arguments: [order.id, position, line.title, line.quantity, line.price.minorUnits])
        }
        try writeDetails(order, db)
        try insertMessages(order.messages[...], of: order.id, db)
    }

    /// Writes the order's own columns and its one-per-order parts after a change.
    static func update(from old: Order, to new: Order, _ db: Database) throws {
        let days = try handlingDays(of: new.sellerID, db)
        try db.cachedStatement(sql: """
            UPDATE "order" SET status = ?, shipped_at = ?, tracking = ?, delivered_at = ?, completed_at = ?,
                               deletion = ?, status_before_freeze = ?, next_timer_at = ? WHERE id = ?
            """).execute(arguments: [new.status.rawValue, DatabaseDate.value(new.shippedAt), new.tracking, DatabaseDate.value(new.deliveredAt),
                                     DatabaseDate.value(new.completedAt), new.deletion.rawValue, new.statusBeforeFreeze?.rawValue,
                                     DatabaseDate.value(timers.nextDue(new, handlingDays: days)), new.id])
        if old.payment != new.payment { try db.cachedStatement(sql: "DELETE FROM payment WHERE order_id = ?").execute(arguments: [new.id]) }
        if old.cancellation != new.cancellation {
            try db.cachedStatement(sql: "DELETE FROM cancellation WHERE order_id = ?").execute(arguments: [new.id])
        }
        if old.dispute != new.dispute { try db.cachedStatement(sql: "DELETE FROM dispute WHERE order_id = ?").execute(arguments: [new.id]) }
        if old.refund != new.refund {
            if let oldRefund = old.refund, let newRefund = new.refund, oldRefund.amount == newRefund.amount {
                try db.cachedStatement(sql: "UPDATE refund SET stage = ?, at = ? WHERE order_id = ?")
                    .execute(arguments: [newRefund.stage.rawValue, DatabaseDate.value(newRefund.at), new.id])
            } else if old.refund == nil, new.refund != nil {
                try writeDetails(new, db, payment: false, cancellation: false, dispute: false, refund: true)
            } else {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "a refund can't be replaced")
            }
        }
        try writeDetails(new, db, payment: old.payment != new.payment, cancellation: old.cancellation != new.cancellation,
                         dispute: old.dispute != new.dispute, refund: false)
        try insertMessages(new.messages.dropFirst(old.messages.count), of: new.id, db)
    }

    /// Records when the order's next timer is due, without changing the order (after a timer pass found nothing to do).
    static func setNextTimer(of order: Order, _ db: Database) throws {
        let next = timers.nextDue(order, handlingDays: try handlingDays(of: order.sellerID, db))
        try db.cachedStatement(sql: "UPDATE \"order\" SET next_timer_at = ? WHERE id = ?").execute(arguments: [DatabaseDate.value(next), order.id])
    }

    private static func insertMessages(_ messages: ArraySlice<Message>, of id: OrderID, _ db: Database) throws {
        guard !messages.isEmpty else { return }
        let insert = try db.cachedStatement(sql: "INSERT INTO message (order_id, author, text, at) VALUES (?, ?, ?, ?)")
        for message in messages {
            try insert.execute(arguments: [id, message.author.rawValue, message.text, DatabaseDate.value(message.at)])
        }
    }

    private static func writeDetails(_ order: Order, _ db: Database, payment: Bool = true, cancellation: Bool = true,
                                     dispute: Bool = true, refund: Bool = true) throws {
        if payment, let p = order.payment {
            try db.cachedStatement(sql: "INSERT INTO payment (order_id, method, amount_minor, paid_at, duplicate_charge) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [order.id, p.method.rawValue, p.amount.minorUnits, DatabaseDate.value(p.paidAt), p.duplicateCharge])
        }
        if cancellation, let c = order.cancellation {
            try db.cachedStatement(sql: "INSERT INTO cancellation (order_id, reason, note, at, answer) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [order.id, c.reason.rawValue, c.note, DatabaseDate.value(c.at), c.answer?.rawValue])
        }
        if refund, let r = order.refund {
            try db.cachedStatement(sql: "INSERT INTO refund (order_id, amount_minor, stage, at) VALUES (?, ?, ?, ?)")
                .execute(arguments: [order.id, r.amount.minorUnits, r.stage.rawValue, DatabaseDate.value(r.at)])
        }
        if dispute, let d = order.dispute {
            let evidence = String(decoding: (try? JSONEncoder().encode(d.evidence)) ?? Data("[]".utf8), as: UTF8.self)
            try db.cachedStatement(sql: """
                INSERT INTO dispute (order_id, reason, outcome, amount_minor, description, evidence, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [order.id, d.reason.rawValue, d.outcome.rawValue, d.amount.minorUnits, d.description, evidence,
                                         DatabaseDate.value(d.openedAt)])
        }
    }
}
