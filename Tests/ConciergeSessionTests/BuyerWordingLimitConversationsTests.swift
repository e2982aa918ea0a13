import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs
@testable import ConciergeSession
import ConciergeTestSupport

/// Whole conversations where a buyer-wording rule must stand aside: another order named beside a longer title, "the
/// other" item, a question about a charge, a greeting before small talk, "is ok" in a question, a request after a refusal.
@Suite struct BuyerWordingLimitConversationsTests {
    @Test func theShorterTitleNamedBesideTheLongerOneIsNotDroppedSilently() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Glass vase"),
                                  TestData.order(.awaitingShipment, id: "7300000002", title: "Glass vase set")])
        let reply = c.say("cancel the vase and the vase set, i dont need them")
        #expect(reply.contains("7300000001"), "\(reply)")
    }

    @Test func theOtherItemAfterATurnAboutOneIsNotThatOne() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Jasmine tea"),
                                  TestData.order(.awaitingShipment, id: "7300000002", title: "Earl grey tea")])
        c.say("where is my jasmine tea?")
        let reply = c.say("cancel the other tea please")
        #expect(reply.contains("7300000002"), "\(reply)")
    }

    @Test func aQuestionAboutAnExtraChargeVoidsNothing() throws {
        let c = try Conversation([TestData.order(.paymentProcessing, title: "Floor lamp")])
        let reply = c.say("is there an extra charge for express delivery on the floor lamp?")
        #expect(c.session.dialog?.goal != .cancelPayment, "\(reply)")
    }

    @Test func aGreetingBeforeSmallTalkGreets() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, title: "Floor lamp")])
        let reply = c.say("hi, how are you?")
        #expect(!reply.contains("outside what i can help"), "\(reply)")
    }

    @Test func askingWhetherADisputeIsOkOpensIt() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Wool blanket")])
        let reply = c.say("is ok to open a dispute for the wool blanket?")
        #expect(c.session.dialog?.goal == .openDispute, "\(reply)")
    }

    @Test func aDisputeAskedForAfterARefusalIsStarted() throws {
        let c = try Conversation([TestData.order(.delivered, title: "Wool blanket")])
        c.say("cancel the wool blanket")
        let reply = c.say("i want to know what i can do with a blanket that smells, open a dispute please")
        #expect(c.session.dialog?.goal == .openDispute, "\(reply)")
    }
}
