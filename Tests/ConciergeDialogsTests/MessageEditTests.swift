import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Instructions about a drafted message are applied to the draft, never sent as its text; a summary approved in
/// other words is a yes; a question at a summary is answered with what a yes would lead to.
@Suite struct MessageEditTests {
    let context = Shop.context()

    private func edited(_ draft: String, _ line: String) -> String? {
        MessageEdit.apply(MessageEdit.edits(in: line), to: draft)
    }

    @Test func instructionsAreReadAsEdits() {
        #expect(MessageEdit.edits(in: "um, could you make it a bit friendlier") == [.polite])
        #expect(MessageEdit.edits(in: "change the 3rd to the 5th") == [.replace(old: "the 3rd", new: "the 5th")])
        #expect(MessageEdit.edits(in: "begin with good morning and end with cheers") == [.prepend("good morning"), .append("cheers")])
        #expect(MessageEdit.edits(in: "take out the bit about the refund, too pushy. just say i am happy to wait")
                == [.remove(about: "the refund", replacement: "i am happy to wait")])
        // A message that merely talks about changes is no instruction.
        #expect(MessageEdit.edits(in: "please change the colour of the bag to green if you still can").isEmpty)
        #expect(MessageEdit.edits(in: "i want to remove my old address from the order").isEmpty)
        #expect(MessageEdit.edits(in: "yes send it").isEmpty)
        // A no stays a no unless it takes words out or swaps them; an approval before an instruction is passed over.
        #expect(MessageEdit.edits(in: "nope, just tell them nothing yet").isEmpty)
        #expect(MessageEdit.edits(in: "nah, replace the 3rd with the 5th") == [.replace(old: "the 3rd", new: "the 5th")])
        #expect(MessageEdit.edits(in: "yeah but could you make it friendlier") == [.polite])
        #expect(MessageEdit.edits(in: "sure, send it, but begin with good morning") == [.prepend("good morning")])
    }

    @Test func editsChangeOnlyWhatTheyName() {
        let draft = "Please wrap the vase carefully, it is a gift for 3 may. I leave on 9 may but after that nobody is home."
        #expect(edited(draft, "make it 4 may not 3 may") == "Please wrap the vase carefully, it is a gift for 4 may. I leave on 9 may but after that nobody is home.")
        // One differing word, found once in the draft, even when the buyer orders the date differently.
        #expect(edited(draft, "hmm make it may 4 not may 3") == "Please wrap the vase carefully, it is a gift for 4 may. I leave on 9 may but after that nobody is home.")
        #expect(edited(draft, "remove the part about nobody home") == "Please wrap the vase carefully, it is a gift for 3 may. I leave on 9 may.")
        #expect(edited(draft, "make it more polite") == "Hello, please wrap the vase carefully, it is a gift for 3 may. I leave on 9 may but after that nobody is home. Thank you.")
        // Nothing to change: the draft stays (nil), never replaced by the instruction.
        #expect(edited(draft, "remove the sentence about the colour") == nil)
        #expect(edited(draft, "change 12 june to 14 june") == nil)
    }

    @Test func anEditAtTheSummaryKeepsTheDraft() {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Can you send it in a plain box? I need it by Monday.")])],
                        context, texts: Shop.texts)
        let seen = Shop.conversation(stack.conversationContext())
        let commands = Reader.always("message_seller", 0.9).commands("actually make it tuesday not monday", seen)
        #expect(commands == [.setSlot(.messageEdit([.replace(old: "monday", new: "tuesday")]))])
        let effects = stack.apply(commands, context, texts: Shop.texts)
        #expect(effects.contains(.say("Summary: send this message to the seller of \(Shop.named(Shop.paid)): \"Can you send it in a plain box? I need it by Tuesday.\"")))
        let missing = stack.apply([.setSlot(.messageEdit([.remove(about: "the colour", replacement: nil)]))], context, texts: Shop.texts)
        #expect(missing.first?.line?.hasPrefix("I couldn't find what to change") == true)
        #expect(missing.contains(.say("Summary: send this message to the seller of \(Shop.named(Shop.paid)): \"Can you send it in a plain box? I need it by Tuesday.\"")))
    }

    @Test func anApprovalWithTheVerbIsAYesAndAQuestionExplainsTheYes() {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Is the speaker black or grey?")])], context, texts: Shop.texts)
        let seen = Shop.conversation(stack.conversationContext())
        let reader = Reader.always("message_seller", 0.6)
        #expect(reader.commands("great, send", seen) == [.confirm(true)])
        #expect(reader.commands("looks good send it now", seen) == [.confirm(true)])
        // Words of a message of its own are not an approval.
        #expect(reader.commands("send them my new phone number", seen) != [.confirm(true)])
        let asked = reader.commands("and how do i know when they reply?", seen)
        #expect(asked == [.repeatQuestion])
        let effects = stack.apply(asked, context, texts: Shop.texts)
        #expect(effects.contains { $0.line?.contains("thread of order #\(Shop.paidID)") == true })
        #expect(effects.last == Shop.goAhead)
    }

    @Test func deletingExplainsThatItCanBeRestored() {
        var flow = GuidedDialog(goal: .deleteOrder)
        _ = flow.start(orders: [Shop.completedID], slots: [], context)
        #expect(flow.explained(context).first?.line?.contains("restore") == true)
    }

    // MARK: - What follows the seller named is the message

    @Test func theWordsAfterTheSellerAndTheOrderAreTheMessage() {
        let naming: Set<String> = ["garden", "hose"]
        #expect(MessageDraft.afterSellerNamed("tell the seller of the garden hose i will be away until 3 may", naming: naming)?.content
                == "i will be away until 3 may")
        #expect(MessageDraft.afterSellerNamed("write to the hose seller, please leave it with the neighbour", naming: naming)?.content
                == "please leave it with the neighbour")
        let asked = MessageDraft.afterSellerNamed("ask the garden hose seller to hold it one more week", naming: naming)
        #expect(asked?.content == "hold it one more week" && asked?.asked == true)
        // Only the order named again, or nothing after the seller: no message yet.
        #expect(MessageDraft.afterSellerNamed("message the seller of the garden hose order please", naming: naming) == nil)
        #expect(MessageDraft.afterSellerNamed("i want to contact the seller", naming: naming) == nil)
        #expect(MessageDraft.afterSellerNamed("i will write to the seller first, no wait, leave the hose", naming: naming) == nil)
        #expect(MessageDraft.draft(from: "ask the garden hose seller to hold it one more week please", orderID: "7300000005", naming: naming)
                == "Hello, could you please hold it one more week for order #7300000005? Thank you.")
    }
}

/// A drafted message changed the way buyers say it at its summary: "not X, Y", an addition asked politely or at the end,
/// a question to put to the seller, a yes with praise in between; and a message dictated where one was offered.
@Suite struct MessageSummaryWordsTests {
    let context = Shop.context()

    private func atSummary(_ draft: String) -> (FlowStack, ConversationContext) {
        var stack = FlowStack()
        _ = stack.apply([.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message(draft)])], context, texts: Shop.texts)
        return (stack, Shop.conversation(stack.conversationContext()))
    }

    @Test func notThisThatSwapsTheWordsAndKeepsTheirCapital() {
        #expect(MessageEdit.edits(in: "oops, not Friday, Saturday") == [.replace(old: "friday", new: "saturday")])
        #expect(MessageEdit.apply(MessageEdit.edits(in: "sorry, not Friday, Saturday"), to: "I am out on Friday.") == "I am out on Saturday.")
        // The new words cut to as many as the old ones, without a sign the old did not have.
        #expect(MessageEdit.apply(MessageEdit.edits(in: "not 20, make it 25% off"), to: "could you give me 20% off") == "could you give me 25% off")
    }

    @Test func aValueStatedThenTheOneItReplacesSwapsThem() {
        // "… is X, not Y": the stated value takes the place of the one taken back.
        #expect(MessageEdit.edits(in: "sorry, the gate code is 5512, not 5521") == [.replace(old: "5521", new: "5512")])
        #expect(MessageEdit.apply(MessageEdit.edits(in: "oh the flat number should be 14B, not 41B"),
                                  to: "Please leave it at flat 41B, ring twice.") == "Please leave it at flat 14b, ring twice.")
        // "not Y, I need X": the statement after the taken-back words.
        #expect(MessageEdit.apply(MessageEdit.edits(in: "hmm not 40 cm, i need 45 cm. fix it please"),
                                  to: "I need the 40 cm version of the shelf.") == "I need the 45 cm version of the shelf.")
        // Putting the sending off, or a time said against another, changes no words.
        #expect(MessageEdit.edits(in: "send it today, not tomorrow").isEmpty)
        #expect(MessageEdit.edits(in: "it is fine, not now").isEmpty)
    }

    @Test func additionsAskedPolitelyOrAtTheEnd() {
        #expect(MessageDraft.addition(in: "could you add at the end: best wishes, Tom") == "best wishes, Tom")
        #expect(MessageDraft.addition(in: "and ask them whether they have it in green") == "Could you also tell me whether you have it in green?")
        #expect(MessageDraft.addition(in: "ask if he can use a box without logos") == "Could you also tell me if you can use a box without logos?")
    }

    @Test func aYesWithPraiseBetweenIsAYes() {
        let (_, seen) = atSummary("Is the speaker black or grey?")
        let reader = Reader.always("message_seller", 0.6)
        #expect(reader.commands("yes, this reads really well, send it please", seen) == [.confirm(true)])
        #expect(reader.commands("ok that is fine by me, go ahead", seen) == [.confirm(true)])
        // A yes with a change is not a plain yes.
        #expect(reader.commands("yes, dont send it yet", seen) != [.confirm(true)])
    }

    @Test func aMessageDictatedWhereOneWasOfferedIsForThatOrder() {
        // Given the shipped blender's cancel refused, with messaging offered
        var refused = FlowStack()
        _ = refused.apply([.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])], context, texts: Shop.texts)
        #expect(refused.conversationContext().expecting == .offer(.messageSeller))
        // When the buyer dictates a message whose words read as a cancel of something else
        let reader = Reader.always("cancel_order", 0.6)
        let commands = reader.commands("message: please do not cancel the speaker too, just send the blender quickly", Shop.conversation(refused.conversationContext()))
        // Then it is the offered message, for the blender
        #expect(commands.last == .startFlow(.messageSeller, orders: [Shop.shippedID],
                                            slots: [.message("please do not cancel the speaker too, just send the blender quickly")]))
    }

    @Test func whatADictatedMessageTurnsDownIsNotTheBuyers() {
        let generator = CommandGenerator(context: Shop.conversation())
        #expect(generator.declinedGoals("message: please do not cancel, just wait a day").isEmpty)
        #expect(generator.declinedGoals("i do not want to cancel, message: please wait a day") == [.cancelOrder])
    }
}
