import Foundation
import GRDB
import ConciergeDomain

/// Maps orders to and from their rows across the order tables.
///
/// Orders are read with three set-based queries whatever their number (the order with its one-per-order
/// parts joined, then all their items, then all their messages), each a cached prepared statement.
/// `condition` is SQL over the order table aliased `o`; it is part of the statement's text, so callers
/// pass a fixed condition with `?` arguments, never interpolated values.
enum OrderRows {
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Order] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT o.id, o.buyer_id, o.seller_id, o.currency, o.status, o.placed_at, o.shipped_at, o.tracking,
                   o.delivered_at, o.completed_at, o.deletion, o.status_before_freeze,
                   p.method AS p_method, p.amount_minor AS p_amount, p.paid_at AS p_paid_at, p.duplicate_charge AS p_duplicate,
                   c.reason AS c_reason, c.note AS c_note, c.at AS c_at, c.answer AS c_answer,
                   r.amount_minor AS r_amount, r.stage AS r_stage, r.at AS r_at,
                   d.reason AS d_reason, d.outcome AS d_outcome, d.amount_minor AS d_amount, d.description AS d_description,
                   d.evidence AS d_evidence, d.opened_at AS d_opened_at
            FROM "order" o
            LEFT JOIN payment p ON p.order_id = o.id
            LEFT JOIN cancellation c ON c.order_id = o.id
            LEFT JOIN refund r ON r.order_id = o.id
            LEFT JOIN dispute d ON d.order_id = o.id
            WHERE \(condition)
            ORDER BY o.placed_at DESC, o.id DESC
            """), arguments: arguments)
        guard !rows.isEmpty else { return [] }
        // CROSS JOIN keeps the order table outermost, so SQLite walks the few matching orders and
        // looks their items and messages up by index instead of scanning the child tables.
        var items: [OrderID: [(position: Int, title: String, quantity: Int, price: Int)]] = [:]
        let itemRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT i.order_id, i.position, i.title, i.quantity, i.price_minor
            FROM "order" o CROSS JOIN order_item i ON i.order_id = o.id WHERE \(condition)
            """), arguments: arguments)
        while let row = try itemRows.next() {
            let id: OrderID = try row.decode(atIndex: 0)
            items[id, default: []].append((try row.decode(atIndex: 1), try row.decode(atIndex: 2),
                                           try row.decode(atIndex: 3), try row.decode(atIndex: 4)))
        }
        var messages: [OrderID: [(id: Int64, message: Message)]] = [:]
        let messageRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT m.order_id, m.id, m.author, m.text, m.at
            FROM "order" o CROSS JOIN message m ON m.order_id = o.id WHERE \(condition)
            """), arguments: arguments)
        while let row = try messageRows.next() {
            let id: OrderID = try row.decode(atIndex: 0)
            let message = Message(author: try value(row, "author", table: "message"), text: try row.decode(atIndex: 3),
                                  at: try row.decode(atIndex: 4))
            messages[id, default: []].append((try row.decode(atIndex: 1), message))
        }
        return try rows.map { row in
            var order = try order(from: row)
            order.items = (items[order.id] ?? []).sorted { $0.position < $1.position }.map {
                OrderItem(title: $0.title, quantity: $0.quantity, price: Money(minorUnits: $0.price, currency: order.currency))
            }
            order.messages = (messages[order.id] ?? []).sorted { $0.id < $1.id }.map(\.message)
            return order
        }
    }

    /// The order and its one-per-order parts from one joined row; a part is present when its NOT NULL column is.
    private static func order(from row: Row) throws -> Order {
        let currency: String = try row.decode(forColumn: "currency")
        func money(_ column: String) throws -> Money { Money(minorUnits: try row.decode(forColumn: column), currency: currency) }
        var order = Order(id: try row.decode(forColumn: "id"), buyerID: try row.decode(forColumn: "buyer_id"),
                          sellerID: try row.decode(forColumn: "seller_id"), items: [], currency: currency,
                          status: try value(row, "status", table: "order"), placedAt: try row.decode(forColumn: "placed_at"))
        order.shippedAt = try row.decode(forColumn: "shipped_at")
        order.tracking = try row.decode(forColumn: "tracking")
        order.deliveredAt = try row.decode(forColumn: "delivered_at")
        order.completedAt = try row.decode(forColumn: "completed_at")
        order.deletion = try value(row, "deletion", table: "order")
        order.statusBeforeFreeze = try optionalValue(row, "status_before_freeze", table: "order")
        if let method: PaymentMethod = try optionalValue(row, "p_method", table: "payment") {
            order.payment = Payment(method: method, amount: try money("p_amount"), paidAt: try row.decode(forColumn: "p_paid_at"),
                                    duplicateCharge: try row.decode(forColumn: "p_duplicate"))
        }
        if let reason: CancellationReason = try optionalValue(row, "c_reason", table: "cancellation") {
            order.cancellation = Cancellation(reason: reason, note: try row.decode(forColumn: "c_note"), at: try row.decode(forColumn: "c_at"),
                                              answer: try optionalValue(row, "c_answer", table: "cancellation"))
        }
        if let stage: RefundStage = try optionalValue(row, "r_stage", table: "refund") {
            order.refund = Refund(amount: try money("r_amount"), stage: stage, at: try row.decode(forColumn: "r_at"))
        }
        if let reason: DisputeReason = try optionalValue(row, "d_reason", table: "dispute") {
            let evidenceText: String = try row.decode(forColumn: "d_evidence")
            guard let evidence = try? JSONDecoder().decode([String].self, from: Data(evidenceText.utf8)) else {
                throw StoreError.unreadableValue(table: "dispute", column: "evidence", value: evidenceText)
            }
            order.dispute = Dispute(reason: reason, outcome: try value(row, "d_outcome", table: "dispute"), amount: try money("d_amount"),
                                    description: try row.decode(forColumn: "d_description"), evidence: evidence,
                                    openedAt: try row.decode(forColumn: "d_opened_at"))
        }
        return order
    }

    /// A stored name decoded to its type; a name the type does not know is an error, never a default.
    static func value<T: RawRepresentable>(_ row: Row, _ column: String, table: String) throws -> T where T.RawValue == String {
        guard let decoded: T = try optionalValue(row, column, table: table) else {
            throw StoreError.unreadableValue(table: table, column: Self.columnName(column), value: "NULL")
        }
        return decoded
    }

    /// A stored name or NULL; a name the type does not know is an error.
    static func optionalValue<T: RawRepresentable>(_ row: Row, _ column: String, table: String) throws -> T? where T.RawValue == String {
        guard let text: String = try row.decode(forColumn: column) else { return nil }
        guard let decoded = T(rawValue: text) else {
            throw StoreError.unreadableValue(table: table, column: Self.columnName(column), value: text)
        }
        return decoded
    }

    /// The table's own column name for an aliased one (`p_method` is payment's `method`).
    private static func columnName(_ alias: String) -> String {
        guard alias.count > 2, alias.dropFirst().first == "_", ["p", "c", "r", "d"].contains(alias.first) else { return alias }
        return String(alias.dropFirst(2))
    }
}
