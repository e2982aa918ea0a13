import Foundation
import Testing
@testable import ConciergeDialogs

/// A yes that carries more than the yes: a confirmation said in the formal register with the action as its object, a yes
/// followed by a feeling or a reason, agreement beside words and pictures of other languages; and, beside each, the near
/// misses that must stay no yes (a doubt, someone else's feeling, "all" over other orders, "cancel that", a thumbs down).
@Suite struct ConfirmationReaderRegisterTests {
    private func reader(_ goal: DialogGoal, title: Set<String> = []) -> ConfirmationReader {
        .summary(goal, title: title, getsRidOf: [.cancelOrder, .cancelPayment, .deleteOrder, .deletePermanently].contains(goal))
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
        for line in ["opo, salamat po", "sige po", "ok, iptal et lütfen", "yes, terima kasih", "ndiyo, asante", "👍", "ok 👌",
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

    private func expectNoYes(_ goal: DialogGoal, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            let reading = reader(goal).read(line)
            #expect(reading.decision != .yes, "\(goal) \(line): \(reading.why)", sourceLocation: sourceLocation)
        }
    }

    @Test func aPictureBesideAYesCountsOnlyWhenItPlainlyApproves() {
        // Given a summary, when a yes comes with a picture of approval, then it is a yes; with any other picture (asking,
        // waiting, fear, mockery, alarm) it is asked again.
        for line in ["yes 🙂", "ok 😊", "sure ❤️", "yes please 🎉", "yes 👍", "ok ✅"] {
            let reading = reader(.cancelOrder).read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
        expectNoYes(.cancelOrder, ["yes ❓", "ok ⏳", "sure 🙄", "yes 😰", "ok 🤦", "yes ⚠️", "fine 🙃", "alright 😬😬", "yes ⌛️",
                                   "sure 😂😂", "ok 🫠", "yes 🚨", "yep 🤨", "yes 🐌"])
        expectNoYes(.deletePermanently, ["yes 😱", "ok 💀", "sure 🥲"])
    }

    @Test func fineAsItIsLeavesTheOrderAlone() {
        // "as it is" after a judgement agrees only of a text to be sent, never of the order, payment or list.
        expectNoYes(.cancelOrder, ["The order is fine as it is.", "It's all good as is.", "honestly it's alright as it is, right?",
                                   "My purchase is perfect as it is", "it's ok as it stands"])
        expectNoYes(.deleteOrder, ["My history is fine as it is, thanks."])
        expectNoYes(.cancelPayment, ["The payment is correct as it is."])
        let reading = reader(.messageSeller).read("The text is fine as it is, please send it.")
        #expect(reading.decision == .yes, "\(reading.why)")
    }

    @Test func aForeignYesWithWordsTheReaderCannotCheckIsNoYes() {
        // Swahili and Arabic yes words followed by their own later, wait, but or no; Tagalog "oo" is "ooh" in English.
        expectNoYes(.cancelOrder, ["ndiyo, kesho", "ndiyo lakini subiri", "ndiyo ila baadaye", "naam, bukra", "aiwa, istanna",
                                   "naam, la", "ndiyo, hapana bado", "oo I see", "oo nice", "oo really"])
    }

    @Test func laughterTakenBackAsAJokeIsNoYes() {
        expectNoYes(.cancelOrder, ["yes haha just kidding", "ok lol jk", "sure lmao, joking", "yes hahaha kidding obviously",
                                   "yes haha I'm only joking"])
        expectNoYes(.messageSeller, ["sure, lol, jk"])
    }

    @Test func whatAIsNoExclamationBesideAYes() {
        // "what a great way to …" mocks as often as it exclaims: asked again.
        expectNoYes(.cancelOrder, ["Yes, what a great way to waste my money.", "sure, what a brilliant idea to lose the deposit"])
        expectNoYes(.openDispute, ["Yes, what a fantastic way to end a friendship with the seller."])
        // Right before a word of feeling it still exclaims.
        for line in ["yes please, what a nightmare", "ok, what a relief honestly"] {
            let reading = reader(.cancelOrder).read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
    }

    @Test func aFeelingBesideAYesCountsOnlyAsTheBuyersOwn() {
        // The buyer's own feeling tells why; another person's may be why the buyer hesitates.
        for line in ["yes please, I'm so annoyed", "yes, this is so frustrating", "yes, so annoying"] {
            let reading = reader(.cancelOrder).read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
        }
        expectNoYes(.cancelOrder, ["Yes, my client is furious.", "Yes, the recipient is disappointed.", "yes, my roommate is upset",
                                   "Yes, my aunt was really sad.", "Yes, our neighbours are angry about it."])
        // News that may undo the request.
        expectNoYes(.cancelOrder, ["Yes. Sadly the seller already sent it.", "yes ugh, the shop just dispatched it"])
        expectNoYes(.openDispute, ["Yes, so annoying, the seller just offered a refund."])
    }

    @Test func allOverThingsThatMayBeOrdersIsNoYes() {
        // "all" is neutral only over the summary's parts, "it", or what is never bought ("all my emails").
        expectNoYes(.deleteOrder, ["Yes, erase all my junk.", "Yes, remove all the rubbish.", "yes, delete all my stuff too"])
        expectNoYes(.deletePermanently, ["Yes, wipe all the old lamps."])
        expectNoYes(.openDispute, ["Yes, all my mugs from that shop."])
        let reading = reader(.openDispute).read("yes please, they ignored all my emails")
        #expect(reading.decision == .yes, "\(reading.why)")
    }
}
