import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Other orders' items named in the story of what went wrong, rather than as a choice of order.
extension CommandGenerator {
    /// "packed next to the toaster box", "same problem as the kettle", "the colours are all wrong": another order's item
    /// words in a line that tells what went wrong are part of the story, unless the line says that item is the damaged
    /// one — a damage word follows it in its clause ("the kettle arrived dented", "the kettle, it is cracked"), without
    /// "too" or "also" — or says the active item is fine ("the mug is fine, it is the kettle that cracked").
    func namesOtherItemsOnlyInTheStory(_ words: Words, _ found: OrderResolver.Mentions) -> Bool {
        let tokens = words.tokens
        // A mention that may be the active order's own item names no other item.
        let others = found.positive.filter { !$0.contains { $0 == context.activeOrder } }.flatMap { $0 }.filter { !found.negative.contains($0) }
        guard !others.isEmpty else { return true }
        if let active = context.activeOrder, let own = resolver.titleWords[active],
           tokens.indices.contains(where: { own.contains(tokens[$0]) && Words(tokens[($0 + 1)...].prefix(3).joined(separator: " "))
               .containsAny(["is fine", "are fine", "is ok", "is okay", "is perfect", "is good", "was fine", "arrived fine"]) }) {
            return false
        }
        // "it came broken, the glass part is cracked": the line says first that the order in progress ("it") is what went
        // wrong; a word of another order's title that then only names a part of it ("the glass part", "the metal lid")
        // is the story, not that order.
        let saidOfTheActive = tokens.firstIndex { ["it", "its"].contains($0) }
        for order in Set(others) {
            let title = Set(resolver.titleWords[order] ?? [])
            for index in tokens.indices where title.contains(tokens[index]) {
                if let said = saidOfTheActive, said < index, Self.namesAPart(tokens, at: index, title: title) { continue }
                var clause: [String] = []
                var next = index + 1
                while next < tokens.count, clause.count < 6 {
                    // "the kettle, it is cracked": a clause that goes on about it.
                    if words.breakBefore[next], !["it", "its", "they", "theyre"].contains(tokens[next]) { break }
                    clause.append(tokens[next])
                    next += 1
                }
                if clause.contains(where: Self.damageAfterAnItem.contains), !clause.contains(where: { ["too", "also"].contains($0) }),
                   !Words(clause.joined(separator: " ")).containsAny(["as well"]) {
                    return false
                }
            }
        }
        return true
    }

    /// Whether the title word at `index` only describes the next word, a thing of its own: "the glass part is cracked".
    static func namesAPart(_ tokens: [String], at index: Int, title: Set<String>) -> Bool {
        guard index + 2 < tokens.count else { return false }
        let next = tokens[index + 1]
        return !title.contains { OrderResolver.sameWord($0, next) } && !Words.negators.contains(next) && next.count > 2
            && ["is", "was", "are", "were", "has", "had", "came", "come", "arrived", "got", "looks", "seems"].contains(tokens[index + 2])
    }

    /// Words that say an item is damaged, where what went wrong is told.
    static let damageAfterAnItem: Set<String> = damageWords.union(["split", "leaks", "chipped", "bent", "ripped", "stained", "crushed",
                                                                   "snapped", "dead", "bust", "busted"])
}
