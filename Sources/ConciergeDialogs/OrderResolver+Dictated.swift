import Foundation
import ConciergeDomain

/// What the buyer tells the seller to do, said after naming the order: "on the hose, tell them to put the nozzle in the
/// same box", "the lamp: ask them if the bulb is included". Items in what is dictated are part of the message, not another
/// choice of order, once the line has named an order by its item or number before it.
extension OrderResolver {
    private static let dictatingVerbs: Set<String> = ["tell", "ask", "asking", "telling", "remind", "beg"]
    private static let addressees: Set<String> = ["them", "him", "her", "seller", "shop", "store", "they"]
    private static let contentOpeners: Set<String> = ["to", "if", "whether", "that", "when", "why", "how", "not", "please", "pls"]

    /// The index where a dictated request to the seller starts ("tell them to …", "ask the seller if …"), if the line has one.
    func dictatedContentStart(_ words: Words) -> Int? {
        let tokens = words.tokens
        for (index, token) in tokens.enumerated() where Self.dictatingVerbs.contains(token) {
            guard index + 2 < tokens.count else { return nil }
            let addressed = Self.addressees.contains(tokens[index + 1])
                || tokens[index + 1] == "the" && Self.addressees.contains(tokens[index + 2])
            guard addressed else { continue }
            let from = index + (tokens[index + 1] == "the" ? 3 : 2)
            if let opener = (from..<min(tokens.count, from + 5)).first(where: { Self.contentOpeners.contains(tokens[$0]) }) { return opener }
        }
        return nil
    }

    /// The mentions left when what is dictated to the seller names items of its own after an order named by its item or
    /// number: those later mentions go (a seller's name alone before it leaves them, since they may say which of its orders).
    func withoutDictatedItems(_ spans: [(start: Int, ids: [OrderID])], sellerStarts: Set<Int>, _ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard spans.count > 1, let content = dictatedContentStart(words),
              spans.contains(where: { $0.start < content && !sellerStarts.contains($0.start) }),
              spans.contains(where: { $0.start > content }) else { return spans }
        return spans.filter { $0.start < content }
    }
}
