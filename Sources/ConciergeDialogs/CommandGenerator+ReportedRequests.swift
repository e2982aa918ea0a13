import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Requests the buyer passes on for someone else, and requests to write to the seller that open a later clause.
///
/// Buyers handling an order for someone ("my dad wants to cancel the heater", "Carla says cancel the knife set",
/// "Ms Okafor wants the toner cancelled") frame the request with that person's wish; the request is the buyer's all
/// the same. And a line often says something first and asks to write to the seller after it ("the lamp I'm keeping,
/// but tell Brightside to wrap it well", "still nothing? can you nudge them, tell them I asked on the 19th").
extension CommandGenerator {
    /// Who the buyer acts for: relatives, people at work, "she"/"he", a title and a name.
    private static let reportedPeople = #"(?:(?:my|our|her|his|the)\s+)?(?:mom|mum|mommy|mother|ma|dad|daddy|father|pa|wife|husband|sister|brother|son|daughter|grandma|grandpa|granny|grandmother|grandfather|nan|nana|nanna|abuela|abuelo|oma|opa|aunt|auntie|uncle|boss|partner|girlfriend|boyfriend|fiance|fiancee|friend|neighbour|neighbor|niece|nephew|cousin|kid|client|colleague|manager|roommate|flatmate|she|he|(?:ms|mr|mrs|miss|dr)\.?\s+[a-z]+)"#
    /// The wish: "wants (me) to", "says (that)", "would like to", "asked me to", "needs to".
    private static let reportedWish = #"(?:wants|wanted|would\s+like|needs|says|said|asked\s+me|asks\s+me|told\s+me|tells\s+me)(?:\s+(?:that|me))?(?:\s+(?:i|we|you)\s+(?:should|need\s+to|have\s+to|must))?(?:\s+to)?\s+(?:please\s+|pls\s+)?"#
    private static let reportedFrame = try? NSRegularExpression(
        pattern: #"(^|[.!?;,:]\s*|\b(?:but|and|so|hmm|ok|okay|well|now)\s+)"# + reportedPeople + #"\s+"# + reportedWish,
        options: [.caseInsensitive])
    /// "Carla says …", "Tomasz wants …": a name, capitalised, before the wish (not a thing that "says" something).
    private static let namedFrame = try? NSRegularExpression(
        pattern: #"(^|[.!?;,:]\s*|\b(?:but|and|so)\s+)([A-Za-z][a-z]+)\s+"# + reportedWish, options: [])
    /// Capitalised words that "say" or "want" things without being a person the buyer acts for.
    private static let notPeople: Set<String> = ["it", "this", "that", "tracking", "order", "app", "site", "website", "page", "screen", "status",
                                                 "seller", "shop", "store", "bank", "email", "they", "everyone", "nobody", "which", "what", "who",
                                                 "paypal", "alipay", "listing", "courier", "post", "system", "message", "label", "receipt", "i",
                                                 "you", "we", "he", "she", "please", "pls", "also", "and", "so", "then", "now", "just", "ok", "okay",
                                                 "everything", "something", "nothing", "carrier", "dhl", "ups", "fedex", "usps", "notification",
                                                 "support", "agent", "someone", "somebody", "mine", "there", "here", "invoice", "account", "card",
                                                 "refund", "payment", "package", "parcel", "delivery", "item", "product", "box", "note", "sign",
                                                 "one", "seller's", "sellers", "shops", "hi", "hello", "hey", "yes", "no", "but", "because"]

    /// The line with the frame of a request passed on taken out ("my dad wants to cancel the heater" → "cancel the heater",
    /// "hmm hold on, she says first ask the seller if …" → "hmm hold on, first ask the seller if …"); nil without one.
    /// Only a wish said now: "mom asked to cancel it on the 14th" tells what happened, and keeps its words.
    static func withoutReportedFrame(_ text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        if let match = reportedFrame?.firstMatch(in: text, range: range), let whole = Range(match.range, in: text),
           let lead = Range(match.range(at: 1), in: text) {
            return String(text[..<whole.lowerBound]) + String(text[lead]) + String(text[whole.upperBound...])
        }
        for match in namedFrame?.matches(in: text, range: range) ?? [] {
            guard let whole = Range(match.range, in: text), let lead = Range(match.range(at: 1), in: text),
                  let name = Range(match.range(at: 2), in: text), !notPeople.contains(text[name].lowercased()) else { continue }
            return String(text[..<whole.lowerBound]) + String(text[lead]) + String(text[whole.upperBound...])
        }
        return nil
    }

    /// "she wants the colour toner set cancelled", "I'd like the lamp order deleted": the order named, then what is to
    /// be done to it, after a wish. The goal, or nil.
    static func wantsItDone(_ text: String) -> DialogGoal? {
        let tokens = Words(text).tokens
        guard let wish = tokens.firstIndex(where: { ["want", "wants", "wanted", "need", "needs", "like"].contains($0) }) else { return nil }
        let after = tokens[(wish + 1)...].prefix(8)
        guard let first = after.first, ["the", "her", "his", "my", "that", "this", "it", "those", "these", "both", "our"].contains(first) else { return nil }
        for (offset, word) in after.enumerated() where offset >= 1 {
            switch word {
            case "cancelled", "canceled", "cancelld": return .cancelOrder
            case "deleted", "removed": return .deleteOrder
            case "restored": return .restoreOrder
            case "to", "and", "but", "because", "so", "or", "if": return nil
            default: continue
            }
        }
        return nil
    }

    /// Verbs that ask for the seller to be written to, beside those of `startsMessage`: "nudge them", "chase the seller".
    private static let nudgeVerbs: Set<String> = ["nudge", "chase", "remind", "poke", "ping"]

    /// "the floor lamp i'm keeping but tell brightside to wrap it well", "The lamp says it's waiting. Can you write to them
    /// and ask …", "still nothing? can you nudge them": a later clause of the line that opens by asking to write to the seller.
    func laterClauseStartsMessage(_ text: String) -> Bool {
        let pieces = Self.clausePieces(text)
        guard pieces.count > 1 else { return false }
        for piece in pieces.dropFirst() {
            if Self.startsMessage(piece, sellers: context.sellers) || Self.asksToWriteToThem(piece) { return true }
        }
        return false
    }

    /// "tell them I asked on the 19th", "can you nudge them", "could you just send them a little note": writing to "them"
    /// (the seller, where the buyer writes) asked at the opening of a clause.
    static func asksToWriteToThem(_ piece: String) -> Bool {
        var tokens = Words(piece).tokens[...]
        while let first = tokens.first, ["can", "could", "would", "will", "you", "please", "pls", "just", "also", "then", "now", "maybe", "quickly"].contains(first) {
            tokens = tokens.dropFirst()
        }
        guard let verb = tokens.first else { return false }
        let object = Array(tokens.dropFirst().prefix(4))
        let them = ["them", "him", "her", "seller"]
        if ["tell", "ask", "message", "msg", "write", "contact"].contains(verb) || nudgeVerbs.contains(verb) {
            let target = object.first == "to" ? object.dropFirst().first : object.first
            return target.map { them.contains($0) || $0 == "the" && object.contains("seller") } ?? false
        }
        // "send them a little note to say …"
        if ["send", "drop"].contains(verb), object.first.map(["them", "him", "her"].contains) == true {
            return object.contains { ["note", "message", "msg", "line"].contains($0) }
        }
        return false
    }

    /// The clauses of a line as the buyer punctuated it, and "but"/"so" joining them.
    static func clausePieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            if ".!?;,".contains(character) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.flatMap { piece -> [String] in
            piece.components(separatedBy: " but ").flatMap { $0.components(separatedBy: " so ") }
        }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "keep it", said as the buyer's decision, not under a condition: "if they have the 10 inch set she'll keep it" keeps
    /// nothing yet (the cancellation waits on the seller's answer).
    static func keepsItOutright(_ text: String) -> Bool {
        guard keepsIt(text) else { return false }
        return clausePieces(text).contains { piece in
            keepsIt(piece) && !Words(piece).containsAny(["if", "unless", "as long as", "in case", "provided"])
        }
    }

    /// "the laundry basket i never paid, bin it", "kill the power bank order (never paid it)": a clause led by a slang
    /// verb of throwing away takes the order away — moved to deleted orders, or cancelled where it is still open (see
    /// `removalMeansCancel`). In a flow only when the line names another order: there "scrap it" may drop the request.
    func throwsAwayAnOrder(_ text: String) -> DialogGoal? {
        let leads: Set<String> = ["ok", "okay", "now", "just", "pls", "please", "and", "so", "then", "can", "could", "you", "u", "also", "yes", "yeah"]
        let led = Self.clausePieces(text).contains { piece in
            let tokens = Words(piece).tokens.drop { leads.contains($0) }
            guard let verb = tokens.first, ["bin", "scrap", "ditch", "kill", "axe", "trash", "nuke"].contains(verb) else { return false }
            return Self.removes(Words(tokens.joined(separator: " ")))
        }
        guard led else { return nil }
        if context.expecting != .nothing {
            let named = mentions(text).meant
            guard !named.isEmpty, !named.contains(where: { $0 == context.activeOrder }) else { return nil }
        }
        return .deleteOrder
    }

    /// "he has the reading glasses on and says theyre fine, confirm those first", "the cozy one arrived, confirm it then, its
    /// lovely": a clause "confirm it" (them, those) in a line that says the item came or is fine is confirming receipt.
    /// Not where the buyer's own text is asked for, nor at a summary (the yes there is read as a whole).
    func confirmsWhatIsFine(_ text: String) -> Bool {
        guard !context.expecting.takesFreeText, context.expecting != .confirmation else { return false }
        let words = Words(text)
        guard words.containsAny(["fine", "good", "arrived", "came", "works", "working", "great", "perfect", "lovely", "ok", "okay",
                                 "received", "happy", "all good", "no problem", "love it", "love them"]),
              !words.containsAny(["not", "dont", "doesnt", "didnt", "isnt", "arent", "never", "broken", "wrong", "damaged", "missing"]) else { return false }
        let leads: Set<String> = ["ok", "okay", "so", "then", "and", "pls", "please", "just", "can", "could", "you", "u", "now", "yes", "yeah"]
        let tails: Set<String> = ["first", "please", "pls", "now", "then", "too", "for", "me", "him", "her", "them", "as", "well", "thanks", "today"]
        return Self.clausePieces(text).contains { piece in
            let tokens = Array(Words(piece).tokens.drop { leads.contains($0) })
            guard tokens.count >= 2, tokens[0] == "confirm", ["it", "them", "those", "these", "this", "that"].contains(tokens[1]) else { return false }
            return tokens.dropFirst(2).allSatisfy(tails.contains)
        }
    }

    /// "… its been 17 days and tracking hasnt moved. open a dispute for not received, full refund pls": a later clause
    /// led by opening a dispute asks for one, however long the story before it.
    static func laterClauseOpensDispute(_ text: String) -> Bool {
        let leads: Set<String> = ["ok", "okay", "so", "then", "and", "pls", "please", "just", "can", "could", "you", "u", "now", "i", "want", "to",
                                  "need", "would", "like", "id", "wanna", "she", "he", "wants", "needs", "we"]
        // The line's first clause too, when the line asks nothing ("open a dispute for not received, full refund pls, …").
        let pieces = clausePieces(text)
        let asks = text.contains("?") || Words(pieces.first ?? "").tokens.first.map(["can", "could", "how", "when", "why", "is", "do", "should", "what"].contains) == true
        return pieces.dropFirst(asks ? 1 : 0).contains { piece in
            let tokens = Array(Words(piece).tokens.drop { leads.contains($0) })
            guard let verb = tokens.first, ["open", "start", "file", "raise"].contains(verb) else { return false }
            let object = tokens.dropFirst().prefix(2)
            return object.contains { ["dispute", "claim"].contains($0) } && !object.contains("my")
        }
    }
}
