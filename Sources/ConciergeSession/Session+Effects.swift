import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore

extension Session {
    /// Performs effects in order; store results go back to the flow that asked, and what they say follows.
    func run(_ effects: [Effect]) throws -> [String] {
        var lines: [String] = []
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .say(let text):
                lines.append(text)
            case .listed, .switchTo:
                continue
            case .perform(let command):
                if requiresApproval {
                    pendingApproval = command
                    lastTrace.writes.append("\(command.name) \(command.orderID): waiting for agent approval")
                    lines.append("One moment — a support agent is checking this before I go ahead.")
                    continue
                }
                queue.insert(contentsOf: try perform(command), at: 0)
            case .handoff:
                lines += try handoff()
                lastTrace.writes.append("handoff recorded")
            case .refused(let refusal):
                lastTrace.refusals.append(refusal.caseName)
            }
        }
        return lines
    }

    /// Runs a store change. If the order changed since the summary so that the change would now go another
    /// way (a request became an immediate cancellation, say), nothing is written and the flow asks again;
    /// the reply after a change is built from what the store did.
    private func perform(_ command: OrderCommand) throws -> [Effect] {
        try readOrders()
        if let expected = dialog?.summarizedPath ?? stack.flows.last?.summarizedPath,
           let order = flowContext.order(command.orderID), let action = stack.flows.last?.goal.action,
           case .success(let path) = Policy().decide(action, by: .buyer(buyer.id), on: order, at: now), path != expected {
            lastTrace.writes.append("\(command.name) \(command.orderID): not written, the order changed since the summary")
            return stack.pathChanged(flowContext)
        }
        let before = flowContext.order(command.orderID)
        // The flow learns the result inside the change's transaction, and the conversation it leaves is written there
        // too: the saved conversation never asks to confirm a change already made.
        var next = stack
        var effects: [Effect] = []
        let orders = ordersRead ?? (flowContext.orders + flowContext.deletedOrders)
        let context = flowContext
        var written = Data()
        let conversation = ConversationWrite(buyerID: buyer.id) { result in
            let changed = orders.map { $0.id == result.order.id ? result.order : $0 }
            effects = next.completed(result, before: before, Self.flowContext(changed, sellers: context.sellers, now: context.now))
            written = Self.encoded(next)
            return written
        }
        do {
            let result = try execute(command, conversation: conversation)
            lastTrace.writes.append("\(command.name) \(command.orderID): \(result.outcome == .performed ? "performed" : "already done, nothing written")")
            stack = next
            savedStack = next
            savedConversation = written
            try readOrders()
            return effects
        } catch let refusal as Refusal {
            lastTrace.refusals.append(refusal.caseName)
            lastTrace.writes.append("\(command.name) \(command.orderID): refused in the transaction")
            try readOrders()
            return stack.refused(refusal, flowContext)
        }
    }

    func execute(_ command: OrderCommand, conversation: ConversationWrite?) throws -> ActionResult {
        let me = actor
        switch command {
        case .cancelOrder(let id, let reason, let note):
            return try store.cancelOrder(id, by: me, reason: reason, note: note, at: now, conversation: conversation)
        case .cancelPayment(let id): return try store.cancelPayment(id, by: me, at: now, conversation: conversation)
        case .sendMessage(let id, let text): return try store.sendMessage(id, by: me, text: text, as: nil, at: now, conversation: conversation)
        case .openDispute(let id, let draft): return try store.openDispute(id, by: me, draft: draft, at: now, conversation: conversation)
        case .confirmReceipt(let id): return try store.confirmReceipt(id, by: me, at: now, conversation: conversation)
        case .delete(let id): return try store.deleteOrder(id, by: me, at: now, conversation: conversation)
        case .restore(let id): return try store.restoreOrder(id, by: me, at: now, conversation: conversation)
        case .deletePermanently(let id): return try store.deletePermanently(id, by: me, at: now, conversation: conversation)
        }
    }

    private func handoff() throws -> [String] {
        let recent = history.suffix(4).map { "\"\(String($0.prefix(120)))\"" }.joined(separator: ", ")
        let summary = "Buyer \(buyer.id) asked for a human. Recent messages: \(recent)."
        let id = try store.recordHandoff(buyerID: buyer.id, orderID: stack.lastOrderID, summary: summary, at: now)
        stack.reset()
        return [
            "I've asked a human agent to take over (request #\(id)), with a short summary of our conversation so you don't have to repeat yourself.",
            "An agent will reply here, usually within a few hours. Nothing on your orders was changed.",
        ]
    }

    /// Written answers from the catalog, and the fallbacks, for the flow stack.
    var texts: StackTexts {
        let understander = self.understander
        let help = helpLines
        return StackTexts(
            answer: { topic, order, context in
                var effects = understander.answer(for: topic).map(Self.answerLines)?.map(Effect.say) ?? []
                if effects.isEmpty, topic == "ok" { effects = [.say("OK. What can I help you with?")] }
                if topic == CommandGenerator.confirmedByMistakeTopic { effects = Self.confirmedByMistake(order, context) }
                if topic == CommandGenerator.refundElsewhereTopic {
                    effects = [.say("A refund can't be sent somewhere else: it always goes back the way the order was paid.")]
                }
                // About a named order: its refund, if it has one; otherwise the buyer's latest refund.
                if topic == "refund_not_on_statement" || topic == "refund_timing",
                   let refunded = order.map({ [$0] }) .map({ $0.filter { $0.refund != nil } })?.first ?? (order == nil ? context.orders.first(where: { $0.refund != nil }) : nil),
                   let refund = refunded.refund {
                    effects.append(.say(order == nil ? "Your latest refund:" : "Order #\(refunded.id):"))
                    effects += StatusText().refund(refunded, refund, now: context.now).map(Effect.say)
                }
                return effects.isEmpty ? [.say("Sorry, I'm not sure what you mean. " + (help.first ?? ""))] : effects
            },
            outOfScope: { count in
                var effects: [Effect] = [.say(understander.answer(for: IntentCatalog.outOfScope).map(Self.answerLines)?.joined(separator: " ")
                                              ?? "Sorry, that's not something I can help with. I can help with your marketplace orders.")]
                if count >= 2 {
                    effects.append(.say("If I keep missing what you need, I can pass you to a human agent — just say \"agent\"."))
                }
                return effects
            },
            help: help.map(Effect.say),
            nothingPending: [.say("There's nothing in progress to answer. What can I help you with?")])
    }

    /// "I confirmed receipt by mistake": where the order stands, and what remains possible.
    static func confirmedByMistake(_ order: Order?, _ context: FlowContext) -> [Effect] {
        let advice = "If you confirmed receipt by mistake, the money can't be recovered by cancelling the order: contact the seller first (I can send them a message for you); if something is wrong with the item you can open a dispute, or ask me for a support agent."
        guard let order else { return [.say(advice)] }
        let named = "Order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))"
        switch order.status {
        case .completed:
            return [.say("\(named) is completed: receipt was confirmed on \(DateText.day(order.completedAt ?? context.now)), so it can't be cancelled any more."), .say(advice)]
        case .delivered:
            return [.say("\(named) is delivered, and receipt has not been confirmed yet: nothing is final. If something is wrong with the item you can open a dispute; if it's fine, you can confirm receipt.")]
        default:
            return StatusText().status(order, handlingDays: context.handlingDays(order), now: context.now).map(Effect.say)
        }
    }

    static func answerLines(_ answer: String) -> [String] {
        answer.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    // MARK: - Approvals (agent desk)

    /// Runs the change waiting for approval, as `agent`; the flow then says what happened.
    public func approvePending(by agentID: String) -> SessionReply {
        guard let command = pendingApproval, dialog != nil || stack.flows.last != nil else { return SessionReply(lines: ["Nothing is waiting for approval."]) }
        pendingApproval = nil
        actor = .agent(agentID)
        defer { actor = .buyer(buyer.id) }
        lastTrace = TurnTrace()
        do {
            let saved = requiresApproval
            requiresApproval = false
            defer { requiresApproval = saved }
            var lines = try run([.perform(command)])
            if let index = lastTrace.writes.indices.last {
                lastTrace.writes[index] = lastTrace.writes[index].replacingOccurrences(of: ": performed", with: ": approved by agent \(agentID), performed")
            }
            if lines.isEmpty { lines = ["OK."] }
            saveConversation()
            return SessionReply(lines: lines)
        } catch {
            lastTrace.writes.append("failed: \(SessionFailure(error).detail)")
            return .storeFailed(error)
        }
    }

    /// Changes a slot of the waiting change: `reason`, `amount` or `message`. Returns the new summary or why not.
    public func editPending(slot: String, value: String) -> SessionReply {
        guard let command = pendingApproval else { return SessionReply(lines: ["Nothing is waiting for approval."]) }
        var edited: OrderCommand?
        switch (command, slot.lowercased()) {
        case (.cancelOrder(let id, _, _), "reason"):
            if let reason = CancellationReason(rawValue: value) ?? CancellationReason.allCases.first(where: { $0.label.lowercased().contains(value.lowercased()) }) {
                edited = .cancelOrder(id, reason: reason, note: nil)
            } else {
                edited = .cancelOrder(id, reason: .other, note: value)
            }
        case (.sendMessage(let id, _), "message"), (.sendMessage(let id, _), "text"):
            edited = .sendMessage(id, text: value)
        case (.openDispute(let id, var draft), "amount"):
            guard let currency = (try? store.order(id: id))??.currency, let money = Money(decimal: value, currency: currency) else {
                return SessionReply(lines: ["\(value) is not an amount like 10.50."])
            }
            guard money.isPositive else { return SessionReply(lines: ["\(value): a refund amount must be more than 0."]) }
            draft.amount = money
            draft.outcome = .partialRefund
            edited = .openDispute(id, draft)
        default:
            edited = nil
        }
        guard let edited else { return SessionReply(lines: ["Can't edit \(slot) of a \(command.name) (editable: reason, amount, message)."]) }
        pendingApproval = edited
        return SessionReply(lines: ["Edited. Now waiting: \(edited.summary)"])
    }

    /// Drops the waiting change and tells the buyer why.
    public func rejectPending(message: String) -> SessionReply {
        guard pendingApproval != nil else { return SessionReply(lines: ["Nothing is waiting for approval."]) }
        pendingApproval = nil
        stack.reset()
        saveConversation()
        return SessionReply(lines: ["A support agent stopped this change; nothing was changed.", "Agent: \(message)"])
    }

    // MARK: - Saved conversations

    /// The stack as saved: empty when nothing is in progress.
    static func encoded(_ stack: FlowStack) -> Data {
        stack.active == nil ? Data() : ((try? CompactJSONEncoder().encode(stack)) ?? Data())
    }

    /// Saves the conversation state for this buyer (the flow stack), or forgets it when nothing is in progress.
    /// Written only when it changed, so a turn that changes nothing writes nothing.
    func saveConversation() {
        guard stack != savedStack else { return }
        let data = Self.encoded(stack)
        guard data != savedConversation else { savedStack = stack; return }
        do {
            try store.saveConversation(buyerID: buyer.id, state: data, at: now)
            savedConversation = data
            savedStack = stack
        } catch {
            lastTrace.writes.append("conversation not saved: \(SessionFailure(error).detail)")
        }
    }

    /// Picks up a conversation left unfinished; returns the lines offering to continue it, or none.
    public func resumeSavedConversation() -> [String] {
        guard let saved = try? store.conversation(buyerID: buyer.id),
              let restored = try? JSONDecoder().decode(FlowStack.self, from: saved.state), let flow = restored.active else { return [] }
        stack = restored
        savedConversation = saved.state
        savedStack = restored
        offeringToContinue = true
        let about = flow.orderID.map { " order #\($0)" } ?? " an order"
        return ["Last time (\(DateText.instant(saved.at))) you were \(flow.goal.activity)\(about), \(flow.stateName). Shall we continue where we left off? (yes/no)"]
    }
}

/// A failure of the session's own machinery (the database, the disk). The buyer reads one line without
/// internals; the detail (the store's words, which may quote SQLite) goes to the agent's trace and to stderr.
struct SessionFailure {
    let error: Error
    init(_ error: Error) { self.error = error }

    /// What the buyer reads, whatever failed.
    var message: String { "Sorry, something went wrong on our side, so nothing was changed. Please try again in a moment." }

    /// What failed, for the agent's trace and the chat's line on stderr.
    var detail: String { (error as? StoreError)?.description ?? "\(error)" }
}
