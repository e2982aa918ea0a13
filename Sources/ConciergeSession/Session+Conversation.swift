import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore

extension Session {
    /// Intents whose answer can interrupt a dialog, which then resumes at the same step.
    static let digressions: Set<String> = ["order_status", "refund_status", "list_orders", "help", "thanks", "greet"]
    /// Confidence above which a line in a dialog is taken as a new request rather than an answer.
    static let switchConfidence = 0.75

    /// Free text: understand it, let the dialog (or a new one) decide, perform the effects.
    func converse(_ line: String) throws -> SessionReply {
        if line.isEmpty { return SessionReply(lines: ["I'm here — tell me what you need help with, or type /help."]) }
        let turn = try makeTurn(line)
        if !line.contains(where: { $0.isLetter || $0.isNumber }) || (dialog?.isFinished ?? true) && turn.reply == nil && !turn.isReadable {
            // Nothing readable: out of scope by decision, whatever the classifier would guess from letter shapes.
            note(Classification(text: line, intent: IntentCatalog.outOfScope, detail: nil, confidence: 1, alternatives: [], isAmbiguous: false))
            return SessionReply(lines: ["Sorry, I didn't catch that. Tell me what you need help with, or type /help."])
        }
        history.append(line)
        lastTurn = turn
        note(turn.classification)
        lastTrace.entities = turn.entities.traceItems
        if let reply = turn.reply, let current = dialog, !current.isFinished { lastTrace.reply = "\(reply)" }
        var effects: [Effect]
        if let current = dialog, !current.isFinished {
            effects = inDialog(current, turn)
        } else if let pending = clarifying {
            clarifying = nil
            effects = resolveClarification(pending, turn)
        } else {
            effects = route(turn)
        }
        return SessionReply(lines: try run(effects, turn))
    }

    /// Keeps what the line was understood as, for traces, transcripts and agents' corrections.
    private func note(_ classification: Classification) {
        lastClassification = classification
        lastTrace.intents = [ScoredIntent(intent: classification.intent, confidence: classification.confidence)] + classification.alternatives
        lastTrace.detail = classification.detail
    }

    /// The buyer's orders now: those in the list, and those in *deleted orders*.
    private func currentOrders() throws -> (listed: [Order], deleted: [Order]) {
        let all = try store.orders(buyerID: buyer.id, includeDeleted: true)
        return (all.filter(\.isVisible), all.filter { $0.deletion == .deleted })
    }

    /// The same turn with the orders, the clock and the last list as they are now (after a store change).
    func refreshed(_ turn: Turn) throws -> Turn {
        var fresh = turn
        (fresh.orders, fresh.deletedOrders) = try currentOrders()
        fresh.lastListed = lastListed
        fresh.now = now
        return fresh
    }

    func makeTurn(_ line: String) throws -> Turn {
        let (orders, deleted) = try currentOrders()
        let candidates = (orders + deleted).map { OrderCandidate(id: $0.id, itemTitles: $0.items.map(\.title), placedAt: $0.placedAt) }
        var entities = understander.extractor.extract(from: line, orders: candidates)
        if entities.orderNumbers.isEmpty, entities.orderReference == nil, let last = lastOrderID, Self.pointsBack(line),
           (orders + deleted).contains(where: { $0.id == last }) {
            entities.orderNumbers = [last]
        }
        var turn = Turn(text: line, classification: understander.matcher.classify(Self.maskingItems(line, entities.orderReference)),
                    entities: entities,
                    reply: DialogReply.parse(line), orders: orders, deletedOrders: deleted,
                    lastListed: lastListed, sellers: sellers, now: now)
        turn.isReadable = understander.matcher.hasRecognisableWord(line)
        return turn
    }

    private func inDialog(_ dialogInProgress: GuidedDialog, _ turn: Turn) -> [Effect] {
        var current = dialogInProgress
        if current.isOffering, turn.reply == nil {
            dialog = nil
            return route(turn)
        }
        let c = turn.classification
        let confident = c.confidence >= Self.switchConfidence && !c.isAmbiguous
        if confident, c.intent == "human_agent", !DialogReply.isBareYesOrNo(turn.text) {
            dialog = nil
            return [.handoff]
        }
        let asksSomething = Self.digressions.contains(c.intent) || c.detail.flatMap(understander.answer(for:)) != nil
        if turn.reply == nil, asksSomething, !current.fillsSlot(turn),
           confident || (Self.looksLikeQuestion(turn.text) && c.confidence >= 0.5),
           !current.expectsFreeText || Self.looksLikeQuestion(turn.text),
           let answer = digression(c, turn) {
            return answer + current.reprompt(turn)
        }
        if turn.reply == nil, confident {
            if let goal = goal(for: c), goal != current.goal, !current.fillsSlot(turn), !current.expectsFreeText,
               goal != .orderStatus, goal != .refundStatus {
                var next = GuidedDialog(goal: goal)
                var carried = turn
                if carried.entities.orderNumbers.isEmpty, carried.entities.orderReference == nil, let id = current.orderID {
                    carried.entities.orderNumbers = [id] // "no, the payment": the same order, another request
                }
                let effects = next.start(carried)
                dialog = next
                return effects
            }
        }
        let effects = current.handle(turn)
        dialog = current
        if current.isFinished, effects.isEmpty { return [.say("OK.")] }
        return effects
    }

    /// The answer to a question asked in the middle of a dialog, if the line is one.
    private func digression(_ c: Classification, _ turn: Turn) -> [Effect]? {
        if let detail = c.detail, let answer = understander.answer(for: detail), goal(for: c) == nil || c.intent != dialog?.goal.rawValue {
            return answerLines(answer).map(Effect.say)
        }
        guard Self.digressions.contains(c.intent) else { return nil }
        switch c.intent {
        case "order_status", "refund_status":
            var side = GuidedDialog(goal: c.intent == "order_status" ? .orderStatus : .refundStatus)
            let effects = side.start(turn)
            return side.isFinished ? effects : nil
        case "list_orders":
            return listOrders(turn)
        default:
            return understander.answer(for: c.intent).map { answerLines($0).map(Effect.say) }
        }
    }

    /// Routes a line when no dialog is in progress.
    private func route(_ turn: Turn) -> [Effect] {
        let c = turn.classification
        let social = turn.reply == .affirm && ["thanks", "goodbye"].contains(c.intent) && c.confidence >= 0.9
            && !DialogReply.isBareYesOrNo(turn.text)
        if let reply = turn.reply, turn.entities.orderNumbers.isEmpty, !social,
           reply == .stop || c.intent == IntentCatalog.outOfScope || c.confidence < Self.switchConfidence || turn.text.count <= 12 {
            return outOfContext(reply, turn)
        }
        if isBareOrderNumber(turn) { return startDialog(.orderStatus, turn) }
        if c.isAmbiguous, let second = c.alternatives.first?.intent,
           !Self.smallTalk.contains(c.intent), !Self.smallTalk.contains(second) {
            clarifying = ([c.intent, second], turn)
            return [.say("Just to be sure: do you want to \(Self.intentPhrase(c.intent)), or \(Self.intentPhrase(second))?")]
        }
        if c.intent != IntentCatalog.outOfScope { misunderstandings = 0 }
        return respond(to: c, turn)
    }

    func respond(to c: Classification, _ turn: Turn) -> [Effect] {
        let namesAnOrder = !turn.entities.orderNumbers.isEmpty || turn.entities.orderReference != nil
        if let detail = c.detail, !Self.actionDetails.contains(detail), namesAnOrder,
           c.intent == "order_status" || c.intent == "refund_status" {
            return startDialog(c.intent == "order_status" ? .orderStatus : .refundStatus, turn)
        }
        if let detail = c.detail, let answer = understander.answer(for: detail), !Self.actionDetails.contains(detail) {
            var effects = answerLines(answer).map(Effect.say)
            if detail == "refund_not_on_statement" || detail == "refund_timing",
               let refunded = turn.orders.first(where: { $0.refund != nil }), let refund = refunded.refund {
                effects.append(.say("Your latest refund:"))
                effects += StatusText().refund(refunded, refund, now: turn.now).map(Effect.say)
            }
            return effects
        }
        if let goal = goal(for: c) { return startDialog(goal, turn) }
        switch c.intent {
        case "list_orders":
            return listOrders(turn)
        case "human_agent":
            return [.handoff]
        case IntentCatalog.outOfScope:
            misunderstandings += 1
            var effects: [Effect] = [.say(understander.answer(for: IntentCatalog.outOfScope).map(answerLines)?.joined(separator: " ")
                                          ?? "Sorry, that's not something I can help with. I can help with your marketplace orders.")]
            if misunderstandings >= 2 {
                effects.append(.say("If I keep missing what you need, I can pass you to a human agent — just say \"agent\"."))
            }
            return effects
        default:
            if let answer = understander.answer(for: c.intent) { return answerLines(answer).map(Effect.say) }
            return [.say("Sorry, I'm not sure what you mean. " + helpLines[0])]
        }
    }

    /// The line with the words naming the buyer's items replaced by "item", so that unusual
    /// product names ("LED strip lights") do not read as an unknown, out-of-scope topic.
    static func maskingItems(_ line: String, _ reference: OrderReference?) -> String {
        guard case .items(_, let phrase)? = reference else { return line }
        let named = Set(phrase.lowercased().split(separator: " ").map(String.init))
        var words: [String] = []
        for word in line.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let core = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            let replaced = named.contains(core) ? "item" + word.filter { ".,!?;:".contains($0) } : word
            if replaced.hasPrefix("item"), words.last?.hasPrefix("item") == true, named.contains(core) {
                words[words.count - 1] = replaced
            } else {
                words.append(replaced)
            }
        }
        return words.joined(separator: " ")
    }

    /// "Delete it", "cancel that one": a word pointing back at the order just talked about.
    static func pointsBack(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains("it") || words.contains("that") || words.contains("this") || words.contains("same")
    }

    /// "How long does a dispute take?", "wait, what happens if…": a question rather than an answer.
    static func looksLikeQuestion(_ text: String) -> Bool {
        if text.contains("?") { return true }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(3)
        return words.contains { ["how", "what", "when", "why", "where", "which", "who"].contains(String($0)) }
    }

    static func saysPermanently(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["perman", "forever", "for good", "completely", "entirely", "erase"].contains { lowered.contains($0) }
    }

    /// Intents never worth a "did you mean" question.
    static let smallTalk: Set<String> = [IntentCatalog.outOfScope, "greet", "goodbye", "thanks", "help"]

    /// Child intents that lead to an action rather than an answer.
    static let actionDetails: Set<String> = ["duplicate_charge", "delete_permanently", "confirm_receipt"]

    private func goal(for c: Classification) -> DialogGoal? {
        switch (c.intent, c.detail) {
        case ("order_status", "confirm_receipt"): .confirmReceipt
        case ("delete_order", "delete_permanently"): .deletePermanently
        case (_, let detail?) where !Self.actionDetails.contains(detail) && understander.answer(for: detail) != nil: nil
        case ("cancel_order", _): .cancelOrder
        case ("cancel_payment", _): .cancelPayment
        case ("message_seller", _): .messageSeller
        case ("open_dispute", _): .openDispute
        case ("order_status", _): .orderStatus
        case ("refund_status", _): .refundStatus
        case ("delete_order", _): .deleteOrder
        case ("restore_order", _): .restoreOrder
        default: nil
        }
    }

    private func startDialog(_ requested: DialogGoal, _ turn: Turn) -> [Effect] {
        var next = GuidedDialog(goal: refine(requested, turn))
        let effects = next.start(turn)
        dialog = next
        return effects
    }

    /// "Cancel it, it arrived broken, I want my money back" about a shipped order is a dispute, not a cancellation.
    private func refine(_ goal: DialogGoal, _ turn: Turn) -> DialogGoal {
        if goal == .deletePermanently, !Self.saysPermanently(turn.text),
           case .chosen(let order)? = OrderPicker().named(for: goal, turn), order.deletion == .none {
            return .deleteOrder
        }
        guard goal == .cancelOrder, let reason = turn.entities.disputeReason, reason != .notReceived else { return goal }
        let named = OrderPicker().named(for: goal, turn)
        if case .chosen(let order)? = named, [.shipped, .delivered, .completed].contains(order.status) { return .openDispute }
        if named == nil, !turn.orders.contains(where: { [.awaitingPayment, .paymentProcessing, .awaitingShipment].contains($0.status) }) {
            return .openDispute
        }
        return goal
    }

    private func resolveClarification(_ pending: (options: [String], turn: Turn), _ turn: Turn) -> [Effect] {
        var chosen: String?
        if case .choice(let n)? = turn.reply, pending.options.indices.contains(n - 1) { chosen = pending.options[n - 1] }
        let lowered = turn.text.lowercased()
        if chosen == nil {
            chosen = pending.options.first { option in Self.intentKeywords(option).contains { lowered.contains($0) } }
        }
        if chosen == nil, pending.options.contains(turn.classification.intent) { chosen = turn.classification.intent }
        guard let chosen else {
            if turn.reply == .stop || turn.reply == .deny { return [.say("OK. What can I help you with?")] }
            return route(turn)
        }
        var original = (try? refreshed(pending.turn)) ?? pending.turn
        original.classification.intent = chosen
        original.classification.detail = nil
        original.classification.isAmbiguous = false
        return respond(to: original.classification, original)
    }

    private func outOfContext(_ reply: DialogReply, _ turn: Turn) -> [Effect] {
        switch reply {
        case .affirm, .deny:
            return [.say("There's nothing waiting for a yes or no right now. What can I help you with? (for example: cancel an order, where is my refund)")]
        case .stop:
            return [.say("Nothing is in progress, so nothing was changed. What else can I do for you?")]
        case .choice(let n):
            if lastListed.indices.contains(n - 1) {
                var pick = turn
                pick.entities.orderNumbers = [lastListed[n - 1].id]
                return startDialog(.orderStatus, pick)
            }
            return [.say("\(n) on its own doesn't tell me much. If it's an order, give me the full order number, or type /orders to see your orders.")]
        }
    }

    private func isBareOrderNumber(_ turn: Turn) -> Bool {
        guard let number = turn.entities.orderNumbers.first else { return false }
        return turn.text.filter { $0.isLetter }.count <= 6 && turn.text.contains(number.rawValue)
            && (turn.classification.intent == IntentCatalog.outOfScope || turn.classification.confidence < 0.5)
    }

    /// The buyer's orders, filtered by what the line asks for ("my unpaid orders").
    func listOrders(_ turn: Turn) -> [Effect] {
        let text = turn.text.lowercased()
        let filters: [(words: [String], label: String, matches: (Order) -> Bool)] = [
            (["unpaid", "not paid", "awaiting payment", "to pay"], "unpaid", { $0.status == .awaitingPayment }),
            (["deleted", "trash", "bin"], "deleted", { $0.deletion == .deleted }),
            (["waiting to be shipped", "to be shipped", "not shipped", "not yet shipped", "awaiting shipment", "waiting for shipment",
              "haven't shipped", "have not shipped", "not sent"], "awaiting shipment",
             { $0.status == .awaitingShipment || $0.status == .paymentProcessing }),
            (["in transit", "shipped", "on the way", "on its way"], "shipped", { $0.status == .shipped }),
            (["delivered", "arrived"], "delivered", { $0.status == .delivered }),
            (["cancelled", "canceled", "closed"], "cancelled", { $0.status == .cancelled }),
            (["dispute"], "in dispute", { $0.status == .inDispute }),
            (["refund"], "refunded", { $0.refund != nil }),
            (["completed", "finished", "done"], "completed", { $0.status == .completed }),
            (["waiting", "pending", "open", "active"], "open", { !$0.status.isClosed && $0.status != .shipped && $0.status != .delivered }),
        ]
        let all = turn.orders + (text.contains("deleted") || text.contains("trash") ? turn.deletedOrders : [])
        if let filter = filters.first(where: { f in f.words.contains { text.contains($0) } }) {
            let matching = all.filter(filter.matches)
            if matching.isEmpty { return [.say("You have no \(filter.label) orders.")] }
            return [.say("Your \(filter.label) orders:")] + OrderText.numbered(matching).map(Effect.say) + [.listed(matching)]
        }
        if all.isEmpty { return [.say("You have no orders.")] }
        return [.say("Your orders (newest first):")] + OrderText.numbered(all).map(Effect.say) + [.listed(all)]
    }

    /// Runs the change waiting for approval, as `agent`; the dialog then says what happened.
    public func approvePending(by agentID: String) -> SessionReply {
        guard let command = pendingApproval, var current = dialog else { return SessionReply(lines: ["Nothing is waiting for approval."]) }
        pendingApproval = nil
        actor = .agent(agentID)
        defer { actor = .buyer(buyer.id) }
        guard let last = lastTurn, let turn = try? refreshed(last) else {
            return SessionReply(lines: ["Sorry, something went wrong; nothing was changed."])
        }
        var effects: [Effect]
        do {
            let result = try execute(command)
            lastTrace = TurnTrace()
            lastTrace.writes.append("\(command.name) \(command.orderID): approved by agent \(agentID), \(result.outcome == .performed ? "performed" : "already done")")
            effects = current.completed(result, turn: turn)
        } catch let refusal as Refusal {
            lastTrace.refusals.append(refusal.caseName)
            effects = current.refused(refusal, turn: turn)
        } catch {
            return SessionReply(lines: ["Sorry, something went wrong on our side (\(error)). Nothing was changed."])
        }
        dialog = current
        return SessionReply(lines: (try? run(effects, turn)) ?? [])
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
        dialog = nil
        return SessionReply(lines: ["A support agent stopped this change; nothing was changed.", "Agent: \(message)"])
    }

    /// Re-runs the last buyer line as `intent` (an agent's correction).
    public func rerunLastLine(as intent: String) throws -> SessionReply {
        guard let line = history.last else { return SessionReply(lines: ["There is no buyer line to re-run."]) }
        var turn = try makeTurn(line)
        turn.classification.intent = intent
        turn.classification.detail = nil
        turn.classification.confidence = 1
        turn.classification.isAmbiguous = false
        turn.reply = nil
        dialog = nil
        clarifying = nil
        lastClassification = turn.classification
        lastTrace = TurnTrace()
        lastTrace.intents = [ScoredIntent(intent: intent, confidence: 1)]
        return SessionReply(lines: try run(respond(to: turn.classification, turn), turn))
    }

    /// Performs effects in order; store results go back to the dialog that asked.
    func run(_ effects: [Effect], _ turn: Turn) throws -> [String] {
        var lines: [String] = []
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .say(let text):
                lines.append(text)
            case .listed(let orders):
                lastListed = orders
            case .perform(let command):
                guard var current = dialog else { continue }
                if requiresApproval {
                    pendingApproval = command
                    lastTrace.writes.append("\(command.name) \(command.orderID): waiting for agent approval")
                    lines.append("One moment — a support agent is checking this before I go ahead.")
                    continue
                }
                do {
                    let result = try execute(command)
                    lastTrace.writes.append("\(command.name) \(command.orderID): \(result.outcome == .performed ? "performed" : "already done, nothing written")")
                    queue.insert(contentsOf: current.completed(result, turn: (try? refreshed(turn)) ?? turn), at: 0)
                } catch let refusal as Refusal {
                    lastTrace.refusals.append(refusal.caseName)
                    lastTrace.writes.append("\(command.name) \(command.orderID): refused in the transaction")
                    queue.insert(contentsOf: current.refused(refusal, turn: turn), at: 0)
                }
                dialog = current
            case .switchTo(let goal, let orderID):
                var next = GuidedDialog(goal: goal)
                var start = (try? refreshed(turn)) ?? turn
                start.entities = Entities()
                if let orderID { start.entities.orderNumbers = [orderID] }
                start.reply = nil
                queue.insert(contentsOf: next.start(start), at: 0)
                dialog = next
            case .handoff:
                lines += try handoff()
                lastTrace.writes.append("handoff recorded")
            case .refused(let refusal):
                lastTrace.refusals.append(refusal.caseName)
            }
        }
        return lines
    }

    func execute(_ command: OrderCommand) throws -> ActionResult {
        let me = actor
        switch command {
        case .cancelOrder(let id, let reason, let note): return try store.cancelOrder(id, by: me, reason: reason, note: note, at: now)
        case .cancelPayment(let id): return try store.cancelPayment(id, by: me, at: now)
        case .sendMessage(let id, let text): return try store.sendMessage(id, by: me, text: text, at: now)
        case .openDispute(let id, let draft): return try store.openDispute(id, by: me, draft: draft, at: now)
        case .confirmReceipt(let id): return try store.confirmReceipt(id, by: me, at: now)
        case .delete(let id): return try store.deleteOrder(id, by: me, at: now)
        case .restore(let id): return try store.restoreOrder(id, by: me, at: now)
        case .deletePermanently(let id): return try store.deletePermanently(id, by: me, at: now)
        }
    }

    private func handoff() throws -> [String] {
        let recent = history.suffix(4).map { "\"\(String($0.prefix(120)))\"" }.joined(separator: ", ")
        var summary = "Buyer \(buyer.id) asked for a human. Recent messages: \(recent)."
        if let dialog, !dialog.isFinished { summary += " Was in: \(dialog.goal.rawValue), \(dialog.stateName)." }
        let id = try store.recordHandoff(buyerID: buyer.id, orderID: dialog?.orderID, summary: summary, at: now)
        dialog = nil
        return [
            "I've asked a human agent to take over (request #\(id)), with a short summary of our conversation so you don't have to repeat yourself.",
            "An agent will reply here, usually within a few hours. Nothing on your orders was changed.",
        ]
    }

    private func answerLines(_ answer: String) -> [String] {
        answer.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func intentPhrase(_ intent: String) -> String {
        switch intent {
        case "cancel_order": "cancel the order"
        case "cancel_payment": "cancel the payment"
        case "message_seller": "message the seller"
        case "open_dispute": "open a dispute"
        case "order_status": "check the order's status"
        case "refund_status": "check a refund"
        case "list_orders": "see your orders"
        case "delete_order": "delete an order"
        case "restore_order": "restore a deleted order"
        case "human_agent": "talk to a human"
        default: intent.replacingOccurrences(of: "_", with: " ")
        }
    }

    static func intentKeywords(_ intent: String) -> [String] {
        switch intent {
        case "cancel_order": ["order", "purchase"]
        case "cancel_payment": ["payment", "charge", "pay"]
        case "message_seller": ["seller", "message", "write"]
        case "open_dispute": ["dispute", "complain"]
        case "order_status": ["status", "where", "track"]
        case "refund_status": ["refund", "money"]
        case "list_orders": ["list", "all"]
        case "delete_order": ["delete", "remove"]
        case "restore_order": ["restore", "back"]
        case "human_agent": ["human", "agent", "person"]
        default: [intent]
        }
    }
}
