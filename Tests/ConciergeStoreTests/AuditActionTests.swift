import Foundation
import GRDB
import Testing
@testable import ConciergeDomain
@testable import ConciergeStore
import ConciergeTestSupport

/// Issue 9: audit actions, handoff states and an event's statuses are types, stored as the same text as before,
/// so existing databases, the event hash chain and `concierge audit --verify` still agree.
@Suite struct AuditActionTests {
    let buyer = Actor.buyer("B1")
    let now = TestData.now

    @Test func everyActionKeepsTheTextExistingEventsHold() {
        // Given the texts events have been written with since the log began
        let pinned: [(AuditAction, String)] = [
            (.timer, "timer"), (.handoffRequested, "handoff_requested"), (.handoff(.taken), "handoff_taken"),
            (.handoff(.closed), "handoff_closed"), (.handoff(.waiting), "handoff_waiting"), (.intentCorrected, "intent_corrected"),
            (.privacyErased, "privacy_erased"), (.agentCommandRefused, "agent_command_refused"), (.agentAsBuyer, "agent_as_buyer"),
            (.agentSaid, "agent_said"), (.approveMode, "approve_mode"), (.approved, "approved"), (.approvalEdited, "approval_edited"),
            (.approvalRejected, "approval_rejected"), (.clockAdvanced, "clock_advanced"), (.advanceRefused, "advance_refused"),
            (.benchWrite, "bench_write"),
            (.order(.cancelOrder), "cancel_order"), (.order(.cancelPayment), "cancel_payment"), (.order(.messageSeller), "message_seller"),
            (.order(.openDispute), "open_dispute"), (.order(.confirmReceipt), "confirm_receipt"), (.order(.delete), "delete"),
            (.order(.restore), "restore"), (.order(.deletePermanently), "delete_permanently"),
            (.order(.acceptCancellation), "accept_cancellation"), (.order(.declineCancellation), "decline_cancellation"),
        ]
        // Then each typed action is exactly that text, and every order action is pinned
        for (action, text) in pinned { #expect(action.rawValue == text) }
        #expect(Set(Action.allCases.map { AuditAction.order($0) }).isSubset(of: Set(pinned.map(\.0))))
        #expect(HandoffState.allCases.map(\.rawValue) == ["waiting", "taken", "closed"])
    }

    @Test func theStoreWritesTheSameTextsAsBefore() throws {
        // Given a store where buyers, sellers and agents do one of everything
        let store = try TestData.store([TestData.order(.awaitingPayment), TestData.order(.cancellationRequested, id: "7300000002"),
                                        TestData.order(.delivered, id: "7300000003")])
        _ = try store.cancelOrder("7300000001", by: buyer, reason: .changeOrder, at: now)
        _ = try store.sendMessage("7300000002", by: buyer, text: "please hurry", at: now)
        _ = try store.answerCancellation("7300000002", by: .seller("S1"), accept: false, tracking: "TRK1", at: now)
        _ = try store.confirmReceipt("7300000003", by: buyer, at: now)
        _ = try store.deleteOrder("7300000003", by: buyer, at: now)
        _ = try store.restoreOrder("7300000003", by: buyer, at: now)
        let handoff = try store.recordHandoff(buyerID: "B1", orderID: nil, summary: "wants a human", at: now)
        try store.updateHandoff(handoff, to: .taken, agentID: "A7", at: now)
        try store.updateHandoff(handoff, to: .closed, agentID: "A7", at: now)
        try store.recordCorrection(text: "where is it", predicted: "refund_status", intent: "order_status", agentID: "A7", buyerID: "B1", at: now)
        try store.recordEvent(by: .agent("A7"), action: .agentSaid, buyerID: "B1", detail: "hello", at: now)
        _ = try store.eraseFreeText(buyerID: "B1", by: .agent("A7"), at: now)
        // Then the stored columns hold the texts existing databases hold, and the chain verifies
        let rows = try store.writer.read { try Row.fetchAll($0, sql: "SELECT action, before_status, after_status FROM event ORDER BY id") }
        let stored = rows.map { [$0["action"] as String, $0["before_status"] ?? "-", $0["after_status"] ?? "-"].joined(separator: " ") }
        #expect(stored == [
            "cancel_order awaiting_payment cancelled", "message_seller cancellation_requested cancellation_requested",
            "decline_cancellation cancellation_requested shipped", "confirm_receipt delivered completed",
            "delete completed completed", "restore completed completed", "handoff_requested - -", "handoff_taken - -",
            "handoff_closed - -", "intent_corrected - -", "agent_said - -", "privacy_erased - -",
        ])
        #expect(try store.events().map(\.action.rawValue) == rows.map { $0["action"] as String })
        #expect(try store.events(orderID: "7300000001").first?.afterStatus == .cancelled)
        #expect(try store.handoffs(all: true).map(\.state) == [.closed])
        #expect(try store.verifyEventChain().verifies)
    }

    @Test func anActionNoCodeWritesAnyMoreIsStillReadable() throws {
        // Given an event an older Concierge wrote with an action this one does not name (hash-chained like any other)
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        try store.writer.write { try EventChain.append($0, [now, "agent:A1", "retired_action", nil, "B1", nil, nil, ""]) }
        // Then the log still reads and verifies
        #expect(try store.events().map(\.action) == [AuditAction(rawValue: "retired_action")])
        #expect(try store.verifyEventChain().verifies)
    }

    @Test func aStatusOrHandoffStateThatDoesNotDecodeIsAnErrorNotADefault() throws {
        // Given an event whose status is no status Concierge knows
        let store = try TestData.store([TestData.order(.awaitingShipment)])
        try store.writer.write { try EventChain.append($0, [now, "platform", "timer", "7300000001", "B1", "teleported", "shipped", ""]) }
        // Then reading the log says which value could not be read
        #expect(throws: StoreError.unreadableValue(table: "event", column: "before_status", value: "teleported")) { try store.events() }
        // Given a handoff whose state is no state Concierge knows (written around the CHECK constraint)
        try store.recordHandoff(buyerID: "B1", orderID: nil, summary: "help", at: now)
        try store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE handoff SET state = 'lost'")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        // Then listing handoffs fails the same way
        #expect(throws: StoreError.unreadableValue(table: "handoff", column: "state", value: "lost")) { try store.handoffs() }
    }
}
