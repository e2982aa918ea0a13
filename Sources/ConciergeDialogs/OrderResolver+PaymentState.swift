import Foundation
import ConciergeDomain

/// Orders named by whether the buyer paid them, said the way buyers say it in any grammar: "the one I still not pay",
/// "that i no pay yet", "the order I haven't payed", "the one I've paid for but that hasn't been sent".
extension OrderResolver {
    /// Verb forms of paying, typos and second-language forms included.
    private static let payVerbs: Set<String> = ["pay", "paid", "payed", "pays", "paying", "payd"]
    /// Past forms only: "paid for" says it was paid; "pay for it" may ask how to.
    static let paidForms: Set<String> = ["paid", "payed", "payd"]
    /// Words that deny a verb up to two words before it ("not yet paid", "still not pay", "didnt even pay").
    private static let payNegators: Set<String> = ["not", "never", "didnt", "dont", "havent", "hasnt", "doesnt", "wasnt", "isnt", "cant", "couldnt"]

    /// What the line says about paying, as the orders that fit it: unpaid ones where paying is denied, paid ones where
    /// it is said to be done. Nil when the line says neither (or both, or paying is a question: "can I still pay?").
    func paymentStateOrders(_ words: Words) -> (start: Int, ids: [OrderID])? {
        let tokens = words.tokens
        guard tokens.contains(where: Self.payVerbs.contains) else { return nil }
        var denied: Int?, done: Int?
        for (index, token) in tokens.enumerated() where Self.payVerbs.contains(token) {
            let before = (max(0, index - 3)..<index).filter { position in
                // Only words of the same clause: "no, I paid" has its "no" for something else.
                !(position + 1...index).contains { words.breakBefore[$0] }
            }.map { tokens[$0] }
            // "i no pay yet", "not pay", "still not paid": a denial right before the verb, or "not" up to three words back.
            if before.last == "no" || before.contains(where: Self.payNegators.contains) {
                denied = denied ?? index
            } else if Self.paidForms.contains(token), !["if", "when", "until", "before", "how"].contains(before.last ?? "") {
                // "the one I paid for", "already paid", "that i payed": done (not "how much I paid" questions, which only name money).
                done = done ?? index
            }
        }
        switch (denied, done) {
        case let (at?, nil):
            let ids = orders.filter { $0.status == .awaitingPayment }.map(\.id)
            return ids.isEmpty ? nil : (at, ids)
        case let (nil, at?):
            let ids = orders.filter { $0.status != .awaitingPayment && $0.payment != nil }.map(\.id)
            return ids.isEmpty ? nil : (at, ids)
        default:
            return nil
        }
    }

    /// Where the order stands as the line tells it (paid or not; shipped or not), every statement kept: "paid for but not
    /// sent yet" fits only orders paid and not shipped. Used to narrow a name that fits several orders.
    func stateSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        let paying = paymentStateOrders(words)
        let progress = negatedProgressSpans(words).first
        switch (paying, progress) {
        case let (paying?, progress?):
            let both = paying.ids.filter(progress.ids.contains)
            return both.isEmpty ? [progress] : [(min(paying.start, progress.start), both)]
        case let (paying?, nil): return [paying]
        case let (nil, progress?): return [progress]
        case (nil, nil): return []
        }
    }

    /// "cancel the one i still not pay", "the order i no pay yet": an unpaid order named by its payment alone, said of
    /// "one" or "order" a few words before.
    func unpaidNamedSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard let state = paymentStateOrders(words), state.ids.allSatisfy({ id in orders.contains { $0.id == id && $0.status == .awaitingPayment } })
        else { return [] }
        let near = words.tokens[max(0, state.start - 6)..<state.start]
        return near.contains(where: { ["one", "order", "thing", "item", "purchase"].contains($0) }) ? [state] : []
    }
}
