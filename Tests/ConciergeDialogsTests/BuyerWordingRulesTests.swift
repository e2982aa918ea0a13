import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Rules that read what buyers mean over what a broad reading of their words suggests: the address named in a reason,
/// a charge taken twice, a way out said with an apology, an item word that fits the order just talked about, a
/// message drafted before its order is chosen, a turned-down reading that needs no question.
@Suite struct BuyerWordingRulesTests {
    // MARK: - A reason naming the address

    @Test func aReasonNamingTheAddressIsAChangeOfAddress() {
        var entities = Entities()
        entities.cancellationReason = .changeOrder
        let reader = Reader.with(entities)
        let street = reader.clause("the house number I typed is wrong so it goes to the neighbours, I will just order again")
        #expect(CommandGenerator.cancellationReason(street, or: nil) == .changeShippingAddress)
        // A size or colour beside the address keeps the change of order.
        let size = reader.clause("wrong size, and I will order again to the same address")
        #expect(CommandGenerator.cancellationReason(size, or: nil) == .changeOrder)
    }

    @Test func theReasonStepTakesTheAddressOverAReorder() {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])], Shop.context(), texts: Shop.texts)
        #expect(stack.conversationContext().expecting == .reason)
        var entities = Entities()
        entities.cancellationReason = .changeOrder
        let commands = Reader.with(entities).commands("I put the old postcode on it, I'll make the order again",
                                                       Shop.conversation(stack.conversationContext()))
        #expect(commands == [.setSlot(.cancellationReason(.changeShippingAddress, note: nil))])
    }

    // MARK: - A charge taken twice

    @Test func aChargeTakenTwiceIsToldInManyWays() {
        #expect(CommandGenerator.saysChargedTwice("my statement shows 2 times 8.40 for the speaker"))
        #expect(CommandGenerator.saysChargedTwice("the seller double charged me for the speaker"))
        #expect(CommandGenerator.saysChargedTwice("i was billed twice for one speaker"))
        // Twice without a charge is not one.
        #expect(!CommandGenerator.saysChargedTwice("i wrote to the seller twice about the payment and nothing"))
        #expect(!CommandGenerator.saysChargedTwice("can you cancel the speaker, it costs 2 times more elsewhere"))
    }

    @Test func aChargeTakenTwiceVoidsTheChargeWhateverTheIntentSays() {
        let commands = Reader.always("cancel_order", 0.6).commands("my statement shows 2 times 8.40 for the portable speaker, can you fix it",
                                                                  Shop.conversation())
        guard case .startFlow(let goal, let orders, _)? = commands.first else { Issue.record("\(commands)"); return }
        #expect(goal == .cancelPayment)
        #expect(orders == [Shop.paidID])
    }

    @Test func aPersonAskedForAboutADoubleChargeIsStillAPersonAskedFor() {
        let commands = Reader.always("human_agent", 0.9).commands("get me a real person, it is about the speaker double charge", Shop.conversation())
        #expect(commands == [.handoff])
    }

    // MARK: - What happens next, asked about a paid order

    @Test func whatHappensNextToAPaidOrderIsItsDeadlineNotAnUnpaidOrdersFate() {
        var base = ConversationContext()
        base.lastOrderID = Shop.paidID
        let context = Shop.conversation(base, topics: ["unpaid_order_fate", "refund_timing"])
        let reader = Reader.always("order_status", 0.8, detail: "unpaid_order_fate")
        #expect(reader.commands("and what happens if they run out of time", context) == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        // Asked about paying, it is the unpaid order's fate still.
        #expect(reader.commands("what happens if i never pay", context) == [.answer(topic: "unpaid_order_fate", order: nil)])
    }

    // MARK: - A way out said with an apology

    @Test func anApologyBeforeAWayOutIsStillAWayOut() {
        #expect(CommandGenerator.afterStopLead("sorry, forget this. more urgent: delete the old kettle order")
                == "more urgent: delete the old kettle order")
        #expect(CommandGenerator.afterStopLead("sorry I meant the kettle") == nil)
    }

    // MARK: - An item word that fits the order just talked about

    @Test func wordsThatFitSeveralOrdersMeanTheOneJustTalkedAbout() {
        let mugs = [TestData.order(.awaitingShipment, id: "7300000011", title: "Enamel camping mug"),
                    TestData.order(.shipped, id: "7300000012", title: "Mug warmer")]
        var base = ConversationContext()
        base.lastOrderID = "7300000011"
        let commands = Reader.always("message_seller", 0.9).commands("please tell the seller of the mug that the door code changed",
                                                                    Shop.conversation(base, orders: mugs))
        guard case .startFlow(.messageSeller, let orders, _)? = commands.first else { Issue.record("\(commands)"); return }
        #expect(orders == ["7300000011"])
        // Several meant: both are still asked about.
        let both = Reader.always("order_status", 0.9).commands("where are both mug orders", Shop.conversation(base, orders: mugs))
        guard case .startFlow(_, let all, _)? = both.first else { Issue.record("\(both)"); return }
        #expect(all.count == 2)
    }

    // MARK: - Receipt confirmed and a dispute read in the same line

    @Test func aReceiptConfirmedBesideADisputeWithNothingWrongIsNoDispute() {
        let reader = Reader { text -> (intent: String, confidence: Double, detail: String?)? in
            if text.contains("confirm") { return ("order_status", 0.94, "confirm_receipt") }
            return ("open_dispute", 0.7, nil)
        }
        let commands = reader.commands("the phone cover came yesterday and is nice, please confirm it", Shop.conversation())
        #expect(!commands.contains { if case .startFlow(.openDispute, _, _) = $0 { true } else { false } }, "\(commands)")
        #expect(commands.contains { if case .startFlow(.confirmReceipt, [Shop.deliveredID], _) = $0 { true } else { false } }, "\(commands)")
    }

    // MARK: - Where the money goes, asked at a step

    @Test func whereTheMoneyGoesAskedAtAStepIsThatOrdersRefundRoute() {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])],
                        Shop.context(), texts: Shop.texts)
        #expect(stack.conversationContext().expecting == .confirmation)
        let commands = Reader.always("refund_status", 0.5).commands("and the money lands back on my card then?",
                                                                    Shop.conversation(stack.conversationContext()))
        #expect(commands == [.startFlow(.refundStatus, orders: [Shop.paidID], slots: [])])
    }

    // MARK: - An addition after an interjection

    @Test func anAdditionAfterAnInterjectionAndACommaIsAnAddition() {
        #expect(MessageDraft.addition(in: "Oh, and could you add that the box is a gift") == "the box is a gift")
        #expect(MessageDraft.addition(in: "ok, also add my phone number 0612 345") == "my phone number 0612 345")
        // A question to add, after the same interjections.
        #expect(MessageDraft.addition(in: "sorry, ask them if the strap comes in black") == "Could you also tell me if the strap comes in black?")
    }

    // MARK: - An order reached only through another order's words

    /// "I paid with my card" reaches the other order paid by card; its only title word in the line is the first order's.
    @Test func anOrderReachedOnlyThroughAnotherOrdersWordsIsNoRequestOfItsOwn() {
        let teas = [TestData.order(.awaitingShipment, id: "7300000021", title: "Rooibos tea 100 g", method: .alipayCard),
                    TestData.order(.shipped, id: "7300000022", title: "Tea strainer", method: .card)]
        let commands = Reader.always("cancel_order", 0.7).commands(
            "I want to cancel the rooibos tea order. I paid with my card. My cousin brought me tea back from her holiday.",
            Shop.conversation(orders: teas))
        let started = commands.compactMap { command -> [OrderID]? in
            if case .startFlow(_, let orders, _) = command { orders } else { nil }
        }
        #expect(started == [["7300000021"]], "\(commands)")
    }

    // MARK: - A message drafted before its order is chosen

    @Test func aDraftForAnOrderNotYetChosenNamesNoEmptyNumber() {
        let draft = MessageDraft.draft(from: "ask the seller to add a gift receipt please", orderID: "")
        #expect(draft?.contains("#") == false, "\(draft ?? "nil")")
        #expect(draft?.contains("my order") == true, "\(draft ?? "nil")")
        #expect(MessageDraft.draft(from: "ask the seller to add a gift receipt please", orderID: "7300000002")?.contains("#7300000002") == true)
    }

    // MARK: - A request said again

    @Test func aRequestSaidAgainIsAboutTheOrderJustTalkedAbout() {
        var base = ConversationContext()
        base.lastOrderID = Shop.paidID
        let commands = Reader.always("cancel_order", 0.9).commands("like i told you, cancel", Shop.conversation(base))
        #expect(commands == [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])], "\(commands)")
    }

    // MARK: - Two close readings that lead to the same request

    @Test func twoCloseReadingsThatLeadToTheSameRequestAskNothing() {
        // Cancelling "the payment" of a named item is cancelling the item: both readings start the same cancellation.
        let text = "the portable speaker, i want it cancelled please"
        let classification = Classification(text: text, intent: "cancel_order", detail: nil, confidence: 0.45,
                                            alternatives: [ScoredIntent(intent: "cancel_payment", confidence: 0.42)], isAmbiguous: true)
        var entities = Entities()
        entities.orderReference = .items(matchedOrderIDs: [Shop.paidID], phrase: "portable speaker")
        let clause = UnderstoodClause(text: text, classification: classification, entities: entities, reply: nil)
        let commands = CommandGenerator(context: Shop.conversation()).commands(for: clause, clauses: [clause]).commands
        #expect(!commands.contains { if case .clarify = $0 { true } else { false } }, "\(commands)")
        #expect(commands.contains { if case .startFlow(.cancelOrder, _, _) = $0 { true } else { false } }, "\(commands)")
    }
}
