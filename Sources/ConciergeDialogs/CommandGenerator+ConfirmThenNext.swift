import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A yes to the summary followed, in the same line, by the buyer's next request or question: "yes go ahead, and then can
/// you also cancel the mug", "ok send it. also where is my other parcel?", "yes, restore it. and show me the tracking".
///
/// The line is cut where the splitter cuts requests ("and then", "also", a new sentence). The clauses before the cut must
/// be a plain yes as the summary's reader reads them alone (nothing refused, asked, held back or changed); the clauses after
/// it must be a next step: a request led by "and", "then", "also" or "after that", or a question, that neither weighs nor
/// conditions nor undoes the change (no turn of mind, negation, hesitation, condition or time to wait for, no value or
/// wording of the request changed, no question about undoing or costs, no action that undoes this one on its order, and
/// no question about an action that cannot be undone). The change goes ahead, and the rest is read as it would be once
/// the change is done: a request is queued behind the change and starts after it, a question is answered after it.
/// Anything else is left to the other readings, which ask again: a wrong yes changes an order, asking again costs one turn.
extension CommandGenerator {
    func confirmedThenNext(_ line: UnderstoodClause, _ clauses: [UnderstoodClause]) -> GeneratedCommands? {
        guard case .confirmation = context.expecting, let goal = context.activeGoal, goal.action != nil, let active = context.activeOrder,
              clauses.count >= 2, clauses.count <= 4 else { return nil }
        let text = line.text
        guard !text.contains(":"), !text.contains("\""), !text.contains("“") else { return nil }
        // A line the reader places as a whole (a yes, a yes then a question about what follows) is its own.
        if case .decided(let whole) = confirmationPlacement(line), whole.commands.contains(where: Self.isConfirm) { return nil }
        for split in (1..<clauses.count).reversed() {
            let head = UnderstoodClause.merged(Array(clauses[..<split]), separator: " ")
            let tail = Array(clauses[split...])
            guard case .decided(let decided) = confirmationPlacement(head), decided.commands == [.confirm(true)] else { continue }
            guard let next = nextStep(tail, in: text, goal: goal, active: active) else { continue }
            var out = GeneratedCommands()
            out.add(.confirm(true), "a plain yes ('\(head.text)'), then the buyer's next step in the same line: the change goes ahead first")
            out.add(next)
            return out
        }
        return nil
    }

    /// The commands of the clauses after the yes, read as once the change is done; nil when they are no next step.
    private func nextStep(_ tail: [UnderstoodClause], in text: String, goal: DialogGoal, active: OrderID) -> GeneratedCommands? {
        let tailText = tail.map(\.text).joined(separator: " ")
        let words = Words(tailText)
        let lead = Array(words.tokens.prefix { Self.nextStepLeads.contains($0) })
        let body = Array(words.tokens.dropFirst(lead.count))
        guard !body.isEmpty else { return nil }
        // A question: a question mark, or a question word before a verb that asks ("where is", "can you", "do I").
        let asks = tailText.contains("?") || Self.questionWords.contains(body[0]) || body[0] == "wheres"
            || body.count > 1 && Self.askingVerbs.contains(body[0]) && Self.askedSubjects.contains(body[1])
        // A request needs a word that sequences it ("and", "then", "also", "after that"): "yes, cancel the mug" may be a
        // correction of the order, not a next step.
        let sequenced = tail[0].sequenced || !lead.isEmpty
        // The same action again, on another order, only after the change ("and then", "after that"): "yes and cancel the lamp
        // too" widens the summary rather than asking for a next step.
        let afterwards = Words(text).containsAny(["and then", "then", "after that", "afterwards", "after this", "next"])
        guard asks || sequenced else { return nil }
        // Nothing that weighs, conditions, undoes or changes the request.
        guard !words.tokens.contains(where: { Self.notANextStep.contains($0) || Self.doubtsInAQuestion.contains($0) }),
              !words.containsAny(Self.weighingInAQuestion + Self.notANextStepPhrases) else { return nil }
        let reader = ConfirmationReader(actionWords: ConfirmationReader.actionVerbs(goal))
        guard !reader.scanCues(words).cues.contains(where: { [.refuse, .hesitate, .turn, .negator].contains($0.cue) }) else { return nil }
        if goal == .messageSeller, MessageDraft.addition(in: tailText) != nil { return nil }
        let named = mentions(tailText)
        guard named.unknownNumbers.isEmpty, named.negative.isEmpty else { return nil }
        // The rest read as the buyer would say it once the change is done: the order just changed is the one in focus.
        var after = context
        after.expecting = .nothing
        after.activeGoal = nil
        after.activeOrder = nil
        after.activeSlots = []
        after.lastOrderID = active
        after.lastGoal = goal
        let whole = UnderstoodClause.merged(tail, separator: " ")
        let read = CommandGenerator(context: after).commands(for: whole, clauses: tail)
        guard !read.commands.isEmpty else { return nil }
        var out = GeneratedCommands()
        for (command, why) in zip(read.commands, read.reasons) {
            switch command {
            case .startFlow(let next, var orders, let slots):
                // A question that starts a request of its own must be plainly one ("where is my other parcel?"): "will they see
                // my phone number?" is no question about the phone case.
                let status = next == .orderStatus || next == .refundStatus
                guard status ? isConfident(whole.classification) : sequenced else { return nil }
                // "and show me the tracking", "and then message the seller too": the order just changed, unless the rest
                // points past it ("my other parcel", "all my orders").
                if orders.isEmpty, !words.containsAny(Self.notTheLastOne) { orders = [active] }
                let onThisOrder = orders.contains(active)
                if onThisOrder, !Self.followsOnTheSameOrder(next, after: goal) { return nil }
                // A question about this order or its money ("and what happens with my money then") weighs the decision: the
                // other readings answer it first.
                // Its status asked for as a request of its own ("and show me the tracking") is what follows the change.
                if onThisOrder, status, asks || next == .refundStatus || !Self.showingVerbs.contains(body[0]) { return nil }
                if Self.sameAction(next, goal), !afterwards || words.containsAny(["too", "as well", "both"]) { return nil }
                out.add(.startFlow(next, orders: orders, slots: slots), "the next step, after the change: \(why)")
            case .answer(_, let order):
                // Only a question about another order: one about this request or what follows it weighs the decision, and
                // the other readings answer it (and take the yes only for what follows a change that can be undone).
                guard asks, let order, order != active else { return nil }
                out.add(command, "the next question, answered after the change: \(why)")
            default:
                return nil
            }
        }
        return out
    }

    /// Whether `next` may follow `goal` on the same order: never the same action again, nor one that undoes it or
    /// contradicts it (a restore after a delete, a dispute after receipt is confirmed), nor anything after a permanent delete.
    static func followsOnTheSameOrder(_ next: DialogGoal, after goal: DialogGoal) -> Bool {
        if sameAction(next, goal) { return false }
        switch goal {
        case .deletePermanently: return false
        case .deleteOrder: return next != .restoreOrder
        case .restoreOrder: return next != .deleteOrder && next != .deletePermanently
        case .confirmReceipt: return next != .openDispute
        case .openDispute: return next != .confirmReceipt
        case .cancelOrder, .cancelPayment: return next != .confirmReceipt && next != .openDispute
        default: return true
        }
    }

    private static func isConfirm(_ command: DialogueCommand) -> Bool {
        if case .confirm = command { true } else { false }
    }

    /// Words that lead into the next step ("and then", "also", "after that", "now").
    static let nextStepLeads: Set<String> = ["and", "then", "also", "after", "that", "afterwards", "next", "now", "plus", "oh", "btw", "so", "ok", "okay"]
    /// Words that open a question ("where is…", "how do…"), verbs that ask before their subject ("can you…", "is it…").
    static let showingVerbs: Set<String> = ["show", "check", "track", "give", "send", "tell", "display", "find"]
    static let askingVerbs: Set<String> = ["is", "are", "was", "does", "do", "did", "will", "can", "could", "would", "has", "have"]
    static let askedSubjects: Set<String> = ["i", "you", "u", "it", "they", "my", "the", "there", "we", "this", "that"]
    /// Words that make the rest no next step: a condition or time to wait for, a turn, a change of the request, an undoing.
    static let notANextStep: Set<String> = ["if", "unless", "only", "once", "until", "till", "provided", "providing", "assuming",
                                            "otherwise", "except", "instead", "rather", "reason", "change", "add", "edit", "different",
                                            "replace", "rewrite", "undo", "reverse", "restore", "cancelled", "lose", "forever",
                                            "permanent", "permanently", "wrong", "mistake", "sure", "think", "human", "agent", "person",
                                            "happens", "happen", "kidding", "joking", "jk", "lol", "haha", "nvm", "no", "nope", "nah", "not", "dont", "never", "when"]
    static let notANextStepPhrases = ["as long as", "so long as", "on condition", "in case", "make sure", "take it back", "bring it back", "put it back", "change my mind"]
}
