import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// How a line opens before what the buyer says: a way out ("forget it, …"), a thank-you or a greeting.
extension CommandGenerator {
    /// The rest of a line that starts by dropping the request ("forget it, just cancel the other one"), or nil.
    public static func afterStopLead(_ text: String) -> String? {
        let words = Words(text).tokens
        var start = 0
        while start < words.count, ["ok", "okay", "oh", "hmm", "hm", "um", "uh", "no", "nah", "actually", "wait", "please", "just", "ah", "sorry"].contains(words[start]) {
            start += 1
        }
        let rest = words[start...]
        for parts in stopLeadWords {
            guard rest.count >= parts.count, rest.prefix(parts.count).elementsEqual(parts) else { continue }
            // Find where the lead ends in the original text and return what follows.
            let lastWord = parts[parts.count - 1]
            guard let range = text.lowercased().range(of: lastWord) else { return "" }
            return text[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:!-…"))
        }
        return nil
    }

    /// What follows a thank-you or a greeting that opens a line ("thanks. speaker is still coming right?", "ok thanks and
    /// order 552…?", "hello, good afternoon. my watch strap …"), or nil when the line is only that or has no such opening.
    public static func afterAcknowledgement(_ text: String) -> String? {
        let words = Words(text)
        var start = 0
        while start < words.count, greetingLength(words, from: start) == 0,
              ["ok", "okay", "great", "perfect", "cool", "nice", "good", "super"].contains(words.tokens[start]) { start += 1 }
        guard start < words.count else { return nil }
        let greeted = greetingLength(words, from: start)
        if greeted > 0 {
            // "Good afternoon, hi. The clock I ordered …": the greeting is said; what follows is understood on its own. Only
            // when a clause mark closes the greeting and a request of some length follows ("hi there" stays small talk).
            start += greeted
            while start < words.count, greetingLength(words, from: start) > 0, words.breakBefore[start] { start += greetingLength(words, from: start) }
            guard start + 2 < words.count, words.breakBefore[start] else { return nil }
            // Only a request about orders is read without the greeting: "hi, how are you?" is the greeting's small talk.
            let rest = words.tokens[start...]
            guard rest.contains(where: { Self.orderTalk.contains($0) || ($0.count >= 6 && $0.allSatisfy(\.isNumber)) })
                    || startsMessage(rest.joined(separator: " "), sellers: [:]) || verbLedGoal(rest.joined(separator: " ")) != nil else { return nil }
        } else {
            switch words.tokens[start] {
            case "thanks", "thx", "ty", "thanx", "cheers": start += 1
            case "thank" where start + 1 < words.count && words.tokens[start + 1] == "you": start += 2
            default: return nil
            }
            while start < words.count, ["a", "lot", "so", "much", "very"].contains(words.tokens[start]), !words.breakBefore[start] { start += 1 }
            guard start + 1 < words.count, words.breakBefore[start] || words.tokens[start] == "and" else { return nil }
        }
        // Where the opening words end in the text: after the same number of words.
        var seen = 0, index = text.startIndex, inWord = false
        for position in text.indices {
            let isWordCharacter = position < text.endIndex && (text[position].isLetter || text[position].isNumber || text[position] == "'")
            if isWordCharacter, !inWord { if seen == start { index = position; break }; seen += 1 }
            inWord = isWordCharacter
        }
        let rest = String(text[index...])
        return rest.contains(where: \.isLetter) || rest.contains(where: \.isNumber) ? rest : nil
    }

    /// Words that make a line about orders: what a buyer asks after a greeting ("hello, my parcel never arrived").
    static let orderTalk: Set<String> = ["order", "orders", "ordered", "cancel", "cancelled", "canceled", "refund", "refunded", "dispute",
                                         "seller", "parcel", "package", "delivery", "deliver", "delivered", "ship", "shipped", "shipping",
                                         "tracking", "track", "payment", "paid", "pay", "charge", "charged", "return", "returned", "arrived",
                                         "arrive", "came", "come", "received", "receive", "bought", "buy", "purchase", "purchased", "delete",
                                         "deleted", "restore", "message", "address", "item", "items", "broken", "damaged", "missing",
                                         "money", "receipt", "status", "late", "never", "still"]

    /// How many words at `start` greet ("hello", "good morning", "hi there"); 0 when they do not.
    static func greetingLength(_ words: Words, from start: Int) -> Int {
        guard start < words.count else { return 0 }
        let next = start + 1 < words.count && !words.breakBefore[start + 1] ? words.tokens[start + 1] : nil
        switch words.tokens[start] {
        case "hello", "hi", "hey", "hiya", "greetings", "howdy", "yo":
            return next.map(["there", "again", "all", "team", "support"].contains) == true ? 2 : 1
        case "good" where next.map(["morning", "afternoon", "evening", "day"].contains) == true:
            return 2
        default:
            return 0
        }
    }

    static func stopLeadWords(_ text: String) -> String { String(text.prefix(30)) }

    /// The stop leads cut into words once.
    private static let stopLeadWords = stopLeads.map { $0.split(separator: " ").map(String.init) }

    static let stopLeads = ["forget it", "forget that", "forget this", "forget about it", "forget about that", "forget about this",
                            "never mind", "nevermind", "nvm",
                            "leave it", "scrap that", "drop it", "dont bother", "stop", "no thanks", "cancel that request",
                            "i changed my mind", "changed my mind"]
}
