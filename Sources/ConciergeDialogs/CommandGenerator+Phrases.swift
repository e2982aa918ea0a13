import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// The words and phrases the generator recognises: ways out, requests, refusal questions, file names, filters.
extension CommandGenerator {
    // MARK: - Words

    static let smallTalk: Set<String> = ["out_of_scope", "greet", "goodbye", "thanks", "help"]
    /// Child intents that lead to an action rather than an answer.
    static let actionDetails: Set<String> = ["duplicate_charge", "delete_permanently", "confirm_receipt"]

    /// The dispute reason a line gives: a specific reason in the buyer's words wins over a broad "not … showed".
    static func disputeReason(_ clause: UnderstoodClause, firstLine: Bool) -> DisputeReason? {
        let matched = OptionMatcher.disputeReason(clause.text)
        let saysNotReceived = OptionMatcher.best(clause.text, in: OptionMatcher.stemmedNotReceived) != nil
        if clause.entities.disputeReason == .notReceived, !saysNotReceived, let matched, matched != .notReceived { return matched }
        return clause.entities.disputeReason ?? (firstLine ? matched : nil)
    }

    /// The cancellation reason a line gives: "the postcode I typed is wrong, I'll buy it again" is about the address,
    /// however broadly its other words read as changing the order. Only when a word of error or change stands next to the
    /// address ("wrong / old / new / typo … street"), nothing calls it right ("same address", "the address is correct"),
    /// and the line says nothing about the item itself (its size, colour, flavour, pack…).
    static func cancellationReason(_ clause: UnderstoodClause, or matched: @autoclosure () -> CancellationReason?) -> CancellationReason? {
        let reason = clause.entities.cancellationReason ?? matched()
        guard reason == .changeOrder else { return reason }
        let words = Words(clause.text)
        guard !words.containsAny(["size", "colour", "color", "model", "quantity", "variant", "flavour", "flavor", "pack", "type", "amount",
                                  "version", "style", "pattern", "scent", "bigger", "smaller", "larger", "cheaper", "instead"]) else { return reason }
        let tokens = words.tokens
        let places = tokens.indices
            .filter { ["address", "street", "postcode", "zip", "zipcode", "postal", "house", "flat", "apartment"].contains(tokens[$0]) }
            .filter { index in
                // "house" and "flat" name a place only as "house number", "flat number"; "zip" and "postal" with "code".
                switch tokens[index] {
                case "house", "flat", "apartment": index + 1 < tokens.count && tokens[index + 1] == "number"
                case "zip", "postal": index + 1 < tokens.count && tokens[index + 1] == "code"
                default: true
                }
            }
        guard !places.isEmpty else { return reason }
        let errors: Set<String> = ["wrong", "old", "new", "change", "changed", "changing", "typo", "mistake", "incorrect", "misspelled",
                                   "moved", "move", "moving", "outdated", "previous", "mixed", "typed", "wrote", "entered", "put"]
        let rights: Set<String> = ["same", "fine", "correct", "right", "usual", "always", "ok", "okay"]
        for place in places {
            let near = tokens[max(0, place - 4)..<min(tokens.count, place + 6)]
            if near.contains(where: rights.contains) { return reason }
        }
        for place in places {
            let near = tokens[max(0, place - 4)..<min(tokens.count, place + 6)]
            if near.contains(where: errors.contains) { return .changeShippingAddress }
        }
        return reason
    }

    /// The outcome a line asks for, minus the ones it refuses ("no return, just 4 euro back").
    static func outcome(_ clause: UnderstoodClause) -> DisputeOutcome? {
        let words = Words(clause.text)
        let refusesReturn = words.containsAny(["dont want to return", "not return", "no return", "without return", "dont return",
                                               "not send it back", "dont want to send it back", "keep it", "keep the"])
            || Self.negatesReturn(words)
        let refusesPartial = words.containsAny(["no partial", "not partial", "dont want partial", "not a partial", "not just part"])
        // The option named by its own label ("I want full refund") is what the buyer chose, whatever the extractor read.
        let labelled = [(DisputeOutcome.fullRefund, "full refund"), (.partialRefund, "partial refund"), (.returnAndRefund, "return and refund")]
            .filter { words.contains(phrase: $0.1) }
        if labelled.count == 1, let (chosen, label) = labelled.first, !words.containsAny(["no " + label, "not " + label, "not a " + label, "dont want " + label]) {
            return chosen
        }
        let read = clause.entities.disputeOutcome ?? OptionMatcher.outcome(clause.text)
        switch read {
        case .returnAndRefund? where refusesReturn:
            return clause.entities.amounts.isEmpty ? (words.containsAny(["full", "all my money", "everything"]) ? .fullRefund : .partialRefund) : .partialRefund
        case .partialRefund? where refusesPartial:
            return .fullRefund
        case let outcome:
            return outcome
        }
    }

    /// "we wont be sending it back", "not going to return it": a verb negated, then the item sent back (a reply's "no" is not).
    static func negatesReturn(_ words: Words) -> Bool {
        let tokens = words.tokens
        let skipped: Set<String> = ["want", "wanna", "to", "it", "this", "them", "going", "gonna", "will", "be", "the", "item", "really"]
        for (index, word) in tokens.enumerated() where ["not", "dont", "never", "wont", "cant", "didnt"].contains(word) {
            var probe = index + 1
            while probe < tokens.count, !words.breakBefore[probe], skipped.contains(tokens[probe]) { probe += 1 }
            guard probe < tokens.count, !words.breakBefore[probe] else { continue }
            if tokens[probe] == "return" || tokens[probe] == "returning" { return true }
            let verb = ["send", "sending", "ship", "shipping", "give", "post", "mail", "mailing"].contains(tokens[probe])
            if verb, tokens[(probe + 1)..<min(tokens.count, probe + 3)].contains("back") { return true }
        }
        return false
    }

    private static let verbLeadFillers: Set<String> = ["hi", "hello", "hey", "please", "pls", "plz", "i", "want", "wanna", "to", "would", "like", "id", "can",
                                                       "could", "you", "just", "ok", "okay", "need", "and", "then", "also", "now", "so",
                                                       // hedges before the verb: "ok then at least delete it", "simply cancel it" (not "maybe": a thought, no request)
                                                       "at", "least", "only", "simply", "actually", "instead", "rather"]
    /// "cancel the earbuds… wait no, the phone case": a line that opens with the action names it, whatever the rest suggests.
    static func verbLedGoal(_ text: String) -> DialogGoal? {
        var words = Words(text).tokens[...]
        var asks = false
        while let first = words.first, Self.verbLeadFillers.contains(first) { asks = asks || first == "can" || first == "could"; words = words.dropFirst() }
        guard let verb = words.first, !words.contains("or") else { return nil }   // "cancel the payment or the order?" is a choice
        // "can i delete an order while the dispute is open?" asks what the rules allow; it is no request.
        if asks, words.contains(where: { ["while", "if", "when", "during", "after", "before"].contains($0) }) { return nil }
        let object = Set(words.dropFirst().prefix(3))
        switch verb {
        case "cancel", "cancle", "cancell":
            return object.isDisjoint(with: ["payment", "charge", "transaction", "paying"]) ? .cancelOrder : .cancelPayment
        case "delete", "remove":
            return saysPermanently(text) ? .deletePermanently : .deleteOrder
        case "restore", "undelete": return .restoreOrder
        // "confirm receipt of the poles", "confirm delivery": not "confirm the cancellation".
        case "confirm" where !object.isDisjoint(with: ["receipt", "delivery", "received", "arrival"]): return .confirmReceipt
        default: return nil
        }
    }

    /// "ok. delete the cartridge pack" → "delete the cartridge pack".
    static func withoutLeadingReply(_ text: String) -> String {
        let words = Words(text).tokens
        let rest = words.drop { ["ok", "okay", "yes", "yeah", "yep", "sure", "fine", "alright", "no", "nope", "thanks"].contains($0) }
        return rest.joined(separator: " ")
    }

    private static let requestVerbs: Set<String> = ["cancel", "delete", "remove", "restore", "message", "write", "tell", "ask", "contact", "open", "dispute",
                                                    "confirm", "show", "check", "track", "where", "what", "how", "when", "why", "can", "could", "would",
                                                    "will", "is", "are", "do", "does", "want", "need", "help", "get", "send", "list", "refund", "give", "stop", "make",
                                                    "bring", "put", "whats"]
    /// "cancel the lamp", "can you…", "I want to…", "where is…?": a request, not a story ("I asked to cancel before it shipped").
    static func soundsLikeRequest(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: "?")) { return true }
        var words = Words(text).tokens[...]
        while let first = words.first, ["ok", "okay", "and", "also", "just", "please", "pls", "now", "then", "hi", "hello", "so", "but",
                                         "oh", "actually", "wait", "no", "sorry", "forget", "it", "that", "instead",
                                         // "wait first …", "hold on, more urgent: …", "before that, …"
                                         "first", "before", "hold", "on", "more", "urgent", "hmm", "quickly", "one", "thing"].contains(first) {
            words = words.dropFirst()
        }
        guard let first = words.first else { return false }
        if Self.requestVerbs.contains(first) { return true }
        let second = words.dropFirst().first ?? ""
        return first == "i" && ["want", "wanna", "need", "would", "d", "like", "wish"].contains(second) || first == "id" || first == "lets"
    }

    /// "cancel the portable speaker, I paid it by mistake": the thing cancelled is the item, not a payment.
    static func cancelsAnItem(_ clause: UnderstoodClause) -> Bool {
        let words = Words(clause.text).tokens
        guard let index = words.firstIndex(where: { $0.hasPrefix("cancel") }), case .items? = clause.entities.orderReference else { return false }
        let object = words[(index + 1)...].prefix(4)
        return !object.contains { ["payment", "charge", "transaction", "pay", "paying", "money"].contains($0) }
    }

    /// The words before "send" when the buyer is the one sending ("i want to send …", "could i please send …").
    static let senderLeads: Set<String> = ["i", "want", "wanna", "to", "would", "like", "id", "can", "could", "may", "please", "pls", "let",
                                           "me", "need", "just", "ok", "okay", "so", "and", "also", "then", "lets", "quickly", "hi", "hello"]

    /// "message harbor gadgets: …", "tell the seller to …", "ask lumen lighting if …".
    static func startsMessage(_ text: String, sellers: [SellerID: Seller]) -> Bool {
        let words = Words(text).tokens
        // "can i send a quick message to the maker", "please drop him a note": a note the buyer sends to someone is a
        // message to the seller. Only with the buyer as the sender: the verb opens the line, or follows "i want to",
        // "can i", "please", "let me"…; "will the seller send a message …?" asks about the seller.
        if let send = words.prefix(6).firstIndex(where: { ["send", "drop"].contains($0) }),
           words[..<send].allSatisfy(Self.senderLeads.contains),
           let note = words[(send + 1)...].prefix(4).firstIndex(where: { ["note", "message", "msg", "line"].contains($0) }),
           !words[(send + 1)..<note].contains(where: { ["me", "us", "you", "your", "my", "it", "this", "that"].contains($0) }),
           note + 1 < words.count, ["to", "for"].contains(words[note + 1]) || words[(send + 1)..<note].contains(where: { ["them", "him", "her"].contains($0) }) {
            return true
        }
        guard let verbIndex = words.prefix(4).firstIndex(where: { ["message", "tell", "ask", "write", "contact", "msg"].contains($0) }) else { return false }
        let rest = Array(words[(verbIndex + 1)...].prefix(5))
        // "tell the seller …", "ask the lamp seller …", "tell the air fryer seller …": the seller named after up to three words
        // (an item's name); "tell me why the seller …", "ask you if the seller …", "tell support …" ask the assistant.
        if rest.prefix(4).contains(where: { ["seller", "sellers", "store", "shop", "vendor"].contains($0) }),
           !["me", "us", "you", "support", "concierge"].contains(rest.first ?? "") {
            return true
        }
        // "ask him about the delay", "message them": where the buyer writes, "him" and "them" are the seller.
        let object = rest.first == "to" ? rest.dropFirst().first : rest.first
        if ["write", "message", "msg", "contact"].contains(words[verbIndex]), let object, ["him", "her", "them"].contains(object) { return true }
        return sellers.values.contains { seller in
            let name = Words(seller.name).tokens.filter { $0.count >= 3 }
            guard let first = name.first else { return false }
            return rest.prefix(2).contains(first)
        }
    }

    /// "description: parcel stuck": the text after a label.
    static func labelled(_ label: String, in text: String) -> String? {
        guard let range = Words.range(of: label + ":", caseInsensitiveIn: text) else { return nil }
        let value = text[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ,.\""))
        return value.count >= 3 ? value : nil
    }

    func isBareOrderNumber(_ line: UnderstoodClause) -> Bool {
        guard let number = line.entities.orderNumbers.first else { return false }
        if line.classification.intent == "list_orders" { return true }   // "show me order 7300000042"
        return line.text.filter(\.isLetter).count <= 6 && line.text.contains(number.rawValue)
            && (line.classification.isOutOfScope || line.classification.confidence < 0.5)
    }

    func isSocial(_ line: UnderstoodClause) -> Bool {
        ["thanks", "goodbye", "greet"].contains(line.classification.intent) && line.classification.confidence >= 0.9
            && !DialogReply.isBareYesOrNo(line.text)
    }

    static func isRequest(_ command: DialogueCommand) -> Bool {
        switch command {
        case .startFlow, .answer, .listOrders, .handoff, .explainRefusal: true
        default: false
        }
    }

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

    /// A short, readable yes: every word a word (or a chat word such as "pls"), not random bytes that happen
    /// to start with a "y".
    static func isRecognisableReply(_ text: String) -> Bool {
        guard text.count <= 80 else { return false }
        let allowed = CharacterSet.letters.union(.whitespaces).union(CharacterSet(charactersIn: ".,!?'’-:)(0123456789"))
        guard text.unicodeScalars.allSatisfy({ allowed.contains($0) }) else { return false }
        let words = Words(text).tokens
        guard !words.isEmpty, words.count <= 10 else { return false }
        return words.allSatisfy { word in
            chatWords.contains(word) || (word.count >= 2 && word.allSatisfy { $0.isASCII } && EnglishLexicon.contains(word))
        }
    }

    /// "cancel that", "cancel this", "cancel": a bare or demonstrative form; at a cancel summary it may mean
    /// "stop this", so it never counts as a yes.
    static func isBareRequestWord(_ text: String) -> Bool {
        let words = Words(text).tokens.filter { !["please", "pls", "just", "ok", "okay", "oh", "ah", "now"].contains($0) }
        guard words.first == "cancel" else { return false }
        return words.dropFirst().allSatisfy { ["that", "this", "it", "all"].contains($0) }
    }

    /// Words that say yes to a summary when the request is asked for again ("ok yes confirm it", "go ahead and cancel").
    static let confirmWords = ["yes", "yeah", "yep", "yup", "ya", "ok", "okay", "sure", "confirm", "confirmed", "go ahead", "do it",
                               "proceed", "correct", "right"]

    /// Short words of chat replies that a dictionary may not hold.
    static let chatWords: Set<String> = [
        "y", "ya", "yes", "yess", "yesss", "yea", "yeah", "yep", "yup", "ye", "ok", "okay", "okey", "k", "kk", "sure", "pls", "plz",
        "please", "thx", "thanks", "ty", "go", "ahead", "do", "it", "that", "i", "a", "confirm", "confirmed", "correct", "right",
        "fine", "alright", "absolutely", "definitely", "of", "course", "send", "now", "just", "and", "so", "oh", "ah", "si", "oui", "ja",
        // Contractions typed without the apostrophe ("yes thats it").
        "thats", "its", "lets", "im", "ive", "youre", "whats",
        // Short words a dictionary of longer words may leave out ("yes i am sure").
        "am", "is", "me", "my", "we", "be", "to",
        // Courtesy around a yes ("yes please, thank you very much").
        "you", "thank", "very", "much", "lot", "kindly", "sir", "madam",
    ]

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
    static func asksToShowOrder(_ line: UnderstoodClause) -> OrderID? {
        guard line.entities.orderNumbers.count == 1, let number = line.entities.orderNumbers.first else { return nil }
        return Words(line.text).tokens.allSatisfy { $0 == number.rawValue || Self.showOrderFillers.contains($0) } ? number : nil
    }

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
            || ["twice", "times", "2x", "payments", "charges", "debits", "transactions"].contains(where: { lower.contains($0) }) else {
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
        for (index, token) in words.tokens.enumerated() where token == "why" && (index == 0 || words.breakBefore[index]) {
            let next = words.tokens[(index + 1)...].prefix(4)
            if next.contains(where: { ["cant", "cannot", "not", "wont", "isnt", "doesnt", "didnt", "unable", "no"].contains($0) }) { return true }
        }
        // "what does frozen mean?", "what means closed?", "what is meant by permanent?": what a word of the refusal means.
        for (index, token) in words.tokens.enumerated() where token == "what" && index + 2 < words.count {
            let next = words.tokens[(index + 1)...].prefix(5)
            if next.first == "means" || Array(next.prefix(3)) == ["is", "meant", "by"] { return true }
            if next.first == "does", next.dropFirst().prefix(4).contains("mean") { return true }
        }
        return words.containsAny(["why not", "what can i do", "what i can do", "what can we do", "what i should do",
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
        let terms = ["perman", "forever", "for good", "completely", "entirely", "erase"]
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
