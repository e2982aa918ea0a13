import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
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
}
