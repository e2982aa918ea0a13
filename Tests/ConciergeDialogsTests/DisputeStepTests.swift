import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// A dispute's questions answered in the buyer's own words and order: what went wrong said in another tense, and
/// lines that answer another of the dispute's questions than the one asked.
@Suite struct DisputeStepTests {
    let context = Shop.context()

    private func stack(_ commands: [DialogueCommand]) -> FlowStack { Shop.stack([commands], in: context) }

    private func seen(_ stack: FlowStack) -> ConversationContext {
        Shop.conversation(stack.conversationContext(), topics: ["dispute_timeline", "refund_timing"])
    }

    private var askingWhatWentWrong: FlowStack { stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [])]) }
    private var askingOutcome: FlowStack {
        stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged)])])
    }

    @Test func optionsMatchWhateverTheTenseOrNumber() {
        #expect(OptionMatcher.disputeReason("the shop send me a kettle, i ordered a toaster") == .wrongItem)
        #expect(OptionMatcher.disputeReason("they refuse to cancel and ship it all the same") == .sellerRefusedCancellation)
        #expect(OptionMatcher.disputeReason("the vase got here in two pieces") == .damaged)
        // Any count of pieces is broken, in digits or words; pieces missing are not.
        for count in ["4", "seven", "several", "a few", "so many", "12"] {
            #expect(OptionMatcher.disputeReason("the lid came in \(count) pieces") == .damaged, "\(count)")
        }
        #expect(OptionMatcher.disputeReason("two pieces of the set were not in the box") == .missingParts)
        #expect(OptionMatcher.disputeReason("the remote control was not in the box") == .missingParts)
        #expect(OptionMatcher.outcome("i only want my money") == .fullRefund)
        // Two phrases that meet at one stem ("need", "needed") are one word of evidence, not two.
        #expect(OptionMatcher.reasonInPassing("i need to cancel the lamp") == nil)
        #expect(Stem.of("refused") == Stem.of("refuse"))
        #expect(Stem.of("shipped") == Stem.of("ship"))
        #expect(Stem.of("sent") == Stem.of("send"))
    }

    @Test func aStatementMatchingAnOptionAnswersItWhateverTopicTheClassifierHears() {
        let hearsATopic = Reader { _ in ("faq", 0.95, "dispute_timeline") }
        let commands = hearsATopic.commands("when i unpacked it the handle was in two pieces", seen(askingWhatWentWrong))
        #expect(commands.first == .setSlot(.disputeReason(.damaged)))
        // A question is still answered.
        #expect(hearsATopic.commands("how long does a dispute take?", seen(askingWhatWentWrong))
                == [.answer(topic: "dispute_timeline", order: Shop.deliveredID)])
    }

    @Test func whatTheBuyerWantsBackSaidBeforeWhatWentWrongIsKept() {
        let reader = Reader(classify: { _ in ("open_dispute", 0.9, nil) },
                            extra: { _ in var e = Entities(); e.amounts = [600]; return e })
        let commands = reader.commands("i will keep it, i just want 6 dollars back", seen(askingWhatWentWrong))
        #expect(commands == [.setSlot(.outcome(.partialRefund)), .setSlot(.amount(Shop.usd(600)))])
    }

    @Test func photosOrTheStoryWhereTheOutcomeIsAskedAreKept() {
        let reader = Reader.always("open_dispute", 0.9)
        #expect(reader.commands("here is a picture, shelf.jpg", seen(askingOutcome)) == [.setSlot(.evidence(["shelf.jpg"]))])
        let story = "the courier left it at a wrong door and the neighbour opened it"
        #expect(reader.commands(story, seen(askingOutcome)) == [.setSlot(.description(story))])
        // A short line that gives nothing is still not understood.
        #expect(reader.commands("hmm ok", seen(askingOutcome)) == [.notUnderstood(hint: nil)])
        // A buyer unsure which option to take has told no story: the options again.
        #expect(reader.commands("to be honest i cannot decide what would work out for me", seen(askingOutcome)) == [.notUnderstood(hint: nil)])
        #expect(reader.commands("i really have no idea what i should go for here", seen(askingOutcome)) == [.notUnderstood(hint: nil)])
    }
}

/// Values of a dispute that mean something else than they seem: the whole price with a full refund, "no photos"
/// at the summary, a story with a "not" in it where photos are asked.
@Suite struct DisputeValueTests {
    let context = Shop.context()

    private func said(_ effects: [Effect]) -> String {
        effects.compactMap { if case .say(let text) = $0 { text } else { nil } }.joined(separator: "\n")
    }

    @Test func theWholePriceWithAFullRefundIsThatFullRefund() {
        let start: [DialogueCommand] = [.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [
            .disputeReason(.notReceived), .outcome(.fullRefund), .description("it never came"), .evidence([]),
        ])]
        var stack = FlowStack()
        _ = stack.apply(start, context, texts: Shop.texts)
        #expect(said(stack.apply([.setSlot(.amount(Shop.usd(2310)))], context, texts: Shop.texts)).contains("asking for full refund"))
        // Less than the price is a partial refund of that amount.
        var partial = FlowStack()
        _ = partial.apply(start, context, texts: Shop.texts)
        #expect(said(partial.apply([.setSlot(.amount(Shop.usd(900)))], context, texts: Shop.texts)).contains("asking for partial refund of 9.00 USD"))
    }

    @Test func noPhotosAtADisputesSummaryIsNoNo() {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [
            .disputeReason(.damaged), .outcome(.fullRefund), .description("the screen is cracked"), .evidence(["a.jpg"]),
        ])], context, texts: Shop.texts)
        let seen = Shop.conversation(stack.conversationContext())
        let commands = Reader.always("open_dispute", 0.6).commands("i have no photos actually", seen)
        #expect(commands == [.correctSlot(.evidence([]))])
        let effects = stack.apply(commands, context, texts: Shop.texts)
        #expect(said(effects).contains("evidence: none"))
        // A plain no still turns the summary down.
        #expect(Reader.always("open_dispute", 0.6).commands("no", seen) == [.confirm(false)])
        // A no, then a word about photos after the comma: still the no.
        let noThenPhotos = Reader.always("open_dispute", 0.6).commands("no, pictures would not change a thing, drop it", seen)
        #expect(noThenPhotos.contains(.confirm(false)) && !noThenPhotos.contains(.correctSlot(.evidence([]))), "\(noThenPhotos)")
    }

    @Test func aStoryWithANotWherePhotosAreAskedIsTheDescription() {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [
            .disputeReason(.notReceived), .outcome(.fullRefund), .description("nothing came"),
        ])], context, texts: Shop.texts)
        let seen = Shop.conversation(stack.conversationContext())
        let story = "the courier says it was left at the door but it was not there when i came home"
        #expect(Reader.always("open_dispute", 0.6).commands(story, seen) == [.correctSlot(.description(story))])
        #expect(Reader.always("open_dispute", 0.6).commands("not really", seen) == [.skip])
        #expect(OptionMatcher.disputeReason("i ordered a red scarf and what arrived was a pair of gloves") == .wrongItem)
    }
}

/// Lines placed by what they say to the question pending: an option's own label, a "not that one" at a pick of two, another
/// order named in a correction where an amount is asked, "not now" at a summary.
@Suite struct PendingStepWordsTests {
    let context = Shop.context()

    private func stack(_ commands: [DialogueCommand]) -> FlowStack { Shop.stack([commands], in: context) }

    @Test func anOptionsOwnLabelBeatsWhatTheExtractorRead() {
        let asking = stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged)])])
        let reader = Reader(classify: { _ in ("open_dispute", 0.9, nil) },
                            extra: { _ in var e = Entities(); e.disputeOutcome = .returnAndRefund; return e })
        #expect(reader.commands("they sent it back broken, i want full refund", Shop.conversation(asking.conversationContext())).first
                == .setSlot(.outcome(.fullRefund)))
    }

    @Test func notThatOneWhereTwoAreListedPicksTheOther() {
        let choosing = stack([.startFlow(.messageSeller, orders: [Shop.paidID, Shop.shippedID], slots: [])])
        let seen = Shop.conversation(choosing.conversationContext())
        #expect(Reader.always("message_seller", 0.5).commands("the other thing, not the blender", seen) == [.setSlot(.order(Shop.paidID))])
    }

    @Test func aCorrectionWhereAnAmountIsAskedNamesTheOrderByItsItem() {
        let asking = stack([.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged)])])
        let seen = Shop.conversation(asking.conversationContext())
        let reader = Reader(classify: { _ in ("open_dispute", 0.9, nil) },
                            extra: { _ in var e = Entities(); e.amounts = [500]; return e })
        let commands = reader.commands("oh sorry the cover is ok, it is the garden hose that broke, 5 dollars back", seen)
        #expect(commands.first == .correctSlot(.order(Shop.completedID)))
        // Without a correction, item words in the story choose nothing.
        #expect(!reader.commands("the garden hose leaks, 5 dollars back", seen).contains(.correctSlot(.order(Shop.completedID))))
    }

    @Test func notNowAtASummaryIsANoForNow() {
        let waiting = stack([.startFlow(.deleteOrder, orders: [Shop.completedID], slots: [])])
        let seen = Shop.conversation(waiting.conversationContext())
        #expect(Reader.always("delete_order", 0.5).commands("not now, thanks, maybe after the holidays", seen) == [.confirm(false)])
        #expect(!CommandGenerator.putsOff("not the hose, the cover"))
    }

    @Test func whatAMessageSaysAboutConfirmingIsTheSellersToRead() {
        let reader = Reader.always("message_seller", 0.8)
        let commands = reader.commands("send the seller a message: I confirmed receipt by mistake, could you help?",
                                       Shop.conversation(topics: ["confirm_receipt"]))
        #expect(!commands.contains { if case .answer = $0 { true } else { false } })
    }
}

/// A fault told about an order with no request in it, a message to "him", a return turned down in the buyer's grammar.
@Suite struct ProblemToldTests {
    @Test func aFaultToldAboutOneOrderStartsItsDispute() {
        let unread = Reader { _ in nil }   // the classifier finds nothing it knows
        let commands = unread.commands("the phone cover has a big crack along the side", Shop.conversation())
        #expect(commands.first == .startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged)]))
        // A question, a request of its own, or a parcel still on its way starts nothing of the kind.
        #expect(!unread.commands("is the phone cover cracked often?", Shop.conversation()).contains { if case .startFlow(.openDispute, _, _) = $0 { true } else { false } })
        #expect(!unread.commands("the phone cover has a crack, delete it from my list", Shop.conversation())
            .contains { if case .startFlow(.openDispute, _, _) = $0 { true } else { false } })
        #expect(OptionMatcher.disputeReason("take the lamp off my list") == nil)
    }

    @Test func himAndThemAreTheSellerWhereTheBuyerWrites() {
        #expect(CommandGenerator.startsMessage("just write him to hurry up", sellers: [:]))
        #expect(CommandGenerator.startsMessage("please message them about the colour", sellers: [:]))
        #expect(!CommandGenerator.startsMessage("write down my new address", sellers: [:]))
    }

    @Test func aReturnTurnedDownInTheBuyersGrammar() {
        #expect(CommandGenerator.negatesReturn(Words("i dont want send it back, only some money")))
        #expect(CommandGenerator.negatesReturn(Words("not going to return it")))
        // A "not" about something else before a return asked for is no refusal of the return.
        #expect(!CommandGenerator.negatesReturn(Words("it does not charge, i want return it and refund")))
        // A reply's "no" first, then the return asked for: the question turned down, not the return.
        #expect(!CommandGenerator.negatesReturn(Words("no i want to return it and get refund")))
        #expect(!CommandGenerator.negatesReturn(Words("no i would like to send it back for my money")))
        #expect(CommandGenerator.negatesReturn(Words("we wont be sending it back")))
    }
}

/// "How long will the seller take to answer?": the seller's deadline, from the order's status, whatever topic is heard.
@Suite struct SellerTimeQuestionTests {
    let context = Shop.context()

    @Test func theSellersDeadlineIsAskedOfTheOrderOfTheConversation() {
        let hearsDisputes = Reader { _ in ("faq", 0.9, "dispute_timeline") }
        var seen = Shop.conversation(topics: ["dispute_timeline"])
        seen.lastOrderID = Shop.paidID
        #expect(hearsDisputes.commands("and how long does the seller get to answer me", seen)
                == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        // The buyer's own deadline, or a dispute's length, is another question.
        #expect(hearsDisputes.commands("how many days do i have to pay them", seen) != [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
        #expect(hearsDisputes.commands("how long will the dispute take", seen) == [.answer(topic: "dispute_timeline", order: nil)])
    }

    @Test func atACancelsSummaryItIsWhatAYesLeadsTo() {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])],
                        context, texts: Shop.texts)
        let seen = Shop.conversation(stack.conversationContext(), topics: ["refund_timing"])
        #expect(Reader.always("faq", 0.9, detail: "refund_timing").commands("how long until the seller answers?", seen) == [.repeatQuestion])
    }
}
