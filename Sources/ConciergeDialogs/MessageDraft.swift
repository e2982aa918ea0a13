import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Drafts a message to the seller from what the buyer said ("ask them to extend the handling time").
enum MessageDraft {
    private static let request = try? NSRegularExpression(
        pattern: #"\b(?:ask|tell|request|beg|remind|message|write to|contact|let)\s+(?:the\s+)?(?:seller|store|shop|vendor|merchant|them|him|her)(?:\s+(?:of|for|from)\s+(?:the\s+|my\s+)?(?:[\w#-]+\s+){0,3}?[\w#-]+)?\s+(?:to|that|if|whether|about|for|know)\s+(.+)$"#,
        options: [.caseInsensitive])
    private static let saying = try? NSRegularExpression(
        pattern: #"\b(?:saying|say|tell them|write)\s*[:,]?\s*["“](.+?)["”]"#, options: [.caseInsensitive])

    private static let colon = try? NSRegularExpression(
        pattern: #"\b(?:message|write to|contact|tell|email)\s+(?:the\s+)?(?:seller|store|shop|vendor|merchant)\b[^:]{0,40}:\s*(.{2,})$"#,
        options: [.caseInsensitive])
    private static let bare = try? NSRegularExpression(
        pattern: #"^(?:(?:i\s+)?(?:want|would like|need|wanna)\s+to\s+|can\s+i\s+|please\s+|let\s+me\s+)?(?:message|write\s+to|contact|email|send\s+a\s+message\s+to)\s+(?:the\s+)?(?:seller|store|shop|vendor|merchant)(?:\s+(?:of|for|about)\s+(?:the\s+|my\s+)?(?:order\s+)?#?[\w ]{0,30})?[.!?]*$"#,
        options: [.caseInsensitive])

    /// Whether the line only asks to message the seller, without saying what.
    static func isBareRequest(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return bare?.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    /// A polite message for the order, or nil when the buyer did not say what to write.
    /// `naming` holds the words that only name the order (item words): a request about nothing else is no message.
    static func draft(from text: String, orderID: OrderID, naming: Set<String> = []) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        if let match = colon?.firstMatch(in: text, range: range), let body = Range(match.range(at: 1), in: text) {
            return String(text[body]).trimmingCharacters(in: .whitespaces)
        }
        if let match = saying?.firstMatch(in: text, range: range), let quoted = Range(match.range(at: 1), in: text) {
            return String(text[quoted]).trimmingCharacters(in: .whitespaces)
        }
        guard let match = request?.firstMatch(in: text, range: range),
              let body = Range(match.range(at: 1), in: text), let whole = Range(match.range, in: text)
        else { return nil }
        var content = String(text[body]).trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))
        for suffix in [" please", " pls", " for me", " thanks", " thank you"] where content.lowercased().hasSuffix(suffix) {
            content = String(content.dropLast(suffix.count))
        }
        guard content.split(separator: " ").count >= 2 else { return nil }
        let filler: Set<String> = ["the", "my", "a", "an", "order", "item", "it", "this", "that", "one", "purchase", "package", "parcel"]
        let words = content.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.allSatisfy({ filler.contains($0) || naming.contains($0) || $0.allSatisfy(\.isNumber) }) { return nil }
        let linker = String(text[whole]).lowercased()
        if linker.contains(" that ") || linker.contains(" know ") {
            return "Hello, regarding order #\(orderID): \(capitalized(content)). Thank you."
        }
        if linker.contains(" if ") || linker.contains(" whether ") {
            return "Hello, could you tell me if \(content)? It's about order #\(orderID). Thank you."
        }
        if linker.contains(" about ") || linker.contains(" for ") {
            return "Hello, I'm writing about \(content) for order #\(orderID). Could you help? Thank you."
        }
        return "Hello, could you please \(content) for order #\(orderID)? Thank you."
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
