import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Requests in the buyer's wrong words: money back for an order not shipped, an order "removed" while under way, "hidden" or
/// "archived", a "complaint" to make. Each reading holds only where the order's state allows it, and never starts an action
/// for a question or an action only supposed.
@Suite struct WrongWords13Tests {
    let context = Shop.conversation()
    let nothing = Reader { _ in nil }

    private func starts(_ goal: DialogGoal, _ commands: [DialogueCommand], _ order: OrderID? = nil) -> Bool {
        commands.contains { if case .startFlow(goal, let orders, _) = $0 { order.map { orders == [$0] } ?? true } else { false } }
    }

    @Test func moneyBackForAnOrderNotShippedIsItsCancellation() {
        #expect(starts(.cancelOrder, Reader.always("open_dispute", 0.85).commands("can I have a refund on the portable speaker, I don't need it", context), Shop.paidID))
        #expect(starts(.cancelOrder, Reader.always("refund_status", 0.45).commands("i need a refund on the portable speaker pls", context), Shop.paidID))
        #expect(starts(.cancelOrder, nothing.commands("I want my money back for the portable speaker, it has not gone out yet", context), Shop.paidID))
        #expect(starts(.cancelOrder, Reader.always("open_dispute", 0.8).commands("refund me the ceramic table lamp please", context), Shop.unpaidID))
    }

    @Test func aQuestionAboutMoneyBackOrAnOrderShippedIsNoCancellation() {
        let refund = Reader.always("refund_status", 0.8)
        #expect(!starts(.cancelOrder, refund.commands("when will I get my money back for the portable speaker?", context)))
        #expect(!starts(.cancelOrder, refund.commands("did I get a refund for the portable speaker", context)))
        #expect(!starts(.cancelOrder, refund.commands("if I cancel the portable speaker, will I get my money back?", context)))
        #expect(!starts(.cancelOrder, Reader.always("open_dispute", 0.9).commands("I want a refund on the compact blender", context)))
        #expect(!starts(.cancelOrder, Reader.always("open_dispute", 0.9).commands("I want my money back for the phone cover", context)))
    }

    @Test func theMoneyWordsAloneDecide() {
        #expect(CommandGenerator.asksForMoneyBack(Words("can i get refunds on both, my sister already got them")))
        #expect(CommandGenerator.asksForMoneyBack(Words("give me my money back for the kettle")))
        #expect(!CommandGenerator.asksForMoneyBack(Words("where is my refund for the kettle")))
        #expect(!CommandGenerator.asksForMoneyBack(Words("I want to know when I get my money back")))
        #expect(!CommandGenerator.asksForMoneyBack(Words("has the refund for the kettle arrived")))
    }

    @Test func removingAnOrderUnderWayIsCancellingIt() {
        let delete = Reader.always("delete_order", 0.8)
        #expect(starts(.cancelOrder, delete.commands("please remove the ceramic table lamp order, I never paid it", context), Shop.unpaidID))
        #expect(starts(.cancelOrder, Reader.always("order_status", 0.5).commands("the portable speaker one, can you get rid of it", context), Shop.paidID))
        // A finished order, or the list named: the list's own action.
        #expect(starts(.deleteOrder, delete.commands("remove the garden hose order", context), Shop.completedID))
        #expect(!starts(.cancelOrder, delete.commands("remove the portable speaker from my list", context)))
        // "drop" a note or a dispute is no removal of an order.
        #expect(!CommandGenerator.removes(Words("drop the seller a note about the lamp")))
        #expect(!CommandGenerator.removes(Words("drop the dispute on the lamp")))
        #expect(CommandGenerator.removes(Words("whatever i ordered last week, drop it")))
    }

    @Test func hidingOrArchivingIsDeletingAndUnarchivingRestores() {
        #expect(starts(.deleteOrder, nothing.commands("can u archive my old garden hose order, just clutter", context), Shop.completedID))
        #expect(starts(.deleteOrder, Reader.always("open_dispute", 0.5).commands("please hide the garden hose order, it is finished", context), Shop.completedID))
        #expect(!starts(.deleteOrder, nothing.commands("please don't hide the garden hose order", context)))
        #expect(CommandGenerator.hidesOrArchives(Words("unarchive the garden hose")) == .restoreOrder)
        #expect(CommandGenerator.hidesOrArchives(Words("why is my garden hose order hidden")) == nil)
    }

    @Test func aComplaintOrAClaimToMakeIsADispute() {
        #expect(CommandGenerator.namesDisputeInOtherWords(Words("I want make complaint for this lamp")))
        #expect(CommandGenerator.namesDisputeInOtherWords(Words("file a claim on the blender please")))
        #expect(CommandGenerator.namesDisputeInOtherWords(Words("i want to report the seller")))
        #expect(!CommandGenerator.namesDisputeInOtherWords(Words("I don't want to make any complaint, just send a note")))
        #expect(!CommandGenerator.namesDisputeInOtherWords(Words("how do I file a claim")))
        #expect(starts(.openDispute, Reader.always("order_status", 0.6).commands("the compact blender never came, I want to make a complaint", context), Shop.shippedID))
    }

    @Test func anOrderNumberToShowWithAStoryAfterIt() {
        #expect(starts(.orderStatus, nothing.commands("Could you show me order 7300000004 please, my son wrote the number down", context), Shop.deliveredID))
        #expect(CommandGenerator.asksToShowOrder(nothing.clause("show me order 7300000004, I want to cancel it")) == nil)
        #expect(CommandGenerator.asksToShowOrder(nothing.clause("could you show me order 7300000004, it came broken")) == nil)
    }
}
