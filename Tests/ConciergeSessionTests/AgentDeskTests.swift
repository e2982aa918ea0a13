import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeUnderstanding
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
@testable import ConciergeTranscript
import ConciergeTestSupport

@Suite struct AgentDeskTests {
    let lamp = TestData.order(.awaitingShipment, id: "7300000002", title: "Desk lamp")

    func desk(_ orders: [Order], buyer: BuyerID? = "B1", testData: Bool = true) throws -> (AgentDesk, OrderStore) {
        let store = try OrderStore.inMemory()
        try store.load(Fixture(buyers: [Buyer(id: "B1", name: "Dana Park"), Buyer(id: "B2", name: "Sam Lee")],
                               sellers: [Seller(id: "S1", name: "Harbor Gadgets", handlingDays: 5)], orders: orders),
                       markAsTestData: testData)
        return (try AgentDesk(store: store, agentID: "A7", understander: sharedUnderstander, clock: .fixed(TestData.now), buyerID: buyer), store)
    }

    func agentEvents(_ store: OrderStore) throws -> [String] {
        try store.events().filter { $0.actor == "agent:A7" }.map(\.action.rawValue)
    }

    @Test func everyTurnIsFollowedByATrace() throws {
        let (desk, _) = try desk([TestData.order(.awaitingShipment)])
        let reply = desk.respond(to: "cancel order 7300000001, I ordered by mistake")
        #expect(reply.lines.contains { $0.contains("· intent: cancel_order") })
        #expect(reply.lines.contains { $0.contains("· entities: order=7300000001") })
        #expect(reply.lines.contains { $0.contains("· dialog: cancel_order: waiting for confirmation") })
        let refused = desk.respond(to: "cancel order 7300000001")
        #expect(refused.lines.contains { $0.contains("· ") })
    }

    @Test func approveModeHoldsTheChangeUntilApprovedWithAnEditedSlot() throws {
        let (desk, store) = try desk([TestData.order(.awaitingShipment)])
        _ = desk.respond(to: "/approve on")
        _ = desk.respond(to: "cancel order 7300000001, I ordered by mistake")
        let waiting = desk.respond(to: "yes")
        #expect(waiting.text.contains("agent is checking"))
        #expect(try store.order(id: "7300000001")?.status == .awaitingShipment)
        #expect(desk.respond(to: "/edit reason change_shipping_address").text.contains("change_shipping_address"))
        let done = desk.respond(to: "/approve")
        #expect(done.text.contains("cancellation request"))
        #expect(try store.order(id: "7300000001")?.cancellation?.reason == .changeShippingAddress)
        #expect(try agentEvents(store) == ["approve_mode", "approval_edited", "cancel_order", "approved"])
    }

    @Test func rejectingTellsTheBuyerAndChangesNothing() throws {
        let (desk, store) = try desk([TestData.order(.awaitingShipment)])
        _ = desk.respond(to: "/approve on")
        _ = desk.respond(to: "cancel order 7300000001, I ordered by mistake")
        _ = desk.respond(to: "yes")
        let reply = desk.respond(to: "/reject The seller already packed it; let me call them first.")
        #expect(reply.text.contains("Agent: The seller already packed it"))
        #expect(try store.order(id: "7300000001")?.status == .awaitingShipment)
        #expect(try agentEvents(store).last == "approval_rejected")
    }

    @Test func sellerAnswersChangeTheOrdersTheBuyerSees() throws {
        var requested = TestData.order(.cancellationRequested)
        requested.cancellation = Cancellation(reason: .noLongerNeeded, at: TestData.ago(hours: 1))
        let declined = TestData.order(.cancellationRequested, id: "7300000002", title: "Desk lamp")
        let (desk, store) = try desk([requested, declined])
        #expect(desk.respond(to: "/seller accept 7300000001").text.contains("cancelled"))
        #expect(desk.respond(to: "/seller decline 7300000002 LP123").text.contains("shipped"))
        #expect(desk.respond(to: "/seller reply 7300000002 Sorry, it had already left our warehouse.").text.contains("Recorded"))
        let buyer = try Session(store: store, buyerID: "B1", understander: sharedUnderstander, clock: .fixed(TestData.now))
        let first = buyer.respond(to: "what is the status of order 7300000001").text
        #expect(first.contains("cancelled") && first.contains("Refund for order #7300000001 (Wireless earbuds): 23.10 USD"))
        let second = buyer.respond(to: "what is the status of order 7300000002").text
        #expect(second.contains("shipped") && second.contains("LP123"))
        #expect(try store.order(id: "7300000002")?.messages.last?.author == .seller)
        #expect(try agentEvents(store) == ["accept_cancellation", "decline_cancellation", "message_seller"])
    }

    @Test func intentCorrectionRerunsTheLineAndIsKept() throws {
        let (desk, store) = try desk([TestData.order(.awaitingShipment)])
        _ = desk.respond(to: "blorp the thing")
        let reply = desk.respond(to: "/intent order_status")
        #expect(reply.text.contains("awaiting shipment"))
        #expect(try store.corrections().map(\.intent) == ["order_status"])
        #expect(try store.corrections().first?.text == "blorp the thing")
    }

    @Test func sayAsHandoffsTakeAndHandback() throws {
        let (desk, store) = try desk([TestData.order(.awaitingShipment), TestData.order(.shipped, id: "7300000009", buyer: "B2")], buyer: nil)
        let buyer = try Session(store: store, buyerID: "B2", understander: sharedUnderstander, clock: .fixed(TestData.now))
        _ = buyer.respond(to: "I want to talk to a human please")
        #expect(desk.respond(to: "/handoffs").text.contains("buyer B2"))
        let taken = desk.respond(to: "/take 1")
        #expect(taken.text.contains("B2") && taken.text.contains("Summary"))
        #expect(desk.respond(to: "/orders").text.contains("7300000009"))
        #expect(desk.respond(to: "/say Hi, I'm Alex from support.").text == "Agent: Hi, I'm Alex from support.")
        #expect(desk.respond(to: "/handback").text.contains("closed"))
        #expect(try store.handoffs().isEmpty)
        _ = desk.respond(to: "/as B1")
        #expect(!desk.respond(to: "/orders").text.contains("7300000009"))
        #expect(try agentEvents(store) == ["handoff_taken", "agent_said", "handoff_closed", "agent_as_buyer"])
    }

    @Test func clockMovesOnlyOnTestData() throws {
        let (desk, store) = try desk([TestData.order(.awaitingShipment)])
        #expect(desk.respond(to: "/advance 6d").text.contains("closed automatically"))
        #expect(try store.order(id: "7300000001")?.status == .cancelled)
        let (other, otherStore) = try self.desk([TestData.order(.awaitingShipment)], testData: false)
        #expect(other.respond(to: "/advance 6d").text.contains("only be moved on demo and test"))
        #expect(try otherStore.order(id: "7300000001")?.status == .awaitingShipment)
    }

    @Test(arguments: AgentDesk.commands)
    func agentCommandsAreRefusedAndAuditedInABuyerChat(command: String) throws {
        let c = try Conversation([TestData.order(.cancellationRequested)])
        let reply = c.say("\(command) 7300000001 LP1")
        #expect(reply.contains("support agents"))
        #expect(try c.order()?.status == .cancellationRequested)
        #expect(try c.store.events().map(\.action) == [.agentCommandRefused])
    }

    @Test func guessingNumbersNeverReachesAnotherBuyersOrder() throws {
        let theirs = TestData.order(.awaitingShipment, id: "7300000005", buyer: "B2")
        let c = try Conversation([TestData.order(.awaitingShipment), theirs])
        for guess in ["7300000005", "#7300000005", "order 7300000005", "7300000004", "7300000006"] {
            let reply = c.say("cancel \(guess)")
            #expect(!reply.contains("wireless") || !guess.contains("5"))
            _ = c.say("yes")
            _ = c.say("stop")
        }
        #expect(c.say("/order 7300000005").contains("can't find"))
        #expect(!c.say("/orders").contains("7300000005"))
        #expect(try c.order("7300000005")?.status == .awaitingShipment)
        #expect(try c.store.events(orderID: "7300000005").isEmpty)
    }
}
