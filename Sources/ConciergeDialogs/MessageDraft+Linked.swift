import Foundation
import ConciergeDomain

/// A message request whose content follows a linking verb after whoever is addressed, however that is said:
/// "send a message to the people making my quilt asking whether they could gift-wrap it", "msg the seller and ask
/// roughly when the bag will get here", "send the seller a message telling them the bell came scratched".
extension MessageDraft {
    /// A message verb, up to a few words naming whom or what about, then "asking / and ask / to ask" (an adverb may sit
    /// before the question word) and what is asked.
    private static let askedAfterAddressee = try? NSRegularExpression(
        pattern: #"\b(?:message|msg|dm|note|write|email|text|contact|drop\s+them\s+a\s+line)\b[^.!?:]{0,70}?\b(?:asking|and\s+ask|to\s+ask|and\s+see|to\s+see)\s+(?:them\s+|him\s+|her\s+|the\s+seller\s+)?(?:(?:kindly|politely|nicely|roughly|please|just|also|maybe|possibly|exactly)\s+)?(if|whether|when|where|why|how|what|which|to)\s+(.{3,})$"#,
        options: [.caseInsensitive])
    /// A message verb, then "telling them (that) …", "to say (that) …", "letting them know (that) …".
    private static let toldAfterAddressee = try? NSRegularExpression(
        pattern: #"\b(?:message|msg|dm|note|write|email|text|contact)\b[^.!?:]{0,70}?\b(?:telling|and\s+tell|to\s+tell|saying|to\s+say|and\s+say|letting|to\s+let|and\s+let)\s+(?:them\s+|him\s+|her\s+|the\s+seller\s+)?(?:know\s+)?(?:that\s+)?(.{3,})$"#,
        options: [.caseInsensitive])

    /// The draft of such a request, or nil when the line has no such link or says nothing after it.
    static func linkedDraft(_ text: String, order: String, naming: Set<String>) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        if let match = askedAfterAddressee?.firstMatch(in: text, range: range),
           let opener = Range(match.range(at: 1), in: text), let body = Range(match.range(at: 2), in: text) {
            let asked = text[opener].lowercased()
            guard let content = linkedContent(String(text[body]), naming: naming) else { return nil }
            if asked == "to" { return "Hello, could you please \(content) for \(order)? Thank you." }
            if asked == "if" || asked == "whether" {
                return "Hello, could you tell me if \(secondPerson(content))? It's about \(order). Thank you."
            }
            return "Hello, could you tell me \(asked) \(content)? It's about \(order). Thank you."
        }
        if let match = toldAfterAddressee?.firstMatch(in: text, range: range), let body = Range(match.range(at: 1), in: text),
           let content = linkedContent(String(text[body]), naming: naming) {
            return "Hello, regarding \(order): \(content.prefix(1).uppercased() + content.dropFirst()). Thank you."
        }
        return nil
    }

    /// What follows the link, without closing courtesy, when it says more than the order's own name (two words or more).
    private static func linkedContent(_ raw: String, naming: Set<String>) -> String? {
        var content = raw.trimmingCharacters(in: CharacterSet(charactersIn: " .!?\"“”"))
        var trimmed = true
        while trimmed {
            trimmed = false
            for suffix in [" please", " pls", " plz", " for me", " thanks", " thank you", ",", "?", "!", "."]
            where content.lowercased().hasSuffix(suffix) {
                content = String(content.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
                trimmed = true
            }
        }
        let words = content.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.count >= 2 else { return nil }
        let fillers: Set<String> = ["the", "my", "a", "an", "order", "item", "it", "this", "that", "one", "about"]
        if words.allSatisfy({ fillers.contains($0) || naming.contains($0) || $0.allSatisfy(\.isNumber) }) { return nil }
        return content
    }
}
