import Foundation
import ConciergeDomain

/// Orders named by the kind of thing rather than by a word of their title: "the shoes" for "Running sneakers", "the bag"
/// for "Kids school backpack", "the pan" for "Cast iron skillet", "the headphones" for "Wireless earbuds". A kind word
/// names the orders whose title has one of its members, and only when no title has the word itself (then the title
/// word is the better match).
extension OrderResolver {
    /// Kind words (singular and plural) and the title words that are things of that kind.
    static let kinds: [String: Set<String>] = {
        let table: [([String], [String])] = [
            (["shoe", "shoes", "footwear"], ["sneaker", "sneakers", "trainer", "trainers", "boot", "boots", "sandal", "sandals", "slipper",
                                             "slippers", "loafer", "loafers", "heels", "pumps", "clogs", "flipflops", "espadrilles"]),
            (["bag", "bags"], ["backpack", "backpacks", "rucksack", "handbag", "tote", "purse", "satchel", "duffel", "duffle", "suitcase",
                               "luggage", "pouch", "briefcase"]),
            (["jacket", "jackets", "coat", "coats"], ["parka", "raincoat", "anorak", "blazer", "windbreaker", "jacket", "coat", "puffer"]),
            (["shirt", "shirts"], ["tshirt", "tee", "blouse", "shirt", "hoodie", "sweater", "jumper", "sweatshirt", "polo"]),
            (["trousers", "pants"], ["jeans", "leggings", "chinos", "joggers", "trousers", "pants"]),
            (["headphones", "earphones"], ["earbuds", "earphones", "headset", "headphones"]),
            (["pan", "pans", "pot", "pots"], ["skillet", "saucepan", "wok", "casserole", "pan", "pot"]),
            (["book", "books"], ["cookbook", "novel", "paperback", "hardcover", "guide", "atlas", "book"]),
            (["heater", "heaters"], ["radiator", "heater"]),
            (["jewelry", "jewellery"], ["necklace", "earrings", "bracelet", "ring", "pendant", "brooch"]),
            (["glasses"], ["sunglasses", "spectacles", "glasses"]),
            (["toy", "toys"], ["doll", "puzzle", "lego", "blocks", "plush", "teddy"]),
        ]
        var kinds: [String: Set<String>] = [:]
        for (words, members) in table { for word in words { kinds[word, default: []].formUnion(members) } }
        return kinds
    }()

    /// The orders a kind word names, each with one point (as a typo or plural does); empty for a word that is no kind.
    func kindHits(of word: String) -> [OrderID: Int] {
        guard let members = Self.kinds[word] else { return [:] }
        var hits: [OrderID: Int] = [:]
        for (id, title) in titleWords where title.contains(where: members.contains) { hits[id] = 1 }
        return hits
    }
}
