import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Orders named while a flow waits, the way buyers remember them: by the noun of a title ("the speaker", not the
/// "Speaker cable"), by a size as the title has it ("the size 41 pair", "not the 39s"), by the shop's word beside another
/// of its items ("the pottery shop about my glaze jar"), by the status the list shows ("shows frozen").
@Suite struct OrderNamedWhileWaitingTests {
    static let speaker = OrderResolverTests.order("6200000001", "Bluetooth speaker", .awaitingShipment, cents: 3900)
    static let cable = OrderResolverTests.order("6200000002", "Speaker cable", .awaitingPayment, cents: 650)
    static let radio = OrderResolverTests.order("6200000003", "Shower speaker", .delivered, cents: 1450)
    static let boots39 = OrderResolverTests.order("6200000004", "Hiking boots size 39", .awaitingShipment, cents: 8800)
    static let boots41 = OrderResolverTests.order("6200000005", "Hiking boots size 41", .awaitingShipment, cents: 8800)
    static let socks = OrderResolverTests.order("6200000006", "Wool socks", .awaitingShipment, cents: 1200)

    private func meant(_ text: String, _ orders: [Order]) -> [OrderID] {
        OrderResolver(orders: orders, lastListed: [], sellers: [:]).resolve(text, numbers: []).meant
    }

    // MARK: - The noun of a title

    @Test func aWordThatEndsOneTitleAndOnlyDescribesAnotherNamesTheFirst() {
        let orders = [Self.speaker, Self.cable, Self.socks]
        #expect(meant("sorry i meant the speaker", orders) == [Self.speaker.id])
        #expect(meant("the speakers please", orders) == [Self.speaker.id])
        // The other title said in full, or by its own noun, still names it.
        #expect(meant("the speaker cable", orders) == [Self.cable.id])
        #expect(meant("the cable one", orders) == [Self.cable.id])
        // Said of several, the word keeps every order it fits.
        #expect(Set(meant("where are both speaker orders", orders)) == [Self.speaker.id, Self.cable.id])
        #expect(Set(meant("all the speaker ones", orders)) == [Self.speaker.id, Self.cable.id])
    }

    @Test func aWordThatEndsSeveralTitlesStaysOpen() {
        let orders = [Self.speaker, Self.cable, Self.radio]
        #expect(Set(meant("the speaker", orders)) == [Self.speaker.id, Self.radio.id])
        #expect(meant("the shower speaker", orders) == [Self.radio.id])
    }

    // MARK: - A shop named by a word one of its items has

    static let kilnSellers: [SellerID: Seller] = ["S9": Seller(id: "S9", name: "Northside Pottery", handlingDays: 3),
                                                   "S1": Seller(id: "S1", name: "Harbor Gadgets", handlingDays: 5)]
    static let vase = OrderResolverTests.order("6200000007", "Pottery vase", .awaitingShipment, cents: 2400, seller: "S9")
    static let glaze = OrderResolverTests.order("6200000008", "Blue glaze jar", .awaitingShipment, cents: 900, seller: "S9")

    @Test func theShopsWordBesideAnotherOfItsItemsNamesTheShopNotThatItem() {
        let orders = [Self.vase, Self.glaze, Self.socks]
        let resolve = { (text: String) in OrderResolver(orders: orders, lastListed: [], sellers: Self.kilnSellers).resolve(text, numbers: []).meant }
        #expect(resolve("write to the pottery shop about my glaze jar please") == [Self.glaze.id])
        // Alone, the shop's word is its own item's word as before.
        #expect(resolve("write to the pottery shop please") == [Self.vase.id])
        // "from the pottery shop": where it came from, either of the shop's orders.
        #expect(Set(resolve("the parcel from the pottery shop")) == [Self.vase.id, Self.glaze.id])
    }

    // MARK: - A status as the list shows it, or in the buyer's words

    static let lamp = OrderResolverTests.order("6200000009", "Night lamp", .frozen, cents: 1900)
    static let leash = OrderResolverTests.order("6200000010", "Dog leash", .inDispute, cents: 1300)

    @Test func aStatusSaidAsTheListShowsItNamesTheOrder() {
        let orders = [Self.speaker, Self.lamp, Self.leash, Self.socks]
        #expect(meant("one of my orders shows frozen next to it, what does that mean", orders) == [Self.lamp.id])
        #expect(meant("there is a purchase in my history saying frozen", orders) == [Self.lamp.id])
        #expect(meant("what about the one im fighting the seller over", orders) == [Self.leash.id])
        #expect(meant("the order i'm arguing about with them", orders) == [Self.leash.id])
        // A status word that only describes a thing names nothing.
        #expect(meant("frozen peas came in the box with it", orders) == [])
    }

    // MARK: - A size as in the title

    @Test func aSizeSaidAsTheTitleSaysItNamesThatOrder() {
        let orders = [Self.boots39, Self.boots41, Self.socks]
        #expect(meant("the size 41 pair from last week", orders) == [Self.boots41.id])
        #expect(meant("no, not the 39s, the 41s", orders) == [Self.boots41.id])
        #expect(meant("the hiking boots in size 39", orders) == [Self.boots39.id])
        // The boots without a size are either pair; a size no title has names nothing.
        #expect(Set(meant("the hiking boots", orders)) == [Self.boots39.id, Self.boots41.id])
        #expect(meant("a size 40 would have fit", orders) == [])
        // A bare number is no size: "41" may be a price, a count, a day.
        #expect(meant("i paid 41 for it", orders) == [])
    }

    @Test func aCorrectionToTheOtherSizeMovesTheRequest() {
        let orders = [Self.boots39, Self.boots41, Self.socks]
        let stack = Shop.stack([[.startFlow(.messageSeller, orders: [Self.boots39.id], slots: [])]],
                               in: Shop.context(orders))
        let context = Shop.conversation(stack.conversationContext(), orders: orders)
        #expect(context.expecting == .message)
        let commands = Reader.always("message_seller", 0.5).commands("wait no, the size 41 ones, not those", context)
        #expect(commands.first == .correctSlot(.order(Self.boots41.id)))
    }
}
