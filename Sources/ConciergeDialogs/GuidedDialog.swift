import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A guided dialog about one order: choose the order, check the rules, fill the slots the goal needs,
/// summarise, get an explicit yes, and ask the session to act. A pure state machine: it returns effects.
public struct GuidedDialog: Sendable {
    /// What the dialog is waiting for.
    enum State: Equatable, Sendable {
        case choosingOrder([Order])
        case proposingOrder(Order)
        case askingReason
        case askingMessage
        case askingDisputeReason
        case askingOutcome
        case askingAmount
        case askingDescription
        case askingEvidence
        case confirming
        case waitingForStore
        case offering(DialogGoal)
        case finished
    }

    /// What the buyer has told the dialog so far.
    struct Slots: Equatable, Sendable {
        var order: Order?
        var reason: CancellationReason?
        var note: String?
        var message: String?
        /// The first line, when it already said what to write ("ask them to extend the handling time").
        var draftSource: String?
        var disputeReason: DisputeReason?
        var outcome: DisputeOutcome?
        var amount: Money?
        var description: String?
        var evidence: [String]?
    }

    public private(set) var goal: DialogGoal
    private(set) var state: State = .finished
    private(set) var slots = Slots()
    /// Replies in a row the dialog could not use.
    private(set) var misunderstandings = 0
    private let picker = OrderPicker()
    private let policy = Policy()
    private let statusText = StatusText()

    public init(goal: DialogGoal) { self.goal = goal }

    /// Whether the dialog has nothing more to ask.
    public var isFinished: Bool { state == .finished }

    /// Whether the dialog only waits for a yes or no to an offer (anything else is a new request).
    package var isOffering: Bool { if case .offering = state { true } else { false } }

    /// Whether the current step takes free text (so a question-like line is still an answer).
    package var expectsFreeText: Bool { state == .askingMessage || state == .askingDescription || state == .askingEvidence }

    /// Whether the line answers the step the dialog is on (so it is not a digression or a new request).
    func accepts(_ turn: Turn) -> Bool {
        let e = turn.entities
        switch state {
        case .askingReason: return e.cancellationReason != nil
        case .askingDisputeReason: return e.disputeReason != nil
        case .askingOutcome: return e.disputeOutcome != nil
        case .askingAmount: return !e.amounts.isEmpty
        case .askingEvidence: return !Self.fileNames(in: turn.text).isEmpty
        case .askingMessage, .askingDescription: return true
        case .choosingOrder, .proposingOrder, .confirming: return e.orderReference != nil || !e.orderNumbers.isEmpty
        case .offering, .waitingForStore, .finished: return false
        }
    }

    /// Whether the line fills the slot being asked for (not just names an order), so it is no new request.
    package func fillsSlot(_ turn: Turn) -> Bool {
        let e = turn.entities
        if goal == .cancelOrder, e.cancellationReason != nil, state != .finished { return true }
        if goal == .openDispute, e.disputeReason != nil || e.disputeOutcome != nil, state != .finished { return true }
        switch state {
        case .choosingOrder, .proposingOrder:
            return turn.reply != nil || (namesAnOrder(turn) && Self.wordsBesidesReference(turn) <= 3)
        case .confirming: return turn.reply != nil
        default: return accepts(turn)
        }
    }

    private func namesAnOrder(_ turn: Turn) -> Bool {
        turn.entities.orderReference != nil || !turn.entities.orderNumbers.isEmpty
    }

    /// How many words a line has besides the item words and order numbers it names ("the earbuds one" → 2).
    static func wordsBesidesReference(_ turn: Turn) -> Int {
        var named = Set(turn.entities.orderNumbers.map(\.rawValue))
        if case .items(_, let phrase)? = turn.entities.orderReference {
            named.formUnion(phrase.lowercased().split(separator: " ").map(String.init))
        }
        let words = turn.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return words.filter { !named.contains($0) && !["the", "one", "order", "my", "a", "#"].contains($0) }.count
    }

    /// The state as a support person names it (for traces and coverage).
    public var stateName: String {
        switch state {
        case .choosingOrder: "choosing the order"
        case .proposingOrder: "proposing an order"
        case .askingReason: "asking for the reason"
        case .askingMessage: "asking for the message"
        case .askingDisputeReason: "asking what went wrong"
        case .askingOutcome: "asking what the buyer wants"
        case .askingAmount: "asking for the amount"
        case .askingDescription: "asking for a description"
        case .askingEvidence: "asking for evidence"
        case .confirming: "waiting for confirmation"
        case .waitingForStore: "acting on the order"
        case .offering(let goal): "offering to \(goal.verbPhrase) the order"
        case .finished: "finished"
        }
    }

    /// The order the dialog is about, once known.
    public var orderID: OrderID? { slots.order?.id }

    // MARK: - Events

    /// The buyer's first line: take every slot it already gives, then ask for what is missing.
    public mutating func start(_ turn: Turn) -> [Effect] {
        absorb(turn, firstLine: true)
        return advance(turn)
    }

    /// A later line of the buyer.
    public mutating func handle(_ turn: Turn) -> [Effect] {
        if turn.reply == .stop, !(state == .askingReason && turn.entities.cancellationReason != nil) {
            state = .finished
            return [.say("OK, I've stopped there. Nothing was changed.")]
        }
        // A correction: another order named, or a slot given again.
        if state != .waitingForStore, case .chosen(let other)? = picker.named(for: goal, turn), other.id != slots.order?.id,
           !expectsFreeText || !turn.entities.orderNumbers.isEmpty {
            let replacing = slots.order != nil
            slots.order = other
            if goal == .messageSeller, let source = slots.draftSource { slots.message = MessageDraft.draft(from: source, orderID: other.id) }
            absorb(turn, firstLine: false)
            return (replacing ? [.say("OK, order #\(other.id) then.")] : []) + advance(turn)
        }
        switch state {
        case .choosingOrder(let list):
            if turn.reply == .deny { return stop() }
            if case .choice(let n)? = turn.reply, list.indices.contains(n - 1) {
                slots.order = list[n - 1]
                absorb(turn, firstLine: false)
                return advance(turn)
            }
            if case .chosen(let order)? = picker.named(for: goal, Turn(copying: turn, lastListed: list)) {
                slots.order = order
                return advance(turn)
            }
            return misunderstood("Please pick a number from the list, or type the order number.")
        case .proposingOrder(let order):
            switch turn.reply {
            case .affirm?:
                slots.order = order
                absorb(turn, firstLine: false)
                return advance(turn)
            case .deny?:
                let others = picker.pool(for: goal, turn).filter { $0.id != order.id }
                if others.isEmpty { return stop() }
                let list = Array(others.prefix(OrderPicker.listLimit))
                state = .choosingOrder(list)
                return [.say("Which order then?")] + OrderText.numbered(list).map(Effect.say) + [.listed(list)]
            default:
                return misunderstood("Is it order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))? Please say yes or no.")
            }
        case .askingReason:
            if let reason = turn.entities.cancellationReason {
                slots.reason = reason
            } else if case .choice(let n)? = turn.reply, CancellationReason.allCases.indices.contains(n - 1) {
                slots.reason = CancellationReason.allCases[n - 1]
            } else if turn.reply == nil, turn.text.count >= 3, turn.isReadable,
                      !(turn.classification.intent == goal.rawValue && turn.classification.confidence >= 0.5) {
                slots.reason = .other
                slots.note = turn.text
            } else {
                return misunderstood("Please pick a reason (1–\(CancellationReason.allCases.count)) or tell me in your own words.")
            }
            return advance(turn)
        case .askingMessage:
            if turn.reply == .deny { return stop() }
            if turn.reply != nil || MessageDraft.isBareRequest(turn.text) {
                return misunderstood("What would you like me to write to the seller?")
            }
            let text = turn.text.trimmingCharacters(in: .whitespaces)
            guard text.count >= 2 else { return misunderstood("What would you like me to write to the seller?") }
            slots.message = MessageDraft.draft(from: text, orderID: slots.order?.id ?? "") ?? text
            return advance(turn)
        case .askingDisputeReason:
            if let reason = turn.entities.disputeReason {
                slots.disputeReason = reason
            } else if case .choice(let n)? = turn.reply, DisputeReason.allCases.indices.contains(n - 1) {
                slots.disputeReason = DisputeReason.allCases[n - 1]
            } else {
                return misunderstood("Please pick what went wrong (1–\(DisputeReason.allCases.count)).")
            }
            if let outcome = turn.entities.disputeOutcome { slots.outcome = outcome }
            return advance(turn)
        case .askingOutcome:
            if let outcome = turn.entities.disputeOutcome {
                slots.outcome = outcome
            } else if case .choice(let n)? = turn.reply, DisputeOutcome.allCases.indices.contains(n - 1) {
                slots.outcome = DisputeOutcome.allCases[n - 1]
            } else {
                return misunderstood("Please pick 1 (full refund), 2 (partial refund) or 3 (return and refund).")
            }
            if let amount = turn.entities.amounts.first, let order = slots.order { slots.amount = Money(minorUnits: amount, currency: order.currency) }
            return advance(turn)
        case .askingAmount:
            guard let order = slots.order else { return advance(turn) }
            let paid = order.paidAmount ?? order.total
            let amount = turn.entities.amounts.first ?? turn.reply.flatMap { if case .choice(let n) = $0 { n * 100 } else { nil } }
            guard let amount, amount > 0, amount <= paid.minorUnits else {
                return misunderstood("Please give an amount up to what you paid (\(paid)), for example 10.50.")
            }
            slots.amount = Money(minorUnits: amount, currency: order.currency)
            return advance(turn)
        case .askingDescription:
            let text = turn.text.trimmingCharacters(in: .whitespaces)
            guard text.count >= 3 else { return misunderstood("Please describe the problem in a sentence or two.") }
            slots.description = text
            return advance(turn)
        case .askingEvidence:
            let files = Self.fileNames(in: turn.text)
            if files.isEmpty, turn.reply == .affirm {
                return [.say("Please give the file names, for example photo1.jpg, box.png (or say no).")]
            }
            if files.isEmpty, turn.reply == nil, !Self.saysNone(turn.text), turn.text.split(separator: " ").count >= 3 {
                // More about the problem rather than file names: it belongs in the description.
                slots.description = turn.text
                return [.say("Thanks, I've put that in the description.")] + question(turn)
            }
            slots.evidence = files
            return advance(turn)
        case .confirming:
            switch turn.reply {
            case .affirm?:
                guard let command = command() else { return advance(turn) }
                state = .waitingForStore
                return [.perform(command)]
            case .deny?:
                return stop()
            default:
                if absorb(turn, firstLine: false) { return advance(turn) }
                if goal == .openDispute, turn.reply == nil {
                    let files = Self.fileNames(in: turn.text)
                    if !files.isEmpty {
                        slots.evidence = (slots.evidence ?? []) + files
                        return [.say("Added \(files.joined(separator: ", ")) to the evidence.")] + advance(turn)
                    }
                    if turn.text.split(separator: " ").count >= 4, turn.isReadable {
                        slots.description = turn.text
                        return [.say("I've updated the description.")] + advance(turn)
                    }
                }
                if goal == .messageSeller, turn.reply == nil, turn.text.count >= 8, !MessageDraft.isBareRequest(turn.text) {
                    slots.message = MessageDraft.draft(from: turn.text, orderID: slots.order?.id ?? "") ?? turn.text
                    return [.say("OK, I've replaced the message.")] + advance(turn)
                }
                return misunderstood("Shall I go ahead? Please say yes or no.")
            }
        case .waitingForStore:
            return []
        case .offering(let other):
            state = .finished
            if turn.reply == .affirm { return [.switchTo(other, orderID: slots.order?.id)] }
            return [.say("OK. Anything else I can help with?")]
        case .finished:
            return []
        }
    }

    /// The store did what was asked.
    public mutating func completed(_ result: ActionResult, turn: Turn) -> [Effect] {
        state = .finished
        let order = result.order
        if result.outcome == .alreadyDone {
            return [.say("That was already done earlier — nothing new was changed. Order #\(order.id) is \(order.status.afterIs).")]
        }
        switch goal {
        case .cancelOrder:
            if order.status == .cancellationRequested {
                let by = (order.cancellation?.at ?? turn.now).addingTimeInterval(PolicyConstants.cancellationProcessing)
                return [.say("Done: I've sent your cancellation request for order #\(order.id) to the seller. The order now shows \"cancellation requested\"."),
                        .say("The seller answers within 24 hours (by \(DateText.instant(by))). If they accept, you get a full refund to your \(order.payment?.method.label ?? "payment method"); if they decline, they must give a tracking number and you can open a dispute."),
                        .say("Tip: you can also message the seller to speed things up.")]
            }
            if let voided = slots.order?.payment {
                return [.say("Done: order #\(order.id) is cancelled. The payment of \(voided.amount) was still uncaptured, so it is voided and the money goes back at once.")]
            }
            return [.say("Done: order #\(order.id) is cancelled. Nothing was charged, so there is nothing to refund.")]
        case .cancelPayment:
            return [.say("Done: the payment for order #\(order.id) is voided and the money goes back at once (it was never captured). The order is awaiting payment again: you can pay again or cancel the order.")]
        case .messageSeller:
            return [.say("Sent. Your message is in the thread of order #\(order.id); the seller's answer will appear there too.")]
        case .openDispute:
            let (from, to) = policy.disputeResolution(openedAt: order.dispute?.openedAt ?? turn.now)
            return [.say("Your dispute on order #\(order.id) is open; the order is now in dispute."),
                    .say("Disputes take 15–30 days, so expect an outcome between \(DateText.day(from)) and \(DateText.day(to)). The seller answers first; if you don't agree, the platform mediates.")]
        case .deleteOrder:
            return [.say("Order #\(order.id) is now in your deleted orders. You can restore it or delete it permanently from there.")]
        case .restoreOrder:
            return [.say("Order #\(order.id) is back in your order list.")]
        case .deletePermanently:
            return [.say("Order #\(order.id) is deleted permanently.")]
        case .confirmReceipt:
            return [.say("Thanks — receipt confirmed; order #\(order.id) is completed.")]
        case .orderStatus, .refundStatus:
            return []
        }
    }

    /// The store refused inside its transaction (the order changed meanwhile).
    public mutating func refused(_ refusal: Refusal, turn: Turn) -> [Effect] {
        state = .finished
        return [.refused(refusal), .say(refusal.message)]
    }

    /// Asks the current step's question again (after a digression).
    public func reprompt(_ turn: Turn) -> [Effect] {
        switch state {
        case .choosingOrder(let list):
            return [.say("Back to your request — which order do you want to \(goal.verbPhrase)?")] + OrderText.numbered(list).map(Effect.say)
        case .finished, .waitingForStore:
            return []
        default:
            return [.say("Back to your request:")] + question(turn)
        }
    }

    // MARK: - Steps

    private mutating func advance(_ turn: Turn) -> [Effect] {
        misunderstandings = 0
        guard let order = slots.order else { return chooseOrder(turn) }
        if let action = goal.action, case .failure(let refusal) = policy.decide(action, by: .buyer(order.buyerID), on: order, at: turn.now) {
            return refuse(refusal, order, turn)
        }
        switch goal {
        case .orderStatus:
            state = .finished
            return statusText.status(order, handlingDays: turn.handlingDays(order), now: turn.now).map(Effect.say)
        case .refundStatus:
            state = .finished
            guard let refund = order.refund else {
                let lines = statusText.status(order, handlingDays: turn.handlingDays(order), now: turn.now)
                return [.say("There's no refund on order #\(order.id).")] + lines.dropFirst().map(Effect.say)
            }
            return statusText.refund(order, refund, now: turn.now).map(Effect.say)
        case .cancelOrder:
            if slots.reason == nil { state = .askingReason; return question(turn) }
        case .messageSeller:
            if slots.message == nil, let source = slots.draftSource { slots.message = MessageDraft.draft(from: source, orderID: order.id) }
            if slots.message == nil { state = .askingMessage; return question(turn) }
        case .openDispute:
            if slots.disputeReason == nil { state = .askingDisputeReason; return question(turn) }
            if slots.outcome == nil { state = .askingOutcome; return question(turn) }
            let paid = order.paidAmount ?? order.total
            if let amount = slots.amount, amount.minorUnits > paid.minorUnits || amount.minorUnits <= 0 {
                slots.amount = nil
                state = .askingAmount
                return [.say("\(amount) is more than you paid (\(paid)); a refund can't be larger than the payment.")] + question(turn)
            }
            if slots.outcome == .partialRefund, slots.amount == nil { state = .askingAmount; return question(turn) }
            if slots.description == nil { state = .askingDescription; return question(turn) }
            if slots.evidence == nil { state = .askingEvidence; return question(turn) }
        case .cancelPayment, .deleteOrder, .restoreOrder, .deletePermanently, .confirmReceipt:
            break
        }
        state = .confirming
        return question(turn)
    }

    private mutating func chooseOrder(_ turn: Turn) -> [Effect] {
        switch picker.pick(for: goal, turn) {
        case .chosen(let order):
            slots.order = order
            return advance(turn)
        case .proposed(let order) where goal == .orderStatus || goal == .refundStatus:
            slots.order = order
            return advance(turn)
        case .proposed(let order):
            state = .proposingOrder(order)
            return [.say("Do you mean order #\(order.id) — \(TerminalText.sanitize(order.shortTitle)) (\(order.status.label), \(order.total))? (yes/no)")]
        case .choose(let list, let fitting):
            state = .choosingOrder(list)
            let intro = fitting ? "Which order do you want to \(goal.verbPhrase)?"
                                : "None of your orders can be \(goal == .orderStatus ? "checked" : "handled") that way right now, but here they are — which one do you mean?"
            return [.say(intro)] + OrderText.numbered(list).map(Effect.say) + [.listed(list), .say("Reply with a number or the order number.")]
        case .notFound(let number):
            state = .finished
            return [.refused(.orderNotFound(number)), .say(Refusal.orderNotFound(number).message)]
        case .noOrders:
            state = .finished
            return [.say(goal == .restoreOrder || goal == .deletePermanently ? "You have no orders in deleted orders." : "You have no orders on your account yet.")]
        }
    }

    private func question(_ turn: Turn) -> [Effect] {
        guard let order = slots.order else { return [] }
        switch state {
        case .askingReason:
            return [.say("Why do you want to cancel order #\(order.id)? Pick one or tell me in your own words:")]
                + CancellationReason.allCases.enumerated().map { .say("  \($0 + 1). \($1.label)") }
        case .askingMessage:
            return [.say("What would you like to tell the seller about order #\(order.id)? (for example: please extend the handling time)")]
        case .askingDisputeReason:
            return [.say("What went wrong with order #\(order.id)?")] + DisputeReason.allCases.enumerated().map { .say("  \($0 + 1). \($1.label)") }
        case .askingOutcome:
            let about = slots.disputeReason.map { " (\($0.label))" } ?? ""
            return [.say("For your dispute on order #\(order.id)\(about), what would you like: 1. full refund, 2. partial refund, or 3. return and refund?")]
        case .askingAmount:
            return [.say("How much would you like back? At most \(order.paidAmount ?? order.total).")]
        case .askingDescription:
            let what = [slots.disputeReason?.label, slots.outcome?.label].compactMap { $0 }.joined(separator: ", asking for ")
            return [.say("Dispute on order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))\(what.isEmpty ? "" : ": \(what)"). Please describe the problem in a few words; the seller and the platform will read it.")]
        case .askingEvidence:
            let what = [slots.disputeReason?.label, slots.outcome?.label].compactMap { $0 }.joined(separator: ", asking for ")
            return [.say("Dispute on order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))\(what.isEmpty ? "" : ": \(what)"). Do you have photos or documents? Give their file names (e.g. box.jpg, label.png), or say no.")]
        case .confirming:
            return [.say(summary(order, now: turn.now)), .say("Shall I go ahead? (yes/no)")]
        case .proposingOrder(let proposed):
            return [.say("Do you mean order #\(proposed.id) — \(TerminalText.sanitize(proposed.shortTitle))? (yes/no)")]
        case .offering(let other):
            return [.say("Would you like to \(other.verbPhrase) order #\(order.id) instead? (yes/no)")]
        case .choosingOrder, .waitingForStore, .finished:
            return []
        }
    }

    /// The one-line summary shown before any change.
    private func summary(_ order: Order, now: Date) -> String {
        let name = "order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)), \(order.total))"
        switch goal {
        case .cancelOrder:
            let reason = slots.reason == .other ? "other: \(slots.note ?? "")" : (slots.reason?.label ?? "")
            let how = policy.decide(.cancelOrder, by: .buyer(order.buyerID), on: order, at: now) == .success(.requestFromSeller)
                ? "send the seller a request to cancel" : "cancel"
            return "Summary: \(how) \(name), reason: \(reason)."
        case .cancelPayment:
            return "Summary: void the payment of \(order.paidAmount?.description ?? "") for \(name); the order goes back to awaiting payment."
        case .messageSeller:
            return "Summary: send this message to the seller of \(name): \"\(slots.message ?? "")\""
        case .openDispute:
            let amount = slots.outcome == .partialRefund ? (slots.amount ?? order.paidAmount ?? order.total) : (order.paidAmount ?? order.total)
            let evidence = (slots.evidence ?? []).isEmpty ? "none" : (slots.evidence ?? []).joined(separator: ", ")
            return "Summary: open a dispute on \(name) — \(slots.disputeReason?.label ?? ""), asking for \(slots.outcome?.label ?? "") of \(amount); description: \"\(slots.description ?? "")\"; evidence: \(evidence)."
        case .deleteOrder:
            return "Summary: move \(name) to deleted orders (you can restore it later)."
        case .restoreOrder:
            return "Summary: restore \(name) to your order list."
        case .deletePermanently:
            return "Summary: delete \(name) permanently. Warning: this can't be undone, and you lose the right to open a dispute on it."
        case .confirmReceipt:
            return "Summary: confirm you received \(name). After this you can't get the money back by cancelling."
        case .orderStatus, .refundStatus:
            return ""
        }
    }

    private func command() -> OrderCommand? {
        guard let order = slots.order else { return nil }
        switch goal {
        case .cancelOrder:
            guard let reason = slots.reason else { return nil }
            return .cancelOrder(order.id, reason: reason, note: slots.note)
        case .cancelPayment: return .cancelPayment(order.id)
        case .messageSeller:
            guard let message = slots.message else { return nil }
            return .sendMessage(order.id, text: message)
        case .openDispute:
            guard let reason = slots.disputeReason, let outcome = slots.outcome else { return nil }
            return .openDispute(order.id, DisputeDraft(reason: reason, outcome: outcome, amount: slots.amount,
                                                       description: slots.description ?? "", evidence: slots.evidence ?? []))
        case .deleteOrder: return .delete(order.id)
        case .restoreOrder: return .restore(order.id)
        case .deletePermanently: return .deletePermanently(order.id)
        case .confirmReceipt: return .confirmReceipt(order.id)
        case .orderStatus, .refundStatus: return nil
        }
    }

    /// Explains a refusal and offers the way forward the rules allow.
    private mutating func refuse(_ refusal: Refusal, _ order: Order, _ turn: Turn) -> [Effect] {
        var effects: [Effect] = [.refused(refusal), .say(refusal.reason), .say(refusal.wayForward)]
        let offer: DialogGoal? = switch (goal, refusal) {
        case (.cancelPayment, .paymentCaptured): .cancelOrder
        case (.cancelOrder, .alreadyShipped), (.cancelOrder, .cancellationAlreadyRequested), (.cancelOrder, .paymentBeingVerified):
            .messageSeller
        case (.cancelOrder, .alreadyDelivered): .openDispute
        case (.deleteOrder, .alreadyDeleted): .restoreOrder
        default: nil
        }
        if let offer {
            state = .offering(offer)
            if !refusal.wayForward.hasSuffix("?") {
                effects.append(.say("Would you like to \(offer.verbPhrase) order #\(order.id) now? (yes/no)"))
            }
        } else {
            state = .finished
        }
        return effects
    }

    private mutating func stop() -> [Effect] {
        state = .finished
        return [.say("OK, I haven't changed anything. Anything else I can help with?")]
    }

    private mutating func misunderstood(_ prompt: String) -> [Effect] {
        misunderstandings += 1
        var effects: [Effect] = [.say("Sorry, I didn't get that. \(prompt)")]
        if misunderstandings >= 2 {
            effects.append(.say("If you'd rather talk to a person, say \"agent\" and I'll pass you to a human, or say \"stop\" to leave this."))
        }
        return effects
    }

    /// Takes what a line says about the slots; returns whether anything changed.
    @discardableResult
    private mutating func absorb(_ turn: Turn, firstLine: Bool) -> Bool {
        var changed = false
        let entities = turn.entities
        if slots.order == nil, case .chosen(let order)? = picker.named(for: goal, turn) {
            slots.order = order
            changed = true
        }
        switch goal {
        case .cancelOrder:
            if let reason = entities.cancellationReason, reason != slots.reason {
                slots.reason = reason
                changed = true
            }
        case .openDispute:
            if firstLine {
                let files = Self.fileNames(in: turn.text)
                if !files.isEmpty { slots.evidence = files; changed = true }
                // A first line that tells the story (more than the request itself) is the description.
                if entities.disputeReason != nil, turn.text.split(separator: " ").count >= 12 {
                    slots.description = turn.text
                    changed = true
                }
            }
            if let reason = entities.disputeReason, reason != slots.disputeReason { slots.disputeReason = reason; changed = true }
            if let outcome = entities.disputeOutcome, outcome != slots.outcome { slots.outcome = outcome; changed = true }
            if let amount = entities.amounts.first, let order = slots.order, slots.outcome == .partialRefund {
                slots.amount = Money(minorUnits: amount, currency: order.currency)
                changed = true
            }
        case .messageSeller:
            var naming = Set(turn.entities.orderNumbers.map(\.rawValue))
            if case .items(_, let phrase)? = turn.entities.orderReference {
                naming.formUnion(phrase.lowercased().split(separator: " ").map(String.init))
            }
            if firstLine, MessageDraft.draft(from: turn.text, orderID: "", naming: naming) != nil {
                slots.draftSource = turn.text
                changed = true
            }
        default:
            break
        }
        return changed
    }

    /// "no", "no photos", "I don't have any": there is no evidence.
    static func saysNone(_ text: String) -> Bool {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: ["no", "none", "nope", "nothing", "dont", "don", "not", "without", "skip", "nah"])
    }

    /// File names such as photo1.jpg in a line.
    static func fileNames(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'()[]")) }
            .filter { word in
                guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
                let ext = word[word.index(after: dot)...].lowercased()
                return ["jpg", "jpeg", "png", "gif", "heic", "webp", "pdf", "mp4", "mov", "txt"].contains(ext)
            }
    }
}

extension Turn {
    /// The same turn with another list to pick "the second one" from.
    init(copying turn: Turn, lastListed: [Order]) {
        self = turn
        self.lastListed = lastListed
    }
}
