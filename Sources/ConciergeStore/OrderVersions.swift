import Foundation
import GRDB
import ConciergeDomain

/// Each buyer's `orders_version`, raised by triggers whenever anything an `Order` is read from changes (the order
/// row, its items, payment, cancellation, refund, dispute or messages), whichever process or connection writes it.
/// A reader that finds the version it saw last can reuse the orders it read then: a chat turn reads one small row
/// instead of decoding all the buyer's orders. The conversation table, the event log and the timer index
/// (`next_timer_at`) are not part of an `Order`, so they raise nothing.
enum OrderVersions {
    /// The tables whose rows belong to one order through `order_id`.
    static let childTables = ["order_item", "payment", "cancellation", "refund", "dispute", "message"]
    /// The order table's columns an `Order` is made of (all but the timer index).
    static let orderColumns = ["id", "buyer_id", "seller_id", "currency", "status", "placed_at", "shipped_at", "tracking",
                               "delivered_at", "completed_at", "deletion", "status_before_freeze"]

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE buyer ADD COLUMN orders_version INTEGER NOT NULL DEFAULT 0")
        try createTriggers(db)
    }

    /// The triggers' names, for dropping them around a bulk load.
    static var triggerNames: [String] {
        ["order"].flatMap { table in ["insert", "update", "delete"].map { "orders_version_\(table)_\($0)" } }
            + childTables.flatMap { table in ["insert", "update", "delete"].map { "orders_version_\(table)_\($0)" } }
    }

    /// The triggers as migration v6 created them. The lists above are part of that migration: an `Order` made of a
    /// new column or table needs a new migration that recreates the triggers (a test holds `orderColumns` to the
    /// columns orders are read from).
    static func createTriggers(_ db: Database) throws {
        func bump(_ buyers: String) -> String { "BEGIN UPDATE buyer SET orders_version = orders_version + 1 WHERE id IN (\(buyers)); END;" }
        // An update bumps the old and the new owner, should a row ever move to another order or buyer.
        var sql = """
            CREATE TRIGGER orders_version_order_insert AFTER INSERT ON "order" \(bump("NEW.buyer_id"))
            CREATE TRIGGER orders_version_order_update AFTER UPDATE OF \(orderColumns.joined(separator: ", ")) ON "order"
                \(bump("NEW.buyer_id, OLD.buyer_id"))
            CREATE TRIGGER orders_version_order_delete AFTER DELETE ON "order" \(bump("OLD.buyer_id"))

            """
        for table in childTables {
            for (operation, rows) in [("insert", "NEW.order_id"), ("update", "NEW.order_id, OLD.order_id"), ("delete", "OLD.order_id")] {
                sql += """
                    CREATE TRIGGER orders_version_\(table)_\(operation) AFTER \(operation.uppercased()) ON \(table)
                        \(bump("SELECT buyer_id FROM \"order\" WHERE id IN (\(rows))"))

                    """
            }
        }
        try db.execute(sql: sql)
    }

    static func dropTriggers(_ db: Database) throws {
        try db.execute(sql: triggerNames.map { "DROP TRIGGER IF EXISTS \($0);" }.joined(separator: "\n"))
    }
}

/// Which of a buyer's orders a store read: those in the order list, or with the deleted ones too.
struct OrdersKey: Hashable, Sendable {
    var buyer: BuyerID
    var includeDeleted: Bool
}
