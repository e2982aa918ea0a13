import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Requests said with another word than the platform's: money back asked for an order that has not shipped (a cancellation),
/// an order "removed" or "got rid of" while it is still under way (a cancellation), an order "hidden" or "archived" (moved to
/// deleted orders), a "complaint" or "claim" to make (a dispute). Each reading holds only where the order's state allows no
/// other: the buyer's word is read as what it can mean for that order, never as an action on its own.
extension CommandGenerator {
    // MARK: - Money back asked for

    /// "I want my money back for the lamp", "can I have a refund on the wool", "refund me the boots please": money back asked
    /// for, not asked about. Not "when will I get my money back", "did I get a refund", "will the money go back to my card",
    /// nor an action only supposed ("if I cancel, do I get a refund").
    static func asksForMoneyBack(_ words: Words) -> Bool {
        guard words.containsAny(moneyBackRequests), !words.containsAny(moneyBackQuestions), !asksIfTheActionWere(words) else { return false }
        return !words.tokens.contains { ["when", "where", "wheres", "how", "whether", "status"].contains($0) }
    }

    /// Ways of asking for money back.
    private static let moneyBackRequests = ["want a refund", "want refund", "want refunds", "want my money", "want the money", "wanna refund",
                                            "need a refund", "need refund", "need refunds", "need my money", "need the money back",
                                            "like a refund", "like my money", "like the money back", "like refunds",
                                            "want a full refund", "want full refund", "like a full refund", "like full refund", "need a full refund",
                                            "want a partial refund", "like a partial refund",
                                            "have a refund", "have refunds", "have my money", "have the money back",
                                            "get a refund", "get refunds", "get my money", "get the money back",
                                            "refund me", "refund it", "refund them", "refund this", "refund that", "refund the", "refund my",
                                            "please refund", "pls refund", "money back please", "give me my money", "give me a refund",
                                            "give me back my money", "give my money back", "return my money", "send my money back"]

    /// Words that make a line with money back in it a question about a refund rather than a request for one.
    private static let moneyBackQuestions = ["if i", "did i", "did the", "did they", "did you", "have i", "has the", "is my refund",
                                             "is the refund", "will i", "would i", "do i get", "got my money", "get my money yet",
                                             "refund yet", "money yet", "already refunded", "refunded already", "still waiting", "waiting for my", "know if", "know when"]

    /// Whether money back asked for means cancelling the orders named: every one of them is paid-and-waiting or unpaid, so
    /// nothing has shipped to dispute and no refund exists to ask about. Not beside a fault with an item (a misread order).
    func moneyBackMeansCancel(_ clause: UnderstoodClause, orders: [OrderID]) -> Bool {
        guard !orders.isEmpty, Self.asksForMoneyBack(Words(clause.text)) else { return false }
        guard clause.entities.disputeReason == nil || clause.entities.disputeReason == .notReceived else { return false }
        return orders.allSatisfy { id in
            context.orders.first { $0.id == id }.map { [.awaitingPayment, .awaitingShipment].contains($0.status) } ?? false
        }
    }

    /// "… still nothing after 15 days. I'd like a full refund please" torn between the order's status and a dispute: money
    /// asked for back settles it as the dispute (an order not shipped was already read as its cancellation).
    func moneyBackSettles(_ pair: Set<DialogGoal>, _ clause: UnderstoodClause) -> DialogGoal? {
        guard pair.count == 2, pair.contains(.openDispute), pair.contains(.orderStatus) || pair.contains(.refundStatus),
              Self.asksForMoneyBack(Words(clause.text)) else { return nil }
        return .openDispute
    }

    // MARK: - An order removed while it is under way

    /// "please remove the order I never paid", "can you get rid of it", "whatever I ordered on the 18th, drop it": taking away
    /// an order that is still under way (unpaid, paid and waiting, shipped) is cancelling it; only a finished order can be moved
    /// to deleted orders, and there the same words still delete. Not where the buyer speaks of the list ("remove it from my
    /// list" is a deletion, refused and explained), nor with "delete", "hide" or "archive", which name the list's own action.
    func removalMeansCancel(_ clause: UnderstoodClause, orders: [OrderID]) -> Bool {
        let words = Words(clause.text)
        guard !orders.isEmpty, Self.removes(words), !words.containsAny(Self.listPlaces),
              !words.tokens.contains(where: { ["delete", "deleted", "hide", "archive", "clear", "erase", "permanently", "forever"].contains($0) }) else { return false }
        return orders.allSatisfy { id in
            context.orders.first { $0.id == id }.map { [.awaitingPayment, .paymentProcessing, .awaitingShipment, .shipped].contains($0.status) } ?? false
        }
    }

    /// Words that take an order away without naming the list: "remove", "get rid of", "drop it", "scrap it".
    static func removes(_ words: Words) -> Bool {
        if words.contains("remove") || words.containsAny(["get rid of", "take away the order", "take the order away"]) { return true }
        let tokens = words.tokens
        return tokens.indices.contains { index in
            ["drop", "scrap", "ditch", "bin", "kill", "axe", "trash", "nuke"].contains(tokens[index]) && index + 1 < tokens.count
                && ["it", "them", "that", "this", "the", "my"].contains(tokens[index + 1])
                && !tokens[(index + 1)..<min(tokens.count, index + 6)].contains { droppedOtherThings.contains($0) }
                && !(index > 0 && Words.negators.contains(tokens[index - 1]))
        }
    }

    /// What "drop" takes that is no order: a note to the seller ("drop the seller a line"), a dispute or a request already made.
    private static let droppedOtherThings: Set<String> = ["note", "line", "message", "msg", "dispute", "claim", "complaint", "case",
                                                          "request", "cancellation", "subject", "idea", "topic", "seller", "shop",
                                                          "store", "him", "her"]

    /// "drop it", "scrap the order", "get rid of that one" after a comma, where the line opens with what it is about ("whatever
    /// I ordered on the 18th, drop it"): a removal, read as the order's state allows (see `removalMeansCancel`).
    static func trailingRemoval(_ text: String) -> DialogGoal? {
        let words = Words(text)
        for index in words.tokens.indices.dropFirst() where words.breakBefore[index] {
            let piece = Words(words.tokens[index...].joined(separator: " "))
            let lead = piece.tokens.drop { ["can", "could", "you", "u", "please", "pls", "just", "so", "then", "and"].contains($0) }
            if let first = lead.first, ["drop", "scrap", "ditch", "bin", "get", "remove"].contains(first), removes(piece) { return .deleteOrder }
        }
        return nil
    }

    /// Places in the buyer's list that make a removal a deletion.
    static let listPlaces = ["list", "my orders", "the orders", "history", "purchases", "clutter", "see it", "see them", "view"]

    // MARK: - Hidden, archived, unarchived

    /// "can u archive my old hoodie order", "please hide the desk organizer order", "the tripod one, hide that": the order
    /// moved out of sight is moved to deleted orders; "unarchive", "unhide" bring one back. Not negated ("don't hide it",
    /// "keep it, don't archive"), nor asked about ("why is it hidden", "how do I hide").
    static func hidesOrArchives(_ words: Words) -> DialogGoal? {
        let tokens = words.tokens
        guard !tokens.contains(where: { ["how", "why", "hidden", "archived"].contains($0) }) else { return nil }
        for index in tokens.indices {
            let goal: DialogGoal
            switch tokens[index] {
            case "hide", "archive": goal = .deleteOrder
            case "unhide", "unarchive": goal = .restoreOrder
            default: continue
            }
            let before = tokens[max(0, index - 3)..<index]
            if before.contains(where: Words.negators.contains) { continue }
            return goal
        }
        return nil
    }

    // MARK: - A complaint, a claim, a report

    /// "I want make complaint for this", "file a claim on the mouse", "I want to report the seller", "do a chargeback": a
    /// dispute named in the buyer's words. Not a question about how ("how do I make a complaint?"), which the catalog answers.
    static func namesDisputeInOtherWords(_ words: Words) -> Bool {
        guard !words.tokens.contains(where: { ["how", "what", "whether", "if"].contains($0) }) else { return false }
        let tokens = words.tokens
        for index in tokens.indices where ["complaint", "claim", "chargeback"].contains(tokens[index]) {
            let before = tokens[max(0, index - 3)..<index]
            if before.contains(where: ["make", "open", "file", "raise", "start", "lodge", "submit", "put", "do", "want", "need"].contains),
               !before.contains(where: Words.negators.contains), !before.contains("any") {
                return true
            }
        }
        return words.containsAny(["report the seller", "report this seller", "report that seller", "report the shop", "report them"])
            && !words.containsAny(["dont want to report", "not report", "no need to report"])
    }

    // MARK: - A deletion told

    /// "I remember deleting it for ever", "I deleted it permanently last year", "I erased it for good when I tidied up": the
    /// buyer tells a permanent deletion already done (a past verb, or "remember" before the verb); it asks for no deletion.
    static func tellsPermanentDeletionDone(_ words: Words) -> Bool {
        guard saysPermanently(words.tokens.joined(separator: " ")) else { return false }
        let tokens = words.tokens
        if tokens.contains(where: ["deleted", "erased", "removed"].contains) { return true }
        guard let at = tokens.firstIndex(where: ["deleting", "erasing", "removing"].contains) else { return false }
        return tokens[max(0, at - 3)..<at].contains(where: ["remember", "recall", "think", "after", "since", "by"].contains)
    }

    /// "well what do I do then?", "so what can I do now", "what are my options": what else is possible, asked after a refusal.
    static func asksWhatToDo(_ words: Words) -> Bool {
        words.containsAny(["what do i do", "what can i do", "what should i do", "what am i supposed to do", "what now", "what are my options",
                           "what options", "what else can", "what other options", "anything i can do", "what to do"])
    }

    // MARK: - An order named by what its page shows

    /// "the one that's still on its way", "the order I never paid", "the one that arrived on Wednesday": of several orders the
    /// words fit, those in the state described; all of them when none is, or when the words describe none.
    func narrowedByDescribedState(_ orders: [OrderID], _ words: Words) -> [OrderID] {
        let notShipped = words.containsAny(["not shipped yet", "hasnt shipped", "not sent yet", "hasnt been sent", "not been sent", "not posted",
                                            "hasnt been posted", "waiting to ship", "waiting to be shipped"])
        var states: Set<OrderStatus> = []
        if notShipped { states.formUnion([.awaitingShipment, .paymentProcessing]) }
        if !notShipped, words.containsAny(["on its way", "on the way", "in transit", "still coming", "been shipped", "was shipped", "already shipped",
                                           "already sent", "says shipped", "says sent"]) { states.insert(.shipped) }
        if words.containsAny(["never paid", "not paid", "didnt pay", "havent paid", "never pay", "unpaid", "waiting for payment",
                              "awaiting payment"]) { states.insert(.awaitingPayment) }
        if words.containsAny(["has arrived", "that arrived", "which arrived", "that came", "which came", "already arrived", "already came",
                              "was delivered", "been delivered", "says delivered"]) { states.formUnion([.delivered, .completed]) }
        guard !states.isEmpty else { return orders }
        let kept = orders.filter { id in context.orders.first { $0.id == id }.map { states.contains($0.status) } ?? false }
        return kept.isEmpty ? orders : kept
    }

    // MARK: - Requests announced

    /// "two things:", "a couple of quick questions", "3 things pls": a clause that only announces how many requests follow
    /// asks for none of them.
    static func announcesRequests(_ text: String) -> Bool {
        let tokens = Words(text).tokens
        guard tokens.contains(where: ["thing", "things", "question", "questions", "requests", "qs"].contains) else { return false }
        return tokens.allSatisfy(announcementWords.contains)
    }

    private static let announcementWords: Set<String> = ["two", "three", "four", "2", "3", "4", "few", "a", "couple", "of", "several", "some",
                                                         "thing", "things", "question", "questions", "requests", "qs", "quick", "small", "more",
                                                         "i", "have", "got", "ive", "hi", "hello", "hey", "so", "ok", "okay", "also", "please",
                                                         "pls", "here", "are", "morning", "good", "for", "you", "need", "with", "help"]

    // MARK: - Possible later

    /// "can I get it back out of deleted orders later if I need the invoice?", "could I delete it one day?": whether an action
    /// stays possible, asked by the buyer about themselves ("can I", "will I be able"), with a time to come or a need that may
    /// arise. Not "can I still cancel it?" (now), nor "can you …" (a request).
    static func asksIfPossibleLater(_ words: Words) -> Bool {
        let tokens = Array(words.tokens.drop { ["and", "so", "ok", "okay", "but", "also", "then"].contains($0) })
        guard tokens.count > 2 else { return false }
        let asksSelf = ["can", "could", "will", "would"].contains(tokens[0]) && ["i", "we"].contains(tokens[1])
            || words.containsAny(["is it possible", "be able to", "will it be possible"])
        return asksSelf && words.containsAny(["later", "someday", "one day", "in the future", "afterwards", "if i need", "if i want",
                                              "if i ever", "in case", "next year", "next month"])
    }

    /// "will the seller still get the red dress order?", "does the shop ship it anyway?": a question whose subject is the
    /// seller, about what they will do; asking them something is "ask the seller …".
    static func asksWhatTheSellerDoes(_ words: Words) -> Bool {
        let tokens = Array(words.tokens.drop { ["and", "so", "ok", "okay", "but", "also", "then", "oh"].contains($0) })
        guard tokens.count > 3, ["will", "would", "does", "did", "has", "is", "can", "could"].contains(tokens[0]) else { return false }
        return tokens[1] == "the" && ["seller", "shop", "store", "vendor"].contains(tokens[2]) || ["they", "he", "she"].contains(tokens[1])
    }

    /// "wait is the keyboard cancelled already or not", "has the lamp been shipped yet?", "was my mug refunded?": whether an
    /// order is in a state, asked with the state's own word: its status, not the action that leads there.
    static func asksStateOf(_ words: Words) -> Bool {
        let tokens = Array(words.tokens.drop { ["wait", "so", "and", "ok", "okay", "but", "hi", "hey", "also", "then"].contains($0) })
        guard let first = tokens.first, ["is", "was", "has", "have", "did", "are", "were"].contains(first) else { return false }
        // "is that going through ok?", "did both go through?": an order or its payment going through is its state too.
        let states = ["cancelled", "canceled", "shipped", "delivered", "refunded", "sent", "posted", "dispatched", "closed"]
        guard let state = tokens.prefix(8).indices.first(where: { states.contains(tokens[$0])
            || tokens[$0] == "through" && $0 > 0 && ["go", "going", "gone", "went"].contains(tokens[$0 - 1]) }) else { return false }
        // "is it possible to cancel …", "did you cancel …" ask or tell something else.
        guard !tokens[..<state].contains(where: ["possible", "you", "able"].contains) else { return false }
        return words.containsAny(["or not", "already", "yet", "now"]) || words.tokens.count <= 8
    }

    /// "can I talk to a real person?", "put me through to a human", "I need a live agent": a person asked for. Not turned
    /// down ("no need for a human", "I don't want an agent"), nor asked about ("is a human reading this?").
    static func asksForAPerson(_ words: Words) -> Bool {
        guard words.containsAny(["talk to a real", "speak to a real", "talk to a human", "speak to a human", "talk to a person",
                                 "speak to a person", "talk to someone", "speak to someone", "speak with someone", "talk with someone",
                                 "a real person", "a live agent", "a human agent", "put me through", "transfer me", "connect me to",
                                 "speak to an agent", "talk to an agent", "speak with an agent", "talk with an agent"]) else { return false }
        return !words.containsAny(["dont want", "do not want", "no need", "dont need", "not a human", "is a human", "are you a", "is this a",
                                   "without a human", "without talking"])
    }

    /// "write to seller of coffee grinder that I want the black colour": the words before what the message is to say ("that",
    /// "saying", "to say"), where a message verb leads; nil when there is no such body.
    static func beforeMessageBody(_ text: String) -> String? {
        for marker in [" that ", " saying ", " to say "] {
            guard let range = Words.range(of: marker, caseInsensitiveIn: text) else { continue }
            let head = String(text[..<range.lowerBound])
            if Words(head).tokens.contains(where: ["write", "tell", "message", "msg", "ask", "send", "contact"].contains) { return head }
        }
        return nil
    }
}
