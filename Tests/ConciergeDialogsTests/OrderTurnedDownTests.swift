import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Class 1 without the right order in the same line: "no, not the blanket" at its summary asks which order instead
/// (the request stays), and "the lamp then" right after a request ended is that request again for the lamp.
@Suite struct OrderTurnedDownTests {
    static let cancelled = TestData.order(.cancelled, id: "7300000009", title: "Rattan basket")
    static let orders = Shop.all + [cancelled]

    private func atSummary(of goal: DialogGoal, _ order: OrderID, _ text: String, reader: Reader) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = goal
        base.activeOrder = order
        base.lastOrderID = order
        base.expecting = .confirmation
        return reader.commands(text, Shop.conversation(base, orders: Self.orders))
    }

    @Test func notTheOrderAtItsSummaryAsksAgainWithoutIt() {
        // Read as a dispute by the classifier; the line only turns the order down.
        let commands = atSummary(of: .deleteOrder, Shop.completedID, "hmm no not the garden hose", reader: Reader.always("open_dispute", 0.95))
        #expect(commands.first == .cancelFlow)
        guard case .startFlow(.deleteOrder, let orders, _)? = commands.dropFirst().first else {
            Issue.record("no delete request on other orders: \(commands)")
            return
        }
        #expect(!orders.contains(Shop.completedID))
        // The only other order that can be deleted is not assumed: the request starts without an order, so the buyer picks.
        #expect(orders.isEmpty)
    }

    @Test func aCorrectionNamingTheRightOrderIsNotTurnedDown() {
        let commands = atSummary(of: .deleteOrder, Shop.completedID, "no not the garden hose, the rattan basket", reader: Reader.always("delete_order", 0.9))
        #expect(!commands.contains(.cancelFlow))
        #expect(commands.contains(.correctSlot(.order(Self.cancelled.id))) || commands.contains(.setSlot(.order(Self.cancelled.id))))
    }

    private func afterRequest(_ goal: DialogGoal, on order: OrderID, _ text: String) -> [DialogueCommand] {
        var base = ConversationContext()
        base.lastGoal = goal
        base.lastOrderID = order
        base.hasRefusal = true
        return Reader.always("out_of_scope", 0.5).commands(text, Shop.conversation(base, orders: Self.orders))
    }

    @Test func theOtherOrderThenIsTheSameRequest() {
        #expect(afterRequest(.deleteOrder, on: Shop.deliveredID, "ok then the rattan basket after all")
                == [.startFlow(.deleteOrder, orders: [Self.cancelled.id], slots: [])])
        #expect(afterRequest(.cancelOrder, on: Shop.shippedID, "oh i meant the portable speaker not the blender")
                == [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
    }

    @Test func aQuestionOrAStatusIsNotRepeatedAsAnAction() {
        #expect(afterRequest(.cancelOrder, on: Shop.shippedID, "and the portable speaker then?")
                != [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
        #expect(afterRequest(.orderStatus, on: Shop.shippedID, "the portable speaker then")
                .allSatisfy { if case .startFlow(.cancelOrder, _, _) = $0 { false } else { true } })
    }
}

/// Only a bare correction turns an order down; a reason, a message text, a decline or "the lamp is fine then" keep their
/// readings.
extension OrderTurnedDownTests {
    private func asking(_ expecting: ConciergeDialogs.Expectation, _ goal: DialogGoal, _ order: OrderID, _ text: String, reader: Reader) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = goal
        base.activeOrder = order
        base.lastOrderID = order
        base.expecting = expecting
        return reader.commands(text, Shop.conversation(base, orders: Self.orders))
    }

    private func startsOnOtherOrders(_ commands: [DialogueCommand], _ goal: DialogGoal) -> Bool {
        commands.contains(.cancelFlow) && commands.contains { if case .startFlow(goal, _, _) = $0 { true } else { false } }
    }

    @Test func aLineThatSaysMoreThanNotTheOrderIsNoTurnDown() {
        let reader = Reader.always("out_of_scope", 0.5)
        // A reason, a message text, a decline, a reason after the order's name: none starts the request on other orders.
        for (expecting, goal, order, text) in [
            (ConciergeDialogs.Expectation.confirmation, DialogGoal.deleteOrder, Shop.completedID, "not the garden hose it is still useful"),
            (.reason, .cancelOrder, Shop.paidID, "not happy with the portable speaker reviews"),
            (.reason, .cancelOrder, Shop.paidID, "not using the portable speaker after all"),
            (.message, .messageSeller, Shop.shippedID, "do not leave the blender at the door"),
            (.confirmation, .cancelOrder, Shop.paidID, "no leave the portable speaker alone"),
            (.confirmation, .cancelOrder, Shop.paidID, "not the portable speaker yet, maybe tomorrow"),
            (.confirmation, .cancelOrder, Shop.paidID, "no, not the portable speaker, it is fine"),
        ] {
            #expect(!startsOnOtherOrders(asking(expecting, goal, order, text, reader: reader), goal), "\(text)")
        }
    }

    @Test func aBareTurnDownStillAsksWhichOrder() {
        let commands = asking(.confirmation, .cancelOrder, Shop.paidID, "nah not the portable speaker", reader: Reader.always("cancel_order", 0.9))
        #expect(commands.first == .cancelFlow)
        #expect(commands.allSatisfy { if case .startFlow(_, let orders, _) = $0 { !orders.contains(Shop.paidID) && orders.count != 1 } else { true } })
        #expect(CommandGenerator.isBareTurnDown(Words("hmm wait, not this one the speaker"), orderWords: ["portable", "speaker"]))
        #expect(!CommandGenerator.isBareTurnDown(Words("the speaker, not the lamp"), orderWords: ["portable", "speaker"]))
    }

    @Test func anOrderSaidToBeFineStartsNothing() {
        for text in ["ok the portable speaker is fine then", "great, the portable speaker is fine then, thanks",
                     "ok so that was the compact blender then, thanks"] {
            #expect(afterRequest(.cancelOrder, on: Shop.unpaidID, text)
                    .allSatisfy { if case .startFlow(.cancelOrder, _, _) = $0 { false } else { true } }, "\(text)")
        }
        #expect(afterRequest(.cancelOrder, on: Shop.unpaidID, "ok then the portable speaker after all")
                == [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
    }
}
