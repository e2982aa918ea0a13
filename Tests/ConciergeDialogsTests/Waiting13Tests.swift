import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// What a chatty buyer's line does while a message flow waits: content linked after whoever is addressed, a go-ahead
/// where the text is asked, a yes before a quoted message, and a draft that named the order the buyer then corrects.
@Suite struct Waiting13Tests {
    // MARK: - Content linked after the addressee

    @Test func aQuestionLinkedAfterTheAddresseeIsTheDraft() {
        let asked = MessageDraft.draft(from: "could you drop a message to the folks making my vase asking whether they can wrap it please?",
                                       orderID: "7300000002")
        #expect(asked == "Hello, could you tell me if you can wrap it? It's about order #7300000002. Thank you.")
        let when = MessageDraft.draft(from: "pls msg the seller and ask roughly when the speaker will get here", orderID: "7300000002")
        #expect(when == "Hello, could you tell me when the speaker will get here? It's about order #7300000002. Thank you.")
        let told = MessageDraft.draft(from: "send the shop a message telling them the strap came torn", orderID: "7300000004")
        #expect(told == "Hello, regarding order #7300000004: The strap came torn. Thank you.")
    }

    @Test func aLinkWithNothingAfterItOrNoMessageVerbIsNoDraft() {
        // Only the order's own name after the link says nothing.
        #expect(MessageDraft.linkedDraft("message them asking about the speaker", order: "order #7300000002", naming: ["speaker"]) == nil)
        // "ask" alone, put to the assistant, is no message to the seller.
        #expect(MessageDraft.linkedDraft("can i ask whether my refund is coming", order: "my order", naming: []) == nil)
    }

    // MARK: - A go-ahead is never the text

    @Test func goAheadsAndApprovalsAreNotMessageText() {
        #expect(CommandGenerator.onlyApprovesOrSends("and yes send the message too"))
        #expect(CommandGenerator.onlyApprovesOrSends("Grand, send it"))
        #expect(CommandGenerator.onlyApprovesOrSends("yes that's all correct"))
        #expect(!CommandGenerator.onlyApprovesOrSends("send it in blue please"))
        #expect(!CommandGenerator.onlyApprovesOrSends("yes tell them I am away until Friday"))
        #expect(!CommandGenerator.onlyApprovesOrSends("please ship it before the weekend"))
        #expect(!CommandGenerator.onlyApprovesOrSends("don't send it"))
    }

    private func atMessage(_ text: String, expecting: ConciergeDialogs.Expectation) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .messageSeller
        base.activeOrder = Shop.paidID
        base.lastOrderID = Shop.paidID
        base.expecting = expecting
        return Reader.always("message_seller", 0.6).commands(text, Shop.conversation(base))
    }

    @Test func aGoAheadWhereTheTextIsAskedSetsNoMessage() {
        let commands = atMessage("and yes send the message too", expecting: .message)
        #expect(!commands.contains { if case .setSlot(.message) = $0 { true } else { false } })
    }

    @Test func aYesBeforeAQuotedMessageOnlyIntroducesIt() {
        let commands = atMessage("Yes — \"Hi, could you post it before the 30th? Thanks\"", expecting: .message)
        #expect(commands.contains(.setSlot(.message("Hi, could you post it before the 30th? Thanks"))))
    }

    @Test func anApprovalWithASendAtTheSummaryIsAYesNotANewMessage() {
        let commands = atMessage("Grand, send it", expecting: .confirmation)
        #expect(commands == [.confirm(true)])
    }

    // MARK: - A draft that named the order the buyer corrects

    @Test func aDraftNamingTheOldItemIsDroppedWhenTheOrderChanges() {
        let bell = TestData.order(.delivered, id: "7300000011", title: "Bike bell chrome")
        let bag = TestData.order(.awaitingShipment, id: "7300000012", title: "Saddle bag waterproof")
        #expect(GuidedDialog.message("Is the bell in black available too?", movedFrom: bell, to: bag) == nil)
        #expect(GuidedDialog.message("Hello, I'm writing about my bells for order #7300000011.", movedFrom: bell, to: bag) == nil)
        // A draft about neither item follows the order, with the new number.
        #expect(GuidedDialog.message("Hello, could you post it by Friday? It's about order #7300000011. Thank you.", movedFrom: bell, to: bag)
                == "Hello, could you post it by Friday? It's about order #7300000012. Thank you.")
    }

    @Test func aDraftNamingTheOldSizeIsDropped() {
        let small = TestData.order(.awaitingShipment, id: "7300000013", title: "Hiking boots size 39")
        let large = TestData.order(.awaitingShipment, id: "7300000014", title: "Hiking boots size 41")
        #expect(GuidedDialog.message("Size 39 boots.", movedFrom: small, to: large) == nil)
        #expect(GuidedDialog.message("Please pack the boots well.", movedFrom: small, to: large) == "Please pack the boots well.")
    }

    @Test func theMessageFlowAsksAgainAfterTheCorrection() {
        let bell = TestData.order(.delivered, id: "7300000011", title: "Bike bell chrome")
        let bag = TestData.order(.awaitingShipment, id: "7300000012", title: "Saddle bag waterproof")
        let context = FlowContext(orders: [bell, bag], deletedOrders: [], sellers: Shop.sellers, now: TestData.now)
        var flow = GuidedDialog(goal: .messageSeller)
        _ = flow.start(orders: [bell.id], slots: [.message("Is the bell in black available too?")], context)
        #expect(flow.expecting == .confirmation)
        _ = flow.set(.order(bag.id), context)
        #expect(flow.expecting == .message)
    }
}

/// A cancellation reason told by a chatty buyer where the reason is asked.
extension Waiting13Tests {
    private func atReason(_ text: String, orders: [Order] = Shop.all, active: OrderID = Shop.paidID) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .cancelOrder
        base.activeOrder = active
        base.lastOrderID = active
        base.expecting = .reason
        return Reader.always("cancel_order", 0.6).commands(text, Shop.conversation(base, orders: orders))
    }

    @Test func aChangeOfMindLeadingIntoTheReasonIsTheReason() {
        #expect(atReason("changed my mind dont need it") == [.setSlot(.cancellationReason(.noLongerNeeded, note: nil))])
        #expect(atReason("i changed my mind, found it cheaper elsewhere") == [.setSlot(.cancellationReason(.noLongerNeeded, note: nil))])
    }

    @Test func aChangeOfMindThatKeepsTheOrderIsStillAWayOut() {
        #expect(!atReason("changed my mind, dont cancel it").contains { if case .setSlot = $0 { true } else { false } })
        #expect(!atReason("changed my mind, i want to keep it").contains { if case .setSlot = $0 { true } else { false } })
        #expect(!atReason("never mind, dont need it").contains { if case .setSlot = $0 { true } else { false } })
    }

    @Test func theSameItemInTheStoryIsTheOrderAskedAbout() {
        let other = TestData.order(.completed, id: "7300000021", title: "Travel speaker")
        let commands = atReason("long story, my sister already gave me the exact same speaker so i'd have two", orders: Shop.all + [other])
        #expect(commands == [.setSlot(.cancellationReason(.noLongerNeeded, note: nil))])
        // A correction still moves the request to the other speaker.
        let corrected = atReason("no wait, the travel speaker", orders: Shop.all + [other])
        #expect(!corrected.contains { if case .setSlot(.cancellationReason) = $0 { true } else { false } })
    }

    @Test func outcomesSaidAsAllTheMoney() {
        #expect(OptionMatcher.outcome("i want every cent back honestly") == .fullRefund)
    }
}

/// At a message summary: the seller named beside a yes, a question about another order, a draft written before its order.
extension Waiting13Tests {
    static let kettle = TestData.order(.awaitingShipment, id: "7300000031", title: "Cast iron kettle")
    static let cups = TestData.order(.shipped, id: "7300000032", title: "Stoneware cups")

    private func atMessageSummary(_ text: String, reader: Reader = Reader.always("message_seller", 0.6)) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .messageSeller
        base.activeOrder = Self.kettle.id
        base.lastOrderID = Self.kettle.id
        base.expecting = .confirmation
        return reader.commands(text, Shop.conversation(base, orders: Shop.all + [Self.kettle, Self.cups]))
    }

    @Test func aYesNamingTheSellerOfTwoOrdersSendsToTheOneShown() {
        // Both kettle and cups are sold by Harbor Gadgets (S1).
        #expect(atMessageSummary("Yes, send the message to Harbor Gadgets please.") == [.confirm(true)])
        #expect(!atMessageSummary("no, send it to Harbor Gadgets about the cups").contains(.confirm(true)))
    }

    @Test func aQuestionAboutWhatWouldHappenToAnotherOrderMovesNothing() {
        let commands = atMessageSummary("and the lamp, sorry, what did you say happens to it if I do not pay?", reader: Reader.always("out_of_scope", 0.3))
        #expect(commands == [.startFlow(.orderStatus, orders: [Shop.unpaidID], slots: [])])
    }

    @Test func aDraftWrittenBeforeItsOrderGetsTheNumber() {
        #expect(GuidedDialog.message("Hello, could you tell me when it ships? It's about my order. Thank you.", naming: "7300000031")
                == "Hello, could you tell me when it ships? It's about order #7300000031. Thank you.")
        #expect(GuidedDialog.message("Please ship it for my birthday.", naming: "7300000031") == "Please ship it for my birthday.")
    }
}

/// Orders named by a chatty buyer: one set aside, one named by its seller and how far it has come; a closing line at a prompt.
extension Waiting13Tests {
    static let pot = TestData.order(.awaitingShipment, id: "7300000041", title: "Cast iron teapot")
    static let mugs = TestData.order(.shipped, id: "7300000042", title: "Stoneware mug pair")

    private func resolver() -> OrderResolver {
        OrderResolver(orders: [Self.pot, Self.mugs, Shop.unpaid], lastListed: [], sellers: Shop.sellers, now: TestData.now)
    }

    @Test func stillOnItsWayNarrowsTheSellersOrdersToTheShippedOne() {
        #expect(resolver().resolve("where is my Harbor Gadgets order that is still on its way?", numbers: []).meant == [Self.mugs.id])
    }

    @Test func anOrderSetAsideIsNotMeant() {
        let found = resolver().resolve("forget the teapot for a sec, where are my Harbor Gadgets things still on their way?", numbers: [])
        #expect(found.meant == [Self.mugs.id])
        #expect(found.negative.contains(Self.pot.id))
    }

    @Test func aClosingLineWhereAReasonIsAskedDropsTheRequest() {
        #expect(atReason("ok thanks, that is all for now") == [.cancelFlow, .chitchat("thanks")])
        // With a reason it is the reason.
        #expect(atReason("thats all, i dont need it anymore") == [.setSlot(.cancellationReason(.noLongerNeeded, note: nil))])
    }
}

/// What the buyer wants from a dispute, said again while photos are asked.
extension Waiting13Tests {
    private func atEvidence(_ text: String) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .openDispute
        base.activeOrder = Shop.deliveredID
        base.lastOrderID = Shop.deliveredID
        base.expecting = .evidence
        return Reader.always("open_dispute", 0.5).commands(text, Shop.conversation(base))
    }

    @Test func aPartialRefundSaidWherePhotosAreAskedChangesTheOutcome() {
        let commands = atEvidence("ok then just a partial refund, 10 dollars")
        #expect(commands.contains(.correctSlot(.outcome(.partialRefund))))
        // (The amount comes from the entity extractor, which this reader leaves out; the transcript
        // prompts13/dispute-outcome-changed-later checks it.)
        #expect(!commands.contains { if case .correctSlot(.description) = $0 { true } else { false } })
    }

    @Test func aQuestionAboutWhatTheBuyerMustDoChoosesNothing() {
        #expect(atEvidence("wait do i have to ship the whole thing back??") == [.repeatQuestion])
        #expect(OptionMatcher.outcome("the cover is missing a whole strap") == nil)
    }
}

/// At a summary, words that fit the order of the summary as well as another name the order of the summary.
extension Waiting13Tests {
    static let lampA = TestData.order(.awaitingShipment, id: "7300000051", title: "Ceramic table lamp")
    static let lampB = TestData.order(.completed, id: "7300000052", title: "Brass floor lamp")

    private func atCancelSummary(_ text: String) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .cancelOrder
        base.activeOrder = Self.lampA.id
        base.lastOrderID = Self.lampA.id
        base.expecting = .confirmation
        return Reader.always("cancel_order", 0.9).commands(text, Shop.conversation(base, orders: [Self.lampA, Self.lampB, Shop.shipped]))
    }

    @Test func theSummarysOwnNounSwitchesToNoOtherOrder() {
        #expect(!atCancelSummary("ok yes cancel the lamp").contains(.correctSlot(.order(Self.lampB.id))))
        // A correction still switches.
        #expect(atCancelSummary("no wait, the brass floor lamp").contains(.correctSlot(.order(Self.lampB.id))))
    }

    @Test func whatTheSellerWillDoWithAnotherOrderIsAnswered() {
        let commands = atCancelSummary("will the seller still send the blender normally?")
        #expect(commands == [.startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
    }
}

/// Clauses of one request cut apart start it once, with the slots of both.
extension Waiting13Tests {
    @Test func twoClausesStartingTheSameRequestAreOne() {
        let generated = GeneratedCommands(
            commands: [.cancelFlow, .startFlow(.messageSeller, orders: [Shop.paidID], slots: []),
                       .startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Could you ship it on Friday?")]),
                       .startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])],
            reasons: ["a", "b", "c", "d"])
        let merged = CommandGenerator.mergingSameRequests(generated)
        #expect(merged.commands == [.cancelFlow, .startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Could you ship it on Friday?")]),
                                    .startFlow(.orderStatus, orders: [Shop.shippedID], slots: [])])
        // Another order's request stays its own.
        let two = GeneratedCommands(commands: [.startFlow(.messageSeller, orders: [Shop.paidID], slots: []),
                                               .startFlow(.messageSeller, orders: [Shop.shippedID], slots: [])], reasons: ["a", "b"])
        #expect(CommandGenerator.mergingSameRequests(two).commands.count == 2)
    }
}

/// Where the message text is asked, a line that only corrects the order is no message.
extension Waiting13Tests {
    @Test func onlyACorrectionOfTheOrderWhereTheTextIsAskedMovesTheRequest() {
        let commands = atMessage("sorry, is mistake. not speaker. The blender. The compact blender I mean", expecting: .message)
        #expect(commands == [.correctSlot(.order(Shop.shippedID))])
        // A message that also names another item is the message.
        let message = atMessage("oh and could you pack the speaker well, the blender you sent me last time broke", expecting: .message)
        #expect(!message.contains(.correctSlot(.order(Shop.shippedID))))
    }
}
