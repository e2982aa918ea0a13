import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Answers where an order is waited for: a pick that fits several listed orders is asked again, and a proposed order
/// is taken with a yes said at length (the summary still asks before anything changes).
@Suite struct OrderAnswerTests {
    static let socks = OrderNamedWhileWaitingTests.socks

    // MARK: - A pick that fits several listed orders

    @Test func aPickThatFitsTwoListedOrdersIsAskedAgainNotReadAsTheFirst() {
        let tableLamp = OrderResolverTests.order("6200000011", "Ceramic table lamp", .awaitingShipment, cents: 2310)
        let floorLamp = OrderResolverTests.order("6200000012", "Brass floor lamp", .awaitingShipment, cents: 5400)
        let orders = [tableLamp, floorLamp, Self.socks]
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [], slots: [])]], in: Shop.context(orders))
        let context = Shop.conversation(stack.conversationContext(), orders: orders)
        guard case .order(let list) = context.expecting else { Issue.record("no list: \(context.expecting)"); return }
        #expect(list.contains(tableLamp.id) && list.contains(floorLamp.id))
        let reader = Reader.always("cancel_order", 0.5)
        #expect(reader.commands("the lamp one", context) == [.notUnderstood(hint: nil)])
        #expect(reader.commands("the brass lamp", context) == [.setSlot(.order(floorLamp.id))])
        #expect(reader.commands("the lamp, not the floor one", context) == [.setSlot(.order(tableLamp.id))])
        // Read confidently as another request, the bare pick is still only asked again.
        #expect(Reader.always("open_dispute", 0.96).commands("the lamp", context) == [.notUnderstood(hint: nil)])
    }

    // MARK: - A correction to another order at a message's summary

    @Test func aCorrectionNamingAnotherOrderAtTheMessageSummaryMovesTheOrderNotTheWords() {
        let boots39 = OrderNamedWhileWaitingTests.boots39, boots41 = OrderNamedWhileWaitingTests.boots41
        let orders = [boots39, boots41, Self.socks]
        let stack = Shop.stack([[.startFlow(.messageSeller, orders: [boots39.id], slots: [.message("Could you ship the boots before Friday?")])]],
                               in: Shop.context(orders))
        let context = Shop.conversation(stack.conversationContext(), orders: orders)
        #expect(context.expecting == .confirmation)
        let commands = Reader.always("message_seller", 0.5).commands("oh no sorry, not the 39s, the size 41 pair", context)
        #expect(commands.first == .correctSlot(.order(boots41.id)))
        // Without another order named, "not X, Y" still edits the draft's words.
        let edit = Reader.always("message_seller", 0.5).commands("not friday, saturday", context)
        #expect(edit.contains { if case .setSlot(.messageEdit) = $0 { true } else { false } })
    }

    // MARK: - A proposed order taken with a yes said at length

    @Test func aYesSaidAtLengthTakesTheProposedOrder() {
        guard let proposing = proposalContext() else { return }
        let reader = Reader.always("thanks", 0.4)
        for line in ["Yes please, that is the one, it would be a real help", "yes that's it, the one my son helped me order in june"] {
            #expect(reader.commands(line, proposing) == [.confirm(true)], "\(line)")
        }
        for line in ["yes but the other one", "yes, or maybe the speaker?", "yes, wait, not that one", "ok and cancel the blender as well"] {
            #expect(reader.commands(line, proposing) != [.confirm(true)], "\(line)")
        }
    }

    /// A restore flow proposing the one deleted order it could mean.
    private func proposalContext() -> ConversationContext? {
        let deleted = TestData.order(.completed, id: "6200000013", title: "Birthday card pack")
        let flowContext = FlowContext(orders: Shop.all, deletedOrders: [deleted], sellers: Shop.sellers, now: TestData.now)
        let stack = Shop.stack([[.startFlow(.restoreOrder, orders: [], slots: [])]], in: flowContext)
        let context = Shop.conversation(stack.conversationContext())
        guard case .proposal = context.expecting else { Issue.record("no proposal: \(context.expecting)"); return nil }
        return context
    }
}
