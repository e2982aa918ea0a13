import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// The rules of domain.md as the flows meet them: the payment window, captured payments, deletion and disputes.
@Suite struct GuidedDialogRulesTests {
    static let processing = TestData.order(.paymentProcessing, id: "7300000021", paidMinutesAgo: 1, title: "Travel mug")
    static let verifying = TestData.order(.paymentProcessing, id: "7300000022", paidMinutesAgo: 3, title: "Yoga mat")
    let context = Shop.context(Shop.all + [processing, verifying])

    @Test func insideTheTwoMinuteWindowACancelIsAtOnce() {
        var flow = GuidedDialog(goal: .cancelOrder)
        #expect(flow.start(orders: [Self.processing.id], slots: [.cancellationReason(.paymentProblem, note: nil)], context) == [
            .say("Summary: cancel order #7300000021 (Travel mug, 23.10 USD), reason: \(CancellationReason.paymentProblem.label)."),
            Shop.goAhead,
        ])
        #expect(flow.summarizedPath == .cancelAtOnce)
    }

    @Test func afterTheWindowWhileVerifyingThereIsNoCancelAndMessagingIsOffered() throws {
        var flow = GuidedDialog(goal: .cancelOrder)
        let until = try #require(Policy().verificationDeadline(Self.verifying))
        let effects = flow.start(orders: [Self.verifying.id], slots: [], context)
        #expect(effects.first == .refused(.paymentBeingVerified(until: until)))
        #expect(effects.dropFirst().first?.line?.contains("24 hours") == true)
        #expect(flow.expecting == .offer(.messageSeller))
    }

    @Test func cancelPaymentInsideTheWindowVoidsIt() {
        var flow = GuidedDialog(goal: .cancelPayment)
        #expect(flow.start(orders: [Self.processing.id], slots: [], context) == [
            .say("Summary: void the payment of 23.10 USD for order #7300000021 (Travel mug, 23.10 USD); the order goes back to awaiting payment."),
            Shop.goAhead,
        ])
        #expect(flow.confirm(true, context) == [.perform(.cancelPayment(Self.processing.id))])
        var after = Self.processing
        after.status = .awaitingPayment
        after.payment = nil
        #expect(flow.completed(ActionResult(outcome: .performed, order: after, permission: .immediate), before: Self.processing, context) == [
            .say("Done: the payment for order #7300000021 is voided and the money goes back at once (it was never captured). The order is awaiting payment again: you can pay again or cancel the order."),
        ])
    }

    @Test func aCapturedPaymentCannotBeVoidedAndCancellingTheOrderIsOffered() {
        var flow = GuidedDialog(goal: .cancelPayment)
        let effects = flow.start(orders: [Shop.paidID], slots: [], context)
        #expect(effects.prefix(3) == [.refused(.paymentCaptured), .say(Refusal.paymentCaptured.reason), .say(Refusal.paymentCaptured.wayForward)])
        #expect(flow.expecting == .offer(.cancelOrder))
        #expect(flow.confirm(true, context) == [.switchTo(.cancelOrder, orderID: Shop.paidID)])
    }

    @Test func aDuplicateChargeOnACapturedOrderVoidsOnlyTheDuplicate() {
        var charged = Shop.paid
        charged.payment?.duplicateCharge = true
        var flow = GuidedDialog(goal: .cancelPayment)
        #expect(flow.start(orders: [Shop.paidID], slots: [], Shop.context([charged])) == [
            .say("Summary: void the duplicate charge of 23.10 USD on order #7300000002 (Portable speaker, 23.10 USD); the order itself stays as it is."),
            Shop.goAhead,
        ])
    }

    @Test func anUnpaidOrderHasNoPaymentToCancel() {
        var flow = GuidedDialog(goal: .cancelPayment)
        #expect(flow.start(orders: [Shop.unpaidID], slots: [], context).first == .refused(.notPaid))
        #expect(flow.isFinished)
    }

    @Test func onlyFinishedOrdersAreDeletedAndNeverWhileInDisputeOrFrozen() {
        let disputed = TestData.order(.inDispute, id: "7300000023")
        let context = Shop.context(Shop.all + [disputed])
        var inDispute = GuidedDialog(goal: .deleteOrder)
        #expect(inDispute.start(orders: [disputed.id], slots: [], context) == [
            .refused(.inDispute), .say(Refusal.inDispute.reason(about: disputed)), .say(Refusal.inDispute.wayForward),
        ])
        var frozen = GuidedDialog(goal: .deleteOrder)
        #expect(frozen.start(orders: [Shop.frozenID], slots: [], context).first == .refused(.frozen))
        var open = GuidedDialog(goal: .deleteOrder)
        #expect(open.start(orders: [Shop.paidID], slots: [], context).first == .refused(.notFinished(.awaitingShipment)))
        var done = GuidedDialog(goal: .deleteOrder)
        #expect(done.start(orders: [Shop.completedID], slots: [], context).last == Shop.goAhead)
    }

    @Test func deletingAnOrderAlreadyDeletedOffersToRestoreIt() {
        var deleted = Shop.completed
        deleted.deletion = .deleted
        let context = Shop.context([Shop.unpaid], deleted: [deleted])
        var flow = GuidedDialog(goal: .deleteOrder)
        #expect(flow.start(orders: [deleted.id], slots: [], context).first == .refused(.alreadyDeleted))
        #expect(flow.expecting == .offer(.restoreOrder))
        #expect(flow.confirm(true, context) == [.switchTo(.restoreOrder, orderID: deleted.id)])
    }

    @Test func deletingPermanentlyWarnsThatNoDisputeIsPossible() {
        var deleted = Shop.completed
        deleted.deletion = .deleted
        var flow = GuidedDialog(goal: .deletePermanently)
        #expect(flow.start(orders: [deleted.id], slots: [], Shop.context([], deleted: [deleted])) == [
            .say("Summary: delete order #7300000005 (Garden hose, 23.10 USD) permanently. Warning: this can't be undone, and you lose the right to open a dispute on it."),
            Shop.goAhead,
        ])
        #expect(flow.confirm(true, Shop.context([], deleted: [deleted])) == [.perform(.deletePermanently(deleted.id))])
    }

    @Test func aDisputeOnATransitOrderWaitsSevenDaysAfterShipping() throws {
        var flow = GuidedDialog(goal: .openDispute)
        let opens = try #require(Policy().disputeOpensAt(Shop.shipped))
        #expect(flow.start(orders: [Shop.shippedID], slots: [], context).first == .refused(.disputeTooEarly(from: opens)))
        #expect(flow.isFinished)
    }

    @Test func aDisputeIsAllowedAtOnceWhenTheSellerDeclinedTheCancellation() {
        var declined = Shop.shipped
        declined.cancellation = Cancellation(reason: .noLongerNeeded, at: TestData.ago(days: 1), answer: .declined)
        var flow = GuidedDialog(goal: .openDispute)
        #expect(flow.start(orders: [declined.id], slots: [.disputeReason(.sellerRefusedCancellation)], Shop.context([declined])) == [
            .say("For your dispute on order #7300000003 (Compact blender) (\(DisputeReason.sellerRefusedCancellation.label)), what would you like: 1. full refund, 2. partial refund, or 3. return and refund?"),
        ])
    }

    @Test func noDisputeOnACancelledOrder() {
        let cancelled = TestData.order(.cancelled, id: "7300000024")
        var flow = GuidedDialog(goal: .openDispute)
        #expect(flow.start(orders: [cancelled.id], slots: [], Shop.context([cancelled])).first == .refused(.alreadyCancelled))
    }

    @Test func aDisputeAskedOnACancelledOrderSaysWhereItsRefundStands() {
        var cancelled = TestData.order(.cancelled, id: "7300000024")
        cancelled.payment = Payment(method: .card, amount: Shop.usd(2310), paidAt: TestData.ago(days: 5))
        cancelled.refund = Refund(amount: Shop.usd(2310), stage: .processing, at: TestData.ago(days: 2))
        var flow = GuidedDialog(goal: .openDispute)
        let lines = flow.start(orders: [cancelled.id], slots: [], Shop.context([cancelled])).compactMap(\.line)
        #expect(lines.prefix(2) == [Refusal.alreadyCancelled.reason(about: cancelled), Refusal.alreadyCancelled.wayForward])
        #expect(lines.first == "Order #7300000024 (Wireless earbuds) is already cancelled; a cancelled order can't be cancelled again or disputed.")
        #expect(lines.contains { $0.hasPrefix("Refund for order #7300000024 (Wireless earbuds): 23.10 USD — ") && $0.contains("going back to your card") })
        #expect(lines.contains { $0.contains("3–20 business days") })
    }

    @Test func aCompletedOrderCannotBeCancelledAndNothingIsPerformed() {
        var flow = GuidedDialog(goal: .cancelOrder)
        let effects = flow.start(orders: [Shop.completedID], slots: [], context)
        #expect(effects == [.refused(.alreadyCompleted), .say(Refusal.alreadyCompleted.reason(about: Shop.completed)), .say(Refusal.alreadyCompleted.wayForward)])
        #expect(flow.confirm(true, context) == [])
    }
}
