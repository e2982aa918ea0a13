import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Lines the way buyers write them when the classifier reads them wrong: the words decide what is asked.
/// Each classification below is the wrong one a real classifier gave for a line of this kind.
@Suite struct CommandGeneratorBuyerWordsTests {
    let context = Shop.context()

    private func stack(_ lines: [DialogueCommand]...) -> FlowStack { Shop.stack(lines, in: context) }

    private func seen(_ stack: FlowStack, topics: Set<String> = ["refund_timing", "no_cancel_button"]) -> ConversationContext {
        Shop.conversation(stack.conversationContext(), topics: topics)
    }

    private func starts(_ commands: [DialogueCommand], _ goal: DialogGoal) -> Bool {
        commands.contains { if case .startFlow(goal, _, _) = $0 { true } else { false } }
    }

    // MARK: - A clause saying all is well

    @Test func aClauseSayingTheItemIsFineStartsNoDispute() {
        // Every piece that mentions the cover reads as a dispute; the question about confirming reads as confirm receipt.
        let reader = Reader { text in
            text.contains("confirm") ? ("order_status", 0.95, "confirm_receipt") : ("open_dispute", 0.99, nil)
        }
        for line in ["the phone cover arrived and works fine, how do i confirm i received it?",
                     "phone cover came ok, its perfect. how can i confirm it"] {
            let commands = reader.commands(line, seen(FlowStack()))
            #expect(!starts(commands, .openDispute), "\(line)")
            #expect(commands.contains(.startFlow(.confirmReceipt, orders: [Shop.deliveredID], slots: [])), "\(line)")
        }
        // A problem said with it is still a problem.
        let broken = Reader.always("open_dispute", 0.99).commands("the phone cover arrived ok but it is broken", seen(FlowStack()))
        #expect(starts(broken, .openDispute))
    }

    // MARK: - The request asked for again at its summary

    @Test func askingForTheRequestAgainAtItsSummaryIsAYes() {
        let waiting = stack([.startFlow(.confirmReceipt, orders: [Shop.deliveredID], slots: [])])
        let reader = Reader.always("order_status", 0.98, detail: "confirm_receipt")
        #expect(reader.commands("ok yes confirm it", seen(waiting)) == [.confirm(true)])
        #expect(reader.commands("confirm the phone cover", seen(waiting)) == [.confirm(true)])
        // Another order, a question or a no is not a yes.
        #expect(reader.commands("confirm the garden hose", seen(waiting)) != [.confirm(true)])
        #expect(reader.commands("what happens after i confirm?", seen(waiting)) != [.confirm(true)])
        #expect(reader.commands("dont confirm it", seen(waiting)) != [.confirm(true)])
    }

    // MARK: - Follow-up questions about another order

    @Test func aShortFollowUpNamingAnotherOrderAsksItsStatus() {
        let answered = stack([.startFlow(.orderStatus, orders: [Shop.completedID], slots: [])])
        let asGoodbye = Reader.always("goodbye", 0.52)
        #expect(asGoodbye.commands("and 7300000003?", seen(answered)) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        #expect(asGoodbye.commands("what about the blender?", seen(answered)) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        // After a refund question, the follow-up asks about the other order's refund.
        let refund = stack([.startFlow(.refundStatus, orders: [Shop.completedID], slots: [])])
        #expect(asGoodbye.commands("and the blender?", seen(refund)) == [.startFlow(.refundStatus, orders: [Shop.shippedID], slots: [])])
        // Nothing but the item named: a follow-up, however sure the classifier is of an action for the item's words.
        let itemAsDispute = Reader(classify: { _ in ("open_dispute", 0.97, nil) },
                                   extra: { _ in var e = Entities(); e.orderReference = .items(matchedOrderIDs: [Shop.shippedID], phrase: "blender"); return e })
        #expect(itemAsDispute.commands("and the blender?", seen(answered)) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        // Its own words win: "when will it ship" is the order's status.
        #expect(asGoodbye.commands("and the speaker, when it will ship", seen(refund)) == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
    }

    @Test func aWhereIsQuestionIsTheOrdersStatusWhateverActionTheClassifierReads() {
        let asDispute = Reader.always("open_dispute", 0.7)
        #expect(asDispute.commands("and the blender where is it now", seen(FlowStack())) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        #expect(asDispute.commands("speaker is still coming right?", seen(FlowStack())) == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        // A problem with it is a dispute.
        #expect(starts(asDispute.commands("where is the blender, it arrived broken", seen(FlowStack())), .openDispute))
    }

    @Test func theThanksThatOpensALineLeavesTheRequest() {
        #expect(CommandGenerator.afterAcknowledgement("thanks. speaker is still coming right?") == "speaker is still coming right?")
        #expect(CommandGenerator.afterAcknowledgement("ok thanks and order 7300000003?") == "and order 7300000003?")
        #expect(CommandGenerator.afterAcknowledgement("Thank you so much! where is my refund") == "where is my refund")
        #expect(CommandGenerator.afterAcknowledgement("thanks") == nil)
        #expect(CommandGenerator.afterAcknowledgement("thanks for the help") == nil)
        #expect(CommandGenerator.afterAcknowledgement("cancel it thanks") == nil)
    }

    // MARK: - Questions about time

    @Test func aQuestionAboutTimeIsAnsweredFromTheOrderInQuestion() {
        let answered = stack([.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        // Read as a human, small talk or out of scope: still the order's deadlines, not a handoff.
        for reader in [Reader.always("human_agent", 0.9), Reader.always("goodbye", 0.6), nothing] {
            #expect(reader.commands("how many days until i get an answer?", seen(answered)) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
            #expect(reader.commands("and how long should i wait before i contact support about the money?", seen(answered))
                    == [.startFlow(.refundStatus, orders: [Shop.shippedID], slots: [])])
        }
        // At a flow's confirmation the flow's order is the one asked about, and the question is asked again after.
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        #expect(nothing.commands("until when can it stay unpaid?", seen(waiting)) == [.startFlow(.orderStatus, orders: [Shop.unpaidID], slots: [])])
        // A plain request for a human is still one.
        #expect(Reader.always("human_agent", 0.9).commands("i want to talk to a person", seen(answered)) == [.handoff])
    }

    let nothing = Reader { _ in nil }

    // MARK: - Receipt confirmed by mistake

    @Test func receiptConfirmedByMistakeStartsNoDispute() {
        let reader = Reader { text in text.contains("broken") ? ("open_dispute", 0.99, nil) : ("order_status", 0.6, "confirm_receipt") }
        let topics: Set<String> = ["confirm_receipt"]
        // Completed: the cancel is refused with its reason and what remains possible (the refusal says both).
        #expect(reader.commands("i confirmed receipt of the garden hose by mistake, its broken, can i still cancel it?", seen(FlowStack(), topics: topics)) == [
            .startFlow(.cancelOrder, orders: [Shop.completedID], slots: []),
        ])
        #expect(Refusal.alreadyCompleted.wayForward.contains("contact the seller"))
        // Not actually confirmed: where the order stands.
        #expect(reader.commands("i think i confirmed the phone cover by mistake, its broken", seen(FlowStack(), topics: topics)) == [
            .answer(topic: CommandGenerator.confirmedByMistakeTopic, order: Shop.deliveredID),
        ])
        // The order answered about is the one "open a dispute" then means.
        var after = FlowStack()
        _ = after.apply([.answer(topic: CommandGenerator.confirmedByMistakeTopic, order: Shop.deliveredID)], context, texts: Shop.texts)
        #expect(after.conversationContext().lastOrderID == Shop.deliveredID)
    }

    // MARK: - Disputes told in the buyer's words

    @Test func theOrderNamedWhereOneIsAskedForAnswersThePickWhateverTheClassifierReads() {
        let choosing = stack([.startFlow(.cancelOrder, orders: [Shop.unpaidID, Shop.paidID], slots: [])])
        let asMessage = Reader.always("message_seller", 0.99)
        let commands = asMessage.commands("the speaker one. i want to change the shipping address", seen(choosing))
        #expect(commands.first == .setSlot(.order(Shop.paidID)))
        // A line led by its own action is a new request.
        #expect(asMessage.commands("message the seller of the speaker: please hurry", seen(choosing)).first != .setSlot(.order(Shop.paidID)))
    }

    @Test func aLabelledDescriptionNamesNoOrderAndCorrectsNothing() {
        let asking = stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.wrongItem)])])
        let reader = Reader.always("open_dispute", 0.95)
        let commands = reader.commands("return and refund. description: it is a garden hose, not the phone cover. no photos", seen(asking))
        #expect(commands == [
            .setSlot(.outcome(.returnAndRefund)),
            .setSlot(.description("it is a garden hose, not the phone cover. no photos")),
            .setSlot(.evidence([])),
        ])
    }

    @Test func aRefusedReturnAtTheOutcomeQuestionIsAPartialRefund() {
        let asking = stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged)])])
        let reader = Reader(classify: { _ in ("open_dispute", 0.9, nil) },
                            extra: { _ in var e = Entities(); e.disputeOutcome = .returnAndRefund; e.amounts = [1000]; return e })
        let commands = reader.commands("i dont want return it, i keep it, just want 10 dollars back", seen(asking))
        #expect(commands.prefix(2) == [.setSlot(.outcome(.partialRefund)), .setSlot(.amount(Shop.usd(1000)))])
    }

    @Test func buyersWordsForWhatWentWrong() {
        #expect(OptionMatcher.disputeReason("after 4 days it turns off after 5 min every time") == .damaged)
        #expect(OptionMatcher.disputeReason("it came with a chip on the rim") == .damaged)
        #expect(OptionMatcher.disputeReason("sent 8 november, 12 days now and nothing, tracking stuck, no photos i have nothing to photo") == .notReceived)
        #expect(OptionMatcher.disputeReason("the colour is not like the pictures") == .notAsDescribed)
        #expect(OptionMatcher.disputeReason("the handle came loose after a day") == .damaged)
        #expect(OptionMatcher.disputeReason("there is a hole in the sleeve") == .damaged)
        // Words of a fault that are also words of item names name no fault on their own.
        #expect(OptionMatcher.disputeReason("open a dispute for the loose leaf tea") == nil)
        #expect(OptionMatcher.disputeReason("dispute the chip clips order") == nil)
        #expect(OptionMatcher.disputeReason("the hole punch order") == nil)
    }

    // MARK: - Messages and a second request in one line

    @Test func aClauseLedByAnotherActionAtAConfirmationIsANewRequest() {
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.changeShippingAddress, note: nil)])])
        // The whole line reads as nothing in particular; "dont cancel" reads as a cancel of the payment.
        let reader = Reader { text in text.hasPrefix("hold on") && !text.contains("message") ? ("cancel_payment", 0.75, nil) : nil }
        let commands = reader.commands("hold on dont cancel!! instead send message to harbor gadgets: please send the speaker to my new address", seen(waiting))
        #expect(commands.first == .cancelFlow)
        #expect(starts(commands, .messageSeller))
        #expect(!starts(commands, .cancelPayment) && !starts(commands, .cancelOrder))
    }

    @Test func dictatedTextNamesNoOrder() {
        let waiting = stack([.startFlow(.messageSeller, orders: [Shop.shippedID], slots: [.message("Where is it?")])])
        let commands = Reader.always("message_seller", 0.6).commands("write this to him: hello, is the speaker also coming?", seen(waiting))
        #expect(!commands.contains { if case .correctSlot(.order) = $0 { true } else { false } })
        // The seller's name before the colon, the item after it: the item says which of the seller's orders.
        let asMessage = Reader.always("message_seller", 0.95)
        #expect(asMessage.commands("message harbor gadgets: please send the speaker after 25 november", seen(FlowStack())).first
                == .startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("please send the speaker after 25 november")]))
    }

    @Test func theReasonForACancelMayBeInTheMessageOfTheSameLine() {
        let reader = Reader.keywords([("cancel", "cancel_order", 0.95), ("tell", "message_seller", 0.9)])
        let commands = reader.commands("cancel the speaker and tell the seller why: my sister already has one", seen(FlowStack()))
        #expect(commands.first == .startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)]))
        #expect(starts(commands, .messageSeller))
        // A reason written to the seller of another order explains that message, not the cancel.
        let other = reader.commands("cancel the speaker and tell the seller of the lamp: i dont need it anymore", seen(FlowStack()))
        #expect(other.first == .startFlow(.cancelOrder, orders: [Shop.paidID], slots: []))
    }

    // MARK: - At a summary, and orders asked for by number

    @Test func okYesDoItIsAYesAndTheSummarysOwnOrderNamedAsksAgain() {
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        #expect(nothing.commands("ok yes do it", seen(waiting)) == [.confirm(true)])
        #expect(nothing.commands("the one i didnt pay yet", seen(waiting)) == [.repeatQuestion])
        #expect(nothing.commands("the lamp", seen(waiting)) == [.repeatQuestion])
    }

    @Test func showMeOrderNShowsItInAFlowOrOutOfOne() {
        let waiting = stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [])])
        let ambiguous = Reader.always("open_dispute", 0.5)
        #expect(ambiguous.commands("show me order 7300000003", seen(waiting)) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        #expect(ambiguous.commands("show me order 7300000003", seen(FlowStack())) == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        // An order that is not the buyer's (or no longer exists) is looked up too, so the buyer hears it is not found.
        #expect(ambiguous.commands("show me order 7300000999", seen(FlowStack())) == [.startFlow(.orderStatus, orders: ["7300000999"], slots: [])])
        // More than a number asked: not this rule.
        #expect(ambiguous.commands("cancel order 7300000003", seen(FlowStack())) != [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
    }

    // MARK: - Several requests, Other in the buyer's words, a yes in other words

    @Test func aStatementBeforeAVerbLedClauseAndALaterRequestNamingNoOrder() {
        // "ordered by mistake" reads as a dispute; "cancel it" and "delete it" lead their own requests about the lamp.
        let reader = Reader { text in text.contains("mistake") ? ("open_dispute", 0.8, nil) : text.contains("delete") ? ("delete_order", 0.9, nil) : ("cancel_order", 0.9, nil) }
        let commands = reader.commands("the lamp i ordered by mistake, cancel it and then delete it", seen(FlowStack()))
        #expect(commands.count == 2)
        #expect(commands.first.map { if case .startFlow(.cancelOrder, [Shop.unpaidID], _) = $0 { true } else { false } } == true)
        #expect(commands.last == .startFlow(.deleteOrder, orders: [Shop.unpaidID], slots: []))
        // After a full stop, "and also …" opens a request of its own.
        let confirmThenDelete = Reader { text in text.contains("delete") ? ("delete_order", 0.9, nil) : ("order_status", 0.6, "confirm_receipt") }
            .commands("i got the phone cover its perfect, confirm it. and also delete the garden hose order", seen(FlowStack()))
        #expect(confirmThenDelete == [.startFlow(.confirmReceipt, orders: [Shop.deliveredID], slots: []),
                                      .startFlow(.deleteOrder, orders: [Shop.completedID], slots: [])])
    }

    @Test func otherAsTheReasonKeepsTheBuyersWords() {
        let asking = stack([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
        // "speaker" also fits no other order here, but the words are a reason, not a correction.
        #expect(nothing.commands("other reason, my brother gave me the same speaker for my birthday", seen(asking))
                == [.setSlot(.cancellationReason(.other, note: "my brother gave me the same speaker for my birthday"))])
        #expect(nothing.commands("none of this reasons, its other: the seller asked me to pay extra for shipping", seen(asking))
                == [.setSlot(.cancellationReason(.other, note: "the seller asked me to pay extra for shipping"))])
        #expect(nothing.commands("other", seen(asking)) == [.setSlot(.cancellationReason(.other, note: nil))])
        // Up front.
        #expect(Reader.always("cancel_order", 0.9).commands("cancel the speaker, reason other: the seller wants extra money outside the site", seen(FlowStack()))
                == [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.other, note: "the seller wants extra money outside the site")])])
        // "i move to another flat" is an address change, not Other.
        #expect(OptionMatcher.otherReason("i move to other flat next week") == nil)
        #expect(OptionMatcher.cancellationReason("i move to other flat next week") == .changeShippingAddress)
    }

    @Test func yesWithTheRequestInOtherWordsIsAYes() {
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])])
        #expect(nothing.commands("yes send the request", seen(waiting)) == [.confirm(true)])
        #expect(nothing.commands("yes cancel the speaker", seen(waiting)) == [.confirm(true)])
        // A yes followed by another request, or another order, is not a plain yes.
        #expect(nothing.commands("yes send the request for the lamp", seen(waiting)) != [.confirm(true)])
    }

    @Test func textDictatedAfterAColonIsAMessageToTheSellerJustDiscussed() {
        let answered = stack([.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        let asCancel = Reader.always("cancel_order", 0.55)
        let commands = asCancel.commands("maybe i also tell the seller? send him: sorry i cancel because i move", seen(answered))
        #expect(commands.last == .startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("sorry i cancel because i move")]))
        #expect(!starts(commands, .cancelOrder))
    }

    // MARK: - Interruptions

    @Test func anInterruptionKeepsTheRequestInProgress() {
        let choosing = stack([.startFlow(.deleteOrder, orders: [], slots: [])])
        let commands = nothing.commands("wait first tell me what is with the speaker, i paid it just now", seen(choosing))
        #expect(commands == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        // "hold on, more urgent: cancel the lamp" where an outcome is asked: the dispute waits, the cancel comes first.
        let disputing = stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged)])])
        let urgent = Reader.always("cancel_order", 0.93).commands("hold on, more urgent: cancel the lamp i didnt pay yet", seen(disputing))
        #expect(urgent.first.map { if case .startFlow(.cancelOrder, [Shop.unpaidID], _) = $0 { true } else { false } } == true)
        #expect(!urgent.contains(.cancelFlow))
        // Dropping it is not an interruption.
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])])
        #expect(Reader.always("cancel_order", 0.93).commands("hold on dont cancel, delete the garden hose instead", seen(waiting)).first == .cancelFlow)
    }

    @Test func anActionAfterACommaWhereTheClassifierReadsNothing() {
        #expect(nothing.commands("the garden hose 23 usd from september, finished long ago, please delete it from my orders", seen(FlowStack()))
                == [.startFlow(.deleteOrder, orders: [Shop.completedID], slots: [])])
    }

    @Test func aBareWhyBeforeTheRestAsksAboutTheRefusal() {
        let refused = stack([.startFlow(.deleteOrder, orders: [Shop.frozenID], slots: [])])
        #expect(refused.conversationContext().hasRefusal)
        #expect(Reader.always("why_no_cancel_button", 0.6).commands("why?? i dont want to see it anymore in my list anyway", seen(refused)) == [.explainRefusal])
    }

    @Test func questionsAboutTheRulesAreNoRequests() {
        #expect(CommandGenerator.verbLedGoal("can i delete an order while the dispute is open?") == nil)
        #expect(CommandGenerator.verbLedGoal("can i cancel the lamp?") == .cancelOrder)
        #expect(CommandGenerator.verbLedGoal("and delete the garden hose from my list pls") == .deleteOrder)
        let generator = CommandGenerator(context: seen(FlowStack()))
        #expect(generator.declinedGoals("why is there no cancel button on the speaker?").isEmpty)
        #expect(generator.declinedGoals("i dont want to cancel the speaker") == [.cancelOrder])
        // Only verbs joined to a turned-down verb are turned down; "not needed" reaches no verb, so "or cancel" stands.
        #expect(generator.declinedGoals("the speaker is not needed now, refund or cancel it").isEmpty)
        #expect(generator.declinedGoals("never mind the lamp, i wont delete nor message about it") == [.deleteOrder, .messageSeller])
    }

    @Test func didTheSellerAnswerAsksTheOrdersStatus() {
        #expect(Reader.always("cancel_order", 0.61).commands("did harbor gadgets answer my cancel for the speaker already?", seen(FlowStack()))
                == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
    }

    // MARK: - Small talk the line does not say

    @Test func aQuestionReadAsGoodbyeAsksAboutTheLastOrder() {
        let status = stack([.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        let bye = Reader.always("goodbye", 0.7)
        #expect(bye.commands("and if nothing happens by monday?", seen(status)) == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        #expect(bye.commands("so my money is just gone??", seen(status)) == [.startFlow(.refundStatus, orders: [Shop.paidID], slots: [])])
        // Said with a word of leaving or thanks, or as a plain remark, it is small talk.
        #expect(bye.commands("thanks a lot, bye", seen(status)) == [.chitchat("goodbye")])
        #expect(bye.commands("that is all for today", seen(status)) == [.chitchat("goodbye")])
        // No order talked about: a question is not understood rather than a goodbye.
        #expect(bye.commands("and if nothing happens by monday?", seen(FlowStack())) == [.notUnderstood(hint: nil)])
    }

    @Test func aCompletedOrdersMoneyPointsToTheSellerAndDisputes() {
        let route = StatusText().refundRoute(Shop.completed)
        #expect(route?.contains("contact the seller") == true)
        #expect(route?.contains("dispute") == true)
    }

    // MARK: - Money asked about after a refusal

    @Test func aMoneyQuestionAfterARefusalAsksWhereThatOrdersMoneyIs() {
        // A dispute asked on the completed hose is refused (nothing wrong is said); the buyer then asks about money.
        let refused = stack([.startFlow(.cancelOrder, orders: [Shop.completedID], slots: [])])
        let reader = Reader.always("order_status", 0.5)
        #expect(reader.commands("so when will i see my money?", seen(refused)) == [.startFlow(.refundStatus, orders: [Shop.completedID], slots: [])])
        // "why not?" stays a question about the refusal, whatever it says of paying.
        #expect(reader.commands("why not? i paid for it", seen(refused)) == [.explainRefusal])
        // A request of its own with a refund in it is that request.
        #expect(!Reader.always("open_dispute", 0.95).commands("then open a dispute, full refund", seen(refused)).contains(.startFlow(.refundStatus, orders: [Shop.completedID], slots: [])))
    }

    @Test func aBareWhyEndingTheLineAsksAboutTheRefusalAndHedgesLeadToTheVerb() {
        let refused = stack([.startFlow(.cancelOrder, orders: [Shop.frozenID], slots: [])])
        #expect(Reader.always("order_status", 0.9).commands("on hold?? what does that mean. why?", seen(refused)) == [.explainRefusal])
        #expect(CommandGenerator.verbLedGoal("ok then at least delete it") == .deleteOrder)
        #expect(CommandGenerator.verbLedGoal("simply cancel the fan") == .cancelOrder)
        // A thought about later is no request.
        #expect(CommandGenerator.verbLedGoal("maybe i restore it later") == nil)
    }

    @Test func aMessageDictatedAgainAtItsSummaryReplacesItEvenAsAQuestion() {
        let waiting = stack([.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Where is my parcel?")])])
        #expect(Reader.always("message_seller", 0.9).commands("message the seller: could you add a spare cable to the box?", seen(waiting))
                == [.correctSlot(.message("could you add a spare cable to the box?"))])
    }

    // MARK: - The request in progress turned down

    @Test func turningDownTheRequestInProgressDropsItAndAnswersTheRest() {
        let waiting = stack([.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])])
        let reader = Reader.keywords([("long", "unpaid_order_fate", 0.4), ("cancel", "cancel_order", 0.6)])
        let commands = reader.commands("no i dont want to cancel, i want to keep it. how long until it closes?", seen(waiting))
        #expect(commands.first == .cancelFlow)
        #expect(!commands.contains { if case .setSlot = $0 { true } else if case .correctSlot = $0 { true } else { false } })
        #expect(!commands.contains(.confirm(true)))
        // Everything joined by "or" is turned down: no dispute is started by another clause of the line.
        let shipped = stack([.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])])
        let lost = Reader.always("open_dispute", 0.95).commands("nope, not cancelling or opening a complaint, i just assumed the parcel got lost. where is it now?", seen(shipped))
        #expect(!lost.contains { if case .startFlow(.openDispute, _, _) = $0 { true } else { false } })
        // "why didn't they cancel?" is about the refusal, not a no.
        #expect(Reader.always("cancel_order", 0.6).commands("why didnt they cancel?", seen(shipped)) == [.explainRefusal])
    }

    @Test func aQuestionAboutWhatAnActionWouldDoStartsNothing() {
        let reader = Reader.always("cancel_order", 0.9)
        #expect(reader.commands("if i cancel the speaker does the money go back to my card?", seen(FlowStack()))
                == [.startFlow(.refundStatus, orders: [Shop.paidID], slots: [])])
        #expect(reader.commands("do i need to cancel the table lamp first?", seen(FlowStack()))
                == [.startFlow(.orderStatus, orders: [Shop.unpaidID], slots: [])])
        // Asked as a request, it is one.
        #expect(reader.commands("cancel the speaker", seen(FlowStack())) == [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])])
        // A request after the "if I …" clause is a request.
        let asked = reader.commands("if we are still in time for the speaker, could you cancel it for me?", seen(FlowStack()))
        #expect(asked.contains { if case .startFlow(.cancelOrder, [Shop.paidID], _) = $0 { true } else { false } })
    }

    @Test func theSameActionSaidAfterTheOrderAndTimeInADisputeAndAJoinerBeforeIf() {
        let deleted = stack([.startFlow(.deleteOrder, orders: [Shop.completedID], slots: []), .confirm(true)])
        let reader = Reader.always("out_of_scope", 0.9)
        var afterDelete = seen(deleted)
        afterDelete.lastGoal = .deleteOrder
        #expect(reader.commands("the phone cover too please", afterDelete) == [.startFlow(.deleteOrder, orders: [Shop.deliveredID], slots: [])])
        let disputing = stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged), .outcome(.partialRefund)])])
        #expect(Reader.always("order_status", 0.9).commands("and how long does all this take?", seen(disputing, topics: ["dispute_timeline"]))
                == [.answer(topic: "dispute_timeline", order: Shop.deliveredID)])
        #expect(CommandGenerator.asksWhatWouldHappen("and if i do cancel it later, what then?"))
    }
}
