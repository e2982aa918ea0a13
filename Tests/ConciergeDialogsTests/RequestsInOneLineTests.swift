import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeDialogs

/// Several requests in one line joined the ways buyers join them ("and after", a bare "then", "1) … 2) …", "+", "&"),
/// and goals said without their usual verb.
@Suite struct RequestsInOneLineTests {
    // MARK: - Several requests in one line

    @Test(arguments: [
        ("cancel the rug and after delete it", ["cancel the rug", "delete it"]),
        ("cancel the rug and afterwards, delete it", ["cancel the rug", "delete it"]),
        ("cancel the rug then delete it", ["cancel the rug", "delete it"]),
        ("1) cancel the rug 2) message the seller of the stove", ["cancel the rug", "message the seller of the stove"]),
        ("cancel the rug + msg the seller", ["cancel the rug", "msg the seller"]),
        ("delete the kettle & bring back the thermos", ["delete the kettle", "bring back the thermos"]),
    ])
    func connectorsOfSequenceCutTheLine(text: String, expected: [String]) {
        let pieces = ClauseSplitter.pieces(text)
        #expect(pieces.map(\.text) == expected)
        #expect(pieces.dropFirst().allSatisfy { $0.sequenced })
        #expect(ClauseSplitterTests.same(text))
    }

    @Test(arguments: ["if it is late then i want my money", "it was 2 or 3 days", "the salt & pepper mill from the shop",
                      "if the rug has not shipped by monday then cancel it", "when the seller answers, then message me", "once it is back in stock then send it"])
    func aThenOfAConditionOrASignInANameIsNoCut(text: String) {
        #expect(ClauseSplitter.pieces(text).count == 1)
        #expect(ClauseSplitterTests.same(text))
    }

    @Test func theSecondRequestAfterAndAfterKeepsTheOrderNamed() {
        let reader = Reader.keywords([("cancel", "cancel_order", 0.92), ("delete", "delete_order", 0.9)])
        let commands = reader.commands("the lamp, cancel it and after delete it", Shop.conversation())
        #expect(commands == [
            .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []),
            .startFlow(.deleteOrder, orders: [Shop.unpaidID], slots: []),
        ])
    }

    // MARK: - Goals in other words

    @Test func whatWasDoneByMistakeIsNoRequest() {
        #expect(CommandGenerator.tellsWhatWasDoneByMistake(Words("i delete by error the garden hose, can you bring it back")))
        #expect(CommandGenerator.tellsWhatWasDoneByMistake(Words("i cancel accidentally my lamp")))
        #expect(!CommandGenerator.tellsWhatWasDoneByMistake(Words("i cancel the lamp, i ordered it by mistake")))
        let reader = Reader.keywords([("bring", "restore_order", 0.9), ("delete", "delete_order", 0.9)])
        let commands = reader.commands("i delete by mistake the garden hose, can you bring it back", Shop.conversation())
        #expect(!commands.contains { if case .startFlow(.deleteOrder, _, _) = $0 { true } else { false } })
    }

    @Test func takingAnOrderOffTheListIsADelete() {
        #expect(CommandGenerator.asksToTakeOffTheList(Words("and then get rid of it from my list please")))
        #expect(CommandGenerator.asksToTakeOffTheList(Words("throw it away so it is not in my orders")))
        #expect(CommandGenerator.asksToTakeOffTheList(Words("take the hose off my list")))
        #expect(CommandGenerator.asksToTakeOffTheList(Words("get rid of the cancelled hose from my list")))
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("the hose disappeared from my list")))
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("get it back in my list")))
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("i want to get rid of the smell")))
        // The place it leaves is said; money or a problem beside it is what the buyer wants instead.
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("the hose is still in my orders, i want to get rid of it")))
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("i want to get rid of this problem and have my money, the hose is in my orders")))
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("get rid of the dispute on the hose from my orders")))
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("the hose came torn, get rid of it from my list and send my money")))
    }

    @Test func theOnlyFittingOrderTurnedDownIsNotProposed() {
        let hose = OrderResolverTests.order("5500000001", "Garden hose", .cancelled)
        let fan = OrderResolverTests.order("5500000002", "Desk fan", .awaitingShipment)
        let context = Shop.conversation(orders: [hose, fan])
        let reader = Reader.keywords([("delete", "delete_order", 0.92)])
        let turnedDown = reader.commands("delete the hose, oh no, not the hose", context)
        #expect(!turnedDown.contains { if case .startFlow = $0 { true } else { false } })
        #expect(turnedDown.contains { if case .notUnderstood(let hint?) = $0 { hint.contains("5500000001") } else { false } })
        #expect(reader.commands("delete the hose", context) == [.startFlow(.deleteOrder, orders: [hose.id], slots: [])])
    }

    @Test func bringingAnOrderBackIsARestore() {
        #expect(CommandGenerator.bringsBack(Words("and bring back the hose please")))
        #expect(CommandGenerator.backInTheList(Words("could it go back into my normal list")))
        #expect(!CommandGenerator.bringsBack(Words("bring my money back")))
        #expect(!CommandGenerator.backInTheList(Words("i want my money back, it is on my orders list")))
        // Going or looking back at the list tells a story.
        #expect(!CommandGenerator.backInTheList(Words("i looked back at my orders and the hose was still there")))
        #expect(!CommandGenerator.backInTheList(Words("i went back to the orders page and it says cancelled")))
    }
}
