import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// A decision said the long way: courtesy around the yes, a thing of another action turned down beside it, the action in
/// everyday verbs, a question about what follows asked after the decision, the text of a message said with the
/// correction of its order, and "why not?" after a refusal on a cancelled order.
@Suite struct DecisionInOwnWordsTests {
    private let cancelling = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.cancelOrder),
                                                neutralWords: ConfirmationReader.actionNouns(.cancelOrder))
    private let messaging = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.messageSeller),
                                               neutralWords: ConfirmationReader.actionNouns(.messageSeller))
    private let removing = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.deleteOrder),
                                              neutralWords: ConfirmationReader.actionNouns(.deleteOrder))

    @Test func aConditionOfCourtesyThatClosesItsClauseIsNoCondition() {
        for line in ["Sure, cancel it as soon as you can, if possible.", "ok go ahead if you would, cheers", "yes pls, if you dont mind"] {
            let reading = cancelling.read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
        // More in the clause makes it a condition: never a yes.
        for line in ["yes if you can get the money back by monday", "ok, if possible before the weekend, otherwise no"] {
            #expect(cancelling.read(line).decision != .yes, "\(line)")
        }
    }

    @Test func aThingOfAnotherActionTurnedDownBesideAYesKeepsTheYes() {
        for line in ["Go ahead and cancel. No message to the shop, thanks.", "yes cancel, no dispute, no fuss"] {
            let reading = cancelling.read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
        // The action's own thing turned down is a refusal.
        #expect(messaging.read("no message, thanks").decision == .no)
        #expect(cancelling.read("no, no cancellation").decision == .no)
    }

    @Test func theActionInEverydayVerbsAgrees() {
        for line in ["Yes, please take it off my list.", "ok, tidy it away", "yes throw it out"] {
            let reading = removing.read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
        #expect(removing.read("don't take it off my list").decision == .no)
    }

    @Test func aYesInASentenceOfItsOwnBesideRemarksIsAYes() {
        for line in ["That reads nicely, cheers. Yes, send it.", "Okay. My neighbour checked the wording for me. Send it please."] {
            let reading = messaging.read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
        // A remark that negates, hesitates, asks or has someone else act holds the yes back.
        for line in ["It is not the right shop. Yes, send it.", "The shop will reply anyway. Yes, send it.", "Maybe later today. Yes, send it.",
                     "Order 7300000042 is the one. Yes, send it."] {
            #expect(messaging.read(line).decision != .yes, "\(line)")
        }
    }

    @Test func agreementWithTheCancelVerbAtACancellationIsAYes() {
        let reader = Reader.always("cancel_order", 0.9)
        for line in ["ok cancel", "okay, cancel it please"] {
            #expect(reader.commands(line, cancelSpeaker) == [.confirm(true)], "\(line)")
        }
        // "cancel that" takes the request back, with or without "ok".
        #expect(reader.commands("ok cancel that", cancelSpeaker) == [.confirm(false)])
    }

    @Test func stoppingThePaymentAtItsSummarySaysTheActionAgain() {
        let paying = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.cancelPayment),
                                        neutralWords: ConfirmationReader.actionNouns(.cancelPayment))
        #expect(paying.read("yes, stop that payment please").decision == .yes)
        #expect(paying.read("no, don't stop that payment").decision == .no)
    }

    private var coverDispute: ConversationContext {
        Shop.conversation(Shop.stack([[.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [])]]).conversationContext())
    }

    @Test func anotherItemInsideTheStoryOfWhatWentWrongChoosesNoOrder() {
        #expect(coverDispute.expecting == .disputeReason)
        let reader = Reader.always("open_dispute", 0.6)
        let commands = reader.commands("It has a split along one edge, it came squashed under a compact blender in the parcel", coverDispute)
        #expect(commands.contains(.setSlot(.disputeReason(.damaged))), "\(commands)")
        #expect(!commands.contains { if case .correctSlot(.order) = $0 { true } else { false } }, "\(commands)")
        // A correction said as one still moves the dispute to the order named.
        #expect(reader.commands("no wait, I meant the compact blender", coverDispute).contains(.correctSlot(.order(Shop.shippedID))))
    }

    @Test func noPhotographsAtTheEvidenceStepIsNoEvidence() {
        let stack = Shop.stack([[.startFlow(.openDispute, orders: [Shop.deliveredID],
                                            slots: [.disputeReason(.damaged), .outcome(.fullRefund), .description("The cover has a crack")])]])
        let context = Shop.conversation(stack.conversationContext())
        #expect(context.expecting == .evidence)
        #expect(Reader.always("open_dispute", 0.6).commands("I have no photographs, sorry, I would not know how.", context) == [.skip])
    }

    @Test func aFollowUpWithTooAsksTheSameActionWhateverTheClassifierHears() {
        var base = ConversationContext()
        base.lastGoal = .cancelOrder
        base.lastOrderID = Shop.unpaidID
        let commands = Reader.always("open_dispute", 0.95).commands("and the speaker too", Shop.conversation(base))
        #expect(commands == [.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [])], "\(commands)")
    }

    @Test func anAcknowledgementWhereAQuestionsOrderIsAskedDropsTheQuestion() {
        let stack = Shop.stack([[.startFlow(.orderStatus, orders: [Shop.paidID, Shop.shippedID], slots: [])]])
        let context = Shop.conversation(stack.conversationContext())
        guard case .order = context.expecting else { Issue.record("no list: \(context.expecting)"); return }
        #expect(Reader.always("thanks", 0.9).commands("ok merci", context) == [.cancelFlow, .chitchat("thanks")])
        // Where an action waits for its order, an acknowledgement drops nothing.
        let cancelling = Shop.conversation(Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID, Shop.unpaidID], slots: [])]]).conversationContext())
        #expect(!Reader.always("thanks", 0.9).commands("ok thanks", cancelling).contains(.cancelFlow))
    }

    @Test func aQuestionThatAsksForMoreAfterAGoAheadIsNoQuestionAboutWhatFollows() {
        let messaging = Shop.conversation(Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Please ship soon")])]])
            .conversationContext())
        let commands = Reader.always("message_seller", 0.9).commands("Sure, send it. Can you also add my phone number?", messaging)
        #expect(!commands.contains(.confirm(true)), "\(commands)")
        #expect(cancelling.read("jo").decision == .yes)
    }

    @Test func thanksAddedToAMessageStayInTheMessage() {
        let messaging = Shop.conversation(Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Please ship soon")])]])
            .conversationContext())
        let commands = Reader.always("message_seller", 0.9).commands("Could you also add that I thank them for the quick answer last time?", messaging)
        #expect(commands.contains { if case .setSlot(.messageAddition(let text)) = $0 { text.contains("quick answer") } else { false } }, "\(commands)")
    }

    @Test func aQuestionForTheSellerAfterTheRequestNamedThemIsTheMessage() {
        let text = "I need to write to the shop about the speaker. Please ask whether it comes with a charger."
        let draft = MessageDraft.draft(from: text, orderID: Shop.paidID)
        #expect(draft?.contains("charger") == true, "\(draft ?? "nil")")
        // The seller named after "ask" is read as before, not named twice.
        #expect(MessageDraft.draft(from: "Please ask the seller whether it comes with a charger.", orderID: Shop.paidID)?.contains("seller") != true)
    }

    @Test func theOtherOneOfTheSameRequestAddsNothing() {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)]),
                                 .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])]])
        let context = Shop.conversation(stack.conversationContext())
        let reader = Reader.always("cancel_order", 0.5)
        #expect(reader.commands("and the other one as well, yes, if you haven't done it already", context) == [.confirm(true)])
        // A single request has no other one: the same words hold the yes back.
        #expect(!reader.commands("and the other one as well, yes", cancelSpeaker).contains(.confirm(true)))
    }

    private var cancelSpeaker: ConversationContext {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func aDecisionInItsOwnSentencesThenAQuestionIsTakenAndTheQuestionAnswered() {
        let reader = Reader { _ in ("refund_status", 0.9, "refund_timing") }
        let commands = reader.commands("Right, please cancel the speaker. How soon is the money on my card?", cancelSpeaker)
        #expect(commands.first == .confirm(true), "\(commands)")
        #expect(commands.contains(.answer(topic: "refund_timing", order: Shop.paidID)), "\(commands)")
        // A question that weighs the decision, or one asked before deciding, leaves the summary waiting.
        for line in ["Yes, cancel it. But can I undo it later?", "Cancel it please. Should I message them first?",
                     "How soon is the money back? Then cancel it.", "yes, but how soon is the money back?"] {
            #expect(!reader.commands(line, cancelSpeaker).contains(.confirm(true)), "\(line)")
        }
    }

    @Test func anOrderNamedInThanksIsNoChoiceOfOrder() {
        let reader = Reader.always("cancel_order", 0.9)
        let commands = reader.commands("Yes, cancel the speaker please, and thank you for checking on the blender.", cancelSpeaker)
        #expect(commands == [.confirm(true)], "\(commands)")
        // Named outside the thanks, it is still another order: never a yes.
        #expect(!reader.commands("Yes, cancel the blender please, thank you.", cancelSpeaker).contains(.confirm(true)))
    }

    @Test func ordersTheSameRequestCoversAddNothingToIt() {
        // "cancel the speaker and the lamp": the lamp's cancel waits behind the speaker's summary.
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)]),
                                 .startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [])]])
        let context = Shop.conversation(stack.conversationContext())
        #expect(context.expecting == .confirmation && context.activeOrder == Shop.paidID)
        let reader = Reader.always("cancel_order", 0.5)
        #expect(reader.commands("Yes, both of them, the speaker as well as the lamp, please.", context) == [.confirm(true)])
        // An order the request does not cover is a change, never a yes.
        #expect(!reader.commands("Yes, the speaker as well as the blender, please.", context).contains(.confirm(true)))
    }

    @Test func theMessageSaidWithTheCorrectionOfItsOrderIsKept() {
        let stack = Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [])]])
        let context = Shop.conversation(stack.conversationContext())
        #expect(context.expecting == .message)
        let reader = Reader { _ in ("message_seller", 0.9, nil) }
        let line = "Sorry, not the speaker, I meant the table lamp. Please ask them whether the bulb is included in the box."
        let commands = reader.commands(line, context)
        #expect(commands.contains(.correctSlot(.order(Shop.unpaidID))), "\(commands)")
        #expect(commands.contains { if case .setSlot(.message(let text)) = $0 { text.lowercased().contains("bulb") } else { false } }, "\(commands)")
    }

    @Test func whyNotAfterARefusalOnACancelledOrderSaysWhereItsRefundStands() {
        var cancelled = TestData.order(.cancelled, id: "7300000009", title: "Travel kettle")
        cancelled.refund = Refund(amount: Shop.usd(2310), stage: .refunded, at: TestData.now.addingTimeInterval(-86_400 * 3))
        let context = Shop.context(Shop.all + [cancelled])
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.openDispute, orders: [cancelled.id], slots: [])], context, texts: Shop.texts)
        #expect(stack.lastRefusal == .alreadyCancelled)
        let effects = stack.apply([.explainRefusal], context, texts: Shop.texts)
        let said = effects.compactMap { if case .say(let text) = $0 { text } else { nil } }.joined(separator: "\n")
        #expect(said.contains("23.10"), "\(said)")
    }

    // Review 10: wrong yeses.

    private var cancelLamp: ConversationContext {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.unpaidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func aGoAheadBeforeAQuestionIsTakenOnlyWhenTheQuestionAsksWhatFollows() {
        // The classifier hears no topic of what follows: the question is answered first, nothing is done.
        let hearsTheAction = Reader.always("cancel_order", 0.9)
        for line in ["Go ahead and cancel it. Is this a good idea?", "Yes, proceed. Which one is this again?"] {
            #expect(!hearsTheAction.commands(line, cancelSpeaker).contains(.confirm(true)), "\(line)")
        }
        // A topic of what follows, but the question weighs the decision: nothing done.
        let hearsRefund = Reader { _ in ("refund_status", 0.9, "refund_timing") }
        #expect(!hearsRefund.commands("Go ahead. Will I lose my money if I do this?", cancelSpeaker).contains(.confirm(true)))
        // Whether the money comes back asks what follows a request to the seller: taken.
        #expect(hearsTheAction.commands("Fine, go ahead and cancel. Do I get a refund?", cancelSpeaker).first == .confirm(true))
        // Where the cancellation closes at once (an unpaid order), never on a go-ahead beside a question.
        #expect(cancelLamp.expecting == .confirmation)
        #expect(!hearsRefund.commands("Right, cancel the lamp. How soon is the money on my card?", cancelLamp).contains(.confirm(true)))
    }

    @Test func aBareOkCancelWhereTheCancellationClosesAtOnceIsAskedAgain() {
        let reader = Reader.always("cancel_order", 0.9)
        #expect(reader.commands("ok cancel", cancelLamp) == [.repeatQuestion])
        #expect(reader.commands("okay cancel it", cancelLamp) == [.confirm(true)])
        #expect(reader.commands("yes cancel", cancelLamp) == [.confirm(true)])
    }

    @Test func aBareYesBesideARemarkOrAnIntentionIsNoYes() {
        // A bare "Yes." may answer the remark; the yes sentence must say the action or go ahead.
        for line in ["Yes. It is for my aunt.", "Okay. My cousin gave it to me."] {
            #expect(cancelling.read(line).decision != .yes, "\(line)")
        }
        // An intention or a pause beside the action said again holds it back.
        for line in ["Send it. Hmm, let me look at it again.", "Send it. My sister wants a look at it."] {
            #expect(messaging.read(line).decision != .yes, "\(line)")
        }
        #expect(messaging.read("Looks neat. Send it.").decision == .yes)
        // The buyer doing it themselves is no go-ahead.
        #expect(messaging.read("Sure. I'll write to them myself.").decision != .yes)
        // An item named in a remark may be a correction of the order: read on, never a yes.
        let reader = Reader.always("cancel_order", 0.9)
        #expect(!reader.commands("Cancel it. The lamp is for my aunt.", cancelSpeaker).contains(.confirm(true)))
        #expect(reader.commands("Right, that one. The speaker. Cancel it please.", cancelSpeaker) == [.confirm(true)])
    }

    @Test func noWithTheActionsOwnKindOfThingIsNoYes() {
        let disputing = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(.openDispute),
                                           neutralWords: ConfirmationReader.actionNouns(.openDispute))
        for line in ["no chat please", "no notes please", "no messages please"] {
            #expect(messaging.read(line).decision != .yes, "\(line)")
        }
        #expect(disputing.read("no disputes please").decision != .yes)
        // Another action's thing beside "please" alone is no go-ahead either.
        #expect(cancelling.read("no photos please").decision != .yes)
        // Beside a clear yes it still stands aside.
        #expect(cancelling.read("yes cancel it, no chat please").decision == .yes)
    }

    @Test func thanksThatAskForMoreAreRead() {
        let reader = Reader.always("cancel_order", 0.9)
        #expect(!reader.commands("yes, thank you for cancelling the lamp too", cancelSpeaker).contains(.confirm(true)))
        #expect(CommandGenerator.withoutThanksClauses("ok, thanks for looking into the fan.") == "ok, .")
    }

    @Test func anotherItemNamedAsTheDamagedOneWhereWhatWentWrongIsAskedMovesTheDispute() {
        let reader = Reader.always("open_dispute", 0.6)
        for line in ["the compact blender came dented and cracked", "the cover is fine, it is the compact blender that arrived broken"] {
            #expect(reader.commands(line, coverDispute).contains(.correctSlot(.order(Shop.shippedID))), "\(line)")
        }
        // Beside it, or compared with it, it is the story.
        #expect(!reader.commands("it is cracked, same as the compact blender was", coverDispute)
            .contains { if case .correctSlot(.order) = $0 { true } else { false } })
    }
}
