import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
import ConciergeTestSupport

/// Quitting in the middle of a request and starting a chat again offers to continue it.
@Suite struct ResumeConversationTests {
    @Test func aNewChatOffersToContinueAndContinues() throws {
        // Given a buyer who left while asked for a cancellation reason
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        let first = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        _ = first.respond(to: "cancel order 7300000001")
        #expect(first.dialog?.expecting == .reason)

        // When a new chat opens for the same buyer
        let second = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        let offer = second.resumeSavedConversation()

        // Then it offers to continue where the buyer left off, and picks up at the same question
        #expect(offer.joined().contains("cancelling order #7300000001") && offer.joined().contains("continue"))
        let resumed = second.respond(to: "yes").text
        #expect(resumed.contains("Why do you want to cancel order #7300000001"))
        _ = second.respond(to: "I don't need it anymore")
        _ = second.respond(to: "yes")
        #expect(try store.order(id: "7300000001")?.status == .cancellationRequested)
        // and nothing is left to continue afterwards
        let third = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        #expect(third.resumeSavedConversation().isEmpty)
    }

    @Test func sayingNoStartsAfreshAndChangesNothing() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        let first = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        _ = first.respond(to: "cancel order 7300000001, I don't need it")
        #expect(first.dialog?.expecting == .confirmation)

        let second = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        #expect(!second.resumeSavedConversation().isEmpty)
        _ = second.respond(to: "no")
        #expect(second.dialog == nil)
        // A "yes" now has nothing to confirm: the old summary is gone.
        #expect(second.respond(to: "yes").text.contains("nothing waiting"))
        #expect(try store.order(id: "7300000001")?.status == .awaitingShipment)
    }

    /// The conversation a change leaves is written in the change's own transaction: when that write fails, the
    /// change is not made either, so a saved conversation can never ask to confirm a change already made.
    @Test func theConversationIsWrittenWithTheChange() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        let session = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        _ = session.respond(to: "cancel order 7300000001, I don't need it")
        #expect(session.dialog?.expecting == .confirmation)
        try store.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse_conversation BEFORE DELETE ON conversation BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        _ = session.respond(to: "yes")
        #expect(try store.order(id: "7300000001")?.status == .awaitingShipment)
        #expect(try store.conversation(buyerID: "B1") != nil)

        try store.writer.write { try $0.execute(sql: "DROP TRIGGER refuse_conversation") }
        let again = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        #expect(!again.resumeSavedConversation().isEmpty)
        _ = again.respond(to: "yes")
        #expect(again.dialog?.expecting == .confirmation)
        _ = again.respond(to: "yes")
        #expect(try store.order(id: "7300000001")?.status == .cancellationRequested)
        #expect(try store.conversation(buyerID: "B1") == nil)
    }

    @Test func anIdleConversationSavesNothing() throws {
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        let session = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        _ = session.respond(to: "where is my order 7300000001")
        #expect(try store.conversation(buyerID: "B1") == nil)
    }
}
