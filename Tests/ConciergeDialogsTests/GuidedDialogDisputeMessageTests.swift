import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// The dispute and message flows driven event by event, and a flow saved and restored in the middle.
@Suite struct GuidedDialogDisputeMessageTests {
    let context = Shop.context()

    private func disputeAt(_ stop: Int) -> GuidedDialog {
        var flow = GuidedDialog(goal: .openDispute)
        _ = flow.start(orders: [Shop.deliveredID], slots: [], context)
        let steps: [SlotValue] = [.disputeReason(.damaged), .outcome(.partialRefund), .amount(Shop.usd(1000)), .description("The case arrived cracked")]
        for value in steps.prefix(stop) { _ = flow.set(value, context) }
        return flow
    }

    @Test func disputeAsksReasonOutcomeAmountDescriptionEvidenceInThatOrder() {
        // Given a dispute flow on the delivered phone cover (paid 23.10 USD)
        var flow = GuidedDialog(goal: .openDispute)
        // When it starts, it asks what went wrong
        #expect(flow.start(orders: [Shop.deliveredID], slots: [], context) ==
            [.say("What went wrong with order #7300000004 (Phone cover)?")] + DisputeReason.allCases.enumerated().map { .say("  \($0 + 1). \($1.label)") })
        #expect(flow.expecting == .disputeReason)
        // Then what the buyer wants
        #expect(flow.set(.disputeReason(.damaged), context) == [
            .say("For your dispute on order #7300000004 (Phone cover) (damaged or defective), what would you like: 1. full refund, 2. partial refund, or 3. return and refund?"),
        ])
        #expect(flow.expecting == .outcome)
        // Then, for a partial refund, how much
        #expect(flow.set(.outcome(.partialRefund), context) == [.say("How much would you like back? At most 23.10 USD.")])
        #expect(flow.expecting == .amount)
        // More than was paid is refused and asked again
        #expect(flow.set(.amount(Shop.usd(3000)), context) == [
            .say("30.00 USD is more than you paid (23.10 USD); a refund can't be larger than the payment."),
            .say("How much would you like back? At most 23.10 USD."),
        ])
        #expect(flow.expecting == .amount)
        // Then a description
        #expect(flow.set(.amount(Shop.usd(1000)), context) == [
            .say("Dispute on order #7300000004 (Phone cover): damaged or defective, asking for partial refund. Please describe the problem in a few words; the seller and the platform will read it."),
        ])
        #expect(flow.expecting == .description)
        // Then evidence
        #expect(flow.set(.description("The case arrived cracked"), context) == [
            .say("Dispute on order #7300000004 (Phone cover): damaged or defective, asking for partial refund. Do you have photos or documents? Give their file names (e.g. box.jpg, label.png), or say no."),
        ])
        #expect(flow.expecting == .evidence)
        // Skipping the evidence leads to the summary with the amount asked, not the amount paid
        #expect(flow.skip(context) == [
            .say("Summary: open a dispute on order #7300000004 (Phone cover, 23.10 USD) — damaged or defective, asking for partial refund of 10.00 USD; description: \"The case arrived cracked\"; evidence: none."),
            Shop.goAhead,
        ])
        #expect(flow.confirm(true, context) == [.perform(.openDispute(Shop.deliveredID, DisputeDraft(
            reason: .damaged, outcome: .partialRefund, amount: Shop.usd(1000), description: "The case arrived cracked", evidence: [])))])
    }

    @Test func anAmountEqualToWhatWasPaidIsAllowed() {
        var flow = disputeAt(2)
        #expect(flow.expecting == .amount)
        let effects = flow.set(.amount(Shop.usd(2310)), context)
        #expect(flow.expecting == .description)
        #expect(!effects.contains { $0.line?.contains("more than you paid") == true })
    }

    @Test func anAmountOneCentOverWhatWasPaidIsAskedAgain() {
        var flow = disputeAt(2)
        #expect(flow.set(.amount(Shop.usd(2311)), context).first == .say("23.11 USD is more than you paid (23.10 USD); a refund can't be larger than the payment."))
        #expect(flow.expecting == .amount)
    }

    @Test func aZeroAmountIsAskedAgainWithoutClaimingItIsMoreThanPaid() {
        // A refund of nothing is not a partial refund; it is asked again, and the reply must not say it is "more than you paid".
        var flow = disputeAt(2)
        let effects = flow.set(.amount(Shop.usd(0)), context)
        #expect(flow.expecting == .amount)
        #expect(effects.last == .say("How much would you like back? At most 23.10 USD."))
        #expect(!effects.contains { $0.line?.contains("more than you paid") == true })
    }

    @Test func anAmountGivenFirstTurnsAFullRefundIntoAPartialOne() {
        var flow = GuidedDialog(goal: .openDispute)
        _ = flow.start(orders: [Shop.deliveredID], slots: [.disputeReason(.missingParts), .outcome(.fullRefund), .amount(Shop.usd(500))], context)
        #expect(flow.expecting == .description)
        _ = flow.set(.description("Only one of the two covers"), context)
        _ = flow.set(.evidence(["box.jpg"]), context)
        #expect(flow.confirm(true, context) == [.perform(.openDispute(Shop.deliveredID, DisputeDraft(
            reason: .missingParts, outcome: .partialRefund, amount: Shop.usd(500), description: "Only one of the two covers", evidence: ["box.jpg"])))])
    }

    @Test func aFullRefundAsksNoAmountAndEvidenceAddedAtTheSummaryJoinsTheList() {
        var flow = GuidedDialog(goal: .openDispute)
        _ = flow.start(orders: [Shop.deliveredID], slots: [.disputeReason(.wrongItem), .outcome(.fullRefund)], context)
        #expect(flow.expecting == .description)
        _ = flow.set(.description("Got a red cover, ordered blue"), context)
        #expect(flow.set(.evidence(["box.jpg"]), context) == [
            .say("Summary: open a dispute on order #7300000004 (Phone cover, 23.10 USD) — wrong item, asking for full refund of 23.10 USD; description: \"Got a red cover, ordered blue\"; evidence: box.jpg."),
            Shop.goAhead,
        ])
        #expect(flow.set(.evidence(["label.png", "box.jpg"]), context) == [
            .say("Added label.png, box.jpg to the evidence."),
            .say("Summary: open a dispute on order #7300000004 (Phone cover, 23.10 USD) — wrong item, asking for full refund of 23.10 USD; description: \"Got a red cover, ordered blue\"; evidence: box.jpg, label.png."),
            Shop.goAhead,
        ])
    }

    @Test func moreWordsWhileEvidenceIsAskedGoInTheDescriptionAndTheQuestionStays() {
        var flow = disputeAt(4)
        #expect(flow.expecting == .evidence)
        let effects = flow.set(.description("The case arrived cracked and the box was wet"), context)
        #expect(effects.first == .say("Thanks, I've put that in the description."))
        #expect(flow.expecting == .evidence)
        _ = flow.skip(context)
        guard case .perform(.openDispute(_, let draft))? = flow.confirm(true, context).first else {
            Issue.record("no dispute performed")
            return
        }
        #expect(draft.description == "The case arrived cracked and the box was wet")
    }

    @Test func skipIsOnlyForTheOptionalQuestion() {
        var flow = disputeAt(1)
        #expect(flow.expecting == .outcome)
        #expect(flow.skip(context) == [.say("Sorry, I didn't get that. Please pick 1 (full refund), 2 (partial refund) or 3 (return and refund).")])
        #expect(flow.expecting == .outcome)
    }

    @Test func disputeOnAnUnshippedOrderIsRefused() {
        var flow = GuidedDialog(goal: .openDispute)
        let effects = flow.start(orders: [Shop.paidID], slots: [], context)
        #expect(effects.first == .refused(.notShippedYet(.awaitingShipment)))
        #expect(flow.isFinished)
    }

    @Test func messageAdditionsAppendToTheDraft() {
        // Given a message to the seller of the speaker, drafted from the buyer's line
        var flow = GuidedDialog(goal: .messageSeller)
        #expect(flow.start(orders: [Shop.paidID], slots: [.message("Please ship it soon")], context) == [
            .say("Summary: send this message to the seller of order #7300000002 (Portable speaker, 23.10 USD): \"Please ship it soon\""),
            Shop.goAhead,
        ])
        // When the buyer adds a sentence, it is appended as a sentence of its own
        #expect(flow.set(.messageAddition("i need it before friday"), context) == [
            .say("OK, I've added that to the message."),
            .say("Summary: send this message to the seller of order #7300000002 (Portable speaker, 23.10 USD): \"Please ship it soon. I need it before friday.\""),
            Shop.goAhead,
        ])
        // And another one after that
        _ = flow.set(.messageAddition("Thanks!"), context)
        // Then the whole draft is sent
        #expect(flow.confirm(true, context) == [.perform(.sendMessage(Shop.paidID, text: "Please ship it soon. I need it before friday. Thanks!"))])
        let done = flow.completed(ActionResult(outcome: .performed, order: Shop.paid, permission: .immediate), before: Shop.paid, context)
        #expect(done == [.say("Sent. Your message is in the thread of order #7300000002; the seller's answer will appear there too.")])
    }

    @Test func aReplacedMessageDropsTheOldDraft() {
        var flow = GuidedDialog(goal: .messageSeller)
        _ = flow.start(orders: [Shop.paidID], slots: [], context)
        #expect(flow.expecting == .message)
        _ = flow.set(.message("Please ship it soon."), context)
        #expect(flow.set(.message("Please cancel my order."), context).first == .say("OK, I've replaced the message."))
        #expect(flow.confirm(true, context) == [.perform(.sendMessage(Shop.paidID, text: "Please cancel my order."))])
    }

    @Test func anAdditionWithNoDraftYetBecomesTheMessage() {
        var flow = GuidedDialog(goal: .messageSeller)
        _ = flow.start(orders: [Shop.shippedID], slots: [], context)
        _ = flow.set(.messageAddition("where is my parcel?"), context)
        #expect(flow.confirm(true, context) == [.perform(.sendMessage(Shop.shippedID, text: "Where is my parcel?"))])
    }

    @Test func aFlowSavedMidDialogContinuesTheSameAfterDecoding() throws {
        // Given a dispute waiting for its amount, after a refused amount
        var flow = disputeAt(2)
        _ = flow.set(.amount(Shop.usd(9999)), context)
        flow.declined = [.messageSeller]
        // When it is encoded and decoded
        let data = try JSONEncoder().encode(flow)
        var restored = try JSONDecoder().decode(GuidedDialog.self, from: data)
        // Then it is the same flow, waiting for the same thing, and it reacts the same way
        #expect(restored == flow)
        #expect(restored.expecting == .amount)
        #expect(restored.declined == [.messageSeller])
        #expect(restored.reprompt(context) == [.say("Back to your request:"), .say("How much would you like back? At most 23.10 USD.")])
        for value in [SlotValue.amount(Shop.usd(700)), .description("Scratched"), .evidence(["a.png"])] {
            #expect(restored.set(value, context) == flow.set(value, context))
        }
        #expect(restored.confirm(true, context) == flow.confirm(true, context))
        #expect(restored == flow)
    }

    @Test func aChoosingFlowSurvivesEncodingWithItsList() throws {
        var flow = GuidedDialog(goal: .cancelOrder)
        _ = flow.start(orders: [], slots: [], context)
        let restored = try JSONDecoder().decode(GuidedDialog.self, from: JSONEncoder().encode(flow))
        #expect(restored.expecting == .order([Shop.unpaidID, Shop.paidID]))
        #expect(restored.reprompt(context).last == .listed([Shop.unpaid, Shop.paid]))
    }

    @Test func textAfterAColonIsAMessageOnlyAfterAWholeWordAskingForOne() {
        #expect(MessageDraft.afterColon("tell the seller: please ship it soon") == "please ship it soon")
        #expect(MessageDraft.afterColon("the picnic basket: it arrived broken") == nil)
        #expect(MessageDraft.afterColon("my steel flask: the lid leaks") == nil)
    }
}
