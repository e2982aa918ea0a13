import Foundation
import ConciergeDomain

/// A line cut into lowercase words with their positions, and the small word tests the generator and
/// the resolver share.
struct Words {
    /// The words, lowercased, letters and digits only ("don't" → "dont").
    let tokens: [String]
    /// For each word, whether a comma, stop or other clause mark came right before it.
    let breakBefore: [Bool]
    /// The words' first bytes and lengths, hashed into 256 bits: a phrase whose first word's bit is clear is not
    /// among the words, and the hundreds of phrases the rules look for per line mostly stop at this test.
    private let starts: Starts
    /// Each word's first byte and length in one number (`key`), so that a phrase's first word is looked for among
    /// numbers rather than strings.
    private let keys: [Int]
    /// Whether the text, and so every word, is ASCII (false when unknown): such a word has as many characters as bytes.
    let isASCII: Bool

    /// The words of `text`. The generator and the resolver ask for the words of the same few texts (the line, its
    /// clauses) dozens of times per line, so the last ones cut are kept.
    init(_ text: String) {
        if let known = Self.recent.value(for: text) {
            self = known
            return
        }
        self.init(cutting: text)
        Self.recent.keep(self, for: text)
    }

    /// The texts cut lately, forgotten all at once when there are many; the last eight asked are found without hashing.
    private static let recent = TextMemo<Words>(capacity: 256, recent: 8)

    private init(cutting text: String) {
        var tokens: [String] = []
        var breaks: [Bool] = []
        var pendingBreak = false
        // ASCII lines (most of them) are cut byte by byte; others character by character.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var current: [UInt8] = []
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
                case UInt8(ascii: "'"): continue
                default:
                    if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); breaks.append(pendingBreak); current.removeAll(keepingCapacity: true); pendingBreak = false }
                    if ",.;:!?-".utf8.contains(byte) { pendingBreak = true }
                }
            }
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); breaks.append(pendingBreak) }
            self.tokens = tokens
            self.breakBefore = breaks
            starts = Starts(tokens)
            keys = tokens.map(Self.key)
            isASCII = true
            return
        }
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else {
                if !current.isEmpty { tokens.append(current); breaks.append(pendingBreak); current = ""; pendingBreak = false }
                if ",.;:!?…".contains(character) || character == "-" { pendingBreak = true }
            }
        }
        if !current.isEmpty { tokens.append(current); breaks.append(pendingBreak) }
        self.tokens = tokens
        self.breakBefore = breaks
        starts = Starts(tokens)
        keys = tokens.map(Self.key)
        isASCII = false
    }

    /// A 256-bit set of (first byte, length) pairs: no false "absent", a few false "present".
    private struct Starts {
        private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init(_ tokens: [String]) {
            for token in tokens {
                guard let first = token.utf8.first else { continue }
                insert(Self.slot(first, token.utf8.count))
            }
        }

        @inline(__always) static func slot(_ first: UInt8, _ length: Int) -> Int { (Int(first) &* 7 &+ length) & 255 }

        private mutating func insert(_ slot: Int) {
            let bit = UInt64(1) << UInt64(slot & 63)
            switch slot >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }

        /// Whether some word may start with `first` and have `length` bytes.
        func mayHave(_ first: UInt8, _ length: Int) -> Bool {
            let slot = Self.slot(first, length)
            let word: UInt64 = switch slot >> 6 {
            case 0: bits.0
            case 1: bits.1
            case 2: bits.2
            default: bits.3
            }
            return word & (UInt64(1) << UInt64(slot & 63)) != 0
        }
    }

    var count: Int { tokens.count }

    /// Whether `word` is one of the words. An ASCII word is first looked for among the starts (no other string equals
    /// an ASCII one, because the tokens are lowercased).
    func contains(_ word: String) -> Bool {
        if let first = word.utf8.first, word.utf8.allSatisfy({ $0 < 0x80 }), !starts.mayHave(first, word.utf8.count) { return false }
        return tokens.contains(word)
    }

    /// Whether the words contain this phrase ("changed my mind") as consecutive words.
    func contains(phrase: String) -> Bool { index(of: phrase) != nil }

    /// Where a phrase (words separated by spaces) starts. An ASCII phrase (every phrase the generator and
    /// the resolver keep in tables) is compared in place, byte by byte, since hundreds are searched per line;
    /// no other string equals an ASCII one, because the tokens are lowercased.
    func index(of phrase: String) -> Int? {
        var phrase = phrase
        let found: Int?? = phrase.withUTF8 { bytes in
            // Most phrases stop at their first word: an ASCII word no word of the line starts like (a word equal to an
            // ASCII one has its bytes) rules the phrase out before the rest of it is read.
            let space = UInt8(ascii: " ")
            var start = 0
            while start < bytes.count, bytes[start] == space { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != space, bytes[end] < 0x80 { end += 1 }
            if end > start, end == bytes.count || bytes[end] == space, !starts.mayHave(bytes[start], end - start) { return Int??.some(nil) }
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return Int??.none }
            return Int??.some(index(ofASCII: bytes))
        }
        if let found { return found }
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count <= tokens.count else { return nil }
        for start in 0...(tokens.count - parts.count) where tokens[start] == parts[0] {
            if (1..<parts.count).allSatisfy({ tokens[start + $0] == parts[$0] }) { return start }
        }
        return nil
    }

    private func index(ofASCII phrase: UnsafeBufferPointer<UInt8>) -> Int? {
        let space = UInt8(ascii: " ")
        var firstStart = 0
        while firstStart < phrase.count, phrase[firstStart] == space { firstStart += 1 }
        guard firstStart < phrase.count else { return nil }
        var firstEnd = firstStart
        while firstEnd < phrase.count, phrase[firstEnd] != space { firstEnd += 1 }
        let first = UnsafeBufferPointer(rebasing: phrase[firstStart..<firstEnd])
        guard starts.mayHave(first[0], first.count) else { return nil }
        let firstKey = Self.key(first[0], first.count)
        for start in keys.indices where keys[start] == firstKey && Self.equal(tokens[start], first) {
            var position = firstEnd
            var token = start + 1
            var matched = true
            while matched {
                while position < phrase.count, phrase[position] == space { position += 1 }
                guard position < phrase.count else { break }
                var end = position
                while end < phrase.count, phrase[end] != space { end += 1 }
                matched = token < tokens.count && Self.equal(tokens[token], UnsafeBufferPointer(rebasing: phrase[position..<end]))
                token += 1
                position = end
            }
            if matched { return start }
        }
        return nil
    }

    /// A word's first byte and length as one number (0 for an empty word, which no token is).
    @inline(__always) private static func key(_ word: String) -> Int { word.utf8.first.map { key($0, word.utf8.count) } ?? 0 }

    @inline(__always) private static func key(_ first: UInt8, _ length: Int) -> Int { Int(first) << 32 | length }

    @inline(__always) private static func equal(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.utf8.count == bytes.count else { return false }
        return word.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? word.utf8.elementsEqual(bytes)
    }

    /// Whether `text` contains `part`, as `String.contains` finds it; ASCII texts, and texts whose only other characters
    /// are the quotes and dashes `plainMarkLength` reads, are searched byte by byte.
    static func text(_ text: String, contains part: String) -> Bool {
        var text = text, part = part
        // One pass over each text's bytes: whether all are ASCII, then the search (`memchr` for the needle's first byte).
        let found: Bool? = text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty, isASCII(needle) else { return nil }
                guard isASCII(haystack) else { return plainMarksSearch(needle, in: haystack, foldingCase: false).map { $0 >= 0 } }
                guard needle.count <= haystack.count, let haystackStart = haystack.baseAddress, let needleStart = needle.baseAddress else { return false }
                let first = Int32(needle[0])
                var start = 0
                let last = haystack.count - needle.count
                while start <= last, let hit = memchr(haystackStart + start, first, last - start + 1) {
                    let at = UnsafeRawPointer(haystackStart).distance(to: UnsafeRawPointer(hit))
                    if memcmp(haystackStart + at, needleStart, needle.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
        return found ?? text.contains(part)
    }

    /// Where an ASCII `needle` first stands in a text that is not all ASCII, byte by byte (-1: nowhere), where that gives
    /// what the searches by characters give; nil where it might not. It does when every other character of the text is one
    /// of the marks `plainMarkLength` reads (quotes, guillemets, dashes, € and £: no case, no decomposition, equal to no ASCII text) and the first
    /// match has ASCII bytes, or the text's ends, on both sides (so it starts and ends between characters). A needle with a
    /// line break is left to the character search (a CR and an LF are one character).
    private static func plainMarksSearch(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Int? {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { foldingCase && byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
        guard !needle.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
        var index = 0
        while index < haystack.count {
            let byte = haystack[index]
            if byte < 0x80 { index += 1; continue }
            guard let length = plainMarkLength(haystack, at: index) else { return nil }
            index += length
        }
        guard needle.count <= haystack.count else { return -1 }
        let first = folded(needle[0])
        for start in 0...(haystack.count - needle.count) where folded(haystack[start]) == first {
            var k = 1
            while k < needle.count, folded(haystack[start + k]) == folded(needle[k]) { k += 1 }
            guard k == needle.count else { continue }
            let end = start + needle.count
            guard start == 0 || haystack[start - 1] < 0x80, end == haystack.count || haystack[end] < 0x80 else { return nil }
            return start
        }
        return -1
    }

    /// The UTF-8 length of the plain mark at `index`, or nil when another character stands there:
    /// « » £ (C2 AB, C2 BB, C2 A3), – — ‘ ’ “ ” (E2 80 93, 94, 98, 99, 9C, 9D) and € (E2 82 AC).
    private static func plainMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0xC2:
            guard index + 1 < bytes.count, [0xAB, 0xBB, 0xA3].contains(bytes[index + 1]) else { return nil }
            return 2
        case 0xE2:
            guard index + 2 < bytes.count else { return nil }
            if bytes[index + 1] == 0x80, [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D].contains(bytes[index + 2]) { return 3 }
            if bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC { return 3 }
            return nil
        default:
            return nil
        }
    }

    /// Whether every byte is ASCII, read eight bytes at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    func containsAny(_ phrases: [String]) -> Bool { phrases.contains { contains(phrase: $0) } }

    /// Where `part` first occurs in `text` ignoring case, as `text.range(of: part, options: .caseInsensitive)` finds it; ASCII
    /// texts (and texts whose only other characters are the marks `plainMarkLength` reads) are searched byte by byte (Foundation's search bridges the text to UTF-16 first, and the generator asks for
    /// labels such as "description:" in the same line many times a turn).
    static func range(of part: String, caseInsensitiveIn text: String) -> Range<String.Index>? {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
        var searched = text, sought = part
        // nil: not both ASCII; -1: not found.
        let found: Int? = searched.withUTF8 { haystack in
            sought.withUTF8 { needle in
                guard !needle.isEmpty, isASCII(needle) else { return nil }
                guard isASCII(haystack) else { return plainMarksSearch(needle, in: haystack, foldingCase: true) }
                guard needle.count <= haystack.count, let base = haystack.baseAddress else { return -1 }
                @inline(__always) func matches(at start: Int) -> Bool {
                    var k = 0
                    while k < needle.count, folded(haystack[start + k]) == folded(needle[k]) { k += 1 }
                    return k == needle.count
                }
                let last = haystack.count - needle.count
                // A byte of the needle that is no letter (the labels' ":") has one case: its places in the text, found
                // with `memchr`, are the only starts to try, in order.
                if let anchor = needle.lastIndex(where: { !(65...90).contains($0) && !(97...122).contains($0) }) {
                    var from = anchor
                    while from <= last + anchor, let hit = memchr(base + from, Int32(needle[anchor]), last + anchor - from + 1) {
                        let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                        if matches(at: at - anchor) { return at - anchor }
                        from = at + 1
                    }
                    return -1
                }
                let first = folded(needle[0])
                for start in 0...last where folded(haystack[start]) == first && matches(at: start) { return start }
                return -1
            }
        }
        guard let found else { return text.range(of: part, options: .caseInsensitive) }
        guard found >= 0 else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: found)
        return lower..<text.utf8.index(lower, offsetBy: part.utf8.count)
    }

    /// Where the character `mark` (ASCII) first stands in `text`, as `text.firstIndex(of: mark)` finds it, found byte by byte;
    /// a byte that a combining mark joins into another character is left to the character search.
    static func firstIndex(of mark: Character, in text: String) -> String.Index? {
        guard let byte = mark.asciiValue, let found = text.utf8.firstIndex(of: byte) else { return nil }
        return text[found...].first == mark ? found : text.firstIndex(of: mark)
    }

    /// `text` without the spaces and tabs around it, as `trimmingCharacters(in: .whitespaces)` gives it; only a text
    /// with other bytes than ASCII goes to Foundation.
    static func trimmingWhitespace(_ text: Substring) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.trimmingCharacters(in: .whitespaces) }
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] == 0x20 || utf8[utf8.index(before: end)] == 0x09 { end = utf8.index(before: end) }
        return String(text[start..<end])
    }

    static let negators: Set<String> = ["not", "dont", "no", "never", "without", "except", "nor", "didnt", "doesnt", "isnt", "wont", "cant"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    /// Each word of `months` with its first position there, so that a word is looked up once rather than compared with
    /// every month word.
    static let monthIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, name) in months.enumerated() where index[name] == nil { index[name] = position }
        return index
    }()
    /// `monthIndex[word]`; a word that no month word can be (by its length or its first letter) is passed over without
    /// being hashed: the resolver asks this of every word of every text it reads.
    static func monthPosition(_ word: String) -> Int? {
        let utf8 = word.utf8
        guard (3...9).contains(utf8.count), let first = utf8.first else { return nil }
        switch first {
        case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "s"), UInt8(ascii: "o"),
             UInt8(ascii: "n"), UInt8(ascii: "d"):
            return monthIndex[word]
        default:
            return nil
        }
    }
    static let durationUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "minutes",
                                             "min", "mins", "year", "years", "business", "working"]

    /// Whether the number at `index` is part of a date ("3 october", "october 3rd") or a duration ("3 weeks").
    func isDateOrDuration(at index: Int) -> Bool {
        let next = index + 1 < count ? tokens[index + 1] : ""
        let afterNext = index + 2 < count ? tokens[index + 2] : ""
        let previous = index > 0 ? tokens[index - 1] : ""
        let beforePrevious = index > 1 ? tokens[index - 2] : ""
        if Self.monthPosition(next) != nil || Self.monthPosition(previous) != nil { return true }
        if next == "of", Self.monthPosition(afterNext) != nil { return true }
        if Self.durationUnits.contains(next) { return true }
        if ["ago", "later"].contains(afterNext) { return true }
        if previous == "of", Self.monthPosition(beforePrevious) != nil { return true }
        return false
    }

    /// A question for certain: a question mark, or a question word followed by a verb or "long"/"much" ("how long does …",
    /// "where is …"). Unlike `looksLikeQuestion`, "when I opened the box …" is a statement that starts with "when".
    static func asksSomething(_ text: String) -> Bool {
        // An ASCII text is searched byte by byte (Foundation's search bridges it first); others as before.
        if text.utf8.allSatisfy({ $0 < 0x80 }) ? text.utf8.contains(UInt8(ascii: "?")) : text.contains("?") { return true }
        let words = Words(text).tokens
        guard let first = words.first, ["how", "what", "when", "why", "where", "which", "who", "whats", "hows"].contains(first) else { return false }
        return words.count > 1 && questionSeconds.contains(words[1])
    }

    private static let questionSeconds: Set<String> = ["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would",
                                                       "should", "shall", "long", "much", "many", "happens", "happen", "if", "to", "about",
                                                       "now", "next", "else", "options", "day", "date", "time"]

    /// "How long…?", "what happens if…", "why…": a question rather than an answer or a request.
    static func looksLikeQuestion(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: "?")) { return true }
        let words = Words(text).tokens.prefix(3)
        return words.contains { ["how", "what", "when", "why", "where", "which", "who", "whats", "hows"].contains($0) }
    }
}
