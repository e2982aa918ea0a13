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
    /// Each order's distinctive title words, cut once.
    private let titleWords: [OrderID: [String]]

    init(orders: [Order], lastListed: [OrderID], sellers: [SellerID: Seller]) {
        self.orders = orders
        self.lastListed = lastListed
        self.sellers = sellers
        var words: [OrderID: [String]] = [:]
        for order in orders {
            words[order.id] = order.items.flatMap { Words($0.title).tokens }.filter { $0.count >= 3 && !Self.generic.contains($0) && Int($0) == nil }
        }
        titleWords = words
    }

    private static let generic: Set<String> = [
        "the", "and", "for", "with", "set", "pack", "new", "one", "item", "items", "order", "orders", "from", "size", "kit",
        "edition", "case", "of", "in", "on", "to", "my", "by", "x", "pcs", "piece", "pieces",
        // Who an item is for: "my kid already has them" does not name the "Kids drawing tablet".
        "kid", "kids", "child", "children", "men", "mens", "women", "womens",
    ]
    /// Verbs after "not" that tell what went wrong with an order, or what it is waiting for, rather than un-name it.
    private static let problemVerbs: Set<String> = ["receive", "received", "get", "got", "arrive", "arrived", "come", "came", "work", "works",
                                                     "working", "fit", "fits", "ship", "shipped", "send", "sent", "match", "matches", "look", "looks",
                                                     "pay", "paid"]
    /// Words a seller's name may end with that buyers leave out ("Tea Time Ltd" is "tea time").
    static let companySuffixes: Set<String> = ["ltd", "inc", "co", "llc", "gmbh", "plc", "corp", "limited", "official", "srl", "shop", "store"]
    /// Words that make a following mention one the buyer does not mean ("no" is a correction, not one of these).
    private static let negators: Set<String> = ["not", "dont", "never", "without", "except", "didnt", "doesnt", "isnt", "wont", "cant"]
    private static let determinerGap: Set<String> = ["the", "my", "a", "an", "that", "this", "those", "these", "of", "for", "both", "two"]

    /// What a text says about orders. The generator asks about the same line and clauses several times per turn,
    /// so each answer is kept for the resolver's life (one line).
    func resolve(_ text: String, numbers: [OrderID]) -> Mentions {
        let key = numbers.isEmpty ? text : text + "\u{0}" + numbers.map(\.rawValue).joined(separator: ",")
        if let known = memo.value(key) { return known }
        let mentions = resolveAfresh(text, numbers: numbers)
        memo.keep(mentions, for: key)
        return mentions
    }

    private let memo = Memo()

    /// Answers already worked out, by text.
    private final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [String: Mentions] = [:]
        func value(_ key: String) -> Mentions? { lock.withLock { answers[key] } }
        func keep(_ mentions: Mentions, for key: String) { lock.withLock { answers[key] = mentions } }
    }

    private func resolveAfresh(_ text: String, numbers: [OrderID]) -> Mentions {
        let words = Words(text)
        var mentions = Mentions()
        var spans: [(start: Int, ids: [OrderID])] = []

        // Only numbers standing on their own: "CX448120931GB" is a tracking number, not an order.
        for number in numbers where words.tokens.contains(number.rawValue) {
            let start = words.tokens.firstIndex(of: number.rawValue) ?? 0
            if orders.contains(where: { $0.id == number }) { spans.append((start, [number])) } else { mentions.unknownNumbers.append(number) }
        }
        let hits = itemHits(words, skipping: sellerNameWords(words))
        let items = itemSpans(words, hits: hits)
        let sellers = sellerSpans(words)
        let sellerOrders = Set(sellers.flatMap(\.ids))
        let priced = priceSpans(words)
        if items.isEmpty {
            spans += sellers + priced
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
            spans += listPositionSpans(words) + statusSpans(words) + dateSpans(words) + latestSpans(words)
        } else if spans.contains(where: { $0.ids.count > 1 }), let narrowing = statusSpans(words).first ?? dateSpans(words).first {
            // "the kitchen pro seller, the one that is still not shipped", "the lamp from 1 november": a status or a day
            // narrows what the name leaves open.
            let fitting = Set(narrowing.ids)
            spans = spans.map { span in
                let narrowed = span.ids.filter(fitting.contains)
                return narrowed.isEmpty || span.ids.count == 1 ? span : (span.start, narrowed)
            }
        }
        spans = narrowedByMonth(spans, words)
        spans.sort { $0.start < $1.start }
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
                negativeSpans.append(span.ids)
            } else if !mentions.positive.contains(span.ids) {
                mentions.positive.append(span.ids)
            }
        }
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
            if word == "of", i > 0, words.tokens[i - 1] == "instead" { return true }   // "instead of the speaker"
            if ["want", "need"].contains(word), i > 0, words.tokens[i - 1] == "still" { return true }
            if ["cancel", "delete", "restore", "dispute", "message", "about", "is", "the"].contains(word), steps > 0, word != "the" { return false }
            if words.breakBefore[i] { break }
            i -= 1
            steps += 1
        }
        return false
    }

    // MARK: - Kinds of mention

    /// Positions of words that name a seller ("message tea time: …"), so they are not read as item words.
    private func sellerNameWords(_ words: Words) -> Set<Int> {
        var positions = Set<Int>()
        for seller in sellers.values {
            // "Tea Time Ltd" is written "tea time": the name without its company suffix also counts.
            let full = Words(seller.name).tokens
            let short = Array(full.reversed().drop { Self.companySuffixes.contains($0) }.reversed())
            for name in [full, short] where !name.isEmpty {
                guard let start = words.index(of: name.joined(separator: " ")) else { continue }
                positions.formUnion(start..<(start + name.count))
                break
            }
        }
        return positions
    }

    /// Word index → orders whose title has that word: 2 points as written, 1 as a plural or a typo of it, so that
    /// "headphones" prefers "Noise cancelling headphones" to "Headphone stand".
    private func itemHits(_ words: Words, skipping skipped: Set<Int>) -> [Int: [OrderID: Int]] {
        var hitsAt: [Int: [OrderID: Int]] = [:]
        for (index, word) in words.tokens.enumerated() where word.count >= 3 && !Self.generic.contains(word) && Int(word) == nil && !skipped.contains(index) {
            for order in orders {
                let title = titleWords[order.id, default: []]
                if title.contains(word) { hitsAt[index, default: [:]][order.id] = 2 }
                else if title.contains(where: { Self.sameWord(word, $0) }) { hitsAt[index, default: [:]][order.id] = 1 }
            }
        }
        return hitsAt
    }

    /// Item words: each run of words naming items is one mention; the orders with most words in it win.
    private func itemSpans(_ words: Words, hits hitsAt: [Int: [OrderID: Int]]) -> [(start: Int, ids: [OrderID])] {
        var spans: [(start: Int, ids: [OrderID])] = []
        var index = 0
        while index < words.count {
            guard hitsAt[index] != nil else { index += 1; continue }
            var scores: [OrderID: Int] = [:]
            var end = index
            var probe = index
            while probe < words.count {
                if probe > index, words.breakBefore[probe] { break }
                if let hits = hitsAt[probe] {
                    for (id, points) in hits { scores[id, default: 0] += points }
                    end = probe
                    probe += 1
                } else if Self.determinerGap.contains(words.tokens[probe]), probe + 1 < words.count,
                          hitsAt[probe + 1] != nil, !words.breakBefore[probe + 1] {
                    probe += 1
                } else {
                    break
                }
            }
            let best = scores.values.max() ?? 0
            spans.append((index, orders.map(\.id).filter { scores[$0] == best }))
            index = end + 1
        }
        return spans
    }

    /// "the one from Outdoor Peak": the seller's distinctive name words.
    private func sellerSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        var spans: [(start: Int, ids: [OrderID])] = []
        for seller in sellers.values {
            let nameWords = Words(seller.name).tokens.filter { $0.count >= 3 && !["shop", "store", "the", "and", "co", "ltd", "inc"].contains($0) }
            guard let first = nameWords.first, let start = words.tokens.firstIndex(where: { Self.sameWord($0, first) }) else { continue }
            let ids = orders.filter { $0.sellerID == seller.id }.map(\.id)
            if !ids.isEmpty { spans.append((start, ids)) }
        }
        return spans
    }

    /// "the 56 dollar one", "$56.90", "the €12 one": orders whose total or payment is that amount.
    private func priceSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        let currencyWords: Set<String> = ["dollar", "dollars", "usd", "euro", "euros", "eur", "pound", "pounds", "gbp", "bucks", "quid"]
        var spans: [(start: Int, ids: [OrderID])] = []
        for (index, word) in words.tokens.enumerated() {
            guard let whole = Int(word), word.count <= 6, !words.isDateOrDuration(at: index) else { continue }
            let next = index + 1 < words.count ? words.tokens[index + 1] : ""
            let cents = Int(next).flatMap { next.count == 2 ? $0 : nil }
            let afterCents = index + 2 < words.count ? words.tokens[index + 2] : ""
            let previous = index > 0 ? words.tokens[index - 1] : ""
            let hasCurrency = currencyWords.contains(next) || (cents != nil && currencyWords.contains(afterCents))
            // "the 56 one", "the 56 dollar order": a price named as a reference, not any number in a sentence.
            let namesPrice = hasCurrency || ["one", "order", "item", "thing"].contains(next) || ["the", "for"].contains(previous)
            let matching = orders.filter { order in
                let amounts = [order.total.minorUnits] + (order.paidAmount.map { [$0.minorUnits] } ?? [])
                return amounts.contains { amount in
                    if let cents { return amount == whole * 100 + cents }
                    return amount / 100 == whole && (hasCurrency || amount % 100 == 0 || whole >= 10)
                }
            }
            // A bare small number is a list position or a count, not a price, unless a currency names it.
            if !matching.isEmpty, namesPrice, hasCurrency || cents != nil || whole >= 10 { spans.append((index, matching.map(\.id))) }
        }
        return spans
    }

    /// "the second one", "number 3", "2nd": a position in the list just shown (only when one was shown).
    private func listPositionSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard !lastListed.isEmpty else { return [] }
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "last": lastListed.count]
        for (index, word) in words.tokens.enumerated() {
            var position = ordinals[word]
            if word == "last", index + 1 < words.count, ["order", "orders", "purchase"].contains(words.tokens[index + 1]) { position = nil }
            if position == nil, ["number", "no", "option", "nr"].contains(word), index + 1 < words.count, let n = Int(words.tokens[index + 1]) {
                position = n
            }
            if let position, !words.isDateOrDuration(at: index), lastListed.indices.contains(position - 1) {
                return [(index, [lastListed[position - 1]])]
            }
        }
        return []
    }

    /// "the frozen one", "my unpaid order", "the one waiting for payment".
    private func statusSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        let phrases: [(String, (Order) -> Bool)] = [
            ("unpaid", { $0.status == .awaitingPayment }), ("not paid", { $0.status == .awaitingPayment }),
            ("waiting for payment", { $0.status == .awaitingPayment }), ("awaiting payment", { $0.status == .awaitingPayment }),
            ("didnt pay", { $0.status == .awaitingPayment }), ("did not pay", { $0.status == .awaitingPayment }),
            ("havent paid", { $0.status == .awaitingPayment }), ("have not paid", { $0.status == .awaitingPayment }),
            ("never paid", { $0.status == .awaitingPayment }),
            ("frozen", { $0.status == .frozen }), ("in dispute", { $0.status == .inDispute }),
            ("delivered", { $0.status == .delivered }), ("in transit", { $0.status == .shipped }),
            ("on the way", { $0.status == .shipped }), ("shipped", { $0.status == .shipped }),
            ("cancelled", { $0.status == .cancelled }), ("canceled", { $0.status == .cancelled }),
            ("completed", { $0.status == .completed }), ("processing", { $0.status == .paymentProcessing }),
            ("not shipped", { $0.status == .awaitingShipment }), ("not sent", { $0.status == .awaitingShipment }),
        ]
        for (phrase, matches) in phrases {
            guard let start = words.index(of: phrase) else { continue }
            // Only where the status names an order: "the frozen one", "my unpaid order", "the one waiting for payment".
            let end = start + phrase.split(separator: " ").count
            let before = start > 0 ? words.tokens[start - 1] : ""
            let after = end < words.count ? words.tokens[end] : ""
            guard ["the", "my", "one", "that", "thats", "is", "still", "i"].contains(before) || ["one", "order", "orders", "item", "purchase"].contains(after)
            else { continue }
            let ids = orders.filter(matches).map(\.id)
            if !ids.isEmpty { return [(start, ids)] }
        }
        return []
    }

    /// "the craft supply order from october": a month alone narrows a mention that fits several orders.
    private func narrowedByMonth(_ spans: [(start: Int, ids: [OrderID])], _ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard let monthIndex = words.tokens.compactMap({ Words.months.firstIndex(of: $0) }).first,
              !words.tokens.contains(where: { Int($0).map { (1...31).contains($0) } ?? false }) else { return spans }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let month = monthIndex % 12 + 1
        let inMonth = Set(orders.filter { order in
            [order.placedAt, order.shippedAt].compactMap { $0 }.contains { calendar.component(.month, from: $0) == month }
        }.map(\.id))
        return spans.map { span in
            let narrowed = span.ids.filter(inMonth.contains)
            return narrowed.isEmpty || span.ids.count == 1 ? span : (span.start, narrowed)
        }
    }

    /// "the one from 1 November", "ordered on 3 october": orders placed (or sent) that day.
    private func dateSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        for (index, word) in words.tokens.enumerated() {
            let digits = word.prefix { $0.isNumber }
            guard let day = Int(digits), (1...31).contains(day) else { continue }
            let neighbours = [index - 1, index + 1, index + 2].filter { words.tokens.indices.contains($0) }.map { words.tokens[$0] }
            guard let monthName = neighbours.first(where: { Words.months.contains($0) }),
                  let monthIndex = Words.months.firstIndex(of: monthName) else { continue }
            let month = monthIndex % 12 + 1
            let sameDay: (Date?) -> Bool = { date in
                guard let date else { return false }
                let parts = calendar.dateComponents([.month, .day], from: date)
                return parts.month == month && parts.day == day
            }
            let placed = orders.filter { sameDay($0.placedAt) }
            let sent = orders.filter { sameDay($0.shippedAt) || sameDay($0.deliveredAt) }
            let ids = (placed.isEmpty ? sent : placed).map(\.id)
            if !ids.isEmpty { return [(index, ids)] }
        }
        return []
    }

    /// "my last order", "the most recent one", "what I bought yesterday".
    private func latestSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard let start = ["last order", "latest", "most recent", "last purchase", "recent order", "newest"].compactMap(words.index(of:)).first,
              let latest = orders.max(by: { $0.placedAt < $1.placedAt }) else { return [] }
        return [(start, [latest.id])]
    }

    /// The same word up to a plural "s" and a small typo (one edit from 5 letters).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a + "s" == b || b + "s" == a || a + "es" == b || b + "es" == a { return true }
        guard min(a.count, b.count) >= 5, abs(a.count - b.count) <= 1 else { return false }
        // A real word is not a typo of another ("charged" is not "charger").
        if EnglishLexicon.contains(a) { return false }
        return editDistance(Array(a), Array(b), limit: 1) <= 1
    }

    private static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where i <= a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where j <= b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
