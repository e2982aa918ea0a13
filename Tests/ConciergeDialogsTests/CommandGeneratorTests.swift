import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Buyer lines turned into commands, with hand-made classifications, in the conversation state a real
/// flow stack is in; where it helps, the commands are applied to that stack to see what the buyer gets.
@Suite struct CommandGeneratorTests {
    let context = Shop.context()
    /// Cancel, delete, list and message lines read by their verb; anything else out of scope.
    let verbs = Reader.keywords([("cancel", "cancel_order", 0.92), ("delete", "delete_order", 0.9),
                                 ("show", "list_orders", 0.9), ("message", "message_seller", 0.9)])
    let nothing = Reader { _ in nil }

    /// A stack after these commands, and what the generator sees of it.
    private func stack(_ lines: [DialogueCommand]...) -> FlowStack { Shop.stack(lines, in: context) }

    private func seen(_ stack: FlowStack) -> ConversationContext { Shop.conversation(stack.conversationContext()) }

    private func starts(_ commands: [DialogueCommand], _ goal: DialogGoal) -> Bool {
        commands.contains { if case .startFlow(goal, _, _) = $0 { true } else { false } }
    }

    // MARK: - Several requests in one line

    @Test func twoRequestsInOneLineBecomeTwoStartFlowsInOrder() {
        let commands = verbs.commands("cancel order 7300000001 and then delete order 7300000005", seen(FlowStack()))
        #expect(commands == [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []),
            .startFlow(.deleteOrder, orders: [Shop.completedID], slots: []),
        ])
        // Applied: the cancel of the unpaid lamp is summarised, the delete waits its turn.
        var stack = FlowStack()
        #expect(stack.apply(commands, context, texts: Shop.texts) == Shop.unpaidSummary(Shop.unpaidID))
        #expect(stack.queue.map(\.goal) == [.deleteOrder])
    }

    @Test func threeRequestsKeepTheirOrder() {
        let commands = verbs.commands("cancel order 7300000001, then delete order 7300000005 and then show my orders", seen(FlowStack()))
        #expect(commands == [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []),
            .startFlow(.deleteOrder, orders: [Shop.completedID], slots: []),
            .listOrders(nil),
        ])
    }

    @Test func oneVerbForTwoOrdersIsOneRequestPerOrder() {
        #expect(verbs.commands("cancel order 7300000001 and order 7300000002", seen(FlowStack())) == [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []),
            .startFlow(.cancelOrder, orders: [Shop.paidID], slots: []),
        ])
    }

    @Test func aCorrectedItemIsTheOnlyOneCancelled() {
        #expect(verbs.commands("cancel the speaker... wait no, the lamp, I still want the speaker", seen(FlowStack())) == [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []),
        ])
    }

    @Test func aCorrectedItemIsTheOnlyOneCancelledEvenWhenEveryPieceReadsAsACancel() {
        // The classifier may read "wait no, the lamp, I still want the speaker" as a cancel request too;
        // the speaker is still the one the buyer keeps.
        let commands = Reader.always("cancel_order", 0.9).commands("cancel the speaker... wait no, the lamp, I still want the speaker", seen(FlowStack()))
        #expect(commands == [.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        #expect(commands.contains(.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])))
    }

    // MARK: - Goals the buyer does not want

    @Test func dontWantToCancelNeverStartsACancel() {
        let line = "I don't want to cancel, just return the extra money"
        let asCancel = Reader.always("cancel_order", 0.85).commands(line, seen(FlowStack()))
        #expect(!starts(asCancel, .cancelOrder))
        #expect(!asCancel.isEmpty)
        // Read as the duplicate charge it is, it becomes a payment cancellation and still no order cancellation.
        let asDuplicate = Reader.always("cancel_payment", 0.9, detail: "duplicate_charge").commands(line, seen(FlowStack()))
        #expect(asDuplicate == [.startFlow(.cancelPayment, orders: [], slots: [])])
    }

    @Test func dontWantToCancelInTheMiddleOfAFlowNeverStartsACancel() {
        let waiting = stack([.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Please ship soon.")])])
        #expect(waiting.active?.expecting == .confirmation)
        let commands = Reader.always("cancel_order", 0.95).commands("I don't want to cancel, just return the extra money", seen(waiting))
        #expect(!starts(commands, .cancelOrder))
        #expect(!commands.contains(.confirm(true)))
    }

    @Test func aWayForwardTheBuyerRefusedIsNotOffered() {
        // "I don't want to message the seller": the cancel of the shipped blender is refused, and messaging must not be offered.
        let commands = verbs.commands("cancel order 7300000003, I don't want to message the seller", seen(FlowStack()))
        #expect(commands == [.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])])
        let declined = CommandGenerator(context: ConversationContext()).declinedGoals("cancel order 7300000003, I don't want to message the seller")
        #expect(declined == [.messageSeller])
        var stack = FlowStack()
        let effects = stack.apply(commands, context, texts: Shop.texts, declined: declined)
        #expect(effects.first == .refused(.alreadyShipped(disputeFrom: Policy().disputeOpensAt(Shop.shipped))))
        #expect(!effects.contains { $0.line?.contains("message the seller about order") == true })
        #expect(stack.active == nil)
    }

    // MARK: - Refusals, ways out, repeats

    @Test func whyNotAfterARefusalExplainsItAndIsNotAYes() {
        // Given the shipped blender's cancel refused, with messaging offered
        var refused = stack([.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])])
        #expect(refused.active?.expecting == .offer(.messageSeller))
        // When the buyer asks "why not?"
        let commands = nothing.commands("why not?", seen(refused))
        // Then it is a question about the refusal, not an acceptance of the offer
        #expect(commands == [.explainRefusal])
        let refusal = Refusal.alreadyShipped(disputeFrom: Policy().disputeOpensAt(Shop.shipped))
        #expect(Array(refused.apply(commands, context, texts: Shop.texts).prefix(2)) == [.say(refusal.reason), .say(refusal.wayForward)])
        #expect(refused.active?.expecting == .offer(.messageSeller))
    }

    @Test func whyNotAfterARefusalWithNothingPendingExplainsIt() {
        var base = ConversationContext()
        base.hasRefusal = true
        #expect(nothing.commands("why not?", Shop.conversation(base)) == [.explainRefusal])
        #expect(nothing.commands("so what can I do?", Shop.conversation(base)) == [.explainRefusal])
    }

    @Test(arguments: [
        [DialogueCommand.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])],
        [DialogueCommand.startFlow(.messageSeller, orders: [Shop.paidID], slots: [])],
        [DialogueCommand.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged), .outcome(.partialRefund)])],
    ])
    func forgetItAtAPromptLeavesTheFlow(start: [DialogueCommand]) {
        var waiting = stack(start)
        #expect(waiting.active != nil)
        let commands = nothing.commands("forget it", seen(waiting))
        #expect(commands == [.cancelFlow])
        #expect(waiting.apply(commands, context, texts: Shop.texts) == [.say("OK, I've stopped there. Nothing was changed.")])
        #expect(waiting.active == nil)
    }

    @Test func forgetItAtTheConfirmationIsANo() {
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])])
        #expect(nothing.commands("forget it", seen(waiting)) == [.confirm(false)])
    }

    @Test func forgetItThenANewRequestDropsTheFlowForTheNewOne() {
        let waiting = stack([.startFlow(.messageSeller, orders: [Shop.paidID], slots: [])])
        #expect(verbs.commands("forget it, just cancel order 7300000001", seen(waiting)) == [
            .cancelFlow, .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []),
        ])
    }

    @Test func aYesMadeOfRandomBytesDoesNotConfirm() {
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])])
        #expect(waiting.active?.expecting == .confirmation)
        let generator = CommandGenerator(context: seen(waiting))
        for text in ["y\u{1B}[31m\u{FFFD}\u{0}\u{7F}", "yes\u{FFFD}\u{FFFD}\u{1B}[2J", "y\u{7}\u{7}\u{7}"] {
            // Even if the short-reply reader took it for a yes
            let clause = UnderstoodClause(
                text: text, classification: Classification(text: text, intent: IntentCatalog.outOfScope, detail: nil, confidence: 1, alternatives: [], isAmbiguous: false),
                entities: Entities(), reply: .affirm)
            let commands = generator.commands(for: clause, clauses: [clause]).commands
            #expect(!commands.contains(.confirm(true)), "\(text.debugDescription)")
            #expect(commands == [.notUnderstood(hint: nil)], "\(text.debugDescription)")
        }
        // A plain yes does confirm.
        #expect(nothing.commands("yes", seen(waiting)) == [.confirm(true)])
    }

    @Test(arguments: [
        [DialogueCommand.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])],
        [DialogueCommand.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])],
        [DialogueCommand.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged)])],
    ])
    func whatDoYouMeanRepeatsTheQuestion(start: [DialogueCommand]) throws {
        var waiting = stack(start)
        let active = try #require(waiting.active)
        let commands = nothing.commands("what do you mean?", seen(waiting))
        #expect(commands == [.repeatQuestion])
        #expect(waiting.apply(commands, context, texts: Shop.texts) == [.say("Let me put it another way:")] + active.explained(context))
        #expect(waiting.active == active)
    }

    // MARK: - Answers in the middle of a flow

    @Test func aQuestionWhileAReasonIsAskedIsAnsweredAboutTheOrder() {
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
        let commands = Reader.always("refund_status", 0.9, detail: "refund_timing").commands("how long does a refund take?", seen(waiting))
        #expect(commands == [.answer(topic: "refund_timing", order: Shop.paidID)])
    }

    @Test func aPickFromTheListChoosesThatOrder() {
        let choosing = stack([.startFlow(.cancelOrder, orders: [], slots: [])])
        #expect(choosing.active?.expecting == .order([Shop.unpaidID, Shop.paidID]))
        #expect(nothing.commands("2", seen(choosing)) == [.setSlot(.order(Shop.paidID))])
        #expect(nothing.commands("the second one", seen(choosing)) == [.setSlot(.order(Shop.paidID))])
    }

    @Test(arguments: ["it's been 2 weeks", "2 weeks", "2 weeks ago"])
    func aDurationWhileChoosingIsNotAPick(text: String) {
        let choosing = stack([.startFlow(.cancelOrder, orders: [], slots: [])])
        let commands = nothing.commands(text, seen(choosing))
        #expect(!commands.contains(.setSlot(.order(Shop.paidID))))
        #expect(!commands.contains(.correctSlot(.order(Shop.paidID))))
    }

    @Test func aTrackingNumberIsNotAnOrderNumber() {
        let waiting = stack([.startFlow(.messageSeller, orders: [Shop.shippedID], slots: [.message("Where is it?")])])
        let commands = nothing.commands("tracking CX7300000002GB shows nothing", seen(waiting))
        #expect(!commands.contains(.correctSlot(.order(Shop.paidID))))
        #expect(!commands.contains(.setSlot(.order(Shop.paidID))))
    }
}
