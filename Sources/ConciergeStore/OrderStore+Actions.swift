import Foundation
import GRDB
import ConciergeDomain

extension OrderStore {
    /// Cancels an order: at once when unpaid (or inside the payment window), else a request to the seller.
    public func cancelOrder(_ id: OrderID, by actor: Actor, reason: CancellationReason, note: String?, at now: Date,
                            conversation: ConversationWrite?) throws -> ActionResult {
        try perform(.cancelOrder, id, by: actor, at: now, conversation: conversation, detail: "reason: \(reason.rawValue)",
                    alreadyDone: { _ = $1; return $0.cancellation != nil && ($0.status == .cancellationRequested || $0.status == .cancelled) }) { order, permission in
            order.cancellation = Cancellation(reason: reason, note: note.map(PersonalData.storable), at: now)
            switch permission {
            case .requestFromSeller:
                order.status = .cancellationRequested
            case .cancelAtOnce, .immediate:
                order.status = .cancelled
                order.payment = nil // never captured: voided, nothing to refund
            }
        }
    }

    /// Voids an uncaptured payment: while it is being verified the whole payment (the order awaits payment
    /// again); for a duplicate charge on a captured payment only the duplicate (the order stays as it is).
    public func cancelPayment(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult {
        try perform(.cancelPayment, id, by: actor, at: now, conversation: conversation, detail: "payment voided",
                    alreadyDone: { order, last in
                        last == .order(.cancelPayment) && (order.status == .awaitingPayment && order.payment == nil || order.payment?.duplicateCharge == false)
                    }) { order, _ in
            if Policy().voidsOnlyDuplicate(order) {
                order.payment?.duplicateCharge = false
            } else {
                order.payment = nil
                order.status = .awaitingPayment
            }
        }
    }

    /// Adds a message to the order's thread with the seller.
    /// `author` overrides who the thread shows as writing (an agent recording a seller's reply).
    public func sendMessage(_ id: OrderID, by actor: Actor, text: String, as author: MessageAuthor?, at now: Date,
                            conversation: ConversationWrite?) throws -> ActionResult {
        let trimmed = PersonalData.storable(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !trimmed.isEmpty else { throw Refusal.nothingToSend }
        let author: MessageAuthor = author ?? {
            switch actor {
            case .buyer: .buyer
            case .seller: .seller
            case .agent, .platform: .agent
            }
        }()
        return try perform(.messageSeller, id, by: actor, at: now, conversation: conversation, detail: "message by \(author.rawValue)",
                           alreadyDone: { order, _ in
                               // Any identical message in the window, not only the last: a re-run script sends several.
                               order.messages.contains { message in
                                   message.author == author && message.text == trimmed
                                       && abs(now.timeIntervalSince(message.at)) < 5 * PolicyConstants.minute
                               }
                           }) { order, _ in
            order.messages.append(Message(author: author, text: trimmed, at: now))
        }
    }

    /// Opens a dispute; the asked amount is never more than what was paid.
    public func openDispute(_ id: OrderID, by actor: Actor, draft: DisputeDraft, at now: Date, conversation: ConversationWrite?) throws -> ActionResult {
        try perform(.openDispute, id, by: actor, at: now, conversation: conversation,
                    detail: "reason: \(draft.reason.rawValue), outcome: \(draft.outcome.rawValue)",
                    alreadyDone: { order, _ in order.status == .inDispute && order.dispute != nil }) { [policy] order, _ in
            let paid = order.paidAmount ?? order.total
            let amount = draft.outcome == .partialRefund ? (draft.amount ?? paid) : paid
            if let refusal = policy.checkRefund(amount, on: order) { throw refusal }
            order.dispute = Dispute(reason: draft.reason, outcome: draft.outcome, amount: amount,
                                    description: PersonalData.storable(draft.description), evidence: draft.evidence, openedAt: now)
            order.status = .inDispute
        }
    }

    /// Confirms receipt: the order is completed.
    public func confirmReceipt(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult {
        try perform(.confirmReceipt, id, by: actor, at: now, conversation: conversation, detail: "",
                    alreadyDone: { order, last in order.status == .completed && last == .order(.confirmReceipt) }) { order, _ in
            order.status = .completed
            order.completedAt = now
            if order.deliveredAt == nil { order.deliveredAt = now }
        }
    }

    /// Moves a finished order to deleted orders.
    public func deleteOrder(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult {
        try perform(.delete, id, by: actor, at: now, conversation: conversation, detail: "", alreadyDone: { order, _ in order.deletion == .deleted }) { order, _ in
            order.deletion = .deleted
        }
    }

    /// Brings an order back from deleted orders.
    public func restoreOrder(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult {
        try perform(.restore, id, by: actor, at: now, conversation: conversation, detail: "",
                    alreadyDone: { $0.deletion == .none && $1 == .order(.restore) }) { order, _ in
            order.deletion = .none
        }
    }

    /// Deletes an order from deleted orders for good: no dispute is possible afterwards.
    public func deletePermanently(_ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?) throws -> ActionResult {
        try perform(.deletePermanently, id, by: actor, at: now, conversation: conversation, detail: "", alreadyDone: { order, _ in order.deletion == .permanent }) { order, _ in
            order.deletion = .permanent
        }
    }

    /// Records the seller's answer to a cancellation request: accepting closes the order and refunds it;
    /// declining means it shipped, with a tracking number.
    public func answerCancellation(_ id: OrderID, by actor: Actor, accept: Bool, tracking: String? = nil, at now: Date) throws -> ActionResult {
        let answer: CancellationAnswer = accept ? .accepted : .declined
        return try perform(accept ? .acceptCancellation : .declineCancellation, id, by: actor, at: now, conversation: nil,
                           detail: accept ? "seller accepted the cancellation" : "seller declined: shipped, tracking \(tracking ?? "")",
                           alreadyDone: { order, _ in order.cancellation?.answer == answer }) { order, _ in
            order.cancellation?.answer = answer
            if accept {
                order.status = .cancelled
                if let paid = order.paidAmount {
                    order.refund = Refund(amount: paid, stage: .pending, at: now)
                    if let method = order.payment?.method {
                        order.refund?.stage = self.timers.refundStage(method: method, issuedAt: now, now: now)
                    }
                }
            } else {
                order.status = .shipped
                order.shippedAt = now
                order.tracking = tracking
            }
        }
    }

    /// Records a buyer's request for a human, with a summary for the agent.
    @discardableResult
    public func recordHandoff(buyerID: BuyerID, orderID: OrderID?, summary: String, at now: Date) throws -> Int64 {
        try immediate { db in
            try db.execute(sql: "INSERT INTO handoff (buyer_id, order_id, summary, at) VALUES (?, ?, ?, ?)",
                           arguments: [buyerID, orderID, PersonalData.storable(summary), DatabaseDate.value(now)])
            let id = db.lastInsertedRowID
            try logEvent(db, at: now, actor: .buyer(buyerID), action: .handoffRequested, order: nil, buyerID: buyerID,
                         before: nil, after: nil, detail: "handoff #\(id)")
            return id
        }
    }

    // MARK: - The one path every change takes

    private func perform(_ action: Action, _ id: OrderID, by actor: Actor, at now: Date, conversation: ConversationWrite?, detail: String,
                         alreadyDone: @escaping (Order, _ lastAction: AuditAction?) -> Bool,
                         change: @escaping (inout Order, Permission) throws -> Void) throws -> ActionResult {
        try immediate { db in
            guard let stored = try OrderRows.fetch(db, where: "o.id = ?", arguments: [id]).first else {
                throw Refusal.orderNotFound(id)
            }
            if case .buyer(let buyerID) = actor, stored.buyerID != buyerID { throw Refusal.orderNotFound(id) }
            let (current, _) = try advanceTimers(of: stored, now, db, recordingNextTimer: false)
            let lastAction = try String.fetchOne(
                db.cachedStatement(sql: "SELECT action FROM event WHERE order_id = ? AND action != ? ORDER BY id DESC LIMIT 1"),
                arguments: [id, AuditAction.timer.rawValue]).map(AuditAction.init(rawValue:))
            if alreadyDone(current, lastAction) {
                let permission = (try? policy.decide(action, by: .platform, on: current, at: now).get()) ?? .immediate
                let result = ActionResult(outcome: .alreadyDone, order: current, permission: permission)
                try conversation.map { try writeConversation(db, $0, after: result, at: now) }
                return result
            }
            let permission = try policy.decide(action, by: actor, on: current, at: now).get()
            var changed = current
            try change(&changed, permission)
            try OrderRows.update(from: current, to: changed, db)
            try logEvent(db, at: now, actor: actor, action: .order(action), order: changed.id, buyerID: changed.buyerID,
                         before: current.status, after: changed.status, detail: detail)
            let result = ActionResult(outcome: .performed, order: changed, permission: permission)
            try conversation.map { try writeConversation(db, $0, after: result, at: now) }
            return result
        }
    }

    func logEvent(_ db: Database, at: Date, actor: Actor, action: AuditAction, order: OrderID?, buyerID: BuyerID?,
                  before: OrderStatus?, after: OrderStatus?, detail: String) throws {
        try EventChain.append(db, [DatabaseDate.value(at), actor.recordedID, action.rawValue, order, buyerID, before?.rawValue, after?.rawValue,
                                   PersonalData.maskAll(in: detail)]) // details carry codes and ids; this catches any slip
    }
}
