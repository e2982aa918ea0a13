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
    private static let answered = "a question about time or money at the summary: what a yes leads to"

    /// The reasons the generator gives for a line (one clause), to tell this reading from others that also ask again.
    private func reasons(_ line: String, _ context: ConversationContext) -> [String] {
        let clause = asStatus.clause(line)
        return CommandGenerator(context: context).commands(for: clause, clauses: [clause]).reasons
    }

    private var cancelSpeaker: ConversationContext {
        let stack = Shop.stack([[.startFlow(.cancelOrder, orders: [Shop.paidID], slots: [.cancellationReason(.noLongerNeeded, note: nil)])]])
        return Shop.conversation(stack.conversationContext())
    }

    @Test func aQuestionAboutTimeOrMoneyAtTheSummaryTellsWhatAYesLeadsTo() {
        #expect(cancelSpeaker.expecting == .confirmation)
        for line in ["so how long will all of this take?", "and when do i see my money back", "how long until the money is back?"] {
            #expect(asStatus.commands(line, cancelSpeaker) == [.repeatQuestion], "\(line)")
            #expect(reasons(line, cancelSpeaker) == [Self.answered], "\(line)")
        }
    }

    @Test func aQuestionAboutAnotherOrderPayingOrAnotherWayIsNotAboutTheRequest() {
        for line in ["how long will the blender take to arrive?", "how many days do i have to pay?",
                     "or should i open a dispute instead, how long is that?"] {
            #expect(!reasons(line, cancelSpeaker).contains(Self.answered), "\(line)")
        }
    }

    @Test func aMessageSummaryDoesNotAnswerTimeOrMoney() {
        let stack = Shop.stack([[.startFlow(.messageSeller, orders: [Shop.paidID], slots: [.message("Please ship it soon.")])]])
        let context = Shop.conversation(stack.conversationContext())
        #expect(context.expecting == .confirmation)
        #expect(!reasons("when do i get my money back?", context).contains(Self.answered))
    }
}
