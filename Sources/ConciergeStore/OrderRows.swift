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
            SELECT \(Column.selectList)
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

    /// The columns of the order query, in select order: a row is decoded by position, not by name
    /// (looking a column up by name compares it, case-insensitively, with every column before it).
    enum Column: Int, CaseIterable {
        case id, buyerID, sellerID, currency, status, placedAt, shippedAt, tracking, deliveredAt, completedAt, deletion,
             statusBeforeFreeze
        case paymentMethod, paymentAmount, paidAt, duplicateCharge
        case cancellationReason, cancellationNote, cancelledAt, cancellationAnswer
        case refundAmount, refundStage, refundAt
        case disputeReason, disputeOutcome, disputeAmount, disputeDescription, disputeEvidence, disputeOpenedAt

        /// Each column as `alias.column`, in the order of the cases.
        static let selected = [
            "o.id", "o.buyer_id", "o.seller_id", "o.currency", "o.status", "o.placed_at", "o.shipped_at", "o.tracking",
            "o.delivered_at", "o.completed_at", "o.deletion", "o.status_before_freeze",
            "p.method", "p.amount_minor", "p.paid_at", "p.duplicate_charge",
            "c.reason", "c.note", "c.at", "c.answer",
            "r.amount_minor", "r.stage", "r.at",
            "d.reason", "d.outcome", "d.amount_minor", "d.description", "d.evidence", "d.opened_at",
        ]
        static let selectList = selected.joined(separator: ", ")
        private static let tables: [Character: String] = ["o": "order", "p": "payment", "c": "cancellation", "r": "refund", "d": "dispute"]

        /// The table and column, for messages about a stored value.
        var source: (table: String, column: String) {
            let name = Self.selected[rawValue]
            return (Self.tables[name.first ?? "o"] ?? "order", String(name.dropFirst(2)))
        }
    }

    /// The order and its one-per-order parts from one joined row; a part is present when its NOT NULL column is.
    private static func order(from row: Row) throws -> Order {
        func at<T: DatabaseValueConvertible>(_ column: Column) throws -> T { try row.decode(atIndex: column.rawValue) }
        func maybe<T: DatabaseValueConvertible>(_ column: Column) throws -> T? { try row.decode(atIndex: column.rawValue) }
        func named<T: RawRepresentable>(_ column: Column) throws -> T? where T.RawValue == String {
            guard let text: String = try maybe(column) else { return nil }
            guard let decoded = T(rawValue: text) else {
                throw StoreError.unreadableValue(table: column.source.table, column: column.source.column, value: text)
            }
            return decoded
        }
        func required<T: RawRepresentable>(_ column: Column) throws -> T where T.RawValue == String {
            guard let decoded: T = try named(column) else {
                throw StoreError.unreadableValue(table: column.source.table, column: column.source.column, value: "NULL")
            }
            return decoded
        }
        let currency: String = try at(.currency)
        func money(_ column: Column) throws -> Money { Money(minorUnits: try at(column), currency: currency) }
        var order = Order(id: try at(.id), buyerID: try at(.buyerID), sellerID: try at(.sellerID), items: [], currency: currency,
                          status: try required(.status), placedAt: try at(.placedAt))
        order.shippedAt = try maybe(.shippedAt)
        order.tracking = try maybe(.tracking)
        order.deliveredAt = try maybe(.deliveredAt)
        order.completedAt = try maybe(.completedAt)
        order.deletion = try required(.deletion)
        order.statusBeforeFreeze = try named(.statusBeforeFreeze)
        if let method: PaymentMethod = try named(.paymentMethod) {
            order.payment = Payment(method: method, amount: try money(.paymentAmount), paidAt: try at(.paidAt),
                                    duplicateCharge: try at(.duplicateCharge))
        }
        if let reason: CancellationReason = try named(.cancellationReason) {
            order.cancellation = Cancellation(reason: reason, note: try maybe(.cancellationNote), at: try at(.cancelledAt),
                                              answer: try named(.cancellationAnswer))
        }
        if let stage: RefundStage = try named(.refundStage) {
            order.refund = Refund(amount: try money(.refundAmount), stage: stage, at: try at(.refundAt))
        }
        if let reason: DisputeReason = try named(.disputeReason) {
            let evidenceText: String = try at(.disputeEvidence)
            guard let evidence = try? JSONDecoder().decode([String].self, from: Data(evidenceText.utf8)) else {
                throw StoreError.unreadableValue(table: "dispute", column: "evidence", value: evidenceText)
            }
            order.dispute = Dispute(reason: reason, outcome: try required(.disputeOutcome), amount: try money(.disputeAmount),
                                    description: try at(.disputeDescription), evidence: evidence, openedAt: try at(.disputeOpenedAt))
        }
        return order
    }

    /// A stored name decoded to its type; a name the type does not know is an error, never a default.
    static func value<T: RawRepresentable>(_ row: Row, _ column: String, table: String) throws -> T where T.RawValue == String {
        guard let decoded: T = try optionalValue(row, column, table: table) else {
            throw StoreError.unreadableValue(table: table, column: column, value: "NULL")
        }
        return decoded
    }

    /// A stored name or NULL; a name the type does not know is an error.
    static func optionalValue<T: RawRepresentable>(_ row: Row, _ column: String, table: String) throws -> T? where T.RawValue == String {
        guard let text: String = try row.decode(forColumn: column) else { return nil }
        guard let decoded = T(rawValue: text) else {
            throw StoreError.unreadableValue(table: table, column: column, value: text)
        }
        return decoded
    }
}
