import Foundation
import GRDB
import ConciergeDomain

extension OrderStore {
    /// Orders written per transaction while loading a synthetic marketplace.
    static let syntheticChunk = 25_000

    /// Loads `demo` (the demo buyer and orders) and then `marketplace` into an empty database, in
    /// transactions of `syntheticChunk` orders; refuses, changing nothing, when the database holds buyers.
    /// Returns how many buyers, sellers and orders were written.
    public func loadSynthetic(_ marketplace: SyntheticMarketplace, demo: Fixture) throws -> (buyers: Int, sellers: Int, orders: Int) {
        try load(demo, intoEmpty: true)
        try immediate { db in
            let buyer = try db.cachedStatement(sql: "INSERT INTO buyer (id, name) VALUES (?, ?)")
            for one in marketplace.buyers() { try buyer.execute(arguments: [one.id, one.name]) }
            let seller = try db.cachedStatement(sql: "INSERT INTO seller (id, name, handling_days) VALUES (?, ?, ?)")
            for one in marketplace.sellers() { try seller.execute(arguments: [one.id, one.name, one.handlingDays]) }
        }
        do {
            try writer.writeWithoutTransaction { db in
                // A large page cache while the indexes grow in random order; the usual one afterwards.
                try db.execute(sql: "PRAGMA cache_size = -262144")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                try db.beginTransaction(.immediate)
                do {
                    // A new database that nobody reads yet: no orders version to keep up while loading.
                    try OrderVersions.dropTriggers(db)
                    var written = 0
                    try marketplace.forEachOrder { order, handlingDays, events in
                        try OrderRows.insert(order, handlingDays: handlingDays, db)
                        for event in events {
                            try logEvent(db, at: event.at, actor: event.actor, action: event.action, order: order.id, buyerID: order.buyerID,
                                         before: event.before, after: event.after, detail: "")
                        }
                        written += 1
                        if written % Self.syntheticChunk == 0 {
                            try db.commit()
                            try db.beginTransaction(.immediate)
                        }
                    }
                    try OrderVersions.createTriggers(db)
                    try db.commit()
                } catch {
                    try? db.rollback()
                    // Chunks already committed went in without the triggers: put them back.
                    try? db.inTransaction { try OrderVersions.dropTriggers(db); try OrderVersions.createTriggers(db); return .commit }
                    throw error
                }
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
        return (demo.buyers.count + marketplace.buyerCount, demo.sellers.count + SyntheticMarketplace.sellerCount,
                demo.orders.count + marketplace.orderCount)
    }
}
