import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Confirming receipt described rather than named ("let the shop know it got here so they get paid"), with the classifier
/// reading nothing it knows or a dispute.
@Suite struct ReceiptInOtherWordsTests {
    let context = Shop.conversation()
    let nothing = Reader { _ in nil }
    let dispute = Reader.always("open_dispute", 0.8)

    private func confirms(_ commands: [DialogueCommand], _ order: OrderID? = Shop.deliveredID) -> Bool {
        commands.contains { if case .startFlow(.confirmReceipt, let orders, _) = $0 { order.map { orders == [$0] } ?? true } else { false } }
    }

    @Test func tellingTheShopItCameIsConfirmingReceipt() {
        #expect(confirms(nothing.commands("the phone cover got here yesterday and it fits, please let the shop know I got it", context)))
        #expect(confirms(dispute.commands("Phone cover has arrived, I was told to tell the website so the seller gets their money. Could you?", context)))
    }

    @Test func markingItReceivedOrConfirmingGettingItIsConfirmingReceipt() {
        #expect(confirms(dispute.commands("the phone cover is here, can you mark it as received", context)))
        #expect(confirms(dispute.commands("phone cover: confirm I received it please", context)))
    }

    @Test func aProblemOrAnItemThatNeverCameIsNoReceipt() {
        #expect(!confirms(dispute.commands("the phone cover arrived cracked, let the seller know", context), nil))
        #expect(!confirms(dispute.commands("the phone cover never came, tell the seller I did not get it", context), nil))
        #expect(!confirms(nothing.commands("I confirmed I got the phone cover by mistake, let the seller know", context), nil))
    }

    @Test func theWordsAloneDecide() {
        #expect(CommandGenerator.asksToConfirmReceiptInOtherWords(Words("it came on tuesday, how do I tell the store so the lady gets paid")))
        #expect(!CommandGenerator.asksToConfirmReceiptInOtherWords(Words("tell the seller to hurry, it hasnt arrived")))
        #expect(!CommandGenerator.asksToConfirmReceiptInOtherWords(Words("it arrived but I want a refund, tell the seller")))
        #expect(CommandGenerator.saysAllWellThenConfirm(Words("everything fine, confirm it please")))
        #expect(!CommandGenerator.saysAllWellThenConfirm(Words("the lid is broken, confirm it")))
        #expect(!CommandGenerator.saysAllWellThenConfirm(Words("confirm it is coming tomorrow")))
    }
}

/// Questions about the money coming back — whether all of it, where, how soon — often about an action only supposed ("if I
/// cancelled it"): that order's refund, never the action.
@Suite struct MoneyBackQuestionTests {
    let context = Shop.conversation()
    let nothing = Reader { _ in nil }

    private func refund(_ commands: [DialogueCommand], _ order: OrderID) -> Bool {
        commands == [.startFlow(.refundStatus, orders: [order], slots: [])]
    }

    @Test func aQuestionAboutTheMoneyOfANamedOrderIsItsRefund() {
        #expect(refund(nothing.commands("would the money for the portable speaker land on my paypal?", context), Shop.paidID))
        #expect(refund(Reader.always("cancel_order", 0.6).commands("and the portable speaker, if I did cancel it, does the money go back to my card?", context),
                       Shop.paidID))
    }

    @Test func aSupposedActionIsNotAskedFor() {
        #expect(CommandGenerator.asksIfTheActionWere(Words("the blender, if I ever cancel it, same story?")))
        #expect(CommandGenerator.asksIfTheActionWere(Words("what do I get if we win the dispute?")))
        #expect(!CommandGenerator.asksIfTheActionWere(Words("if I cancel it can you please do it now?")))
        #expect(!CommandGenerator.asksIfTheActionWere(Words("if you can, cancel it")))
    }

    @Test func moneyComingBackNeedsAWayOfAskingAndMoney() {
        #expect(CommandGenerator.asksAboutMoneyComingBack(Words("will my 12 pounds come back at once?"), amounts: false))
        #expect(CommandGenerator.asksAboutMoneyComingBack(Words("does it go back to the balance or the bank?"), amounts: false))
        #expect(!CommandGenerator.asksAboutMoneyComingBack(Words("will it come back to my list?"), amounts: false))
        #expect(!CommandGenerator.asksAboutMoneyComingBack(Words("refund me to my card"), amounts: false))
    }
}

/// Deleting and restoring said with the buyer's words for the list ("my purchases") and for taking an order off it ("erase",
/// "throw the order away", "take it out"), and a request led by its verb after statements the classifier misreads.
@Suite struct ListWordsInOtherWordsTests {
    let context = Shop.conversation()
    let nothing = Reader { _ in nil }

    @Test func takingAnOrderOutOfThePurchasesIsADelete() {
        #expect(CommandGenerator.asksToTakeOffTheList(Words("take the garden hose out of my purchases")))
        #expect(CommandGenerator.asksToTakeOffTheList(Words("throw the order away so I never see it in my purchases")))
        #expect(!CommandGenerator.asksToTakeOffTheList(Words("take the money out of my purchases refund")))
        #expect(nothing.commands("the garden hose is long done, please erase it from my purchases", context)
            == [.startFlow(.deleteOrder, orders: [Shop.completedID], slots: [])])
    }

    @Test func anOrderTakenOffByMistakeAndWantedBackIsARestore() {
        #expect(CommandGenerator.wantsBackWhatWasThrownAway(Words("I removed the hose by mistake, it is not in my list, I need it back")))
        #expect(!CommandGenerator.wantsBackWhatWasThrownAway(Words("I removed the card, can the money come back to my bank")))
        #expect(!CommandGenerator.wantsBackWhatWasThrownAway(Words("I deleted it forever, I want it back")))
    }

    @Test func aVerbAfterSeveralStatementsLeadsItsRequest() {
        // The statements read as a dispute; the line holds two requests, the first led by its verb after them.
        let misread = Reader { text in text.lowercased().hasPrefix("my finger") ? ("open_dispute", 0.9, nil) : nil }
        let commands = misread.commands("My finger slipped and I bought the lamp. I have not paid. Please cancel it and then delete it", context)
        #expect(commands.first == .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []))
        #expect(commands.contains { if case .startFlow(.deleteOrder, _, _) = $0 { true } else { false } })
        #expect(!commands.contains { if case .startFlow(.openDispute, _, _) = $0 { true } else { false } })
    }
}
