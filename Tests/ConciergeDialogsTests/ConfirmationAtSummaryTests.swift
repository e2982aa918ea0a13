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
}
