import Foundation
import GRDB
import GRDBSQLite
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
@testable import ConciergeSession
import ConciergeTestSupport

/// Records the SQL a store runs, for query-plan and statement-count checks.
final class SQLRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []

    var statements: [String] { lock.withLock { recorded } }
    func reset() { lock.withLock { recorded = [] } }

    /// Starts recording on the store's one in-memory connection.
    init(_ store: OrderStore) throws {
        try store.writer.writeWithoutTransaction { db in
            db.trace(options: .statement) { [self] event in
                guard case .statement(let statement) = event, !statement.sql.hasPrefix("--") else { return }
                lock.withLock { recorded.append(statement.sql) }
            }
        }
    }
}

@Suite struct StoreQueryTests {
    let now = TestData.now

    /// The demo buyer's conversation of the store benchmark, on the demo data.
    func demoConversation() throws -> (store: OrderStore, session: Session, lines: [String]) {
        let store = try OrderStore.inMemory(countingStatements: true)
        try store.load(try DemoData.fixture(at: now))
        let session = try Session(store: store, buyerID: DemoData.buyerID, understander: sharedUnderstander, clock: .fixed(now))
        let target = try #require(try store.orders(buyerID: DemoData.buyerID).first { $0.status == .awaitingShipment })
        let lines = ["/orders", "where is my order \(target.id)", "cancel order \(target.id)", "I don't need it anymore", "yes",
                     "/order \(target.id)", ""]
        return (store, session, lines)
    }

    /// Tables that grow with the marketplace; a per-turn query may look rows up in them by index, never scan them.
    static let growingTables: Set<String> = ["order", "o", "message", "m", "event", "order_item", "i",
                                            "payment", "p", "cancellation", "c", "refund", "r", "dispute", "d"]

    func scans(in sql: String, _ db: Database) throws -> [String] {
        let statement = try db.makeStatement(sql: "EXPLAIN QUERY PLAN " + sql)
        let parameters = Int(sqlite3_bind_parameter_count(statement.sqliteStatement))
        let plan = try Row.fetchAll(statement, arguments: StatementArguments(Array(repeating: DatabaseValue.null, count: parameters)))
        return plan.compactMap { row -> String? in
            let detail: String = row["detail"]
            guard detail.hasPrefix("SCAN ") else { return nil }
            let table = detail.dropFirst(5).split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? ""
            return Self.growingTables.contains(table) ? "\(detail) in: \(sql)" : nil
        }
    }

    @Test func noPerTurnQueryScansATableThatGrows() throws {
        let (store, session, lines) = try demoConversation()
        let recorder = try SQLRecorder(store)
        for line in lines { _ = session.respond(to: line) }
        // The clock moves on and the platform's pass runs too: it must find due orders through the index.
        _ = try store.applyTimers(at: now.addingTimeInterval(30 * 86_400))
        let queries = Set(recorder.statements.filter { !$0.hasPrefix("BEGIN") && !$0.hasPrefix("COMMIT") && !$0.hasPrefix("PRAGMA") })
        #expect(queries.contains { $0.contains("FROM \"order\" o") }, "the conversation read orders")
        let found = try store.writer.read { db in try queries.flatMap { try scans(in: $0, db) } }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func theQueryPlanCheckCatchesAScan() throws {
        let store = try OrderStore.inMemory()
        let found = try store.writer.read { db in
            try scans(in: "SELECT * FROM message WHERE text = ?", db) + scans(in: "SELECT * FROM \"order\" o WHERE o.tracking = ?", db)
        }
        #expect(found.count == 2)
    }

    /// The buyer's orders version, then the orders with their parts, then their items, then their messages; read again
    /// with nothing changed, only the version.
    @Test func aBuyersOrdersLoadWithFourQueriesWhateverTheirNumberAndOneWhenUnchanged() throws {
        func statements(orders count: Int) throws -> (first: Int, again: Int) {
            let orders = (0..<count).map { n in
                var order = TestData.order(n % 2 == 0 ? .awaitingShipment : .inDispute, id: OrderID("73000\(10_000 + n)"))
                order.messages = [Message(author: .buyer, text: "hello \(n)", at: now)]
                return order
            }
            let store = try TestData.store(orders)
            let recorder = try SQLRecorder(store)
            let loaded = try store.orders(buyerID: "B1")
            #expect(loaded.count == count && loaded.allSatisfy { $0.messages.count == 1 && $0.items.count == 1 })
            let first = recorder.statements.filter { $0.hasPrefix("SELECT") }.count
            recorder.reset()
            #expect(try store.orders(buyerID: "B1") == loaded)
            return (first, recorder.statements.filter { $0.hasPrefix("SELECT") }.count)
        }
        #expect(try statements(orders: 2) == (4, 1))
        #expect(try statements(orders: 40) == (4, 1))
    }

    @Test func repeatedTurnsPrepareNoNewStatements() throws {
        let (store, session, lines) = try demoConversation()
        for line in lines { _ = session.respond(to: line) }
        for line in ["/orders", "where is my order 7300000042", "/order 7300000042"] { _ = session.respond(to: line) }
        let before = store.statementsPrepared
        for line in ["/orders", "where is my order 7300000042", "/order 7300000042"] { _ = session.respond(to: line) }
        #expect(before > 0)
        #expect(store.statementsPrepared - before == 0, "prepared \(store.statementsPrepared - before) statements in three turns")
    }

    @Test func aTurnWithNothingDueNeverTakesTheWriteLock() throws {
        let store = try TestData.store([TestData.order(.shipped), TestData.order(.awaitingShipment, id: "7300000002")])
        _ = try store.applyTimers(buyerID: "B1", at: now)
        let recorder = try SQLRecorder(store)
        #expect(try store.applyTimers(buyerID: "B1", at: now).isEmpty)
        #expect(!recorder.statements.contains { $0.hasPrefix("BEGIN IMMEDIATE") }, "\(recorder.statements)")
        // Once the handling time has run out, the order is due and is written.
        #expect(try store.applyTimers(buyerID: "B1", at: now.addingTimeInterval(6 * 86_400)).contains { $0.to == .cancelled })
        #expect(recorder.statements.contains { $0.hasPrefix("BEGIN IMMEDIATE") })
    }
}
