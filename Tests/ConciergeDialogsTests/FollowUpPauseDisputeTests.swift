import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Three ways buyers talk that the classifier's label alone misplaces: a follow-up opened by an acknowledgement
/// ("ok and the fan?"), a pause where a value is asked ("hold on"), and a question about their own dispute
/// ("how is my dispute going?").
@Suite struct FollowUpPauseDisputeTests {
    static let disputedID: OrderID = "7300000007"
    static let disputed = TestData.order(.inDispute, id: disputedID, title: "Wicker basket")
    static let orders = Shop.all + [disputed]

    private func after(status order: OrderID) -> ConversationContext {
        var base = ConversationContext()
        base.lastGoal = .orderStatus
        base.lastOrderID = order
        return Shop.conversation(base, orders: Self.orders)
    }

    // MARK: An acknowledgement before a follow-up

    @Test func anAcknowledgedFollowUpAsksTheSameAboutTheOtherOrder() {
        // Read as a dispute by the classifier: nothing in the line but the acknowledgement and the order asks for one.
        let reader = Reader.always("open_dispute", 0.95)
        let context = after(status: Shop.shippedID)
        #expect(reader.commands("ok and the desk fan?", context) == [.startFlow(.orderStatus, orders: [Shop.frozenID], slots: [])])
        #expect(reader.commands("cool thanks, what about the garden hose", context) == [.startFlow(.orderStatus, orders: [Shop.completedID], slots: [])])
        #expect(reader.commands("got it. and the phone cover?", context) == [.startFlow(.orderStatus, orders: [Shop.deliveredID], slots: [])])
    }

    @Test func anAcknowledgedLineWithAVerbOfItsOwnIsARequest() {
        let reader = Reader.always("delete_order", 0.6)
        let context = after(status: Shop.shippedID)
        let commands = reader.commands("ok and the garden hose, delete that one", context)
        #expect(!commands.contains(.startFlow(.orderStatus, orders: [Shop.completedID], slots: [])))
    }

    @Test func cuttingTheAcknowledgementKeepsTheRest() {
        #expect(CommandGenerator.withoutAcknowledgement("ok and the lamp?") == "and the lamp")
        #expect(CommandGenerator.withoutAcknowledgement("thank you. what about the fan") == "what about the fan")
        #expect(CommandGenerator.withoutAcknowledgement("ok") == "ok")
        #expect(CommandGenerator.withoutAcknowledgement("it is broken") == "it is broken")
    }

    // MARK: A pause where a value is asked

    private func asking(_ expecting: ConciergeDialogs.Expectation, _ goal: DialogGoal) -> ConversationContext {
        var base = ConversationContext()
        base.activeGoal = goal
        base.activeOrder = Shop.paidID
        base.lastOrderID = Shop.paidID
        base.expecting = expecting
        return Shop.conversation(base, orders: Self.orders)
    }

    @Test func aPauseIsNotTheMessage() {
        let reader = Reader.always("out_of_scope", 0.4)
        let context = asking(.message, .messageSeller)
        #expect(reader.commands("wait", context) == [.repeatQuestion])
        #expect(reader.commands("hold on a sec", context) == [.repeatQuestion])
        #expect(reader.commands("hmm let me think", context) == [.repeatQuestion])
    }

    @Test func aPauseIsNotADescription() {
        let reader = Reader.always("out_of_scope", 0.4)
        #expect(reader.commands("one moment please", asking(.description, .openDispute)) == [.repeatQuestion])
    }

    @Test func aMessageAboutWaitingIsStillTheMessage() {
        let reader = Reader.always("out_of_scope", 0.4)
        let commands = reader.commands("please wait for the new stock and ship both together", asking(.message, .messageSeller))
        #expect(!commands.contains(.repeatQuestion))
        #expect(commands.contains { if case .setSlot(.message) = $0 { true } else { false } })
    }

    // MARK: The buyer's own dispute

    private func disputeQuestion(_ text: String, last: OrderID? = nil, orders: [Order] = orders) -> [DialogueCommand] {
        var base = ConversationContext()
        base.lastOrderID = last
        let context = Shop.conversation(base, orders: orders, topics: ["dispute_timeline", "refund_timing"])
        return Reader.always("dispute_timeline", 0.9).commands(text, context)
    }

    @Test func aQuestionAboutMyDisputeIsThatOrdersStatus() {
        #expect(disputeQuestion("how is my dispute going?") == [.startFlow(.orderStatus, orders: [Self.disputedID], slots: [])])
        #expect(disputeQuestion("any news on the dispute") == [.startFlow(.orderStatus, orders: [Self.disputedID], slots: [])])
        #expect(disputeQuestion("what's happening with the dispute for the wicker basket")
                == [.startFlow(.orderStatus, orders: [Self.disputedID], slots: [])])
    }

    @Test func aQuestionAboutDisputesInGeneralIsTheWrittenAnswer() {
        #expect(disputeQuestion("how long does a dispute take?") == [.answer(topic: "dispute_timeline", order: nil)])
        // Two orders in dispute and none in focus: which one is not guessed.
        var second = TestData.order(.inDispute, id: "7300000008", title: "Rattan lamp")
        second.buyerID = Self.disputed.buyerID
        let answer = disputeQuestion("how is my dispute going?", orders: Self.orders + [second])
        #expect(answer == [.answer(topic: "dispute_timeline", order: nil)])
    }

    // MARK: A refusal names its order

    @Test func anOpenDisputeRefusalNamesTheOrder() {
        let text = Refusal.disputeAlreadyOpen.reason(about: Self.disputed)
        #expect(text.hasPrefix("Order #\(Self.disputedID) (Wicker basket)"))
    }
}

/// Questions about how disputes work, or where to file one, are not about the buyer's own case.
extension FollowUpPauseDisputeTests {
    @Test func howDisputesWorkIsNotTheOpenDisputesStatus() {
        for text in ["how is the dispute decided?", "what happens if the dispute is decided for the seller?",
                     "what is the dispute process, where do i go?", "where can i read the dispute rules?"] {
            #expect(!disputeQuestion(text).contains(.startFlow(.orderStatus, orders: [Self.disputedID], slots: [])), "\(text)")
        }
        // Still the buyer's own case.
        #expect(disputeQuestion("when will the dispute be decided?") == [.startFlow(.orderStatus, orders: [Self.disputedID], slots: [])])
        #expect(disputeQuestion("what was the result of my dispute?") == [.startFlow(.orderStatus, orders: [Self.disputedID], slots: [])])
    }

    @Test func whereToSubmitACaseIsNoStatus() {
        var base = ConversationContext()
        base.lastOrderID = Self.disputedID
        let context = Shop.conversation(base, orders: Self.orders, topics: ["dispute_timeline", "refund_timing"])
        let commands = Reader.always("open_dispute", 0.9).commands("where do i submit the case?", context)
        #expect(!commands.contains(.startFlow(.orderStatus, orders: [Self.disputedID], slots: [])))
    }
}
