import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// The reader placed at a real summary: a yes or no said as a sentence is the answer, a question leaves the summary
/// waiting, a change is never a yes. The classifier is made to misread the lines, so only the placement decides.
@Suite struct ConfirmationAtSummaryTests {
    private var cancelSpeaker: ConversationContext {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func theSummaryWaitsForAYes() {
        #expect(cancelSpeaker.expecting == .confirmation)
    }

    @Test func agreementInASentenceIsAYes() {
        let asChat = Reader.always("thanks", 0.4)
        for line in ["That sounds just fine, carry on please.", "Very well then, you may proceed with it.", "Fine by me, go ahead.",
                     "Alright, let's do that then, thank you."] {
            #expect(asChat.commands(line, cancelSpeaker) == [.confirm(true)], "\(line)")
        }
        // Read by the classifier as a wish for a person: still the yes it says.
        #expect(Reader.always("human_agent", 0.9).commands("Yes please, that's exactly what I want.", cancelSpeaker) == [.confirm(true)])
    }

    @Test func refusalInASentenceEndsTheRequest() {
        let asChat = Reader.always("thanks", 0.4)
        for line in ["I'd rather you didn't, thank you.", "Let's leave it as it is, please.", "yes... actually no, don't",
                     "Sorry love, no, I've had second thoughts, let it be."] {
            #expect(asChat.commands(line, cancelSpeaker) == [.confirm(false)], "\(line)")
        }
    }

    @Test func aPutOffIsANoAndAHesitationIsAskedAgain() {
        let asChat = Reader.always("thanks", 0.4)
        for line in ["Fine, I'll sleep on it.", "Alright, I'll check with my daughter and come back.", "Fine, forget about it."] {
            #expect(asChat.commands(line, cancelSpeaker) == [.confirm(false)], "\(line)")
        }
        for line in ["sure thing, once it ships", "yes, if it's no trouble"] {
            #expect(asChat.commands(line, cancelSpeaker) == [.notUnderstood(hint: nil)], "\(line)")
        }
    }

    @Test func aQuestionLeavesTheSummaryWaiting() {
        // Read by the classifier as another request: answered or asked again, never done, never dropped.
        let asMessage = Reader.always("message_seller", 0.9)
        for line in ["Before you do, will the seller be told why?", "yes, but will they see my name?"] {
            let commands = asMessage.commands(line, cancelSpeaker)
            #expect(!commands.contains(.confirm(true)) && !commands.contains(.cancelFlow), "\(line): \(commands)")
        }
    }

    @Test func aChangeOfWhatIsDoneIsNoYes() {
        let asChat = Reader.always("thanks", 0.4)
        for line in ["yes, the lamp instead", "yes and the blender too", "no, cancel the lamp instead", "yes but for order 7300009999"] {
            #expect(!asChat.commands(line, cancelSpeaker).contains(.confirm(true)), "\(line)")
        }
    }

    /// At a message's summary, a new text with a "not" in it replaces the message; it is neither a yes nor asked again.
    @Test func aNewTextWithANotAtAMessageSummaryReplacesTheMessage() {
        let messaging = Shop.conversation(Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Where is it?")])]])
            .conversationContext())
        #expect(messaging.expecting == .confirmation)
        let text = "Please send me the blue ones, not the grey ones. I ordered 2 pairs"
        let commands = Reader.always("order_status", 0.4).commands(text, messaging)
        #expect(!commands.contains(.confirm(true)))
        #expect(commands.contains { if case .correctSlot(.message) = $0 { return true } else { return false } }, "\(commands)")
    }

    private var confirmCover: ConversationContext {
        Shop.conversation(Shop.stack([[.startFlow(.confirmReceipt, orders: [Shop.deliveredID], slots: [])]]).conversationContext())
    }

    /// Lines that are not a yes (a "not" thrown away, words not understood, a question without "?", a condition, someone
    /// else's word, sarcasm, a hesitation): never confirmed, whatever the classifier makes of them.
    @Test func whatIsNotAYesIsNeverConfirmed() {
        #expect(confirmCover.expecting == .confirmation)
        let lines = [
            // A "not" set aside.
            "I didn't say yes", "I never said yes", "yes, not this one", "yes, that's not the one", "yes, that's not what I meant",
            "yes not this order", "ok, not the speaker", "ok, not the phone cover",
            // Agreement beside words that refuse or put off.
            "ok, don't worry about it", "ok let's skip that", "ok, I'll handle it myself", "sure, on Friday", "next year",
            "I don't mind keeping it", "sure, I think", "yes I got your message", "yes I got the email",
            // Questions without a question mark.
            "ok and how long will it take", "yes do I get a refund",
            // Conditions and other people's words.
            "yes as long as it's free", "yes when I get home", "ok once he replies", "yes provided the seller agrees",
            "yes, send it when they're back", "yes but the seller must agree", "he said yes", "they told me to say yes",
            "the seller said ok",
            // Sarcasm; a hesitation the reader sees.
            "yeah right, great, just what I need", "sure, and pigs fly", "yes, unless it costs extra",
            // Damage where receipt is confirmed.
            "yes, it came damaged", "yes it arrived broken",
        ]
        for reader in [Reader.always("thanks", 0.4), Reader.always("cancel_order", 0.9), Reader.always("out_of_scope", 0.5),
                       Reader.always("confirm_receipt", 0.9)] {
            for context in [cancelSpeaker, confirmCover] {
                for line in lines {
                    let commands = reader.commands(line, context)
                    #expect(!commands.contains(.confirm(true)), "\(line): \(commands)")
                }
            }
        }
    }

    /// A "no" that does not refuse is never a refusal; a smiley does not stop a yes.
    @Test func aNoThatDoesNotRefuseIsNotARefusal() {
        let asChat = Reader.always("thanks", 0.4)
        for line in ["yes please, no further questions", "absolutely, no doubt", "yes, no rush", "I wouldn't say no", "nie wiem", "nah yeah"] {
            let commands = asChat.commands(line, cancelSpeaker)
            #expect(!commands.contains(.confirm(false)) && !commands.contains(.cancelFlow), "\(line): \(commands)")
        }
        for line in ["yes please :)", "ok :)", "sure ;-)"] {
            #expect(asChat.commands(line, cancelSpeaker) == [.confirm(true)], "\(line)")
        }
    }
}
