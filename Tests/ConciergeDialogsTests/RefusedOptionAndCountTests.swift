import Foundation
import Testing
import ConciergeTestSupport
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs

/// What a buyer refuses is not what they choose: an outcome named after "don't want" or "no" is set aside, and "not all
/// the money" asks for part of it. A count of items ("3 in the box instead of 4") is no amount of money.
@Suite struct RefusedOptionAndCountTests {
    private func outcome(_ text: String, read: DisputeOutcome? = nil) -> DisputeOutcome? {
        var entities = Entities()
        entities.disputeOutcome = read
        return CommandGenerator.outcome(Reader.with(entities, intent: "open_dispute").clause(text))
    }

    @Test func aRefusedLabelLeavesTheOtherOne() {
        #expect(outcome("i dont want partial refund or to ship it back, i want full refund") == .fullRefund)
        #expect(outcome("no full refund needed, a partial refund is fine") == .partialRefund)
        #expect(outcome("not asking for a full refund, I'd rather return and refund") == .returnAndRefund)
    }

    @Test func aLabelNotRefusedStays() {
        #expect(outcome("i dont care about the hassle, full refund") == .fullRefund)
        #expect(outcome("full refund please, no partial refund") == .fullRefund)
    }

    @Test func notAllTheMoneyIsPartOfIt() {
        #expect(outcome("4 back please, not all the money, i keep the rest", read: .fullRefund) == .partialRefund)
        #expect(outcome("give me all the money back", read: .fullRefund) == .fullRefund)
    }

    @Test func refusedBeforeLooksOnlyInItsOwnStretch() {
        #expect(CommandGenerator.refusedBefore("full refund", in: Words("i dont want a full refund")))
        #expect(!CommandGenerator.refusedBefore("full refund", in: Words("no, full refund")))
        #expect(!CommandGenerator.refusedBefore("full refund", in: Words("i dont mind waiting for a full refund")))
    }

    // MARK: A count is no amount

    private func atEvidence(_ text: String, amounts: [Int]) -> [DialogueCommand] {
        var base = ConversationContext()
        base.activeGoal = .openDispute
        base.activeOrder = Shop.deliveredID
        base.lastOrderID = Shop.deliveredID
        base.expecting = .evidence
        var entities = Entities()
        entities.amounts = amounts
        return Reader.with(entities, intent: "open_dispute").commands(text, Shop.conversation(base))
    }

    private func setsAmount(_ commands: [DialogueCommand]) -> Bool {
        commands.contains { command in
            switch command {
            case .setSlot(.amount), .correctSlot(.amount): true
            default: false
            }
        }
    }

    @Test func aCountInTheStoryIsNoAmount() {
        #expect(!setsAmount(atEvidence("only 2 screws in the bag instead of 6", amounts: [600])))
    }

    @Test func moneySaidAsMoneyStillCorrectsTheAmount() {
        #expect(setsAmount(atEvidence("sorry no, not 5. i want only 3.50 instead", amounts: [350])))
        #expect(setsAmount(atEvidence("actually make it 4 dollars instead", amounts: [400])))
    }
}

/// "Not everything" and "not full" speak of the parcel, not of the money.
extension RefusedOptionAndCountTests {
    @Test func whatWasMissingIsNoRefusalOfTheFullRefund() {
        #expect(outcome("not everything was in the package, I want all my money back", read: .fullRefund) == .fullRefund)
        #expect(outcome("the carton was not full, give me all my money back", read: .fullRefund) == .fullRefund)
        #expect(outcome("not the full kit came, refund everything", read: .fullRefund) == .fullRefund)
        #expect(outcome("i dont need all of it back, some is enough", read: .fullRefund) == .partialRefund)
    }
}
