import Foundation
import Testing
@testable import ConciergeDialogs

/// A yes that opens the line followed by a remark that only tells: a yes; any doubt, condition, question, change or
/// someone else's say in the remark still holds it back.
@Suite struct LeadingYesTests {
    private func reader(_ goal: DialogGoal, getsRidOf: Bool) -> ConfirmationReader {
        .summary(goal, getsRidOf: getsRidOf)
    }

    @Test func aYesFollowedByARemarkThatOnlyTellsIsAYes() {
        let voiding = reader(.cancelPayment, getsRidOf: true)
        let restoring = reader(.restoreOrder, getsRidOf: false)
        let receiving = reader(.confirmReceipt, getsRidOf: false)
        for (reader, line) in [(voiding, "yes please, my nephew tapped the button by accident"),
                               (voiding, "ok, I never meant to buy it"),
                               (restoring, "Yes, my accountant needs the invoice from it."),
                               (receiving, "yep, the parcel was in the porch this morning"),
                               (receiving, "ja, ist angekommen")] {
            let reading = reader.read(line)
            #expect(reading.decision == .yes, "\(line): \(reading.why)")
            #expect(reading.besideRemarks, "\(line): the caller checks the remark for orders and values")
        }
    }

    @Test func aRemarkThatDoubtsAsksOrChangesHoldsTheYesBack() {
        let cancelling = reader(.cancelOrder, getsRidOf: true)
        for line in ["yes, my wife thinks we should keep it", "ok, let me look at the photos again", "yes once the seller replies",
                     "yes, if the money comes back today", "sure, the other one as well", "yes, both of them came in one box",
                     "ok, hmm, the colour was nice though", "yes, I will decide later", "yes, the one from 12 May",
                     "fine, don't cancel it", "yes, why would it take so long", "ok, though I am not sure",
                     "yes I read the newsletter", "Okay. It is my brother's order.", "sure, and monkeys sing", "yes, not that order", "ok, it came cracked", "y qzx wvb"] {
            #expect(cancelling.read(line).decision != .yes, "\(line)")
        }
    }

    @Test func aNegatedRemarkGivesTheReasonOnlyWhereTheActionGetsRidOfSomething() {
        #expect(reader(.deleteOrder, getsRidOf: true).read("yes, I don't want to see it in my list").decision == .yes)
        #expect(reader(.restoreOrder, getsRidOf: false).read("yes, I don't want to see it in my list").decision != .yes)
        #expect(reader(.messageSeller, getsRidOf: false).read("ok, they never reply anyway").decision != .yes)
    }
}
