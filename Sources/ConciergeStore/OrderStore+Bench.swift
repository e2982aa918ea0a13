import Foundation
import GRDB
import ConciergeDomain

extension OrderStore {
    /// Copies the whole database, page by page, into a new file at `path` (for measuring on a scratch copy).
    public func copyDatabase(to path: String) throws {
        do {
            let destination = try DatabaseQueue(path: path)
            try writer.backup(to: destination)
            try destination.close()
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    /// Adds `count` buyers whose orders are copies of `buyerID`'s (new order numbers, same statuses, dates,
    /// items, payments and threads), so the same conversation can run many times; returns their ids.
    public func addCopies(of buyerID: BuyerID, count: Int) throws -> [BuyerID] {
        guard let original = try buyer(id: buyerID) else { throw StoreError.unknownBuyer(buyerID) }
        let orders = try read { db in
            try OrderRows.fetch(db, where: "o.buyer_id = ? AND o.deletion != 'permanent'", arguments: [buyerID])
        }
        return try immediate { db in
            let first = try Int.fetchOne(db, sql: "SELECT count(*) FROM buyer WHERE id GLOB 'BENCH*'") ?? 0
            return try (first..<(first + count)).map { k in
                let id = BuyerID("BENCH\(String(format: "%05d", k))")
                try db.execute(sql: "INSERT INTO buyer (id, name) VALUES (?, ?)", arguments: [id, original.name])
                for order in orders {
                    var copy = order
                    copy.id = OrderID("9\(String(format: "%05d", k))\(order.id.rawValue)")
                    copy.buyerID = id
                    try OrderRows.insert(copy, db)
                }
                return id
            }
        }
    }
}
