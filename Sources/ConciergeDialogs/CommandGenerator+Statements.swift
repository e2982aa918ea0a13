import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// What a line says of itself: a question about time, what would happen or a refusal, that all is well, a charge
/// taken twice, a correction, a way of putting off, file names, an order filter.
extension CommandGenerator {
    /// "how long the seller has to answer?", "what happens if the seller never ships?", "can I refuse the parcel?":
    /// a question about time or about what would happen, not a request.
    static func asksWhatWouldHappen(_ text: String) -> Bool {
        // "and if I do open one later, …", "so how long …": a leading joiner changes nothing.
        let words = Array(Words(text).tokens.drop { ["and", "so", "but", "ok", "okay", "then"].contains($0) })
        guard words.count >= 3 else { return false }
        let lead = words.prefix(2).joined(separator: " ")
        if ["how long", "how many", "what happens", "what if"].contains(lead) { return true }
        let three = words.prefix(3).joined(separator: " ")
        if ["how much time", "what will happen", "what would happen", "can i refuse", "could i refuse"].contains(three) { return true }
        // "if I return the mug, is the money back by friday?", "do I need to cancel first?": a question about the action, not a
        // request. "if I still may, could you delete it?" asks for the action itself.
        // The asking phrases hold none of the joiners dropped above, so they are looked for in the line's words.
        guard Words.looksLikeQuestion(text) else { return false }
        return (["if i", "if we"].contains(lead) && !Words(text).containsAny(requestAsks)) || ["do i have", "do i need", "must i cancel"].contains(three)
    }

    private static let requestAsks = ["can you", "could you", "would you", "will you", "please do", "do it", "do that", "go ahead"]

    /// "it arrived ok", "works fine", "its perfect": the item is as it should be. Not when the clause also says what is
    /// wrong, or negates anything ("not perfect", "works fine but the lid doesnt close").
    static func saysAllIsWell(_ clause: UnderstoodClause) -> Bool {
        let words = Words(clause.text)
        guard words.containsAny(wellPhrases), clause.entities.disputeReason == nil, OptionMatcher.disputeReason(clause.text) == nil else { return false }
        // "is it ok to open a dispute?", "the box is fine, the lamp inside smells": a question or a complaint beside the praise.
        guard !words.containsAny(["dispute", "return", "refund", "complaint", "complain", "problem", "issue", "smell", "smells", "inside",
                                  "broken", "damaged", "missing", "wrong"]),
              !words.containsAny(["is it ok", "is ok to", "its ok to", "its ok if", "is it fine", "is it good"]) else { return false }
        return !words.tokens.contains { Words.negators.contains($0) || ["but", "wasnt", "arent", "havent", "hasnt", "however"].contains($0) }
    }

    static let wellPhrases = ["works fine", "works good", "works great", "works well", "works perfect", "works perfectly", "working fine",
                              "working well", "arrived ok", "arrived okay", "arrived fine", "arrived well", "arrived safe", "arrived safely",
                              "came ok", "came fine", "is perfect", "its perfect", "fits perfect", "fit perfect", "fits perfectly",
                              "they fit", "it fits", "all good", "is fine", "its fine", "are fine", "are perfect", "all ok",
                              "everything ok", "everything fine", "everything is fine", "in good condition", "love it", "i like it",
                              "looks good", "looks fine", "it is good", "it is ok", "it is okay", "they are good", "happy with it"]

    /// "how long …", "how many days …", "until when …", "when should i worry …": a question about time, near its start.
    static func asksAboutTime(_ text: String) -> Bool {
        let words = Words(text)
        let lead = Array(words.tokens.prefix(5))
        let leadText = lead.joined(separator: " ")
        if ["how long", "how many days", "how many hours", "how much time", "until when", "till when", "untill when", "by when", "when exactly",
            "what date", "what day"].contains(where: { Words.text(leadText, contains: $0) }) { return true }
        guard let when = lead.firstIndex(of: "when"), when + 1 < lead.count else { return false }
        return ["will", "should", "do", "does", "is", "it", "they", "the", "i", "can", "must", "would"].contains(lead[when + 1])
            && !words.containsAny(["when i try", "when i click", "when i press", "when i open"])
    }

    private static let showOrderFillers: Set<String> = ["show", "me", "order", "the", "please", "pls", "can", "you", "i", "see", "check", "details", "of", "for",
                                                        "status", "what", "about", "and", "whats", "with", "number", "nr", "open", "look", "at", "ok", "also"]
    /// "show me order 7300000042", "and order 7300000063?", "check 7300000042 pls": one order number and nothing else asked.
    /// "Could you show me order 7300000042 please, my son wrote it down": the same, with a story after it that asks nothing.
    static func asksToShowOrder(_ line: UnderstoodClause) -> OrderID? {
        guard line.entities.orderNumbers.count == 1, let number = line.entities.orderNumbers.first else { return nil }
        let words = Words(line.text)
        let tokens = words.tokens
        if tokens.allSatisfy({ $0 == number.rawValue || Self.showOrderFillers.contains($0) }) { return number }
        guard let at = tokens.firstIndex(of: number.rawValue) else { return nil }
        var end = at + 1
        while end < tokens.count, !words.breakBefore[end] { end += 1 }
        let lead = tokens[..<end]
        guard lead.allSatisfy({ $0 == number.rawValue || Self.showOrderFillers.contains($0) || ["could", "would"].contains($0) }),
              lead.contains(where: ["show", "see", "look", "check"].contains) else { return nil }
        return tokens[end...].contains(where: Self.storyAsks.contains) ? nil : number
    }

    /// Words by which a story after "show me order …" asks for something more than the order.
    private static let storyAsks: Set<String> = ["cancel", "delete", "remove", "restore", "dispute", "refund", "message", "tell", "write",
                                                 "ask", "why", "when", "where", "how", "what", "money", "confirm", "broken", "wrong",
                                                 "missing", "damaged", "not", "never", "hide", "complaint", "claim"]

    /// The part of a line before the buyer's own text ("… description: it is a pink unicorn toy, not the bear").
    static func beforeContent(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return text }
        var cuts = ["description:", "message:", "text:", "note:", "reason:"].compactMap { Words.range(of: $0, caseInsensitiveIn: text)?.lowerBound }
        // "write this to him: hello, my vase …": what follows a dictating colon is the message.
        if MessageDraft.afterColon(text) != nil, let colon = Words.firstIndex(of: ":", in: text) { cuts.append(colon) }
        let cut = cuts.min()
        guard let cut else { return text }
        return String(text[..<cut])
    }

    /// Whether the text tells of a payment already taken twice: a charge verb in the past with "twice" or "double"
    /// ("they charged me twice", "double charged"), or a count of charges right before an amount ("twice $14.50").
    /// Not a question about what may happen ("will i be charged again", "is there an extra charge"), not when negated
    /// ("i was not charged twice"), and not "twice" before a count of days.
    static func saysChargedTwice(_ text: String) -> Bool {
        let words = Words(text)
        let tokens = words.tokens
        // Most lines hold none of the words either test below needs: they are answered before the phrase scan and the
        // regular expression (compiled afresh on every call) run.
        let lower = text.lowercased()
        guard tokens.contains(where: { ["twice", "times", "double", "duplicate"].contains($0) })
            || ["twice", "times", "2x", "payments", "charges", "debits", "transactions"].contains(where: { Words.text(lower, contains: $0) }) else {
            return false
        }
        if words.containsAny(["will i", "will it", "will they", "will there", "would i", "would it", "would they", "if i", "if it",
                              "if they", "if we", "might", "whether", "is there", "are there", "do i have to", "do i need to",
                              "does it cost", "have to pay"]) {
            return false
        }
        let phrases = ["charged twice", "charged me twice", "charged us twice", "charged two times", "charged 2 times", "charged me two times",
                       "charged me 2 times", "charged double", "charged me double", "double charged", "double charge", "double charging",
                       "duplicate charge", "duplicate payment", "paid twice", "took my money twice", "taken twice", "billed twice",
                       "billed me twice", "debited twice"]
        let negators: Set<String> = ["not", "no", "never", "wasnt", "werent", "didnt", "havent", "hasnt", "isnt", "dont", "doesnt"]
        for phrase in phrases where words.contains(phrase: phrase) {
            let parts = phrase.split(separator: " ").map(String.init)
            for at in 0...(tokens.count - parts.count) where Array(tokens[at..<(at + parts.count)]) == parts {
                if !tokens[max(0, at - 3)..<at].contains(where: negators.contains) { return true }
            }
        }
        // "twice $14.50", "2 times 8.40 eur", "two charges of 5.25": a count of charges right before an amount (a decimal or
        // a currency).
        let amount = #"(?:twice|two times|2 times|2x|(?:two|2)\s+(?:payments|charges|debits|transactions)(?:\s+of)?)\s+(?:[$€£]\s?\d+(?:[.,]\d{1,2})?|\d+[.,]\d{2}\b|\d+\s?(?:usd|eur|euro|euros|gbp|dollars?|pounds?)\b)"#
        return lower.range(of: amount, options: .regularExpression) != nil
    }

    /// "so the refund lands on my visa?", "it goes to my bank, yes?": a question about where a refund lands.
    static func asksWhereMoneyGoes(_ words: Words) -> Bool {
        words.containsAny(["where the money", "where does the money", "where will the money", "where my money", "where is the money going",
                           "money go", "money goes", "money back to", "to my card", "on my card", "to my visa", "on my visa",
                           "to my bank", "to my paypal", "to my balance", "back to my card", "back on my card"])
    }

    /// "message: …", "ok, description: …": the line's first words only label what follows as the buyer's text.
    static func opensWithContentLabel(_ text: String) -> Bool {
        let before = beforeContent(text)
        guard before.count < text.count else { return false }
        let leads: Set<String> = ["ok", "okay", "so", "then", "here", "is", "the", "my", "new", "and", "fine", "alright", "this"]
        return Words(before).tokens.allSatisfy(leads.contains)
    }

    /// "ok confirm receipt then", "so delete it": a line that follows on from the turn before.
    static func followsOn(_ text: String) -> Bool {
        let words = Words(text).tokens
        // "i said delete it", "as i said, the refund": the request said again, about the order just talked about.
        if Words(text).containsAny(["i said", "i told you", "like i said", "as i said"]) { return true }
        return ["ok", "okay", "so", "fine", "alright", "then"].contains(words.first ?? "") || words.last == "then"
    }

    static func asksToRepeat(_ words: Words) -> Bool {
        if words.tokens == ["what"] || words.tokens == ["huh"] || words.tokens == ["sorry"] { return true }
        return words.containsAny(["what do you mean", "what does that mean", "i dont understand", "dont get it", "come again",
                                  "say that again", "what was the question", "i dont follow"])
    }

    static func asksAboutRefusal(_ words: Words) -> Bool {
        if words.tokens.first == "why" && words.count <= 8 { return true }
        // "… what can i do with it, open a dispute please": a line that goes on to ask for an action asks for that action.
        if asksForAction(words) { return false }
        // "why?? i dont want to see it anymore": a bare "why" before the rest.
        if words.tokens.first == "why", words.count > 1, words.breakBefore[1] { return true }
        // "what does that mean? why?": a bare "why" standing as its own sentence anywhere in the line.
        if let last = words.tokens.indices.last, words.tokens[last] == "why", last > 0, words.breakBefore[last] { return true }
        // "why is it not possible? i paid on time": a sentence asking why something cannot be done.
        // "but why ever not? they haven't even come": a joining word before it.
        for (index, token) in words.tokens.enumerated()
        where token == "why" && (index == 0 || words.breakBefore[index] || index == 1 && ["but", "and", "so", "well", "ok", "then"].contains(words.tokens[0])) {
            let next = words.tokens[(index + 1)...].prefix(4)
            if next.contains(where: { ["cant", "cannot", "not", "wont", "isnt", "doesnt", "didnt", "unable", "no"].contains($0) }) { return true }
        }
        // "what does frozen mean?", "what means closed?", "what is meant by permanent?": what a word of the refusal means.
        for (index, token) in words.tokens.enumerated() where token == "what" && index + 2 < words.count {
            let next = words.tokens[(index + 1)...].prefix(5)
            if next.first == "means" || Array(next.prefix(3)) == ["is", "meant", "by"] { return true }
            if next.first == "does", next.dropFirst().prefix(4).contains("mean") { return true }
        }
        return words.containsAny(["why not", "what can i do", "what i can do", "what do i do", "what am i supposed to do", "what to do", "what can we do", "what i should do",
                                  "what does it mean", "what does that mean", "when can i", "when exactly", "so when", "so what now", "what now", "what are my options", "what else can i do",
                                  "what should i do", "how come", "then what", "so what can",
                                  "what would you suggest", "what do you suggest", "what do you recommend", "nothing to be done",
                                  "nothing i can do", "nothing you can do", "any other way", "is there another way"])
    }

    /// Whether a sentence of the line opens with an action the buyer asks for ("…, open a dispute please", "so cancel the
    /// payment then"), after words that only lead into it ("please", "then", "i want to").
    static func asksForAction(_ words: Words) -> Bool {
        let leads: Set<String> = ["please", "pls", "just", "then", "so", "ok", "okay", "and", "i", "want", "wanna", "to", "would", "like",
                                  "id", "need", "can", "could", "you", "instead", "rather", "at", "least"]
        let actions: Set<String> = ["cancel", "delete", "remove", "restore", "open", "start", "file", "refund", "message", "write", "contact",
                                    "confirm", "return", "dispute"]
        var index = 0
        while index < words.count {
            var word = index
            while word < words.count, leads.contains(words.tokens[word]), word == index || !words.breakBefore[word] { word += 1 }
            if word < words.count, word == index || !words.breakBefore[word], actions.contains(words.tokens[word]) { return true }
            index += 1
            while index < words.count, !words.breakBefore[index] { index += 1 }
        }
        return false
    }

    /// "not yet, I'll see what they say", "maybe later": the summary put off, a no for now.
    static func putsOff(_ text: String) -> Bool {
        let words = Words(text)
        guard let first = words.tokens.first, ["not", "maybe", "later", "no"].contains(first) else { return false }
        return ["not now", "not yet", "not today", "maybe later", "later", "no not now", "no not yet", "not right now"].contains {
            words.index(of: $0) == 0 && (words.count == $0.split(separator: " ").count || words.breakBefore[$0.split(separator: " ").count])
        }
    }

    static func saysCorrection(_ words: Words) -> Bool {
        words.containsAny(["wait", "sorry", "actually", "i mean", "i meant", "instead", "rather", "not the", "no the", "wrong one"])
    }

    /// "delete it forever", but not "delete it, but not forever".
    static func saysPermanently(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let terms = ["perman", "forever", "for ever", "for good", "completely", "entirely", "erase"]
        guard terms.contains(where: { Words.text(lowered, contains: $0) }) else { return false }
        let words = Words(text).tokens
        return words.indices.contains { index in
            terms.contains { words[index].hasPrefix($0) || (index + 1 < words.count && "\(words[index]) \(words[index + 1])" == $0) }
                && !(index > 0 && ["not", "never", "dont", "no"].contains(words[index - 1]))
        }
    }

    /// "no", "no photos", "I don't have any": there is no evidence.
    static func saysNone(_ text: String) -> Bool {
        let words = Set(Words(text).tokens)
        return !words.isDisjoint(with: ["no", "none", "nope", "nothing", "dont", "not", "without", "skip", "nah"])
    }

    /// File names such as photo1.jpg in a line.
    static func fileNames(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
            .filter { $0.utf8.contains(UInt8(ascii: ".")) }   // only a word with a dot can be a file name
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'()[].!?")) }
            .filter { word in
                guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
                let ext = word[word.index(after: dot)...].lowercased()
                return ["jpg", "jpeg", "png", "gif", "heic", "webp", "pdf", "mp4", "mov", "txt"].contains(ext)
            }
    }

    /// The list filter a line asks for ("my unpaid orders").
    static func filter(_ text: String) -> OrderFilter? {
        let lowered = text.lowercased()
        let filters: [([String], OrderFilter)] = [
            (["unpaid", "not paid", "awaiting payment", "to pay"], .unpaid),
            (["deleted", "trash", "bin"], .deleted),
            (["waiting to be shipped", "to be shipped", "not shipped", "not yet shipped", "awaiting shipment", "waiting for shipment",
              "haven't shipped", "have not shipped", "not sent"], .awaitingShipment),
            (["in transit", "shipped", "on the way", "on its way"], .shipped),
            (["delivered", "arrived"], .delivered),
            (["cancelled", "canceled", "closed"], .cancelled),
            (["dispute"], .inDispute),
            (["refund"], .refunded),
            (["completed", "finished", "done"], .completed),
            (["waiting", "pending", "open", "active"], .open),
        ]
        return filters.first { $0.0.contains { Words.text(lowered, contains: $0) } }?.1
    }
}
