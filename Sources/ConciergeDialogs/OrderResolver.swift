import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Which of the buyer's orders a line points at, the way buyers remember them: the number, item words
/// anywhere in the sentence (typos, plurals, part of the title), the seller, the price, the status, the
/// day it was placed or sent, a position in the list just shown, "my last order", or "it" for the order
/// just talked about. Mentions after "not", "keep", "still want" are the orders the buyer does *not* mean.
/// Dates and durations are never list positions.
struct OrderResolver {
    /// What the line says about orders.
    struct Mentions: Equatable {
        /// The orders meant, in the order the line names them; one entry per mention (ambiguous mentions have several ids).
        var positive: [[OrderID]] = []
        /// Orders the line says it does not mean.
        var negative: Set<OrderID> = []
        /// Order numbers that are not the buyer's.
        var unknownNumbers: [OrderID] = []
        /// "it", "that one": the order just talked about.
        var pointsBack = false

        var isEmpty: Bool { positive.isEmpty && negative.isEmpty && unknownNumbers.isEmpty }
        /// The orders meant, flattened, without the ones said not to be meant.
        var meant: [OrderID] {
            var seen = Set<OrderID>()
            return positive.flatMap { $0 }.filter { !negative.contains($0) && seen.insert($0).inserted }
        }
    }

    let orders: [Order]
    let lastListed: [OrderID]
    let sellers: [SellerID: Seller]
    /// What the orders' titles give, shared by every turn with the same orders.
    let titles: TitleIndex
    /// Each order's distinctive title words.
    var titleWords: [OrderID: [String]] { titles.titleWords }

    /// The conversation's clock, for days named relative to it ("yesterday"); nil where no clock is known.
    let now: Date?

    init(orders: [Order], lastListed: [OrderID], sellers: [SellerID: Seller], now: Date? = nil) {
        self.orders = orders
        self.lastListed = lastListed
        self.sellers = sellers
        self.now = now
        titles = Self.lastIndex.value(for: orders) { orders in
            Self.indexes.value(for: orders.map { TitleIndex.Key(order: $0.id, titles: $0.items.map(\.title)) }) { TitleIndex($0) }
        }
    }

    /// The title indexes of the order lists seen lately: a buyer's orders stay the same over most turns.
    private static let indexes = SharedMemo<[TitleIndex.Key], TitleIndex>(capacity: 64)
    private static let lastIndex = LastValue<[Order], TitleIndex>(same: LineReader.sameNames)

    /// The title words that can name an item, with their order; the ASCII ones by length: a plural or a typo of an
    /// ASCII word is within two letters of its length, so a word is compared only with those (and with the non-ASCII
    /// ones). It keeps the orders each word of a line names, since buyers use the same words turn after turn.
    final class TitleIndex: @unchecked Sendable {
        struct Key: Hashable, Sendable {
            let order: OrderID
            let titles: [String]
        }
        let titleWords: [OrderID: [String]]
        let byLength: [Int: [(word: String, order: OrderID)]]
        let others: [(word: String, order: OrderID)]
        private let lock = NSLock()
        private var wordHits: [String: [OrderID: Int]] = [:]

        init(_ keys: [Key]) {
            var words: [OrderID: [String]] = [:]
            for key in keys {
                words[key.order] = key.titles.flatMap { title in
                    Words(title).tokens.filter { $0.count >= 3 && !OrderResolver.generic.contains($0) && Int($0) == nil }
                }
            }
            titleWords = words
            var byLength: [Int: [(word: String, order: OrderID)]] = [:]
            var others: [(word: String, order: OrderID)] = []
            for (id, title) in words {
                for word in title {
                    if word.utf8.allSatisfy({ $0 < 0x80 }) { byLength[word.utf8.count, default: []].append((word, id)) } else { others.append((word, id)) }
                }
            }
            self.byLength = byLength
            self.others = others
        }

        /// The orders whose title has this word, worked out the first time it is asked (forgotten all at once when many).
        func hits(_ word: String, _ work: () -> [OrderID: Int]) -> [OrderID: Int] {
            if let known = lock.withLock({ wordHits[word] }) { return known }
            let hits = work()
            lock.withLock {
                if wordHits.count >= 4096 { wordHits.removeAll(keepingCapacity: true) }
                wordHits[word] = hits
            }
            return hits
        }
    }

    static let generic: Set<String> = [
        "the", "and", "for", "with", "set", "pack", "new", "one", "item", "items", "order", "orders", "from", "size", "kit",
        "edition", "case", "of", "in", "on", "to", "my", "by", "x", "pcs", "piece", "pieces",
        // Who an item is for: "my kid already has them" does not name the "Kids drawing tablet".
        "kid", "kids", "child", "children", "men", "mens", "women", "womens",
    ]
    /// Title words that are ordinary English words, most often said in their ordinary sense ("how long will it take",
    /// "a small problem", "how fast"): they name an order only beside a word of the same title that is not one of them.
    static let ordinaryModifiers: Set<String> = [
        "long", "short", "small", "large", "big", "little", "tiny", "huge", "fast", "quick", "slow", "clear", "new", "old",
        "high", "low", "hard", "soft", "easy", "free", "full", "half", "extra", "good", "best", "great", "better", "plain",
        "simple", "heavy", "tall", "wide", "thin", "thick", "warm", "cool", "hot", "cold", "dark", "bright", "right", "left",
        "single", "double", "real", "early", "late", "smart", "fine", "nice", "quiet", "safe", "strong", "open", "close",
        "ready", "next", "only", "same", "other", "more", "less", "much", "many", "well", "away", "true",
    ]
    /// Ordinary nouns that are an item's own noun where they end its title ("Reading light", "Tank top"); elsewhere in a
    /// title ("Light blanket", "Top sheet") they are as weak as the words above.
    static let ordinaryNouns: Set<String> = [
        "light", "cover", "top", "time", "home", "day", "way", "part", "work", "travel", "power", "stand", "point", "side",
        "end", "line", "note", "bit", "change", "check", "charge", "help", "care", "fit", "track", "mind", "kind", "sort",
        "plan", "room", "face", "hand", "back", "run", "play", "rest", "level", "style", "place", "space", "air", "fire",
    ]

    /// Verbs after "not" that tell what went wrong with an order, or what it is waiting for, rather than un-name it.
    private static let problemVerbs: Set<String> = ["receive", "received", "get", "got", "arrive", "arrived", "come", "came", "work", "works",
                                                     "working", "fit", "fits", "ship", "shipped", "send", "sent", "match", "matches", "look", "looks",
                                                     "pay", "paid"]
    /// Words a seller's name may end with that buyers leave out ("Tea Time Ltd" is "tea time").
    static let companySuffixes: Set<String> = ["ltd", "inc", "co", "llc", "gmbh", "plc", "corp", "limited", "official", "srl", "shop", "store"]
    /// Words that make a following mention one the buyer does not mean ("no" is a correction, not one of these).
    private static let negators: Set<String> = ["not", "dont", "never", "without", "except", "didnt", "doesnt", "isnt", "wont", "cant"]
    static let determinerGap: Set<String> = ["the", "my", "a", "an", "that", "this", "those", "these", "of", "for", "both", "two"]

    /// What a text says about orders. The generator asks about the same line and clauses several times per turn,
    /// so each answer is kept for the resolver's life (one line).
    func resolve(_ text: String, numbers: [OrderID]) -> Mentions {
        let key = numbers.isEmpty ? text : text + "\u{0}" + numbers.map(\.rawValue).joined(separator: ",")
        return memo.value(for: key) { _ in resolveAfresh(text, numbers: numbers) }
    }

    let memo = TextMemo<Mentions>(capacity: 1024)

    /// Long because every kind of mention is found first and only then weighed together (narrowed by status or day,
    /// negated, corrected, "only"): apart, the order of those steps would be hidden.
    private func resolveAfresh(_ text: String, numbers: [OrderID]) -> Mentions {
        let words = Words(text)
        var mentions = Mentions()
        var spans: [(start: Int, ids: [OrderID])] = []

        // Only numbers standing on their own: "CX448120931GB" is a tracking number, not an order.
        for number in numbers where words.tokens.contains(number.rawValue) {
            let start = words.tokens.firstIndex(of: number.rawValue) ?? 0
            if orders.contains(where: { $0.id == number }) { spans.append((start, [number])) } else { mentions.unknownNumbers.append(number) }
        }
        let hits = backed(itemHits(words, skipping: sellerNameWords(words)), words)
        let items = (itemSpans(words, hits: hits) + sizeSpans(words)).sorted { $0.start < $1.start }
        let sellers = sellerSpans(words)
        let sellerOrders = Set(sellers.flatMap(\.ids))
        let priced = priceSpans(words)
        // "forget the teapot for a minute, where is my Hearth and Kettle order?": items all set aside leave the seller or the
        // price to name the order meant.
        if items.isEmpty || items.allSatisfy({ isNegated(words, at: $0.start, itemWords: hits) }) {
            spans += items + sellers + priced
        } else {
            // "the 44 one" names an order by its price even among item names.
            spans += priced.filter { span in span.start + 1 < words.count && ["one", "order"].contains(words.tokens[span.start + 1]) }
            // The seller or the price narrows an item named ("the 56 dollar lamp", "the lamp from Lumen Home").
            let pricedOrders = Set(priced.flatMap(\.ids))
            spans += items.map { span in
                var ids = span.ids
                if ids.count > 1, !sellerOrders.isEmpty, ids.contains(where: sellerOrders.contains) { ids = ids.filter(sellerOrders.contains) }
                if ids.count > 1, !pricedOrders.isEmpty, ids.contains(where: pricedOrders.contains) { ids = ids.filter(pricedOrders.contains) }
                return (span.start, ids)
            }
        }
        if spans.isEmpty {
            let statuses = statusSpans(words)
            let paidLately = recentlyPaidSpans(words)
            spans += listPositionSpans(words) + statuses + (statuses.isEmpty ? unpaidNamedSpans(words) : []) + paidLately
                + (paidLately.isEmpty ? dateSpans(words) : []) + latestSpans(words) + paymentSpans(words)
        } else if spans.contains(where: { $0.ids.count > 1 }), let narrowing = statusSpans(words).first ?? stateSpans(words).first ?? dateSpans(words).first
                    ?? paymentSpans(words).first {
            // "the kitchen pro seller, the one that is still not shipped", "the lamp from 1 november": a status or a day
            // narrows what the name leaves open.
            let fitting = Set(narrowing.ids)
            spans = spans.map { span in
                let narrowed = span.ids.filter(fitting.contains)
                return narrowed.isEmpty || span.ids.count == 1 ? span : (span.start, narrowed)
            }
        }
        spans = narrowedByMonth(spans, words)
        spans = narrowedByComparison(spans, words)
        spans.sort { $0.start < $1.start }
        spans = withoutDictatedItems(spans, sellerStarts: Set(sellers.map(\.start)), words)
        // "cancel only the 44 one": what follows "only" is the one meant.
        if let only = spans.first(where: { span in (max(0, span.start - 3)..<span.start).contains { ["only", "just"].contains(words.tokens[$0]) } }) {
            mentions.negative.formUnion(spans.filter { $0.start != only.start }.flatMap(\.ids).filter { !only.ids.contains($0) })
        }
        // "cancel the speaker… wait no, the phone cover": what came before a correction is not meant.
        let corrections = correctionPoints(words)
        var negativeSpans: [[OrderID]] = []
        for span in spans {
            // Any correction with another mention after it: "the mouse pad. no sorry, the gaming mouse i mean".
            if corrections.contains(where: { point in span.start < point && spans.contains { $0.start > point } }) {
                negativeSpans.append(span.ids)
            } else if isNegated(words, at: span.start, itemWords: hits) {
                // "the scissors I ordered … but inside was another pair, not the dressmaking scissors in the listing": the
                // order already named, said "not" of again with no other order named after, is described, not un-named.
                // Only a plain "not" or "instead of" does so ("a cat collar instead of the dog collar"): "I still want the kettle",
                // "keep the kettle" say which order stays as it is.
                // A correction said with the "not" un-names it all the same, whether or not another order is named after:
                // "no wait, not the stove", "not the stove, i mean the other one".
                let before = words.tokens[max(0, span.start - 6)..<span.start]
                let after = words.tokens[min(words.count, span.start + 1)..<min(words.count, span.start + 9)]
                let corrected = before.contains(where: Self.correctionMarkers.contains)
                    || after.contains(where: Self.correctionMarkers.contains) || after.contains(where: ["other", "another", "rather"].contains)
                let describedAgain = span.ids.count == 1 && mentions.positive.contains([span.ids[0]]) && !corrected
                    && !spans.contains { $0.start > span.start && !$0.ids.contains(span.ids[0]) }
                    && before.contains(where: ["not", "instead"].contains) && !before.contains(where: ["keep", "keeping", "leave", "want", "need", "like"].contains)
                if !describedAgain { negativeSpans.append(span.ids) }
            } else if !mentions.positive.contains(span.ids) {
                mentions.positive.append(span.ids)
            }
        }
        negativeSpans += someoneElsesInCorrection(&mentions, spans: spans, words, corrected: !corrections.isEmpty || words.tokens.contains("not"))
        // "the night lamp …, I don't need the lamp": a later, looser mention of an order already named is the same order.
        let named = Set(mentions.positive.filter { $0.count == 1 }.flatMap { $0 })
        mentions.positive.removeAll { $0.count > 1 && $0.contains(where: named.contains) }
        // "the drill bit set, not the drill": a loose mention said not to be meant leaves out the order named exactly.
        for ids in negativeSpans {
            mentions.negative.formUnion(ids.count > 1 ? ids.filter { !named.contains($0) } : ids)
        }
        mentions.pointsBack = spans.isEmpty && words.tokens.contains { ["it", "its", "that", "this", "same", "them"].contains($0) }
        return mentions
    }

    /// Words that take back what was just said ("no, not the stove", "not the stove, sorry, i mean the other one").
    private static let correctionMarkers: Set<String> = ["no", "nope", "wait", "sorry", "mean", "actually", "hmm", "oops", "oh", "sry"]

    /// Whether a line's word is only weak evidence for the order: an ordinary word of its title that is not the title's
    /// noun. A title made only of such words keeps them.
    func isWeak(_ word: String, for order: OrderID) -> Bool {
        func ordinary(_ word: String, in set: Set<String>) -> Bool {
            set.contains(word) || (word.hasSuffix("s") && set.contains(String(word.dropLast())))
        }
        // The word first: most words are neither kind, and then the title need not be read.
        let modifier = ordinary(word, in: Self.ordinaryModifiers)
        guard modifier || ordinary(word, in: Self.ordinaryNouns) else { return false }
        let title = titleWords[order] ?? []
        guard title.contains(where: { !ordinary($0, in: Self.ordinaryModifiers) && !ordinary($0, in: Self.ordinaryNouns) }) else { return false }
        if modifier { return true }
        return !(title.last.map { Self.sameWord($0, word) } ?? false)
    }

    /// The item words of a line without the weak ones nothing backs: an ordinary title word ("how long will this take"
    /// beside "Wool scarf long") names its order only where the line also has a word of that title that is not weak
    /// ("the long scarf", "the scarf, the long one") or says it as the order's mark ("the long one"). Alone it names nothing.
    func backed(_ hitsAt: [Int: [OrderID: Int]], _ words: Words) -> [Int: [OrderID: Int]] {
        var strong = Set<OrderID>()
        for (index, hits) in hitsAt {
            for id in hits.keys where !isWeak(words.tokens[index], for: id) { strong.insert(id) }
        }
        var kept: [Int: [OrderID: Int]] = [:]
        for (index, hits) in hitsAt {
            let word = words.tokens[index]
            let asMark = index + 1 < words.count && ["one", "ones"].contains(words.tokens[index + 1]) && !words.breakBefore[index + 1]
            let left = hits.filter { id, _ in
                (asMark || strong.contains(id) || !isWeak(word, for: id)) && !describesAnotherThing(words, at: index, for: id)
                    && !isVerbUse(words, at: index, for: id)
            }
            if !left.isEmpty { kept[index] = left }
        }
        return kept
    }

    /// Where the line corrects itself: "wait", "no sorry", "actually", "I mean". Not "not the" or "instead": in "the
    /// cushion covers not the lamp" and "cancel the clips instead" what comes before them is meant.
    private func correctionPoints(_ words: Words) -> [Int] {
        var points: [Int] = []
        for (index, word) in words.tokens.enumerated() {
            let next = index + 1 < words.count ? words.tokens[index + 1] : ""
            switch word {
            case "wait", "sorry", "actually", "oops": points.append(index)
            // "I mean the phone cover" corrects; "the phone cover I mean." names what came before it.
            // (A `where` binds only the pattern before it, so the test is written out for both words.)
            case "mean", "meant":
                if index > 0, words.tokens[index - 1] == "i", index + 1 < words.count, !words.breakBefore[index + 1] { points.append(index) }
            case "no" where ["no", "wait", "sorry", "the", "not", "actually", "i", "my"].contains(next):
                points.append(index)
            default: break
            }
        }
        return points
    }

    /// Whether a mention at `index` follows a "not", "keep", "still want", "leave" in the same clause.
    /// The walk back stops at another item's words: in "not the speaker, the phone cover" the "not" is the speaker's.
    private func isNegated(_ words: Words, at index: Int, itemWords: [Int: [OrderID: Int]]) -> Bool {
        var i = index - 1
        var steps = 0
        while i >= 0, steps < 6, itemWords[i] == nil {
            let word = words.tokens[i]
            // "I don't need the lamp anymore" gives a reason about the order; it does not un-name it.
            let next = i + 1 < words.count ? words.tokens[i + 1] : ""
            // "I did not receive the keyboard" tells what went wrong with the order; it does not un-name it.
            if Self.negators.contains(word), !["need", "want", "like", "use"].contains(next), !Self.problemVerbs.contains(next) { return true }
            if ["keep", "keeping", "leave"].contains(word) { return true }
            // "forget the lamp for a sec, where are my cushion covers?": the order set aside is not the one meant.
            if ["forget", "ignore", "skip"].contains(word) { return true }
            if word == "of", i > 0, words.tokens[i - 1] == "instead" { return true }   // "instead of the speaker"
            if ["want", "need"].contains(word), i > 0, words.tokens[i - 1] == "still" { return true }
            if ["cancel", "delete", "restore", "dispute", "message", "about", "is", "the"].contains(word), steps > 0, word != "the" { return false }
            if words.breakBefore[i] { break }
            i -= 1
            steps += 1
        }
        return false
    }
}
