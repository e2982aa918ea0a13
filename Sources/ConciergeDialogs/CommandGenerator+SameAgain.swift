import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// "same for the paints, same reason", "and the jacket too", "same message on the paper pad too pls": the request just
/// done, asked again for another order, with what the buyer says stays the same (the reason, the message).
extension CommandGenerator {
    /// The words that ask for the last request again: "same for", "the same", "too", "as well".
    private static let sameAgainCues = ["same for", "same with", "same on", "same thing", "same again", "do the same", "same message",
                                        "same reason", "same text", "same note", "do same", "same here", "too", "as well", "also that one"]

    /// The last request again, for the one other order the line names; nil when the line asks something else.
    func sameAgainForAnotherOrder(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.expecting == .nothing, let last = context.lastGoal, last.action != nil else { return nil }
        let words = Words(Self.withoutAcknowledgement(line.text))
        // "and the gloves from the same day, if I never pay, what happens" asks; it repeats nothing.
        guard words.containsAny(Self.sameAgainCues), !Words.looksLikeQuestion(line.text), !line.text.contains("?"),
              !words.containsAny(["what", "how", "when", "why", "where", "if", "which", "whats"]) else { return nil }
        // A verb of another request ("and delete it too") is that request; the same verb again is this one.
        if let named = explicitGoal(line.text), named != last { return nil }
        guard !declinedGoals(line.text).contains(last) else { return nil }
        let found = mentions(line)
        // "and the jacket too" where two jackets fit: the one the request can be done for (the one still to ship, for a cancel).
        let others = found.meant.filter { $0 != context.lastOrderID }
        let allowed = others.filter { id in
            guard let action = last.action, let order = context.orders.first(where: { $0.id == id }) else { return false }
            if case .success = Policy().decide(action, by: .buyer(order.buyerID), on: order, at: context.now) { return true }
            return false
        }
        guard let order = others.onlyOne ?? allowed.onlyOne, found.unknownNumbers.isEmpty else { return nil }
        // Only what the buyer says stays the same is kept ("same reason", "same message"); otherwise the request asks
        // again ("and the earbuds too" asks why). A reason told in the line itself ("it's going to the old place as well") is the reason.
        var slots: [SlotValue] = []
        let sameReason = words.containsAny(["same reason", "same as before", "for the same"])
        if last == .cancelOrder, !sameReason,
           let told = Self.cancellationReason(line, or: OptionMatcher.reasonInPassing(line.text)) {
            slots.append(.cancellationReason(told, note: nil))
        }
        for value in context.lastSlots {
            switch value {
            case .cancellationReason where last == .cancelOrder && slots.isEmpty && sameReason:
                slots.append(value)
            case .message(let text) where last == .messageSeller && words.containsAny(["same message", "same text", "same note", "the same message"]):
                let old = context.lastOrderID.map { "#\($0.rawValue)" }
                slots.append(.message(old.map { text.replacingOccurrences(of: $0, with: "#\(order.rawValue)") } ?? text))
            default: continue
            }
        }
        var out = GeneratedCommands()
        out.add(.startFlow(last, orders: [order], slots: slots), "the last request again, for another order (\"same for …\", \"… too\")")
        return out
    }
}

extension GuidedDialog {
    /// What a request held that the buyer may ask to keep for the next one ("same reason", "same message").
    var repeatableValues: [SlotValue] {
        var values = heldValues
        if let message = slots.message { values.append(.message(message)) }
        return values
    }
}

extension CommandGenerator {
    /// "cancel the bamboo basket i never paid for, and wheres my led strip at?": a question about another order, asked
    /// beside a request that waits for a yes, is answered at once, before the request's summary; the buyer does not wait
    /// for the yes to hear where the strip is. Not where the line puts them in sequence ("and then tell me …", "after
    /// that"), nor a question about the order the request is about (its answer may depend on the change).
    func answeringQuestionsFirst(_ out: inout GeneratedCommands, _ whole: UnderstoodClause) {
        guard out.commands.count >= 2,
              !Words(whole.text).containsAny(["then", "after that", "afterwards", "after", "once", "when its done", "when done"]) else { return }
        func isQuestion(_ command: DialogueCommand) -> [OrderID]? {
            if case .startFlow(let goal, let orders, _) = command, goal == .orderStatus || goal == .refundStatus, !orders.isEmpty { return orders }
            return nil
        }
        guard let firstAction = out.commands.firstIndex(where: { if case .startFlow(let goal, _, _) = $0 { goal.action != nil } else { false } }) else { return }
        let acted = Set(out.commands.flatMap { command -> [OrderID] in
            if case .startFlow(let goal, let orders, _) = command, goal.action != nil { orders } else { [] }
        })
        let moved = out.commands.indices.filter { $0 > firstAction && isQuestion(out.commands[$0]).map { acted.isDisjoint(with: $0) } == true }
        guard !moved.isEmpty else { return }
        let pairs = Array(zip(out.commands, out.reasons))
        let questions = moved.map { pairs[$0] }
        var rest = pairs.enumerated().filter { !moved.contains($0.offset) }.map(\.element)
        rest.insert(contentsOf: questions, at: firstAction)
        out.commands = rest.map(\.0)
        out.reasons = rest.map(\.1)
    }
}

extension CommandGenerator {
    /// Whether a clause names orders, none of which the clauses before it name ("where's the train, why is the airbrush …").
    func asksAboutOtherOrders(_ clause: UnderstoodClause, than group: [UnderstoodClause]) -> Bool {
        let now = mentions(clause)
        guard now.positive.count == 1, now.positive[0].count == 1 else { return false }
        let before = Set(group.flatMap { mentions($0).meant })
        return !before.isEmpty && before.isDisjoint(with: now.meant)
    }
}

extension CommandGenerator {
    /// "and if seller not ship speaker in time what happen?": what would happen to one order, asked without an action of
    /// its own and without a written answer the classifier is sure of, is answered by that order's status and deadlines;
    /// it starts no action because the two readings closest to it were actions.
    func whatIfAboutAnOrder(_ line: UnderstoodClause) -> GeneratedCommands? {
        let words = Words(line.text)
        guard context.expecting == .nothing, line.text.contains("?") || Words.looksLikeQuestion(line.text),
              words.containsAny(["what happen", "what happens", "what will happen", "what would happen", "what if"]),
              explicitGoal(line.text) == nil, answerTopic(line) == nil,
              line.classification.confidence < 0.5 || line.classification.isAmbiguous,
              let id = mentions(line).meant.onlyOne else { return nil }
        var out = GeneratedCommands()
        out.add(.startFlow(.orderStatus, orders: [id], slots: []), "what would happen to an order, asked: its status and deadlines")
        return out
    }
}
