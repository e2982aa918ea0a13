import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Confirming receipt asked for without the words "confirm receipt": buyers who have never seen the button describe what it
/// does ("tell the shop I got it so they get paid", "mark it as received", "let the seller know it came safely").
extension CommandGenerator {
    /// Whether the words ask for receipt to be confirmed: the item said to have come, and a way of passing that on (telling the
    /// shop, the seller or the website; marking it received; "so the seller gets paid"), or "confirm I got it". Never beside a
    /// problem, a refund or a dispute, nor where it did not come ("I never got it"), nor where receipt was confirmed by mistake.
    static func asksToConfirmReceiptInOtherWords(_ words: Words) -> Bool {
        guard !words.containsAny(byMistake), !words.containsAny(receiptExclusions) else { return false }
        if words.containsAny(confirmsGettingIt) { return true }
        guard words.containsAny(saysItCame), !saysItDidNotCome(words) else { return false }
        return words.containsAny(passesItOn) || words.containsAny(sellerGetsPaid)
    }

    /// "all good, confirm it", "arrived fine, confirm it pls" where nothing waits for a yes, or where a dispute asks what went
    /// wrong: a line that only says all is well and asks to confirm.
    static func saysAllWellThenConfirm(_ words: Words) -> Bool {
        let tokens = words.tokens
        guard let at = tokens.lastIndex(of: "confirm"), at + 1 < tokens.count, at + 3 >= tokens.count,
              ["it", "them", "this", "that", "receipt"].contains(tokens[at + 1]),
              tokens[(at + 2)...].allSatisfy({ ["please", "pls", "now", "then", "thanks"].contains($0) }) else { return false }
        return tokens[..<at].allSatisfy(wellOnly.contains)
    }

    /// Words that may stand before "confirm it" in a line that only says all is well.
    private static let wellOnly: Set<String> = ["all", "good", "fine", "ok", "okay", "great", "perfect", "yes", "yep", "so", "its", "it", "is",
                                                "please", "pls", "arrived", "came", "then", "now", "everything", "works", "got", "and", "you",
                                                "can", "they", "are", "received"]

    /// Phrases that say receipt is to be confirmed whatever else the line says about the item.
    private static let confirmsGettingIt = ["confirm i got", "confirm that i got", "confirm i received", "confirm that i received",
                                            "confirm ive received", "confirm i have received", "confirm i have got", "confirm it arrived",
                                            "confirm that it arrived", "confirm they arrived", "confirm it came", "confirm the delivery",
                                            "confirm delivery", "mark it as received", "mark them as received", "mark as received",
                                            "mark it received", "mark it as delivered", "mark as delivered", "mark it as arrived",
                                            "say i received it", "say i got it",
                                            // "mark it as got it", "mark them as arrived": the buyer's own word for receiving
                                            "mark it as got", "mark them as got", "mark as got", "mark it got", "mark it as arrived",
                                            "mark them as arrived", "mark it as came", "mark it as here"]

    /// The item said to have come.
    private static let saysItCame = ["i got it", "i got them", "ive got it", "ive got them", "i have got it", "i received", "ive received",
                                     "i have received", "received it", "received them", "it arrived", "they arrived", "it came", "they came",
                                     "has arrived", "have arrived", "arrived safely", "arrived safe", "came safely", "came safe", "came on",
                                     "arrived on", "got here", "is here", "it came", "i got the", "we got it", "i got my", "we got the", "we got my",
                                     // "the filters arrive, all good": the present tense of a buyer writing in a second language
                                     "arrive all good", "arrive fine", "arrive ok", "arrive good", "come all good", "come fine"]

    /// Passing the news on, to the shop, the seller or the website.
    private static let passesItOn = ["tell the shop", "tell the seller", "tell the website", "tell the site", "tell the platform",
                                     "tell the store", "tell the marketplace", "tell the app", "tell the lady", "tell the man",
                                     "let the seller know", "let the shop know", "let the store know", "let the website know", "let them know",
                                     "tell them so", "tell them i", "tell them it", "tell them they", "inform the seller", "inform the shop",
                                     "notify the seller", "notify the shop", "press something", "press the button", "a button for that",
                                     "button for it", "the button"]

    /// The seller paid once receipt is confirmed, said as the reason for asking.
    private static let sellerGetsPaid = ["gets paid", "get paid", "gets their money", "get their money", "gets the money", "get the money",
                                         "gets his money", "gets her money", "receives the money", "receive the money", "release the money",
                                         "release the payment",
                                         // "please close it, the seller can take money"
                                         "seller can take", "can take the money", "can take money", "can take their money", "can have the money",
                                         "can have their money", "can be paid"]

    /// Words of a problem, money back or a dispute: such a line is no receipt to confirm.
    private static let receiptExclusions = ["dispute", "refund", "return", "broken", "damaged", "wrong", "missing", "problem", "complain",
                                            "complaint", "money back", "cancel", "not working", "doesnt work", "dont work", "defective",
                                            "cracked", "torn", "fake", "never", "still not", "not yet", "not arrived", "not received",
                                            "havent", "hasnt", "didnt", "did not", "confirmed"]

    /// "it hasnt arrived", "I did not get it": the item said not to have come.
    private static func saysItDidNotCome(_ words: Words) -> Bool {
        words.containsAny(["not arrived", "not come", "not came", "not received", "not get", "not got", "dont have it", "do not have it"])
    }
}
