import Foundation
import ConciergeDomain

/// Orders told apart by comparing them: "the cheaper backpack", "the more expensive one", "the candle I ordered
/// yesterday", "the older of the two". Where a name leaves several orders open, a word that compares price or age picks
/// the one at that end; where the line names none, "the cheapest one" compares the list just shown (else every order).
extension OrderResolver {
    func narrowedByComparison(_ spans: [(start: Int, ids: [OrderID])], _ words: Words) -> [(start: Int, ids: [OrderID])] {
        // Most lines name one order or none: nothing to compare, and the comparison words are not looked for.
        if spans.isEmpty {
            guard words.tokens.contains(where: { ["one", "order", "thing"].contains($0) }) else { return spans }
        } else if !spans.contains(where: { $0.ids.count > 1 }) {
            return spans
        }
        guard let pick = comparison(words) else { return spans }
        if spans.isEmpty {
            // Only a superlative of price with "one" or "order" names an order on its own ("the cheapest one").
            guard pick.isPrice, pick.superlative, let at = words.tokens.firstIndex(where: { ["one", "order", "thing"].contains($0) }) else { return spans }
            let pool = lastListed.isEmpty ? orders.filter { $0.deletion == .none }.map(\.id) : lastListed
            return pick.choose(pool, orders, now: now).map { [(at, [$0])] } ?? spans
        }
        return spans.map { span in
            guard span.ids.count > 1, let chosen = pick.choose(span.ids, orders, now: now) else { return span }
            return (span.start, [chosen])
        }
    }

    /// The comparison the words make, if any.
    func comparison(_ words: Words) -> Comparison? {
        if words.containsAny(["less expensive", "lower price", "cheaper", "cheapest", "cheap one", "the cheap", "least expensive"]) {
            return Comparison(kind: .cheapest, superlative: words.containsAny(["cheapest", "least expensive"]))
        }
        if words.containsAny(["more expensive", "most expensive", "pricier", "priciest", "dearer", "expensive one", "the expensive", "higher price"]) {
            return Comparison(kind: .dearest, superlative: words.containsAny(["most expensive", "priciest"]))
        }
        if words.containsAny(["yesterday", "yesterdays"]) { return Comparison(kind: .daysAgo(1), superlative: false) }
        if words.containsAny(["ordered today", "bought today", "this morning", "from today", "todays"]) { return Comparison(kind: .daysAgo(0), superlative: false) }
        if words.containsAny(["older", "oldest", "earlier one", "first one i", "first one", "one i ordered first", "one i bought first"]) {
            return Comparison(kind: .oldest, superlative: true)
        }
        if words.containsAny(["newer", "newest", "later one", "more recent", "one i ordered last", "one i bought last", "second one i"]) {
            return Comparison(kind: .newest, superlative: true)
        }
        return nil
    }

    struct Comparison {
        enum Kind: Equatable { case cheapest, dearest, oldest, newest, daysAgo(Int) }
        let kind: Kind
        let superlative: Bool

        var isPrice: Bool { kind == .cheapest || kind == .dearest }

        /// The one order among `ids` at the end the comparison asks for; nil when two share it or none fits.
        func choose(_ ids: [OrderID], _ orders: [Order], now: Date?) -> OrderID? {
            let candidates = orders.filter { ids.contains($0.id) }
            switch kind {
            case .cheapest: return Self.unique(candidates, by: { $0.total.minorUnits }, lowest: true)
            case .dearest: return Self.unique(candidates, by: { $0.total.minorUnits }, lowest: false)
            case .oldest: return Self.unique(candidates, by: { Int($0.placedAt.timeIntervalSince1970) }, lowest: true)
            case .newest: return Self.unique(candidates, by: { Int($0.placedAt.timeIntervalSince1970) }, lowest: false)
            case .daysAgo(let days):
                guard let now else { return nil }
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
                guard let day = calendar.date(byAdding: .day, value: -days, to: now) else { return nil }
                let placed = candidates.filter { calendar.isDate($0.placedAt, inSameDayAs: day) }
                return placed.count == 1 ? placed[0].id : nil
            }
        }

        private static func unique(_ orders: [Order], by key: (Order) -> Int, lowest: Bool) -> OrderID? {
            guard let best = (lowest ? orders.map(key).min() : orders.map(key).max()) else { return nil }
            let at = orders.filter { key($0) == best }
            return at.count == 1 ? at[0].id : nil
        }
    }
}
