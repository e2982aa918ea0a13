import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// A title word that is an ordinary English word ("small", "clear", "fast") names its order only beside a distinctive
/// word of the same title or its noun: alone, in its ordinary sense, it picks nothing.
@Suite struct OrdinaryTitleWordTests {
    static let lampSmall = OrderResolverTests.order("7300000401", "Table lamp small", .awaitingShipment, cents: 2200, placed: "2026-11-18T08:00:00Z")
    static let lampBig = OrderResolverTests.order("7300000402", "Table lamp big", .awaitingShipment, cents: 3100, placed: "2026-11-17T08:00:00Z")
    static let caseClear = OrderResolverTests.order("7300000403", "Phone case clear", .awaitingPayment, cents: 900, placed: "2026-11-19T08:00:00Z")
    static let kettle = OrderResolverTests.order("7300000404", "Kettle fast", .awaitingPayment, cents: 2500, placed: "2026-11-16T08:00:00Z")
    static let blender = OrderResolverTests.order("7300000405", "Compact blender", .awaitingShipment, cents: 4000, placed: "2026-11-15T08:00:00Z")
    static let orders = [lampSmall, lampBig, caseClear, kettle, blender]

    private func meant(_ text: String) -> [OrderID] {
        OrderResolver(orders: Self.orders, lastListed: [], sellers: [:], now: OrderComparisonTests.now).resolve(text, numbers: []).meant
    }

    /// The orders other than the blender that a line's commands touch, with the blender's cancellation under way.
    private func others(_ line: String, expecting: ConciergeDialogs.Expectation) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .cancelOrder
        base.activeOrder = Self.blender.id
        base.lastOrderID = Self.blender.id
        base.expecting = expecting
        let context = Shop.conversation(base, orders: Self.orders)
        let reader = Reader.keywords([("cancel", "cancel_order", 0.9), ("how", "order_status", 0.6)])
        return reader.commands(line, context).filter { command in
            let text = "\(command)"
            return [Self.lampSmall, Self.lampBig, Self.caseClear, Self.kettle].contains { text.contains($0.id.rawValue) }
        }
    }

    @Test func anOrdinaryWordAloneNamesNoOrder() {
        #expect(meant("how fast will the money come back?").isEmpty)
        #expect(meant("is it clear what happens next").isEmpty)
        #expect(meant("a small problem with the courier").isEmpty)
        #expect(meant("the big question is when it ships").isEmpty)
    }

    @Test func atASummaryAnOrdinaryWordDoesNotSwitchTheOrder() {
        #expect(others("how fast will this go through?", expecting: .confirmation).isEmpty)
        #expect(others("is it clear that nothing ships after this?", expecting: .confirmation).isEmpty)
    }

    @Test func atAReasonPromptAnOrdinaryWordDoesNotSwitchTheOrder() {
        #expect(others("the courier here is never fast enough", expecting: .reason).isEmpty)
        #expect(others("a small change of plans on my side", expecting: .reason).isEmpty)
    }

    @Test func theNounOrADistinctiveWordStillPicksTheOrder() {
        #expect(meant("cancel the kettle") == [Self.kettle.id])
        #expect(meant("the phone case please") == [Self.caseClear.id])
        #expect(meant("cancel the small lamp") == [Self.lampSmall.id])
        #expect(meant("the big table lamp") == [Self.lampBig.id])
        #expect(meant("the lamp, the small one") == [Self.lampSmall.id])
        #expect(Set(meant("the lamp")) == [Self.lampSmall.id, Self.lampBig.id])
        // "the small one" names it by its word, as an answer to which of the lamps.
        #expect(meant("the small one") == [Self.lampSmall.id])
    }
}
