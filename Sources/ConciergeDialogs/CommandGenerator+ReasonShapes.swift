import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Where a cancellation's reason is asked, two ways buyers answer without any word of the options' labels:
/// - they name where the parcel should go instead ("it should go to my sister", "send it to my office, not home"):
///   a destination is a change of shipping address;
/// - they say which other version of the item they want ("a different bell", "another one in blue", "a louder one",
///   "the bigger kettle"): the same item otherwise is a change of the order.
extension CommandGenerator {
    func reasonByShape(_ line: UnderstoodClause) -> CancellationReason? {
        let tokens = Words(line.text).tokens
        if Self.namesDestination(tokens) { return .changeShippingAddress }
        let itemWords = Set(context.activeOrder.flatMap { resolver.titleWords[$0] } ?? [])
        if Self.wantsOtherVersion(tokens, itemWords: itemWords) { return .changeOrder }
        return nil
    }

    /// "go to my sister", "arrive at her place", "send it to my office": a verb of sending, "to" or "at", then (after "my", "her", "the" …) a person or a place.
    static func namesDestination(_ tokens: [String]) -> Bool {
        // A story of the item rather than of the parcel ("I was going to give it to my sister", "I saw it at a friend's
        // place"): not sure, so no reading; the buyer's words stay the note of "other".
        if tokens.contains(where: storyWords.contains) { return false }
        return tokens.indices.contains { index in
            // Said of the parcel: a verb of sending or arriving just before ("talked to my sister" names no destination),
            // and no negation before it ("don't send it to my office").
            guard ["to", "at"].contains(tokens[index]),
                  tokens[max(0, index - 3)..<index].contains(where: deliveryVerbs.contains),
                  !tokens[..<index].contains(where: Words.negators.contains) else { return false }
            var next = index + 1
            while next < tokens.count, determiners.contains(tokens[next]) { next += 1 }
            guard next < tokens.count else { return false }
            // "my sisters place", "my mums", "my parents": the owner's form names the place as well.
            let word = tokens[next]
            return destinations.contains(word) || (word.hasSuffix("s") && destinations.contains(String(word.dropLast())))
        }
    }

    /// "a different bell", "another one", "other colour", "a louder one", "the bigger kettle".
    static func wantsOtherVersion(_ tokens: [String], itemWords: Set<String>) -> Bool {
        let names: (String) -> Bool = { word in
            versionNouns.contains(word) || itemWords.contains { OrderResolver.sameWord($0, word) }
        }
        return tokens.indices.contains { index in
            let word = tokens[index]
            let following = tokens[(index + 1)..<min(tokens.count, index + 3)]
            if ["different", "another", "other"].contains(word) { return following.contains(where: names) }
            // A comparative right before "one" or the item's own word: "louder one", "bigger kettle".
            if word.count >= 5, word.hasSuffix("er"), !notComparatives.contains(word), let next = following.first { return names(next) }
            return false
        }
    }

    private static let deliveryVerbs: Set<String> = ["go", "goes", "going", "went", "send", "sent", "sending", "ship", "shipped",
                                                     "shipping", "deliver", "delivered", "delivery", "arrive", "arrives", "come",
                                                     "comes", "bring", "post", "mail", "sent", "redirect", "forward"]
    /// Words of a story about the item, where "to" and "at" name no destination of the parcel.
    private static let storyWords: Set<String> = ["give", "gave", "given", "giving", "show", "showed", "shown", "saw", "seen", "see",
                                                  "was", "were", "had", "told", "tell", "talked", "mentioned", "lent", "borrowed"]
    private static let determiners: Set<String> = ["my", "her", "his", "our", "their", "the", "a", "an", "me", "mine"]
    private static let destinations: Set<String> = [
        "sister", "brother", "mother", "mom", "mum", "mam", "dad", "father", "parent", "parents", "daughter", "son", "friend",
        "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle", "cousin", "neighbour", "neighbor", "girlfriend",
        "boyfriend", "wife", "husband", "partner", "office", "work", "workplace", "school", "university", "dorm", "house", "home",
        "place", "flat", "apartment", "address", "hotel", "cottage", "holiday",
    ]
    private static let versionNouns: Set<String> = ["one", "ones", "model", "colour", "color", "size", "version", "kind", "type",
                                                    "variant", "style", "design", "pattern", "shade", "scent", "flavour", "flavor",
                                                    "pair", "set", "pack", "edition"]
    /// Words ending in "er" that compare nothing.
    private static let notComparatives: Set<String> = ["order", "other", "another", "never", "either", "neither", "rather", "whether",
                                                       "number", "seller", "power", "cover", "after", "under", "over", "paper",
                                                       "sister", "brother", "mother", "father", "daughter", "answer", "december",
                                                       "november", "october", "september", "holder", "charger", "speaker", "remember"]
}
