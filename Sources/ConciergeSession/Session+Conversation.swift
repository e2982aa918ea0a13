import Foundation
import ConciergeDomain
import ConciergeUnderstanding
import ConciergeDialogs
import ConciergeStore

extension Session {
    /// Free text: understand the line (and each request in it), turn it into commands, apply them to the
    /// flow stack, perform the effects.
    func converse(_ typed: String) throws -> SessionReply {
        // A card number is masked before anything reads the line, so no summary or draft can echo it.
        let (line, cardMasked) = PersonalData.maskCardNumbers(in: typed)
        if line.isEmpty { return SessionReply(lines: ["I'm here — tell me what you need help with, or type /help."]) }
        try readOrders()
        // "thanks. the speaker is still coming right?": the thanks is said; what follows is the request. Where the buyer's
        // own text is asked for (a message, a description), the thanks is part of it.
        let asked = dialog?.expecting.takesFreeText == true ? line : CommandGenerator.afterAcknowledgement(line) ?? line
        let whole = understand(asked)
        // At a summary a line of pictures alone ("👍", "👎") is a reply: the confirmation reader reads it.
        let picturesAtSummary = dialog?.expecting == .confirmation && line.unicodeScalars.contains { $0.properties.isEmojiPresentation }
        if !picturesAtSummary && !line.contains(where: { $0.isLetter || $0.isNumber }) || dialog == nil && whole.reply == nil && !understander.matcher.hasRecognisableWord(line) {
            // Nothing readable: out of scope by decision, whatever the classifier would guess from letter shapes.
            note(Classification(text: line, intent: IntentCatalog.outOfScope, detail: nil, confidence: 1, alternatives: [], isAmbiguous: false))
            return SessionReply(lines: ["Sorry, I didn't catch that. Tell me what you need help with, or type /help."])
        }
        history.append(line)
        note(whole.classification)
        lastTrace.entities = whole.entities.traceItems
        if offeringToContinue {
            offeringToContinue = false
            if let answer = continuing(whole) { return SessionReply(lines: try run(answer)) }
        }
        var generated: GeneratedCommands
        if let pending = clarifying {
            clarifying = nil
            generated = resolveClarification(pending, whole)
        } else {
            generated = CommandGenerator(context: generatorContext()).commands(for: whole, clauses: lineReader.clauses(of: asked, whole))
        }
        var lines = try apply(generated, whole)
        // A card number typed by the buyer is never stored or echoed (the store masks it); say so once, here.
        if cardMasked {
            lines.insert("For your safety I never keep card numbers: anything I store shows only the last four digits.", at: 0)
        }
        return SessionReply(lines: lines)
    }

    /// Applies generated commands and performs their effects; records them in the trace.
    func apply(_ generated: GeneratedCommands, _ line: UnderstoodClause) throws -> [String] {
        lastTrace.commands = generated.commands.map(\.traceText)
        lastTrace.why = generated.reasons
        if case .clarify(let options)? = generated.commands.first {
            clarifying = (options, line)
            return ["Just to be sure: do you want to \(Self.intentPhrase(options[0])), or \(Self.intentPhrase(options[1]))?"]
        }
        let effects = stack.apply(generated.commands, flowContext, texts: texts, declined: generated.declined)
        return try run(effects)
    }

    /// A piece of text as understood against the buyer's orders.
    func understand(_ text: String) -> UnderstoodClause { lineReader.understand(text) }

    /// Keeps what the line was understood as, for traces, transcripts and agents' corrections.
    private func note(_ classification: Classification) {
        lastClassification = classification
        lastTrace.intents = [ScoredIntent(intent: classification.intent, confidence: classification.confidence)] + classification.alternatives
        lastTrace.detail = classification.detail
    }

    /// The buyer's orders and the clock, read once per turn and again after a store change. The flow context and
    /// the line reader are made again only when the orders (or, for the context, the clock) changed since the last read.
    func readOrders() throws {
        let all = try store.orders(buyerID: buyer.id, includeDeleted: true)
        let time = now
        if all == ordersRead, time == flowContext.now { return }
        let ordersChanged = all != ordersRead
        flowContext = Self.flowContext(all, sellers: sellers(of: all), now: time)
        if ordersChanged {
            lineReader = LineReader(understander: understander, orders: flowContext.orders + flowContext.deletedOrders,
                                    sellerNames: flowContext.sellers.values.map(\.name))
            ordersRead = all
        }
    }

    /// The flows' view of the buyer's orders (all of them, deleted ones included): the visible ones and the deleted ones.
    static func flowContext(_ all: [Order], sellers: [SellerID: Seller], now: Date) -> FlowContext {
        FlowContext(orders: all.filter(\.isVisible), deletedOrders: all.filter { $0.deletion == .deleted }, sellers: sellers, now: now)
    }

    func generatorContext() -> ConversationContext {
        var context = stack.conversationContext()
        context.orders = flowContext.orders + flowContext.deletedOrders
        context.sellers = flowContext.sellers
        context.answerTopics = answerTopics
        context.now = now
        return context
    }

    /// "yes" / "no" to "shall we continue where we left off?"; nil when the line is something else.
    private func continuing(_ line: UnderstoodClause) -> [Effect]? {
        switch line.reply {
        case .affirm?:
            lastTrace.commands = ["resume"]
            return dialog?.reprompt(flowContext) ?? []
        case .deny?, .stop?:
            stack.reset()
            lastTrace.commands = ["cancel_flow"]
            return [.say("OK, let's start afresh. What can I help you with?")]
        default:
            stack.reset()
            return nil
        }
    }

    /// The buyer picked one of the intents they were asked to choose between (or said something new).
    private func resolveClarification(_ pending: (options: [String], line: UnderstoodClause), _ line: UnderstoodClause) -> GeneratedCommands {
        var chosen: String?
        if case .choice(let n)? = line.reply, pending.options.indices.contains(n - 1) { chosen = pending.options[n - 1] }
        let lowered = line.text.lowercased()
        if chosen == nil { chosen = pending.options.first { option in Self.intentKeywords(option).contains { lowered.contains($0) } } }
        if chosen == nil, pending.options.contains(line.classification.intent) { chosen = line.classification.intent }
        let generator = CommandGenerator(context: generatorContext())
        // "i do NOT want to cancel it": an option the reply turns down is not the one chosen, however its words match.
        if let picked = chosen, let goal = DialogGoal(rawValue: picked) {
            let reading = generator.commands(for: line, clauses: [line])
            if reading.declined.contains(goal) {
                if !reading.placesNothing { return reading }
                var out = GeneratedCommands()
                out.commands = [.chitchat("ok")]
                out.reasons = ["the buyer turns that option down"]
                return out
            }
        }
        guard let chosen else {
            if line.reply == .stop || line.reply == .deny {
                var out = GeneratedCommands()
                out.commands = [.chitchat("ok")]
                out.reasons = ["the buyer wants neither"]
                return out
            }
            return generator.commands(for: line, clauses: [line])
        }
        var original = pending.line
        original.classification.intent = chosen
        original.classification.detail = nil
        original.classification.isAmbiguous = false
        original.classification.confidence = 1
        original.reply = nil
        return generator.commands(for: original, clauses: [original])
    }

    /// Re-runs the last buyer line as `intent` (an agent's correction).
    public func rerunLastLine(as intent: String) throws -> SessionReply {
        guard let text = history.last else { return SessionReply(lines: ["There is no buyer line to re-run."]) }
        try readOrders()
        var line = understand(text)
        line.classification.intent = intent
        line.classification.detail = nil
        line.classification.confidence = 1
        line.classification.isAmbiguous = false
        line.reply = nil
        stack.reset()
        clarifying = nil
        lastClassification = line.classification
        lastTrace = TurnTrace()
        lastTrace.intents = [ScoredIntent(intent: intent, confidence: 1)]
        let generated = CommandGenerator(context: generatorContext()).commands(for: line, clauses: [line])
        return SessionReply(lines: try apply(generated, line))
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

extension Understander {
    /// The intents and child intents the catalog has a written answer for.
    var answerTopics: Set<String> {
        Set(catalog.intents.filter { $0.answer != nil }.map(\.name))
    }
}
