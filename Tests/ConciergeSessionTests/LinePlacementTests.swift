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
        try Conversation([TestData.order(.awaitingShipment, title: "Desk fan"),
                          TestData.order(.awaitingShipment, id: "7300000002", title: "Wool socks"),
                          TestData.order(.shipped, id: "7300000003", title: "Ceramic teapot")])
    }

    /// A shipped order in focus after a status reply, and one more that is not.
    private func jacketInFocus() throws -> Conversation {
        let c = try Conversation([TestData.order(.shipped, title: "Rain jacket"),
                                  TestData.order(.awaitingShipment, id: "7300000002", title: "Wool socks")])
        c.say("where is the rain jacket now?")
        return c
    }

    @Test func helpAskedAtAPickListKeepsTheListAndLosesNothing() throws {
        let c = try three()
        c.say("i would like to call off one of my orders")
        guard case .order = c.session.dialog?.expecting else { Issue.record("no list"); return }
        let reply = c.say("what am i able to do now?")
        #expect(!reply.contains("didn't get that"))
        #expect(reply.contains("wool socks"))
        c.say("the socks")
        #expect(c.session.dialog?.goal == .cancelOrder)
        #expect(c.session.dialog?.orderID == "7300000002")
        #expect(try c.events("7300000001").isEmpty)
    }

    @Test(arguments: ["is there a tracking code yet?", "any progress so far?"])
    func aQuestionNamingNoOrderIsAboutTheOrderInFocus(_ line: String) throws {
        let c = try jacketInFocus()
        let reply = c.say(line)
        #expect(reply.contains("7300000001"), "\(line): \(reply)")
        #expect(!reply.contains("which order"), "\(line): \(reply)")
    }

    @Test func aQuestionAboutAllOrdersIsNotNarrowedToTheOneInFocus() throws {
        let reply = try jacketInFocus().say("give me the status of every order i have")
        #expect(reply.contains("wool socks"), "\(reply)")
    }

    @Test(arguments: ["where is my yoga mat", "any news on the blender?"])
    func aQuestionNamingAnItemOfNoOrderIsNotAboutTheOrderInFocus(_ line: String) throws {
        let reply = try jacketInFocus().say(line)
        #expect(!reply.contains("7300000001 (rain jacket"), "\(line): \(reply)")
        #expect(reply.contains("which order"), "\(line): \(reply)")
    }

    @Test func anUnsureReadingAtAStepStartsNoRequest() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Hiking boots"),
                                  TestData.order(.delivered, id: "7300000002", title: "Boot laces")])
        c.say("open a dispute for the boot laces")
        #expect(c.session.dialog?.expecting == .disputeReason)
        let reply = c.say("the laces order please")
        #expect(!reply.contains("can't be cancelled"), "\(reply)")
        #expect(c.session.dialog?.goal == .openDispute)
        #expect(c.session.dialog?.expecting == .disputeReason)
    }

    @Test func aRequestQueuedBehindAReplacedPickListStillStarts() throws {
        let c = try three()
        c.say("check on my parcel please, then cancel the wool socks")
        guard case .order = c.session.dialog?.expecting else { Issue.record("no list"); return }
        c.say("has my refund come through?")
        let reply = c.say("1")
        #expect(reply.contains("your request to cancel order #7300000002"), "\(reply)")
        #expect(c.session.dialog?.goal == .cancelOrder)
        #expect(try c.events("7300000002").isEmpty)
    }
}

/// Values and replies said in more words than the step's plain answer.
@Suite struct StepValueTests {
    @Test(arguments: ["22", "22 please", "maybe 21,50"])
    func aNumberOnItsOwnIsTheAmountWhereAnAmountIsAsked(_ line: String) throws {
        let c = try Conversation([TestData.order(.delivered, title: "Camping stove")])
        c.say("open a dispute on the camping stove, it arrived with a cracked lid")
        c.say("partial refund")
        #expect(c.session.dialog?.expecting == .amount, "\(line)")
        let reply = c.say(line)
        #expect(!reply.contains("didn't get that"), "\(line)")
        #expect(c.session.dialog?.expecting != .amount, "\(line)")
    }

    @Test func aNumberInsideTheStoryIsNotTheAmount() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Camping stove")])
        c.say("open a dispute on the camping stove, it arrived with a cracked lid")
        c.say("partial refund")
        c.say("a full refund after all. description: the lid broke in 3 places")
        #expect(c.session.dialog?.expecting != .amount)
    }

    @Test(arguments: ["Yes please, thank you very much.", "Yes, that is correct, thank you.", "yes thank you"])
    func aYesWithThanksAtASummaryIsAYes(_ line: String) throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Camping stove")])
        c.say("cancel the camping stove, i do not need it anymore")
        #expect(c.session.dialog?.expecting == .confirmation)
        c.say(line)
        #expect(try c.order()?.status == .cancellationRequested, "\(line)")
    }

    @Test func aYesWithAButChangesNothing() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Camping stove")])
        c.say("cancel the camping stove, i do not need it anymore")
        c.say("yes but the reason is wrong")
        #expect(try c.order()?.status == .awaitingShipment)
        #expect(c.session.dialog?.goal == .cancelOrder)
    }

    @Test(arguments: ["the last thing i bought, please cancel it", "cancel what i ordered last"])
    func theOrderBoughtLastIsTheNewest(_ line: String) throws {
        var older = TestData.order(.awaitingShipment, id: "7300000002", title: "Garden hose")
        older.placedAt = TestData.ago(days: 6)
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Camping stove"), older])
        c.say(line)
        #expect(c.session.dialog?.orderID == "7300000001", "\(line)")
    }

    @Test func orderedLastWeekIsADateNotTheNewest() throws {
        var older = TestData.order(.awaitingShipment, id: "7300000002", title: "Garden hose")
        older.placedAt = TestData.ago(days: 6)
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Camping stove"), older])
        c.say("cancel the one i ordered last week")
        #expect(c.session.dialog?.orderID != "7300000001")
    }
}

/// A line that interrupts a flow with more than one request: its requests run first, then the interrupted flow resumes.
@Suite struct InterruptingLineTests {
    @Test func theRequestsOfAnInterruptingLineRunBeforeTheInterruptedFlowResumes() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Camping stove"),
                                  TestData.order(.shipped, id: "7300000002", title: "Garden hose")])
        c.say("cancel the camping stove, i do not need it anymore")
        #expect(c.session.dialog?.expecting == .confirmation)
        c.say("one more thing, where is the garden hose now? and i want to send its seller a message")
        #expect(c.session.dialog?.goal == .messageSeller)
        c.say("please tell me the tracking number")
        c.say("yes")
        #expect(try c.order("7300000002")?.messages.count == 1)
        #expect(c.session.dialog?.goal == .cancelOrder)
        #expect(try c.order()?.status == .awaitingShipment)
        c.say("yes")
        #expect(try c.order()?.status == .cancellationRequested)
    }

    @Test func aYesWithThanksAndTheRequestsOwnVerbIsAYes() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Camping stove")])
        c.say("cancel the camping stove, i do not need it anymore")
        c.say("Yes, please send the request. Thank you.")
        #expect(try c.order()?.status == .cancellationRequested)
    }

    @Test func aYesWithAnotherRequestsVerbIsNoYes() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Camping stove")])
        c.say("cancel the camping stove, i do not need it anymore")
        c.say("yes please delete it thank you")
        #expect(try c.order()?.status == .awaitingShipment)
    }
}
