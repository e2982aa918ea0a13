import Foundation
import GRDB
import ConciergeDomain

extension OrderStore {
    /// Orders one write transaction of the platform-wide pass handles: short transactions, bounded memory.
    static let timerBatchSize = 500
    /// The writer's page cache during the platform-wide pass, in KiB (SQLite's default is 2,000).
    static let timerPassCacheKiB = 32_768

    /// Applies the platform's timers to the orders of `buyerID` (or of every buyer) that are due by `now`,
    /// writing what changed with an audit event per change (status moves and refund stage moves), and returns
    /// those changes.
    ///
    /// Due orders are found through the indexed `next_timer_at` column, first in a read transaction: a turn
    /// with nothing due never takes the write lock. Due orders are then re-read and advanced inside short
    /// IMMEDIATE transactions, so a change another process made meanwhile is seen before anything is written.
    @discardableResult
    public func applyTimers(buyerID: BuyerID? = nil, at now: Date) throws -> [TimerTransition] {
        if let buyerID {
            let due = try readOneStatement { db in
                try Bool.fetchOne(db.cachedStatement(sql: """
                    SELECT EXISTS (SELECT 1 FROM "order" WHERE buyer_id = ? AND next_timer_at <= ?)
                    """), arguments: [buyerID, DatabaseDate.value(now)]) ?? false
            }
            guard due else { return [] }
            return try immediate { db in
                try advanceDue(OrderRows.fetch(db, where: "o.buyer_id = ? AND o.next_timer_at <= ?", arguments: [buyerID, DatabaseDate.value(now)]), now, db)
            }
        }
        // Counted once, so the pass ends even if another process keeps making orders due while it runs.
        let dueCount = try dueTimerCount(at: now)
        guard dueCount > 0 else { return [] }
        try tuneWriterForTimerPass(true)
        defer { try? tuneWriterForTimerPass(false) }
        var all: [TimerTransition] = []
        var handled = 0
        while handled < dueCount {
            let (count, transitions) = try immediate { db in
                let batch = try OrderRows.fetch(db, where: """
                    o.id IN (SELECT id FROM "order" WHERE next_timer_at <= ? ORDER BY next_timer_at LIMIT \(Self.timerBatchSize))
                    """, arguments: [DatabaseDate.value(now)])
                return (batch.count, try advanceDue(batch, now, db))
            }
            all += transitions
            handled += count
            if count < Self.timerBatchSize { break }
        }
        return all
    }

    /// Sets the writer connection up for the platform-wide pass, or back as it was. A batch reads and changes a
    /// few thousand pages scattered over the tables and indexes: with SQLite's usual 2 MB page cache the
    /// transaction would spill changed pages to the log and read them back. And each batch's commit would
    /// checkpoint (copy the log into the database file and sync it), rewriting the pages every batch changes
    /// (index branches, the end of the event log) once per batch: the pass checkpoints once, when it ends.
    private func tuneWriterForTimerPass(_ on: Bool) throws {
        guard path != ":memory:" else { return } // in memory: no log, and no page cache limit
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = \(on ? -Self.timerPassCacheKiB : -2000)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(on ? 0 : 1000)")
            if !on { try db.checkpoint(.passive) }
        }
    }

    /// How many orders have a platform timer due by `now`.
    public func dueTimerCount(at now: Date) throws -> Int {
        try read { db in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM \"order\" WHERE next_timer_at <= ?"), arguments: [DatabaseDate.value(now)]) ?? 0
        }
    }

    private func advanceDue(_ orders: [Order], _ now: Date, _ db: Database) throws -> [TimerTransition] {
        var transitions: [TimerTransition] = []
        for order in orders { transitions += try advanceTimers(of: order, now, db, recordingNextTimer: true).transitions }
        return transitions
    }

    /// Applies the timers due by `now` to `order` inside the caller's write transaction and audits each change.
    /// With `recordingNextTimer`, an order found not due after all gets its exact next instant stored.
    func advanceTimers(of order: Order, _ now: Date, _ db: Database, recordingNextTimer: Bool) throws -> (order: Order, transitions: [TimerTransition]) {
        let handlingDays = try OrderRows.handlingDays(of: order.sellerID, db)
        let (advanced, transitions) = timers.advance(order, handlingDays: handlingDays, to: now)
        guard advanced != order else {
            if recordingNextTimer { try OrderRows.setNextTimer(of: order, db) }
            return (order, [])
        }
        try OrderRows.update(from: order, to: advanced, db)
        for transition in transitions {
            try logEvent(db, at: transition.at, actor: .platform, action: .timer, order: order.id, buyerID: order.buyerID,
                         before: transition.from, after: transition.to, detail: transition.note)
        }
        return (advanced, transitions)
    }
}
