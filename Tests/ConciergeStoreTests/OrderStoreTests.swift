import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite struct OrderStoreTests {
    let buyer = Actor.buyer("B1")
    let now = TestData.now

    @Test func unpaidOrderIsCancelledAtOnceWithOneEvent() throws {
        let store = try TestData.store([TestData.order(.awaitingPayment)])
        let result = try store.cancelOrder("7300000001", by: buyer, reason: .changeOrder, at: now)
        #expect(result.outcome == .performed)
        #expect(result.order.status == .cancelled)
        #expect(try store.order(id: "7300000001")?.cancellation?.reason == .changeOrder)
        let events = try store.events(orderID: "7300000001")
        #expect(events.count == 1)
        #expect(events.first?.beforeStatus == .awaitingPayment && events.first?.afterStatus == .cancelled)
    }

    @Test func paidOrderBecomesARequestAndRepeatingWritesNothing() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        let first = try store.cancelOrder("7300000001", by: buyer, reason: .noLongerNeeded, at: now)
        #expect(first.order.status == .cancellationRequested && first.permission == .requestFromSeller)
        let again = try store.cancelOrder("7300000001", by: buyer, reason: .other, at: now.addingTimeInterval(60))
        #expect(again.outcome == .alreadyDone)
        #expect(again.order.cancellation?.reason == .noLongerNeeded)
        #expect(try store.events(orderID: "7300000001").count == 1)
    }

    @Test func refusalInsideTheTransactionChangesNothing() throws {
        let store = try TestData.store([TestData.order(.shipped)])
        #expect(throws: Refusal.self) { try store.cancelOrder("7300000001", by: buyer, reason: .noLongerNeeded, at: now) }
        #expect(try store.order(id: "7300000001")?.status == .shipped)
        #expect(try store.order(id: "7300000001")?.cancellation == nil)
        #expect(try store.events().isEmpty)
    }

    @Test func cancelPaymentInsideWindowVoidsIt() throws {
        let store = try TestData.store([TestData.order(.paymentProcessing, paidMinutesAgo: 1)])
        let result = try store.cancelPayment("7300000001", by: buyer, at: now)
        #expect(result.order.status == .awaitingPayment && result.order.payment == nil)
        #expect(try store.cancelPayment("7300000001", by: buyer, at: now).outcome == .alreadyDone)
        #expect(try store.events(orderID: "7300000001").count == 1)
    }

    @Test func messagesAreStoredOnceInTheThread() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        _ = try store.sendMessage("7300000001", by: buyer, text: "Could you extend the handling time?", at: now)
        let again = try store.sendMessage("7300000001", by: buyer, text: "Could you extend the handling time?", at: now)
        #expect(again.outcome == .alreadyDone)
        #expect(try store.order(id: "7300000001")?.messages.map(\.text) == ["Could you extend the handling time?"])
        #expect(throws: Refusal.nothingToSend) { try store.sendMessage("7300000001", by: buyer, text: "  ", at: now) }
    }

    @Test func disputeOnDeliveredOrderAndAmountNeverAbovePaid() throws {
        let store = try TestData.store([TestData.order(.delivered), TestData.order(.delivered, id: "7300000002")])
        #expect(throws: Refusal.refundLargerThanPaid(paid: Money(minorUnits: 2310, currency: "USD"))) {
            try store.openDispute("7300000002", by: buyer, draft: DisputeDraft(reason: .damaged, outcome: .partialRefund,
                                                                             amount: Money(minorUnits: 5000, currency: "USD")), at: now)
        }
        #expect(try store.order(id: "7300000002")?.status == .delivered)
        let result = try store.openDispute("7300000001", by: buyer, draft: DisputeDraft(
            reason: .damaged, outcome: .partialRefund, amount: Money(minorUnits: 1000, currency: "USD"),
            description: "cracked", evidence: ["photo1.jpg"]), at: now)
        #expect(result.order.status == .inDispute)
        let stored = try #require(try store.order(id: "7300000001")?.dispute)
        #expect(stored.amount.minorUnits == 1000 && stored.evidence == ["photo1.jpg"])
    }

    @Test func confirmReceiptCompletesOnceAndOnlyAfterShipping() throws {
        let store = try TestData.store([TestData.order(.delivered), TestData.order(.awaitingShipment, id: "7300000002")])
        #expect(throws: Refusal.notDelivered(.awaitingShipment)) { try store.confirmReceipt("7300000002", by: buyer, at: now) }
        let done = try store.confirmReceipt("7300000001", by: buyer, at: now)
        #expect(done.outcome == .performed && done.order.status == .completed && done.order.completedAt == now)
        #expect(try store.confirmReceipt("7300000001", by: buyer, at: now).outcome == .alreadyDone)
        #expect(try store.events(orderID: "7300000001").count == 1)
        #expect(try store.events(orderID: "7300000002").isEmpty)
    }

    @Test func deleteRestoreAndDeletePermanently() throws {
        let store = try TestData.store([TestData.order(.completed), TestData.order(.inDispute, id: "7300000002")])
        #expect(throws: Refusal.inDispute) { try store.deleteOrder("7300000002", by: buyer, at: now) }
        _ = try store.deleteOrder("7300000001", by: buyer, at: now)
        #expect(try store.orders(buyerID: "B1").map(\.id) == ["7300000002"])
        #expect(try store.deleteOrder("7300000001", by: buyer, at: now).outcome == .alreadyDone)
        _ = try store.restoreOrder("7300000001", by: buyer, at: now)
        #expect(try store.orders(buyerID: "B1").count == 2)
        #expect(try store.restoreOrder("7300000001", by: buyer, at: now).outcome == .alreadyDone)
        _ = try store.deleteOrder("7300000001", by: buyer, at: now)
        _ = try store.deletePermanently("7300000001", by: buyer, at: now)
        #expect(try store.order(id: "7300000001", visibleTo: "B1") == nil)
        #expect(try store.orders(buyerID: "B1", includeDeleted: true).map(\.id) == ["7300000002"])
    }

    @Test func sellerAcceptRefundsAndDeclineShips() throws {
        let store = try TestData.store([TestData.order(.cancellationRequested), TestData.order(.cancellationRequested, id: "7300000002")])
        let accepted = try store.answerCancellation("7300000001", by: .agent("A1"), accept: true, at: now)
        #expect(accepted.order.status == .cancelled && accepted.order.refund?.amount.minorUnits == 2310)
        #expect(throws: Refusal.notYourRole(.acceptCancellation)) {
            try store.answerCancellation("7300000002", by: buyer, accept: true, at: now)
        }
        let declined = try store.answerCancellation("7300000002", by: .seller("S1"), accept: false, tracking: "LP1", at: now)
        #expect(declined.order.status == .shipped && declined.order.tracking == "LP1")
        let dispute = try store.openDispute("7300000002", by: buyer, draft: DisputeDraft(reason: .sellerRefusedCancellation, outcome: .fullRefund), at: now)
        #expect(dispute.order.status == .inDispute)
    }

    @Test func anotherBuyersOrderAnswersLikeAMissingOne() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment, buyer: "B2")])
        #expect(try store.order(id: "7300000001", visibleTo: "B1") == nil)
        #expect(throws: Refusal.orderNotFound("7300000001")) {
            try store.cancelOrder("7300000001", by: buyer, reason: .noLongerNeeded, at: now)
        }
        #expect(throws: Refusal.orderNotFound("7300000009")) {
            try store.cancelOrder("7300000009", by: buyer, reason: .noLongerNeeded, at: now)
        }
        #expect(try store.orders(buyerID: "B1").isEmpty)
    }

    @Test func eventsAreAppendOnly() throws {
        let store = try TestData.store([TestData.order(.awaitingPayment)])
        _ = try store.cancelOrder("7300000001", by: buyer, reason: .changeOrder, at: now)
        #expect(throws: (any Error).self) { try store.writer.write { try $0.execute(sql: "UPDATE event SET actor = 'x'") } }
        #expect(throws: (any Error).self) { try store.writer.write { try $0.execute(sql: "DELETE FROM event") } }
        #expect(try store.events().count == 1)
    }

    @Test func schemaRejectsASecondRefundAndOverRefund() throws {
        var order = TestData.order(.cancelled)
        order.payment = Payment(method: .card, amount: Money(minorUnits: 2310, currency: "USD"), paidAt: TestData.ago(days: 2))
        let store = try TestData.store([order])
        #expect(throws: (any Error).self) {
            try store.writer.write { try $0.execute(sql: "INSERT INTO refund VALUES ('7300000001', 9999, 'pending', '2026-11-20')") }
        }
        try store.writer.write { try $0.execute(sql: "INSERT INTO refund VALUES ('7300000001', 2310, 'pending', '2026-11-20')") }
        #expect(throws: (any Error).self) {
            try store.writer.write { try $0.execute(sql: "INSERT INTO refund VALUES ('7300000001', 10, 'pending', '2026-11-20')") }
        }
    }

    @Test func timersCloseUnpaidVerifyPaymentsAndRefundExpiredHandling() throws {
        var unpaid = TestData.order(.awaitingPayment, id: "7300000001")
        unpaid.placedAt = TestData.ago(days: 21)
        let processing = TestData.order(.paymentProcessing, id: "7300000002", paidMinutesAgo: 25 * 60)
        var late = TestData.order(.awaitingShipment, id: "7300000003")
        late.payment?.paidAt = TestData.ago(days: 6)
        late.payment?.method = .balance
        let store = try TestData.store([unpaid, processing, late], handlingDays: 5)
        let transitions = try store.applyTimers(at: now)
        #expect(transitions.count == 4 && transitions.filter { $0.refundStage == nil }.count == 3)  // and the balance refund settles at once
        #expect(try store.order(id: "7300000001")?.status == .cancelled)
        #expect(try store.order(id: "7300000002")?.status == .awaitingShipment)
        let refunded = try #require(try store.order(id: "7300000003"))
        #expect(refunded.status == .cancelled && refunded.refund?.stage == .refunded && refunded.refund?.amount.minorUnits == 2310)
        #expect(try store.applyTimers(at: now).isEmpty)
    }

    @Test func cardRefundStagesAdvanceWithTime() throws {
        let order = TestData.cancelled(refund: .pending, at: now)
        let store = try TestData.store([order])
        try store.applyTimers(at: now.addingTimeInterval(2 * 86_400))
        #expect(try store.order(id: "7300000001")?.refund?.stage == .processing)
        // Ten days on, the bank may still be settling (3–20 business days): the platform shows "processing".
        try store.applyTimers(at: now.addingTimeInterval(10 * 86_400))
        #expect(try store.order(id: "7300000001")?.refund?.stage == .processing)
        try store.applyTimers(at: now.addingTimeInterval(30 * 86_400))
        #expect(try store.order(id: "7300000001")?.refund?.stage == .refunded)
    }

    @Test func aRefundMarkedRefundedDatesFromThatDay() throws {
        let order = TestData.cancelled(refund: .processing, at: now)
        let store = try TestData.store([order])
        try store.applyTimers(at: now.addingTimeInterval(40 * 86_400))
        let refund = try #require(try store.order(id: "7300000001")?.refund)
        #expect(refund.stage == .refunded)
        #expect(refund.at == DateText.addingBusinessDays(PolicyConstants.cardRefundBusinessDays.upperBound, to: now))
    }

    @Test func aCancellationRequestShowsUntilTheSellerAnswersOrTheHandlingTimeEnds() throws {
        var asked = TestData.order(.cancellationRequested)
        asked.cancellation = Cancellation(reason: .noLongerNeeded, at: now)
        let store = try TestData.store([asked], handlingDays: 10)
        try store.applyTimers(at: now.addingTimeInterval(3 * 86_400))  // domain.md: "until the seller answers"
        #expect(try store.order(id: "7300000001")?.status == .cancellationRequested)
    }

    @Test func twoConnectionsRacingOnOneOrderLeaveOneWinner() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("race-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try OrderStore.open(path: path).load(Fixture(
            buyers: [Buyer(id: "B1", name: "Dana")], sellers: [Seller(id: "S1", name: "Harbor", handlingDays: 5)],
            orders: [TestData.order(.awaitingShipment)]))
        let first = try OrderStore.open(path: path)
        let second = try OrderStore.open(path: path)
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let store = index == 0 ? first : second
            // Different reasons: the loser must not be mistaken for a repeat of its own request.
            do {
                let result = try store.cancelOrder("7300000001", by: .buyer("B1"), reason: index == 0 ? .noLongerNeeded : .changeOrder, at: TestData.now)
                outcomes.add(result.outcome == .performed ? "won" : "repeat")
            } catch {
                outcomes.add("refused")
            }
        }
        #expect(outcomes.sorted.filter { $0 == "won" }.count == 1)
        #expect(try first.events(orderID: "7300000001").count == 1)
        #expect(try first.order(id: "7300000001")?.status == .cancellationRequested)
    }

    @Test func corruptFileAndNewerSchemaAreRefusedWithoutChanges() throws {
        let dir = FileManager.default.temporaryDirectory
        let junk = dir.appendingPathComponent("junk-\(UUID().uuidString).sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: junk)
        defer { try? FileManager.default.removeItem(at: junk) }
        #expect(throws: StoreError.notADatabase(path: junk.path)) { try OrderStore.open(path: junk.path) }
        #expect(try Data(contentsOf: junk) == Data(repeating: 0x41, count: 4096))

        let newer = dir.appendingPathComponent("newer-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: newer) }
        let store = try OrderStore.open(path: newer)
        try store.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        #expect(throws: StoreError.newerSchema(path: newer)) { try OrderStore.open(path: newer) }
    }
}

/// Collects results from concurrent work.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func add(_ value: String) { lock.lock(); values.append(value); lock.unlock() }
    var sorted: [String] { lock.lock(); defer { lock.unlock() }; return values.sorted() }
}
