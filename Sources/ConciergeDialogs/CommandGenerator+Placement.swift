import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Where a line goes when the pending step cannot take it: the line is read as it would be with nothing pending,
/// and that reading decides, for every kind of step alike.
extension CommandGenerator {
    /// A line the pending step could not place ("Sorry, I didn't get that"), read afresh: a question is answered and
    /// the step waits (the stack asks its question again); a request of its own interrupts an action, which resumes
    /// after it, or replaces a step that only asked which order a question is about (nothing is lost by dropping it)
    /// or that belongs to the same request. Nil when the fresh reading places the line no better.
    func placedAfresh(_ line: UnderstoodClause, _ clauses: [UnderstoodClause]) -> GeneratedCommands? {
        var fresh = context
        fresh.expecting = .nothing
        fresh.activeGoal = nil
        fresh.activeOrder = nil
        // The order the step is about is the one in focus for the fresh reading ("has it left the warehouse?").
        fresh.lastOrderID = context.activeOrder ?? context.lastOrderID
        let reading = CommandGenerator(context: fresh).requests(clauses.isEmpty ? [line] : clauses, whole: line)
        var out = GeneratedCommands()
        // A request of its own where a step waits must be said plainly: its own verb, or a confident reading.
        let ownVerb = explicitGoal(line.text) != nil || clauses.contains { explicitGoal($0.text) != nil }
        let plain = ownVerb || isConfident(line.classification)
        // The request in progress asked for again in its own words, about its own order: its question again.
        if case .startFlow(let goal, let orders, _)? = reading.commands.first, goal == context.activeGoal, let active = context.activeOrder,
           orders.allSatisfy({ $0 == active }), ownVerb {
            out.add(.repeatQuestion, "the request in progress asked for again")
            return out
        }
        for (command, why) in zip(reading.commands, reading.reasons) where Self.placesAfresh(command) {
            if case .startFlow = command, !plain { continue }
            out.add(command, why)
        }
        // "what are my options here?": help asked at a step is the step explained.
        if out.commands.isEmpty, reading.commands.allSatisfy(Self.isNotUnderstood), line.classification.intent == "help", isConfident(line.classification) {
            out.add(.repeatQuestion, "help asked for at a step: the step explained")
        }
        guard let first = out.commands.first else { return nil }
        // The request in progress said again, on its own order: the step's question stands (item words in a story may
        // name another order by chance: "the strap snapped" told about a watch, beside an order of camera straps).
        if case .startFlow(let goal, _, _) = first, goal == context.activeGoal, context.activeOrder != nil { return nil }
        if case .startFlow(let goal, _, _) = first, let active = context.activeGoal,
           goal == active || active == .orderStatus || active == .refundStatus {
            out.commands.insert(.cancelFlow, at: 0)
            out.reasons.insert("a request of its own where the step could not place the line", at: 0)
        }
        return out
    }

    /// Commands a fresh reading may put in place of "not understood": answers and requests, never a yes, a no or a stop
    /// (those were the step's to read).
    private static func placesAfresh(_ command: DialogueCommand) -> Bool {
        switch command {
        case .startFlow, .answer, .explainRefusal, .listOrders, .handoff: true
        case .setSlot, .correctSlot, .confirm, .cancelFlow, .clarify, .chitchat, .skip, .repeatQuestion, .notUnderstood: false
        }
    }

    static func isNotUnderstood(_ command: DialogueCommand) -> Bool {
        if case .notUnderstood = command { true } else { false }
    }
}

extension GeneratedCommands {
    /// Whether the line was placed nowhere.
    package var placesNothing: Bool {
        commands.allSatisfy(CommandGenerator.isNotUnderstood)
    }
}

extension CommandGenerator {
    /// The order a question naming none is about: the one the conversation is on ("is there a tracking code yet?",
    /// "any progress so far?" right after a reply about one order). Only for questions (nothing is written on a guess), only
    /// about one order (not "my orders", "all of them"), and a refund question only where that order has a refund.
    func inFocus(for goal: DialogGoal, _ clause: UnderstoodClause) -> OrderID? {
        guard goal == .orderStatus || goal == .refundStatus, let focus = context.lastOrderID,
              let order = context.orders.first(where: { $0.id == focus }), order.deletion == .none,
              !Words(clause.text).containsAny(["orders", "all", "both", "each", "every", "other", "another", "which"]),
              !namesAThing(clause.text) else { return nil }
        if goal == .refundStatus, order.refund == nil { return nil }
        return focus
    }

    /// Whether the text names a thing of its own after "my", "the", "a" or "an": a word that is no order noun ("where is
    /// my yoga mat?", "news on the blender?" where no order has one), so the question is not about the order in focus.
    private func namesAThing(_ text: String) -> Bool {
        let tokens = Words(text).tokens
        return zip(tokens, tokens.dropFirst()).contains { determiner, next in
            ["my", "the", "a", "an"].contains(determiner) && !Self.orderNouns.contains(next)
                && !Self.moneyWords.contains(next) && !next.allSatisfy(\.isNumber)
        }
    }
}

extension CommandGenerator {
    /// Where an amount is asked, a number on its own is one ("30", "12.5 please", "about 40,00"): the only number of a
    /// short line (or of any line, when it is no date or duration), short enough not to be an order number, with at most two decimals. What follows "description:" is
    /// the story, not the amount.
    func bareAmount(_ line: String) -> Money? {
        let text = Self.beforeContent(line)
        // A longer line ("i'd keep it, just want like 10 back, no pics") still gives its one number, when that number is
        // no date or duration: where an amount is asked, that is what a number is.
        let words = Words(text)
        let numbered = words.tokens.indices.filter { words.tokens[$0].contains(where: \.isNumber) }
        guard words.count <= 6 || numbered.count == 1 && !words.isDateOrDuration(at: numbered[0]) else { return nil }
        let numbers = text.split(whereSeparator: { !$0.isNumber && $0 != "." && $0 != "," })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,")) }.filter { !$0.isEmpty }
        guard numbers.count == 1 else { return nil }
        let parts = numbers[0].replacingOccurrences(of: ",", with: ".").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0]), parts[0].count <= 5 else { return nil }
        var cents = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let fraction = Int(parts[1]) else { return nil }
            cents = parts[1].count == 1 ? fraction * 10 : fraction
        }
        guard whole > 0 || cents > 0 else { return nil }
        return money(whole * 100 + cents)
    }
}

extension CommandGenerator {
    /// A yes word first, then only words that agree, thank or tell to go ahead with the request in progress ("yes, please
    /// send the request, thank you"): nothing asked, changed, refused or put off, no other request or order.
    func isCourteousYes(_ text: String) -> Bool {
        guard !Words.text(text, contains: "?"), !Words.text(text, contains: ":") else { return false }
        let tokens = Words(text).tokens
        guard (2...14).contains(tokens.count), let first = tokens.first, ["yes", "yeah", "yep", "ok", "okay", "sure"].contains(first),
              !tokens.contains(where: Words.negators.contains) else { return false }
        let plainYes = tokens.dropFirst().allSatisfy { Self.chatWords.contains($0) || Self.approvals.contains($0) || Self.agreeing.contains($0) }
        if plainYes { return true }
        guard case .confirmation = context.expecting, let goal = context.activeGoal, !tokens.contains(where: Self.notAGoAhead.contains),
              namesOnlyTheActiveOrder(text) else { return false }
        // Verbs of going ahead, and the request's own verb ("yes, please cancel it"); another request's verb is no yes.
        let ownVerbs = Set(goal.verbPhrase.split(separator: " ").map(String.init)).union(Self.genericGoAhead)
        let itemWords = context.activeOrder.flatMap { resolver.titleWords[$0] } ?? []
        return tokens.dropFirst().allSatisfy {
            Self.chatWords.subtracting(Self.goAheadVerbs).contains($0) || Self.approvals.contains($0) || Self.agreeing.contains($0)
                || ownVerbs.contains($0) || Self.goAheadNouns.contains($0) || itemWords.contains($0)
        }
    }

    private static let genericGoAhead: Set<String> = ["send", "submit", "proceed", "go", "do", "continue"]
    private static let agreeing: Set<String> = ["correct", "right", "true", "exactly", "all", "everything", "this", "is", "are", "was",
                                                "looks", "sounds", "good", "fine", "perfect", "ok", "okay", "great", "want", "wish", "what"]
}
