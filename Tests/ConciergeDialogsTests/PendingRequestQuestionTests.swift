import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// At a summary, a question about time or money is about the request the summary shows: what a yes leads to is
/// told, and the summary asked again. The classifier is made to read each line as a status question.
@Suite struct PendingRequestQuestionTests {
    private let asStatus = Reader.always("order_status", 0.6)

    private var cancelSpeaker: ConversationContext {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func aQuestionAboutTimeOrMoneyAtTheSummaryTellsWhatAYesLeadsTo() {
        #expect(cancelSpeaker.expecting == .confirmation)
        for line in ["so how long will all of this take?", "and when do i see my money back", "will it go back on my card?"] {
            #expect(asStatus.commands(line, cancelSpeaker) == [.repeatQuestion], "\(line)")
        }
    }

    @Test func aQuestionAboutAnotherOrderPayingOrAnotherWayIsNotAboutTheRequest() {
        for line in ["how long will the blender take to arrive?", "how many days do i have to pay?",
                     "or should i open a dispute instead, how long is that?"] {
            #expect(asStatus.commands(line, cancelSpeaker) != [.repeatQuestion], "\(line)")
        }
    }

    @Test func aMessageSummaryDoesNotAnswerTimeOrMoney() {
        let stack = Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Please ship it soon.")])]])
        let context = Shop.conversation(stack.conversationContext())
        #expect(context.expecting == .confirmation)
        #expect(asStatus.commands("when do i get my money back?", context) != [.repeatQuestion])
    }
}
