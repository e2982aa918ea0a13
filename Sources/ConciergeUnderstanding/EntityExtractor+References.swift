import Foundation
import ConciergeDomain
extension EntityExtractor {
    static let orderNouns: Set<String> = [
        "order", "orders", "one", "purchase", "purchases", "item", "items", "package", "parcel", "thing",
        "things", "buy", "stuff", "delivery", "shipment",
    ]

    /// "my last order", "the latest one", "most recent purchase", "newest order", from the line's words as
    /// `WordReading` reads them.
    static func latestReference(_ readings: [WordReading]) -> OrderReference? {
        let count = readings.count
        for (i, reading) in readings.enumerated() {
            let traits = reading.traits
            var isLatest = traits.contains(.latest)
            if traits.contains(.last) || traits.contains(.recent) {
                // "last" alone is too common ("at last", "last week"): require an order noun next
                isLatest = i + 1 < count && readings[i + 1].traits.contains(.orderNoun)
                    || i + 2 < count && readings[i + 2].traits.contains(.orderNoun) && !readings[i + 1].traits.contains(.week)
            }
            if traits.contains(.last) && i + 1 < count && readings[i + 1].traits.contains(.period) {
                isLatest = false
            }
            if isLatest { return .latest }
        }
        return nil
    }

    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    ]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10,
    ]

    /// The position named by one token: "second", "2nd", or (when `bare` is allowed) "2" / "two".
    /// Digits are read from the bytes: this runs for every token of every line.
    static func position(of token: String, allowBare: Bool) -> Int? {
        if let value = ordinalWords[token] { return value }
        let utf8 = token.utf8
        let count = utf8.count
        if count >= 3, count <= 4, let value = smallNumber(utf8.dropLast(2)) {
            let suffix = (utf8[utf8.index(utf8.endIndex, offsetBy: -2)], utf8[utf8.index(before: utf8.endIndex)])
            let isSuffix = suffix == (115, 116) || suffix == (110, 100) || suffix == (114, 100) || suffix == (116, 104)
            if isSuffix, (1...20).contains(value) { return value }
        }
        if allowBare {
            if let value = numberWords[token] { return value }
            if count <= 2, let value = smallNumber(utf8), (1...20).contains(value) { return value }
        }
        return nil
    }

    /// The value of one or two ASCII digits, nil for anything else.
    private static func smallNumber<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        guard (1...2).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// Words after which a bare number is a position: "number 3", "option 2".
    static let positionLeads: Set<String> = ["number", "no", "option", "nr", "num", "order", "item"]

    /// "the second one", "2nd order", "number 3", "#2", "option 2", from the line's words as `WordReading` reads them.
    static func ordinalReference(_ readings: [WordReading]) -> OrderReference? {
        let count = readings.count
        for (i, reading) in readings.enumerated() {
            if i > 0, readings[i - 1].traits.contains(.positionLead), let value = reading.positionAfterLead {
                return .ordinal(value)
            }
            if let value = reading.position {
                // "the first one", "2nd order", "the third": not "first time", "first of all"
                let next = i + 1 < count ? readings[i + 1].traits : []
                if next.contains(.orderNoun) || (i > 0 && readings[i - 1].traits.contains(.the)) || count <= 2 {
                    if next.contains(.timeOrOf) { continue }
                    return .ordinal(value)
                }
            }
        }
        return nil
    }

    /// Words that name no particular item.
    static let genericWords: Set<String> = [
        "the", "a", "an", "my", "your", "i", "me", "it", "is", "are", "was", "were", "to", "of", "for", "and",
        "or", "on", "in", "with", "that", "this", "those", "these", "one", "ones", "order", "orders", "item",
        "items", "thing", "things", "stuff", "package", "parcel", "purchase", "product", "products", "seller",
        "refund", "money", "cancel", "please", "want", "where", "what", "when", "did", "not", "do", "does",
        "have", "has", "can", "could", "would", "will", "you", "from", "about", "last", "latest", "new",
        "set", "pack", "pair", "size", "color", "colour", "black", "white", "red", "blue", "green", "pro",
        "mini", "max", "plus", "with", "case", "cancelled", "arrived", "received", "bought", "ordered",
        "got", "get", "still", "yet", "broken", "damaged", "wrong", "just", "how", "why", "who", "which",
        "dispute", "return", "track", "status", "there", "here", "all", "any", "some", "be", "been", "am",
    ]

    /// A word of an item title or of the buyer's line, with its stem, as item words are compared.
    struct ItemWord: Sendable, Equatable {
        var text: String
        var stem: [UInt8]

        init(_ text: String) {
            self.text = text
            stem = EntityExtractor.stem(Array(text.utf8))
        }
    }

    /// The distinct words of item titles that can name an item (not generic words or numbers).
    static func itemWords(_ titles: [String]) -> [ItemWord] {
        if titles.count == 1 { return words(of: titles[0]) }
        var seen = Set<String>()
        return titles.flatMap { words(of: $0) }.filter { seen.insert($0.text).inserted }
    }

    /// Each title's item words, kept: candidates are made for every order on every turn, and titles do not change.
    private static let titleWords = SharedMemo<String, [ItemWord]>(capacity: 4096)

    private static func words(of title: String) -> [ItemWord] {
        titleWords.value(for: title) { title in
            var seen = Set<String>()
            return TextNormalizer().tokens(title).filter { isItemWord($0) && seen.insert($0).inserted }.map(ItemWord.init)
        }
    }

    static func isItemWord(_ token: String) -> Bool {
        token.utf8.count >= 3 && !genericWords.contains(token) && Int(token) == nil
    }

    /// Orders whose item titles contain the buyer's words, typo-tolerantly; best-scoring orders win.
    func itemReference(tokens: [String], orders: [OrderCandidate]) -> OrderReference? {
        guard !orders.isEmpty else { return nil }
        let index = Self.lastItemIndex.value(for: orders) { ItemIndex($0) }
        // Each word counts once per order, so a word said again is not compared again; each order's hits are in the
        // order the line says them.
        var seen = Set<String>()
        var hits = [[String]](repeating: [], count: orders.count)
        for (token, named) in zip(tokens, index.orders(naming: tokens)) where !named.isEmpty && seen.insert(token).inserted {
            for order in named { hits[order].append(token) }
        }
        var best = 0
        var matched: [OrderID] = []
        var phraseWords: [String] = []
        for (order, words) in zip(orders, hits) {
            if words.count > best {
                best = words.count
                matched = [order.id]
                phraseWords = words
            } else if words.count == best && best > 0 {
                matched.append(order.id)
            }
        }
        guard best > 0 else { return nil }
        return .items(matchedOrderIDs: matched, phrase: phraseWords.joined(separator: " "))
    }

    /// The item index of the candidates asked about last: a buyer's candidates stay the same turn after turn, and
    /// the whole line and each of its clauses are matched against them.
    private static let lastItemIndex = LastValue<[OrderCandidate], ItemIndex>(same: { $0 == $1 })

    /// The candidates' title words, and which candidates each word of a buyer's line names, worked out the first time
    /// the word is asked (forgotten all at once when many): buyers use the same words line after line.
    final class ItemIndex: @unchecked Sendable {
        private let titleWords: [[ItemWord]]
        private let lock = NSLock()
        private var known: [String: [Int]] = [:]

        init(_ orders: [OrderCandidate]) { titleWords = orders.map(\.titleWords) }

        /// For each token, the positions of the candidates whose titles have it, in candidate order (none for a word
        /// that is no item word).
        func orders(naming tokens: [String]) -> [[Int]] {
            lock.lock()
            var found = tokens.map { known[$0] }
            lock.unlock()
            var made: [(String, [Int])] = []
            for i in found.indices where found[i] == nil {
                let orders = EntityExtractor.isItemWord(tokens[i]) ? afresh(ItemWord(tokens[i])) : []
                found[i] = orders
                made.append((tokens[i], orders))
            }
            if !made.isEmpty {
                lock.lock()
                for (token, orders) in made {
                    if known.count >= 4096 { known.removeAll(keepingCapacity: true) }
                    known[token] = orders
                }
                lock.unlock()
            }
            return found.map { $0 ?? [] }
        }

        private func afresh(_ word: ItemWord) -> [Int] {
            titleWords.indices.filter { order in titleWords[order].contains { EntityExtractor.sameItemWord(word, $0) } }
        }
    }

    /// Same word up to plural "s"/"es" and small typos (1 edit from 4 letters, 2 from 8).
    static func sameItemWord(_ word: ItemWord, _ title: ItemWord) -> Bool {
        // Stems more than two letters apart are never the same word (equal words have equal stems): most pairs stop here.
        guard abs(word.stem.count - title.stem.count) <= 2 else { return false }
        if word.text == title.text { return true }
        let stemA = word.stem, stemB = title.stem
        if stemA.count >= 3 && stemA == stemB { return true }
        let shorter = min(stemA.count, stemB.count)
        guard shorter >= 4 else { return false }
        let limit = shorter >= 8 ? 2 : 1
        guard abs(stemA.count - stemB.count) <= limit else { return false }
        return limit == 1 ? SpellCorrector.withinOneEdit(stemA, stemB) : SpellCorrector.distance(stemA, stemB, limit: limit) <= limit
    }

    fileprivate static func stem(_ word: [UInt8]) -> [UInt8] {
        if word.count > 4, word.suffix(2) == [101, 115], [115, 120, 104].contains(word[word.count - 3]) {
            return Array(word.dropLast(2))  // boxes, dresses, watches
        }
        if word.count > 3, word.last == 115, word[word.count - 2] != 115 { return Array(word.dropLast()) }
        return word
    }
}
