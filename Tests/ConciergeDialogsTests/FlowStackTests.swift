import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// The stack of flows: interruptions, requests queued from one line, answers in the middle of a flow,
/// "why not?" after a refusal, and a conversation saved and restored.
@Suite struct FlowStackTests {
    let context = Shop.context()

    private func apply(_ stack: inout FlowStack, _ commands: [DialogueCommand]) -> [Effect] {
        stack.apply(commands, context, texts: Shop.texts)
    }

    private let askMessage = Effect.say("What would you like to tell the seller about order #7300000003 (Compact blender)? (for example: please extend the handling time)")

    @Test func anInterruptingRequestRunsThenTheInterruptedFlowAsksItsQuestionAgain() {
        // Given a cancel flow on the speaker waiting for a reason
        var stack = FlowStack()
        #expect(apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])]) == Shop.reasonQuestion(Shop.paidID))
        // When the buyer asks to message the seller of the blender instead of answering
        #expect(apply(&stack, [.startFlow(.messageSeller, orders: [Shop.shippedID], slots: [])]) == [askMessage])
        // Then the message flow is on top and the cancel flow waits below
        #expect(stack.flows.map(\.goal) == [.cancelOrder, .messageSeller])
        #expect(stack.active?.goal == .messageSeller)
        #expect(stack.conversationContext().activeOrder == Shop.shippedID)
        // When the message is written, confirmed and sent
        #expect(apply(&stack, [.setSlot(.message("Where is my parcel?"))]) == [
            .say("Summary: send this message to the seller of order #7300000003 (Compact blender, 23.10 USD): \"Where is my parcel?\""),
            Shop.goAhead,
        ])
        #expect(apply(&stack, [.confirm(true)]) == [.perform(.sendMessage(Shop.shippedID, text: "Where is my parcel?"))])
        let sent = ActionResult(outcome: .performed, order: Shop.shipped, permission: .immediate)
        // Then the cancel flow comes back with its own question
        #expect(stack.completed(sent, before: Shop.shipped, context) == [
            .say("Sent. Your message is in the thread of order #7300000003; the seller's answer will appear there too."),
            .say("Back to your request:"),
        ] + Shop.reasonQuestion(Shop.paidID))
        #expect(stack.flows.map(\.goal) == [.cancelOrder])
        #expect(stack.active?.expecting == .reason)
        #expect(stack.conversationContext().activeOrder == Shop.paidID)
        // And it carries on from there
        #expect(apply(&stack, [.setSlot(.cancellationReason(.noLongerNeeded, note: nil))]).last == Shop.goAhead)
    }

    @Test func aStatusQuestionInTheMiddleIsAnsweredAndTheFlowResumes() {
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
        let effects = apply(&stack, [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        #expect(Array(effects.suffix(9)) == [.say("Back to your request:")] + Shop.reasonQuestion(Shop.paidID))
        #expect(effects.count > 9)
        #expect(stack.flows.map(\.goal) == [.cancelOrder])
        #expect(stack.active?.expecting == .reason)
    }

    @Test func requestsFromOneLineStartOneByOneAfterEachFinishes() {
        // Given one line asking to cancel the lamp, delete the hose order and message the speaker's seller
        var stack = FlowStack()
        let first = apply(&stack, [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)]),
            .startFlow(.deleteOrder, orders: [Shop.completedID], slots: []),
            .startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Please ship it today.")]),
        ])
        // Then only the first is asked about; the others wait in line
        #expect(first == [
            .say("Summary: cancel order #7300000001 (Ceramic table lamp, 23.10 USD), reason: I don't need this order anymore."),
            Shop.goAhead,
        ])
        #expect(stack.flows.count == 1)
        #expect(stack.queue.map(\.goal) == [.deleteOrder, .messageSeller])
        // When the first is confirmed and done, the second starts with its own confirmation
        #expect(apply(&stack, [.confirm(true)]) == [.perform(.cancelOrder(Shop.unpaidID, reason: .noLongerNeeded, note: nil))])
        let cancelled = ActionResult(outcome: .performed, order: Shop.cancelled(Shop.unpaid, requested: false), permission: .cancelAtOnce)
        #expect(stack.completed(cancelled, before: Shop.unpaid, context) == [
            .say("Done: order #7300000001 is cancelled. Nothing was charged, so there is nothing to refund."),
            .say("Next, your request to delete order #7300000005:"),
            .say("Summary: move order #7300000005 (Garden hose, 23.10 USD) to deleted orders (you can restore it later)."),
            Shop.goAhead,
        ])
        #expect(stack.queue.map(\.goal) == [.messageSeller])
        // And the third only after the second
        #expect(apply(&stack, [.confirm(true)]) == [.perform(.delete(Shop.completedID))])
        var deleted = Shop.completed
        deleted.deletion = .deleted
        #expect(stack.completed(ActionResult(outcome: .performed, order: deleted, permission: .immediate), before: Shop.completed, context) == [
            .say("Order #7300000005 is now in your deleted orders. You can restore it or delete it permanently from there."),
            .say("Next, your request to message the seller about order #7300000002:"),
            .say("Summary: send this message to the seller of order #7300000002 (Portable speaker, 23.10 USD): \"Please ship it today.\""),
            Shop.goAhead,
        ])
        #expect(stack.queue.isEmpty)
        #expect(apply(&stack, [.confirm(true)]) == [.perform(.sendMessage(Shop.paidID, text: "Please ship it today."))])
    }

    @Test func aQueuedRequestStartsAfterTheOneBeforeIsDeclined() {
        var stack = FlowStack()
        _ = apply(&stack, [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)]),
            .startFlow(.deleteOrder, orders: [Shop.completedID], slots: []),
        ])
        let effects = apply(&stack, [.confirm(false)])
        #expect(effects.first == .say("OK, I haven't changed anything. Anything else I can help with?"))
        #expect(effects.dropFirst().first == .say("Next, your request to delete order #7300000005:"))
        #expect(stack.active?.goal == .deleteOrder)
    }

    @Test func cancelFlowDropsTheActiveFlowAndEveryQueuedRequest() {
        // Given a line with two requests, the first waiting for its yes
        var stack = FlowStack()
        _ = apply(&stack, [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)]),
            .startFlow(.deleteOrder, orders: [Shop.completedID], slots: []),
        ])
        #expect(stack.queue.count == 1)
        // When the buyer says "forget it"
        #expect(apply(&stack, [.cancelFlow]) == [.say("OK, I've stopped there. Nothing was changed.")])
        // Then nothing is active and the delete never starts
        #expect(stack.active == nil)
        #expect(stack.queue.isEmpty)
        #expect(stack.flows.isEmpty)
        #expect(apply(&stack, [.confirm(true)]) == [
            .say("There's nothing waiting for a yes or no right now. What can I help you with? (for example: cancel an order, where is my refund)"),
        ])
    }

    @Test func cancelFlowWithNothingInProgressSaysSo() {
        var stack = FlowStack()
        #expect(apply(&stack, [.cancelFlow]) == [.say("Nothing is in progress, so nothing was changed. What else can I do for you?")])
    }

    @Test func cancelFlowFollowedByANewRequestReplacesTheFlowSilently() {
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.messageSeller, orders: [Shop.shippedID], slots: [])])
        let effects = apply(&stack, [.cancelFlow, .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        #expect(effects == Shop.unpaidSummary(Shop.unpaidID))
        #expect(stack.flows.map(\.goal) == [.cancelOrder])
    }

    @Test func aQuestionAnsweredMidFlowAsksTheFlowsQuestionAgain() {
        // Given a cancel flow waiting for a reason
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
        // When the buyer asks how long refunds take
        let effects = apply(&stack, [.answer(topic: "refund_timing", order: Shop.paidID)])
        // Then the answer comes first, then the flow's question again, and the flow still waits for the reason
        #expect(effects == [.say("ANSWER refund_timing #7300000002"), .say("Back to your request:")] + Shop.reasonQuestion(Shop.paidID))
        #expect(stack.active?.expecting == .reason)
    }

    @Test func aListShownMidFlowIsFollowedByTheFlowsQuestion() {
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.messageSeller, orders: [Shop.shippedID], slots: [])])
        let effects = apply(&stack, [.listOrders(.unpaid)])
        #expect(effects.first == .say("Your unpaid orders:"))
        #expect(effects.contains(.listed([Shop.unpaid])))
        #expect(Array(effects.suffix(2)) == [.say("Back to your request:"), askMessage])
        #expect(stack.lastListed == [Shop.unpaidID])
    }

    @Test func anAnswerGivenWithASlotIsNotFollowedByTheOldQuestion() {
        // The line answered the flow too: the flow's next step follows, not the question it just got.
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        let effects = apply(&stack, [.answer(topic: "refund_timing", order: nil), .setSlot(.cancellationReason(.noLongerNeeded, note: nil))])
        #expect(effects.first == .say("ANSWER refund_timing"))
        #expect(effects.last == Shop.goAhead)
        #expect(!effects.contains(.say("Back to your request:")))
    }

    @Test func lastRefusalAnswersWhyNotThenClears() throws {
        // Given a cancel of the shipped blender, refused with an offer
        var stack = FlowStack()
        let refusal = Refusal.alreadyShipped(disputeFrom: Policy().disputeOpensAt(Shop.shipped))
        #expect(apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])]).first == .refused(refusal))
        #expect(stack.lastRefusal == refusal)
        #expect(stack.conversationContext().hasRefusal)
        #expect(stack.conversationContext().expecting == .offer(.messageSeller))
        // When the buyer asks why not, the rule and the way forward are given, and the offer is asked again
        #expect(apply(&stack, [.explainRefusal]) == [
            .say(refusal.reason), .say(refusal.wayForward),
            .say("Back to your request:"), .say("Would you like to message the seller about order #7300000003 instead? (yes/no)"),
        ])
        #expect(stack.lastRefusal == refusal)
        // When the next line is about something else, the refusal is forgotten
        #expect(apply(&stack, [.confirm(false)]) == [.say("OK. Anything else I can help with?")])
        #expect(stack.lastRefusal == nil)
        #expect(!stack.conversationContext().hasRefusal)
        #expect(apply(&stack, [.explainRefusal]) == [.say("Nothing was refused just now. What can I help you with?")])
    }

    @Test func aRefusalFromTheStoreIsExplainedToo() {
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])])
        _ = apply(&stack, [.confirm(true)])
        let refusal = Refusal.alreadyShipped(disputeFrom: nil)
        #expect(stack.refused(refusal, context) == [.refused(refusal), .say(refusal.message)])
        #expect(stack.active == nil)
        #expect(apply(&stack, [.explainRefusal]) == [.say(refusal.reason), .say(refusal.wayForward)])
    }

    @Test func anAcceptedOfferStartsTheOfferedFlowInPlaceOfTheRefusedOne() {
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])])
        #expect(apply(&stack, [.confirm(true)]) == [askMessage])
        #expect(stack.flows.map(\.goal) == [.messageSeller])
        #expect(stack.active?.orderID == Shop.shippedID)
    }

    @Test func aNewRequestWhileAnOfferIsOpenDropsTheOffer() {
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])])
        #expect(apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])]) == Shop.unpaidSummary(Shop.unpaidID))
        #expect(stack.flows.map(\.goal) == [.cancelOrder])
        #expect(stack.active?.orderID == Shop.unpaidID)
    }

    @Test func repeatAsksTheActiveQuestionAnotherWay() {
        var stack = FlowStack()
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        // At a summary, what a yes would lead to comes first.
        #expect(apply(&stack, [.repeatQuestion]) == [.say("Let me put it another way:"),
                                                     .say("If you say yes, the order closes at once; nothing was charged, so there is nothing to refund.")]
                + Shop.unpaidSummary(Shop.unpaidID))
        var idle = FlowStack()
        #expect(apply(&idle, [.repeatQuestion]) == [.say("HELP")])
    }

    @Test func aConversationSavedMidFlowContinuesTheSameAfterDecoding() throws {
        // Given an interrupted cancel flow under a message flow, with a request queued and a list shown
        var stack = FlowStack()
        _ = apply(&stack, [.listOrders(nil)])
        _ = apply(&stack, [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
        _ = apply(&stack, [.startFlow(.messageSeller, orders: [Shop.shippedID], slots: []),
                           .startFlow(.deleteOrder, orders: [Shop.completedID], slots: [])])
        // When it is encoded and decoded
        var restored = try JSONDecoder().decode(FlowStack.self, from: JSONEncoder().encode(stack))
        // Then it is the same conversation and goes on identically
        #expect(restored == stack)
        #expect(restored.flows.map(\.goal) == [.cancelOrder, .messageSeller])
        #expect(restored.queue.map(\.goal) == [.deleteOrder])
        #expect(restored.lastListed == Shop.all.map(\.id))
        let script: [[DialogueCommand]] = [[.setSlot(.message("Any news?"))], [.confirm(true)]]
        for commands in script {
            #expect(restored.apply(commands, context, texts: Shop.texts) == stack.apply(commands, context, texts: Shop.texts))
        }
        let sent = ActionResult(outcome: .performed, order: Shop.shipped, permission: .immediate)
        let resumed = restored.completed(sent, before: Shop.shipped, context)
        #expect(resumed == stack.completed(sent, before: Shop.shipped, context))
        #expect(restored == stack)
        // The request queued by the interrupting line comes first; then the interrupted cancel resumes at its step.
        #expect(resumed.contains(.say("Next, your request to delete order #\(Shop.completedID):")))
        _ = restored.apply([.confirm(true)], context, texts: Shop.texts)
        let deleted = ActionResult(outcome: .performed, order: Shop.completed, permission: .immediate)
        #expect(restored.completed(deleted, before: Shop.completed, context).suffix(8) == ArraySlice(Shop.reasonQuestion(Shop.paidID)))
    }
}
