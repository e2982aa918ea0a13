import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// A yes/no question answered with agreement and then the buyer's own words: a yes unless the words ask, wait,
/// refuse, change the request, name another order or ask for another action. The classifier is made to read every
/// line as small talk, so only the placement decides.
@Suite struct AgreementAtQuestionTests {
    private let asChat = Reader.always("thanks", 0.4)

    private func atSummary(_ goal: DialogGoal, _ order: OrderID, deleted: [Order] = [], slots: [SlotValue] = []) -> ConversationContext {
        let listed = Shop.all.filter { o in !deleted.contains { $0.id == o.id } }
        let stack = Shop.stack([[.startFlow(goal, orders: [order], slots: slots)]], in: Shop.context(listed, deleted: deleted))
        return Shop.conversation(stack.conversationContext(), orders: listed + deleted)
    }

    private var cancelSpeaker: ConversationContext {
        atSummary(.cancelOrder, Shop.paidID, slots: [.cancellationReason(.noLongerNeeded, note: nil)])
    }

    @Test func theSummaryWaitsForAYes() {
        #expect(cancelSpeaker.expecting == .confirmation)
    }

    @Test func agreementFollowedByThanksOrRemarksInAnyLanguageIsAYes() {
        for line in ["yes, merci beaucoup", "oui d'accord", "sure thing mate", "ok cheers", "claro, muchas gracias",
                     "ja prima", "yes I understand", "tak dziekuje bardzo", "ja, doe maar"] {
            #expect(asChat.commands(line, cancelSpeaker) == [.confirm(true)], "\(line)")
        }
    }

    @Test func agreementRestatingThePendingActionInOtherWordsIsAYes() {
        #expect(asChat.commands("yes scrap the speaker too", cancelSpeaker) == [.confirm(true)])
        var gone = Shop.completed
        gone.deletion = .deleted
        let forGood = atSummary(.deletePermanently, Shop.completedID, deleted: [gone])
        #expect(forGood.expecting == .confirmation)
        for line in ["yes wipe it out", "ok delete it", "sure, erase it completely"] {
            #expect(asChat.commands(line, forGood) == [.confirm(true)], "\(line)")
        }
    }

    @Test func agreementThatAsksWaitsRefusesOrChangesIsNoYes() {
        for line in ["yes but not the speaker", "ok wait", "sure, and what happens to my money", "yes the lamp",
                     "ok bye", "ok keep it", "si, pero mañana", "yes message the seller instead", "ok cancel that",
                     "ja nee, toch niet", "yes, the reason is a different coupon"] {
            #expect(asChat.commands(line, cancelSpeaker) != [.confirm(true)], "\(line)")
        }
    }

    @Test func agreementFollowedByWordsNotKnownToGoWithAYesIsNoYes() {
        // Holding back, putting off or taking back in words no list of refusals holds: not sure, so no yes.
        for line in ["sure... brb", "yes lol kidding", "okay umm idk", "ja, vielleicht doch nicht", "oui, plus tard",
                     "si, mas tarde", "da, nyet", "hai, chotto matte", "ja maar later"] {
            #expect(asChat.commands(line, cancelSpeaker) != [.confirm(true)], "\(line)")
        }
    }

    @Test func anAcknowledgementOfARefusalDoesNotTakeUpTheOffer() {
        // The shipped blender's cancellation is refused and messaging its seller offered.
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.shippedID], slots: [])]])
        let offer = Shop.conversation(stack.conversationContext())
        #expect(offer.expecting == .offer(.messageSeller))
        for line in ["ok thanks for telling me", "alright i see, too bad"] {
            #expect(asChat.commands(line, offer) != [.confirm(true)], "\(line)")
        }
        // A yes said as a yes still takes it up.
        #expect(asChat.commands("yes please", offer) == [.confirm(true)])
    }
}

