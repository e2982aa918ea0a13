import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// The cancel-order flow driven event by event: what it asks, what it summarises, what it asks the store to do.
@Suite struct GuidedDialogCancelTests {
    let context = Shop.context()

    @Test func unpaidOrderIsSummarisedAsACancelAndYesPerformsIt() {
        // Given a cancel flow started on the unpaid lamp
        var flow = GuidedDialog(goal: .cancelOrder)
        // When it starts, it is summarised at once: an unpaid order needs no reason
        #expect(flow.start(orders: [Shop.unpaidID], slots: [], context) == Shop.unpaidSummary(Shop.unpaidID))
        #expect(flow.expecting == .confirmation)
        // When a reason is given anyway, the summary says "cancel" (no seller involved) and keeps it
        #expect(flow.set(.cancellationReason(.noLongerNeeded, note: nil), context) == [
            .say("Summary: cancel order #7300000001 (Ceramic table lamp, 23.10 USD), reason: I don't need this order anymore."),
            Shop.goAhead,
        ])
        #expect(flow.expecting == .confirmation)
        #expect(flow.summarizedPath == .cancelAtOnce)
        // When the buyer says yes, the flow asks the store to cancel, with the reason and no note
        #expect(flow.confirm(true, context) == [.perform(.cancelOrder(Shop.unpaidID, reason: .noLongerNeeded, note: nil))])
        #expect(flow.stateName == "acting on the order")
        #expect(flow.expecting == .nothing)
        #expect(!flow.isFinished)
        // Then the store's result is told from the order as the store left it
        let result = ActionResult(outcome: .performed, order: Shop.cancelled(Shop.unpaid, requested: false), permission: .cancelAtOnce)
        #expect(flow.completed(result, before: Shop.unpaid, context) == [
            .say("Done: order #7300000001 is cancelled. Nothing was charged, so there is nothing to refund."),
        ])
        #expect(flow.isFinished)
    }

    @Test func noAtTheConfirmationChangesNothing() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.unpaidID], slots: [.cancellationReason(.changeOrder, note: nil)], context)
        #expect(flow.expecting == .confirmation)
        #expect(flow.confirm(false, context) == [.say("OK, I haven't changed anything. Anything else I can help with?")])
        #expect(flow.isFinished)
        // A late yes finds nothing to confirm and asks nothing of the store.
        #expect(flow.confirm(true, context) == [])
    }

    @Test func paidUnshippedOrderBecomesARequestToTheSeller() {
        // Given a cancel flow on the paid, unshipped speaker, with the reason already in the buyer's line
        var flow = GuidedDialog(goal: .cancelOrder)
        // When it starts, it goes straight to a summary that says the seller is asked
        #expect(flow.start(orders: [Shop.paidID], slots: [.cancellationReason(.changeShippingAddress, note: nil)], context) == [
            .say("Summary: send the seller a request to cancel order #7300000002 (Portable speaker, 23.10 USD), reason: I want to change the shipping address."),
            Shop.goAhead,
        ])
        #expect(flow.summarizedPath == .requestFromSeller)
        // When the buyer says yes
        #expect(flow.confirm(true, context) == [.perform(.cancelOrder(Shop.paidID, reason: .changeShippingAddress, note: nil))])
        // Then the store reports a request, and the reply says the seller has it, by when they answer, and suggests messaging
        let result = ActionResult(outcome: .performed, order: Shop.cancelled(Shop.paid, requested: true), permission: .requestFromSeller)
        let done = flow.completed(result, before: Shop.paid, context)
        #expect(done.count == 3)
        #expect(done.first == .say("Done: I've sent your cancellation request for order #7300000002 to the seller. The order now shows \"cancellation requested\"."))
        #expect(done.dropFirst().first?.line?.hasPrefix("The seller answers within 24 hours") == true)
        #expect(done.last == .say("Tip: you can also message the seller to speed things up."))
    }

    @Test func shippedOrderIsRefusedWithAnOfferToMessageTheSeller() throws {
        // Given a cancel flow on the blender, shipped two days ago (a dispute opens 7 days after shipping)
        var flow = GuidedDialog(goal: .cancelOrder)
        let opens = try #require(Policy().disputeOpensAt(Shop.shipped))
        let refusal = Refusal.alreadyShipped(disputeFrom: opens)
        // When it starts, the rules refuse before any reason is asked, and messaging the seller is offered
        #expect(flow.start(orders: [Shop.shippedID], slots: [], context) == [
            .refused(refusal),
            .say("Order #7300000003 (Compact blender) has already shipped, and a shipped order can't be cancelled."),
            .say(refusal.wayForward),
            .say("Would you like to message the seller about order #7300000003 now? (yes/no)"),
        ])
        #expect(refusal.wayForward.contains("refuse the parcel"))
        #expect(flow.expecting == .offer(.messageSeller))
        #expect(flow.stateName == "offering to message the seller about the order")
        // When the buyer accepts, the flow hands over to messaging the seller of the same order
        #expect(flow.confirm(true, context) == [.switchTo(.messageSeller, orderID: Shop.shippedID)])
        #expect(flow.isFinished)
    }

    @Test func aDeclinedOfferEndsTheFlowWithoutSwitching() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.shippedID], slots: [], context)
        #expect(flow.confirm(false, context) == [.say("OK. Anything else I can help with?")])
        #expect(flow.isFinished)
    }

    @Test func deliveredOrderIsRefusedWithAnOfferOfADispute() {
        var flow = GuidedDialog(goal: .cancelOrder)
        let effects = flow.start(orders: [Shop.deliveredID], slots: [], context)
        #expect(effects.first == .refused(.alreadyDelivered))
        #expect(effects.last == .say("Would you like to open a dispute on order #7300000004 now? (yes/no)"))
        #expect(flow.confirm(true, context) == [.switchTo(.openDispute, orderID: Shop.deliveredID)])
    }

    @Test func frozenOrderIsRefusedWithNothingOffered() {
        var flow = GuidedDialog(goal: .cancelOrder)
        #expect(flow.start(orders: [Shop.frozenID], slots: [], context) == [
            .refused(.frozen), .say(Refusal.frozen.reason(about: Shop.frozen)), .say(Refusal.frozen.wayForward),
        ])
        #expect(flow.isFinished)
    }

    @Test func declinedGoalsAreNeverOffered() {
        // Given a buyer who said they do not want to message the seller (or to open a dispute)
        var shipped = GuidedDialog(goal: .cancelOrder)
        shipped.declined = [.messageSeller]
        var delivered = GuidedDialog(goal: .cancelOrder)
        delivered.declined = [.openDispute]
        // When the rules refuse, the refusal is explained but the declined way forward is not offered
        let opens = Policy().disputeOpensAt(Shop.shipped)
        #expect(shipped.start(orders: [Shop.shippedID], slots: [], context) == [
            .refused(.alreadyShipped(disputeFrom: opens)),
            .say(Refusal.alreadyShipped(disputeFrom: opens).reason(about: Shop.shipped)),
            .say(Refusal.alreadyShipped(disputeFrom: opens).wayForward),
        ])
        #expect(shipped.isFinished)
        #expect(delivered.start(orders: [Shop.deliveredID], slots: [], context) == [
            .refused(.alreadyDelivered), .say(Refusal.alreadyDelivered.reason(about: Shop.delivered)), .say(Refusal.alreadyDelivered.wayForward),
        ])
        #expect(delivered.isFinished)
    }

    @Test func otherReasonAsksForTheBuyersWordsAndKeepsThemAsTheNote() {
        // Given a cancel flow on the unpaid lamp where the buyer picked "Other"
        var flow = GuidedDialog(goal: .cancelOrder)
        #expect(flow.start(orders: [Shop.unpaidID], slots: [], context) == Shop.unpaidSummary(Shop.unpaidID))
        // When "Other" comes without words, the flow asks for them
        #expect(flow.set(.cancellationReason(.other, note: nil), context) == [
            .say("In a few words, why do you want to cancel order #7300000001 (Ceramic table lamp)?"),
        ])
        #expect(flow.expecting == .otherReason)
        #expect(flow.stateName == "asking for the reason in own words")
        // When the buyer gives them, the summary quotes them
        #expect(flow.set(.cancellationReason(.other, note: "found it cheaper at a local shop"), context) == [
            .say("Summary: cancel order #7300000001 (Ceramic table lamp, 23.10 USD), reason: other: found it cheaper at a local shop."),
            Shop.goAhead,
        ])
        // Then they travel to the store as the note
        #expect(flow.confirm(true, context) == [
            .perform(.cancelOrder(Shop.unpaidID, reason: .other, note: "found it cheaper at a local shop")),
        ])
    }

    @Test func aListedReasonPickedAfterOtherDropsTheOldNote() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.unpaidID], slots: [.cancellationReason(.other, note: "my cat walked on the keyboard")], context)
        #expect(flow.expecting == .confirmation)
        #expect(flow.set(.cancellationReason(.paymentProblem, note: nil), context) == [
            .say("OK, I've changed the reason."),
            .say("Summary: cancel order #7300000001 (Ceramic table lamp, 23.10 USD), reason: \(CancellationReason.paymentProblem.label)."),
            Shop.goAhead,
        ])
        #expect(flow.confirm(true, context) == [.perform(.cancelOrder(Shop.unpaidID, reason: .paymentProblem, note: nil))])
    }

    @Test func correctingTheOrderReRunsTheRulesForTheNewOne() {
        // Given a cancel flow summarised as a request to the seller of the paid speaker
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)], context)
        #expect(flow.summarizedPath == .requestFromSeller)
        // When the buyer corrects the order to the unpaid lamp, the reason is kept and the path is a plain cancel now
        #expect(flow.set(.order(Shop.unpaidID), context) == [
            .say("OK, order #7300000001 then."),
            .say("Summary: cancel order #7300000001 (Ceramic table lamp, 23.10 USD), reason: I don't need this order anymore."),
            Shop.goAhead,
        ])
        #expect(flow.summarizedPath == .cancelAtOnce)
        #expect(flow.orderID == Shop.unpaidID)
        #expect(flow.confirm(true, context) == [.perform(.cancelOrder(Shop.unpaidID, reason: .noLongerNeeded, note: nil))])
    }

    @Test func correctingTheOrderToAShippedOneIsRefused() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)], context)
        let effects = flow.set(.order(Shop.shippedID), context)
        #expect(effects.first == .say("OK, order #7300000003 then."))
        #expect(effects.dropFirst().first == .refused(.alreadyShipped(disputeFrom: Policy().disputeOpensAt(Shop.shipped))))
        #expect(flow.expecting == .offer(.messageSeller))
        // Nothing is performed on a refused order, whatever the buyer says next.
        #expect(!flow.confirm(true, context).contains { if case .perform = $0 { true } else { false } })
    }

    @Test func correctingToAnOrderThatIsNotTheBuyersEndsWithNotFound() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.unpaidID], slots: [], context)
        #expect(flow.set(.order("7399999999"), context) == [
            .refused(.orderNotFound("7399999999")), .say(Refusal.orderNotFound("7399999999").message),
        ])
        #expect(flow.isFinished)
    }

    @Test func pathChangedBetweenSummaryAndYesSummarisesAgain() {
        // Given the unpaid lamp summarised as a plain cancel and confirmed
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)], context)
        #expect(flow.confirm(true, context) == [.perform(.cancelOrder(Shop.unpaidID, reason: .noLongerNeeded, note: nil))])
        // When the store finds it was paid meanwhile (a cancel would now be a request to the seller)
        var paidNow = Shop.unpaid
        paidNow.status = .awaitingShipment
        paidNow.payment = Payment(method: .card, amount: Shop.usd(2310), paidAt: TestData.ago(minutes: 30))
        let changed = Shop.context([paidNow, Shop.paid])
        // Then the flow says so, summarises the new way and waits for a new yes
        #expect(flow.pathChanged(changed) == [
            .say("Order #7300000001 has changed since I summarised it, so here is the change as it would go now:"),
            .say("Summary: send the seller a request to cancel order #7300000001 (Ceramic table lamp, 23.10 USD), reason: I don't need this order anymore."),
            Shop.goAhead,
        ])
        #expect(flow.expecting == .confirmation)
        #expect(flow.summarizedPath == .requestFromSeller)
        #expect(flow.confirm(true, changed) == [.perform(.cancelOrder(Shop.unpaidID, reason: .noLongerNeeded, note: nil))])
    }

    @Test func pathChangedToShippedBecomesARefusal() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)], context)
        _ = flow.confirm(true, context)
        var shippedNow = Shop.paid
        shippedNow.status = .shipped
        shippedNow.shippedAt = TestData.ago(hours: 1)
        let effects = flow.pathChanged(Shop.context([shippedNow]))
        #expect(effects.first?.line?.hasPrefix("Order #7300000002 has changed since I summarised it") == true)
        #expect(effects.dropFirst().first == .refused(.alreadyShipped(disputeFrom: Policy().disputeOpensAt(shippedNow))))
        #expect(flow.expecting == .offer(.messageSeller))
    }

    @Test func completedWordingFollowsTheStoreResultNotTheSummary() {
        // Given the paid speaker summarised as a request to the seller and confirmed
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)], context)
        _ = flow.confirm(true, context)
        // When the store cancelled at once instead (the request became immediate)
        let result = ActionResult(outcome: .performed, order: Shop.cancelled(Shop.paid, requested: false), permission: .cancelAtOnce)
        // Then the reply says cancelled, not "request sent"
        #expect(flow.completed(result, before: Shop.paid, context) == [
            .say("Done: order #7300000002 is cancelled. The payment of 23.10 USD was still uncaptured, so it is voided and the money goes back at once."),
        ])
    }

    @Test func completedWhenTheStoreHadAlreadyDoneItSaysNothingNewChanged() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)], context)
        _ = flow.confirm(true, context)
        let result = ActionResult(outcome: .alreadyDone, order: Shop.cancelled(Shop.paid, requested: true), permission: .requestFromSeller)
        #expect(flow.completed(result, before: Shop.paid, context) == [
            .say("That was already done earlier — nothing new was changed. Order #7300000002 is waiting for the seller to answer a cancellation request."),
        ])
    }

    @Test func storeRefusalAfterTheYesIsReportedAndEndsTheFlow() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)], context)
        _ = flow.confirm(true, context)
        let refusal = Refusal.alreadyShipped(disputeFrom: nil)
        #expect(flow.refused(refusal, context) == [.refused(refusal), .say(refusal.message)])
        #expect(flow.isFinished)
    }

    @Test func answersItCannotUseAreRepeatedThenAHumanIsOffered() {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [Shop.paidID], slots: [], context)
        let hint = "Please pick a reason (1–7) or tell me in your own words."
        #expect(flow.notUnderstood(context) == [.say("Sorry, I didn't get that. \(hint)")])
        let second = flow.notUnderstood(context)
        #expect(second.count == 2)
        #expect(second.first == .say("Sorry, I didn't get that. \(hint)"))
        #expect(second.last?.line?.contains("\"agent\"") == true)
        // A usable answer resets the count.
        _ = flow.set(.cancellationReason(.noLongerNeeded, note: nil), context)
        #expect(flow.notUnderstood(context) == [.say("Sorry, I didn't get that. Shall I go ahead? Please say yes or no.")])
    }

    @Test func withoutANamedOrderTheOnlyFittingOrderIsProposedNotAssumed() {
        // Only the unpaid lamp and the paid speaker can be cancelled: two fit, so the buyer chooses.
        var flow = GuidedDialog(goal: .cancelOrder)
        let effects = flow.start(orders: [], slots: [], context)
        #expect(effects.first == .say("Which order do you want to cancel?"))
        #expect(effects.contains(.listed([Shop.unpaid, Shop.paid])))
        #expect(flow.expecting == .order([Shop.unpaidID, Shop.paidID]))
        // With only the lamp cancellable, it is proposed and a yes moves on to the reason.
        var single = GuidedDialog(goal: .cancelOrder)
        let only = Shop.context([Shop.unpaid, Shop.shipped])
        #expect(single.start(orders: [], slots: [], only) == [
            .say("Do you mean order #7300000001 — Ceramic table lamp (awaiting payment, 23.10 USD)? (yes/no)"),
        ])
        #expect(single.expecting == .proposal(Shop.unpaidID))
        #expect(single.confirm(true, only) == Shop.unpaidSummary(Shop.unpaidID))
    }
}
