import Foundation
import Testing
@testable import ConciergeDialogs

/// r14: a decision relayed from the buyer's household, and a yes with a typing slip, read at a summary; and the next
/// step after a yes that may follow the change on the same order.
@Suite struct ConfirmationRelayedAndSlips14Tests {
    private let deleting = ConfirmationReader.summary(.deleteOrder, title: ["knitted", "throw", "blanket"], getsRidOf: true)
    private let cancelling = ConfirmationReader.summary(.cancelOrder, title: ["oak", "wall", "clock"], getsRidOf: true)

    @Test func aDecisionRelayedFromTheHouseholdIsAYes() {
        for line in ["my husband says go ahead", "wife says yes, delete it", "my wife agrees, delete it", "my son said to go ahead",
                     "husband says yes do it", "my husband says yes"] {
            #expect(deleting.read(line).decision == .yes, "\(line): \(deleting.read(line).why)")
        }
    }

    @Test func someoneElsesWordThatIsNoPlainYesIsNoYes() {
        for line in ["my husband says go ahead but I'm not sure", "my husband would say go ahead", "the seller says go ahead",
                     "he says go ahead", "my husband says yes, my wife says no", "my husband says yes if it's free",
                     "my husband says go ahead, what do you think?", "my husband thinks you should go ahead",
                     "my husband says go ahead. hmm", "my boss says to wait until Monday", "my husband said yes last week"] {
            #expect(deleting.read(line).decision != .yes, "\(line): \(deleting.read(line).why)")
        }
    }

    @Test func aYesTypedWithASlipIsAYes() {
        for line in ["ys", "ys pls", "go ahaed", "go ahed please", "oki doki"] {
            #expect(cancelling.read(line).decision == .yes, "\(line): \(cancelling.read(line).why)")
        }
        for line in ["ys but wait", "ys maybe", "go ahed later", "go head"] {
            #expect(cancelling.read(line).decision != .yes, "\(line): \(cancelling.read(line).why)")
        }
    }

    @Test func aNextStepOnTheSameOrderNeverUndoesTheChange() {
        #expect(!CommandGenerator.followsOnTheSameOrder(.restoreOrder, after: .deleteOrder))
        #expect(!CommandGenerator.followsOnTheSameOrder(.deleteOrder, after: .restoreOrder))
        #expect(!CommandGenerator.followsOnTheSameOrder(.openDispute, after: .confirmReceipt))
        #expect(!CommandGenerator.followsOnTheSameOrder(.orderStatus, after: .deletePermanently))
        #expect(!CommandGenerator.followsOnTheSameOrder(.deletePermanently, after: .deleteOrder))
        #expect(CommandGenerator.followsOnTheSameOrder(.messageSeller, after: .cancelOrder))
        #expect(CommandGenerator.followsOnTheSameOrder(.cancelOrder, after: .cancelPayment))
    }
}
