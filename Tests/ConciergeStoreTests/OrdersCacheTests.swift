import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

/// A store reuses a buyer's orders only while nothing they are made of changed, whoever changed it.
@Suite struct OrdersCacheTests {
    let now = TestData.now

    /// A demo database in a temporary file, a store reading it, and a second connection writing to it
    /// the way another process would.
    func twoConnections() throws -> (store: OrderStore, other: DatabaseQueue, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("orders-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("concierge.sqlite").path
        let store = try OrderStore.open(path: path)
        try store.load(try DemoData.fixture(at: now))
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return (store, try DatabaseQueue(path: path, configuration: configuration), folder)
    }

    func order(_ store: OrderStore, _ id: OrderID) throws -> Order {
        try #require(try store.orders(buyerID: DemoData.buyerID, includeDeleted: true).first { $0.id == id })
    }

    /// Every part of an order, changed by another connection (insert, update and delete), is seen on the next read.
    @Test func aChangeToAnyPartOfAnOrderByAnotherConnectionIsSeen() throws {
        let (store, other, folder) = try twoConnections()
        defer { try? FileManager.default.removeItem(at: folder) }
        let orders = try store.orders(buyerID: DemoData.buyerID, includeDeleted: true)
        let paid = try #require(orders.first { $0.status == .awaitingShipment && $0.refund == nil && $0.dispute == nil })
        let id = paid.id.rawValue

        try other.write { try $0.execute(sql: "UPDATE order_item SET title = 'Renamed' WHERE order_id = ? AND position = 0", arguments: [id]) }
        #expect(try order(store, paid.id).items.first?.title == "Renamed")
        try other.write { try $0.execute(sql: "INSERT INTO order_item (order_id, position, title, quantity, price_minor) VALUES (?, 9, 'Extra', 1, 100)", arguments: [id]) }
        #expect(try order(store, paid.id).items.last?.title == "Extra")
        try other.write { try $0.execute(sql: "DELETE FROM order_item WHERE order_id = ? AND position = 9", arguments: [id]) }
        #expect(try order(store, paid.id).items.count == paid.items.count)

        try other.write { try $0.execute(sql: "UPDATE payment SET duplicate_charge = 1 WHERE order_id = ?", arguments: [id]) }
        #expect(try order(store, paid.id).payment?.duplicateCharge == true)

        try other.write { try $0.execute(sql: "INSERT INTO cancellation (order_id, reason, at) VALUES (?, 'other', ?)", arguments: [id, now]) }
        #expect(try order(store, paid.id).cancellation?.reason == .other)
        try other.write { try $0.execute(sql: "DELETE FROM cancellation WHERE order_id = ?", arguments: [id]) }
        #expect(try order(store, paid.id).cancellation == nil)

        try other.write { try $0.execute(sql: "INSERT INTO refund (order_id, amount_minor, stage, at) VALUES (?, 100, 'pending', ?)", arguments: [id, now]) }
        #expect(try order(store, paid.id).refund?.stage == .pending)
        try other.write { try $0.execute(sql: "UPDATE refund SET stage = 'processing' WHERE order_id = ?", arguments: [id]) }
        #expect(try order(store, paid.id).refund?.stage == .processing)

        try other.write {
            try $0.execute(sql: "INSERT INTO dispute (order_id, reason, outcome, amount_minor, description, evidence, opened_at) VALUES (?, 'damaged', 'full_refund', 100, 'cracked', '[]', ?)",
                           arguments: [id, now])
        }
        #expect(try order(store, paid.id).dispute?.reason == .damaged)

        try other.write { try $0.execute(sql: "INSERT INTO message (order_id, author, text, at) VALUES (?, 'seller', 'Shipping today', ?)", arguments: [id, now]) }
        #expect(try order(store, paid.id).messages.last?.text == "Shipping today")

        try other.write { try $0.execute(sql: "UPDATE \"order\" SET status = 'shipped', tracking = 'TRACK1' WHERE id = ?", arguments: [id]) }
        #expect(try order(store, paid.id).status == .shipped)
        try other.write { try $0.execute(sql: "UPDATE \"order\" SET deletion = 'deleted' WHERE id = ?", arguments: [id]) }
        #expect(try !store.orders(buyerID: DemoData.buyerID).contains { $0.id == paid.id })
    }

    /// What is not part of an order (the conversation, the timer index, another buyer's orders) leaves the version alone,
    /// so the orders read before are still the ones served.
    @Test func theConversationTheTimerIndexAndOtherBuyersDoNotInvalidate() throws {
        let (store, other, folder) = try twoConnections()
        defer { try? FileManager.default.removeItem(at: folder) }
        func version() throws -> Int64? {
            try other.read { try Int64.fetchOne($0, sql: "SELECT orders_version FROM buyer WHERE id = ?", arguments: [DemoData.buyerID]) }
        }
        let before = try version()
        _ = try store.orders(buyerID: DemoData.buyerID)
        try store.saveConversation(buyerID: DemoData.buyerID, state: Data("{}".utf8), at: now)
        try other.write { try $0.execute(sql: "UPDATE \"order\" SET next_timer_at = ? WHERE buyer_id = ?", arguments: [now, DemoData.buyerID]) }
        let someoneElse = try #require(try other.read { try String.fetchOne($0, sql: "SELECT id FROM \"order\" WHERE buyer_id != ? LIMIT 1", arguments: [DemoData.buyerID]) })
        try other.write { try $0.execute(sql: "UPDATE \"order\" SET tracking = 'X' WHERE id = ?", arguments: [someoneElse]) }
        #expect(try version() == before)
    }

    /// Every column of the order table that orders are read from raises the version when it changes.
    @Test func theTriggersCoverEveryOrderColumnOrdersAreReadFrom() {
        let read = OrderRows.Column.selected.filter { $0.hasPrefix("o.") }.map { String($0.dropFirst(2)) }
        #expect(Set(read).isSubset(of: Set(OrderVersions.orderColumns)))
    }

    /// A synthetic marketplace is loaded without the triggers and ends with all of them in place.
    @Test func aSyntheticMarketplaceKeepsTheTriggers() throws {
        let store = try OrderStore.inMemory()
        _ = try store.loadSynthetic(SyntheticMarketplace(orders: 200, seed: 3, now: now), demo: try DemoData.fixture(at: now))
        let names = try store.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'orders_version_%'") }
        #expect(Set(names) == Set(OrderVersions.triggerNames))
        let id = try #require(try store.orders(buyerID: DemoData.buyerID).first?.id)
        try store.writer.write { try $0.execute(sql: "UPDATE order_item SET title = 'Changed' WHERE order_id = ? AND position = 0", arguments: [id]) }
        #expect(try store.orders(buyerID: DemoData.buyerID).first { $0.id == id }?.items.first?.title == "Changed")
    }
}
