import Foundation
import ConciergeDomain

/// A title's material or colour said of another thing: in "the glass part is cracked", "the black cable came loose",
/// "the wooden lid" the word describes a part of the item talked about, not the "Glass jar set", the "Black dress" or
/// the "Wooden spoons". Such a word names its order only where it stands alone or before that order's own words
/// ("the glass jars", "the black one", "the glass i ordered").
extension OrderResolver {
    /// Materials and colours: words that come before the item's own noun in titles.
    static let describingWords: Set<String> = [
        "glass", "plastic", "metal", "wood", "wooden", "steel", "leather", "cotton", "ceramic", "rubber", "silver", "gold", "golden",
        "paper", "silk", "wool", "woolen", "woollen", "bamboo", "stainless", "aluminium", "aluminum", "porcelain", "linen", "denim",
        "velvet", "canvas", "clay", "stone", "marble", "copper", "brass", "iron", "nylon", "polyester", "suede", "crystal",
        "cardboard", "foam", "silicone", "cast", "knitted", "fleece",
        "black", "white", "red", "blue", "green", "yellow", "pink", "purple", "orange", "brown", "grey", "gray", "beige", "navy",
        "cream", "ivory", "teal", "turquoise", "olive", "maroon",
    ]

    /// Words after a describing word that still leave it naming the order ("the glass one", "the black i ordered").
    private static let namingFollowers: Set<String> = [
        "one", "ones", "order", "orders", "item", "items", "thing", "things", "purchase", "set", "pack", "i", "id", "ive", "is", "was",
        "are", "were", "that", "which", "from", "with", "and", "or", "to", "it", "please", "pls", "for", "of", "in", "on", "by", "the",
        "a", "my", "not", "no", "but", "also", "too", "please", "still", "already", "has", "have", "had", "arrived", "came", "got",
    ]

    /// Whether the word at `index` describes another thing than the order `id` names: a material or colour that is not
    /// the title's last word, followed in the same phrase by a noun of none of that title's words.
    func describesAnotherThing(_ words: Words, at index: Int, for id: OrderID) -> Bool {
        let word = words.tokens[index]
        guard Self.describingWords.contains(word), index + 1 < words.count, !words.breakBefore[index + 1] else { return false }
        let title = titleWords[id] ?? []
        guard let last = title.last, !Self.sameWord(last, word) else { return false }
        let next = words.tokens[index + 1]
        guard next.count >= 3, Int(next) == nil, !Self.namingFollowers.contains(next), !Self.describingWords.contains(next) else { return false }
        // "the glass jar", "the black evening dress", "the leather bag" (of "Leather handbag"): the title's own words.
        return !title.contains { Self.sameWord($0, next) || $0.hasSuffix(next) || $0.hasPrefix(next) || next.hasPrefix($0) }
    }
}
