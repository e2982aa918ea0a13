import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// The words and phrases the generator recognises: reasons and outcomes, requests and who a message goes to, short replies.
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
        return clause.entities.disputeReason ?? (firstLine ? matched ?? wrongItemDescribed(Words(clause.text)) : nil)
    }

    /// "inside the parcel was a pair of sunglasses and not my reading glasses", "they sent me a blue one instead of the
    /// red one": another thing came than the one ordered, described rather than named. Not a size or colour that is off
    /// ("not my size"), which the buyer may mean as not as described.
    static func wrongItemDescribed(_ words: Words) -> DisputeReason? {
        guard words.containsAny(["and not my", "but not my", "instead of my", "instead of the", "not what i ordered", "not what i bought",
                                 "sent me the wrong", "sent the wrong", "received the wrong", "got the wrong", "someone elses",
                                 "a different item", "a different product", "completely different item", "not the item i ordered"]),
              !words.containsAny(["not my size", "not my colour", "not my color", "instead of the size", "instead of my size"]) else { return nil }
        return .wrongItem
    }

    /// The cancellation reason a line gives: "the postcode I typed is wrong, I'll buy it again" is about the address,
    /// however broadly its other words read as changing the order. Only when a word of error or change stands next to the
    /// address ("wrong / old / new / typo … street"), nothing calls it right ("same address", "the address is correct"),
    /// and the line says nothing about the item itself (its size, colour, flavour, pack…).
    static func cancellationReason(_ clause: UnderstoodClause, or matched: @autoclosure () -> CancellationReason?) -> CancellationReason? {
        let reason = clause.entities.cancellationReason ?? matched()
        if reason == .paymentProblem { return mistakeAbout(clause.text) ?? reason }
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
        // "i dont want partial refund or send anything back, i want full refund": an option named only to be refused is not chosen.
        let labelled = [(DisputeOutcome.fullRefund, "full refund"), (.partialRefund, "partial refund"), (.returnAndRefund, "return and refund")]
            .filter { words.contains(phrase: $0.1) && !Self.refusedBefore($0.1, in: words) }
        if labelled.count == 1, let (chosen, label) = labelled.first, !words.containsAny(["no " + label, "not " + label, "not a " + label, "dont want " + label]) {
            return chosen
        }
        // "6 euro back, not all the money": the whole amount refused is part of it. Only words about the money: "not everything
        // was in the box" and "the box was not full" speak of the parcel; a line that also asks for all of it back refuses nothing.
        let refusesFull = words.containsAny(["not all the money", "not all my money", "no full refund", "not a full refund", "not full refund",
                                             "dont want full", "dont want a full", "dont need all of it back", "dont need all my money",
                                             "dont need all the money", "dont need all of it"])
            && !words.containsAny(["all my money back", "all the money back", "refund everything", "everything back", "refund all",
                                   "all of it back please", "whole amount back", "give me all"])
        // "i want every cent back": the whole amount, in the buyer's words.
        let read = clause.entities.disputeOutcome ?? OptionMatcher.outcome(clause.text)
            ?? (words.containsAny(["every cent", "every penny", "every dollar", "every euro", "every last", "all my money back", "the whole amount back",
                                   "all of my money", "100 percent"]) ? .fullRefund : nil)
        switch read {
        case .returnAndRefund? where refusesReturn:
            // "I don't want to send it back, just my money, all of it": without the return, the words of a full refund
            // (the matcher's own) decide; an amount or nothing of them is part of the money.
            let full = words.containsAny(["full", "everything"] + Self.fullRefundWords) && !words.containsAny(Self.partialRefundWords)
            return clause.entities.amounts.isEmpty && full ? .fullRefund : .partialRefund
        case .partialRefund? where refusesPartial:
            return .fullRefund
        case .fullRefund? where refusesFull:
            return .partialRefund
        case let outcome:
            return outcome
        }
    }

    /// Whether a line speaks of money: a currency sign or name, or words of paying back ("5 back", "refund of 8").
    /// An amount with cents ("3.50", "3,50") or asked for ("i want only 3") is money too.
    static func speaksOfMoney(_ text: String) -> Bool {
        if text.contains(where: { "$€£¥₺₹".contains($0) }) { return true }
        if text.range(of: #"\d[.,]\d\d(?!\d)"#, options: .regularExpression) != nil { return true }
        return Words(text).tokens.contains { Self.moneyTokens.contains($0) }
    }

    static let moneyTokens: Set<String> = ["usd", "eur", "gbp", "cad", "aud", "jpy", "brl", "chf", "dollar", "dollars", "euro", "euros",
                                           "pound", "pounds", "yen", "lira", "tl", "reais", "bucks", "back", "refund", "money", "cents",
                                           "pay", "paid", "price", "cost", "costs", "charged", "want"]

    /// Words between a negation and what it refuses ("dont WANT A partial refund", "not ASKING FOR a full refund").
    static let refusalFillers: Set<String> = ["want", "wanna", "need", "a", "the", "any", "to", "get", "ask", "asking", "for", "accept",
                                              "take", "do", "it", "really", "just", "even"]

    /// Whether a negation leads up to the phrase ("i dont want partial refund", "no partial refund", "not asking for a full
    /// refund"): a negator, then only words like "want a", then the phrase, with no sentence or comma break between.
    static func refusedBefore(_ phrase: String, in words: Words) -> Bool {
        let parts = phrase.split(separator: " ").map(String.init)
        let tokens = words.tokens
        guard !parts.isEmpty, tokens.count >= parts.count else { return false }
        for start in 0...(tokens.count - parts.count) where Array(tokens[start..<(start + parts.count)]) == parts {
            var probe = start - 1
            while probe >= 0, !words.breakBefore[probe + 1] {
                if Words.negators.contains(tokens[probe]) { return true }
                guard Self.refusalFillers.contains(tokens[probe]) else { break }
                probe -= 1
            }
        }
        return false
    }

    /// The words the option matcher takes for a full refund ("all my money", "all of it", "money back").
    static let fullRefundWords: [String] = OptionMatcher.outcomeWords.first { $0.0 == .fullRefund }?.1 ?? []
    /// The words it takes for part of the money ("some money", "half"), besides keeping the item.
    static let partialRefundWords: [String] = (OptionMatcher.outcomeWords.first { $0.0 == .partialRefund }?.1 ?? []).filter { $0 != "keep it" }

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
                                                       "at", "least", "only", "simply", "actually", "instead", "rather",
                                                       // "nah just cancel it now then", "fine, delete it": a brush-off or assent before the verb
                                                       "nah", "fine", "alright", "right", "yeah", "yep"]
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
        // "hmm hold on, she says first ask the seller …": a request passed on for someone else.
        if let passedOn = withoutReportedFrame(text), passedOn != text, soundsLikeRequest(passedOn) { return true }
        var words = Words(text).tokens[...]
        while let first = words.first, ["ok", "okay", "and", "also", "just", "please", "pls", "now", "then", "hi", "hello", "so", "but",
                                         "oh", "actually", "wait", "no", "sorry", "forget", "it", "that", "instead",
                                         // "wait first …", "hold on, more urgent: …", "before that, …"
                                         "first", "before", "hold", "on", "more", "urgent", "hmm", "quickly", "one", "thing",
                                         // "leave this, first delete …", "never mind, cancel …": the step is left for a request.
                                         "leave", "this", "never", "mind", "nevermind", "drop", "skip"].contains(first) {
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
}
