import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Drafts a message to the seller from what the buyer said ("ask them to extend the handling time").
enum MessageDraft {
    private static let request = try? NSRegularExpression(
        pattern: #"\b(?:ask|tell|request|beg|remind|message(?:\s+to)?|(?:msg|dm|text|email)(?=\s+(?:the\s+)?(?:seller|store|shop|vendor|merchant|them|him|her)\b(?!\s+about\b))|write(?:\s+to)?|contact|let)\s+(?:the\s+)?(?:seller|store|shop|vendor|merchant|them|him|her)(?:\s+(?:of|for|from)\s+(?:the\s+|my\s+)?(?:[\w#-]+\s+){0,3}?[\w#-]+)?\s+(?:asking\s+|and\s+ask\s+(?:them\s+)?)?(?:(?:to|that|if|whether|about|for|know)\s+|(?=(?:where|when|why|how|what)\b))(.+)$"#,
        options: [.caseInsensitive])
    /// "ask whether …", "please ask if …" opening a sentence, with no one named after "ask".
    private static let askWithoutSeller = try? NSRegularExpression(
        pattern: #"((?:^|[.!?]\s+)(?:please\s+|could\s+you\s+|can\s+you\s+|would\s+you\s+)*ask)\s+(?=(?:whether|if|when|where|why|how|what|which)\b)"#,
        options: [.caseInsensitive])
    private static let saying = try? NSRegularExpression(
        pattern: #"\b(?:saying|say|tell them|write)\s*[:,]?\s*["“](.+?)["”]"#, options: [.caseInsensitive])

    private static let colon = try? NSRegularExpression(
        pattern: #"\b(?:message|write to|contact|tell|email)\s+(?:the\s+)?(?:seller|store|shop|vendor|merchant)\b[^:]{0,40}:\s*(.{2,})$"#,
        options: [.caseInsensitive])
    private static let bare = try? NSRegularExpression(
        pattern: #"^(?:(?:i\s+)?(?:want|would like|need|wanna)\s+to\s+|can\s+i\s+|please\s+|let\s+me\s+)?(?:message|write\s+to|contact|email|send\s+a\s+message\s+to)\s+(?:the\s+)?(?:seller|store|shop|vendor|merchant)(?:\s+(?:of|for|about)\s+(?:the\s+|my\s+)?(?:order\s+)?#?[\w ]{0,30})?[.!?]*$"#,
        options: [.caseInsensitive])

    /// "add that …", "add also: …"; "put also: …", "write too: …", "also put …": "put", "write" and "say" add only with
    /// "also", "too" or "as well" beside them ("write: …" alone dictates the whole message again).
    private static let additionPattern = try? NSRegularExpression(
        pattern: #"^(?:(?:please|and|oh|ah|also|ok|okay|sorry),?\s+){0,3}(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?)?(?:also\s+)?(?:add|include|mention|put\s+in|also\s+say|also\s+tell\s+them|also\s+write|also\s+put|(?:put|write|say|tell\s+them)(?=\s+(?:also|too|as\s+well)\b))(?:\s+this|\s+also|\s+too|\s+as\s+well)?(?:\s+(?:at|to)\s+the\s+(?:end|bottom))?\s*:?\s+(?:to\s+(?:the|my)\s+message\s*:?\s+|in\s+the\s+message\s*:?\s+)?(?:that\s+)?(.{3,})$"#,
        options: [.caseInsensitive])
    /// "and ask if they deliver on Sundays": a question to add, put to the seller in the second person.
    private static let askPattern = try? NSRegularExpression(
        pattern: #"^(?:(?:please|and|oh|ah|ok|okay|sorry),?\s+){0,3}(?:also\s+)?ask\s+(?:them\s+|him\s+|her\s+|the\s+seller\s+)?(?:also\s+)?((?:if|whether|when|where|how|why|what)\s+.{3,})$"#,
        options: [.caseInsensitive])
    private static let replacementPattern = try? NSRegularExpression(
        pattern: #"^(?:no,?\s+|actually,?\s+)?(?:(?:the\s+message\s+(?:should|must|will|shall)\s+(?:say|read|be)|it\s+should\s+say|make\s+it\s+say|change\s+(?:it|the\s+message)\s+to)\s*[:,]?|(?:just\s+)?(?:write|say|message)\s*[:,])\s*["“]?(.{2,}?)["”]?$"#,
        options: [.caseInsensitive])

    /// "add that I need it before Friday": the words to add to the draft.
    static func addition(in text: String) -> String? {
        if let asked = firstGroup(askPattern, in: text) {
            let swapped = asked.split(separator: " ").map { word -> String in
                switch word.lowercased() {
                case "they", "he", "she": "you"
                case "them", "him": "you"
                case "their", "his": "your"
                default: String(word)
                }
            }.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ?.!"))
            return "Could you also tell me \(swapped)?"
        }
        return firstGroup(additionPattern, in: text)
    }

    /// "the message should say: …": the whole message, as dictated.
    static func replacement(in text: String) -> String? {
        firstGroup(replacementPattern, in: text)
    }

    private static func firstGroup(_ regex: NSRegularExpression?, in text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = regex?.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)),
              let range = Range(match.range(at: 1), in: trimmed) else { return nil }
        return String(trimmed[range]).trimmingCharacters(in: CharacterSet(charactersIn: " .\"“”"))
    }

    /// Whether the line only asks to message the seller, without saying what.
    static func isBareRequest(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return bare?.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    /// "send a message to the seller of the lamp: is my lamp lost?": what follows the colon.
    static func afterColon(_ text: String) -> String? {
        guard let colon = Words.firstIndex(of: ":", in: text) else { return nil }
        // Whole words: "basket" or "flask" do not ask for a message.
        let before = Words(String(text[..<colon])).tokens
        // "send Harbor Gadgets this: …" dictates too; "send photos: a.jpg" does not.
        let sendsThis = before.contains("send") && ["this", "following"].contains(before.last ?? "")
        guard sendsThis || ["message", "write", "tell", "ask", "text", "say", "msg", "contact"].contains(where: before.contains) else { return nil }
        let body = Words.trimmingWhitespace(text[text.index(after: colon)...])
        return body.split(separator: " ").count >= 2 ? unquoted(body) : nil
    }

    static let openingQuotes: Set<Character> = ["\"", "“", "„", "«", "'", "‘"]
    static let closingQuotes: Set<Character> = ["\"", "”", "“", "»", "'", "’"]

    /// A body wholly inside quotation marks, without them ("\"Tracking has not moved.\"" -> "Tracking has not moved.").
    static func unquoted(_ body: String) -> String {
        guard body.count >= 3, let first = body.first, let last = body.last, openingQuotes.contains(first), closingQuotes.contains(last) else { return body }
        let inner = body.dropFirst().dropLast()
        // Only one quoted passage: "\"a\" and \"b\"" is two.
        guard !inner.contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) else { return body }
        return Words.trimmingWhitespace(inner)
    }

    /// The passage in double quotation marks of a message request, the buyer's words to send as they are ("write to the
    /// brush shop: "Please ship before the 20th, it is a gift""): at least three words, after a colon or ending the line;
    /// nil when there is none or several, or when the quote gives someone else's words ("the seller said "ships next week"").
    static func quotedPassage(_ text: String) -> String? {
        let opening: Set<Character> = ["\"", "“", "„", "«"]
        let closing: Set<Character> = ["\"", "”", "“", "»"]
        guard let start = text.firstIndex(where: opening.contains) else { return nil }
        let afterStart = text.index(after: start)
        guard let end = text[afterStart...].firstIndex(where: closing.contains) else { return nil }
        let rest = text[text.index(after: end)...]
        guard !rest.contains(where: opening.contains) else { return nil }
        let lead = text[..<start].trimmingCharacters(in: .whitespaces)
        let endsLine = rest.allSatisfy { $0.isWhitespace || $0.isPunctuation }
        guard lead.hasSuffix(":") || endsLine else { return nil }
        // Words someone else said or wrote, quoted as evidence, are not the buyer's message.
        let before = Words(String(lead)).tokens.last ?? ""
        guard !reportingVerbs.contains(before) else { return nil }
        let passage = Words.trimmingWhitespace(text[afterStart..<end])
        return passage.split(separator: " ").count >= 3 ? passage : nil
    }

    /// Verbs that report another's words before a quote.
    static let reportingVerbs: Set<String> = ["said", "says", "told", "tells", "wrote", "writes", "shows", "showed", "reads", "states", "stated",
                                              "claims", "claimed", "replied", "replies", "answered", "answers", "promised", "promises",
                                              "status", "tracking", "listing", "description"]

    private static let draftFillers: Set<String> = ["the", "my", "a", "an", "order", "item", "it", "this", "that", "one", "purchase", "package", "parcel"]
    /// A polite message for the order, or nil when the buyer did not say what to write.
    /// `naming` holds the words that only name the order (item words): a request about nothing else is no message.
    /// `sellerNames` are the buyer's sellers: "ask lumen lighting if …" reads as "ask the seller if …".
    static func draft(from original: String, orderID: OrderID, naming: Set<String> = [], sellerNames: [String] = []) -> String? {
        guard mayAskForMessage(original) else { return nil }
        // Drafted before the order is chosen (the words fit several): "my order", never an empty order number.
        let order = orderID.rawValue.isEmpty ? "my order" : "order #\(orderID)"
        var text = withoutSendInstruction(original)
        for name in sellerNames where name.count >= 3 && Words.range(of: name, caseInsensitiveIn: text) != nil {
            text = text.replacingOccurrences(of: name, with: "the seller", options: .caseInsensitive)
        }
        // "text willow about …" for Willow Paper Co: a seller's first word right after the verb names the seller.
        for name in sellerNames {
            guard let first = name.split(separator: " ").first, first.count >= 4, first.count < name.count,
                  first.allSatisfy({ $0.isLetter }), Words.range(of: String(first), caseInsensitiveIn: text) != nil else { continue }
            for verb in ["msg ", "message ", "tell ", "ask ", "write to ", "contact ", "email ", "text "] {
                guard let hit = text.range(of: verb + first, options: .caseInsensitive),
                      hit.lowerBound == text.startIndex || !text[text.index(before: hit.lowerBound)].isLetter,
                      hit.upperBound == text.endIndex || !text[hit.upperBound].isLetter else { continue }
                text.replaceSubrange(hit, with: verb + "the seller")
                break
            }
        }
        // "… a note to the shop about the clock. Please ask whether they could post it by Friday": the seller, named in the
        // request before, is left out after "ask"; the question is theirs all the same.
        if let unnamed = askWithoutSeller, request?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            text = unnamed.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1 the seller ")
        }
        let range = NSRange(text.startIndex..., in: text)
        if let match = colon?.firstMatch(in: text, range: range), let body = Range(match.range(at: 1), in: text) {
            return String(text[body]).trimmingCharacters(in: .whitespaces)
        }
        if let match = saying?.firstMatch(in: text, range: range), let quoted = Range(match.range(at: 1), in: text) {
            return String(text[quoted]).trimmingCharacters(in: .whitespaces)
        }
        guard let match = request?.firstMatch(in: text, range: range),
              let body = Range(match.range(at: 1), in: text), let whole = Range(match.range, in: text)
        else {
            if let linked = linkedDraft(text, order: order, naming: naming) { return linked }
            guard let (content, asked) = afterSellerNamed(text, naming: naming) ?? toldThem(text) else { return nil }
            // "… about the clock. ask does it need batteries": a question to put to the seller, in the buyer's words.
            let contentWords = content.lowercased().split(separator: " ")
            if contentWords.count >= 3, contentWords[0] == "ask", Self.questionOpeners.contains(String(contentWords[1])) {
                let question = content.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: " ?.!"))
                return "Hello, could you tell me: \(question)? It's about \(order). Thank you."
            }
            // "… and ask them where his heater is, hes been waiting ages": the question put to the seller, and what follows it.
            if contentWords.count >= 4, contentWords[0] == "ask", ["them", "him", "her"].contains(String(contentWords[1])),
               ["where", "when", "why", "how", "what", "which"].contains(String(contentWords[2])) {
                let asked = content.split(separator: " ", maxSplits: 2).dropFirst(2).first.map(String.init) ?? ""
                let question = asked.trimmingCharacters(in: CharacterSet(charactersIn: " ?.!"))
                return "Hello, could you tell me \(question)? It's about \(order). Thank you."
            }
            if asked {
                let request = content.hasSuffix(" please") ? String(content.dropLast(" please".count)) : content
                return "Hello, could you please \(request) for \(order)? Thank you."
            }
            return "Hello, regarding \(order): \(capitalized(content)). Thank you."
        }
        var content = String(text[body]).trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))
        for suffix in [" please", " pls", " for me", " thanks", " thank you"] where content.lowercased().hasSuffix(suffix) {
            content = String(content.dropLast(suffix.count))
        }
        guard content.split(separator: " ").count >= 2 else { return nil }
        let words = content.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.allSatisfy({ Self.draftFillers.contains($0) || naming.contains($0) || $0.allSatisfy(\.isNumber) }) { return nil }
        let linker = String(text[whole]).lowercased()
        if linker.contains(" that ") || linker.contains(" know ") {
            return "Hello, regarding \(order): \(capitalized(content)). Thank you."
        }
        if ["where", "when", "why", "how", "what"].contains(where: { content.lowercased().hasPrefix($0 + " ") }) {
            return "Hello, could you tell me \(content)? It's about \(order). Thank you."
        }
        if linker.contains(" if ") || linker.contains(" whether ") {
            // "ask them if they can ship it by friday": put to the seller, "they" is "you".
            return "Hello, could you tell me if \(secondPerson(content))? It's about \(order). Thank you."
        }
        if linker.contains(" about ") || linker.contains(" for ") {
            return "Hello, I'm writing about \(content) for \(order). Could you help? Thank you."
        }
        return "Hello, could you please \(content) for \(order)? Thank you."
    }

    /// Words that open a question put to the seller ("ask does it …", "ask is there …").
    private static let questionOpeners: Set<String> = ["do", "does", "did", "is", "are", "was", "can", "could", "will", "would", "has", "have",
                                                       "if", "whether", "when", "where", "how", "why", "what", "which"]

    /// The verbs of the patterns above and of `afterSellerNamed`: every message request holds one of them.
    private static let messageVerbs = ["ask", "tell", "request", "beg", "remind", "message", "write", "contact", "let", "say", "email",
                                       "inform", "msg", "dm", "text"]

    /// False when `text` cannot be a message request: an ASCII line holding none of the verbs, whatever its case (the
    /// patterns and `afterSellerNamed` then find nothing, and are not run; naming a seller only adds "the seller").
    /// Other lines are always tried: case-insensitive patterns fold some non-ASCII letters onto ASCII ones.
    private static func mayAskForMessage(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        let lowered = text.lowercased()
        return messageVerbs.contains { Words.text(lowered, contains: $0) }
    }

    /// "tell the seller of the vase I'm away until 3 May", "write to the lamp seller, please use the side door": what follows
    /// the seller and the words naming the order, when it says something of its own (three words or more); `asked` when it
    /// is something to do ("ask the seller to …").
    static func afterSellerNamed(_ text: String, naming: Set<String>) -> (content: String, asked: Bool)? {
        let verbs: Set<String> = ["ask", "tell", "message", "write", "contact", "inform", "let", "msg", "text"]
        let sellerWords: Set<String> = ["seller", "store", "shop", "vendor", "merchant"]
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func bare(_ token: String) -> String { token.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        guard let verb = tokens.firstIndex(where: { verbs.contains(bare($0)) }),
              let seller = tokens[verb...].prefix(6).firstIndex(where: { sellerWords.contains(bare($0)) }) else { return nil }
        var next = seller + 1
        // "… seller, …": a comma after the seller ends the naming.
        var closed = tokens[seller].hasSuffix(",") || tokens[seller].hasSuffix(":")
        // "msg volthub on the charger - pls ship asap": "on" and "re" name the order too, and a dash closes the naming.
        if !closed, next < tokens.count, ["of", "for", "from", "about", "on", "re", "regarding"].contains(bare(tokens[next])) {
            next += 1
            while next < tokens.count, !closed {
                let word = bare(tokens[next])
                guard ["the", "my", "a", "an", "order", "orders", "one"].contains(word) || naming.contains(word)
                        || word.allSatisfy(\.isNumber) && word.count >= 6 else { break }
                closed = tokens[next].hasSuffix(",") || tokens[next].hasSuffix(":")
                next += 1
            }
        }
        if next < tokens.count, ["-", "—", "–", ":"].contains(tokens[next]) { next += 1 }
        // "message the fan heater seller for my dad and ask them …": whom the buyer writes for is no part of the message.
        if next + 2 < tokens.count, bare(tokens[next]) == "for", ["my", "our", "her", "his"].contains(bare(tokens[next + 1])) {
            closed = tokens[next + 2].hasSuffix(",")
            next += 3
        }
        let asked = ["ask", "tell"].contains(bare(tokens[verb])) && next < tokens.count && bare(tokens[next]) == "to"
        while next < tokens.count, ["to", "that", "and", "saying", "say", "asking", "then"].contains(bare(tokens[next])) { next += 1 }
        // "… seller first, no wait, …": an adverb closing the request, then second thoughts, is no message.
        if next < tokens.count, tokens[next].hasSuffix(","), ["first", "now", "also", "again", "too", "then", "instead", "later"].contains(bare(tokens[next])) {
            next += 1
        }
        if next < tokens.count, ["no", "wait", "hmm", "ok", "okay", "yes", "nope", "sorry", "actually"].contains(bare(tokens[next])) { return nil }
        let rest = tokens[next...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,:;.!?-\"“”"))
        let restWords = rest.split(separator: " ")
        guard restWords.count >= 3 else { return nil }
        // Only the words naming the order again ("… of the blue vase order please") say nothing.
        let filler: Set<String> = ["the", "my", "a", "an", "order", "it", "this", "that", "please", "pls", "now", "thanks"]
        if restWords.allSatisfy({ filler.contains(bare(String($0))) || naming.contains(bare(String($0))) }) { return nil }
        return (rest, asked)
    }

    private static let sendInstruction = try? NSRegularExpression(
        pattern: #"[.!,;]\s*(?:(?:and|then|ok|okay|pls|please|just)\s+)*(?:send|post)\s+(?:it|that|this|them|him|her)(?:\s+(?:that|this|it))?(?:\s+(?:please|pls|now|for me|thanks|thank you))*\s*[.!]*\s*$"#,
        options: [.caseInsensitive])

    /// "ask if they have the 10 inch set. send them that": the closing words that tell the assistant to send are no part
    /// of the message.
    static func withoutSendInstruction(_ text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = sendInstruction?.firstMatch(in: text, range: range), let cut = Range(match.range, in: text),
              text[..<cut.lowerBound].split(separator: " ").count >= 3 else { return text }
        return String(text[..<cut.lowerBound])
    }

    private static let toldPattern = try? NSRegularExpression(
        pattern: #"\btell\s+(?:them|him|her)\s*[,:]?\s+(?:that\s+)?((?:i|we|my|our|it|the|this|she|he)\b.{3,})$"#, options: [.caseInsensitive])

    /// "can you nudge them, tell them i asked on the 19th and still waiting": what the buyer tells "them" (the seller,
    /// where the buyer writes) when no word links it ("to", "that", "if" are read by the request pattern).
    static func toldThem(_ text: String) -> (content: String, asked: Bool)? {
        guard let content = firstGroup(toldPattern, in: text)?.trimmingCharacters(in: CharacterSet(charactersIn: " ,.!?")),
              content.split(separator: " ").count >= 3 else { return nil }
        return (content, false)
    }

    /// The seller spoken of as the subject ("they can ship it by friday") spoken to ("you can ship it by friday"). Only
    /// the first word: later pronouns may be the items ("i need them before …").
    static func secondPerson(_ text: String) -> String {
        guard let space = text.firstIndex(of: " "), ["they", "he", "she"].contains(text[..<space].lowercased()) else { return text }
        return "you" + text[space...]
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
