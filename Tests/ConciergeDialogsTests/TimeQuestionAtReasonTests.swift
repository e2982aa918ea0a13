import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// A question about time where a cancellation's reason is asked is a question: no reason is written from its words
/// ("I need to know when…"), and "how long does this take?" is about this request, not about disputes.
@Suite struct TimeQuestionAtReasonTests {
    private func atReason(_ text: String, reader: Reader) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .cancelOrder
        base.activeOrder = Shop.paidID
        base.lastOrderID = Shop.paidID
        base.expecting = .reason
        return reader.commands(text, Shop.conversation(base, topics: ["dispute_timeline", "refund_timing"]))
    }

    private func setsReason(_ commands: [DialogueCommand]) -> Bool {
        commands.contains { if case .setSlot(.cancellationReason) = $0 { true } else { false } }
    }

    /// The extractor hears "no longer needed" in "need"; the line only asks.
    private var needsReader: Reader {
        var entities = Entities()
        entities.cancellationReason = .noLongerNeeded
        return Reader.with(entities, intent: "cancel_order")
    }

    @Test func aTimeQuestionIsNoReason() {
        let commands = atReason("hold on, how long will this take? I need to know when I see the money", reader: needsReader)
        #expect(!setsReason(commands))
        #expect(commands.contains { if case .startFlow(_, [Shop.paidID], _) = $0 { true } else { false } })
    }

    @Test func aReasonToldBesideTheQuestionIsKept() {
        #expect(setsReason(atReason("when do i get the money back? i dont need it anymore", reader: needsReader)))
    }

    @Test func howLongDoesThisTakeIsAboutTheRequestInProgress() {
        let commands = atReason("how long does this take?", reader: Reader.always("dispute_timeline", 0.9))
        #expect(!commands.contains(.answer(topic: "dispute_timeline", order: Shop.paidID)))
        #expect(commands == [.startFlow(.orderStatus, orders: [Shop.paidID], slots: [])])
    }

    @Test func aQuestionAboutDisputesStillGetsTheirAnswer() {
        let commands = atReason("how long does a dispute take?", reader: Reader.always("dispute_timeline", 0.9))
        #expect(commands == [.answer(topic: "dispute_timeline", order: Shop.paidID)])
    }

    @Test func onlyTheQuestionSentencesAreSetAside() {
        #expect(CommandGenerator.onlyAsksAboutTime("how long will it take?"))
        #expect(!CommandGenerator.onlyAsksAboutTime("how long will it take? i ordered the wrong size"))
        #expect(!CommandGenerator.onlyAsksAboutTime("i ordered the wrong size"))
    }
}

/// A reason said in the same sentence as a question about time is still the reason; a statement with "when" asks nothing.
extension TimeQuestionAtReasonTests {
    @Test func aReasonBeforeACommaIsKept() {
        #expect(!CommandGenerator.onlyAsksAboutTime("found a better price somewhere else, how long until the refund?"))
        #expect(!CommandGenerator.onlyAsksAboutTime("i picked the wrong colour, when do i get my money back?"))
        #expect(!CommandGenerator.onlyAsksAboutTime("when it gets here the trip is over and i dont need it"))
        #expect(CommandGenerator.onlyAsksAboutTime("hold on, how long will this take?"))
        #expect(setsReason(atReason("found a better price somewhere else, how long until the refund?", reader: Reader.always("cancel_order", 0.9))))
    }
}
