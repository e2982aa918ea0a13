import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

/// Issue 12 item 7: the append-only log could be rewritten with REPLACE; now it is hash-chained and verifiable.
@Suite struct EventChainTests {
    let buyer = Actor.buyer("B1")
    let now = TestData.now

    func storeWithEvents() throws -> OrderStore {
        let store = try TestData.store([TestData.order(.awaitingPayment), TestData.order(.awaitingShipment, id: "7300000002")])
        _ = try store.cancelOrder("7300000001", by: buyer, reason: .changeOrder, at: now)
        _ = try store.sendMessage("7300000002", by: buyer, text: "please hurry", at: now)
        try store.recordEvent(by: .agent("A7"), action: .agentSaid, buyerID: "B1", detail: "hello", at: now)
        return store
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test(arguments: [
        "INSERT OR REPLACE INTO event (id, at, actor, action, detail) VALUES (1, '2026-01-01', 'x', 'forged', '')",
        "REPLACE INTO event (id, at, actor, action, detail) VALUES (1, '2026-01-01', 'x', 'forged', '')",
        "INSERT INTO event (at, actor, action, detail) VALUES ('2026-01-01', 'x', 'forged', '')",
        "UPDATE event SET detail = 'x'",
        "DELETE FROM event WHERE id = 2",
    ])
    func noSQLRewritesTheLog(sql: String) throws {
        let store = try storeWithEvents()
        let before = try store.events()
        #expect(throws: (any Error).self) { try store.writer.write { try $0.execute(sql: sql) } }
        #expect(try store.events() == before)
        #expect(try store.verifyEventChain().verifies)
    }

    @Test func anEditOrAGapIsDetected() throws {
        let store = try storeWithEvents()
        let intact = try store.verifyEventChain()
        #expect(intact.verifies && intact.events == 3)

        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER event_no_update; UPDATE event SET detail = 'reason: other' WHERE id = 1")
        }
        #expect(try store.verifyEventChain().problems.map(\.description) == ["event 1: its fields or an earlier event were changed (hash mismatch)"])

        let other = try storeWithEvents()
        try other.writer.write { db in try db.execute(sql: "DROP TRIGGER event_no_delete; DELETE FROM event WHERE id = 2") }
        let gap = try other.verifyEventChain()
        #expect(gap.problems.first?.description == "event 3: events 2…2 are missing")
    }

    @Test func legacyEventsAreChainedAndMaskedByTheMigration() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v4-conversations")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO event (at, actor, action, detail) VALUES ('2026-11-20 12:00:00.000', 'buyer:B1', 'message_seller', 'message: card 4111 1111 1111 1111')")
        }
        try Migrations.migrator.migrate(queue)
        let store = OrderStore(writer: queue, path: ":memory:", statementCounter: nil)
        #expect(try store.events().first?.detail == "message: card [card ending 1111]")
        #expect(try store.verifyEventChain().verifies)
    }

    @Test func privacyEraseRemovesFreeTextAndTheChainStillVerifies() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment), TestData.order(.awaitingShipment, id: "7300000002", buyer: "B2")])
        _ = try store.sendMessage("7300000001", by: buyer, text: "call me at +1 555 123 4567", at: now)
        _ = try store.cancelOrder("7300000001", by: buyer, reason: .other, note: "moving house", at: now)
        _ = try store.sendMessage("7300000002", by: .buyer("B2"), text: "B2's own words", at: now)
        try store.recordHandoff(buyerID: "B1", orderID: nil, summary: "wants to talk about moving", at: now)

        let counts = try store.eraseFreeText(buyerID: "B1", by: .agent("privacy"), at: now)
        #expect(counts == ErasureCounts(messages: 1, cancellationNotes: 1, disputeDescriptions: 0, handoffSummaries: 1))
        let stored = try PersonalDataStoreTests.everything(in: store)
        #expect(!stored.contains("555") && !stored.contains("moving"))
        #expect(try store.order(id: "7300000002")?.messages.first?.text == "B2's own words")
        #expect(try store.verifyEventChain().verifies)
        #expect(try store.events().last?.action == .privacyErased)
    }

    /// Issue 12 item 9: a recording's fixture held every buyer's orders.
    @Test func oneBuyersExportHoldsOnlyThatBuyerAndTheirSellers() throws {
        let store = try OrderStore.inMemory()
        try store.load(Fixture(buyers: [Buyer(id: "B1", name: "Dana"), Buyer(id: "B2", name: "Sam")],
                               sellers: [Seller(id: "S1", name: "Harbor", handlingDays: 5), Seller(id: "S2", name: "Other", handlingDays: 5)],
                               orders: [TestData.order(.shipped), {
                                   var order = TestData.order(.shipped, id: "7300000002", buyer: "B2")
                                   order.sellerID = "S2"
                                   return order
                               }()]))
        let fixture = try store.exportFixture(buyerID: "B1")
        #expect(fixture.buyers.map(\.id) == ["B1"])
        #expect(fixture.sellers.map(\.id) == ["S1"])
        #expect(fixture.orders.map(\.id) == ["7300000001"])
    }
}
