import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

/// Conversation repair: kept slots, digressions, corrections, stop, out-of-context replies, retries, repeats, bad input.
@Suite struct RepairConversationTests {
    @Test func slotsGivenEarlyAreNotAskedAgain() throws {
        let c = try Conversation([TestData.order(.awaitingShipment), TestData.order(.awaitingShipment, id: "7300000002", title: "Desk lamp")])
        let reply = c.say("cancel the earbuds, I ordered the wrong size")
        #expect(!reply.contains("why do you want"))
        #expect(reply.contains("7300000001") && reply.contains("yes/no"))
    }

    @Test func aQuestionInTheMiddleIsAnsweredAndTheDialogResumes() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("cancel order 7300000001")
        let aside = c.say("how long does a refund take?")
        #expect(aside.contains("business days") && aside.contains("why do you want to cancel"))
        c.say("I found it cheaper elsewhere")
        c.say("yes")
        #expect(try c.order()?.status == .cancellationRequested)
    }

    @Test func aCorrectionChangesTheOrder() throws {
        let c = try Conversation([TestData.order(.awaitingShipment), TestData.order(.awaitingShipment, id: "7300000002", title: "Desk lamp")])
        c.say("cancel order 7300000001 i don't need it anymore")
        let corrected = c.say("no wait, order 7300000002")
        #expect(corrected.contains("7300000002"))
        c.say("yes")
        #expect(try c.order("7300000002")?.status == .cancellationRequested)
        #expect(try c.order("7300000001")?.status == .awaitingShipment)
    }

    @Test func aCorrectedReasonReplacesTheFirst() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("cancel order 7300000001, I don't need it")
        let summary = c.say("actually the reason is I want to change the shipping address")
        #expect(summary.contains("shipping address"))
        c.say("yes")
        #expect(try c.order()?.cancellation?.reason == .changeShippingAddress)
    }

    @Test(arguments: ["stop", "never mind", "forget it"])
    func stopEndsTheDialogAndChangesNothing(word: String) throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("cancel order 7300000001 because I don't need it")
        let reply = c.say(word)
        #expect(reply.contains("nothing was changed") || reply.contains("haven't changed"))
        #expect(try c.order()?.status == .awaitingShipment)
        #expect(c.session.dialog?.isFinished ?? true)
        #expect(try c.events().isEmpty)
    }

    @Test func yesNoAndNumbersOutsideADialog() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        #expect(c.say("yes").contains("nothing waiting"))
        #expect(c.say("no").contains("nothing waiting"))
        #expect(c.say("3").contains("order number"))
        #expect(c.say("7300000001").contains("awaiting shipment"))
    }

    @Test func twoMisunderstoodRepliesOfferAHuman() throws {
        let c = try Conversation([TestData.order(.delivered)])
        c.say("I want to open a dispute for order 7300000001")
        c.say("banana")
        let second = c.say("purple")
        #expect(second.contains("agent"))
    }

    @Test func yesTwiceWritesOnce() throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        c.say("cancel order 7300000001, changed my mind")
        c.say("yes")
        let second = c.say("yes")
        #expect(!second.contains("request for order"))
        #expect(try c.events().count == 1)
    }

    @Test func anotherBuyersOrderIsLikeAMissingOne() throws {
        let c = try Conversation([TestData.order(.awaitingShipment, buyer: "B2")])
        let theirs = c.say("cancel order 7300000001")
        let missing = c.say("cancel order 7300000999")
        #expect(theirs.replacingOccurrences(of: "7300000001", with: "X") == missing.replacingOccurrences(of: "7300000999", with: "X"))
        #expect(try c.order()?.status == .awaitingShipment)
    }

    @Test func aSingleCandidateIsProposedNotAssumed() throws {
        let c = try Conversation([TestData.order(.awaitingShipment), TestData.order(.shipped, id: "7300000002", title: "Desk lamp")])
        let reply = c.say("I want to cancel my order")
        #expect(reply.contains("do you mean order #7300000001"))
        let next = c.say("yes")
        #expect(next.contains("why do you want to cancel"))
    }

    @Test func severalCandidatesGiveANumberedList() throws {
        var older = TestData.order(.awaitingShipment, id: "7300000002", title: "Desk lamp")
        older.placedAt = TestData.ago(days: 2)
        let c = try Conversation([TestData.order(.awaitingShipment), older])
        let reply = c.say("cancel an order")
        #expect(reply.contains("1.") && reply.contains("2."))
        let next = c.say("the second one")
        #expect(next.contains("7300000002"))
    }

    @Test(arguments: ["", "   ", "asdkjh qwpoe zxmnb", String(repeating: "cancel ", count: 20_000), "\u{1B}[31mhello\u{1B}[0m \u{07}", "%%%%"])
    func badInputGetsAShortAnswerAndNoCrash(line: String) throws {
        let c = try Conversation([TestData.order(.awaitingShipment)])
        let reply = c.session.respond(to: line)
        #expect(!reply.lines.isEmpty)
        #expect(!reply.text.contains("\u{1B}"))
        #expect(try c.order()?.status == .awaitingShipment)
    }
}
