import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// Which orders a line names, the way buyers remember them.
@Suite struct OrderResolverTests {
    static func day(_ iso: String) -> Date { DateText.parseISO8601(iso) ?? Date(timeIntervalSince1970: 0) }

    static func order(_ id: OrderID, _ title: String, _ status: OrderStatus, cents: Int = 2310, seller: SellerID = "S1",
                      placed: String = "2026-09-20T10:00:00Z") -> Order {
        var order = TestData.order(status, id: id, title: title)
        order.items = [OrderItem(title: title, quantity: 1, price: Money(minorUnits: cents, currency: "USD"))]
        order.payment?.amount = Money(minorUnits: cents, currency: "USD")
        order.sellerID = seller
        order.placedAt = day(placed)
        return order
    }

    static let blender: Order = {
        var blender = Self.order("7300000011", "Compact blender 600W", .shipped)
        blender.shippedAt = day("2026-10-03T09:00:00Z")
        blender.tracking = "CX448120931GB"
        return blender
    }()
    static let tableLamp = order("7300000012", "Ceramic table lamp", .awaitingShipment, cents: 5600, seller: "S2")
    static let deskLamp = order("7300000013", "LED desk lamp", .awaitingPayment)
    static let speaker = order("7300000014", "Portable speaker", .awaitingShipment)
    static let cover = order("7300000015", "Silicone phone cover", .delivered)
    static let fan = order("7300000016", "Desk fan", .frozen)
    static let scarf = order("7300000017", "Wool scarf", .awaitingPayment, cents: 1400, placed: "2026-11-01T15:00:00Z")
    static let orders = [blender, tableLamp, deskLamp, speaker, cover, fan, scarf]
    static let sellers: [SellerID: Seller] = [
        "S1": Seller(id: "S1", name: "Harbor Gadgets", handlingDays: 5),
        "S2": Seller(id: "S2", name: "Lumen Home", handlingDays: 3),
    ]

    private func resolve(_ text: String, numbers: [OrderID] = [], listed: [OrderID] = []) -> OrderResolver.Mentions {
        OrderResolver(orders: Self.orders, lastListed: listed, sellers: Self.sellers).resolve(text, numbers: numbers)
    }

    @Test(arguments: [
        "the blender was sent on 3 october, three weeks now",
        "it was sent on 3 october and the blender still isn't here",
        "3 weeks ago, on october 3rd, the blender shipped",
        "my blender, 2 weeks and nothing",
    ])
    func itemWordsAnywhereAmongDatesAndDurations(text: String) {
        // A list was shown, so a stray number could be mistaken for a position: it must not be.
        let mentions = resolve(text, listed: [Self.speaker.id, Self.cover.id, Self.fan.id])
        #expect(mentions.meant == [Self.blender.id])
    }

    @Test func notTheXTheY() {
        let mentions = resolve("not the speaker, the phone cover")
        #expect(mentions.meant == [Self.cover.id])
        #expect(mentions.negative == [Self.speaker.id])
    }

    @Test func aCorrectionDropsWhatCameBeforeAndStillWantKeepsItOut() {
        let mentions = resolve("cancel the speaker... wait no, the phone cover, I still want the speaker")
        #expect(mentions.meant == [Self.cover.id])
        #expect(mentions.negative.contains(Self.speaker.id))
    }

    @Test func keepingOneAndCancellingAnother() {
        #expect(resolve("keep the speaker and cancel the scarf").meant == [Self.scarf.id])
    }

    @Test func aPriceNamesTheOrderOfThatAmount() {
        #expect(resolve("the 56 dollar one").meant == [Self.tableLamp.id])
        #expect(resolve("cancel the $56 order").meant == [Self.tableLamp.id])
        #expect(resolve("the 56.00 one").meant == [Self.tableLamp.id])
    }

    @Test func aPriceNarrowsAnItemNamedByTwoOrders() {
        #expect(Set(resolve("the lamp").meant) == [Self.tableLamp.id, Self.deskLamp.id])
        #expect(resolve("the 56 dollar lamp").meant == [Self.tableLamp.id])
    }

    @Test func aDurationIsNotAPrice() {
        // The scarf costs 14.00: "14 days" is a wait, not the scarf.
        #expect(resolve("I've been waiting for 14 days").meant.isEmpty)
        #expect(resolve("the 14 dollar one").meant == [Self.scarf.id])
    }

    @Test func aStatusNamesTheOrdersInIt() {
        #expect(resolve("the frozen one").meant == [Self.fan.id])
        #expect(resolve("my unpaid orders").meant == [Self.deskLamp.id, Self.scarf.id])
        // A status word that does not point at an order is not a mention.
        #expect(resolve("why is it frozen").meant.isEmpty)
    }

    @Test func aDayNamesTheOrderPlacedOrSentThatDay() {
        #expect(resolve("the one from 1 November").meant == [Self.scarf.id])
        #expect(resolve("the one I ordered on november 1st").meant == [Self.scarf.id])
        #expect(resolve("the one sent on 3 october").meant == [Self.blender.id])
    }

    @Test func aDateIsNotAListPositionEvenWhenAListWasShown() {
        let listed = [Self.speaker.id, Self.cover.id, Self.fan.id]
        #expect(resolve("the one from the 1st of November", listed: listed).meant == [Self.scarf.id])
    }

    @Test func aSellerNameNamesTheirOrders() {
        #expect(resolve("the one from Lumen Home").meant == [Self.tableLamp.id])
        #expect(resolve("the lamp from lumen").meant == [Self.tableLamp.id])
    }

    @Test func orderNumbersStandingAloneAreOrdersTrackingNumbersAreNot() {
        #expect(resolve("order 7300000014 please", numbers: [Self.speaker.id]).meant == [Self.speaker.id])
        // The extractor may pull the digits out of a tracking number; a number inside a word is not an order number.
        let tracking = resolve("tracking CX7300000014GB hasn't moved", numbers: [Self.speaker.id])
        #expect(tracking.isEmpty)
        #expect(resolve("tracking CX448120931GB hasn't moved", numbers: ["448120931"]).isEmpty)
    }

    @Test func aNumberThatIsNotTheBuyersIsKeptAsUnknown() {
        let mentions = resolve("cancel 7399999999", numbers: ["7399999999"])
        #expect(mentions.meant.isEmpty)
        #expect(mentions.unknownNumbers == ["7399999999"])
    }

    @Test func listPositionsOnlyWhenAListWasShown() {
        #expect(resolve("the second one").isEmpty)
        #expect(resolve("the second one", listed: [Self.speaker.id, Self.cover.id]).meant == [Self.cover.id])
        #expect(resolve("number 3", listed: [Self.speaker.id, Self.cover.id, Self.fan.id]).meant == [Self.fan.id])
        #expect(resolve("the last one", listed: [Self.speaker.id, Self.cover.id, Self.fan.id]).meant == [Self.fan.id])
        // A position past the end of the list names nothing.
        #expect(resolve("the fifth one", listed: [Self.speaker.id, Self.cover.id]).meant.isEmpty)
    }

    @Test(arguments: ["it's been 2 weeks", "the second week now", "2 weeks ago", "I waited 3 days", "about 2 months"])
    func aDurationIsNeverAPosition(text: String) {
        #expect(resolve(text, listed: [Self.speaker.id, Self.cover.id, Self.fan.id]).meant.isEmpty)
    }

    @Test func itPointsBackOnlyWhenNothingElseIsNamed() {
        #expect(resolve("cancel it").pointsBack)
        #expect(!resolve("cancel it, the speaker").pointsBack)
    }

    @Test func theLatestOrderIsTheOnePlacedLast() {
        #expect(resolve("my last order").meant == [Self.scarf.id])
    }

    @Test func aTypoInTheItemStillFindsIt() {
        #expect(resolve("the blendr").meant == [Self.blender.id])
        #expect(resolve("the speakers").meant == [Self.speaker.id])
    }

    // MARK: - Corrections in the buyers' words

    @Test(arguments: [
        "the phone cover not the speaker, keep the speaker",   // what comes before "not the" is meant
        "cancel the phone cover instead, i still want the speaker",   // "instead" points back
        "no wait!! not the speaker, the phone cover i mean. i still want the speaker",   // "…I mean." names what came before it
        "i did not receive the phone cover",   // a problem verb after "not" does not un-name the order
    ])
    func theCorrectedOrderIsTheOneMeant(text: String) {
        #expect(resolve(text).meant == [Self.cover.id], "\(text)")
    }

    @Test func aLooseNegatedMentionKeepsTheOrderNamedExactly() {
        // "lamp" fits both lamps; "not the lamp" must not take back the desk lamp named in full.
        #expect(resolve("the led desk lamp, not the lamp").meant == [Self.deskLamp.id])
        #expect(resolve("the led desk lamp, not the lamp").negative == [Self.tableLamp.id])
    }

    @Test func aSellerWithoutItsSuffixIsNoItemWord() {
        let sellers: [SellerID: Seller] = ["S1": Seller(id: "S1", name: "Scarf House Ltd", handlingDays: 5)]
        let resolver = OrderResolver(orders: Self.orders, lastListed: [], sellers: sellers)
        // "scarf house" is the seller, so only the orders it sells are meant, not the scarf by its title.
        #expect(resolver.resolve("message scarf house: is the blender shipped", numbers: []).meant == [Self.blender.id])
    }

    // MARK: - How it was paid, and money asked back

    @Test func anOrderIsNamedByHowItWasPaid() {
        var byBalance = Self.order("7300000021", "Shower curtain", .awaitingShipment)
        byBalance.payment?.method = .balance
        var byPaypal = Self.order("7300000022", "Bath towel", .awaitingShipment)
        byPaypal.payment?.method = .paypal
        let resolver = OrderResolver(orders: Self.orders + [byBalance, byPaypal], lastListed: [], sellers: Self.sellers)
        #expect(resolver.resolve("cancel the order i paid with my balance", numbers: []).meant == [byBalance.id])
        #expect(resolver.resolve("the paypal one please", numbers: []).meant == [byPaypal.id])
        // Saying how one paid is no way of naming an order.
        #expect(resolver.resolve("if i cancel when do i get my money, i paid with my balance", numbers: []).meant.isEmpty)
    }

    @Test func moneyAskedBackIsNoOrdersPrice() {
        // The scarf costs 14.00: "14 dollars back" is what the buyer wants, not the scarf.
        #expect(resolve("open a dispute, i want 14 dollars back").meant.isEmpty)
        #expect(resolve("i want a dispute, partial refund 14 dollars").meant.isEmpty)
        #expect(resolve("the 14 dollar one").meant == [Self.scarf.id])
        #expect(resolve("a refund of 14 dollars please").meant.isEmpty)
    }

    @Test func aPriceNearARefundOrReturnWordStillNamesItsOrder() {
        // The table lamp costs 56.00, the scarf 14.00: a refund or return word near the price asks about that order.
        #expect(resolve("where is the refund for the 56 dollar order").meant == [Self.tableLamp.id])
        #expect(resolve("i want to return the 14.00 order").meant == [Self.scarf.id])
        #expect(resolve("did i get my money back for the 56 dollar one").meant == [Self.tableLamp.id])
    }

    @Test func theOrderWaitingOnACancellationRequest() {
        var asked = Self.order("7300000031", "Wireless mouse", .cancellationRequested)
        asked.cancellation = Cancellation(reason: .noLongerNeeded, at: Self.day("2026-11-19T10:00:00Z"))
        let other = Self.order("7300000032", "Mouse pad", .awaitingShipment)
        let resolver = OrderResolver(orders: Self.orders + [asked, other], lastListed: [], sellers: Self.sellers)
        #expect(resolver.resolve("the harbor gadgets order that i asked to cancel", numbers: []).meant == [asked.id])
        #expect(resolver.resolve("the mouse one waiting for the seller to answer", numbers: []).meant == [asked.id])
    }

    @Test func aNegatedShippingOrArrivalVerbNarrowsANameThatFitsSeveral() {
        // Both lamps fit "lamp": the table lamp is waiting to ship, the desk lamp is unpaid (also not shipped), the blender is in transit.
        #expect(resolve("the lamp thing that hasnt shipped yet, whats up").meant.count == 2)
        var shippedLamp = Self.order("7300000018", "Reading lamp", .shipped)
        shippedLamp.shippedAt = Self.day("2026-10-10T09:00:00Z")
        let resolver = OrderResolver(orders: [Self.tableLamp, shippedLamp], lastListed: [], sellers: Self.sellers)
        #expect(resolver.resolve("my lamp still was not sent, why", numbers: []).meant == [Self.tableLamp.id])
        #expect(resolver.resolve("the lamp never arrived", numbers: []).meant == [shippedLamp.id])
        // Alone it names nothing: "it hasnt shipped" with no name is not a way of picking among all orders.
        #expect(resolver.resolve("it hasnt shipped", numbers: []).meant.isEmpty)
    }

    @Test func theBuyersOwnAmountToTheCentNamesTheOrder() {
        #expect(resolve("and my 14.00 comes back when?").meant == [Self.scarf.id])
        // A bare number after "my" is no price.
        #expect(resolve("my 2 orders").meant.isEmpty)
    }
}
