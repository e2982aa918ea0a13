import Foundation
import ConciergeDomain

/// The store as a conversation and the agent desk use it: reads of one buyer's world and checked changes,
/// each one transaction. `OrderStore` (SQLite) implements it; another database can stand behind the same
/// surface and be run against the same store tests.
public protocol OrderStoring: AnyObject, Sendable {
    /// A buyer by id.
    func buyer(id: BuyerID) throws -> Buyer?
    /// A seller by id.
    func seller(id: SellerID) throws -> Seller?
    /// All sellers, by id.
    func sellers() throws -> [Seller]
    /// The buyer's orders, newest first; deleted ones only when asked, permanently deleted never.
    func orders(buyerID: BuyerID, includeDeleted: Bool) throws -> [Order]
    /// One order as `buyerID` may see it: another buyer's order is as missing as a nonexistent one.
    func order(id: OrderID, visibleTo buyerID: BuyerID) throws -> Order?
    /// Any order by id, for agents, sellers and the platform.
    func order(id: OrderID) throws -> Order?
    /// The event log, oldest first, optionally for one order.
    func events(orderID: OrderID?) throws -> [OrderEvent]
    /// Applies the platform's timers due by `now` to one buyer's orders (or every buyer's), audited.
    func applyTimers(buyerID: BuyerID?, at now: Date) throws -> [TimerTransition]

    // The buyer's changes, each one checked transaction; `conversation`, when given, is written in that same transaction.
    func cancelOrder(_ id: OrderID, by actor: Actor, reason: CancellationReason, note: String?, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func cancelPayment(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func sendMessage(_ id: OrderID, by actor: Actor, text: String, as author: MessageAuthor?, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func openDispute(_ id: OrderID, by actor: Actor, draft: DisputeDraft, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func confirmReceipt(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func deleteOrder(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func restoreOrder(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func deletePermanently(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult
    func answerCancellation(_ id: OrderID, by actor: Actor, accept: Bool, tracking: String?, at now: Date) throws -> ActionResult

    /// Records a buyer's request for a human; returns its number.
    func recordHandoff(buyerID: BuyerID, orderID: OrderID?, summary: String, at now: Date) throws -> Int64
    /// Saves a buyer's conversation state (encoded by the session); empty data forgets it.
    func saveConversation(buyerID: BuyerID, state: Data, at now: Date) throws
    /// The buyer's saved conversation state and when it was saved.
    func conversation(buyerID: BuyerID) throws -> (state: Data, at: Date)?
    /// Records something an actor did that is not an order change.
    func recordEvent(by actor: Actor, action: AuditAction, buyerID: BuyerID?, orderID: OrderID?, detail: String, at now: Date) throws
    /// Keeps an agent's intent correction (and audits it).
    func recordCorrection(text: String, predicted: String, intent: String, agentID: String, buyerID: BuyerID, at now: Date) throws
    /// Whether the data is demo or test data, on which agents may move the clock.
    func holdsTestData() throws -> Bool
    /// Handoff requests, oldest first; only the open ones unless `all`.
    func handoffs(all: Bool) throws -> [Handoff]
    /// Moves a handoff to a state, audited.
    func updateHandoff(_ id: Int64, to state: HandoffState, agentID: String, at now: Date) throws -> Handoff?
}

extension OrderStore: OrderStoring {}

extension OrderStoring {
    /// The buyer's visible orders, newest first.
    public func orders(buyerID: BuyerID) throws -> [Order] { try orders(buyerID: buyerID, includeDeleted: false) }

    /// Applies the platform's timers due by `now` to one buyer's orders.
    @discardableResult
    public func applyTimers(buyerID: BuyerID, at now: Date) throws -> [TimerTransition] { try applyTimers(buyerID: Optional(buyerID), at: now) }

    /// Records something an actor did that concerns no one order.
    public func recordEvent(by actor: Actor, action: AuditAction, buyerID: BuyerID?, detail: String, at now: Date) throws {
        try recordEvent(by: actor, action: action, buyerID: buyerID, orderID: nil, detail: detail, at: now)
    }

    /// Adds the actor's own message to the order's thread.
    public func sendMessage(_ id: OrderID, by actor: Actor, text: String, at now: Date) throws -> ActionResult {
        try sendMessage(id, by: actor, text: text, as: nil, at: now, conversation: nil)
    }

    /// Adds a message to the order's thread, as `author` (an agent recording a seller's reply).
    public func sendMessage(_ id: OrderID, by actor: Actor, text: String, as author: MessageAuthor?, at now: Date) throws -> ActionResult {
        try sendMessage(id, by: actor, text: text, as: author, at: now, conversation: nil)
    }

    /// Cancels an order, with no note.
    public func cancelOrder(_ id: OrderID, by actor: Actor, reason: CancellationReason, at now: Date) throws -> ActionResult {
        try cancelOrder(id, by: actor, reason: reason, note: nil, at: now, conversation: nil)
    }

    // The changes without a conversation to save (agents, sellers, tests).
    public func cancelOrder(_ id: OrderID, by actor: Actor, reason: CancellationReason, note: String?, at now: Date) throws -> ActionResult {
        try cancelOrder(id, by: actor, reason: reason, note: note, at: now, conversation: nil)
    }
    public func cancelPayment(_ id: OrderID, by actor: Actor, at now: Date) throws -> ActionResult {
        try cancelPayment(id, by: actor, at: now, conversation: nil)
    }
    public func openDispute(_ id: OrderID, by actor: Actor, draft: DisputeDraft, at now: Date) throws -> ActionResult {
        try openDispute(id, by: actor, draft: draft, at: now, conversation: nil)
    }
    public func confirmReceipt(_ id: OrderID, by actor: Actor, at now: Date) throws -> ActionResult {
        try confirmReceipt(id, by: actor, at: now, conversation: nil)
    }
    public func deleteOrder(_ id: OrderID, by actor: Actor, at now: Date) throws -> ActionResult {
        try deleteOrder(id, by: actor, at: now, conversation: nil)
    }
    public func restoreOrder(_ id: OrderID, by actor: Actor, at now: Date) throws -> ActionResult {
        try restoreOrder(id, by: actor, at: now, conversation: nil)
    }
    public func deletePermanently(_ id: OrderID, by actor: Actor, at now: Date) throws -> ActionResult {
        try deletePermanently(id, by: actor, at: now, conversation: nil)
    }
}
