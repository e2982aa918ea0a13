import Foundation
import ConciergeDomain

/// What an item's title says beyond its words: the noun it ends with ("mouse" in "Gaming mouse", past measures such as
/// "10 inch") and the size it is sold in ("Running shoes size 44").
extension OrderResolver {
    /// Whether one of the order's item titles ends with this word (its noun: "mouse" in "Gaming mouse").
    func endsATitle(_ word: String, of id: OrderID) -> Bool {
        guard let order = orders.first(where: { $0.id == id }) else { return false }
        return order.items.contains { item in Self.titleNoun(Words(item.title).tokens).map { Self.sameWord($0, word) } ?? false }
    }

    /// A title's last word that names the thing, past what only measures it: "frame" in "Digital photo frame 10 inch",
    /// "set" in "Coffee mugs set of 6", "shoes" in "Running shoes size 44".
    static func titleNoun(_ tokens: [String]) -> String? {
        var end = tokens.count
        while end > 0 {
            let token = tokens[end - 1]
            let measure = token.first?.isNumber == true || titleMeasures.contains(token)
                || end < tokens.count && (sizeWords.contains(token) || ["of", "x"].contains(token))
            guard measure else { break }
            end -= 1
        }
        // "Ceramic fan heater compact", "Bluetooth speaker mini", "Knit throw blanket grey": listings often put what kind
        // after the noun; past such words (while a word that is none stays before them) the noun is the thing.
        while end > 1, Self.trailingQualifiers.contains(tokens[end - 1]) || ordinaryModifiers.contains(tokens[end - 1]),
              tokens[..<(end - 1)].contains(where: { !Self.trailingQualifiers.contains($0) && !ordinaryModifiers.contains($0) }) {
            end -= 1
        }
        return end > 0 ? tokens[end - 1] : nil
    }

    /// Words a listing puts after its noun to say which kind: colours, sizes and versions, materials, finishes (beside
    /// `ordinaryModifiers`, which the same walk reads).
    static let trailingQualifiers: Set<String> = [
        "black", "white", "grey", "gray", "blue", "red", "green", "yellow", "pink", "purple", "brown", "beige", "navy", "silver",
        "gold", "orange", "cream", "ivory", "teal", "turquoise", "charcoal", "natural", "transparent", "multicolor", "multicolour",
        "mini", "compact", "medium", "queen", "king", "twin", "pro", "plus", "max", "lite", "portable", "waterproof", "wireless",
        "foldable", "folding", "rechargeable", "adjustable", "hanging", "standing", "electric", "manual", "silent",
        "oak", "pine", "walnut", "bamboo", "steel", "wood", "wooden", "cotton", "wool", "leather", "ceramic", "brass",
        "silicone", "plastic", "metal", "linen", "velvet", "glass", "copper", "marble", "stainless", "matte", "glossy",
        "edition", "version", "model", "style", "original", "classic", "deluxe", "premium", "basic", "kids", "adult",
    ]

    private static let titleMeasures: Set<String> = ["inch", "inches", "in", "cm", "mm", "m", "ml", "l", "litre", "liter", "litres", "liters",
                                                    "g", "kg", "oz", "lb", "lbs", "w", "v", "mah", "gb", "tb", "pcs", "pc", "pack", "pieces",
                                                    "xs", "s", "xl", "xxl", "eu", "uk", "us"]

    /// The words a size follows, in a title and in a line: "size 44", "EU 38".
    static let sizeWords: Set<String> = ["size", "sz", "eu", "uk", "us"]

    /// "the size 44 order", "not the 42s": a size said as in the title ("Running shoes size 44"). Titles' numbers name no
    /// item on their own (they are prices, counts, dates); beside "size", or as "44s", they name the orders whose title
    /// has that size.
    func sizeSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        let tokens = words.tokens
        guard tokens.contains(where: { $0.first?.isNumber == true }) else { return [] }
        var spans: [(start: Int, ids: [OrderID])] = []
        for (index, token) in tokens.enumerated() {
            let size: String
            let start: Int
            if Int(token) != nil, index > 0, Self.sizeWords.contains(tokens[index - 1]), !words.breakBefore[index] {
                (size, start) = (token, index - 1)
            } else if token.count >= 2, token.hasSuffix("s"), Int(token.dropLast()) != nil {
                (size, start) = (String(token.dropLast()), index)
            } else {
                continue
            }
            let ids = orders.filter { order in
                order.items.contains { item in
                    let title = Words(item.title).tokens
                    return title.indices.dropFirst().contains { title[$0] == size && Self.sizeWords.contains(title[$0 - 1]) }
                }
            }.map(\.id)
            if !ids.isEmpty { spans.append((start, ids)) }
        }
        return spans
    }
}
