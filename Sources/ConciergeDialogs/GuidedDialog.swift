import Foundation
import ConciergeDomain

/// A flow about one order: choose the order, check the rules, fill the slots the goal needs, summarise,
/// get an explicit yes, and ask the session to act. A pure state machine: each event returns effects;
/// it receives slot values and answers from the flow stack, never the buyer's text.
public struct GuidedDialog: Sendable, Equatable, Codable {
    /// What the flow is waiting for; the states carry their own data.
    enum State: Equatable, Sendable, Codable {
        case choosingOrder([OrderID])
        case proposingOrder(OrderID)
        case askingReason
        /// "Other" was picked: the buyer's own words are asked for.
        case askingOtherReason
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

    /// What the buyer has told the flow so far.
    struct Slots: Equatable, Sendable, Codable {
        var order: OrderID?
        var reason: CancellationReason?
        var note: String?
        var message: String?
        var disputeReason: DisputeReason?
        var outcome: DisputeOutcome?
        var amount: Money?
        var description: String?
        var evidence: [String]?
    }

    public private(set) var goal: DialogGoal
    var state: State = .finished
    var slots = Slots()
    /// Answers in a row the flow could not use.
    var misunderstandings = 0
    /// Goals the buyer said they do not want ("I don't want to cancel"): never offered.
    package var declined: Set<DialogGoal> = []
    /// How the summary said the change would go (at once, or a request to the seller); re-checked before acting.
    package var summarizedPath: Permission?

    public init(goal: DialogGoal) { self.goal = goal }

    /// Whether the flow has nothing more to ask.
    public var isFinished: Bool { state == .finished }

    /// The order the flow is about, once known.
    public var orderID: OrderID? { slots.order }

    // MARK: - Events

    /// Begins the goal with what the buyer's line gave: the orders it may be about and any slot values.
    public mutating func start(orders: [OrderID], slots given: [SlotValue], _ context: FlowContext) -> [Effect] {
        for value in given { fill(value, context) }
        if slots.order == nil {
            return chooseOrder(candidates: orders, context)
        }
        return advance(context)
    }

    /// Begins the goal of an offer the buyer said yes to, as a start would: its questions, then its summary. The yes to an
    /// offer is read more loosely than the yes to a summary ("ok thanks" acknowledges what the offer told), so it never
    /// makes the change by itself; the summary asks for the change in full.
    public mutating func startOffered(order: OrderID?, _ context: FlowContext) -> [Effect] {
        start(orders: order.map { [$0] } ?? [], slots: [], context)
    }

    /// A slot value: the answer to the question asked, or a correction of a value already given.
    /// A new order re-runs the rules for it before anything else.
    public mutating func set(_ value: SlotValue, _ context: FlowContext) -> [Effect] {
        if case .order(let id) = value {
            let taken = take(order: id, context)
            return taken.found ? taken.effects + advance(context) : taken.effects
        }
        let acknowledgement: String? = switch (state, value) {
        case (.askingEvidence, .description): "Thanks, I've put that in the description."
        case (.confirming, .evidence(let files)): files.isEmpty ? "OK, no photos or documents." : "Added \(files.joined(separator: ", ")) to the evidence."
        case (.confirming, .description): "I've updated the description."
        case (.confirming, .message): "OK, I've replaced the message."
        case (.confirming, .messageAddition): "OK, I've added that to the message."
        case (.confirming, .messageEdit(let edits)):
            MessageEdit.apply(edits, to: slots.message ?? "") == nil
                ? "I couldn't find what to change in the message, so it stays as it was. You can also type the whole new message."
                : "OK, I've changed the message."
        case (.confirming, .cancellationReason) where slots.reason != nil: "OK, I've changed the reason."
        default: nil
        }
        fill(value, context)
        if case .askingEvidence = state, case .description = value {
            return [.say(acknowledgement ?? "")] + question(context)
        }
        return (acknowledgement.map { [Effect.say($0)] } ?? []) + advance(context)
    }

    /// Several values from one line ("not the speaker, the phone cover, I don't need it"): all are taken,
    /// then the flow asks its next question once.
    public mutating func set(_ values: [SlotValue], _ context: FlowContext) -> [Effect] {
        guard values.count > 1 else { return values.first.map { set($0, context) } ?? [] }
        var effects: [Effect] = []
        for value in values {
            if case .order(let id) = value {
                let taken = take(order: id, context)
                guard taken.found else { return taken.effects }
                effects += taken.effects
            } else {
                fill(value, context)
            }
        }
        return effects + advance(context)
    }

    /// Takes the order the buyer named: an acknowledgement when it replaces another, or, when it is not one of
    /// theirs, the refusal (and the flow ends).
    private mutating func take(order id: OrderID, _ context: FlowContext) -> (effects: [Effect], found: Bool) {
        guard let order = context.order(id) else {
            state = .finished
            return ([.refused(.orderNotFound(id)), .say(Refusal.orderNotFound(id).message)], false)
        }
        let replacing = slots.order != nil && slots.order != id
        if replacing, let old = slots.order.flatMap(context.order), let message = slots.message {
            slots.message = Self.message(message, movedFrom: old, to: order)
        }
        slots.order = order.id
        summarizedPath = nil
        return (replacing ? [.say("OK, order #\(order.id) then.")] : [], true)
    }

    /// Yes or no to what the flow is waiting on: the confirmation, a proposed order, or an offer.
    public mutating func confirm(_ yes: Bool, _ context: FlowContext) -> [Effect] {
        switch state {
        case .confirming:
            guard yes else { return stop() }
            guard let command = command(context) else { return advance(context) }
            state = .waitingForStore
            return [.perform(command)]
        case .proposingOrder(let id):
            if yes {
                slots.order = id
                return advance(context)
            }
            let others = OrderPicker().pool(for: goal, context).filter { $0.id != id }
            if others.isEmpty { return stop() }
            let list = Array(others.prefix(OrderPicker.listLimit))
            state = .choosingOrder(list.map(\.id))
            return [.say("Which order then?")] + OrderText.numbered(list).map(Effect.say) + [.listed(list)]
        case .offering(let other):
            state = .finished
            if yes { return [.switchTo(other, orderID: slots.order)] }
            return [.say("OK. Anything else I can help with?")]
        case .choosingOrder:
            return yes ? misunderstood("Please pick a number from the list, or type the order number.", context) : stop()
        case .askingEvidence:
            return yes ? [.say("Please give the file names, for example photo1.jpg, box.png (or say no).")] : skip(context)
        case .askingMessage, .askingReason, .askingOtherReason, .askingDisputeReason, .askingOutcome, .askingAmount, .askingDescription:
            return yes ? misunderstood(questionHint(context), context) : stop()
        case .waitingForStore, .finished:
            return []
        }
    }

    /// The buyer leaves an optional question unanswered ("no photos").
    public mutating func skip(_ context: FlowContext) -> [Effect] {
        switch state {
        case .askingEvidence:
            slots.evidence = []
            return advance(context)
        default:
            return misunderstood(questionHint(context), context)
        }
    }

    /// The buyer leaves the flow; nothing was changed.
    public mutating func cancel() -> [Effect] {
        state = .finished
        return [.say("OK, I've stopped there. Nothing was changed.")]
    }

    /// A line the flow's question could not use.
    public mutating func notUnderstood(_ context: FlowContext) -> [Effect] {
        misunderstood(questionHint(context), context)
    }

    /// The store did what was asked. The reply describes the order as the store left it.
    public mutating func completed(_ result: ActionResult, before: Order?, _ context: FlowContext) -> [Effect] {
        state = .finished
        return DialogWording(goal: goal).done(result, before: before, now: context.now)
    }

    /// The store refused inside its transaction (the order changed meanwhile).
    public mutating func refused(_ refusal: Refusal, _ context: FlowContext) -> [Effect] {
        state = .finished
        return [.refused(refusal), .say(refusal.message)]
    }

    /// The order changed between the summary and the yes so that the change would now go another way:
    /// summarise again and ask again.
    public mutating func pathChanged(_ context: FlowContext) -> [Effect] {
        summarizedPath = nil
        return [.say("Order #\(slots.order.map(\.rawValue) ?? "") has changed since I summarised it, so here is the change as it would go now:")]
            + advance(context)
    }

    /// Asks the current question again (after a digression or an interruption).
    public func reprompt(_ context: FlowContext) -> [Effect] {
        switch state {
        case .choosingOrder(let ids):
            let list = ids.compactMap(context.order)
            return [.say("Back to your request — which order do you want to \(goal.verbPhrase)?")] + OrderText.numbered(list).map(Effect.say)
                + [.listed(list)]
        case .finished, .waitingForStore:
            return []
        default:
            return [.say("Back to your request:")] + question(context)
        }
    }
}
