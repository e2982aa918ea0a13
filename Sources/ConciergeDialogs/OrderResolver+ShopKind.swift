import Foundation
import ConciergeDomain

/// A seller named by what it sells: "the book shop" for "Evergreen Books".
extension OrderResolver {
    /// "the book shop" for "Evergreen Books", "the clock seller" for "Timeless Clocks": a word of the seller's name before
    /// "shop", "store" or "seller" names the seller by what it sells (and is then no item word), unless it is also the
    /// word of an item bought there.
    func shopKindMentions(_ words: Words) -> [(index: Int, seller: SellerID)] {
        guard words.containsAny(["shop", "store", "seller", "shops", "stores", "sellers"]) else { return [] }
        var found: [(index: Int, seller: SellerID)] = []
        for index in words.tokens.indices.dropLast() where ["shop", "store", "seller", "shops", "stores", "sellers"].contains(words.tokens[index + 1]) {
            let word = words.tokens[index]
            guard word.count >= 3, !Self.generic.contains(word) else { continue }
            let matching = sellers.values.filter { seller in Self.sellerName(seller.name).distinctive.contains { Self.sameWord($0, word) } }
            // Where the word is also an item of that seller's own ("the book shop" of a buyer whose book came from it), the two
            // readings agree on the order: the item's word is kept, which names it alone.
            // But "message the tackle shop about my fishing line" (Reel Deal Tackle, where a tackle box and the line were
            // bought) names another item of that seller beside it: the shop is who to write to, the line the order.
            guard matching.count == 1 else { continue }
            let ownItem: (Order) -> Bool = { order in
                order.sellerID == matching[0].id && (self.titleWords[order.id] ?? []).contains { Self.sameWord($0, word) }
            }
            // So does "the parcel from the book shop": where it came from is the shop, whichever of its orders that was.
            let tokens = words.tokens
            let fromTheShop = index >= 1 && tokens[index - 1] == "from"
                || index >= 2 && tokens[index - 2] == "from" && ["the", "that", "this"].contains(tokens[index - 1])
            if orders.contains(where: ownItem), !fromTheShop, !namesAnotherItem(of: matching[0].id, besides: word, words, at: index) { continue }
            found.append((index, matching[0].id))
        }
        return found
    }

    /// Whether the line, away from the shop's word at `index`, names an item of that seller whose title lacks the word.
    private func namesAnotherItem(of seller: SellerID, besides word: String, _ words: Words, at index: Int) -> Bool {
        let others = orders.filter { order in
            order.sellerID == seller && !(titleWords[order.id] ?? []).contains { Self.sameWord($0, word) }
        }
        guard !others.isEmpty else { return false }
        return words.tokens.indices.contains { other in
            other != index && other != index + 1 && words.tokens[other].count >= 3 && !Self.generic.contains(words.tokens[other])
                && others.contains { (titleWords[$0.id] ?? []).contains(words.tokens[other]) }
        }
    }
}
