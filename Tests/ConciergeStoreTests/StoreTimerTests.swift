import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

@Suite struct StoreTimerTests {
    let now = TestData.now

    func nextTimer(_ store: OrderStore, _ id: OrderID) throws -> Date? {
        try store.writer.read { try Date.fetchOne($0, sql: "SELECT next_timer_at FROM \"order\" WHERE id = ?", arguments: [id]) }
    }

    @Test func aRefundStageMoveIsAudited() throws {
        let order = TestData.cancelled(refund: .pending, at: now)
        let store = try TestData.store([order])
        try store.applyTimers(at: now.addingTimeInterval(2 * 86_400))
        try store.applyTimers(at: now.addingTimeInterval(40 * 86_400))
        let events = try store.events(orderID: "7300000001")
        #expect(events.map(\.detail) == ["refund pending → processing", "refund processing → refunded"])
        #expect(events.allSatisfy { $0.actor == "platform" && $0.action == .timer && $0.beforeStatus == .cancelled && $0.afterStatus == .cancelled })
    }

    @Test(arguments: [OrderStatus.awaitingPayment, .paymentProcessing, .awaitingShipment, .cancellationRequested])
    func theStoredNextTimerIsExactlyWhenTheOrderChanges(_ status: OrderStatus) throws {
        let store = try TestData.store([TestData.order(status)])
        let due = try #require(try nextTimer(store, "7300000001"))
        #expect(try store.applyTimers(at: due.addingTimeInterval(-1)).isEmpty)
        #expect(try store.order(id: "7300000001")?.status == status)
        #expect(try store.applyTimers(at: due).count == 1)
        #expect(try store.order(id: "7300000001")?.status != status)
    }

    @Test func ordersNoTimerCanChangeHaveNone() throws {
        let store = try TestData.store([TestData.order(.shipped), TestData.order(.completed, id: "7300000002"),
                                        TestData.order(.inDispute, id: "7300000003")])
        for id: OrderID in ["7300000001", "7300000002", "7300000003"] { #expect(try nextTimer(store, id) == nil) }
    }

    @Test func thePlatformPassHandlesEveryDueOrderInBatches() throws {
        let count = OrderStore.timerBatchSize * 2 + 37
        let orders = (0..<count).map { n in
            var order = TestData.order(.awaitingPayment, id: OrderID("7\(String(format: "%09d", n))"))
            order.placedAt = TestData.ago(days: 21)
            return order
        } + [TestData.order(.awaitingPayment, id: "8000000001")]
        let store = try TestData.store(orders)
        let transitions = try store.applyTimers(at: now)
        #expect(transitions.count == count)
        #expect(try store.order(id: "8000000001")?.status == .awaitingPayment)
        #expect(try store.applyTimers(at: now).isEmpty)
    }

    @Test func aStoredValueThatDoesNotDecodeIsAnErrorNotADefault() throws {
        let store = try TestData.store([TestData.order(.frozen), TestData.order(.inDispute, id: "7300000002")])
        try store.writer.write { try $0.execute(sql: "UPDATE \"order\" SET status_before_freeze = 'lost' WHERE id = '7300000001'") }
        #expect(throws: StoreError.unreadableValue(table: "order", column: "status_before_freeze", value: "lost")) {
            try store.order(id: "7300000001")
        }
        try store.writer.write { try $0.execute(sql: "UPDATE dispute SET evidence = 'photo.jpg' WHERE order_id = '7300000002'") }
        #expect(throws: StoreError.unreadableValue(table: "dispute", column: "evidence", value: "photo.jpg")) {
            try store.orders(buyerID: "B1")
        }
    }

    @Test func anOlderDatabaseGetsItsTimersOnTheFirstPass() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment), TestData.order(.shipped, id: "7300000002")])
        // As the migration leaves orders that existed before the column: marked due at once.
        try store.writer.write { try $0.execute(sql: "UPDATE \"order\" SET next_timer_at = placed_at WHERE id = '7300000001'") }
        #expect(try store.applyTimers(at: now).isEmpty)
        let exact = try nextTimer(store, "7300000001")
        #expect(exact == TestData.ago(minutes: 600).addingTimeInterval(5 * 86_400))
    }
}
