import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Orders told apart by comparing them, where their names leave several open: by price, by age, by the day placed.
@Suite struct OrderComparisonTests {
    static let now = OrderResolverTests.day("2026-11-20T12:00:00Z")
    static let kettleSmall = OrderResolverTests.order("7300000301", "Travel kettle 0.5L", .awaitingShipment, cents: 1950, placed: "2026-11-19T08:00:00Z")
    static let kettleLarge = OrderResolverTests.order("7300000302", "Glass kettle 1.7L", .awaitingShipment, cents: 3400, placed: "2026-11-12T08:00:00Z")
    static let towelA = OrderResolverTests.order("7300000303", "Bath towel white", .awaitingPayment, cents: 900, placed: "2026-11-20T07:30:00Z")
    static let towelB = OrderResolverTests.order("7300000304", "Bath towel blue", .awaitingPayment, cents: 900, placed: "2026-11-02T07:30:00Z")
    static let orders = [kettleSmall, kettleLarge, towelA, towelB]

    private func meant(_ text: String, listed: [OrderID] = []) -> [OrderID] {
        OrderResolver(orders: Self.orders, lastListed: listed, sellers: [:], now: Self.now).resolve(text, numbers: []).meant
    }

    @Test func aWordOfPriceComparisonPicksTheOrderAtThatEnd() {
        #expect(meant("cancel the cheaper kettle") == [Self.kettleSmall.id])
        #expect(meant("where is the more expensive kettle") == [Self.kettleLarge.id])
        #expect(meant("the pricier kettle please") == [Self.kettleLarge.id])
        // A tie picks neither.
        #expect(Set(meant("cancel the cheaper towel")) == [Self.towelA.id, Self.towelB.id])
    }

    @Test func aWordOfAgeOrADayRelativeToNowPicksThatOrder() {
        #expect(meant("the kettle i ordered yesterday") == [Self.kettleSmall.id])
        #expect(meant("the towel i bought this morning") == [Self.towelA.id])
        #expect(meant("the older towel") == [Self.towelB.id])
        #expect(meant("the newer kettle") == [Self.kettleSmall.id])
        // No order of that day: the name stays open.
        #expect(Set(meant("the towel from yesterday")) == [Self.towelA.id, Self.towelB.id])
    }

    @Test func aPriceSuperlativeWithOneComparesTheListShown() {
        #expect(meant("the cheapest one", listed: [Self.kettleSmall.id, Self.kettleLarge.id]) == [Self.kettleSmall.id])
        #expect(meant("the most expensive one") == [Self.kettleLarge.id])
        // Without "one" or an item, no order is named.
        #expect(meant("is it cheaper to wait?").isEmpty)
    }

    @Test func aComparisonNegatedOrTakenBackInTheSameLinePicksNothing() {
        let both: Set<OrderID> = [Self.kettleSmall.id, Self.kettleLarge.id]
        #expect(Set(meant("cancel the kettle but not the cheaper one")) == both)
        #expect(Set(meant("the cheaper kettle, sorry no, the dearer one")) == both)
        // A correction on a line of its own still picks.
        #expect(meant("no wait, the pricier kettle") == [Self.kettleLarge.id])
    }

    @Test func aComparisonSaidOfSomethingElseThanTheNamePicksNothing() {
        let both: Set<OrderID> = [Self.kettleSmall.id, Self.kettleLarge.id]
        // A reason, a delivery day, a person: not a pick of an order.
        #expect(Set(meant("i saw the kettle cheaper at the market, cancel my kettle")) == both)
        #expect(Set(meant("my kettle came yesterday and it leaks")) == both)
        #expect(Set(meant("the kettle for my older neighbour")) == both)
        #expect(Set(meant("the cheap handle of my kettle snapped")) == both)
        #expect(Set(meant("the kettle was dearer than at the market, where is it")) == both)
        // Said of the name, before or after it, it still picks.
        #expect(meant("the kettle that was cheaper") == [Self.kettleSmall.id])
        #expect(meant("the kettle, the newer one") == [Self.kettleSmall.id])
    }

    @Test func aComparisonNarrowsOnlyTheNameItIsSaidOf() {
        let resolved = OrderResolver(orders: Self.orders, lastListed: [], sellers: [:], now: Self.now)
            .resolve("cancel the older towel and the kettle", numbers: [])
        #expect(resolved.positive.contains([Self.towelB.id]))
        #expect(resolved.positive.contains { Set($0) == [Self.kettleSmall.id, Self.kettleLarge.id] })
    }

    @Test func aShownListsPositionWinsOverFirstOne() {
        // The list showed the small kettle first; by date the large one is the older: the list's first one is not it.
        let listed = [Self.kettleSmall.id, Self.kettleLarge.id]
        #expect(meant("the kettle, the first one", listed: listed) != [Self.kettleLarge.id])
    }

    @Test func theWordsThatPickTheOrderAreNoReason() {
        // The reader takes "cheaper" for a reason (a cheaper offer elsewhere); said of the kettle, it only picks it.
        var reasoned = Entities()
        reasoned.cancellationReason = .noLongerNeeded
        let reader = Reader.with(reasoned)
        let context = Shop.conversation(orders: Self.orders)
        let reasons: (String) -> [SlotValue] = { line in
            reader.commands(line, context).flatMap { command -> [SlotValue] in
                if case .startFlow(.cancelOrder, [Self.kettleSmall.id], let slots) = command { slots } else { [] }
            }
        }
        #expect(reader.commands("cancel the cheaper kettle", context).contains {
            if case .startFlow(.cancelOrder, [Self.kettleSmall.id], _) = $0 { true } else { false } })
        #expect(reasons("cancel the cheaper kettle").isEmpty)
        // A reason said besides is still the reason.
        #expect(reasons("cancel the cheaper kettle, i dont need it anymore") == [.cancellationReason(.noLongerNeeded, note: nil)])
    }
}

