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

/// What buyers describe instead of naming it: a button pressed by mistake, a deletion told, photos labelled after a colon, a
/// cancel on a shipped order that is no seller's refusal, an item of the order being cancelled said in the reason.
@Suite struct DescribedNotNamed13Tests {
    let nothing = Reader { _ in nil }

    private func starts(_ goal: DialogGoal, _ commands: [DialogueCommand], _ order: OrderID? = nil) -> Bool {
        commands.contains { if case .startFlow(goal, let orders, _) = $0 { order.map { orders == [$0] } ?? true } else { false } }
    }

    @Test func aButtonPressedByMistakeOnACompletedOrderIsReceiptConfirmedByMistake() {
        let context = Shop.conversation(topics: ["confirm_receipt", "refund_timing"])
        let read = Reader.always("cancel_order", 0.8).commands(
            "the garden hose came split, I pressed the green button by mistake and now it says finished, please cancel this order", context)
        #expect(starts(.cancelOrder, read, Shop.completedID))
        #expect(!starts(.openDispute, read))
        // A button pressed on an order that is not completed is no receipt confirmed.
        #expect(Reader.always("cancel_order", 0.8).commands("I pressed the button by mistake on the portable speaker, please cancel it", context)
            != [.answer(topic: CommandGenerator.confirmedByMistakeTopic, order: Shop.paidID)])
    }

    @Test func aPermanentDeletionToldAsksForNoDeletion() {
        #expect(CommandGenerator.tellsPermanentDeletionDone(Words("but I remember deleting it for ever when I tidied up")))
        #expect(CommandGenerator.tellsPermanentDeletionDone(Words("I deleted it permanently last year")))
        #expect(!CommandGenerator.tellsPermanentDeletionDone(Words("please delete it permanently")))
        #expect(!CommandGenerator.tellsPermanentDeletionDone(Words("I remember deleting it last week")))
    }

    @Test func photosLabelledAfterAColonAreNoMessage() {
        let context = Shop.conversation()
        #expect(!starts(.messageSeller, Reader.always("open_dispute", 0.9).commands(
            "sorry for the long message! the phone cover arrived cracked, I want a partial refund of 5. Photos: cover1.jpg", context)))
        #expect(starts(.messageSeller, nothing.commands("the phone cover is late. write him: please post it this week", context)))
    }

    @Test func aCancelOfAShippedOrderIsADisputeOnlyWithARefusalSaid() {
        let context = Shop.conversation()
        let refusal = Reader(classify: { _ in ("cancel_order", 0.95, nil) }, extra: { _ in
            var entities = Entities()
            entities.disputeReason = .sellerRefusedCancellation
            return entities
        })
        #expect(starts(.cancelOrder, refusal.commands("I'd like to cancel the compact blender please, found it cheaper", context), Shop.shippedID))
        #expect(starts(.openDispute, refusal.commands("cancel the compact blender, the seller refused my cancellation and shipped it anyway", context),
                       Shop.shippedID))
        #expect(starts(.openDispute, refusal.commands("I would like to cancel my compact blender, I asked for it to be cancelled ages ago", context),
                       Shop.shippedID))
    }

    @Test func theOrderBeingCancelledNamedInTheReasonChoosesNoOther() {
        let twin = TestData.order(.completed, id: "7300000009", title: "Portable speaker")
        var base = ConversationContext()
        base.expecting = .reason
        base.activeGoal = .cancelOrder
        base.activeOrder = Shop.paidID
        let context = Shop.conversation(base, orders: Shop.all + [twin])
        let read = Reader.always("order_status", 0.6).commands("my brother already gave me the very same speaker, so I would have two", context)
        #expect(!read.contains { if case .correctSlot(.order) = $0 { true } else { false } })
        #expect(!read.contains { if case .setSlot(.order) = $0 { true } else { false } })
    }

    @Test func oneRequestInTwoClausesStartsOnce() {
        var out = GeneratedCommands()
        out.add(.startFlow(.messageSeller, orders: [Shop.paidID], slots: []), "bare")
        out.add(.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("could you ship it with the earbuds?")]), "with text")
        out.add(.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: []), "another request")
        CommandGenerator.dropRepeatedRequests(&out)
        #expect(out.commands == [.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("could you ship it with the earbuds?")]),
                                 .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        #expect(out.reasons.count == out.commands.count)
    }

    @Test func moneyAskedBackSettlesStatusOrDispute() {
        let generator = CommandGenerator(context: Shop.conversation())
        let asked = nothing.clause("the compact blender, nothing after 15 days and the tracking is stuck. I'd like a full refund please")
        #expect(generator.moneyBackSettles([.openDispute, .orderStatus], asked) == .openDispute)
        #expect(generator.moneyBackSettles([.openDispute, .orderStatus], nothing.clause("the compact blender, where is it, tracking is stuck")) == nil)
        #expect(generator.moneyBackSettles([.cancelOrder, .orderStatus], asked) == nil)
        #expect(CommandGenerator.asksWhatToDo(Words("well what do I do then?")))
        #expect(!CommandGenerator.asksWhatToDo(Words("why can't I cancel it?")))
    }

    @Test func ofSeveralOrdersTheWordsFitTheOneInTheStateDescribed() {
        let brass = TestData.order(.shipped, id: "7300000011", title: "Brass desk lamp")
        let context = Shop.conversation(orders: [Shop.unpaid, brass])
        let status = Reader.always("order_status", 0.9)
        #expect(status.commands("where is my lamp that's still on its way?", context) == [.startFlow(.orderStatus, orders: [brass.id], slots: [])])
        #expect(status.commands("where is my lamp?", context) != [.startFlow(.orderStatus, orders: [brass.id], slots: [])])
        #expect(starts(.cancelOrder, Reader.always("cancel_order", 0.9).commands("cancel the lamp I never paid for", context), Shop.unpaidID))
    }

    @Test func anAnnouncementOrAQuestionAboutLaterStartsNothing() {
        #expect(CommandGenerator.announcesRequests("two things:"))
        #expect(CommandGenerator.announcesRequests("hi, a couple of quick questions"))
        #expect(!CommandGenerator.announcesRequests("two things are missing from the box"))
        let context = Shop.conversation()
        let cancelPayment = Reader { text in text.hasPrefix("two") ? ("cancel_payment", 0.83, nil) : ("cancel_order", 0.95, nil) }
        #expect(cancelPayment.commands("two things: 1) cancel the ceramic table lamp 2) cancel the portable speaker", context)
            .allSatisfy { if case .startFlow(.cancelPayment, _, _) = $0 { false } else { true } })
        #expect(CommandGenerator.asksIfPossibleLater(Words("can I get the garden hose back out of deleted orders later if I need the invoice?")))
        #expect(!CommandGenerator.asksIfPossibleLater(Words("can I still cancel the portable speaker?")))
        #expect(!CommandGenerator.asksIfPossibleLater(Words("can you restore it later today")))
        #expect(!starts(.restoreOrder, Reader.always("restore_order", 1.0).commands(
            "can I get the garden hose back out of deleted orders later if I need the invoice?", context)))
    }

    @Test func theOneOrderKeptIsTheLastRequestsNotTheOneNowMeant() {
        var base = ConversationContext()
        base.lastGoal = .deleteOrder
        base.lastOrderID = Shop.completedID
        let context = Shop.conversation(base)
        #expect(nothing.commands("the phone cover one, keep the garden hose", context)
            == [.startFlow(.deleteOrder, orders: [Shop.deliveredID], slots: [])])
    }

    @Test func whatTheSellerOfAnotherOrderDoesIsAskedNotMessaged() {
        var base = ConversationContext()
        base.expecting = .confirmation
        base.activeGoal = .cancelOrder
        base.activeOrder = Shop.paidID
        let context = Shop.conversation(base)
        #expect(Reader.always("message_seller", 0.8).commands("will the seller still ship the compact blender normally?", context)
            == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        #expect(CommandGenerator.asksWhatTheSellerDoes(Words("does the shop send it anyway?")))
        #expect(!CommandGenerator.asksWhatTheSellerDoes(Words("can you ask the seller to ship it anyway?")))
    }

    @Test func aCancelSupposedWithTheSameThingAsksWhereItsMoneyWouldGo() {
        let context = Shop.conversation()
        #expect(Reader.always("cancel_order", 0.6).commands("and the portable speaker, if I cancel it same thing?", context)
            == [.startFlow(.refundStatus, orders: [Shop.paidID], slots: [])])
    }

    @Test func whetherAnOrderIsInAStateIsItsStatus() {
        #expect(CommandGenerator.asksStateOf(Words("wait is the portable speaker cancelled already or not")))
        #expect(CommandGenerator.asksStateOf(Words("has the compact blender been shipped yet?")))
        #expect(!CommandGenerator.asksStateOf(Words("is it possible to have it cancelled")))
        #expect(!CommandGenerator.asksStateOf(Words("cancel the portable speaker")))
        let context = Shop.conversation()
        #expect(Reader.always("cancel_order", 0.6).commands("wait is the portable speaker cancelled already or not", context)
            == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
    }

    @Test func aPersonAskedForInTheBuyersWordsIsAHandoff() {
        let context = Shop.conversation()
        #expect(Reader.always("open_dispute", 0.86).commands("no offense but can I talk to a real person? it's about the compact blender, it's complicated",
                                                             context) == [.handoff])
        #expect(!CommandGenerator.asksForAPerson(Words("I don't want to talk to a real person, just cancel it")))
        #expect(!CommandGenerator.asksForAPerson(Words("the compact blender never came")))
    }

    @Test func theMessagesWordsTurnDownNoOrder() {
        let grinder = TestData.order(.awaitingShipment, id: "7300000021", title: "Burr grinder silver")
        let context = Shop.conversation(orders: Shop.all + [grinder])
        #expect(starts(.messageSeller, Reader.always("message_seller", 0.8).commands(
            "write to seller of the grinder that I want the black colour, not the silver", context), grinder.id))
        #expect(CommandGenerator.beforeMessageBody("tell the seller that it is late") == "tell the seller")
        #expect(CommandGenerator.beforeMessageBody("I know that the grinder is late") == nil)
    }
}
