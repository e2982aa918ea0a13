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
        let tokens = words.tokens
        if spans.isEmpty {
            // Only a superlative of price said of "one" or "order" names an order on its own ("the cheapest one").
            guard pick.isPrice, pick.superlative,
                  let at = pick.places.first(where: { $0.end < tokens.count && ["one", "order", "thing"].contains(tokens[$0.end]) })?.end
            else { return spans }
            let pool = lastListed.isEmpty ? orders.filter { $0.deletion == .none }.map(\.id) : lastListed
            return pick.choose(pool, orders, now: now).map { [(at, [$0])] } ?? spans
        }
        // Only the name the comparison is said of is narrowed ("the cheaper scarf and the teapot": not the teapot).
        return spans.map { span in
            guard span.ids.count > 1, pick.places.contains(where: { attached($0, to: span, tokens) }),
                  let chosen = pick.choose(span.ids, orders, now: now) else { return span }
            return (span.start, [chosen])
        }
    }

    /// Whether the comparison at `place` is said of the name at `span`: right before it ("the cheaper scarf", "the
    /// cheaper wool scarf"), or after it with only the name's own words and words of linking between ("the scarf, the
    /// cheaper one", "the scarf that was cheaper", "the teapot I ordered yesterday"). "the scarf, I found it cheaper
    /// elsewhere", "my teapot arrived yesterday", "the scarf for my older brother" say it of nothing.
    private func attached(_ place: (start: Int, end: Int), to span: (start: Int, ids: [OrderID]), _ tokens: [String]) -> Bool {
        if span.start >= place.end { return span.start - place.end <= 1 }
        guard place.start > span.start, place.start - span.start <= 6 else { return false }
        let nameWords = span.ids.flatMap { titleWords[$0] ?? [] }
        let between = tokens[(span.start + 1)..<place.start].filter { token in !nameWords.contains { Self.sameWord($0, token) } }
        // A word of linking is needed, one that makes it the name's ("that", "which", "I", "the … one"): "the scarf cheaper"
        // joins nothing, and "the teapot was dearer" says a thing about it.
        return between.contains(where: ["that", "which", "i", "the", "one"].contains) && between.allSatisfy(Self.comparisonLinks.contains)
    }

    private static let comparisonLinks: Set<String> = ["that", "which", "was", "is", "were", "the", "one", "i", "ordered", "bought",
                                                       "placed", "purchased", "got", "from", "of", "order"]

    /// The comparison the words make, if any, with where it is said. Not sure, no comparison: two kinds in one line
    /// ("the cheaper scarf, no wait, the pricier one"), a comparison negated ("not the cheaper one") or taken back after
    /// it ("the cheaper scarf, no sorry, …"), a day said of anything but placing the order ("arrived yesterday").
    func comparison(_ words: Words) -> Comparison? {
        let tokens = words.tokens
        var found: [(kind: Comparison.Kind, superlative: Bool, start: Int, end: Int)] = []
        // Most lines have none of the phrases' first words: such a phrase is passed over without scanning the words.
        for phrase in lastListed.isEmpty ? Self.comparisonPhrasesNoList : Self.comparisonPhrasesListShown
        where phrase.parts.count <= tokens.count && words.contains(phrase.parts[0]) {
            let parts = phrase.parts
            for start in 0...(tokens.count - parts.count) where (0..<parts.count).allSatisfy({ tokens[start + $0] == parts[$0] }) {
                found.append((phrase.kind, phrase.superlative, start, start + parts.count))
            }
        }
        // "ordered last week", "bought later that day": a time, not the newer of two.
        found.removeAll { $0.kind == .newest && ["last", "later"].contains(tokens[$0.end - 1]) && $0.end < tokens.count
                          && Self.timeWords.contains(tokens[$0.end]) }
        // "less expensive one" is no "expensive one".
        found.removeAll { $0.kind == .dearest && tokens[$0.start] != "more" && $0.start > 0 && ["less", "least"].contains(tokens[$0.start - 1])
                          || $0.kind == .dearest && tokens[$0.start] == "the" && $0.start + 1 < tokens.count && ["less", "least"].contains(tokens[$0.start + 1]) }
        guard let first = found.first, found.allSatisfy({ $0.kind == first.kind }) else { return nil }
        for place in found {
            // Negated just before: "not the cheaper one", "dont cancel the older scarf".
            // ("no wait, the pricier one" is a correction towards it, not a negation.)
            if tokens[max(0, place.start - 3)..<place.start].contains(where: { $0 != "no" && Words.negators.contains($0) || ["keep", "leave"].contains($0) }) {
                return nil
            }
            // Compared with something else: "dearer than in the shop".
            if place.end < tokens.count, tokens[place.end] == "than" { return nil }
            // Taken back after it: "the cheaper scarf, no wait, …", "… actually the other one".
            if tokens[place.end...].contains(where: { ["wait", "sorry", "actually", "oops", "no"].contains($0) }) {
                return nil
            }
            // A day: only of placing the order ("ordered yesterday", "yesterdays order", "the one from yesterday").
            if case .daysAgo = place.kind, !["yesterdays", "todays"].contains(tokens[place.start]),
               !tokens[max(0, place.start - 2)...place.start].contains(where: { Self.orderingWords.contains($0) }) {
                return nil
            }
        }
        return Comparison(kind: first.kind, superlative: found.contains { $0.superlative }, places: found.map { ($0.start, $0.end) })
    }

    /// The text without the words of a comparison said right before a name or "one" ("cancel the cheaper scarf" gives
    /// "cancel the scarf"): words that pick the order are not also the buyer's reason. Nil when there are none.
    func withoutComparisonOfAName(_ text: String) -> String? {
        let words = Words(text)
        guard let pick = comparison(words) else { return nil }
        let tokens = words.tokens
        let names = Set(titleWords.values.flatMap { $0 }).union(["one", "order"])
        let said = pick.places.filter { $0.end < tokens.count && names.contains(tokens[$0.end]) }
        guard !said.isEmpty else { return nil }
        return tokens.indices.filter { index in !said.contains { $0.start <= index && index < $0.end } || tokens[index] == "the" }
            .map { tokens[$0] }.joined(separator: " ")
    }

    private static let timeWords: Set<String> = ["week", "weeks", "month", "year", "night", "time", "weekend", "that", "this", "on", "in",
                                                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "days"]

    private static let orderingWords: Set<String> = ["ordered", "bought", "placed", "purchased", "got", "from", "order", "ordering"]

    /// A phrase of `comparisonPhrases` cut into its words, with its kind and whether it is a superlative.
    private struct ComparisonPhrase: Sendable {
        let parts: [String]
        let kind: Comparison.Kind
        let superlative: Bool
    }

    /// `comparisonPhrases` cut into words once, in their order, for a line with a list shown and without.
    private static let comparisonPhrasesListShown = cut(comparisonPhrases(listShown: true))
    private static let comparisonPhrasesNoList = cut(comparisonPhrases(listShown: false))

    private static func cut(_ table: [([String], Comparison.Kind, Set<String>)]) -> [ComparisonPhrase] {
        table.flatMap { phrases, kind, superlatives in
            phrases.map { ComparisonPhrase(parts: $0.split(separator: " ").map(String.init), kind: kind, superlative: superlatives.contains($0)) }
        }
    }

    /// The phrases of each kind, and which of them are superlatives. A shown list's positions win over "the first one".
    private static func comparisonPhrases(listShown: Bool) -> [([String], Comparison.Kind, Set<String>)] {
        [
            (["less expensive", "lower price", "cheaper", "cheapest", "cheap one", "the cheap", "least expensive"], .cheapest,
             ["cheapest", "least expensive"]),
            (["more expensive", "most expensive", "pricier", "priciest", "dearer", "expensive one", "the expensive", "higher price"], .dearest,
             ["most expensive", "priciest"]),
            (["yesterday", "yesterdays"], .daysAgo(1), []),
            (["ordered today", "bought today", "this morning", "from today", "todays"], .daysAgo(0), []),
            (["older", "oldest", "earlier one", "one i ordered first", "one i bought first", "ordered first", "bought first"]
                + (listShown ? [] : ["first one"]), .oldest,
             ["older", "oldest", "earlier one", "one i ordered first", "one i bought first", "first one", "ordered first", "bought first"]),
            (["newer", "newest", "later one", "more recent", "one i ordered last", "one i bought last", "ordered last", "bought last", "ordered later",
              "bought later"] + (listShown ? [] : ["second one i"]), .newest,
             ["newer", "newest", "later one", "more recent", "one i ordered last", "one i bought last", "second one i", "ordered last", "bought last",
              "ordered later", "bought later"]),
        ]
    }

    struct Comparison {
        enum Kind: Equatable { case cheapest, dearest, oldest, newest, daysAgo(Int) }
        let kind: Kind
        let superlative: Bool
        /// Where the words of the comparison stand in the line (start and end token).
        var places: [(start: Int, end: Int)] = []

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
