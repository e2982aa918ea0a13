import Foundation
import ConciergeDomain
import ConciergeUnderstanding

extension CommandGenerator {
    /// The orders among `named` whose title words found in `text` are all found for another order of `named` as well,
    /// which has more of its title words there, and which the text never names on their own beside it: each of those
    /// words stands inside the longer title's words, or in another sentence that does not name the longer title.
    /// "cancel the bowl and the bowl set" names both (the first "bowl" stands alone in the same sentence): neither is
    /// an echo, and the buyer is asked rather than one order dropped without a word.
    func echoedOrders(_ named: [OrderID], in text: String) -> Set<OrderID> {
        guard named.count > 1 else { return [] }
        let words = Words(text)
        guard !words.containsAny(["both", "each", "all of them", "all three", "all two"]) else { return [] }
        let said = Set(words.tokens).subtracting(["the", "a", "an", "and", "of", "for", "with", "my", "in", "on", "to", "from", "by"])
        // Every word of each title, the generic ones too: "the mug set" names the mug set, not only a mug.
        let found = named.map { id in
            (id, Set(context.orders.first { $0.id == id }?.items.flatMap { Words($0.title).tokens } ?? []).intersection(said))
        }
        // The sentence of each word: a clause mark starts a new one.
        var sentence = [Int](), current = 0
        for index in words.tokens.indices {
            if words.breakBefore[index] { current += 1 }
            sentence.append(current)
        }
        var echoes = Set<OrderID>()
        for (id, shared) in found where !shared.isEmpty {
            for (other, longer) in found where other != id && shared.isStrictSubset(of: longer) {
                // Where the longer title is said: runs of its words holding one it does not share.
                var inside = Set<Int>(), namedIn = Set<Int>()
                var start = 0
                while start < words.count {
                    var end = start
                    while end < words.count, longer.contains(words.tokens[end]), end == start || !words.breakBefore[end] { end += 1 }
                    if end > start, words.tokens[start..<end].contains(where: { !shared.contains($0) }) {
                        inside.formUnion(start..<end)
                        namedIn.insert(sentence[start])
                    }
                    start = max(end, start + 1)
                }
                // A sentence that adds or asks ("and the mug too", "where is the mug") names the order it holds.
                let asking = Set(words.tokens.indices.filter { Self.addsOrAsks.contains(words.tokens[$0]) }.map { sentence[$0] })
                let alone = words.tokens.indices.filter { shared.contains(words.tokens[$0]) && !inside.contains($0) }
                if !namedIn.isEmpty, alone.allSatisfy({ !namedIn.contains(sentence[$0]) && !asking.contains(sentence[$0]) }) { echoes.insert(id) }
            }
        }
        return echoes
    }

    private static let addsOrAsks: Set<String> = ["and", "also", "too", "plus", "cancel", "delete", "refund", "dispute", "message",
                                                  "track", "where", "when", "want", "need", "both"]
}
