import Foundation

/// A line cut into lowercase words with their positions, and the small word tests the generator and
/// the resolver share.
struct Words {
    /// The words, lowercased, letters and digits only ("don't" → "dont").
    let tokens: [String]
    /// For each word, whether a comma, stop or other clause mark came right before it.
    let breakBefore: [Bool]

    init(_ text: String) {
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
    }

    var count: Int { tokens.count }

    func contains(_ word: String) -> Bool { tokens.contains(word) }

    /// Whether the words contain this phrase ("changed my mind") as consecutive words.
    func contains(phrase: String) -> Bool { index(of: phrase) != nil }

    /// Where a phrase (words separated by spaces) starts. The phrase is compared in place, byte by byte:
    /// the generator and the resolver search hundreds of phrases per line.
    func index(of phrase: String) -> Int? {
        let bytes = phrase.utf8
        for start in tokens.indices where matches(bytes, at: start) { return start }
        return nil
    }

    /// Whether the phrase's words are the tokens from `start` on (a phrase of no words matches nowhere).
    private func matches(_ phrase: String.UTF8View, at start: Int) -> Bool {
        var position = phrase.startIndex
        var token = start
        while true {
            while position < phrase.endIndex, phrase[position] == UInt8(ascii: " ") { position = phrase.index(after: position) }
            guard position < phrase.endIndex else { return token > start }
            guard token < tokens.count else { return false }
            var end = position
            while end < phrase.endIndex, phrase[end] != UInt8(ascii: " ") { end = phrase.index(after: end) }
            let part = phrase[position..<end]
            let word = tokens[token].utf8
            // Bytes decide for ASCII words; other words are compared as Swift compares strings.
            if !word.elementsEqual(part), word.allSatisfy({ $0 < 0x80 }) || Substring(part) != tokens[token] { return false }
            token += 1
            position = end
        }
    }

    func containsAny(_ phrases: [String]) -> Bool { phrases.contains { contains(phrase: $0) } }

    static let negators: Set<String> = ["not", "dont", "no", "never", "without", "except", "nor", "didnt", "doesnt", "isnt", "wont", "cant"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    static let durationUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "minutes",
                                             "min", "mins", "year", "years", "business", "working"]

    /// Whether the number at `index` is part of a date ("3 october", "october 3rd") or a duration ("3 weeks").
    func isDateOrDuration(at index: Int) -> Bool {
        let next = index + 1 < count ? tokens[index + 1] : ""
        let afterNext = index + 2 < count ? tokens[index + 2] : ""
        let previous = index > 0 ? tokens[index - 1] : ""
        let beforePrevious = index > 1 ? tokens[index - 2] : ""
        if Self.months.contains(next) || Self.months.contains(previous) { return true }
        if next == "of", Self.months.contains(afterNext) { return true }
        if Self.durationUnits.contains(next) { return true }
        if ["ago", "later"].contains(afterNext) { return true }
        if previous == "of", Self.months.contains(beforePrevious) { return true }
        return false
    }

    /// "How long…?", "what happens if…", "why…": a question rather than an answer or a request.
    static func looksLikeQuestion(_ text: String) -> Bool {
        if text.contains("?") { return true }
        let words = Words(text).tokens.prefix(3)
        return words.contains { ["how", "what", "when", "why", "where", "which", "who", "whats", "hows"].contains($0) }
    }
}
