import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// A question about one of the buyer's own orders that the classifier cannot place.
///
/// "is my kettle alright?", "what's going on with the tent", "anything new on the blue one?": whatever the words
/// around it, a question that names exactly one of the buyer's orders and asks no action is about that order. What the
/// assistant knows of an order is its status and deadlines (and its refund, when the question is about money), so that
/// is the answer, rather than "outside what I can help with" or the order talked about before.
extension CommandGenerator {
    func questionAboutNamedOrder(_ clause: UnderstoodClause) -> GeneratedCommands? {
        guard let order = namedInQuestion(clause) else { return nil }
        var out = GeneratedCommands()
        let money = Words(clause.text).containsAny(Self.moneyWords + ["bank", "statement", "card", "charged", "back"])
        out.add(.startFlow(money ? .refundStatus : .orderStatus, orders: [order], slots: []),
                "a question naming one of the buyer's orders and asking no action: that order's status")
        return out
    }

    /// The one order a question names, when it asks no action of its own.
    func namedInQuestion(_ clause: UnderstoodClause) -> OrderID? {
        let words = Words(clause.text)
        guard Words.looksLikeQuestion(clause.text), explicitGoal(clause.text) == nil, declinedGoals(clause.text).isEmpty,
              !words.tokens.contains(where: Self.actionVerbs.contains) else { return nil }
        return mentions(clause).meant.onlyOne
    }

    /// "wait, delete the grey socks order instead", "and the cat bowl, remove that one": at a prompt for the buyer's own
    /// text, a line that turns to the assistant, with a piece led by an action verb, naming only orders other than the one in progress, is a request
    /// to the assistant about those orders: a message to a seller is about that seller's order, a description about the
    /// disputed one. The goal of that piece, when the line is one.
    func actsOnAnotherOrder(_ line: UnderstoodClause, _ named: OrderResolver.Mentions) -> DialogGoal? {
        guard context.expecting.takesFreeText, !Self.opensWithContentLabel(line.text), let active = context.activeOrder,
              !named.meant.isEmpty, !named.meant.contains(active), Self.turnsToTheAssistant(Words(line.text)),
              let goal = Self.pieceLedGoal(line.text), goal != context.activeGoal, goal.action != nil else { return nil }
        return goal
    }

    /// A line at a prompt for the buyer's own text that turns from that text to the assistant: a way out or a change of
    /// mind ("actually", "wait", "forget the message", "instead"), something to do before ("first, …"), or a line going
    /// on from the last ("and the lamp, …", "also …"). Without one, "hello, please remove the mug from my order" is what
    /// the buyer asks of the seller: the text.
    static func turnsToTheAssistant(_ words: Words) -> Bool {
        // ("ok and the lamp, …": fillers before it do not count.)
        if let first = words.tokens.first(where: { !["ok", "okay", "oh", "so", "um", "umm", "hmm", "right", "alright"].contains($0) }),
           ["and", "also", "first"].contains(first) { return true }
        return words.tokens.contains(where: ["actually", "wait", "instead", "forget", "nevermind", "nvm", "scratch", "oops"].contains)
            || words.containsAny(["never mind", "hold on", "hang on", "on second thought"])
    }

    /// The goal of the first piece of the line (its start, or a word after a comma or stop) that opens with an action verb.
    static func pieceLedGoal(_ text: String) -> DialogGoal? {
        let words = Words(text)
        for index in words.tokens.indices where index == 0 || words.breakBefore[index] {
            if let goal = verbLedGoal(words.tokens[index...].joined(separator: " ")) { return goal }
        }
        return nil
    }

    /// At a summary, a question of its own about another order ("how long will the lamp take to arrive?", "and what's
    /// happening with my poster refund") is answered for that order, and the summary waits: only a correction ("no, the
    /// lamp", "I meant the lamp") or a bare naming ("the lamp?", "what about the lamp?") moves the request to it.
    func questionAboutAnotherOrder(_ line: UnderstoodClause, _ words: Words) -> GeneratedCommands? {
        guard case .confirmation = context.expecting, !Self.saysCorrection(words),
              !words.containsAny(["what about", "how about", "instead", "rather", "i mean", "i meant", "meant", "same for"]),
              let order = namedInQuestion(line), order != context.activeOrder else { return nil }
        // Words of its own besides the order's name: a bare naming is a correction, as before.
        let naming = Set(resolver.titleWords[order] ?? []).union(namingWords(line)).union(Self.bareNamingWords)
        let own = words.tokens.filter { token in !naming.contains(token) && !(resolver.titleWords[order] ?? []).contains { OrderResolver.sameWord($0, token) } }
        guard own.count >= 2 else { return nil }
        return questionAboutNamedOrder(line)
    }

    /// At a summary, an offer or a question with options, a question about what would happen to another order, or what
    /// its seller will do, corrects nothing
    /// and asks for no message, whatever "sorry" or "seller" it says: that order's status, and the summary waits.
    func hypotheticalAboutAnotherOrder(_ line: UnderstoodClause) -> GeneratedCommands? {
        switch context.expecting {
        case .confirmation, .offer, .reason, .disputeReason, .outcome: break
        case .order, .proposal, .otherReason, .message, .amount, .description, .evidence, .nothing: return nil
        }
        guard let order = namedInHypothetical(line), order != context.activeOrder else { return nil }
        var out = GeneratedCommands()
        out.add(.startFlow(.orderStatus, orders: [order], slots: []), "a question about what would happen to another order: its status")
        return out
    }

    /// "and the curtains, what did you say happens to those if I don't pay?", "will the seller still send the red dress
    /// normally?": a question about what would happen to another order, or what its seller will do. Its "don't pay" turns
    /// nothing down, its "seller" asks for no message.
    func namedInHypothetical(_ clause: UnderstoodClause) -> OrderID? {
        let words = Words(clause.text)
        guard Words.looksLikeQuestion(clause.text), !words.tokens.contains(where: Self.actionVerbs.contains) else { return nil }
        let hypothetical = words.tokens.contains("if")
            && words.containsAny(["what happens", "what will happen", "what would happen", "what did you say", "what happened", "happens to"])
        // "will the seller still send the red dress normally?": what the seller will do with an order, asked of the assistant.
        let tokens = words.tokens.drop { ["and", "so", "but", "ok", "okay", "oh", "sorry", "also"].contains($0) }
        let sellerDoes = tokens.count >= 4 && ["will", "would", "does", "did", "is", "has", "can"].contains(tokens.first ?? "")
            && tokens.dropFirst().starts(with: ["the", "seller"])
        guard hypothetical || sellerDoes else { return nil }
        return mentions(clause).meant.onlyOne
    }

    private static let bareNamingWords: Set<String> = ["the", "my", "a", "an", "and", "or", "one", "order", "that", "this", "then", "so",
                                                       "ok", "okay", "please", "pls", "is", "it", "its", "too", "also"]
}
