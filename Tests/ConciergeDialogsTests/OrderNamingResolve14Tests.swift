import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// Orders named the way buyers remember them, in the shapes this session taught the resolver: a day past a short list's
/// end, ordinals said as times, a payment just made, a price said with "paid", an order said to be someone else's in a
/// correction, titles that put their kind after the noun, items in what is dictated to the seller, "can" said as a verb,
/// the kind of thing said for its title ("the shoes" for sneakers).
@Suite struct OrderNamingResolve14Tests {
    static func order(_ id: OrderID, _ title: String, _ status: OrderStatus, cents: Int = 2000, placed: Date = TestData.ago(days: 5),
                      paidMinutesAgo: Double = 6000) -> Order {
        var order = TestData.order(status, id: id, paidMinutesAgo: paidMinutesAgo, title: title)
        order.items = [OrderItem(title: title, quantity: 1, price: Money(minorUnits: cents, currency: "USD"))]
        order.payment?.amount = Money(minorUnits: cents, currency: "USD")
        order.placedAt = placed
        return order
    }

    static let vase = order("7500000101", "Porcelain vase", .awaitingPayment, placed: TestData.ago(days: 1))
    static let cloth = order("7500000102", "Linen tablecloth", .awaitingPayment, placed: TestData.ago(days: 7))
    static let deskFan = order("7500000103", "Desk fan quiet", .awaitingShipment, cents: 3000)
    static let towerFan = order("7500000104", "Tower fan", .shipped, cents: 5500)
    static let shelf = order("7500000105", "Wall shelf oak", .paymentProcessing, cents: 4800, paidMinutesAgo: 2)
    static let hose = order("7500000106", "Garden hose 30m", .awaitingShipment)
    static let nozzle = order("7500000107", "Hose spray nozzle", .awaitingShipment)
    static let can = order("7500000108", "Watering can", .completed)
    static let sneakers = order("7500000109", "Trail running sneakers", .awaitingShipment)
    static let backpack = order("7500000110", "Kids school backpack", .shipped)
    static let orders = [vase, cloth, deskFan, towerFan, shelf, hose, nozzle, can, sneakers, backpack]

    private func resolve(_ text: String, listed: [OrderID] = []) -> OrderResolver.Mentions {
        OrderResolver(orders: Self.orders, lastListed: listed, sellers: [:], now: TestData.now).resolve(text, numbers: [])
    }

    @Test func aDayPastTheListsEndIsADay() {
        // The cloth was placed on the 13th; a list of two has no 13th place.
        #expect(resolve("the one from the 13th", listed: [Self.vase.id, Self.cloth.id]).meant == [Self.cloth.id])
        // A place the list has is still its place.
        #expect(resolve("the 2nd one", listed: [Self.vase.id, Self.cloth.id]).meant == [Self.cloth.id])
    }

    @Test(arguments: ["let me check my bank first", "hmm let me ask my flatmate first", "last time the box came bent, anyway"])
    func ordinalsSaidAsTimesPickNothing(text: String) {
        #expect(resolve(text, listed: [Self.vase.id, Self.cloth.id]).meant.isEmpty)
    }

    @Test(arguments: [("the first one", 0), ("second pls", 1), ("first", 0), ("the last", 1), ("ok the second", 1)])
    func ordinalsSaidAsPlacesPick(text: String, position: Int) {
        let listed = [Self.vase.id, Self.cloth.id]
        #expect(resolve(text, listed: listed).meant == [listed[position]])
    }

    @Test(arguments: ["the one i paid like a minute ago", "the one I just paid", "what i paid just now, is it ok?", "paid 2 minutes ago and nothing"])
    func aPaymentJustMadeNamesItsOrder(text: String) {
        #expect(resolve(text).meant == [Self.shelf.id])
    }

    @Test(arguments: ["the one i havent paid just now", "i paid for it 3 weeks ago"])
    func aPaymentNotJustMadeNamesNoOrderByItsTime(text: String) {
        #expect(!resolve(text).meant.contains(Self.shelf.id))
    }

    @Test func aPriceSaidWithPaidNamesTheOrder() {
        #expect(resolve("cancel the one i paid 55 for").meant == [Self.towerFan.id])
        #expect(resolve("the one that cost 48, where is it").meant == [Self.shelf.id])
    }

    @Test func someoneElsesOrderInACorrectionIsNotMeant() {
        let mentions = resolve("no sorry, the tower fan. the desk fan is for my brother")
        #expect(mentions.meant == [Self.towerFan.id])
        #expect(mentions.negative.contains(Self.deskFan.id))
        // Without a correction, whose the order is only tells about it.
        #expect(resolve("the desk fan is for my brother, cancel it").meant == [Self.deskFan.id])
    }

    @Test(arguments: [(["ceramic", "fan", "heater", "compact"], "heater"), (["bluetooth", "speaker", "mini"], "speaker"),
                      (["knit", "throw", "blanket", "grey"], "blanket"), (["wool", "scarf"], "scarf"), (["garden", "hose", "30m"], "hose"),
                      (["black"], "black")])
    func aTitlesNounIsFoundPastItsKindWords(tokens: [String], noun: String) {
        #expect(OrderResolver.titleNoun(tokens) == noun)
    }

    @Test func itemsInWhatIsDictatedAreTheMessage() {
        #expect(resolve("on the hose, tell them to put the nozzle in the same box").meant == [Self.hose.id])
        // Named only in what is dictated, the item is still the order meant.
        #expect(resolve("tell them to put the nozzle in the same box").meant == [Self.nozzle.id])
    }

    @Test(arguments: ["i hope you can help, where is my tower fan", "ask them if they can ship the tower fan"])
    func canSaidAsAVerbNamesNothing(text: String) {
        #expect(resolve(text).meant == [Self.towerFan.id])
    }

    @Test func canSaidAsANounNamesTheOrder() {
        #expect(resolve("where is the watering can").meant == [Self.can.id])
        #expect(resolve("the can i bought").meant == [Self.can.id])
    }

    @Test func aKindOfThingNamesTheOrdersOfThatKind() {
        #expect(resolve("cancel the shoes please").meant == [Self.sneakers.id])
        #expect(resolve("the bag", listed: [Self.backpack.id, Self.vase.id]).meant == [Self.backpack.id])
        // A title word said itself is matched as it is: "the fan" is no kind of anything here.
        #expect(Set(resolve("the fan").meant) == [Self.deskFan.id, Self.towerFan.id])
    }
}
