import Foundation
import ConciergeDomain

/// An order said to be someone else's in a line that corrects itself: "no sorry, she has the small one, the MINI … the
/// waterproof one is for my dad", "not the grey, the blue one. the grey is for her mom". Buyers who handle orders for
/// others say whose each one is; the one said to be for another person is the one left as it is.
extension OrderResolver {
    private static let beingVerbs: Set<String> = ["is", "are", "was", "were", "its", "ones", "thats", "s"]
    private static let owners: Set<String> = ["my", "her", "his", "their", "our", "your", "the", "me", "him", "them", "us"]

    /// Whether the mention starting at `start` is followed, in its clause, by "is for my dad", "are for her mom", "'s for him".
    func saidToBeForSomeoneElse(_ words: Words, after start: Int) -> Bool {
        let tokens = words.tokens
        var index = start + 1
        while index + 2 < tokens.count, index <= start + 5, !words.breakBefore[index] {
            if Self.beingVerbs.contains(tokens[index]), tokens[index + 1] == "for", !words.breakBefore[index + 1],
               Self.owners.contains(tokens[index + 2]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// Of the orders a correcting line names, those said to be someone else's, when another order is named as well: they
    /// leave the orders meant for the orders not meant.
    func someoneElsesInCorrection(_ mentions: inout Mentions, spans: [(start: Int, ids: [OrderID])], _ words: Words, corrected: Bool) -> [[OrderID]] {
        guard corrected, mentions.positive.count > 1 else { return [] }
        let given = spans.filter { span in mentions.positive.contains(span.ids) && saidToBeForSomeoneElse(words, after: span.start) }.map(\.ids)
        guard !given.isEmpty, given.count < mentions.positive.count else { return [] }
        mentions.positive.removeAll { given.contains($0) }
        return given
    }
}
