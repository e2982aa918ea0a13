import Foundation
import ConciergeDomain

/// The conversation's flows: the active one on top, interrupted ones below (they resume at their step),
/// and requests from the same line queued behind (each gets its own confirmation). It applies the
/// commands of a line and returns effects; it never reads text and never touches the store.
/// A value: saved with every turn, so a conversation can be continued later or elsewhere.
public struct FlowStack: Sendable, Equatable, Codable {
    /// A request waiting for the flows before it to finish.
    struct Queued: Sendable, Equatable, Codable {
        var goal: DialogGoal
        var orders: [OrderID]
        var slots: [SlotValue]
        /// How many unfinished flows waited below when it was queued: a request queued by a line that interrupted a
        /// flow runs before that flow resumes (nil in states saved before: none).
        var depth: Int? = nil
    }

    /// The flows, bottom first; the last unfinished one is active.
    public private(set) var flows: [GuidedDialog] = []
    private(set) var queue: [Queued] = []
    /// The orders of the last numbered list ("the second one").
    public private(set) var lastListed: [OrderID] = []
    /// The order talked about last ("delete it").
    public private(set) var lastOrderID: OrderID?
    /// The last refusal met, for "why not?".
    public private(set) var lastRefusal: Refusal?
    /// Lines in a row nobody could place.
    private(set) var misunderstandings = 0
    /// Goals the line being applied says the buyer does not want.
    private var declinedNow: Set<DialogGoal> = []
    /// The flow the last events went to, finished or not (for traces: "cancel_order: finished").
    public private(set) var lastFlow: GuidedDialog?

    public init() {}

    /// The flow waiting for the buyer, if any.
    public var active: GuidedDialog? {
        guard let top = flows.last, !top.isFinished else { return nil }
        return top
    }

    /// What the generator needs to know of the stack.
    public func conversationContext() -> ConversationContext {
        var context = ConversationContext()
        context.expecting = active?.expecting ?? .nothing
        context.activeGoal = active?.goal
        context.activeOrder = active?.orderID
        context.activeSlots = active?.heldValues ?? []
        context.lastOrderID = lastOrderID
        context.lastGoal = lastFlow?.goal
        context.lastSlots = lastFlow?.repeatableValues ?? []
        context.lastListed = lastListed
        context.hasRefusal = lastRefusal != nil
        context.queuedRequests = queue.map { ($0.goal, $0.orders) }
        return context
    }

    /// Applies a line's commands in order.
    /// Long on purpose: the executor is one exhaustive switch over the command vocabulary, one case per command.
    public mutating func apply(_ commands: [DialogueCommand], _ context: FlowContext, texts: StackTexts,
                               declined: Set<DialogGoal> = []) -> [Effect] {
        var effects: [Effect] = []
        declinedNow = declined
        defer { declinedNow = [] }
        var started = false
        let waiting = flows.filter { !$0.isFinished }.count
        // A refusal stays open to "why not?" until the next line that is not about it.
        if !commands.contains(.explainRefusal) { lastRefusal = nil }
        var skipped = Set<Int>()
        for (position, command) in commands.enumerated() where !skipped.contains(position) {
            switch command {
            case .startFlow(let goal, let orders, let slots):
                if started {
                    queue.append(Queued(goal: goal, orders: orders, slots: slots, depth: waiting))
                } else {
                    started = true
                    // An open offer is not an interrupted request: it is dropped, not resumed.
                    if let top = flows.last, top.expecting.isOffer || top.isFinished { flows.removeLast() }
                    effects += begin(goal, orders: orders, slots: slots, context)
                }
            case .setSlot(let value), .correctSlot(let value):
                // The values that follow in the same line go to the flow together: one question after them, not one each.
                var values = [value]
                var next = position + 1
                while next < commands.count {
                    guard case .setSlot(let more) = commands[next] else {
                        guard case .correctSlot(let more) = commands[next] else { break }
                        values.append(more)
                        skipped.insert(next)
                        next += 1
                        continue
                    }
                    values.append(more)
                    skipped.insert(next)
                    next += 1
                }
                effects += onActive(context) { $0.set(values, context) } ?? texts.nothingPending
            case .confirm(let yes):
                effects += onActive(context) { $0.confirm(yes, context) }
                    ?? [.say("There's nothing waiting for a yes or no right now. What can I help you with? (for example: cancel an order, where is my refund)")]
                // A request said after the yes in the same line waits for the change: it is queued behind it.
                if case .waitingForStore? = flows.last?.state { started = true }
            case .cancelFlow:
                let replaced = position + 1 < commands.count && { if case .startFlow = commands[position + 1] { true } else { false } }()
                if active != nil, replaced {
                    // Dropped for the request that follows: said by starting it. Requests queued behind it were not
                    // replaced, so they stay and start in turn.
                    flows.removeLast()
                } else if active != nil {
                    effects += onActive(context) { $0.cancel() } ?? []
                    queue.removeAll()
                } else if !commands.contains(where: { if case .startFlow = $0 { true } else { false } }) {
                    effects.append(.say("Nothing is in progress, so nothing was changed. What else can I do for you?"))
                }
            case .skip:
                effects += onActive(context) { $0.skip(context) } ?? texts.nothingPending
            case .repeatQuestion:
                if let active {
                    // A step with no order yet (a list to pick from) is asked again as it was.
                    let again = active.explained(context)
                    effects += again.isEmpty ? active.reprompt(context) : [.say("Let me put it another way:")] + again
                } else {
                    effects += texts.help
                }
            case .answer(let topic, let order):
                effects += texts.answer(topic, order.flatMap(context.order), context)
                // "ok so open a dispute" after an answer about an order is about that order.
                if let order, context.order(order) != nil { lastOrderID = order }
                misunderstandings = 0
            case .explainRefusal:
                effects += explainRefusal(context)
            case .chitchat(let kind):
                effects += texts.answer(kind, nil, context)
            case .listOrders(let filter):
                effects += list(filter, context)
            case .handoff:
                reset()
                effects.append(.handoff)
            case .clarify:
                break   // asked by the session, which keeps the line to resolve
            case .notUnderstood(let hint?) where active == nil:
                effects.append(.say(hint))
            case .notUnderstood:
                if active != nil {
                    effects += onActive(context) { $0.notUnderstood(context) } ?? []
                } else if !commands.contains(where: CommandGenerator.isRequest) {
                    misunderstandings += 1
                    effects += texts.outOfScope(misunderstandings)
                }
            }
        }
        effects += settle(context)
        // A question answered in the middle of a flow: back to the flow's question.
        let answeredOnly = !commands.isEmpty && commands.allSatisfy {
            switch $0 {
            case .answer, .explainRefusal, .chitchat, .listOrders: true
            default: false
            }
        }
        if answeredOnly, let active { effects += active.reprompt(context) }
        return effects
    }

    /// The store did what the active flow asked.
    public mutating func completed(_ result: ActionResult, before: Order?, _ context: FlowContext) -> [Effect] {
        (onActive(context, evenWaiting: true) { $0.completed(result, before: before, context) } ?? []) + settle(context)
    }

    /// The store refused what the active flow asked.
    public mutating func refused(_ refusal: Refusal, _ context: FlowContext) -> [Effect] {
        (onActive(context, evenWaiting: true) { $0.refused(refusal, context) } ?? []) + settle(context)
    }

    /// The order changed between the summary and the yes: the active flow summarises again.
    public mutating func pathChanged(_ context: FlowContext) -> [Effect] {
        onActive(context, evenWaiting: true) { $0.pathChanged(context) } ?? []
    }

    /// Drops every flow and queued request (a new conversation, or an agent's decision).
    public mutating func reset() {
        flows.removeAll()
        queue.removeAll()
        lastFlow = nil
    }

    // MARK: - Inside

    /// Starts a flow; `offered`: the buyer said yes to an offer of it.
    private mutating func begin(_ goal: DialogGoal, orders: [OrderID], slots: [SlotValue], _ context: FlowContext,
                                offered: Bool = false) -> [Effect] {
        var flow = GuidedDialog(goal: goal)
        flow.declined = declinedNow
        let effects = offered ? flow.startOffered(order: orders.first, context) : flow.start(orders: orders, slots: slots, context)
        flows.append(flow)
        lastFlow = flow
        return absorb(effects, context)
    }

    /// Runs an event on the active flow and absorbs what it returns; nil when no flow is active.
    private mutating func onActive(_ context: FlowContext, evenWaiting: Bool = false, _ event: (inout GuidedDialog) -> [Effect]) -> [Effect]? {
        guard let index = flows.indices.last, !flows[index].isFinished || evenWaiting else { return nil }
        let effects = event(&flows[index])
        lastFlow = flows[index]
        if let id = flows[index].orderID { lastOrderID = id }
        return absorb(effects, context)
    }

    /// Keeps what the stack must remember from a flow's effects; an accepted offer starts its flow.
    private mutating func absorb(_ effects: [Effect], _ context: FlowContext) -> [Effect] {
        var out: [Effect] = []
        for effect in effects {
            switch effect {
            case .listed(let orders):
                lastListed = orders.map(\.id)
                out.append(effect)
            case .refused(let refusal):
                lastRefusal = refusal
                out.append(effect)
            case .switchTo(let goal, let orderID):
                if let top = flows.last, top.isFinished { flows.removeLast() }
                out += begin(goal, orders: orderID.map { [$0] } ?? [], slots: [], context, offered: true)
            default:
                out.append(effect)
            }
        }
        if let id = flows.last?.orderID { lastOrderID = id }
        return out
    }

    /// After a flow finishes: the interrupted flow below resumes at its step, or the next queued request starts.
    private mutating func settle(_ context: FlowContext) -> [Effect] {
        guard let top = flows.last, top.isFinished else { return [] }
        if top.expecting == .nothing, case .finished = top.state {
            flows.removeLast()
        }
        while let last = flows.last, last.isFinished { flows.removeLast() }
        // A request of the line that interrupted the flow below goes first; then the interrupted flow resumes.
        let queuedAbove = queue.first.map { ($0.depth ?? 0) >= flows.count } ?? false
        if let resumed = flows.last, !queuedAbove {
            return resumed.reprompt(context)
        }
        guard !queue.isEmpty else { return [] }
        let next = queue.removeFirst()
        return [.say("Next, your request to \(next.goal.verbPhrase) \(next.orders.count == 1 ? "order #\(next.orders[0])" : "an order"):")]
            + begin(next.goal, orders: next.orders, slots: next.slots, context) + settle(context)
    }

    private func explainRefusal(_ context: FlowContext) -> [Effect] {
        guard let refusal = lastRefusal else { return [.say("Nothing was refused just now. What can I help you with?")] }
        var effects: [Effect] = [.say(refusal.reason), .say(refusal.wayForward)]
        // "why can't I? they still have my money": a cancelled order's refund is where the money stands.
        if case .alreadyCancelled = refusal, let order = lastOrderID.flatMap(context.order), let refund = order.refund {
            effects += StatusText().refund(order, refund, now: context.now).map(Effect.say)
        }
        return effects
    }

    private mutating func list(_ filter: OrderFilter?, _ context: FlowContext) -> [Effect] {
        let all = context.orders + (filter == .deleted ? context.deletedOrders : [])
        if let filter {
            let matching = all.filter(filter.matches)
            if matching.isEmpty { return [.say("You have no \(filter.label) orders.")] }
            lastListed = matching.map(\.id)
            return [.say("Your \(filter.label) orders:")] + OrderText.numbered(matching).map(Effect.say) + [.listed(matching)]
        }
        if all.isEmpty { return [.say("You have no orders.")] }
        lastListed = all.map(\.id)
        return [.say("Your orders (newest first):")] + OrderText.numbered(all).map(Effect.say) + [.listed(all)]
    }
}

/// The words the stack needs from outside the flows: written answers and fallbacks.
public struct StackTexts: Sendable {
    /// The answer to a topic (an intent or child intent), about an order when one is known.
    public var answer: @Sendable (String, Order?, FlowContext) -> [Effect]
    /// What to say to a line nobody could place, given how many in a row.
    public var outOfScope: @Sendable (Int) -> [Effect]
    public var help: [Effect]
    public var nothingPending: [Effect]

    public init(answer: @escaping @Sendable (String, Order?, FlowContext) -> [Effect], outOfScope: @escaping @Sendable (Int) -> [Effect],
                help: [Effect], nothingPending: [Effect]) {
        self.answer = answer; self.outOfScope = outOfScope; self.help = help; self.nothingPending = nothingPending
    }
}

extension Expectation {
    var isOffer: Bool { if case .offer = self { true } else { false } }
}
