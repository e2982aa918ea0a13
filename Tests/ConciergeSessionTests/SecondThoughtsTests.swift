import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs
@testable import ConciergeSession
import ConciergeTestSupport

/// Consent at a summary: a line is a yes only when it tells the assistant to go ahead now. A line that opens with
/// "ok" and names the request's verb while it waits, puts the request off or has someone else act changes nothing.
@Suite struct SecondThoughtsTests {
    private func atCancelSummary() throws -> Conversation {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("cancel order 7300000001, I don't need it anymore")
        #expect(c.session.dialog?.expecting == .confirmation)
        return c
    }

    @Test(arguments: [
        "ok, one moment, I need to check with my brother before you send it",
        "yes maybe, I'll submit it myself tomorrow",
        "ok, hold that, I might send another reason",
        "great, they said they would send it out this afternoon",
        "okay let me sleep on it and we can proceed after lunch",
        "ok first I want to ask the seller, then proceed",
        "yeah so I will probably send it later tonight",
        "ok hold on, let me look at my bank app before you proceed",
        "okay I'll think it over and submit the request later",
        "yes wait should i proceed",
    ])
    func secondThoughtsAtACancelSummaryChangeNothing(_ line: String) throws {
        let c = try atCancelSummary()
        c.say(line)
        #expect(try c.order()?.status == .awaitingShipment, "\(line)")
        #expect(try c.events().isEmpty, "\(line)")
    }

    @Test(arguments: ["yes, that all looks right, please send it", "ok that is fine with me, go ahead", "great, submit it",
                      "yes looks good send it", "yes please go ahead and send it", "ok, go ahead and submit it"])
    func aYesWithAGoAheadStillSends(_ line: String) throws {
        let c = try atCancelSummary()
        c.say(line)
        #expect(try c.order()?.status == .cancellationRequested, "\(line)")
    }

    @Test func secondThoughtsAtAMessageSummarySendNothing() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("message the seller of order 7300000001: could you pack it well please, it is a gift")
        #expect(c.session.dialog?.expecting == .confirmation)
        c.say("okay wait, I'd like to send a completely different note")
        #expect(try c.events().isEmpty)
    }

    @Test(arguments: ["not now, I would rather wait for a reply first", "not yet, perhaps at the weekend"])
    func notNowAtAMessageSummaryIsANoAndKeepsTheDraftUnchanged(_ line: String) throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("message the seller of order 7300000001: please post it now, it is for a birthday")
        #expect(c.session.dialog?.expecting == .confirmation)
        c.say(line)
        #expect(c.session.dialog?.expecting != .confirmation, "\(line)")
        c.say("yes")
        #expect(try c.events().isEmpty, "\(line)")
    }

    @Test(arguments: ["yes, send it to them", "ok please go ahead and send it", "yes send it to him please"])
    func aPoliteYesAtAMessageSummarySendsIt(_ line: String) throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("message the seller of order 7300000001: could you pack it well please, it is a gift")
        #expect(c.session.dialog?.expecting == .confirmation)
        c.say(line)
        #expect(try c.order()?.messages.count == 1, "\(line)")
    }
}
