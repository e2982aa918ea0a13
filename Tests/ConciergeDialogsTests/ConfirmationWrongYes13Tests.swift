import Foundation
import Testing
@testable import ConciergeDialogs

/// The review of r13's wider yes: an acknowledged warning ends at "and", and a go-ahead beside a fragment that puts it off
/// or takes it back is no yes.
@Suite struct ConfirmationWrongYes13Tests {
    private func reader(_ goal: DialogGoal, getsRidOf: Bool) -> ConfirmationReader {
        .summary(goal, getsRidOf: getsRidOf)
    }

    @Test func anAcknowledgementEndsAtAnd() {
        let refusal = CommandGenerator.withoutAcknowledgements("Sure, I realise it is gone for good and no way")
        #expect(refusal.contains("no way"), "\(refusal)")
        let other = CommandGenerator.withoutAcknowledgements("OK I understand it can be restored later and remove order 7300000064")
        #expect(other.contains("7300000064") && other.contains("remove"), "\(other)")
        let asks = CommandGenerator.withoutAcknowledgements("Yes I know the seller must accept and will they see my note")
        #expect(asks.contains("will they see my note"), "\(asks)")
    }

    @Test func anAndThatGoesOnTellingWhatFollowsStaysInTheAcknowledgement() {
        let told = CommandGenerator.withoutAcknowledgements("Yes. I know it is permanent and it can't be undone.")
        #expect(!told.contains("undone"), "\(told)")
        let need = CommandGenerator.withoutAcknowledgements("Yes. I'm aware there is no way back and I won't need to dispute it.")
        #expect(!need.contains("dispute"), "\(need)")
    }

    @Test func aGoAheadBesideAFragmentThatPutsItOffIsNoYes() {
        let cancelling = reader(.cancelOrder, getsRidOf: true)
        for line in ["Yes, cancel it. Awaiting word from my landlord.", "Yes, cancel it. In a dream scenario.", "Yes, cancel it, Alt F4",
                     "Yes, cancel the order. Assuming my card clears.", "Yes, cancel it. The lamp turned out fine after all."] {
            #expect(cancelling.read(line).decision != .yes, "\(line): \(cancelling.read(line).why)")
        }
    }

    @Test func aGoAheadBesideAStatementFeelingOrPraiseIsStillAYes() {
        let cancelling = reader(.cancelOrder, getsRidOf: true)
        for line in ["Yes, cancel it. I ordered the wrong size.", "Yes, cancel it. So relieved.",
                     "Yes, cancel it. My bank flagged the charge."] {
            #expect(cancelling.read(line).decision == .yes, "\(line): \(cancelling.read(line).why)")
        }
    }
}
