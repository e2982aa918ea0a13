import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// Orders named the way buyers remember them: by an amount in any currency, by whether they were paid, by a day without
/// its month, by the kind of shop; not by a material said of another thing, nor un-named by "not" said of them again.
@Suite struct OrderNamingTests {
    static let stove = OrderResolverTests.order("5100000001", "Camping stove", .awaitingShipment, cents: 6140, seller: "S7")
    static let rug = OrderResolverTests.order("5100000002", "Bath rug", .awaitingPayment, cents: 1890, seller: "S7")
    static let kettle = OrderResolverTests.order("5100000003", "Travel kettle", .shipped, cents: 2750, seller: "S7")
    static let bowl = OrderResolverTests.order("5100000004", "Glass salad bowl", .delivered, cents: 3300, seller: "S8")
    static let thermos = OrderResolverTests.order("5100000005", "Steel thermos", .delivered, cents: 2200, seller: "S8")
    static let orders = [stove, rug, kettle, bowl, thermos]
    static let sellers: [SellerID: Seller] = [
        "S7": Seller(id: "S7", name: "Pinecone Outfitters", handlingDays: 4),
        "S8": Seller(id: "S8", name: "Kitchen Corner", handlingDays: 2),
    ]

    private func meant(_ text: String) -> [OrderID] {
        OrderResolver(orders: Self.orders, lastListed: [], sellers: Self.sellers).resolve(text, numbers: []).meant
    }

    // MARK: - Price

    @Test(arguments: ["the order of 61.40 pls cancel", "61,40 reais the one i want to cancel", "cancel BRL 61.40", "the 61 reais one"])
    func anAmountToTheCentOrInAnyCurrencyNamesTheOrder(text: String) {
        #expect(meant(text) == [Self.stove.id])
    }

    @Test func moneyAskedForIsNoOrdersPrice() {
        #expect(meant("please give me 61.40 back") == [])
        #expect(meant("i want a refund of 61.40") == [])
    }

    // MARK: - Paid or not

    @Test(arguments: ["the order from pinecone that i still not pay", "pinecone outfitters, the one i no pay yet", "from pinecone, not payed"])
    func aSellersUnpaidOrderIsNamedInAnyGrammar(text: String) {
        #expect(meant(text) == [Self.rug.id])
    }

    @Test func paidButNotSentFitsOnlyThePaidOrderNotShipped() {
        #expect(meant("my pinecone outfitters order, the one i paid for that hasnt been sent") == [Self.stove.id])
    }

    @Test func anUnpaidOrderIsNamedByPaymentAlone() {
        #expect(meant("cancel the one i still not pay") == [Self.rug.id])
        // Paying said of nothing ("how can I pay?") names nothing.
        #expect(meant("how can i pay") == [])
    }

    // MARK: - A material said of a part

    @Test func aMaterialSaidOfAnotherThingDoesNotNameTheOrder() {
        #expect(meant("the glass lid is cracked") == [])
        #expect(meant("the steel cap came off") == [])
        #expect(meant("the glass bowl is cracked") == [Self.bowl.id])
        #expect(meant("the glass one is cracked") == [Self.bowl.id])
        #expect(meant("the glass, it is cracked") == [Self.bowl.id])
    }

    // MARK: - Said "not" of again, days without a month, a shop by what it sells

    @Test func theOrderNamedThenSaidNotOfAgainIsDescribedNotUnnamed() {
        #expect(meant("the camping stove came but inside was a gas lamp, not the camping stove from the photos") == [Self.stove.id])
        #expect(meant("they sent a gas stove instead of the camping stove") == [Self.stove.id])
        // A correction to another order still un-names it.
        #expect(meant("cancel the stove, no wait, not the stove, the bath rug") == [Self.rug.id])
        // Keeping it is no description: the order kept is not the one meant.
        #expect(meant("is the stove fine? i still want the stove") == [])
    }

    @Test func aCorrectionSaidWithTheNotUnnamesTheOrderEvenWithNoOtherNamed() {
        #expect(meant("cancel the stove, not the stove i mean the other one") == [])
        #expect(meant("cancel the stove. hmm, not the stove, maybe the other one") == [])
        #expect(meant("cancel the stove, oh no, not the stove") == [])
        // Said of the listing, it still describes the order.
        #expect(meant("cancel the stove, not the stove from the photos, the real one") == [Self.stove.id])
    }

    @Test func anOrdinalCountingAListIsNoDayOfTheMonth() {
        let now = OrderResolverTests.day("2026-11-03T12:00:00Z")
        let first = Self.placed("5400000001", "Desk fan", .awaitingPayment, "2026-11-01T09:00:00Z")
        let second = Self.placed("5400000002", "Yoga mat", .awaitingPayment, "2026-11-02T09:00:00Z")
        let third = Self.placed("5400000003", "Chess set", .awaitingShipment, "2026-10-20T09:00:00Z")
        let alone = OrderResolver(orders: [first, second, third], lastListed: [], sellers: [:], now: now)
        #expect(alone.resolve("cancel the 2nd one", numbers: []).meant == [])
        #expect(alone.resolve("cancel the 2nd order", numbers: []).meant == [])
        #expect(alone.resolve("pls cancel the 2nd one i ordered", numbers: []).meant == [])
        #expect(alone.resolve("cancel what i ordered on the 2nd", numbers: []).meant == [second.id])
        // With a list shown, the ordinal is the list's position, whatever was placed on that day.
        let listed = OrderResolver(orders: [first, second, third], lastListed: [third.id, second.id, first.id], sellers: [:], now: now)
        #expect(listed.resolve("cancel the 1st one", numbers: []).meant == [third.id])
    }

    static func placed(_ id: OrderID, _ title: String, _ status: OrderStatus, _ day: String, seller: SellerID = "S7", delivered: String? = nil) -> Order {
        var order = OrderResolverTests.order(id, title, status, seller: seller, placed: day)
        order.deliveredAt = delivered.map(OrderResolverTests.day)
        return order
    }
    static let dated = [
        placed("5200000001", "Poetry book", .awaitingShipment, "2026-11-17T10:00:00Z"),
        placed("5200000002", "Reading glasses", .delivered, "2026-11-09T10:00:00Z", seller: "S9", delivered: "2026-11-16T10:00:00Z"),
        placed("5200000003", "Table clock", .awaitingShipment, "2026-10-28T10:00:00Z", seller: "S9"),
    ]
    private func meantOnDays(_ text: String) -> [OrderID] {
        let sellers = Self.sellers.merging(["S9": Seller(id: "S9", name: "Evertide Books", handlingDays: 3)]) { a, _ in a }
        return OrderResolver(orders: Self.dated, lastListed: [], sellers: sellers, now: OrderResolverTests.day("2026-11-20T12:00:00Z"))
            .resolve(text, numbers: []).meant
    }

    @Test func aDayWithoutItsMonthCountsBackFromTheClock() {
        #expect(meantOnDays("message the seller of what i ordered on the 17th") == ["5200000001"])
        // The 28th is still to come this month: last month's.
        #expect(meantOnDays("the thing i bought on the 28th") == ["5200000003"])
        #expect(meantOnDays("the one i ordered last tuesday") == ["5200000001"])
        #expect(meantOnDays("the parcel that arrived on monday") == ["5200000002"])
        #expect(meantOnDays("the one i ordered yesterday") == [])
        #expect(OrderResolver(orders: Self.dated, lastListed: [], sellers: [:], now: OrderResolverTests.day("2026-11-17T18:00:00Z"))
            .resolve("the thing i ordered this morning", numbers: []).meant == ["5200000001"])
        // A day the buyer needs something by names nothing.
        #expect(meantOnDays("i need it by monday") == [])
    }

    @Test func twoOrdersOfOneNameToldApartByWhenTheyWereBought() {
        let socks = [Self.placed("5300000001", "Wool socks", .awaitingShipment, "2026-11-17T10:00:00Z"),
                     Self.placed("5300000002", "Wool socks", .awaitingShipment, "2026-11-19T10:00:00Z")]
        let resolver = OrderResolver(orders: socks, lastListed: [], sellers: [:], now: OrderResolverTests.day("2026-11-20T12:00:00Z"))
        #expect(resolver.resolve("cancel the socks i bought first", numbers: []).meant == ["5300000001"])
        #expect(resolver.resolve("the socks i ordered later", numbers: []).meant == ["5300000002"])
        #expect(resolver.resolve("my socks from tuesday", numbers: []).meant == ["5300000001"])
        // "last week" is a time: both pairs were bought then.
        #expect(Set(resolver.resolve("the socks i ordered last week", numbers: []).meant) == ["5300000001", "5300000002"])
    }

    @Test func aShopNamedByWhatItSellsIsTheSellerNotAnItem() {
        #expect(Set(meantOnDays("the parcel from the book shop")) == ["5200000002", "5200000003"])
        #expect(meantOnDays("the parcel from the book shop that came on monday") == ["5200000002"])
        #expect(meantOnDays("the poetry book") == ["5200000001"])
        // A shop whose own item has the word: the item (what the buyer was talking about) stays named alone.
        let own = OrderResolver(orders: [Self.dated[1], Self.placed("5200000004", "Garden book", .awaitingShipment, "2026-11-18T10:00:00Z", seller: "S9")],
                                lastListed: [], sellers: ["S9": Seller(id: "S9", name: "Evertide Books", handlingDays: 3)], now: nil)
        #expect(own.resolve("send it to the book shop", numbers: []).meant == ["5200000004"])
    }
}
