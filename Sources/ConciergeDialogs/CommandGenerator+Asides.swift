import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Lines that leave the flow where it is: a yes in other words, a question about the refusal, a human, "what do you
/// mean?", the summary's own order named again, an order asked for by its number, an addition to a message.
extension CommandGenerator {
    /// "send the request", "cancel it", "do the dispute": after a yes, the request in progress itself, not another one.
    func saysGoAhead(_ rest: String) -> Bool {
        let words = Self.withoutJoiners(Words(rest).tokens)
        guard case .confirmation = context.expecting, !rest.contains(":"), (1...5).contains(words.count),
              (explicitGoal(rest) ?? context.activeGoal) == context.activeGoal else { return false }
        // Every word a known one: the verbs and nouns of going ahead, or the order's own item words ("cancel the speaker").
        let itemWords = context.activeOrder.flatMap { resolver.titleWords[$0] } ?? []
        guard words.contains(where: Self.goAheadVerbs.contains),
              words.allSatisfy({ Self.goAheadVerbs.contains($0) || Self.goAheadNouns.contains($0) || Self.approvals.contains($0)
                                 || itemWords.contains($0) }) else { return false }
        return namesOnlyTheActiveOrder(rest)
    }

    /// "go ahead and send it", "send it to them": the "and" after "go ahead" and the "to" before the seller's pronoun join
    /// the go-ahead's own words; anywhere else an "and" may join a second request, so it stays (and is no go-ahead word).
    static func withoutJoiners(_ tokens: [String]) -> [String] {
        tokens.indices.compactMap { index in
            let token = tokens[index]
            if token == "and", index > 0, tokens[index - 1] == "ahead" { return nil }
            if token == "to", index + 1 < tokens.count, ["them", "him", "her"].contains(tokens[index + 1]) { return nil }
            return token
        }
    }

    /// "yes, looks right, please send it" at the summary: a yes first, then an instruction to go ahead now, and nothing that
    /// changes the request (no "but", no "not", no dictated text, no other order): a yes, whatever words praise it between.
    /// The go-ahead must be said to the assistant, now: its verb opens its clause (after a break, an approval or "please"),
    /// and every word from it on is one of going ahead. Second thoughts are not consent: "ok, let me check first and we
    /// proceed later" or "great, they will send it anyway" holds the verb too, so any word that waits, puts it off or has
    /// someone else act makes the line no yes; the summary's question is asked again instead.
    func yesThenGoAhead(_ text: String) -> Bool {
        guard case .confirmation = context.expecting, !Words.text(text, contains: ":"), !Words.text(text, contains: "\""), !Words.text(text, contains: "?") else { return false }
        let words = Words(text)
        let tokens = words.tokens
        guard (3...12).contains(tokens.count), let first = tokens.first, ["yes", "yeah", "yep", "ok", "okay", "perfect", "great", "lovely", "grand", "brilliant"].contains(first),
              !tokens.contains(where: { Self.notAGoAhead.contains($0) || Words.negators.contains($0) }),
              let verb = tokens.lastIndex(where: { ["send", "proceed", "submit", "go"].contains($0) }), verb > 0 else { return false }
        // Back over "please", "just", "so", "and" to where the instruction starts; before it, a break or a word of approval.
        var start = verb
        while start > 1, !words.breakBefore[start], ["please", "pls", "just", "so", "and", "now", "ahead", "go"].contains(tokens[start - 1]) { start -= 1 }
        guard words.breakBefore[start] || Self.approvals.contains(tokens[start - 1]) else { return false }
        return saysGoAhead(tokens[start...].joined(separator: " ")) && namesOnlyTheActiveOrder(text)
    }

    /// Words of a line that waits, puts the request off, changes it or has someone else act ("hold on", "later",
    /// "first", "before you", "think about it", "a different reason", "they will"): never a go-ahead, whatever verb follows.
    static let notAGoAhead: Set<String> = ["but", "add", "change", "instead", "wait", "hold", "later", "first", "before", "after", "until",
                                           "think", "should", "will", "ill", "would", "could", "might", "maybe", "want", "let", "lets",
                                           "they", "seller", "tomorrow", "tonight", "then", "if", "when", "different", "another", "other",
                                           "new", "ask", "talk", "check", "moment", "minute", "second", "sec", "anyway", "myself"]
    /// Words that hold a yes back even in a short reply ("yes wait", "ok maybe later"): the question is asked again.
    static let holdsOff: Set<String> = ["wait", "hold", "later", "until", "think", "should", "maybe", "tomorrow"]

    /// "perfect, send it" at the summary: approval and the request's own verb, nothing else, is a yes.
    func approval(_ line: UnderstoodClause) -> GeneratedCommands? {
        // "yes, send the message to Hearth and Kettle please": whom it goes to, named by the active order's seller, is no
        // other order; the rest is read as the go-ahead.
        let text = withoutActiveSeller(line.text)
        guard line.reply == nil && saysGoAhead(text) || yesThenGoAhead(text) || text != line.text && isCourteousYes(text) else { return nil }
        var out = GeneratedCommands()
        out.add(.confirm(true), "the summary approved in the buyer's words")
        return out
    }

    static let goAheadVerbs: Set<String> = ["send", "cancel", "open", "delete", "remove", "restore", "confirm", "submit", "do", "go", "proceed", "file"]
    /// Words that approve what the summary shows ("perfect, send it", "looks good, send").
    static let approvals: Set<String> = ["perfect", "great", "good", "fine", "ok", "okay", "nice", "yes", "yeah", "yep", "sure", "cool",
                                         "alright", "excellent", "thanks", "thank", "you", "looks", "sounds", "right", "correct",
                                         "grand", "lovely", "brilliant", "wonderful", "awesome", "super", "fab", "fantastic", "splendid",
                                         "cheers", "marvellous", "smashing"]
    static let goAheadNouns: Set<String> = ["the", "it", "my", "this", "that", "request", "cancellation", "message", "dispute", "order", "one",
                                            "please", "pls", "now", "ahead", "them", "him", "her", "all"]

    /// Asides that leave the flow as it is: a question about the refusal, a human, "what do you mean?", an addition to a message.
    func aside(_ line: UnderstoodClause) -> GeneratedCommands? {
        var out = GeneratedCommands()
        let words = Words(line.text)
        if let money = moneyAfterRefusal(line) { return money }
        if let asked = hypotheticalAboutAnotherOrder(line) { return asked }
        // "wait", "hold on a sec", "hmm let me think": a pause, not an answer (where a message is asked, not its text).
        if Self.isPause(words) {
            out.add(.repeatQuestion, "a pause: the step waits and asks again")
            return out
        }
        if context.hasRefusal, Self.asksAboutRefusal(words) {
            // "don't want to message them, what else can I do?": the offer is turned down with the question; it is not kept.
            if case .offer(let offered) = context.expecting, declinedGoals(line.text).contains(offered) {
                out.add(.cancelFlow, "the offer turned down, with a question about the refusal")
            }
            out.add(.explainRefusal, "a question about the refusal just given")
            return out
        }
        // "how long should i wait before i contact support?" asks about time, not for a human.
        if line.classification.intent == "human_agent", isConfident(line.classification), !DialogReply.isBareYesOrNo(line.text),
           !Self.asksAboutTime(line.text) {
            out.add(.handoff, "a human asked for in the middle of a request")
            return out
        }
        // "the one i didnt pay yet" at the summary of that very order: it is the one; the question again.
        if case .confirmation = context.expecting, line.reply == nil, words.count <= 8, !line.text.contains(":"), declinedGoals(line.text).isEmpty,
           !Words.looksLikeQuestion(line.text), !Self.soundsLikeRequest(line.text),
           explicitGoal(line.text) == nil, let active = context.activeOrder, mentions(line.text).meant == [active] {
            out.add(.repeatQuestion, "the order of the summary named again")
            return out
        }
        // "show me order 7300000042" while a flow waits: that order, then the flow's question again. Not where an order
        // is asked for, or at a summary: there the number picks the order or switches to it.
        if !context.expecting.picksOrSwitchesOrder, let shown = Self.asksToShowOrder(line) {
            out.add(.startFlow(.orderStatus, orders: [shown], slots: []), "an order asked for by its number")
            return out
        }
        if Self.asksToRepeat(words) {
            out.add(.repeatQuestion, "the buyer asks what was meant")
            return out
        }
        // "so the refund lands on my bank card?" while a request about an order waits: where that order's money goes
        // (its payment method decides: a card linked through Alipay refunds to Alipay), then the request's question again.
        if let active = context.activeOrder, Words.looksLikeQuestion(line.text), Self.asksWhereMoneyGoes(words),
           explicitGoal(line.text) == nil, mentions(line.text).meant.allSatisfy({ $0 == active }) {
            out.add(.startFlow(.refundStatus, orders: [active], slots: []), "where the money of the order in progress goes")
            return out
        }

        // "add that …" to a message in progress is about the message, whatever else it names.
        if context.activeGoal == .messageSeller, context.expecting == .confirmation || context.expecting == .message,
           let addition = MessageDraft.addition(in: line.text) {
            out.add(.setSlot(.messageAddition(addition)), "words to add to the message")
            return out
        }
        return nil
    }

    /// "make it friendlier", "no, take out the bit about …" at a message's summary: an instruction about the
    /// draft, not its text, and not a no (read before the short replies).
    func messageEdit(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard context.activeGoal == .messageSeller, context.expecting == .confirmation else { return nil }
        let edits = MessageEdit.edits(in: line.text)
        guard !edits.isEmpty else { return nil }
        var out = GeneratedCommands()
        out.add(.setSlot(.messageEdit(edits)), "an instruction about the message drafted")
        return out
    }

    /// "no I don't want to cancel, I want to keep it, how long do I have to pay?" while that very cancel waits: the request
    /// is dropped (nothing written), and what else the line asks follows. Never a value for the request it turns down.
    func declinesActive(_ line: UnderstoodClause, _ clauses: [UnderstoodClause]) -> GeneratedCommands? {
        // "why didn't they cancel?" asks about the refusal: the "not" is the seller's, not the buyer's.
        guard let active = context.activeGoal, active.action != nil, !Words(line.text).contains("why"),
              declinedGoals(line.text).contains(active), mentions(line.text).meant.allSatisfy({ $0 == context.activeOrder }) else { return nil }
        var out = GeneratedCommands()
        out.add(.cancelFlow, "the buyer turns down the request in progress")
        var rest = GeneratedCommands()
        for clause in clauses where clauses.count > 1 && declinedGoals(clause.text).isEmpty && !Self.keepsIt(clause.text) {
            rest.add(timeQuestion(clause) ?? requests([clause], whole: clause))
        }
        let declined = declinedGoals(line.text)
        for (command, why) in zip(rest.commands, rest.reasons) where Self.isRequest(command) {
            // What the line turns down anywhere in it ("no cancel, no dispute, …") is never started by another clause.
            if case .startFlow(let goal, _, _) = command, declined.contains(goal) { continue }
            // What the rest asks about is the order of the request turned down, unless it names another.
            if case .startFlow(let goal, let orders, let slots) = command, orders.isEmpty, let order = context.activeOrder {
                out.add(.startFlow(goal, orders: [order], slots: slots), why)
            } else {
                out.add(command, why)
            }
        }
        return Self.mergingSameRequests(out)
    }

    /// "I want to keep it": the clause only says the order stays.
    static func keepsIt(_ text: String) -> Bool {
        Words(text).containsAny(["keep it", "keep the order", "want to keep", "keep my order", "still want it"])
    }

    /// A reason given in the buyer's words, or a way out ("forget it, …").
    func reasonOrWayOut(_ line: UnderstoodClause, _ clauses: [UnderstoodClause]) -> GeneratedCommands? {
        var out = GeneratedCommands()
        if let closing = closesWhileAsked(line) { return closing }
        if let changed = outcomeChangedLater(line) { return changed }
        if let corrected = orderCorrectedWhereTextAsked(line) { return corrected }
        // "other reason, my brother gave me the same speaker": Other, in the buyer's words, whatever else the words name.
        if context.expecting == .reason, let other = OptionMatcher.otherReason(line.text) {
            out.add(.setSlot(.cancellationReason(.other, note: other.note)), "Other, with the buyer's own words")
            return out
        }
        // "changed my mind" where a reason is asked is the reason, not a way out.
        // "can you tell the seller to hurry up, i need it by the 20th" where a reason is asked: another request, said
        // plainly with its own verb, is no reason (the readings after this one place it).
        let asksOtherAction = explicitGoal(line.text).map { $0 != context.activeGoal } ?? false
        if context.expecting == .reason, !asksOtherAction, !Self.onlyAsksAboutTime(line.text),
           let reason = Self.cancellationReason(line, or: OptionMatcher.cancellationReason(line.text)),
           Words(line.text).count >= 2, Self.afterStopLead(line.text).map({ $0.isEmpty }) ?? true || reasonAfterChangeOfMind(line.text),
           namesOnlyTheActiveOrder(line) {
            out.add(.setSlot(.cancellationReason(reason, note: nil)), "the reason, in the buyer's words")
            return out
        }
        // "it should go to my sister", "I want a different bell": a reason said by its shape, not by the options' words.
        if context.expecting == .reason, !asksOtherAction, Self.afterStopLead(line.text).map({ $0.isEmpty }) ?? true, let reason = reasonByShape(line),
           namesOnlyTheActiveOrder(line) {
            out.add(.setSlot(.cancellationReason(reason, note: nil)), "the reason, by what the buyer wants instead")
            return out
        }
        // "ok cancel", "ok cancel it" at the summary of a cancellation: agreement and the summary's own verb, a yes. ("cancel
        // that" alone, or "ok cancel that", still takes the request back.)
        if case .confirmation = context.expecting, let goal = context.activeGoal, goal == .cancelOrder || goal == .cancelPayment,
           Self.agreesWithTheCancelVerb(line.text) {
            // A bare "ok cancel" may mean "cancel this request"; where the cancellation closes at once it is asked again
            // (the summary says what a yes does). "ok cancel it", "yes cancel" are a yes.
            let tokens = Words(line.text).tokens
            if closesForGood(goal), ["ok", "okay", "alright"].contains(tokens.first ?? ""), !tokens.contains("it") {
                out.add(.repeatQuestion, "agreement and a bare 'cancel' where the cancellation cannot be taken back: asked again")
                return out
            }
            out.add(.confirm(true), "agreement and the cancellation's own verb")
            return out
        }
        // "cancel that" on its own at a summary takes the request back, like "forget it".
        if let rest = context.expecting == .confirmation && Self.isBareRequestWord(line.text) ? "" : Self.afterStopLead(line.text) {
            if case .confirmation = context.expecting, rest.isEmpty {
                out.add(.confirm(false), "second thoughts at the confirmation")
                return out
            }
            out.add(.cancelFlow, "the buyer drops the request (\"\(Self.stopLeadWords(line.text))\")")
            // The session passes the clauses of what follows the lead ("just cancel the other one").
            if !rest.isEmpty, let first = clauses.first {
                let restCommands = requests(clauses, whole: clauses.count == 1 ? first : line)
                if restCommands.commands.contains(where: { Self.isRequest($0) || { if case .clarify = $0 { true } else { false } }($0) }) {
                    out.add(restCommands)
                }
            }
            return out
        }
        return nil
    }
}

extension CommandGenerator {
    /// "ok cancel", "okay, cancel it please": a word of agreement, then "cancel" with at most "it" after it.
    static func agreesWithTheCancelVerb(_ text: String) -> Bool {
        let words = Words(text).tokens.filter { !["please", "pls", "just", "now", "then"].contains($0) }
        guard words.count >= 2, ["ok", "okay", "yes", "yeah", "yep", "sure", "alright"].contains(words[0]), words[1] == "cancel" else { return false }
        return words.count == 2 || words.count == 3 && words[2] == "it"
    }

    /// Words a buyer pauses with, saying nothing else.
    static let pauseWords: Set<String> = ["wait", "waiit", "hold", "on", "hang", "one", "a", "sec", "second", "secs", "moment", "min", "minute",
                                          "hmm", "hm", "hmmm", "umm", "um", "uh", "erm", "let", "me", "think", "check", "pls", "please", "just"]

    /// "wait", "hold on", "one sec", "hmm wait a moment", "let me think": a line of pause words only, with one that pauses
    /// ("wait", "hold on", "hang on", "sec", "moment", "think", "hmm"), at most six words.
    static func isPause(_ words: Words) -> Bool {
        guard words.count >= 1, words.count <= 6, words.tokens.allSatisfy(pauseWords.contains) else { return false }
        return words.containsAny(["wait", "waiit", "hold on", "hang on", "sec", "second", "moment", "min", "minute", "let me think", "let me check",
                                  "hmm", "hm", "hmmm", "umm", "um", "uh", "erm"])
    }
}

extension CommandGenerator {
    /// "wait, how long will this take? I need to know when I get the 54 back" where a reason is asked: a question about
    /// time, and no reason said outside it. The line is cut at sentence marks and commas; each part that asks about time
    /// (ending in a question mark, opening like a question, "I need to know when …") is set aside, and what is left must
    /// name no reason. "found it cheaper elsewhere, how long until the refund?" keeps its reason; "when it arrives it will
    /// be too late" asks nothing.
    static func onlyAsksAboutTime(_ text: String) -> Bool {
        var parts: [(text: String, question: Bool)] = []
        var current = ""
        for character in text {
            if ".!?,;\n".contains(character) {
                parts.append((current, character == "?"))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append((current, false))
        var asked = false
        var told: [String] = []
        for part in parts where Words(part.text).count > 0 {
            if asksAboutTimeIn(part.text, questionMark: part.question) { asked = true } else { told.append(part.text) }
        }
        return asked && OptionMatcher.cancellationReason(told.joined(separator: ". ")) == nil
    }

    /// A part of a line that asks about time: a question mark or a question's opening ("how long", "when will", "when do"),
    /// or wanting to know when ("I need to know when I see the money").
    private static func asksAboutTimeIn(_ part: String, questionMark: Bool) -> Bool {
        let words = Words(part)
        let timeWords = ["how long", "when", "how many days", "how much time"]
        if questionMark { return words.containsAny(timeWords) || asksAboutTime(part) }
        let tokens = words.tokens
        let opening = ["how long", "how many days", "how much time", "until when", "till when", "by when", "when will", "when do", "when does",
                       "when can", "when is", "when would", "when should"]
        let lead = tokens.drop { ["wait", "hmm", "so", "and", "but", "ok", "okay", "please", "pls", "also", "hold", "on"].contains($0) }.joined(separator: " ")
        if opening.contains(where: { lead == $0 || lead.hasPrefix($0 + " ") }) { return true }
        return words.containsAny(["need to know when", "want to know when", "tell me when", "need to know how long", "want to know how long",
                                  "tell me how long"])
    }
}

extension CommandGenerator {
    /// A question about time asked in the middle of a request, about that request's order (none other named): its status
    /// and deadlines answer it (where the money stands, when the line speaks of money), then the request's question again.
    func timeQuestionAboutActiveOrder(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard let active = context.activeOrder, Self.asksAboutTime(line.text) || Words.looksLikeQuestion(line.text),
              mentions(line.text).meant.allSatisfy({ $0 == active }) else { return nil }
        let money = Words(line.text).containsAny(Self.moneyWords + ["bank", "statement", "card"])
        var out = GeneratedCommands()
        out.add(.startFlow(money ? .refundStatus : .orderStatus, orders: [active], slots: []), "a question about time in the middle of a request: its order's status and deadlines")
        return out
    }
}

extension CommandGenerator {
    /// "hmm no, not the earbuds" at the summary of the earbuds' request: the order is wrong, not the request. The request
    /// starts again without that order, with a list to pick from (never straight to another order's summary: nothing the
    /// buyer did not name is one "yes" away). Only a bare correction line: the order's own words, "not" right before them
    /// (only "the", "this" or "that one" between), and words of correction; at the summary or where a reason is asked,
    /// never at the message or description step. A line naming the right order is a correction, read elsewhere; "keep the
    /// lamp", "not the lamp, it is fine", "not happy with the lamp" keep their readings (a decline, a reason).
    func turnsDownTheOrder(_ line: UnderstoodClause) -> GeneratedCommands? {
        guard let goal = context.activeGoal, let active = context.activeOrder, goal.action != nil,
              goal != .restoreOrder, goal != .deletePermanently else { return nil }
        switch context.expecting {
        case .confirmation, .reason: break
        default: return nil
        }
        guard let order = context.orders.first(where: { $0.id == active }),
              Self.isBareTurnDown(Words(line.text), orderWords: Set(Words(order.shortTitle).tokens).union(namingWords(line)))
        else { return nil }
        let named = mentions(line.text)
        guard named.negative.contains(active), named.meant.allSatisfy({ $0 == active }), named.unknownNumbers.isEmpty else { return nil }
        let flow = FlowContext(orders: context.orders.filter { $0.deletion == .none }, deletedOrders: [], sellers: context.sellers, now: context.now)
        let others = flow.orders.filter { $0.id != active }
        guard !others.isEmpty else { return nil }
        let picker = OrderPicker()
        let fitting = others.filter { picker.allows(goal, $0, flow) }
        // No other order it could apply to: the list of the others shows why (nothing can be written from it); with one
        // other order or none, the line is read elsewhere (a decline).
        guard !fitting.isEmpty || others.count >= 2 else { return nil }
        var out = GeneratedCommands()
        out.add(.cancelFlow, "the order of the request turned down")
        if fitting.isEmpty {
            out.add(.startFlow(goal, orders: Array(others.prefix(OrderPicker.listLimit).map(\.id)), slots: []), "the same request: no other order fits, here they are")
        } else if fitting.count == 1 {
            // One other order fits: it is not assumed. The request starts with no order, so the buyer picks from the list of
            // the orders it applies to (the one turned down among them) or is asked about the only one.
            out.add(.startFlow(goal, orders: [], slots: []), "the same request, the buyer picks the order")
        } else {
            out.add(.startFlow(goal, orders: Array(fitting.prefix(OrderPicker.listLimit).map(\.id)), slots: []), "the same request, on another order")
        }
        return out
    }

    /// Words a bare turn-down may hold besides the order's own.
    static let turnDownWords: Set<String> = ["no", "nope", "nah", "not", "hmm", "hm", "um", "umm", "wait", "sorry", "oh", "oops", "actually",
                                             "the", "this", "that", "one", "order", "wrong", "my", "bad", "mistake"]

    /// "no not the garden hose", "hmm wait, not this one, the hose", "nope not that one the hose": only the order's words and
    /// words of correction, with "not" right before the order's first word (only "the", "this", "that" or "one" between).
    static func isBareTurnDown(_ words: Words, orderWords: Set<String>) -> Bool {
        let tokens = words.tokens
        guard tokens.count <= 8, let first = tokens.firstIndex(where: orderWords.contains),
              tokens.allSatisfy({ orderWords.contains($0) || turnDownWords.contains($0) }) else { return false }
        var before = first - 1
        while before >= 0, ["the", "this", "that", "one"].contains(tokens[before]) { before -= 1 }
        return before >= 0 && tokens[before] == "not"
    }
}
