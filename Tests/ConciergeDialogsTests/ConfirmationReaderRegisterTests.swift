import Foundation
import Testing
@testable import ConciergeDialogs

/// A yes that carries more than the yes: a confirmation said in the formal register with the action as its object, a yes
/// followed by a feeling or a reason, agreement beside words and pictures of other languages; and, beside each, the near
/// misses that must stay no yes (a doubt, someone else's feeling, "all" over other orders, "cancel that", a thumbs down).
@Suite struct ConfirmationReaderRegisterTests {
    private func reader(_ goal: DialogGoal, title: Set<String> = []) -> ConfirmationReader {
        ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(goal), neutralWords: ConfirmationReader.actionNouns(goal).union(title),
                           negatedRemarksAgree: [.cancelOrder, .cancelPayment, .deleteOrder, .deletePermanently].contains(goal))
    }

    @Test func aFormalConfirmationWithTheActionAsItsObjectIsAYes() {
        // Given a summary waiting for yes or no, when the buyer confirms in full sentences, then it is a yes.
        let cases: [(DialogGoal, String)] = [
            (.cancelOrder, "I hereby request the cancellation of this purchase."),
            (.cancelOrder, "The summary is accurate. Kindly proceed with cancelling the order."),
            (.deleteOrder, "Yes, I would like the order deleted from my history, as described."),
            (.openDispute, "All the information above is correct; please open the dispute as summarized."),
            (.restoreOrder, "I confirm the restoration of the order, thank you."),
            (.messageSeller, "The wording is fine as it is, please send it."),
        ]
        for (goal, line) in cases {
            let reading = reader(goal).read(line)
            #expect(reading.decision == .yes, "\(goal) \(line): \(reading.why)")
        }
    }

    @Test func aFormalRefusalOrACorrectionInTheSameRegisterIsNoYes() {
        let cases: [(DialogGoal, String)] = [
            (.cancelOrder, "I do not confirm the cancellation of this purchase."),
            (.openDispute, "The details above are not accurate."),
            (.openDispute, "Yes, but the description is incorrect."),
            (.cancelOrder, "I would like the cancellation confirmed by the shop first."),
            (.cancelOrder, "Yes, please cancel all my other orders as well."),
            (.messageSeller, "Please leave it as it is."),
        ]
        for (goal, line) in cases {
            let reading = reader(goal).read(line)
            #expect(reading.decision != .yes, "\(goal) \(line): \(reading.why)")
        }
    }

    @Test func aYesWithAFeelingOrAReasonAttachedIsAYes() {
        let cases: [(DialogGoal, String)] = [
            (.cancelOrder, "yes, honestly I'm so frustrated with this shop"),
            (.cancelOrder, "yeah do it, I've been waiting for ages"),
            (.cancelOrder, "ok, sorry about all the hassle"),
            (.cancelOrder, "yes please, we chose the wrong colour by accident"),
            (.cancelOrder, "sure, I no longer need it"),
            (.deleteOrder, "yes, I don't want to see it in my list anymore"),
            (.openDispute, "yes. ugh, what a nightmare this has been"),
            (.cancelPayment, "yes please, it is far too slow anyway"),
        ]
        for (goal, line) in cases {
            let reading = reader(goal).read(line)
            #expect(reading.decision == .yes, "\(goal) \(line): \(reading.why)")
        }
    }

    @Test func aYesWithADoubtSomeoneElsesFeelingOrMockeryIsNoYes() {
        let cases: [(DialogGoal, String)] = [
            (.cancelOrder, "yes, though I'm a bit worried about the refund"),
            (.cancelOrder, "ok. my husband is really upset about this"),
            (.cancelOrder, "yeah right, like that ever works"),
            (.cancelOrder, "ok, I don't need you to do that"),
            (.deleteOrder, "sure, I don't need it deleted"),
            (.restoreOrder, "yes, I no longer need it back"),
            (.cancelOrder, "yes, sorry for the hassle, but hold on"),
            (.deletePermanently, "yes sure, wipe my whole account while you're at it"),
        ]
        for (goal, line) in cases {
            let reading = reader(goal).read(line)
            #expect(reading.decision != .yes, "\(goal) \(line): \(reading.why)")
        }
    }

    @Test func theActionSaidInAnotherFormOfItsVerbSaysItAgain() {
        let cancelling = reader(.cancelOrder)
        #expect(cancelling.isActionForm("cancelling"))
        #expect(cancelling.isActionForm("cancellation"))
        #expect(!cancelling.isActionForm("cancel"))
        #expect(reader(.deleteOrder).isActionForm("deletion"))
        #expect(reader(.deleteOrder).isActionForm("removal"))
        #expect(!reader(.deleteOrder).isActionForm("deliver"))
        // "cancel this order" says the action with its object; "cancel that" alone still holds back.
        #expect(cancelling.read("yes, I want to cancel this order").decision == .yes)
        #expect(cancelling.read("ok cancel that").decision != .yes)
        // A negator before another form still refuses.
        #expect(reader(.deleteOrder).read("I don't want it deleted").decision == .no)
    }

    @Test func wordsAndPicturesOfOtherLanguagesAgreeAndRefuse() {
        let cancelling = reader(.cancelOrder)
        for line in ["oo, salamat po", "sige po", "ok, iptal et lütfen", "yes, terima kasih", "ndiyo, asante", "👍", "ok 👌",
                     "yes please 🙏"] {
            let reading = cancelling.read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
        for line in ["hapana", "nie, zostaw to", "👎", "🙅‍♂️"] {
            let reading = cancelling.read(line)
            #expect(reading.decision == .no, "\(line): \(reading.why)")
        }
        for line in ["yes 🤔", "🙂", "ok 👎"] {
            let reading = cancelling.read(line)
            #expect(reading.decision != .yes, "\(line): \(reading.why)")
        }
    }
}
