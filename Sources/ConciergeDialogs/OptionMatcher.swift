import Foundation
import ConciergeDomain

/// Matches an answer to a list of options by meaning: the words of each option's label and the words
/// buyers use for it ("it's not what the listing showed" is *not as described*). Used when the
/// understanding found no reason or outcome in the line.
enum OptionMatcher {
    /// Words and phrases that point to each cancellation reason, besides its label.
    static let cancellationWords: [(CancellationReason, [String])] = [
        (.paymentProblem, ["by mistake", "mistake", "accident", "accidentally", "accidently", "paid twice", "charged twice",
                           "payment failed", "card declined", "didnt mean", "did not mean", "wrong card", "clicked", "misclick"]),
        (.changeShippingAddress, ["address", "moved", "moving", "i move", "new flat", "new apartment", "new house", "other flat", "relocate", "deliver to", "ship to", "send to", "new place", "wrong street", "postcode", "zip"]),
        (.differentCoupon, ["coupon", "voucher", "promo", "code", "discount code"]),
        (.changeDeliveryMethod, ["delivery method", "shipping method", "express", "faster", "courier", "pickup", "pick up",
                                 "slow shipping", "shipping option", "delivery option", "standard shipping",
                                 // Collecting the parcel rather than having it brought, or the other way round.
                                 "pick it up", "collect it", "collection point", "pickup point", "post office", "parcel locker",
                                 "locker", "packstation", "click and collect", "home delivery", "postman", "delivered to the door"]),
        (.changeOrder, ["size", "colour", "color", "model", "variant", "quantity", "another one", "different one", "wrong one",
                        "order again", "right one", "the right", "bigger", "smaller", "longer", "shorter", "version", "one instead",
                        "change the order", "change my order", "modify", "instead", "exchange", "add more", "more items"]),
        (.noLongerNeeded, ["need", "needed", "anymore", "any more", "no longer", "changed my mind", "change my mind", "cheaper",
                           "elsewhere", "better price", "better deal", "dont want", "do not want", "not want", "already have", "already has",
                           "already bought", "got one", "have the same", "as a gift", "got it as", "no use", "not necessary", "too expensive", "too long", "takes too long",
                           "waited too long", "late", "dont like",
                           // Someone else already provided one: "my sister already gave me the exact same one, I'd have two".
                           "already got", "already gave", "already given", "gave me one", "got me one", "bought me one",
                           "gave me the same", "got me the same", "bought me the same", "exact same", "have two", "lent me", "borrow"]),
    ]

    static let disputeWords: [(DisputeReason, [String])] = [
        (.sellerRefusedCancellation, ["refused to cancel", "declined", "refused", "wouldnt cancel", "would not cancel",
                                      "shipped anyway", "sent anyway", "shipped it anyway", "sent it anyway", "rejected my cancel",
                                      "not agree to cancel", "not accept my cancel", "not accept the cancel", "after i cancelled", "after cancelling", "didnt agree"]),
        (.missingParts, ["missing", "incomplete", "parts", "part", "pieces", "only one", "only got", "only had", "not all", "half of",
                         "not in the box", "not included", "was not in", "wasnt in"]),
        (.wrongItem, ["wrong item", "wrong one", "wrong size", "wrong colour", "wrong color", "wrong model", "different item",
                      "not what i ordered", "sent me a", "instead of", "someone elses", "and got a", "but got a", "and received a",
                      "but received a", "got a different", "instead i got", "a different", "what came", "what arrived", "came instead",
                      "arrived instead", "received instead"]),
        // Not "photo" or "picture" alone: buyers name their photos as evidence ("no photos", "photo is box.jpg").
        (.notAsDescribed, ["listing", "as described", "not described", "advertised", "in the picture", "on the picture", "in the photo",
                           "on the photo", "the pictures", "the photos", "like the photo", "like the picture", "like the pictures",
                           "from the photo", "from the picture", "than the photo", "than the picture",
                           "fake", "looks different", "not like", "not what", "quality", "misleading", "not the same"]),
        (.damaged, ["in pieces", "broken", "broke", "damaged", "cracked", "defective", "faulty", "doesnt work", "does not work",
                    "not working", "stopped working", "dead", "smashed", "leaking", "torn", "scratched", "dented",
                    "turns off", "shuts off", "shuts down", "switches off", "wont turn on", "doesnt turn on", "dont turn on", "not turn on",
                    "doesnt charge", "not charging", "wont charge", "no sound", "black screen", "screen is black", "bent", "chipped",
                    // "loose", "chip", "hole" only in a phrase about a fault: alone they are words of item names ("loose leaf tea").
                    "a chip in", "a chip on", "has a chip", "a hole in", "has a hole", "holes in", "came loose", "is loose", "are loose",
                    "scratch", "scratches", "stain", "stained", "burnt", "melted", "ripped", "crack", "peeling off", "came off",
                    "fell apart", "falls apart", "too loud", "very loud", "a split", "split in", "has split", "leaks", "sprays water"]),
        (.notReceived, ["weeks no", "days no", "still nothing", "and nothing", "nothing yet", "still not here", "not come", "didnt come", "hasnt come", "nothing came", "not here yet", "no tracking", "tracking not", "not moving", "stuck", "no update", "no updates", "nothing arrived", "not arrive",
                        "never arrived", "not arrived", "didnt arrive", "did not arrive", "never came", "not received",
                        "didnt receive", "never got", "didnt get", "lost", "not delivered", "still waiting", "hasnt arrived", "never showed"]),
    ]

    static let outcomeWords: [(DisputeOutcome, [String])] = [
        (.returnAndRefund, ["return", "send it back", "send back", "ship it back", "give it back", "return it"]),
        (.partialRefund, ["partial", "part of", "some money", "some of", "half", "discount", "keep it", "compensation", "a bit"]),
        (.fullRefund, ["full", "all my money", "all the money", "everything", "whole amount", "whole price", "whole sum", "whole refund",
                      "refund the whole", "entire amount", "entire price", "all of it", "full refund", "money back", "my money", "all money",
                      "every cent", "every penny", "every dollar", "every euro", "all back", "in full"]),
    ]

    /// The option whose words the answer uses most, if they weigh at least `minimum` words. Words are compared by
    /// their stems, so the buyer's tense or number does not matter ("they send me a …" is "sent me a", "refuse" is "refused").
    /// Ties go to the option listed first.
    static func best<Option>(_ text: String, in table: StemmedTable<Option>, minimum: Int = 1) -> Option? {
        // The line's stems as the table numbers them (-1: a stem no phrase has); only phrases starting at a stem of
        // the line are compared, each once, as numbers.
        // A stem starts as its word does (suffix rules keep the first letter), so a word whose first byte starts no
        // stem of the table (nor an irregular form) is not stemmed at all.
        let ids = longForms(Words(text).tokens).map { token in
            guard let first = token.utf8.first, table.firstBytes[Int(first)] else { return -1 }
            return table.stemIDs[Stem.of(token)] ?? -1
        }
        var scores = [Int](repeating: 0, count: table.options.count)
        var counted = [Bool](repeating: false, count: table.phrases.count)
        for start in ids.indices where ids[start] >= 0 {
            for index in table.phrasesStarting[ids[start]] where !counted[index] {
                let phrase = table.phrases[index]
                guard start + phrase.stems.count <= ids.count else { continue }
                var same = true
                for offset in 1..<phrase.stems.count where ids[start + offset] != phrase.stems[offset] {
                    same = false
                    break
                }
                if same {
                    counted[index] = true
                    scores[phrase.option] += phrase.stems.count
                }
            }
        }
        var best: Int?
        for option in scores.indices where scores[option] >= minimum && scores[option] > (best.map { scores[$0] } ?? 0) { best = option }
        return best.map { table.options[$0] }
    }

    /// A table's phrases cut into word stems, once, the stems numbered; phrases that meet at one stem ("need",
    /// "needed") count once per option.
    struct StemmedTable<Option> {
        /// The options, in the table's order.
        let options: [Option]
        /// Every phrase of every option: the option's index and the phrase's stem numbers.
        let phrases: [(option: Int, stems: [Int])]
        /// Each stem's number.
        let stemIDs: [String: Int]
        /// For each stem number, the phrases (indexes into `phrases`) that start with it.
        let phrasesStarting: [[Int]]
        /// Which first bytes a word may have to be one of the stems: their first bytes, and those of irregular forms.
        let firstBytes: [Bool]
    }

    /// Cuts a table's phrases into numbered stems.
    static func stemmed<Option>(_ table: [(Option, [String])]) -> StemmedTable<Option> {
        var stemIDs: [String: Int] = [:]
        var phrases: [(option: Int, stems: [Int])] = []
        for (option, (_, words)) in table.enumerated() {
            var seen = Set<[String]>()
            for phrase in words {
                let stems = longForms(phrase.split(separator: " ").map(String.init)).map { Stem.of($0) }
                guard !stems.isEmpty, seen.insert(stems).inserted else { continue }
                phrases.append((option, stems.map { stem in
                    if let id = stemIDs[stem] { return id }
                    stemIDs[stem] = stemIDs.count
                    return stemIDs.count - 1
                }))
            }
        }
        var starting = [[Int]](repeating: [], count: stemIDs.count)
        for (index, phrase) in phrases.enumerated() { starting[phrase.stems[0]].append(index) }
        var firstBytes = [Bool](repeating: false, count: 256)
        for word in Array(stemIDs.keys) + Stem.irregularForms {
            if let first = word.utf8.first { firstBytes[Int(first)] = true }
        }
        return StemmedTable(options: table.map(\.0), phrases: phrases, stemIDs: stemIDs, phrasesStarting: starting, firstBytes: firstBytes)
    }

    /// A negation written short or long is one to the matcher: "arent in the box" is "are not in the box", "doesnt work"
    /// is "does not work", on the line's side and on the phrases' side alike.
    static func longForms(_ tokens: [String]) -> [String] {
        // Every short negation ends in "nt": other words are not looked up.
        guard tokens.contains(where: { $0.utf8.last == UInt8(ascii: "t") && contractions[$0] != nil }) else { return tokens }
        return tokens.flatMap { contractions[$0] ?? [$0] }
    }

    private static let contractions: [String: [String]] = [
        "arent": ["are", "not"], "isnt": ["is", "not"], "wasnt": ["was", "not"], "werent": ["were", "not"],
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"], "hasnt": ["has", "not"],
        "havent": ["have", "not"], "hadnt": ["had", "not"], "wont": ["will", "not"], "cant": ["can", "not"],
        "couldnt": ["could", "not"], "wouldnt": ["would", "not"], "shouldnt": ["should", "not"], "aint": ["is", "not"],
    ]

    private static let stemmedCancellation = stemmed(cancellationWords)
    private static let stemmedDispute = stemmed(disputeWords)
    private static let stemmedOutcome = stemmed(outcomeWords)
    static let stemmedNotReceived = stemmed(disputeWords.filter { $0.0 == .notReceived })

    /// A reason said in passing in a request ("cancel the led strip, i want the 10 meter one, i will order again
    /// the right one"): only when at least two of its words are there, so a stray word does not answer for the buyer,
    /// and not from "don't want", which in a request says what the buyer refuses ("I don't want to message the seller").
    static func reasonInPassing(_ text: String) -> CancellationReason? {
        best(text, in: passingWords, minimum: 2)
    }

    private static let passingWords = stemmed(cancellationWords.map { reason, phrases in (reason, phrases.filter { !$0.contains("want") }) })

    /// "other reason, my brother gave me the same speaker", "none of these, its other: the seller asked for extra money":
    /// the reason is Other, with the buyer's own words (nil words when only "other" was said).
    static func otherReason(_ text: String) -> OtherReason? {
        let words = Words(text).tokens
        var start = 0
        while start < words.count, ["ok", "okay", "well", "hmm", "no", "so", "the", "my", "reason", "is", "its", "it", "s"].contains(words[start]) { start += 1 }
        let rest = words[start...].joined(separator: " ")
        let labels = ["other reason", "other", "none of these", "none of this", "none of them", "none of the", "something else",
                      "another reason", "different reason", "a different reason", "an other reason"]
        let labelled = Words.range(of: "other:", caseInsensitiveIn: text) != nil || Words.range(of: "other reason:", caseInsensitiveIn: text) != nil
        guard labelled || labels.contains(where: { rest == $0 || rest.hasPrefix($0 + " ") }) else { return nil }
        // The buyer's words: after the last colon, else after the label.
        var note: String
        if let colon = text.lastIndex(of: ":") {
            note = String(text[text.index(after: colon)...])
        } else {
            var trimmed = text[...]
            for label in ["other reason", "other", "none of these", "none of this", "something else", "another reason", "different reason"] {
                if let range = text.range(of: label, options: .caseInsensitive) { trimmed = text[range.upperBound...]; break }
            }
            note = String(trimmed)
        }
        note = note.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:-!\"").union(.whitespaces))
        return OtherReason(note: Words(note).count >= 2 ? note : nil)
    }

    /// A reason given as Other, and the buyer's words for it when they gave some.
    struct OtherReason { var note: String? }

    static func cancellationReason(_ text: String) -> CancellationReason? {
        if Words(text).tokens == ["other"] || Words(text).tokens == ["other", "reason"] { return .other }
        return best(text, in: stemmedCancellation)
    }

    static func disputeReason(_ text: String) -> DisputeReason? {
        inCountedPieces(Words(text).tokens) ? .damaged : best(text, in: stemmedDispute)
    }

    /// "in pieces" with a count between: "in 2 pieces", "in four pieces", "in a few bits", "in so many pieces". Broken,
    /// whatever the count: a number of pieces is no part missing.
    static func inCountedPieces(_ tokens: [String]) -> Bool {
        tokens.indices.contains { index in
            guard tokens[index] == "in" else { return false }
            let between = tokens[(index + 1)...].prefix { $0 != "pieces" && $0 != "bits" }
            let end = index + 1 + between.count
            return end < tokens.count && (1...2).contains(between.count)
                && between.allSatisfy { Int($0) != nil || countWords.contains($0) } && between.contains { $0 != "a" && $0 != "so" }
        }
    }

    /// Words that count: number words and words of many.
    private static let countWords: Set<String> = [
        "a", "so", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "fifty", "hundred", "thousand", "million", "dozen", "many", "several", "few", "multiple", "lots", "countless",
    ]

    static func outcome(_ text: String) -> DisputeOutcome? { best(text, in: stemmedOutcome) }
}

extension OptionMatcher.StemmedTable: Sendable where Option: Sendable {}

/// A rough word stem for comparing a buyer's words with an option's: "refused", "refuses" and "refuse" are one word
/// to the matcher, as are "sent" and "send". Both sides go through it, so it only has to be consistent, not correct.
enum Stem {
    /// Irregular forms buyers use for the verbs of the option tables.
    private static let irregular: [String: String] = [
        "sent": "send", "got": "get", "gotten": "get", "came": "come", "broke": "break", "broken": "break", "bought": "buy",
        "paid": "pay", "gave": "give", "given": "give", "took": "take", "taken": "take", "did": "do", "does": "do", "done": "do",
        "went": "go", "gone": "go", "saw": "see", "seen": "see", "told": "tell", "said": "say", "wrote": "write", "written": "write",
        "tore": "tear", "torn": "tear", "lost": "lose", "fell": "fall", "left": "leave", "made": "make", "stuck": "stick",
    ]

    /// The irregular forms, which may start otherwise than their stems.
    static var irregularForms: [String] { Array(irregular.keys) }

    /// Words whose stem is another word buyers use: "chipped" (not "chip clips"), "listing" (not "my list"). Compared as written.
    private static let asWritten: Set<String> = ["chipped", "listing", "listed"]

    /// The stem of `word`, kept per word: the same words come back in line after line and table after table.
    static func of(_ word: String) -> String { known.value(for: word, afresh) }

    private static let known = TextMemo<String>(capacity: 4096)

    private static func afresh(_ word: String) -> String {
        if asWritten.contains(word) { return word }
        var word = irregular[word] ?? word
        let count = word.count
        if count > 4, word.hasSuffix("ies") { word = String(word.dropLast(3)) + "y" }
        else if count > 5, word.hasSuffix("ing") { word = String(word.dropLast(3)) }
        else if count > 4, word.hasSuffix("ed"), !word.hasSuffix("eed") { word = String(word.dropLast(2)) }
        else if count > 4, ["ses", "xes", "ches", "shes", "zes"].contains(where: word.hasSuffix) { word = String(word.dropLast(2)) }
        else if count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") { word = String(word.dropLast()) }
        // "shipped" → "shipp" → "ship"; "refuse" and "refus(ed)" meet at "refus".
        if word.count > 3, let last = word.last, word.dropLast().last == last, !"sl".contains(last) { word.removeLast() }
        if word.count > 3, word.hasSuffix("e"), !word.hasSuffix("ee") { word.removeLast() }
        return word
    }
}
