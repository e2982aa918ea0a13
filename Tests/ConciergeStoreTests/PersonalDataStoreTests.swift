import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

/// Issue 12 item 8: no write path stores a card number, and event details carry no buyer free text.
@Suite struct PersonalDataStoreTests {
    let buyer = Actor.buyer("B1")
    let now = TestData.now
    let card = "4111 1111 1111 1111 cvv 123"

    /// Every text column of every table, as one string: what a person reading the file would find.
    static func everything(in store: OrderStore) throws -> String {
        try store.writer.read { db in
            var all = ""
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for (_, value) in row { all += "\(value.storage)\n" }
                }
            }
            return all
        }
    }

    @Test func noWritePathStoresACardNumber() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment), TestData.order(.delivered, id: "7300000002")])
        _ = try store.sendMessage("7300000001", by: buyer, text: "charge my other card \(card)", at: now)
        _ = try store.cancelOrder("7300000001", by: buyer, reason: .other, note: "use \(card) instead", at: now)
        _ = try store.openDispute("7300000002", by: buyer, draft: DisputeDraft(reason: .damaged, outcome: .fullRefund,
                                                                               description: "refund to \(card)"), at: now)
        try store.recordHandoff(buyerID: "B1", orderID: nil, summary: "buyer said: \(card), mail dana@example.com", at: now)
        try store.recordCorrection(text: "pay with \(card)", predicted: "other", intent: "payment", agentID: "A7", buyerID: "B1", at: now)
        try store.recordEvent(by: .agent("A7"), action: .agentSaid, buyerID: "B1", detail: "you typed \(card)", at: now)

        let stored = try Self.everything(in: store)
        #expect(!stored.contains("4111 1111 1111 1111") && !stored.contains("123\n") && !stored.contains("cvv 123"))
        #expect(stored.contains("[card ending 1111]"))
        #expect(try store.order(id: "7300000001")?.messages.last?.text == "charge my other card [card ending 1111] cvv [security code]")
    }

    @Test func eventDetailsCarryCodesNotTheBuyersWords() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        _ = try store.sendMessage("7300000001", by: buyer, text: "my email is dana@example.com", at: now)
        try store.recordHandoff(buyerID: "B1", orderID: nil, summary: "wants a human about dana@example.com", at: now)
        let details = try store.events().map(\.detail)
        #expect(details == ["message by buyer", "handoff #1"])
    }

    /// Issue 12 item 6: re-running a script that sends two messages stored both again (only the last was compared).
    @Test func aRepeatedMessageWithinTheWindowIsAlreadySentEvenWithAnotherInBetween() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        for minute in [0.0, 1] {
            for text in ["first note", "second note"] {
                _ = try store.sendMessage("7300000001", by: buyer, text: text, at: now.addingTimeInterval(minute * 60))
            }
        }
        #expect(try store.order(id: "7300000001")?.messages.map(\.text) == ["first note", "second note"])
        let later = try store.sendMessage("7300000001", by: buyer, text: "first note", at: now.addingTimeInterval(3600))
        #expect(later.outcome == .performed)
    }
}
