import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
import ConciergeTestSupport

/// Issue 12 items 3 and 4: only a recognisable yes confirms, and the reply after a confirmation describes
/// what the store actually did, also when another session changed the order in between.
@Suite struct StaleAndGarbageConfirmationTests {
    @Test func randomBytesThatStartWithYDoNotConfirm() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("cancel order 7300000001, I don't need it anymore")
        #expect(c.session.dialog?.expecting == .confirmation)
        // "y" followed by bytes no buyer types: not a yes.
        c.say("y\u{7F}\u{1B}\u{80}\u{9F}ÿ\u{FFFD}\u{200E}q#@~^")
        #expect(try c.order()?.status == .awaitingShipment)
        #expect(try c.events().isEmpty)
        c.say("y ÿæ qzx")      // letters, but no words: still not a yes
        #expect(try c.order()?.status == .awaitingShipment)
        c.say(String(repeating: "y x7 ", count: 200))
        #expect(try c.order()?.status == .awaitingShipment)
        // A real yes still works.
        c.say("yes")
        #expect(try c.order()?.status == .cancellationRequested)
    }

    @Test func aConfirmationAfterAnotherSessionActedSaysWhatTheStoreDid() throws {
        // Given two sessions of the same buyer, one summarising a cancellation request
        let c = try Conversation([TestData.order(.awaitingShipment)])
        let other = try Session(store: c.store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        c.say("cancel order 7300000001, I don't need it anymore")
        // When the other session sends the same request first
        _ = other.respond(to: "cancel order 7300000001, I don't need it anymore")
        _ = other.respond(to: "yes")
        #expect(try c.order()?.status == .cancellationRequested)
        // Then the first session's yes writes nothing new and says so, from the order as it now is
        let reply = c.say("yes")
        #expect(reply.contains("already done") && reply.contains("nothing new was changed"))
        #expect(try c.events().filter { $0.action == .order(.cancelOrder) }.count == 1)
    }

    @Test func aSellerAnswerBetweenSummaryAndYesIsNotReportedAsARequest() throws {
        // Given a summary of a cancellation request, then the seller accepts another request meanwhile
        var order = TestData.order(.awaitingShipment)
        order.cancellation = nil
        let c = try Conversation([order])
        c.say("cancel order 7300000001, I don't need it anymore")
        _ = try c.store.cancelOrder("7300000001", by: .buyer("B1"), reason: .noLongerNeeded, at: TestData.now)
        _ = try c.store.answerCancellation("7300000001", by: .seller("S1"), accept: true, at: TestData.now)
        #expect(try c.order()?.status == .cancelled)
        // When the buyer says yes, the reply must not claim a request was sent to the seller
        let reply = c.say("yes")
        #expect(!reply.contains("sent your cancellation request"))
        #expect(try c.order()?.status == .cancelled)
    }
}

@Suite struct CardNumberNoticeTests {
    @Test func aBuyerWhoTypesACardNumberIsToldItIsNotKept() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        let reply = c.say("message the seller of order 7300000001: my card 4111 1111 1111 1111 was charged, please check")
        #expect(reply.contains("never keep card numbers"))
        #expect(!reply.contains("4111 1111 1111 1111"))
        c.say("yes")
        #expect(try c.order()?.messages.last?.text.contains("4111 1111 1111 1111") == false)
        #expect(!c.say("where is my order 7300000001").contains("never keep card numbers"))
    }

    @Test func aYesAfterThePaymentWasVoidedElsewhereDoesNotPromiseTheMoneyAgain() throws {
        // Given a summary to cancel an order whose payment is still uncaptured (inside the payment window)
        let c = try Conversation([TestData.order(.paymentProcessing, paidMinutesAgo: 1)])
        c.say("cancel order 7300000001, I don't need it anymore")
        // When another session voids the payment first (its money goes back then)
        _ = try c.store.cancelPayment("7300000001", by: .buyer("B1"), at: TestData.now)
        #expect(try c.order()?.payment == nil)
        // Then the yes cancels the order without promising that money again
        let reply = c.say("yes")
        #expect(try c.order()?.status == .cancelled)
        #expect(!reply.contains("money goes back") && reply.contains("nothing was charged"), "\(reply)")
    }

    @Test func aCancellationWhosePathChangedSinceTheSummaryIsAskedAgain() throws {
        // Given a summary to cancel at once an order whose payment is inside the payment window
        let c = try Conversation([TestData.order(.paymentProcessing, paidMinutesAgo: 1)])
        c.say("cancel order 7300000001, I don't need it anymore")
        // When the platform verifies the payment meanwhile, so cancelling is now a request to the seller
        try c.store.applyTimers(buyerID: "B1", at: TestData.now.addingTimeInterval(2 * 86_400))
        #expect(try c.order()?.status == .awaitingShipment)
        // Then the yes writes nothing: the new way is put to the buyer to confirm again
        let reply = c.say("yes")
        #expect(try c.order()?.status == .awaitingShipment)
        #expect(try c.events().filter { $0.action == .order(.cancelOrder) }.isEmpty)
        #expect(reply.contains("seller") && reply.contains("(yes/no)"), "\(reply)")
    }
}
