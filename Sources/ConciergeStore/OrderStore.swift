import Foundation
import GRDB
import ConciergeDomain

/// The one owner of the order database: every read and every checked change goes through it.
public final class OrderStore: Sendable {
    let writer: any DatabaseWriter
    /// Where the database lives, for messages (":memory:" for in-memory stores).
    public let path: String
    let policy = Policy()
    let timers = PlatformTimers()
    /// Counts prepared statements when the store was opened with `countingStatements`.
    let statementCounter: StatementCounter?
    /// Each buyer's orders as last read, reused while the buyer's `orders_version` stays the same.
    /// At most 16 buyers are kept (a chat has one; an agent desk switches between a few).
    let ordersCache = SharedMemo<OrdersKey, (version: Int64, orders: [Order])>(capacity: 16)

    init(writer: any DatabaseWriter, path: String, statementCounter: StatementCounter?) {
        self.writer = writer
        self.path = path
        self.statementCounter = statementCounter
    }

    /// SQL statements prepared so far by this store's connections (0 unless opened with `countingStatements`).
    /// Queries and changes only: transaction control (BEGIN, COMMIT…) is in `transactionStatementsPrepared`.
    public var statementsPrepared: Int { statementCounter?.count ?? 0 }
    /// Transaction-control statements prepared so far (GRDB compiles BEGIN and COMMIT for each transaction).
    public var transactionStatementsPrepared: Int { statementCounter?.controlCount ?? 0 }

    /// How long a connection waits for another process's lock before giving up (busy).
    static let busyTimeout: TimeInterval = 10
    /// Between the first tries while another process holds the write lock: another chat's commit holds it for some
    /// tens of microseconds, so a quarter-millisecond sleep cost more than the turn itself.
    static let busyShortRetryMicroseconds: UInt32 = 20
    /// How many short tries come before the longer ones.
    static let busyShortTries = 50
    /// Between later tries.
    static let busyRetryMicroseconds: UInt32 = 250

    /// Waiting for another process's lock: a try every 20 µs for the first millisecond, then every quarter
    /// millisecond, for up to `busyTimeout`. SQLite's own timeout sleeps 1, 2, 5, 10, 15, 20, 25… ms between tries,
    /// so a writer that finds the lock held for a moment (another chat's commit) could wait eight or more.
    static let busyMode = Database.BusyMode.callback { tries in
        let short = min(tries, busyShortTries)
        let waited = Double(short) * Double(busyShortRetryMicroseconds) + Double(tries - short) * Double(busyRetryMicroseconds)
        guard waited < busyTimeout * 1_000_000 else { return false }
        usleep(tries < busyShortTries ? busyShortRetryMicroseconds : busyRetryMicroseconds)
        return true
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode and migrates it.
    /// With `countingStatements`, the store counts the statements SQLite prepares (`statementsPrepared`).
    public static func open(path: String, countingStatements: Bool = false) throws -> OrderStore {
        let counter = countingStatements ? StatementCounter() : nil
        var config = Configuration()
        if let counter { config.prepareDatabase { counter.watch($0) } }
        config.busyMode = busyMode
        config.foreignKeysEnabled = true
        try refuseForeignOrNewer(path) // before the pool exists: opening it in WAL mode rewrites the header
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, detail: "\(error)")
        }
        return try prepared(pool, path: path, counter: counter)
    }

    /// A fresh database in memory, for tests and transcript replays.
    public static func inMemory(countingStatements: Bool = false) throws -> OrderStore {
        let counter = countingStatements ? StatementCounter() : nil
        return try prepared(try DatabaseQueue(configuration: inMemoryConfiguration(counter: counter)), path: ":memory:", counter: counter)
    }

    /// How in-memory stores are configured (also the copies a `StoreTemplate` makes).
    static func inMemoryConfiguration(counter: StatementCounter?) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        if let counter { config.prepareDatabase { counter.watch($0) } }
        return config
    }

    static func prepared(_ writer: any DatabaseWriter, path: String, counter: StatementCounter?) throws -> OrderStore {
        let migrator = Migrations.migrator
        do {
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            try migrate(writer) // retries when another process created the same tables at the same moment
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
        return OrderStore(writer: writer, path: path, statementCounter: counter)
    }

    static func translate(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: .locked(path: path)
        case .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_READONLY: .cannotWrite(path: path, detail: error.message ?? "\(error)")
        default: .cannotOpen(path: path, detail: error.message ?? "\(error)")
        }
    }

    /// Runs `body` in a read transaction. A pool reads on a reader connection, never waiting for writers.
    /// A single read-write connection (in memory, a file being created, a chat's) reads in a plain deferred transaction:
    /// GRDB's read isolation on such a connection toggles `PRAGMA query_only`, and every toggle expires all
    /// of the connection's prepared statements, so each read would compile its statements again.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        guard let queue = writer as? DatabaseQueue, !queue.configuration.readonly else { return try writer.read(body) }
        return try queue.writeWithoutTransaction { db in try transaction(db, .deferred, body) }
    }

    /// Runs `body`, which reads with one statement, without a transaction around it: SQLite reads a statement alone
    /// from one snapshot, and the turn's checks (a version, a due timer) are one statement each. It runs on the
    /// connection that writes (a pool's writer), whose page cache this process's own writes (a conversation saved
    /// every turn) leave warm, where a pool reader's is emptied by each of them; a lone SELECT takes no write lock,
    /// so other processes' writers never hold it up. A read-only store reads as `read` does.
    func readOneStatement<T>(_ body: (Database) throws -> T) throws -> T {
        if let queue = writer as? DatabaseQueue, queue.configuration.readonly { return try read(body) }
        return try writer.writeWithoutTransaction(body)
    }

    /// `body` in one transaction of `kind`, committed when it returns.
    private func transaction<T>(_ db: Database, _ kind: Database.TransactionKind, _ body: (Database) throws -> T) throws -> T {
        var result: T?
        try db.inTransaction(kind) {
            result = try body(db)
            return .commit
        }
        guard let result else { throw StoreError.cannotOpen(path: path, detail: "transaction produced nothing") }
        return result
    }

    /// Runs `body` in one IMMEDIATE transaction: the write lock is taken before anything is read,
    /// so a check made inside it still holds when the change is written.
    func immediate<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in try transaction(db, .immediate, body) }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    /// Whether the database holds no buyers yet.
    public func isEmpty() throws -> Bool {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM buyer") ?? 0 } == 0
    }

    /// Loads a fixture's buyers, sellers and orders in one transaction (all or nothing);
    /// with `intoEmpty`, refuses inside that transaction when the database already holds buyers.
    /// Loaded data is marked as demo/test data, on which agents may move the clock (`markAsTestData`).
    public func load(_ fixture: Fixture, intoEmpty: Bool = false, markAsTestData: Bool = true) throws {
        try immediate { db in
            if intoEmpty, try Int.fetchOne(db, sql: "SELECT count(*) FROM buyer") ?? 0 > 0 {
                throw StoreError.notEmpty(path: path)
            }
            if markAsTestData {
                try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('test_data', 'true')")
            }
            for buyer in fixture.buyers {
                try db.execute(sql: "INSERT INTO buyer (id, name) VALUES (?, ?)", arguments: [buyer.id, buyer.name])
            }
            for seller in fixture.sellers {
                try db.execute(sql: "INSERT INTO seller (id, name, handling_days) VALUES (?, ?, ?)",
                               arguments: [seller.id, seller.name, seller.handlingDays])
            }
            for order in fixture.orders {
                try OrderRows.insert(order, db)
            }
        }
    }

    /// Everything in the store, as a fixture (for export and round trips).
    public func exportFixture(now: Date? = nil) throws -> Fixture {
        try read { db in
            Fixture(now: now, buyers: try Self.buyers(db, where: "1"), sellers: try Self.sellers(db, where: "1"),
                    orders: try OrderRows.fetch(db, where: "1", arguments: []))
        }
    }

    /// A buyer by id.
    public func buyer(id: BuyerID) throws -> Buyer? {
        try read { try Self.buyers($0, where: "id = ?", [id]).first }
    }

    /// All buyers, by id.
    public func buyers() throws -> [Buyer] {
        try read { try Self.buyers($0, where: "1") }
    }

    /// A seller by id.
    public func seller(id: SellerID) throws -> Seller? {
        try read { try Self.sellers($0, where: "id = ?", [id]).first }
    }

    /// All sellers, by id.
    public func sellers() throws -> [Seller] {
        try read { try Self.sellers($0, where: "1") }
    }

    private static func buyers(_ db: Database, where condition: String, _ arguments: StatementArguments = []) throws -> [Buyer] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name FROM buyer WHERE \(condition) ORDER BY id"), arguments: arguments)
            .map { Buyer(id: $0["id"], name: $0["name"]) }
    }

    private static func sellers(_ db: Database, where condition: String, _ arguments: StatementArguments = []) throws -> [Seller] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name, handling_days FROM seller WHERE \(condition) ORDER BY id"),
                         arguments: arguments)
            .map { Seller(id: $0["id"], name: $0["name"], handlingDays: $0["handling_days"]) }
    }

    /// The buyer's orders, newest first; deleted ones only when asked, permanently deleted never.
    /// Unchanged orders (the buyer's `orders_version` is the one they were read at) come from `ordersCache`.
    public func orders(buyerID: BuyerID, includeDeleted: Bool = false) throws -> [Order] {
        let key = OrdersKey(buyer: buyerID, includeDeleted: includeDeleted)
        func version(_ db: Database) throws -> Int64? {
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT orders_version FROM buyer WHERE id = ?"), arguments: [buyerID])
        }
        // Most turns find the orders unchanged: the version alone is read, then, without a transaction around it.
        if let kept = ordersCache.value(for: key), try readOneStatement(version) == kept.version { return kept.orders }
        return try read { db in
            let version = try version(db)
            if let version, let kept = ordersCache.value(for: key), kept.version == version { return kept.orders }
            let orders = try OrderRows.fetch(db, where: includeDeleted ? "o.buyer_id = ? AND o.deletion != 'permanent'" : "o.buyer_id = ? AND o.deletion = 'none'",
                                             arguments: [buyerID])
            if let version { ordersCache.keep((version, orders), for: key) }
            return orders
        }
    }

    /// One order as `buyerID` may see it: another buyer's order is as missing as a nonexistent one.
    public func order(id: OrderID, visibleTo buyerID: BuyerID) throws -> Order? {
        try read { db in
            try OrderRows.fetch(db, where: "o.id = ? AND o.buyer_id = ? AND o.deletion != 'permanent'", arguments: [id, buyerID]).first
        }
    }

    /// Any order by id, for agents, sellers and the platform.
    public func order(id: OrderID) throws -> Order? {
        try read { db in try OrderRows.fetch(db, where: "o.id = ?", arguments: [id]).first }
    }

    /// The event log, oldest first, optionally for one order.
    public func events(orderID: OrderID? = nil) throws -> [OrderEvent] {
        try read { db in
            let rows = if let orderID {
                try Row.fetchAll(db, sql: "SELECT * FROM event WHERE order_id = ? ORDER BY id", arguments: [orderID])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM event ORDER BY id")
            }
            return try rows.map { row in
                OrderEvent(id: row["id"], at: row["at"], actor: row["actor"], action: AuditAction(rawValue: row["action"]),
                           orderID: row["order_id"], buyerID: row["buyer_id"],
                           beforeStatus: try OrderRows.optionalValue(row, "before_status", table: "event"),
                           afterStatus: try OrderRows.optionalValue(row, "after_status", table: "event"), detail: row["detail"])
            }
        }
    }
}
