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
                     "ja prima", "yes I understand", "tak dziekuje bardzo"] {
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
}
