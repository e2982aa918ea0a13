import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Intents to goals: which request a line names, by its words or by the classifier.
extension CommandGenerator {
    /// The goal each action intent names on its own.
    static let plainGoals: [String: DialogGoal] = ["cancel_order": .cancelOrder, "cancel_payment": .cancelPayment, "message_seller": .messageSeller,
                                                   "open_dispute": .openDispute, "delete_order": .deleteOrder, "restore_order": .restoreOrder]

    /// A goal the words name whatever the classifier says: "message pet paradise: …", "tell the seller to …",
    /// "cancel the …", "can I get it back in my orders".
    func explicitGoal(_ text: String) -> DialogGoal? { explicitGoals.value(for: text) { explicitGoalAfresh($0) } }

    private func explicitGoalAfresh(_ text: String) -> DialogGoal? {
        // "my dad wants to cancel the heater", "Carla says cancel the knife set": a request passed on is the buyer's request.
        if let passedOn = Self.withoutReportedFrame(text), let goal = explicitGoal(passedOn) ?? Self.wantsItDone(text) { return goal }
        let words = Words(text)
        // "tell the website I got it so the seller gets paid", "mark it as received": confirming receipt, described.
        // Not where the buyer's own text is asked for (a message saying "I got it" is that message).
        if !context.expecting.takesFreeText, Self.asksToConfirmReceiptInOtherWords(words) { return .confirmReceipt }
        // "all good, confirm it" where nothing waits for a yes, or where a dispute asks what went wrong.
        if context.expecting == .nothing || context.expecting == .disputeReason, Self.saysAllWellThenConfirm(words) { return .confirmReceipt }
        if Self.startsMessage(text, sellers: context.sellers) { return .messageSeller }
        if !Self.tellsWhatWasDoneByMistake(words), let led = Self.verbLedGoal(text) { return led }
        // "I'd like the lamp order cancelled"; "the lamp I'm keeping, but tell Brightside to wrap it well".
        if let wanted = Self.wantsItDone(text) { return wanted }
        if laterClauseStartsMessage(text) { return .messageSeller }
        if let thrown = throwsAwayAnOrder(text) { return thrown }
        if confirmsWhatIsFine(text) { return .confirmReceipt }
        if Self.laterClauseOpensDispute(text) { return .openDispute }
        if Self.asksToTakeOffTheList(words) { return Self.saysPermanently(text) ? .deletePermanently : .deleteOrder }
        // "please hide the desk organizer order", "can you unarchive it": the list's action in the buyer's word.
        if let hidden = Self.hidesOrArchives(words) { return hidden }
        // "I want make complaint for this", "file a claim on the mouse": a dispute in the buyer's word.
        if Self.namesDisputeInOtherWords(words) { return .openDispute }
        if Self.bringsBack(words) || Self.backInTheList(words) || Self.wantsBackWhatWasThrownAway(words) { return .restoreOrder }
        // "they billed me twice for the candles", "twice $14.50 on my statement": a charge taken twice, which is voided on
        // its own (a person asked for about it is still a person asked for). Questions and other "twice"s stay with the
        // classifier (see `saysChargedTwice`).
        if Self.saysChargedTwice(text), !words.containsAny(["human", "agent", "person", "someone", "somebody", "operator"]) {
            return .cancelPayment
        }
        // "maybe i also tell the seller? send him: sorry i cancel because i move": text dictated after a colon is a message.
        // Only the sentence that leads into the colon: "sorry for the long message! … Photos: lamp1.jpg" labels photos.
        // "send Gizmo Planet this:" names the addressee between the verb and what is dictated.
        if MessageDraft.afterColon(text) != nil {
            let lead = Words(String(Self.beforeContent(text).split(whereSeparator: { ".!?".contains($0) }).last ?? ""))
            if lead.containsAny(["send him", "send her", "send them", "tell", "write", "message", "ask"])
                || (lead.contains("send") && ["this", "following", "saying"].contains(lead.tokens.last ?? "")) {
                return .messageSeller
            }
        }
        // "…, confirm it." with nothing waiting for a yes: confirming receipt of the order the line is about.
        if context.expecting == .nothing, words.count <= 3, words.contains("confirm"),
           ["confirm it", "confirm them", "confirm this", "confirm that", "please confirm it"].contains(words.tokens.joined(separator: " ")) {
            return .confirmReceipt
        }
        if words.containsAny(["back in my orders", "back to my orders", "back in my list", "back to my list", "back in my order list",
                               "back to my order list", "undelete", "out of deleted orders", "from deleted orders back"]) {
            return .restoreOrder
        }
        return nil
    }

    /// The flow an intent starts, if any.
    func goal(for clause: UnderstoodClause) -> DialogGoal? {
        let c = clause.classification
        if let explicit = explicitGoal(clause.text) { return explicit }
        guard !c.isOutOfScope else { return nil }
        switch (c.intent, c.detail) {
        case ("order_status", "confirm_receipt"):
            // "I confirmed receipt by mistake" tells what happened; it asks for the answer, not the action.
            let words = Words(clause.text)
            if words.containsAny(["confirmed", "by mistake", "accidentally", "accident"]) { return nil }
            return Words.looksLikeQuestion(clause.text) && !words.contains("confirm") ? nil : .confirmReceipt
        case ("delete_order", "delete_permanently"): return .deletePermanently
        case ("cancel_payment", "duplicate_charge"): return .cancelPayment
        case ("cancel_payment", _) where Self.cancelsAnItem(clause):
            return .cancelOrder
        case (_, let detail?) where context.answerTopics.contains(detail): return nil
        case ("cancel_order", _): return .cancelOrder
        case ("cancel_payment", _): return .cancelPayment
        case ("message_seller", _): return .messageSeller
        // "the charger arrived and works fine": a clause that says all is well reports no problem, whatever it is near.
        case ("open_dispute", _): return allIsWell(clause) ? nil : .openDispute
        case ("order_status", _): return .orderStatus
        case ("refund_status", _): return .refundStatus
        case ("delete_order", _): return .deleteOrder
        case ("restore_order", _): return .restoreOrder
        default: return nil
        }
    }

    /// `saysAllIsWell`, which reads only the clause's text and dispute reason, asked once per clause: the rules ask a
    /// dispute line's goal many times, and the answer took dozens of phrase searches each time.
    private func allIsWell(_ clause: UnderstoodClause) -> Bool {
        Self.recentAllIsWell.value(for: clause.text, clause.entities.disputeReason) { Self.saysAllIsWell(clause) }
    }

    private static let recentAllIsWell = RecentAnswers<DisputeReason?, Bool>(kept: 8)

    /// "Cancel it, it arrived broken" about a shipped order is a dispute; "delete" of an order not yet deleted is no permanent deletion.
    func refine(_ goal: DialogGoal, _ clause: UnderstoodClause, orders: [OrderID]) -> DialogGoal {
        let named = orders.count == 1 ? context.orders.first { $0.id == orders[0] } : nil
        if goal == .deletePermanently, !Self.saysPermanently(clause.text), named.map({ $0.deletion == .none }) ?? true {
            return .deleteOrder
        }
        // "can you erase it from my purchases" about an order still in the list: "erase" is the buyer's word for delete there;
        // only "forever", "permanently" and the like ask for more than moving it to deleted orders.
        if goal == .deletePermanently, let named, named.deletion == .none,
           !Self.saysPermanently(clause.text.replacingOccurrences(of: "erase", with: "remove", options: .caseInsensitive)) {
            return .deleteOrder
        }
        // "can I have a refund on the wool", "i need a refund on the rain boots" about orders that have not shipped: the money
        // comes back by cancelling; "please remove the order I never paid" is cancelling it too (see +WrongWords).
        if goal == .openDispute || goal == .refundStatus, moneyBackMeansCancel(clause, orders: orders) { return .cancelOrder }
        if goal == .deleteOrder, removalMeansCancel(clause, orders: orders) { return .cancelOrder }
        guard goal == .cancelOrder, let reason = clause.entities.disputeReason, reason != .notReceived else { return goal }
        // "I'd like to cancel the keyboard, found it cheaper": the word "cancel" is no seller's refusal of one; only words of
        // a refusal or an earlier request ("they refused", "shipped it anyway", "I asked ages ago") make a cancel of a shipped
        // order that dispute.
        if reason == .sellerRefusedCancellation,
           !Words(clause.text).containsAny(["refused", "refuse", "declined", "decline", "rejected", "didnt accept", "did not accept", "wouldnt",
                                            "would not", "ignored", "anyway", "still shipped", "shipped it after", "said no", "didnt agree",
                                            "did not agree", "not agree", "i asked", "already asked", "requested", "cancellation request",
                                            "asked them", "asked for it"]) { return goal }
        // "need to cancel the canvas sneakers, wrong size" while they are on their way: nothing has arrived to be wrong,
        // broken or not as described; the buyer's own mistake stays a cancel (refused for a shipped order, with the ways
        // forward). Only a seller's refusal makes a cancel of a shipped order that dispute.
        if let named, [.delivered, .completed].contains(named.status)
            || named.status == .shipped && reason == .sellerRefusedCancellation { return .openDispute }
        if named == nil, !context.orders.contains(where: { [.awaitingPayment, .paymentProcessing, .awaitingShipment].contains($0.status) }) {
            return .openDispute
        }
        return goal
    }

    func isConfident(_ c: Classification, above threshold: Double = CommandGenerator.switchConfidence) -> Bool {
        c.confidence >= threshold && !c.isAmbiguous && !c.isOutOfScope
    }

    /// "i delete by error the order of the mugs", "i cancel by mistake my lamp": in the grammar of a buyer writing in a second
    /// language, "I" and a verb in the present tell what the buyer did by mistake; the request is elsewhere in the line.
    static func tellsWhatWasDoneByMistake(_ words: Words) -> Bool {
        let tokens = words.tokens
        guard tokens.count >= 3, tokens[0] == "i", ["delete", "cancel", "remove", "restore", "cancell", "cancle"].contains(tokens[1]) else { return false }
        let after = tokens[2..<min(tokens.count, 8)].joined(separator: " ")
        return ["by mistake", "by error", "by accident", "accidentally", "wrongly", "without want", "without wanting", "by wrong", "mistakenly"]
            .contains { after.hasPrefix($0) || after.contains(" " + $0) }
    }

    /// "get rid of it from my list", "throw it away into deleted orders", "take it off my orders": the order out of the
    /// buyer's list, said without "delete", always with the place it leaves ("get rid of this problem, it's in my orders"
    /// is no delete). Not where it comes back ("back", "restore", "find it again"), nor beside money or a problem with the
    /// item ("get rid of it and have my money", "get rid of the dispute"), where the buyer wants something else.
    static func asksToTakeOffTheList(_ words: Words) -> Bool {
        guard words.containsAny(["list", "orders", "deleted", "purchases", "purchase history", "order history"]),
              !words.containsAny(["back", "restore", "undelete", "again", "find", "disappeared", "gone", "missing", "vanished"]),
              !words.containsAny(["money", "refund", "refunded", "cash", "dispute", "problem", "issue", "broken", "torn", "damaged",
                                  "cancel", "charge", "charged"]) else { return false }
        let removing = words.containsAny(["get rid of", "throw it away", "throw them away", "throw away", "throw it out", "clear it", "hide it", "hide them",
                                          "throw the order away", "throw that order away", "throw this order away", "put it away", "erase it",
                                          "erase that", "erase the"])
        let place = words.containsAny(["off my list", "off the list", "from my list", "from the list", "out of my list", "off my orders", "off my order list",
                                       "out of my orders", "from my orders", "from my order list", "to deleted orders", "to the deleted orders",
                                       "into deleted orders", "into the deleted orders", "in the deleted orders", "in deleted orders",
                                       "not in my orders", "not in my list", "not on my list", "isnt in my list", "isnt in my orders",
                                       // "take the pillows out of my purchases", "so I don't see it in my purchases anymore"
                                       "from my purchases", "out of my purchases", "off my purchases", "from my purchase history",
                                       "from my order history", "out of my order history", "outta my list", "outta my orders", "see it in my purchases", "see it in my list",
                                       "see it in my orders", "sit in my list", "sits in my list", "sit in my orders"])
        let verb = words.containsAny(["take", "get", "put", "move", "clear", "hide", "erase", "remove", "throw"])
        return (removing || verb) && place
    }

    /// "I threw away the order of the table cloth by mistake … can it come back?", "I removed the lamp from my purchases, I
    /// want it back": an order taken off the list, and the buyer wanting it back, is a restore. Money wanted back is a refund.
    static func wantsBackWhatWasThrownAway(_ words: Words) -> Bool {
        words.containsAny(["threw away", "threw it away", "threw out", "thrown away", "deleted", "removed", "erased", "got rid of", "binned",
                           "not in my purchases", "not in my list", "not in my orders", "gone from my"])
            && words.containsAny(["want it back", "need it back", "get it back", "have it back", "it come back", "it back please",
                                  "bring it back", "put it back", "want them back", "need them back", "get them back", "them come back"])
            && !words.containsAny(["money", "refund", "cash", "payment", "paid back", "charge", "card", "bank", "balance", "forever", "permanently", "for good"])
    }

    /// "bring back the power bank", "and put it back in my list please": a clause led by bringing an order back is a restore
    /// (money brought back is a refund: "bring my money back" is not).
    static func bringsBack(_ words: Words) -> Bool {
        // Leading words of courtesy and assent ("yes, please put it back", "in that case yes, put it back") do not lead it.
        var tokens = words.tokens[...]
        if let yes = tokens.prefix(5).firstIndex(where: { ["yes", "yeah", "yep", "ok", "okay", "sure"].contains($0) }) { tokens = tokens[(yes + 1)...] }
        tokens = tokens.drop { ["and", "also", "then", "please", "pls", "can", "could", "you", "now", "after", "afterwards"].contains($0) }
        guard let verb = tokens.first, ["bring", "put"].contains(verb) else { return false }
        let object = tokens.dropFirst().prefix(6)
        return object.contains("back") && !words.containsAny(["money", "refund", "cash", "payment", "card", "balance"])
    }

    /// "can I get it back into my normal list", "I want it back on my order list": "back" and, a few words on, the list.
    /// Going or looking back at the orders ("I looked back at my orders", "went back to the orders page") tells a story.
    static func backInTheList(_ words: Words) -> Bool {
        let tokens = words.tokens
        guard let back = tokens.firstIndex(of: "back"), !words.containsAny(["money", "refund", "cash", "payment", "paid"]) else { return false }
        let mover = tokens[max(0, back - 2)..<back]
        if mover.contains(where: ["went", "going", "looked", "looking", "came", "coming", "scrolled", "checked", "clicked"].contains) { return false }
        return tokens[(back + 1)..<min(tokens.count, back + 5)].contains { ["list", "orders"].contains($0) }
    }
}
