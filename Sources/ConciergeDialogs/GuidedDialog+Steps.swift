import Foundation
import ConciergeDomain

/// What a flow waits for, so the command generator knows how to read the next line.
public enum Expectation: Equatable, Sendable {
    case order([OrderID])
    case proposal(OrderID)
    case reason
    case otherReason
    case message
    case disputeReason
    case outcome
    case amount
    case description
    case evidence
    case confirmation
    case offer(DialogGoal)
    case nothing

    /// Whether an order number given now picks the order (or switches a summary to it) rather than asking to see it.
    public var picksOrSwitchesOrder: Bool {
        switch self {
        case .order, .confirmation: true
        default: false
        }
    }

    /// Whether the expected answer is free text (so a question-like line may still be the answer).
    public var takesFreeText: Bool {
        switch self {
        case .message, .description, .otherReason, .evidence: true
        default: false
        }
    }
}

extension GuidedDialog {
    /// What the flow waits for now.
    public var expecting: Expectation {
        switch state {
        case .choosingOrder(let ids): .order(ids)
        case .proposingOrder(let id): .proposal(id)
        case .askingReason: .reason
        case .askingOtherReason: .otherReason
        case .askingMessage: .message
        case .askingDisputeReason: .disputeReason
        case .askingOutcome: .outcome
        case .askingAmount: .amount
        case .askingDescription: .description
        case .askingEvidence: .evidence
        case .confirming: .confirmation
        case .offering(let goal): .offer(goal)
        case .waitingForStore, .finished: .nothing
        }
    }

    /// The state as a support person names it (for traces, coverage and `? dialog` assertions).
    public var stateName: String {
        switch state {
        case .choosingOrder: "choosing the order"
        case .proposingOrder: "proposing an order"
        case .askingReason: "asking for the reason"
        case .askingOtherReason: "asking for the reason in own words"
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

    /// Takes a value into the slots.
    mutating func fill(_ value: SlotValue, _ context: FlowContext) {
        switch value {
        case .order(let id): slots.order = id
        case .cancellationReason(let reason, let note):
            slots.reason = reason
            slots.note = note ?? (reason == .other ? slots.note : nil)
        case .message(let text): slots.message = text
        case .messageAddition(let text):
            if let message = slots.message {
                let base = message.hasSuffix(".") || message.hasSuffix("!") || message.hasSuffix("?") ? message : message + "."
                slots.message = base + " " + Self.sentence(text)
            } else {
                slots.message = Self.sentence(text)
            }
        case .messageEdit(let edits):
            if let message = slots.message, let edited = MessageEdit.apply(edits, to: message) { slots.message = edited }
        case .disputeReason(let reason): slots.disputeReason = reason
        case .outcome(let outcome): slots.outcome = outcome
        case .amount(let money):
            // "a full refund, the whole 40 dollars": the whole price with a full refund is that refund, not a partial one.
            let price = slots.order.flatMap(context.order).map { $0.paidAmount ?? $0.total }
            if slots.outcome == .fullRefund || slots.outcome == nil, let price, price.currency == money.currency, money.minorUnits >= price.minorUnits {
                slots.outcome = .fullRefund
                slots.amount = nil
                break
            }
            slots.amount = money
            if slots.outcome == nil || slots.outcome == .fullRefund { slots.outcome = .partialRefund }
        case .description(let text): slots.description = text
        case .evidence(let files):
            // "no photos" clears the list; file names add to it.
            slots.evidence = files.isEmpty ? [] : (slots.evidence ?? []) + files.filter { !(slots.evidence ?? []).contains($0) }
        }
        summarizedPath = nil
    }

    private static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first else { return trimmed }
        let body = first.uppercased() + trimmed.dropFirst()
        return body.hasSuffix(".") || body.hasSuffix("!") || body.hasSuffix("?") ? body : body + "."
    }

    /// Moves to the next thing to ask, checking the rules for the order first.
    mutating func advance(_ context: FlowContext) -> [Effect] {
        misunderstandings = 0
        guard let id = slots.order else { return chooseOrder(candidates: [], context) }
        guard let order = context.order(id) else {
            state = .finished
            return [.refused(.orderNotFound(id)), .say(Refusal.orderNotFound(id).message)]
        }
        if let action = goal.action, case .failure(let refusal) = Policy().decide(action, by: .buyer(order.buyerID), on: order, at: context.now) {
            return refuse(refusal, order, context)
        }
        let statusText = StatusText()
        switch goal {
        case .orderStatus:
            state = .finished
            return statusText.status(order, handlingDays: context.handlingDays(order), now: context.now).map(Effect.say)
        case .refundStatus:
            state = .finished
            guard let refund = order.refund else {
                let lines = statusText.status(order, handlingDays: context.handlingDays(order), now: context.now)
                return [.say("There's no refund on order #\(order.id).")] + (lines.dropFirst() + [statusText.refundRoute(order)].compactMap { $0 }).map(Effect.say)
            }
            return statusText.refund(order, refund, now: context.now).map(Effect.say)
        case .cancelOrder:
            // An unpaid order closes at once with no seller involved: a reason is welcome but not asked for.
            if slots.reason == nil, order.payment != nil { return ask(.askingReason, order, context) }
            if slots.reason == .other, (slots.note ?? "").isEmpty { return ask(.askingOtherReason, order, context) }
        case .messageSeller:
            if slots.message == nil { return ask(.askingMessage, order, context) }
            slots.message = slots.message.map { Self.message($0, naming: order.id) }
        case .openDispute:
            if slots.disputeReason == nil { return ask(.askingDisputeReason, order, context) }
            if slots.outcome == nil { return ask(.askingOutcome, order, context) }
            let paid = order.paidAmount ?? order.total
            if let amount = slots.amount, !Policy.refundAmountAllowed(amount, paid: paid) {
                slots.amount = nil
                let problem = amount.minorUnits <= 0 ? "A refund has to be more than nothing."
                    : "\(amount) is more than you paid (\(paid)); a refund can't be larger than the payment."
                return [.say(problem)] + ask(.askingAmount, order, context)
            }
            if slots.outcome == .partialRefund, slots.amount == nil { return ask(.askingAmount, order, context) }
            if slots.description == nil { return ask(.askingDescription, order, context) }
            if slots.evidence == nil { return ask(.askingEvidence, order, context) }
        case .cancelPayment, .deleteOrder, .restoreOrder, .deletePermanently, .confirmReceipt:
            break
        }
        summarizedPath = goal.action.flatMap { action in
            if case .success(let path) = Policy().decide(action, by: .buyer(order.buyerID), on: order, at: context.now) { return path }
            return nil
        }
        return ask(.confirming, order, context)
    }

    private mutating func ask(_ next: State, _ order: Order, _ context: FlowContext) -> [Effect] {
        state = next
        return question(context)
    }

    mutating func chooseOrder(candidates: [OrderID], _ context: FlowContext) -> [Effect] {
        switch OrderPicker().pick(for: goal, candidates: candidates, context, disputeReason: slots.disputeReason) {
        case .chosen(let order):
            slots.order = order.id
            return advance(context)
        case .proposed(let order) where goal == .orderStatus || goal == .refundStatus:
            slots.order = order.id
            return advance(context)
        case .proposed(let order):
            state = .proposingOrder(order.id)
            return [.say("Do you mean order #\(order.id) — \(TerminalText.sanitize(order.shortTitle)) (\(order.status.label), \(order.total))? (yes/no)")]
        case .choose(let list, let fitting):
            state = .choosingOrder(list.map(\.id))
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

    /// The question of the current state.
    /// At a summary: what a yes would lead to, then the summary again. Elsewhere, the question again.
    func explained(_ context: FlowContext) -> [Effect] {
        // An offer that says the whole change: what its yes does, then the offer again.
        if case .offering(let other) = state, other.offerSaysTheWholeChange, let order = slots.order.flatMap(context.order) {
            return DialogWording(goal: other).consequences(order, slots: slots, now: context.now).map(Effect.say) + question(context)
        }
        guard case .confirming = state, let order = slots.order.flatMap(context.order) else { return question(context) }
        return DialogWording(goal: goal).consequences(order, slots: slots, now: context.now).map(Effect.say) + question(context)
    }

    func question(_ context: FlowContext) -> [Effect] {
        guard let order = slots.order.flatMap(context.order) else { return [] }
        let wording = DialogWording(goal: goal)
        let named = "order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))"
        switch state {
        case .askingReason:
            return [.say("Why do you want to cancel \(named)? Pick one or tell me in your own words:")]
                + CancellationReason.allCases.enumerated().map { .say("  \($0 + 1). \($1.label)") }
        case .askingOtherReason:
            return [.say("In a few words, why do you want to cancel \(named)?")]
        case .askingMessage:
            return [.say("What would you like to tell the seller about \(named)? (for example: please extend the handling time)")]
        case .askingDisputeReason:
            return [.say("What went wrong with \(named)?")] + DisputeReason.allCases.enumerated().map { .say("  \($0 + 1). \($1.label)") }
        case .askingOutcome:
            let about = slots.disputeReason.map { " (\($0.label))" } ?? ""
            return [.say("For your dispute on \(named)\(about), what would you like: 1. full refund, 2. partial refund, or 3. return and refund?")]
        case .askingAmount:
            return [.say("How much would you like back? At most \(order.paidAmount ?? order.total).")]
        case .askingDescription:
            return [.say("Dispute on order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))\(disputeSoFar). Please describe the problem in a few words; the seller and the platform will read it.")]
        case .askingEvidence:
            return [.say("Dispute on order #\(order.id) (\(TerminalText.sanitize(order.shortTitle)))\(disputeSoFar). Do you have photos or documents? Give their file names (e.g. box.jpg, label.png), or say no.")]
        case .confirming:
            return [.say(wording.summary(order, slots: slots, now: context.now)), .say("Shall I go ahead? (yes/no)")]
        case .proposingOrder(let id):
            let proposed = context.order(id) ?? order
            return [.say("Do you mean order #\(proposed.id) — \(TerminalText.sanitize(proposed.shortTitle))? (yes/no)")]
        case .offering(let other):
            return [.say("Would you like to \(other.verbPhrase) order #\(order.id) instead? (yes/no)")]
        case .choosingOrder, .waitingForStore, .finished:
            return []
        }
    }

    private var disputeSoFar: String {
        let what = [slots.disputeReason?.label, slots.outcome?.label].compactMap { $0 }.joined(separator: ", asking for ")
        return what.isEmpty ? "" : ": \(what)"
    }

    /// The hint repeated when an answer can't be used.
    func questionHint(_ context: FlowContext) -> String {
        switch state {
        case .choosingOrder: "Please pick a number from the list, or type the order number."
        case .proposingOrder(let id): "Is it order #\(id)? Please say yes or no."
        case .askingReason: "Please pick a reason (1–\(CancellationReason.allCases.count)) or tell me in your own words."
        case .askingOtherReason: "Please tell me in a few words why you want to cancel."
        case .askingMessage: "What would you like me to write to the seller?"
        case .askingDisputeReason: "Please pick what went wrong (1–\(DisputeReason.allCases.count))."
        case .askingOutcome: "Please pick 1 (full refund), 2 (partial refund) or 3 (return and refund)."
        case .askingAmount:
            "Please give an amount up to what you paid\(slots.order.flatMap(context.order).map { " (\($0.paidAmount ?? $0.total))" } ?? ""), for example 10.50."
        case .askingDescription: "Please describe the problem in a sentence or two."
        case .askingEvidence: "Please give the file names (e.g. box.jpg), or say no."
        case .confirming: "Shall I go ahead? Please say yes or no."
        case .offering: "Please say yes or no."
        case .waitingForStore, .finished: "What can I help you with?"
        }
    }

    /// The store change the flow asks for, from the slots.
    func command(_ context: FlowContext) -> OrderCommand? {
        guard let id = slots.order else { return nil }
        switch goal {
        case .cancelOrder:
            guard let reason = slots.reason else {
                // Only an unpaid order gets here without a reason (none is asked for).
                return context.order(id)?.payment == nil ? .cancelOrder(id, reason: .other, note: "no reason given") : nil
            }
            return .cancelOrder(id, reason: reason, note: slots.note)
        case .cancelPayment: return .cancelPayment(id)
        case .messageSeller:
            guard let message = slots.message else { return nil }
            return .sendMessage(id, text: message)
        case .openDispute:
            guard let reason = slots.disputeReason, let outcome = slots.outcome else { return nil }
            return .openDispute(id, DisputeDraft(reason: reason, outcome: outcome, amount: slots.amount,
                                                 description: slots.description ?? "", evidence: slots.evidence ?? []))
        case .deleteOrder: return .delete(id)
        case .restoreOrder: return .restore(id)
        case .deletePermanently: return .deletePermanently(id)
        case .confirmReceipt: return .confirmReceipt(id)
        case .orderStatus, .refundStatus: return nil
        }
    }

    /// Explains a refusal and offers the way forward the rules allow, unless the buyer said they don't want it.
    private mutating func refuse(_ refusal: Refusal, _ order: Order, _ context: FlowContext) -> [Effect] {
        var effects: [Effect] = [.refused(refusal), .say(refusal.reason(about: order)), .say(refusal.wayForward)]
        // "open a dispute, I never got my money back" on a cancelled order: where its refund stands.
        if case .alreadyCancelled = refusal, let refund = order.refund {
            effects += StatusText().refund(order, refund, now: context.now).map(Effect.say)
        }
        let offer: DialogGoal? = switch (goal, refusal) {
        case (.cancelPayment, .paymentCaptured): .cancelOrder
        case (.cancelOrder, .alreadyShipped), (.cancelOrder, .cancellationAlreadyRequested), (.cancelOrder, .paymentBeingVerified):
            .messageSeller
        case (.cancelOrder, .alreadyDelivered): .openDispute
        case (.deleteOrder, .alreadyDeleted): .restoreOrder
        default: nil
        }
        if let offer, !declined.contains(offer) {
            state = .offering(offer)
            if !refusal.wayForward.hasSuffix("?") {
                effects.append(.say("Would you like to \(offer.verbPhrase) order #\(order.id) now? (yes/no)"))
            }
        } else {
            state = .finished
        }
        return effects
    }

    mutating func stop() -> [Effect] {
        state = .finished
        return [.say("OK, I haven't changed anything. Anything else I can help with?")]
    }

    mutating func misunderstood(_ prompt: String, _ context: FlowContext) -> [Effect] {
        misunderstandings += 1
        var effects: [Effect] = [.say("Sorry, I didn't get that. \(prompt)")]
        if misunderstandings >= 2 {
            effects.append(.say("If you'd rather talk to a person, say \"agent\" and I'll pass you to a human, or say \"stop\" to leave this."))
        }
        return effects
    }
}
