import Foundation
import ConciergeDomain
import ConciergeUnderstanding

/// Reads buyer text against the buyer's orders: a piece of text as understood (intent ranking, entities,
/// short-reply reading), and a line's requests, each understood on its own. The session and
/// `concierge bench dialogue` read lines through this one reader.
package struct LineReader {
    let understander: Understander
    /// The buyer's orders (listed and deleted) as the entity extractor sees them, made once per turn.
    let candidates: [OrderCandidate]
    /// The names of the sellers of those orders as buyers write them, in words, longest first (see `maskingSellers`).
    let sellerPhrases: [[String]]

    package init(understander: Understander, orders: [Order], sellerNames: [String] = []) {
        self.understander = understander
        sellerPhrases = Self.recentPhrases.value(for: sellerNames.sorted(), Self.phrases(ofSellers:))
        candidates = Self.lastCandidates.value(for: orders) { orders in
            let keys = orders.map { Candidate(id: $0.id, itemTitles: $0.items.map(\.title), placedAt: $0.placedAt) }
            return Self.recentCandidates.value(for: keys) { keys in
                keys.map { OrderCandidate(id: $0.id, itemTitles: $0.itemTitles, placedAt: $0.placedAt) }
            }
        }
    }

    /// What a candidate is made from.
    struct Candidate: Hashable, Sendable {
        let id: OrderID
        let itemTitles: [String]
        let placedAt: Date
    }

    /// The candidates of the order lists read lately: a buyer's orders stay the same over most turns, and a candidate
    /// cuts its titles into words when it is made.
    private static let recentCandidates = SharedMemo<[Candidate], [OrderCandidate]>(capacity: 64)
    private static let lastCandidates = LastValue<[Order], [OrderCandidate]>(same: sameNames)
    /// The seller phrases of the sellers' names read lately (the same few, turn after turn).
    private static let recentPhrases = SharedMemo<[String], [[String]]>(capacity: 64)

    /// Whether two lists of orders name the same orders the same way: ids, days placed and item titles, in order
    /// (all that the candidates and the resolver's title index are made from).
    static func sameNames(_ a: [Order], _ b: [Order]) -> Bool {
        guard a.count == b.count else { return false }
        // By index, reading fields in place: copying each order would retain all its parts.
        for i in a.indices {
            guard a[i].id == b[i].id, a[i].placedAt == b[i].placedAt, a[i].items.count == b[i].items.count else { return false }
            for j in a[i].items.indices where a[i].items[j].title != b[i].items[j].title { return false }
        }
        return true
    }

    /// A piece of text as understood; item names are masked for the classifier, so "the phone case" reads as an item.
    /// The text is tokenised once for the extractor and, when no item is masked, the classifier.
    package func understand(_ text: String) -> UnderstoodClause {
        let tokens = TextNormalizer().tokens(text)
        let entities = understander.extractor.extract(from: text, tokens: tokens, orders: candidates)
        let masked = Self.maskingItems(Self.maskingSellers(text, sellerPhrases), entities.orderReference)
        let classification = masked == text ? understander.matcher.classify(text, normalized: tokens) : understander.matcher.classify(masked)
        return UnderstoodClause(text: text, classification: classification, entities: entities, reply: DialogReply.parse(text))
    }

    /// The line's requests, each understood on its own ("cancel it and then delete it"); after "forget it, …"
    /// only what follows.
    package func clauses(of line: String, _ whole: UnderstoodClause) -> [UnderstoodClause] {
        let stopped = CommandGenerator.afterStopLead(line).flatMap { $0.isEmpty ? nil : $0 }
        // "morning! two things — where are my cushion covers, and cancel the lights": the announcement is no part of the first request.
        let announced = Self.withoutAnnouncement(stopped ?? line)
        let rest = announced ?? stopped
        let parts = ClauseSplitter.pieces(rest ?? line)
        if rest == nil, parts.count <= 1 { return [whole] }
        return parts.map { piece in
            var clause = understand(piece.text)
            clause.sequenced = piece.sequenced
            return clause
        }
    }

    private static let announcement = try? NSRegularExpression(
        pattern: #"^\s*(?:(?:hi|hello|hey|morning|good\s+morning|ok|okay|so|right)[\s,!.]*)*(?:(?:i\s+have|i\s+got|i\s+need|ive\s+got|i've\s+got|got)\s+)?(?:two|three|four|2|3|4|a\s+few|few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|several|some)\s+(?:quick\s+|small\s+|more\s+)?(?:things|questions|requests|qs)(?:\s+(?:here|please|pls|for\s+you|today))?\s*(?:[:—–-]+|[.!]+)\s*"#,
        options: [.caseInsensitive])

    /// The line after an opening announcement of several requests ("two things — ", "3 questions: "), or nil without one.
    static func withoutAnnouncement(_ line: String) -> String? {
        guard let match = announcement?.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let range = Range(match.range, in: line), range.upperBound < line.endIndex else { return nil }
        let rest = String(line[range.upperBound...])
        return rest.contains(where: \.isLetter) ? rest : nil
    }

    /// The line with the words naming the buyer's items replaced by "item", so that unusual
    /// product names ("LED strip lights") do not read as an unknown, out-of-scope topic.
    static func maskingItems(_ line: String, _ reference: OrderReference?) -> String {
        guard case .items(_, let phrase)? = reference else { return line }
        let namedWords = phrase.lowercased().split(separator: " ").map(String.init)
        if let masked = maskingPrintableASCII(line, namedWords) { return masked }
        let named = Set(namedWords)
        var words: [String] = []
        for word in line.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let core = Self.core(of: word)
            let replaced = named.contains(core) ? "item" + word.filter { ".,!?;:".contains($0) } : word
            if replaced.hasPrefix("item"), words.last?.hasPrefix("item") == true, named.contains(core) {
                words[words.count - 1] = replaced
            } else {
                words.append(replaced)
            }
        }
        return words.joined(separator: " ")
    }

    /// The line with the buyer's sellers' names replaced by "the seller" ("the shop" after "from", "by", "at"), so
    /// that a shop's name ("write to Kettle Corner about …") does not read as an unknown, out-of-scope topic. A name matches as whole words in any case,
    /// with or without its company suffix; a one-word name only when it is no English word ("PixelPro", not "Urban").
    static func maskingSellers(_ line: String, _ phrases: [[String]]) -> String {
        guard !phrases.isEmpty else { return line }
        // Most lines name no seller: a byte search for each name's first word answers them without cutting the line.
        let lower = line.lowercased()
        guard phrases.contains(where: { Words.text(lower, contains: $0[0]) }) else { return line }
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let cores = words.map(core(of:))
        var kept: [String] = []
        var i = 0
        var changed = false
        while i < words.count {
            if let phrase = phrases.first(where: { i + $0.count <= cores.count && cores[i..<(i + $0.count)].elementsEqual($0) }) {
                let last = words[i + phrase.count - 1]
                // Where the name says where an order came from ("the kettle from Casa Bonita") it is a shop, not
                // someone to write to: "the seller" there would read as a message.
                let source = i > 0 && ["from", "by", "at", "de", "da", "von", "chez"].contains(cores[i - 1])
                kept.append((source ? "the shop" : "the seller") + String(last.reversed().prefix { ".,!?;:".contains($0) }.reversed()))
                i += phrase.count
                changed = true
            } else {
                kept.append(words[i])
                i += 1
            }
        }
        return changed ? kept.joined(separator: " ") : line
    }

    /// Each seller name's phrases as `maskingSellers` looks for them, longest first.
    static func phrases(ofSellers names: [String]) -> [[String]] {
        let phrases = names.flatMap { OrderResolver.sellerName($0).asWritten.map { $0.phrase.split(separator: " ").map(String.init) } }
            .filter { $0.count > 1 || ($0.first.map { $0.count >= 4 && !EnglishLexicon.contains($0) } ?? false) }
        return Array(Set(phrases)).sorted { ($0.count, $0.joined(separator: " ")) > ($1.count, $1.joined(separator: " ")) }
    }

    /// `maskingItems` for a line of printable ASCII and ASCII item words (most lines), worked out on the line's bytes:
    /// the same cuts at spaces, the same trimmed and lowercased word compared with the item words, the same
    /// "item" and kept stops, the same runs of item words made one "item". Nil for any other line.
    private static func maskingPrintableASCII(_ line: String, _ named: [String]) -> String? {
        guard named.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }), line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let namedBytes = named.map { Array($0.utf8) }
        let space = UInt8(ascii: " ")
        let item = Array("item".utf8)
        var masked: [UInt8] = []
        masked.reserveCapacity(line.utf8.count + 8)
        var lastStart = 0          // where the last word kept starts in `masked`
        var lastIsItem = false     // whether it starts with "item"
        var line = line
        line.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                guard bytes[start] != space else { start += 1; continue }
                var end = start
                while end < bytes.count, bytes[end] != space { end += 1 }
                var low = start, high = end
                while low < high, isPunctuation(bytes[low]) { low += 1 }
                while high > low, isPunctuation(bytes[high - 1]) { high -= 1 }
                let isNamed = namedBytes.contains { word in
                    word.count == high - low && word.indices.allSatisfy { k in word[k] == lowercased(bytes[low + k]) }
                }
                if isNamed {
                    if lastIsItem {
                        masked.removeSubrange(lastStart...)
                    } else {
                        if !masked.isEmpty { masked.append(space) }
                        lastStart = masked.count
                    }
                    masked.append(contentsOf: item)
                    for byte in bytes[start..<end] where stops.contains(byte) { masked.append(byte) }
                    lastIsItem = true
                } else {
                    if !masked.isEmpty { masked.append(space) }
                    lastStart = masked.count
                    masked.append(contentsOf: bytes[start..<end])
                    lastIsItem = end - start >= item.count && (0..<item.count).allSatisfy { bytes[start + $0] == item[$0] }
                }
                start = end
            }
        }
        return String(decoding: masked, as: UTF8.self)
    }

    /// The stops an item word keeps when it becomes "item" ("the lamp." → "the item.").
    private static let stops: [UInt8] = Array(".,!?;:".utf8)

    @inline(__always) private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// ASCII punctuation as `core(of:)` trims it: every printable byte but letters, digits, space and $+<=>^`|~.
    @inline(__always) private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122: false
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: " "): false
        default: true
        }
    }

    /// A word lowercased without the punctuation around it; an ASCII word is trimmed byte by byte (ASCII punctuation
    /// is every printable byte but letters, digits, space and the symbols $+<=>^`|~).
    static func core(of word: String) -> String {
        guard word.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return word.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let utf8 = word.utf8
        var low = utf8.startIndex, high = utf8.endIndex
        while low < high, isPunctuation(utf8[low]) { low = utf8.index(after: low) }
        while high > low, isPunctuation(utf8[utf8.index(before: high)]) { high = utf8.index(before: high) }
        let kept = utf8[low..<high]
        guard kept.contains(where: { $0 >= 65 && $0 <= 90 }) else { return String(word[low..<high]) }
        return String(decoding: kept.map(lowercased), as: UTF8.self)
    }
}
