import Foundation
import Testing
@testable import ConciergeDomain
@testable import ConciergeDialogs
@testable import ConciergeStore
@testable import ConciergeSession
import ConciergeTestSupport

/// The agent desk's rough edges (issue 14): slot edits, timer lines, the prompt, /whoami, handoffs, traces, corrections.
@Suite struct AgentDeskShellTests {
    func desk(_ orders: [Order], buyer: BuyerID? = "B1") throws -> (AgentDesk, OrderStore) {
        let store = try OrderStore.inMemory()
        try store.load(Fixture(buyers: [Buyer(id: "B1", name: "Dana Park"), Buyer(id: "B2", name: "Sam Lee")],
                               sellers: [Seller(id: "S1", name: "Harbor Gadgets", handlingDays: 5)], orders: orders),
                       markAsTestData: true)
        return (try AgentDesk(store: store, agentID: "A7", understander: sharedUnderstander, clock: .fixed(TestData.now), buyerID: buyer), store)
    }

    /// A cancellation waiting for approval.
    func waitingCancellation() throws -> (AgentDesk, OrderStore) {
        let (desk, store) = try desk([TestData.order(.awaitingShipment)])
        _ = desk.respond(to: "/approve on")
        _ = desk.respond(to: "cancel order 7300000001, I ordered by mistake")
        _ = desk.respond(to: "yes")
        return (desk, store)
    }

    @Test func editingRefusesAnUnknownReasonAndASlotTheChangeHasNot() throws {
        let (desk, store) = try waitingCancellation()
        let banana = desk.respond(to: "/edit reason banana")
        #expect(banana.text.contains("banana is not a cancellation reason"))
        let amount = desk.respond(to: "/edit amount 5")
        #expect(amount.text.contains("Usage: /edit reason VALUE"))
        #expect(!amount.text.contains("amount,") && !amount.text.contains("amount|"))
        #expect(desk.respond(to: "/edit reason other").text.contains("other TEXT"))
        #expect(desk.respond(to: "/edit reason other found it cheaper elsewhere").text.contains("found it cheaper elsewhere"))
        #expect(desk.respond(to: "/edit reason change shipping address").text.contains("Now waiting: cancel order #7300000001, reason change_shipping_address"))
        let edits = try store.events().filter { $0.action == .approvalEdited }.map(\.detail)
        #expect(edits.count == 2, "\(edits)")
    }

    @Test func timerLinesNameTheirOrderAndAnotherBuyer() throws {
        let (desk, _) = try desk([TestData.order(.awaitingShipment), TestData.order(.awaitingShipment, id: "7300000009", buyer: "B2")])
        let lines = desk.respond(to: "/advance 6d").lines.filter { $0.contains("timer:") }
        #expect(lines.contains { $0.contains("#7300000001: awaiting shipment → cancelled") })
        #expect(lines.contains { $0.contains("#7300000009 (buyer B2): awaiting shipment → cancelled") })
        #expect(lines.allSatisfy { $0.contains("#73000000") })
    }

    @Test func thePromptAndWhoamiNameTheAgentAndTheBuyer() throws {
        let (desk, _) = try desk([TestData.order(.awaitingShipment)])
        #expect(desk.prompt == "A7 as B1")
        #expect(desk.respond(to: "/whoami").text == "You are support agent A7, acting for Dana Park (buyer B1).")
        _ = desk.respond(to: "cancel order 7300000001")
        #expect(desk.prompt.hasPrefix("A7 as B1 (") && desk.prompt.contains("#7300000001"))
        let (nobody, _) = try self.desk([], buyer: nil)
        #expect(nobody.prompt == "A7")
        #expect(AgentDesk.completableCommands.contains("/approve") && AgentDesk.completableCommands.contains("/orders"))
    }

    @Test func afterTakeTheAssistantStaysQuiet() throws {
        let (desk, store) = try desk([TestData.order(.awaitingShipment, id: "7300000009", buyer: "B2")], buyer: nil)
        let buyer = try Session(store: store, buyerID: "B2", understander: sharedUnderstander, clock: .fixed(TestData.now))
        _ = buyer.respond(to: "I want to talk to a human please")
        _ = desk.respond(to: "/take 1")
        let reply = desk.respond(to: "cancel order 7300000009")
        #expect(reply.text.contains("the assistant stays quiet"))
        #expect(try store.order(id: "7300000009")?.status == .awaitingShipment)
        #expect(desk.prompt == "A7 with B2 (handoff #1)")
        _ = desk.respond(to: "/handback")
        #expect(!desk.respond(to: "where is order 7300000009").text.contains("stays quiet"))
    }

    @Test func tracesNameTheRuleNotTheSwiftCase() throws {
        let (desk, _) = try desk([TestData.order(.shipped)])
        let reply = desk.respond(to: "cancel order 7300000001")
        let policy = try #require(reply.lines.first { $0.contains("policy: refused") })
        #expect(policy.contains("already_shipped: a shipped order can't be cancelled"))
        #expect(!policy.contains("alreadyShipped"))
    }

    @Test func aCorrectionToTheSameIntentIsNotRecorded() throws {
        let (desk, store) = try desk([TestData.order(.awaitingShipment)])
        _ = desk.respond(to: "where is my order 7300000001")
        let reply = desk.respond(to: "/intent order_status")
        #expect(reply.text.contains("already understood as order_status"))
        #expect(try store.corrections().isEmpty)
    }
}
