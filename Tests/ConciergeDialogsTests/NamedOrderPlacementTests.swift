import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Where the orders a line names decide its reading, whatever the classifier made of it: a question naming one order
/// asks about that order; at a prompt for the buyer's own text, an action asked about another order is a request.
@Suite struct NamedOrderPlacementTests {
    private let unread = Reader { _ in nil }

    private func starts(_ commands: [DialogueCommand], _ goal: DialogGoal, _ order: OrderID) -> Bool {
        commands.contains { if case .startFlow(goal, let orders, _) = $0 { orders == [order] } else { false } }
    }

    // MARK: - A question naming one order

    @Test func anUnreadQuestionNamingOneOrderAsksItsStatus() {
        let idle = Shop.conversation()
        #expect(unread.commands("is my compact blender doing alright?", idle) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        #expect(unread.commands("whats going on with the desk fan", idle) == [.startFlow(.orderStatus, orders: [Shop.frozenID], slots: [])])
        // About its money: the refund.
        #expect(unread.commands("did the money for the garden hose ever come back?", idle)
                == [.startFlow(.refundStatus, orders: [Shop.completedID], slots: [])])
    }

    @Test func aQuestionAskingAnActionOrNamingNoneOrTwoOrdersIsNotAStatusQuestion() {
        let idle = Shop.conversation()
        #expect(!starts(unread.commands("is the weather nice over there?", idle), .orderStatus, Shop.shippedID))
        #expect(unread.commands("is the weather nice over there?", idle).allSatisfy { if case .startFlow = $0 { false } else { true } })
        let two = unread.commands("is the phone cover or the blender fine?", idle)
        #expect(two.allSatisfy { if case .startFlow(.orderStatus, let orders, _) = $0 { orders.count != 1 } else { true } })
        #expect(!starts(unread.commands("can you delete the garden hose?", idle), .orderStatus, Shop.completedID))
    }

    @Test func smallTalkAskingAboutANamedOrderIsAboutThatOrderNotTheLastOne() {
        let answered = Shop.stack([[.startFlow(.orderStatus, orders: [Shop.completedID], slots: [])]])
        let context = Shop.conversation(answered.conversationContext())
        #expect(context.lastOrderID == Shop.completedID)
        let asGreeting = Reader.always("greet", 0.5)
        #expect(asGreeting.commands("ok so whats happening with the desk fan these days", context)
                == [.startFlow(.orderStatus, orders: [Shop.frozenID], slots: [])])
    }

    // MARK: - An action about another order where the buyer's own text is asked

    private var messagePrompt: ConversationContext {
        let stack = Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func anActionAboutAnotherOrderAtTheMessagePromptIsARequest() {
        #expect(messagePrompt.expecting == .message)
        let asThanks = Reader.always("thanks", 0.4)
        #expect(starts(asThanks.commands("wait, delete the garden hose order instead, ill write later", messagePrompt), .deleteOrder, Shop.completedID))
        #expect(starts(asThanks.commands("and the table lamp, cancel that one", messagePrompt), .cancelOrder, Shop.unpaidID))
        #expect(starts(asThanks.commands("oh ok and the garden hose, delete it please", messagePrompt), .deleteOrder, Shop.completedID))
    }

    @Test func anActionForTheSellerAboutAnotherOrderWithoutATurnIsTheMessage() {
        let asThanks = Reader.always("thanks", 0.4)
        // Sellers are asked to do things in messages: without a turn to the assistant, the line is the text.
        let commands = asThanks.commands("hi there, please remove the garden hose from my account, i moved house", messagePrompt)
        #expect(commands.allSatisfy { if case .startFlow = $0 { false } else { true } })
        #expect(commands.contains { if case .setSlot(.message) = $0 { true } else { false } })
    }

    @Test func anotherOrderNamedInTheMessageWithoutAnActionIsTheMessage() {
        let asThanks = Reader.always("thanks", 0.4)
        let commands = asThanks.commands("the blender came from you too, could you pack them together", messagePrompt)
        #expect(commands.allSatisfy { if case .startFlow = $0 { false } else { true } })
        #expect(commands.contains { if case .setSlot(.message) = $0 { true } else { false } })
    }

    // MARK: - A question about another order at a summary

    @Test func aQuestionOfItsOwnAboutAnotherOrderAtASummaryAsksItsStatusAndMovesNothing() {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])]])
        let summary = Shop.conversation(stack.conversationContext())
        #expect(summary.expecting == .confirmation)
        let asStatus = Reader.always("order_status", 0.5)
        #expect(asStatus.commands("how long will the compact blender take to arrive?", summary)
                == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        #expect(asStatus.commands("any news on the desk fan by the way?", summary)
                == [.startFlow(.orderStatus, orders: [Shop.frozenID], slots: [])])
        // A bare naming or a correction still moves the request to that order.
        #expect(asStatus.commands("no wait, i meant the blender", summary).contains(.correctSlot(.order(Shop.shippedID))))
        #expect(asStatus.commands("what about the blender?", summary).contains(.correctSlot(.order(Shop.shippedID))))
    }
}
