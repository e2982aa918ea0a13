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
            guard matching.count == 1, !orders.contains(where: { order in
                order.sellerID == matching[0].id && (titleWords[order.id] ?? []).contains { Self.sameWord($0, word) }
            }) else { continue }
            found.append((index, matching[0].id))
        }
        return found
    }
}
