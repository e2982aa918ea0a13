import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// Answers given inside longer lines: a negation written short or long is the same to the option matcher, and where an
/// amount is asked the one number of a line that is no date or duration is the amount, with the evidence said beside it.
@Suite struct AnswerInALongerLineTests {
    @Test func aShortNegationMatchesTheOptionsLongOne() {
        #expect(OptionMatcher.disputeReason("the screws werent in the box at all") == .missingParts)
        #expect(OptionMatcher.disputeReason("the cables arent included") == .missingParts)
        #expect(OptionMatcher.longForms(["it", "doesnt", "work"]) == ["it", "does", "not", "work"])
        #expect(OptionMatcher.longForms(["fine", "thanks"]) == ["fine", "thanks"])
    }

    private var amountPrompt: ConversationContext {
        let stack = Shop.stack([[.startFlow(.openDispute, orders: [Shop.deliveredID], slots: [.disputeReason(.damaged), .outcome(.partialRefund)])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func theOneNumberOfALongerLineIsTheAmountWithTheEvidenceBesideIt() {
        #expect(amountPrompt.expecting == .amount)
        let unread = Reader { _ in nil }
        let commands = unread.commands("im fine keeping it, i would take 7 back, no pics", amountPrompt)
        #expect(commands.contains(.setSlot(.amount(Shop.usd(700)))))
        #expect(commands.contains(.setSlot(.evidence([]))))
        // A duration is no amount.
        #expect(!unread.commands("it broke after using it for 2 days, really annoying", amountPrompt).contains { if case .setSlot(.amount) = $0 { true } else { false } })
    }
}
