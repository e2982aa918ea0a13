import Foundation
import Testing
import GRDB
@testable import ConciergeDomain
@testable import ConciergeStore
@testable import ConciergeSession
import ConciergeTestSupport

/// A write the store cannot make: the buyer reads one plain line (no SQLite words, no file path); what failed
/// stays in the turn's trace for the agent and in the reply's `failure`, which the chat prints on stderr.
@Suite struct StoreFailureReplyTests {
    @Test func aFailedWriteGivesTheBuyerOneLineWithoutInternals() throws {
        // Given a message to the seller waiting for a yes, and a database whose next write fails with SQLite's words
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("message the seller of order 7300000001")
        c.say("please ship it soon, thank you")
        #expect(c.session.dialog?.expecting == .confirmation)
        try c.store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "CREATE TEMP TRIGGER full BEFORE INSERT ON main.message BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        }
        // When the buyer confirms
        let reply = c.session.respond(to: "yes")
        // Then the buyer is told plainly, and the detail goes to the failure (stderr) and the agent's trace
        #expect(reply.lines == ["Sorry, something went wrong on our side, so nothing was changed. Please try again in a moment."])
        let failure = try #require(reply.failure)
        #expect(failure.contains("database or disk is full"), "\(failure)")
        #expect(c.session.lastTrace.writes.contains { $0.hasPrefix("failed: ") && $0.contains("database or disk is full") }, "\(c.session.lastTrace.writes)")
        #expect(try c.order()?.messages.isEmpty == true)
    }
}
