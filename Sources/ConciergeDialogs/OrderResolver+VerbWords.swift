import Foundation
import ConciergeDomain

/// Title nouns that are also among the commonest verbs of a buyer's line: "can" in "Watering can" ("can you cancel",
/// "if they can", "i can wait"), "will", "may". Such a word names its order only as a noun: after an article or a
/// possessive ("the can", "my cans"), or after another word of that title ("the watering can").
extension OrderResolver {
    private static let verbNouns: Set<String> = ["can", "cans", "will", "may", "must"]
    private static let nounLeads: Set<String> = ["the", "a", "an", "my", "that", "this", "your", "our", "her", "his", "their", "those",
                                                 "these", "one", "two", "both", "old", "new", "small", "big", "large", "little"]

    /// Whether the word at `index` is said as a verb rather than as the title noun of order `id`.
    func isVerbUse(_ words: Words, at index: Int, for id: OrderID) -> Bool {
        let word = words.tokens[index]
        guard Self.verbNouns.contains(word) else { return false }
        guard index > 0, !words.breakBefore[index] else { return true }
        let before = words.tokens[index - 1]
        if Self.nounLeads.contains(before) { return false }
        let title = titleWords[id] ?? []
        return !title.contains { $0 != word && Self.sameWord($0, before) }
    }
}
