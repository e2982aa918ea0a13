import Foundation
import ConciergeDomain

/// Orders named by when the buyer paid them: "the one I just paid", "the one i paid like a minute ago", "what I paid for
/// an hour ago", "the order I paid just now". Buyers remember a payment they have only just made better than its item;
/// the order is the one whose payment is the latest, and only while that payment is recent (a day at most).
extension OrderResolver {
    private static let shortUnits: Set<String> = ["second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "moment",
                                                  "hour", "hours", "hr", "hrs"]
    private static let payNegators: Set<String> = ["not", "never", "didnt", "dont", "havent", "hasnt", "doesnt", "wasnt", "isnt", "cant", "no"]

    /// The orders paid last, where a paid form in the line is said with "just", "just now", "right now" or a few minutes
    /// or hours "ago" ("paid like 2 minutes ago"); several when their payments came within a quarter of an hour of each
    /// other. Nothing for a payment denied ("I haven't paid yet") or one that is not recent.
    func recentlyPaidSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard let now else { return [] }
        let tokens = words.tokens
        for (index, token) in tokens.enumerated() where Self.paidForms.contains(token) {
            let before = tokens[max(0, index - 3)..<index]
            if before.contains(where: Self.payNegators.contains) { continue }
            let after = tokens[(index + 1)..<min(tokens.count, index + 7)]
            let justBefore = before.last == "just" || before.suffix(2).first == "just" && before.last == "only"
            let nowAfter = Self.phrase(["just", "now"], in: after) || Self.phrase(["right", "now"], in: after)
                || Self.phrase(["a", "moment", "ago"], in: after)
            let minutesAgo = after.indices.contains { i in
                Self.shortUnits.contains(tokens[i]) && i + 1 < tokens.count && tokens[i + 1] == "ago"
            }
            guard justBefore || nowAfter || minutesAgo else { continue }
            let paid = orders.compactMap { order in order.payment.map { (order.id, $0.paidAt) } }
                .filter { $0.1 <= now && now.timeIntervalSince($0.1) <= 24 * 3600 }
            guard let latest = paid.map(\.1).max() else { return [] }
            let ids = paid.filter { latest.timeIntervalSince($0.1) <= 15 * 60 }.map(\.0)
            return [(index, ids)]
        }
        return []
    }

    private static func phrase(_ phrase: [String], in tokens: ArraySlice<String>) -> Bool {
        guard tokens.count >= phrase.count else { return false }
        let start = tokens.startIndex
        return (start...(tokens.endIndex - phrase.count)).contains { i in tokens[i..<(i + phrase.count)].elementsEqual(phrase) }
    }
}
