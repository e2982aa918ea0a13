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

    private func stack(_ commands: [DialogueCommand]) -> FlowStack {
        var stack = FlowStack()
        _ = stack.apply(commands, context, texts: Shop.texts)
        return stack
    }

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
    }
}
