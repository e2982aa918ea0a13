import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// The kinds of mention the resolver finds: item words, sellers, prices, list positions, statuses, days.
extension OrderResolver {
    /// Positions of words that name a seller ("message tea time: …"), so they are not read as item words.
    func sellerNameWords(_ words: Words) -> Set<Int> {
        var positions = Set(shopKindMentions(words).map(\.index))
        for seller in sellers.values {
            for (phrase, count) in Self.sellerName(seller.name).asWritten {
                guard let start = words.index(of: phrase) else { continue }
                positions.formUnion(start..<(start + count))
                break
            }
        }
        return positions
    }

    /// A seller's name as the resolver looks for it, cut once per name.
    struct SellerName: Sendable {
        /// The name's words joined, then without its company suffix ("Tea Time Ltd" is written "tea time"), with
        /// their word counts; empty ones left out.
        let asWritten: [(phrase: String, count: Int)]
        /// The name's distinctive words: the first of them names the seller's orders.
        let distinctive: [String]
    }

    /// The names cut lately; a buyer's few sellers are looked up for every text resolved, so the last eight are found
    /// without hashing.
    private static let sellerNames = TextMemo<SellerName>(capacity: 4096, recent: 8)

    static func sellerName(_ name: String) -> SellerName {
        sellerNames.value(for: name) { name in
            let full = Words(name).tokens
            let short = Array(full.reversed().drop { companySuffixes.contains($0) }.reversed())
            return SellerName(asWritten: [full, short].filter { !$0.isEmpty }.map { ($0.joined(separator: " "), $0.count) },
                              distinctive: full.filter { $0.count >= 3 && !["shop", "store", "the", "and", "co", "ltd", "inc"].contains($0) })
        }
    }

    /// Word index → orders whose title has that word: 2 points as written, 1 as a plural or a typo of it, so that
    /// "headphones" prefers "Noise cancelling headphones" to "Headphone stand".
    func itemHits(_ words: Words, skipping skipped: Set<Int>) -> [Int: [OrderID: Int]] {
        var hitsAt: [Int: [OrderID: Int]] = [:]
        // An ASCII word's length is its byte count, read without walking its characters.
        for (index, word) in words.tokens.enumerated() where (words.isASCII ? word.utf8.count : word.count) >= 3 && !Self.generic.contains(word)
            && Int(word) == nil && !skipped.contains(index) {
            let found = titles.hits(word) { hits(of: word) }
            if !found.isEmpty { hitsAt[index] = found }
        }
        return hitsAt
    }

    /// The orders whose title has this word, with its points; kept per word for the line, whose clauses repeat its words.
    private func hits(of word: String) -> [OrderID: Int] {
        var hits: [OrderID: Int] = [:]
        for (id, title) in titleWords where title.contains(word) { hits[id] = 2 }
        let length = word.utf8.count
        let near = word.utf8.allSatisfy({ $0 < 0x80 }) ? ((length - 2)...(length + 2)).flatMap { titles.byLength[$0] ?? [] } + titles.others
                                                        : titles.byLength.values.flatMap { $0 } + titles.others
        for (title, id) in near where hits[id] == nil && Self.sameWord(word, title) { hits[id] = 1 }
        return hits.isEmpty ? kindHits(of: word) : hits
    }

    /// Item words: each run of words naming items is one mention; the orders with most words in it win.
    func itemSpans(_ words: Words, hits hitsAt: [Int: [OrderID: Int]]) -> [(start: Int, ids: [OrderID])] {
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
            var ids = orders.indices.filter { scores[orders[$0].id] == best }.map { orders[$0].id }
            // "the mouse" beside "Gaming mouse" and "XXL mouse pad": the title the word ends, as its noun, is the thing
            // named; in the other it only says what kind of pad. Only a tie is broken so, and only where some title ends so;
            // never where the line says it means several ("both mug orders", "all the mug ones").
            let several = words.tokens[max(0, index - 2)..<index].contains { ["both", "all", "two", "each"].contains($0) }
                || end + 1 < words.count && ["orders", "ones", "items"].contains(words.tokens[end + 1])
            if ids.count > 1, !several {
                let headed = ids.filter { endsATitle(words.tokens[end], of: $0) }
                if !headed.isEmpty, headed.count < ids.count { ids = headed }
            }
            spans.append((index, ids))
            index = end + 1
        }
        return spans
    }

    /// "the one from Outdoor Peak": the seller's distinctive name words.
    func sellerSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        var spans: [(start: Int, ids: [OrderID])] = []
        for (index, seller) in shopKindMentions(words) {
            let ids = orders.filter { $0.sellerID == seller }.map(\.id)
            if !ids.isEmpty { spans.append((index, ids)) }
        }
        for seller in sellers.values {
            guard let first = Self.sellerName(seller.name).distinctive.first else { continue }
            // Two ASCII words more than two letters apart are never the same word (`sameWord`): most words stop here, and
            // the others are compared on their bytes without looking again whether they are ASCII.
            let bothASCII = words.isASCII && first.utf8.allSatisfy { $0 < 0x80 }
            let length = first.utf8.count, head = first.utf8.first, tail = first.utf8.last
            // Two ASCII words that are the same word share their first byte (equal, or one the other's plural) or, one edit
            // apart at five letters or more, their first or their last byte: other words are passed over at once.
            guard let start = words.tokens.firstIndex(where: { token in
                bothASCII ? abs(token.utf8.count - length) <= 2 && (token.utf8.first == head || token.utf8.last == tail)
                    && Self.sameASCIIWord(checked: token, first) : Self.sameWord(token, first)
            }) else { continue }
            let ids = orders.filter { $0.sellerID == seller.id }.map(\.id)
            if !ids.isEmpty { spans.append((start, ids)) }
        }
        return spans
    }

    /// Ordinal words and their positions ("last" is the list's length).
    private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                                   "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8]

    /// "the second one", "number 3", "2nd": a position in the list just shown (only when one was shown).
    func listPositionSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard !lastListed.isEmpty else { return [] }
        for (index, word) in words.tokens.enumerated() {
            var position = word == "last" ? lastListed.count : Self.ordinals[word]
            if word == "last", index + 1 < words.count, ["order", "orders", "purchase"].contains(words.tokens[index + 1]) { position = nil }
            if position == nil, ["number", "no", "option", "nr"].contains(word), index + 1 < words.count, let n = Int(words.tokens[index + 1]) {
                position = n
            }
            if let position, !words.isDateOrDuration(at: index), lastListed.indices.contains(position - 1),
               !Self.isSequenceWord(words, at: index) {
                return [(index, [lastListed[position - 1]])]
            }
        }
        return []
    }

    /// Words that make an ordinal a place in a list when they stand before it ("the first", "my second", "that last").
    private static let positionDeterminers: Set<String> = ["the", "my", "that", "this", "your", "ur", "on", "no", "number"]
    /// Words that make an ordinal a place in a list when they follow it ("first one", "second order", "last in the list").
    private static let positionNouns: Set<String> = ["one", "ones", "order", "orders", "item", "items", "option", "choice", "in", "on", "from",
                                                     "listed", "line", "entry", "pls", "please", "plz"]

    /// Whether an ordinal word says when rather than which: "let me check my bank first", "confirm those first", "first,
    /// ask the seller", "last time the shade came bent". A place in the list is said with an article or a noun ("the
    /// first", "2nd one", "the last one", "first in the list"), in digits ("2nd"), or alone in a short reply ("second
    /// pls", "first").
    static func isSequenceWord(_ words: Words, at index: Int) -> Bool {
        let word = words.tokens[index]
        guard word.first?.isLetter == true else { return false }
        if words.count <= 2 { return false }
        let before = index > 0 && !words.breakBefore[index] ? words.tokens[index - 1] : ""
        let after = index + 1 < words.count && !words.breakBefore[index + 1] ? words.tokens[index + 1] : ""
        if positionDeterminers.contains(before) { return false }
        if positionNouns.contains(after), !(after == "from" && word == "last") { return false }
        return true
    }

    private static let statusPhrases: [(String, @Sendable (Order) -> Bool)] = [
        ("unpaid", { $0.status == .awaitingPayment }), ("not paid", { $0.status == .awaitingPayment }),
        ("waiting for payment", { $0.status == .awaitingPayment }), ("awaiting payment", { $0.status == .awaitingPayment }),
        ("didnt pay", { $0.status == .awaitingPayment }), ("did not pay", { $0.status == .awaitingPayment }),
        ("havent paid", { $0.status == .awaitingPayment }), ("have not paid", { $0.status == .awaitingPayment }),
        ("never paid", { $0.status == .awaitingPayment }),
        ("frozen", { $0.status == .frozen }), ("in dispute", { $0.status == .inDispute }),
        // "the one im fighting the seller about", "the one I'm arguing with them over": a dispute in the buyer's words.
        ("fighting", { $0.status == .inDispute }), ("arguing", { $0.status == .inDispute }),
        ("delivered", { $0.status == .delivered }), ("in transit", { $0.status == .shipped }),
        ("on the way", { $0.status == .shipped }), ("on its way", { $0.status == .shipped }), ("on their way", { $0.status == .shipped }),
        ("still coming", { $0.status == .shipped }), ("shipped", { $0.status == .shipped }),
        ("cancelled", { $0.status == .cancelled }), ("canceled", { $0.status == .cancelled }),
        ("completed", { $0.status == .completed }), ("processing", { $0.status == .paymentProcessing }),
        ("not shipped", { $0.status == .awaitingShipment }), ("not sent", { $0.status == .awaitingShipment }),
        // "the ByteWorld order that i asked to cancel", "the one waiting for the seller's answer"
        ("asked to cancel", { $0.status == .cancellationRequested }), ("waiting for seller", { $0.status == .cancellationRequested }),
        ("waiting for the seller", { $0.status == .cancellationRequested }), ("requested to cancel", { $0.status == .cancellationRequested }),
    ]
    /// "the frozen one", "my unpaid order", "the one waiting for payment".
    func statusSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        for (phrase, matches) in Self.statusPhrases {
            guard let start = words.index(of: phrase) else { continue }
            // Only where the status names an order: "the frozen one", "my unpaid order", "the one waiting for payment".
            let end = start + phrase.split(separator: " ").count
            let before = start > 0 ? words.tokens[start - 1] : ""
            let after = end < words.count ? words.tokens[end] : ""
            // "an order in my list that says frozen", "a little word beside it saying frozen": the status as the list shows it.
            guard ["the", "my", "one", "that", "thats", "is", "still", "i", "im", "says", "saying", "shows", "showing", "marked", "reads"].contains(before)
                    || ["one", "order", "orders", "item", "purchase"].contains(after)
            else { continue }
            let ids = orders.filter(matches).map(\.id)
            if !ids.isEmpty { return [(start, ids)] }
        }
        return []
    }

    /// "the lamp that still hasn't shipped", "the mug that never came": a negated shipping or arrival verb says where the
    /// order is (not shipped yet; shipped but not arrived). Used only to narrow a name that fits several orders.
    func negatedProgressSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        let shipping: Set<String> = ["ship", "shipped", "sent", "send", "dispatched", "posted", "dispatch"]
        let arriving: Set<String> = ["arrive", "arrived", "came", "come", "delivered", "received", "here"]
        let negators: Set<String> = ["not", "didnt", "hasnt", "havent", "isnt", "wasnt", "never", "doesnt", "dont", "werent", "arent", "yet"]
        for (index, word) in words.tokens.enumerated() where shipping.contains(word) || arriving.contains(word) {
            let near = words.tokens[max(0, index - 3)..<min(words.count, index + 2)]
            guard near.contains(where: negators.contains) else { continue }
            let notShipped: Set<OrderStatus> = [.awaitingPayment, .paymentProcessing, .awaitingShipment, .cancellationRequested]
            let wanted: Set<OrderStatus> = shipping.contains(word) ? notShipped : [.shipped]
            let ids = orders.filter { wanted.contains($0.status) }.map(\.id)
            if !ids.isEmpty { return [(index, ids)] }
        }
        return []
    }

    private static let paymentMethods: [(String, PaymentMethod)] = [("balance", .balance), ("paypal", .paypal), ("coupon", .coupon), ("voucher", .coupon),
                                                                    ("alipay", .alipayCard), ("card", .card), ("visa", .card), ("mastercard", .card)]
    /// "the order i paid with my balance", "the paypal one": the way it was paid names an order, next to "one" or "order".
    func paymentSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        for (word, method) in Self.paymentMethods {
            guard let index = words.tokens.firstIndex(of: word) else { continue }
            let after = index + 1 < words.count ? words.tokens[index + 1] : ""
            let before = words.tokens[max(0, index - 6)..<index]
            guard ["one", "order"].contains(after) || (before.contains { ["one", "order"].contains($0) } && before.contains { ["paid", "pay", "payed", "bought"].contains($0) })
            else { continue }
            let ids = orders.filter { $0.payment?.method == method || (method == .card && $0.payment?.method == .alipayCard && word != "card") }.map(\.id)
            if !ids.isEmpty { return [(index, ids)] }
        }
        return []
    }

    /// "the craft supply order from october": a month alone narrows a mention that fits several orders.
    func narrowedByMonth(_ spans: [(start: Int, ids: [OrderID])], _ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard let monthIndex = words.tokens.lazy.compactMap({ Words.monthPosition($0) }).first,
              !words.tokens.contains(where: { Int($0).map { (1...31).contains($0) } ?? false }) else { return spans }
        let calendar = Self.utcCalendar
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
    func dateSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        for (index, word) in words.tokens.enumerated() {
            // A day is read only from ASCII digits: a word that does not start with one is passed over before it is cut.
            guard let first = word.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { continue }
            let digits = word.prefix { $0.isNumber }
            guard let day = Int(digits), (1...31).contains(day) else { continue }
            let neighbours = [index - 1, index + 1, index + 2].filter { words.tokens.indices.contains($0) }.map { words.tokens[$0] }
            guard let monthName = neighbours.first(where: { Words.monthPosition($0) != nil }),
                  let monthIndex = Words.monthPosition(monthName) else { continue }
            let month = monthIndex % 12 + 1
            let calendar = Self.utcCalendar
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
        return dayWithoutMonthSpans(words)
    }

    /// The Gregorian calendar in UTC, in which days and months are named; made once (making one takes longer than
    /// reading a line's dates).
    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// "my last order", "the most recent one", "the last one I ordered", "what I bought last".
    func latestSpans(_ words: Words) -> [(start: Int, ids: [OrderID])] {
        guard let start = ["last order", "latest", "most recent", "last purchase", "recent order", "newest"].compactMap(words.index(of:)).first
                ?? lastBought(words.tokens),
              let latest = orders.max(by: { $0.placedAt < $1.placedAt }) else { return [] }
        return [(start, [latest.id])]
    }

    /// "last" beside a verb of buying, not before a time ("ordered last week" is a date).
    private func lastBought(_ tokens: [String]) -> Int? {
        tokens.indices.first { index in
            tokens[index] == "last" && !(index + 1 < tokens.count && Self.timeAfterLast.contains(tokens[index + 1]))
                && tokens[max(0, index - 2)...min(tokens.count - 1, index + 3)].contains(where: Self.buyingVerbs.contains)
        }
    }

    private static let buyingVerbs: Set<String> = ["ordered", "bought", "purchased", "placed"]
    private static let timeAfterLast: Set<String> = ["week", "weeks", "month", "year", "night", "time", "weekend", "monday", "tuesday",
                                                     "wednesday", "thursday", "friday", "saturday", "sunday", "days"]

    /// The same word up to a plural "s" and a small typo (one edit from 5 letters).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if let same = sameASCIIWord(a, b) { return same }
        if a == b { return true }
        if a + "s" == b || b + "s" == a || a + "es" == b || b + "es" == a { return true }
        guard min(a.count, b.count) >= 5, abs(a.count - b.count) <= 1 else { return false }
        // A real word is not a typo of another ("charged" is not "charger").
        if EnglishLexicon.contains(a) { return false }
        return editDistance(Array(a), Array(b), limit: 1) <= 1
    }

    /// `sameWord` for two ASCII words, on their bytes (nil for other words): it runs for every word of a line
    /// against every title word.
    private static func sameASCIIWord(_ a: String, _ b: String) -> Bool? {
        guard a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return sameASCIIWord(checked: a, b)
    }

    /// `sameWord` for two words already known to be ASCII.
    static func sameASCIIWord(checked a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        let (m, n) = (x.count, y.count)
        func isPlural(_ long: String.UTF8View, of short: String.UTF8View, _ ending: [UInt8]) -> Bool {
            long.starts(with: short) && long.suffix(ending.count).elementsEqual(ending)
        }
        switch n - m {
        case 0: if x.elementsEqual(y) { return true }
        case 1: if isPlural(y, of: x, [115]) { return true }
        case -1: if isPlural(x, of: y, [115]) { return true }
        case 2: if isPlural(y, of: x, [101, 115]) { return true }
        case -2: if isPlural(x, of: y, [101, 115]) { return true }
        default: return false
        }
        guard min(m, n) >= 5, abs(m - n) <= 1, withinOneEdit(a, b) else { return false }
        return !EnglishLexicon.contains(a)
    }

    /// Whether two ASCII words whose lengths differ by at most one are at most one edit apart (what `editDistance`
    /// with limit 1 answers), in one pass over their bytes: past their common start, the rest is the same after one
    /// changed byte, or after one byte more in the longer word.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        var (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        return short.withUTF8 { x in
            long.withUTF8 { y in
                var i = 0
                while i < x.count, x[i] == y[i] { i += 1 }
                if i == x.count { return y.count - x.count <= 1 }
                let skip = x.count == y.count ? 1 : 0
                return x[(i + skip)...].elementsEqual(y[(i + 1)...])
            }
        }
    }

    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
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
