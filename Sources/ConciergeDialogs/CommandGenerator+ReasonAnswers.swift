import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A cancellation reason told by a chatty buyer: after a change of mind, or with the item's own name in the story;
/// the active order's seller named beside a go-ahead.
extension CommandGenerator {
    /// "changed my mind, don't need em", "I changed my mind, found it cheaper" where a reason is asked: the change of mind
    /// leads into the reason, which the rest says. A rest that keeps the order or turns the request down ("changed my mind,
    /// don't cancel it") is still a way out, and so is a change of mind led by "forget it" or "never mind".
    func reasonAfterChangeOfMind(_ text: String) -> Bool {
        guard let rest = Self.afterStopLead(text), !rest.isEmpty else { return false }
        let lead = Words(String(text.prefix(text.count - rest.count))).tokens
        guard Words(lead.joined(separator: " ")).containsAny(["changed my mind", "change my mind"]),
              !lead.contains(where: { ["forget", "never", "nevermind", "nvm", "stop", "drop", "leave", "scrap"].contains($0) }) else { return false }
        let activeDeclined = context.activeGoal.map { declinedGoals(rest).contains($0) } ?? false
        return !activeDeclined && !Self.keepsIt(rest) && OptionMatcher.cancellationReason(rest) != nil
    }
}

extension CommandGenerator {
    /// Whether the orders a reason's words name are only the one asked about: "my sister already bought me the same lamp"
    /// where the lamp being cancelled is one of several lamps names that lamp, as part of the story. Another order is meant
    /// only by its number, by words that fit it and not the active one, or with a correction ("no, the other lamp").
    func namesOnlyTheActiveOrder(_ line: UnderstoodClause) -> Bool {
        line.entities.orderNumbers.allSatisfy { $0 == context.activeOrder } && namesOnlyTheActiveOrder(line.text)
    }

    /// The same for a text ("ok yes cancel the teapot" at the summary of one of two teapots): no order number but the
    /// active one's.
    func namesOnlyTheActiveOrder(_ text: String) -> Bool {
        let found = mentions(text)
        let meant = found.meant
        if meant.allSatisfy({ $0 == context.activeOrder }) { return true }
        // Each naming must fit the active order: "the cover is fine, it is the blender" names the blender on its own.
        guard let active = context.activeOrder, meant.contains(active), found.positive.allSatisfy({ $0.contains(active) }),
              !Words(text).tokens.contains(where: { $0.count >= 6 && $0.allSatisfy(\.isNumber) && $0 != active.rawValue }) else { return false }
        return !Self.saysCorrection(Words(text))
    }
}

extension CommandGenerator {
    /// The line without "to <the active order's seller>" (or the seller's name alone), where the seller is named in full.
    func withoutActiveSeller(_ text: String) -> String {
        guard let active = context.activeOrder, let order = context.orders.first(where: { $0.id == active }),
              let name = context.sellers[order.sellerID]?.name, name.count >= 3,
              let found = Words.range(of: name, caseInsensitiveIn: text) else { return text }
        var start = found.lowerBound
        let before = text[..<start].trimmingCharacters(in: .whitespaces)
        if before.lowercased().hasSuffix(" to"), let to = text.range(of: " to", options: [.backwards, .caseInsensitive], range: text.startIndex..<start) {
            start = to.lowerBound
        }
        return (String(text[..<start]) + String(text[found.upperBound...])).replacingOccurrences(of: "  ", with: " ")
    }
}

extension CommandGenerator {
    /// "great thanks, that's everything!", "ok thanks, that is all for now" where a list, a reason, a message, an outcome or
    /// an amount is asked: the buyer is done, not answering. The request is dropped (nothing changes) and the thanks
    /// answered. A line that also gives a reason ("that's all, I don't need it anymore") is the reason.
    func closesWhileAsked(_ line: UnderstoodClause) -> GeneratedCommands? {
        switch context.expecting {
        case .order, .reason, .otherReason, .message, .disputeReason, .outcome, .amount: break
        case .proposal, .description, .evidence, .confirmation, .offer, .nothing: return nil
        }
        let words = Words(line.text)
        guard (2...12).contains(words.count), words.containsAny(Self.closingPhrases),
              words.tokens.allSatisfy({ Self.closingWords.contains($0) || Self.followUpOpeners.contains($0) || Self.acknowledgements.contains($0) }),
              OptionMatcher.cancellationReason(line.text) == nil else { return nil }
        var out = GeneratedCommands()
        out.add(.cancelFlow, "the buyer says they are done where a question waits: the request is dropped")
        out.add(.chitchat("thanks"), "small talk")
        return out
    }

    private static let closingPhrases = ["thats all", "that is all", "thats everything", "that is everything", "thats it for now",
                                         "nothing else", "all for now", "all for today", "im done", "i am done", "all done"]
    private static let closingWords: Set<String> = ["that", "thats", "is", "all", "everything", "for", "now", "today", "nothing", "else",
                                                    "im", "i", "am", "done", "then", "so", "much", "a", "lot", "bye", "goodbye", "cheers",
                                                    "many", "thanks", "it", "really", "just", "wanted"]
}

extension CommandGenerator {
    /// "before that can you message Harbor Gadgets | and ask if they could ship it together with my earbuds": clauses of one
    /// request, cut apart, each start the same goal on the same orders; they are one request with the slots of both (the
    /// first clause's values first). Anything else stays as it is.
    static func mergingSameRequests(_ generated: GeneratedCommands) -> GeneratedCommands {
        var out = generated
        out.commands = []
        out.reasons = []
        for (command, why) in zip(generated.commands, generated.reasons) {
            if case .startFlow(let goal, let orders, let slots) = command,
               let index = out.commands.firstIndex(where: { if case .startFlow(goal, orders, _) = $0 { true } else { false } }),
               case .startFlow(_, _, let earlier) = out.commands[index] {
                let kinds = Set(earlier.map(Self.slotKind))
                out.commands[index] = .startFlow(goal, orders: orders, slots: earlier + slots.filter { !kinds.contains(Self.slotKind($0)) })
                continue
            }
            out.add(command, why)
        }
        return out
    }

    /// "message", "order", "reason" …: which slot a value fills.
    private static func slotKind(_ value: SlotValue) -> String { String(value.traceText.prefix { $0 != "=" }) }
}
