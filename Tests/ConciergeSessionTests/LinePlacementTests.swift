import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs
@testable import ConciergeSession
import ConciergeTestSupport

/// A line the pending step cannot take is read as it would be with nothing pending, and placed from that reading;
/// a question naming no order is about the order the conversation is on.
@Suite struct LinePlacementTests {
    private func three() throws -> Conversation {
        try Conversation([TestData.order(.awaitingShipment, title: "Camping stove"),
                          TestData.order(.awaitingShipment, id: "7300000002", title: "Garden hose"),
                          TestData.order(.shipped, id: "7300000003", title: "Reading lamp")])
    }

    @Test func helpAskedAtAPickListKeepsTheListAndLosesNothing() throws {
        let c = try three()
        c.say("i need to cancel an order")
        guard case .order = c.session.dialog?.expecting else { Issue.record("no list"); return }
        let reply = c.say("what can i even do here")
        #expect(!reply.contains("didn't get that"))
        #expect(reply.contains("garden hose"))
        c.say("the garden hose")
        #expect(c.session.dialog?.goal == .cancelOrder)
        #expect(c.session.dialog?.orderID == "7300000002")
        #expect(try c.events("7300000001").isEmpty)
    }

    @Test(arguments: ["what is the status right now", "any tracking number yet?"])
    func aQuestionNamingNoOrderIsAboutTheOrderInFocus(_ line: String) throws {
        let c = try Conversation([TestData.order(.frozen, title: "Camping stove"),
                                  TestData.order(.awaitingShipment, id: "7300000002", title: "Garden hose")])
        c.say("delete the camping stove from my list")
        let reply = c.say(line)
        #expect(reply.contains("7300000001"), "\(line)")
        #expect(!reply.contains("which order"), "\(line)")
        #expect(try c.order()?.status == .frozen)
        #expect(try c.order()?.deletion == Deletion.none)
    }

    @Test func aQuestionAboutAllOrdersIsNotNarrowedToTheOneInFocus() throws {
        let c = try Conversation([TestData.order(.frozen, title: "Camping stove"),
                                  TestData.order(.awaitingShipment, id: "7300000002", title: "Garden hose")])
        c.say("delete the camping stove from my list")
        #expect(!c.say("what is the status of all my orders").contains("is frozen"))
    }
}
