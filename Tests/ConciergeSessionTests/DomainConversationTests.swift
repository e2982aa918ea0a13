import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

/// One conversation per row of domain.md, checking the reply and the store.
@Suite struct DomainConversationTests {
    @Test func unpaidOrderIsCancelledAtOnce() throws {
        let c = try Conversation([TestData.order(.awaitingPayment)])
        c.say("I want to cancel order 7300000001")
        let summary = c.say("I ordered it by mistake")
        #expect(summary.contains("summary") && summary.contains("yes/no"))
        let done = c.say("yes")
        #expect(done.contains("cancelled"))
        #expect(try c.order()?.status == .cancelled)
        #expect(try c.order()?.cancellation?.reason == .paymentProblem)
    }

    @Test func paymentWindowCancelsAtOnceAndLaterExplainsVerification() throws {
        let c = try Conversation([TestData.order(.paymentProcessing, paidMinutesAgo: 1),
                                  TestData.order(.paymentProcessing, id: "7300000002", paidMinutesAgo: 30, title: "Desk lamp")])
        let refusal = c.say("cancel order 7300000002 please")
        #expect(refusal.contains("verified") && refusal.contains("24 hours"))
        #expect(try c.order("7300000002")?.status == .paymentProcessing)
        c.say("no")
        c.say("cancel order 7300000001, I don't need it anymore")
        let done = c.say("yes")
        #expect(done.contains("cancelled"))
        #expect(try c.order()?.status == .cancelled)
    }

    @Test func paidOrderSendsARequestToTheSeller() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        let summary = c.say("please cancel the earbuds, i dont need them anymore")
        #expect(summary.contains("request") && summary.contains("7300000001"))
        let done = c.say("yep")
        #expect(done.contains("24 hours"))
        #expect(try c.order()?.status == .cancellationRequested)
        let again = c.say("cancel order 7300000001")
        #expect(again.contains("already"))
        #expect(try c.events().count == 1)
    }

    @Test func shippedOrderCannotBeCancelledAndMessagingIsOffered() throws {
        let c = try Conversation([TestData.order(.shipped)])
        let reply = c.say("cancel order 7300000001")
        #expect(reply.contains("shipped") && reply.contains("seller") && reply.contains("dispute"))
        #expect(try c.order()?.status == .shipped)
        let offer = c.say("yes")
        #expect(offer.contains("tell the seller"))
        c.say("please hold the parcel, I will refuse it")
        c.say("yes")
        #expect(try c.order()?.messages.count == 1)
        #expect(try c.order()?.status == .shipped)
    }

    @Test(arguments: [(OrderStatus.frozen, "frozen"), (.inDispute, "dispute"), (.completed, "completed"), (.cancelled, "already cancelled")])
    func finishedOrBlockedOrdersRefuseCancellationWithTheReason(status: OrderStatus, words: String) throws {
        let c = try Conversation([TestData.order(status)])
        let reply = c.say("cancel order 7300000001")
        #expect(reply.contains(words), "\(reply)")
        #expect(try c.order()?.status == status)
        #expect(try c.events().isEmpty)
    }

    @Test func cancellationRequestedSellerAcceptsAndBuyerSeesTheRefund() throws {
        let c = try Conversation([TestData.order(.cancellationRequested)])
        _ = try c.store.answerCancellation("7300000001", by: .seller("S1"), accept: true, at: TestData.now)
        let reply = c.say("where is my refund for order 7300000001")
        #expect(reply.contains("refund") && reply.contains("3–20 business days"))
        #expect(try c.order()?.refund?.amount.minorUnits == 2310)
    }

    @Test func sellerDeclinedSoBuyerOpensADispute() throws {
        var order = TestData.order(.shipped)
        order.cancellation = Cancellation(reason: .noLongerNeeded, at: TestData.ago(days: 1), answer: .declined)
        let c = try Conversation([order])
        c.say("the seller refused to cancel and shipped anyway, I want to open a dispute for order 7300000001")
        c.say("full refund")
        c.say("I asked to cancel before it shipped")
        let summary = c.say("no photos")
        #expect(summary.contains("summary") && summary.contains("seller did not agree"))
        let done = c.say("yes")
        #expect(done.contains("15–30 days"))
        #expect(try c.order()?.status == .inDispute)
        #expect(try c.order()?.dispute?.reason == .sellerRefusedCancellation)
    }

    @Test func shippedTooRecentlyForANonArrivalDispute() throws {
        let c = try Conversation([TestData.order(.shipped)])
        let reply = c.say("open a dispute on order 7300000001, it never arrived")
        #expect(reply.contains("7 days"))
        #expect(try c.order()?.status == .shipped)
    }

    @Test func deliveredDamagedItemPartialRefundDispute() throws {
        let c = try Conversation([TestData.order(.delivered)])
        c.say("the earbuds arrived broken, I want to open a dispute")
        c.say("partial refund")
        let tooMuch = c.say("50")
        #expect(tooMuch.contains("23.10"))
        c.say("10.50")
        c.say("the left earbud does not work at all")
        let summary = c.say("left.jpg, box.png")
        #expect(summary.contains("10.50") && summary.contains("left.jpg"))
        c.say("yes")
        let dispute = try #require(try c.order()?.dispute)
        #expect(dispute.amount.minorUnits == 1050 && dispute.reason == .damaged && dispute.evidence == ["left.jpg", "box.png"])
        #expect(try c.order()?.status == .inDispute)
    }

    @Test func disputeOnACancelledOrderIsRefused() throws {
        let c = try Conversation([TestData.order(.cancelled)])
        let reply = c.say("I want to open a dispute for order 7300000001")
        #expect(reply.contains("cancelled"))
        #expect(try c.order()?.status == .cancelled)
    }

    @Test func cancelPaymentInsideTheWindowAndOutsideIt() throws {
        let c = try Conversation([TestData.order(.paymentProcessing, paidMinutesAgo: 1),
                                  TestData.order(.awaitingShipment, id: "7300000002", title: "Desk lamp")])
        c.say("cancel the payment for order 7300000001")
        let done = c.say("yes")
        #expect(done.contains("voided"))
        #expect(try c.order()?.status == .awaitingPayment && (try c.order()?.payment) == nil)
        let refused = c.say("cancel the payment for order 7300000002")
        #expect(refused.contains("captured") && refused.contains("cancel the order"))
        #expect(try c.order("7300000002")?.payment != nil)
        let offered = c.say("yes")
        #expect(offered.contains("why do you want to cancel"))
    }

    @Test func duplicateChargeIsVoidedAndTheOrderStaysPaid() throws {
        var order = TestData.order(.awaitingShipment)
        order.payment?.duplicateCharge = true
        let c = try Conversation([order])
        c.say("I was charged twice for order 7300000001, cancel the payment")
        let done = c.say("yes")
        #expect(done.contains("duplicate charge") && done.contains("voided"))
        #expect(try c.order()?.status == .awaitingShipment)
        #expect(try c.order()?.payment?.duplicateCharge == false)
        #expect(try c.order()?.payment != nil)
        // Asked again: already done, nothing more is voided.
        c.say("I was charged twice for order 7300000001, cancel the payment")
        #expect(try c.order()?.payment != nil)
    }

    @Test func messageTheSellerDraftedFromTheRequest() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        let summary = c.say("can you ask the seller to extend the handling time for order 7300000001")
        #expect(summary.contains("extend the handling time") && summary.contains("yes/no"))
        c.say("yes")
        #expect(try c.order()?.messages.first?.text.contains("extend the handling time") == true)
    }

    @Test func refundStatusByPaymentMethodAndAlipay() throws {
        let order = TestData.cancelled(refund: .pending, at: TestData.ago(hours: 2), method: .alipayCard)
        let c = try Conversation([order])
        let reply = c.say("where is my refund")
        #expect(reply.contains("alipay") && reply.contains("pending"))
    }

    @Test func orderStatusExplainsTheNextDeadline() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        let reply = c.say("what's the status of order 7300000001")
        #expect(reply.contains("awaiting shipment") && reply.contains("full refund") && reply.contains("utc"))
    }

    @Test func unpaidOrderClosesAfterTwentyDaysWhenTheSessionTouchesTheStore() throws {
        var order = TestData.order(.awaitingPayment)
        order.placedAt = TestData.ago(days: 21)
        let c = try Conversation([order])
        let reply = c.say("status of order 7300000001")
        #expect(reply.contains("cancelled"))
        #expect(try c.order()?.status == .cancelled)
    }

    @Test func handlingTimeExpiringClosesWithAFullRefund() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, paidMinutesAgo: 6 * 24 * 60)], handlingDays: 5)
        c.say("hi")
        #expect(try c.order()?.status == .cancelled)
        #expect(try c.order()?.refund?.amount.minorUnits == 2310)
    }

    @Test func deleteRestoreAndDeletePermanentlyWithTheWarning() throws {
        let c = try Conversation([TestData.order(.completed), TestData.order(.inDispute, id: "7300000002", title: "Desk lamp")])
        let refused = c.say("delete order 7300000002")
        #expect(refused.contains("dispute"))
        c.say("delete order 7300000001")
        c.say("yes")
        #expect(try c.order()?.deletion == .deleted)
        c.say("restore order 7300000001")
        c.say("yes")
        #expect(try c.order()?.deletion == Deletion.none)
        c.say("delete order 7300000001")
        c.say("yes")
        let warning = c.say("delete order 7300000001 permanently")
        #expect(warning.contains("can't be undone") && warning.contains("dispute"))
        c.say("yes")
        #expect(try c.order()?.deletion == .permanent)
    }

    @Test func listOrdersFiltersUnpaid() throws {
        let c = try Conversation([TestData.order(.awaitingPayment), TestData.order(.shipped, id: "7300000002", title: "Desk lamp")])
        let reply = c.say("show me my unpaid orders")
        #expect(reply.contains("7300000001") && !reply.contains("7300000002"))
    }

    @Test func humanHandoffIsRecordedWithASummary() throws {
        let c = try Conversation([TestData.order(.shipped)])
        c.say("where is my package")
        let reply = c.say("I want to talk to a real person")
        #expect(reply.contains("human") || reply.contains("agent"))
        let summaries = try c.store.writer.read { try String.fetchAll($0, sql: "SELECT summary FROM handoff") }
        #expect(summaries.count == 1 && summaries[0].contains("real person"))
    }
}
