import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Questions about the money coming back, asked in the buyer's own words and often about what has not happened yet ("if they
/// accept", "if I win", "if I ever cancelled it"): whether it all comes back, where it goes, how fast.
extension CommandGenerator {
    /// "will I get the whole 189 dollars back?", "and it goes back to my balance, not the bank?", "will my coupon money come back
    /// straight away?", "if they accept, when do I see the 24.00 again?": that order's refund — the amount, where it goes and how
    /// long for the way it was paid — for the order named, else the one in progress, else the one talked about last. Never a
    /// request ("can I get my money back?" asks for one), nor beside a problem with the item, which a dispute answers.
    func moneyBackQuestion(_ line: UnderstoodClause) -> GeneratedCommands? {
        let words = Words(line.text)
        guard Words.looksLikeQuestion(line.text), Self.asksAboutMoneyComingBack(words, amounts: !line.entities.amounts.isEmpty),
              line.entities.disputeReason == nil, OptionMatcher.disputeReason(line.text) == nil,
              explicitGoal(line.text) == nil || Self.asksIfTheActionWere(words) else { return nil }
        let found = mentions(line)
        // "how long does a refund take to get back to my card?": refunds in general, which the written answer tells, unless the
        // line points at an order or an amount of its own ("it", "the 54", "the money").
        if answerTopic(line) != nil, found.meant.isEmpty, line.entities.amounts.isEmpty,
           !words.containsAny(["it", "them", "that one", "this one", "the money", "my money", "the whole", "all my"]) { return nil }
        guard found.unknownNumbers.isEmpty,
              let order = found.meant.onlyOne ?? (found.meant.isEmpty ? context.activeOrder ?? context.lastOrderID : nil) else { return nil }
        var out = GeneratedCommands()
        out.add(.startFlow(.refundStatus, orders: [order], slots: []), "a question about the money coming back: that order's refund")
        return out
    }

    /// Whether the words ask whether, where or when money comes back: a way of asking ("will I get", "does it go", "when do I
    /// see") and money ("dollars", "my card", an amount, "the money").
    static func asksAboutMoneyComingBack(_ words: Words, amounts: Bool) -> Bool {
        guard words.containsAny(moneyBackAsks) else { return false }
        // "will it go back to my list?", "does it come back in my orders": the order, not money.
        guard !words.containsAny(["my list", "the list", "my orders", "order list", "deleted orders", "to the seller", "to the shop"]) else { return false }
        return amounts || words.containsAny(moneyWords + moneyPlaces)
    }

    /// Ways of asking about money coming back, as questions rather than requests.
    private static let moneyBackAsks = ["will i get", "would i get", "do i get", "will i see", "would i see", "do i see", "when do i see",
                                        "will i have", "will the money", "would the money", "does the money", "will my", "would my",
                                        "does it go", "will it go", "would it go", "goes back", "go back to", "go back on", "come back",
                                        "comes back", "coming back", "money go", "money goes", "back to my", "back on my", "back into my",
                                        "get all", "get the whole", "the whole amount", "the full amount", "all of it back"]

    /// Where refunded money lands, and the currencies it is counted in: with `moneyWords`, the one list of money for questions
    /// about the money coming back and for an action supposed in a question ("if I cancel the lamp, does it go to my card?").
    static let moneyPlaces = ["card", "visa", "mastercard", "paypal", "alipay", "balance", "coupon", "voucher", "bank", "account",
                                      "dollars", "euros", "pounds", "yen", "quid", "bucks", "reais", "lira"]

    /// "if I ever cancelled that one, would …", "the tea set, if I cancel it, same thing?": an action supposed, not asked for;
    /// anywhere in a question, not only at its start. Not "if you can, cancel it" (the buyer's "if I" only), nor with "please"
    /// or "can you" (a request with a condition).
    static func asksIfTheActionWere(_ words: Words) -> Bool {
        let tokens = words.tokens
        guard !words.containsAny(["can you", "could you", "would you", "will you", "please", "pls", "go ahead", "do it"]) else { return false }
        for index in tokens.indices where tokens[index] == "if" && index + 1 < tokens.count && ["i", "we"].contains(tokens[index + 1]) {
            let next = tokens[(index + 2)..<min(tokens.count, index + 5)].drop { ["ever", "do", "did", "now", "still", "just", "then"].contains($0) }
            if let verb = next.first, supposedActions.contains(verb) { return true }
        }
        return false
    }

    private static let supposedActions: Set<String> = ["cancel", "cancelled", "canceled", "cancelling", "delete", "deleted", "open", "opened",
                                                       "dispute", "win", "won", "refuse", "refused", "confirm", "confirmed", "return", "returned"]
}

/// Asking for a refund to land somewhere else than it will ("can I move it to my card?", "but I want it on my visa, not
/// Alipay!!", "could the money go to my bank instead?"): refunds always go back the way the order was paid (domain.md,
/// refunds), so the answer says that it can't be redirected, then where that order's money goes.
extension CommandGenerator {
    /// The answer topic that says a refund can't be sent elsewhere; the session words it.
    public static let refundElsewhereTopic = "refund_elsewhere"

    func refundElsewhere(_ line: UnderstoodClause) -> GeneratedCommands? {
        let words = Words(line.text)
        guard words.containsAny(Self.refundPlaces), words.containsAny(Self.elsewhereCues),
              !words.containsAny(["pay", "paying", "checkout", "order with", "buy", "buying", "twice", "charged", "address", "ship", "deliver"]),
              explicitGoal(line.text) == nil, line.entities.disputeReason == nil, OptionMatcher.disputeReason(line.text) == nil else { return nil }
        let found = mentions(line)
        guard found.unknownNumbers.isEmpty,
              let id = found.meant.onlyOne ?? (found.meant.isEmpty ? context.activeOrder ?? context.lastOrderID : nil),
              let order = context.orders.first(where: { $0.id == id }), order.payment != nil || order.refund != nil,
              // "it" is the money only where money was the subject: the line says so, or the last turn was about a refund.
              words.containsAny(Self.moneyWords + ["refund", "refunded"]) || context.lastGoal == .refundStatus
                || order.refund != nil || order.status == .cancelled || order.status == .cancellationRequested else { return nil }
        var out = GeneratedCommands()
        out.add(.answer(topic: Self.refundElsewhereTopic, order: id), "asks for the refund to land elsewhere: it goes back the way the order was paid")
        out.add(.startFlow(.refundStatus, orders: [id], slots: []), "where that order's money goes")
        return out
    }

    /// Places a refund can land.
    static let refundPlaces = ["card", "visa", "mastercard", "paypal", "alipay", "balance", "bank", "wallet"]
    /// Words that ask for money to go somewhere other than where it goes.
    static let elsewhereCues = ["move it", "move the", "moved to", "transfer", "switch it", "redirect", "instead", "rather than", "rather have",
                                "want it on", "want it to", "want it in", "want it back on", "want the money on", "want the money to",
                                "want the refund on", "want the refund to", "send it to", "send the money to", "send the refund to",
                                "put it on", "put it in", "put the money", "not on my", "not to my", "not in my", "not alipay", "not paypal",
                                "not the alipay", "not my balance"]
}
