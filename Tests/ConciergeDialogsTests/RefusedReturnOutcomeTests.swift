import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// A return refused ("I won't send it back") leaves full or part of the money: the words of a full refund decide.
@Suite struct RefusedReturnOutcomeTests {
    private func outcome(_ text: String) -> DisputeOutcome? {
        var entities = Entities()
        entities.disputeOutcome = .returnAndRefund
        return CommandGenerator.outcome(Reader.with(entities, intent: "open_dispute").clause(text))
    }

    @Test func aReturnRefusedWithAllTheMoneyAskedIsAFullRefund() {
        #expect(outcome("im not going to post it back, i want my money back, all of it") == .fullRefund)
        #expect(outcome("i will not return it. all my money please") == .fullRefund)
    }

    @Test func aReturnRefusedWithPartOrNothingSaidIsAPartialRefund() {
        #expect(outcome("im not going to post it back, some money back would be fair") == .partialRefund)
        #expect(outcome("i wont send it back") == .partialRefund)
    }
}
