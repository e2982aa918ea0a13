/// `ClauseSplitter`'s cuts found by one scan of a printable-ASCII line's bytes: the same cuts its regular
/// expressions find (a test holds the two together), at a fraction of the cost. Each alternative of the
/// expressions is one test below, tried in the expressions' order; spaces are the only white space such a
/// line has, and letters, digits and "_" its word characters.
struct ClauseScan {
    /// The line's bytes as written, and lowercased for matching.
    private let original: [UInt8]
    private let lower: [UInt8]
    private let text: String

    /// A scan of `text`, or nil when it holds anything but printable ASCII.
    init?(_ text: String) {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        self.text = text
        original = Array(text.utf8)
        lower = original.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    /// The pieces between the cuts, trimmed of " ,.;", each with whether a sequencing word led into it.
    func pieces() -> [(String, Bool)] {
        var cutLimit = messageBodyEnd() ?? lower.count
        // "send message to kitchen pro: when will you ship…": what follows the colon is the message.
        if let colon = lower.firstIndex(of: UInt8(ascii: ":")), colon < cutLimit, MessageDraft.afterColon(text) != nil {
            cutLimit = colon
        }
        var pieces: [(String, Bool)] = []
        var start = 0
        var sequenced = false
        var position = 0
        while position < lower.count {
            guard let end = cutEnd(at: position) else { position += 1; continue }
            defer { position = end }
            guard position < cutLimit, position > start,
                  !(lower[position..<end].contains(UInt8(ascii: "t"))
                    && ClauseSplitter.isConditionsThen(trimmed(position, end), piece: trimmed(start, position))),
                  !(lower[position..<end].contains(UInt8(ascii: ")")) && ClauseSplitter.closesParenthesis(lower[..<position])) else { continue }
            pieces.append((trimmed(start, position), sequenced))
            // "and", "then", "also", "after that", a list's number in the cut: another request follows.
            sequenced = lower[position..<end].contains { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "&") }
            start = end
        }
        pieces.append((trimmed(start, lower.count), sequenced))
        return pieces.filter { !$0.0.isEmpty }
    }

    // MARK: - The cuts

    /// Where a cut that starts at `position` ends, trying the alternatives of `ClauseSplitter`'s expression in order.
    private func cutEnd(at position: Int) -> Int? {
        let byte = lower[position]
        guard byte == 0x20 || byte == UInt8(ascii: ",") || isStop(byte) else { return nil }
        // [.!?;]+\s+
        if isStop(byte) {
            var end = position
            while end < lower.count, isStop(lower[end]) { end += 1 }
            let after = spaces(from: end)
            return after > end ? after : nil
        }
        let comma = byte == UInt8(ascii: ",")
        let afterComma = position + (comma ? 1 : 0)
        // ,?\s+and\s+then\s+
        if let then = wordAfterSpaces("and", afterComma), let end = wordAfterSpaces("then", then), spaces(from: end) > end {
            return spaces(from: end)
        }
        // ,\s*then\s+
        if comma, let end = word("then", at: spaces(from: afterComma)), spaces(from: end) > end { return spaces(from: end) }
        // ,?\s+after\s+that\s*,?\s+
        if let after = wordAfterSpaces("after", afterComma), let end = wordAfterSpaces("that", after) {
            let gap = spaces(from: end)
            if gap < lower.count, lower[gap] == UInt8(ascii: ","), spaces(from: gap + 1) > gap + 1 { return spaces(from: gap + 1) }
            if gap > end { return gap }
        }
        // ,?\s+and\s+also\s+
        if let also = wordAfterSpaces("and", afterComma), let end = wordAfterSpaces("also", also), spaces(from: end) > end {
            return spaces(from: end)
        }
        // ,?\s+and\s+(?:afterwards|after|later|next|finally)\s*,?\s+(?=starts)
        if let and = wordAfterSpaces("and", afterComma) {
            for adverb in Self.sequenceAdverbBytes {
                guard let end = wordAfterSpaces(adverb, and) else { continue }
                let gap = spaces(from: end)
                if gap < lower.count, lower[gap] == UInt8(ascii: ","), spaces(from: gap + 1) > gap + 1, startsRequest(at: spaces(from: gap + 1)) {
                    return spaces(from: gap + 1)
                }
                if gap > end, startsRequest(at: gap) { return gap }
            }
        }
        // \s+then\s+(?=actions)
        if !comma, let end = wordAfterSpaces("then", position), spaces(from: end) > end, startsAction(at: spaces(from: end)) {
            return spaces(from: end)
        }
        // ,?\s+\d[.)]\s+(?=[a-z])
        let number = spaces(from: afterComma)
        if number > afterComma, number + 1 < lower.count, isDigit(lower[number]),
           lower[number + 1] == UInt8(ascii: ")") || lower[number + 1] == UInt8(ascii: "."),
           spaces(from: number + 2) > number + 2, spaces(from: number + 2) < lower.count, isLetter(lower[spaces(from: number + 2)]) {
            return spaces(from: number + 2)
        }
        // \s+[+&]\s+(?=starts)
        if !comma, spaces(from: position) > position, spaces(from: position) < lower.count,
           lower[spaces(from: position)] == UInt8(ascii: "+") || lower[spaces(from: position)] == UInt8(ascii: "&") {
            let sign = spaces(from: position)
            if spaces(from: sign + 1) > sign + 1, startsRequest(at: spaces(from: sign + 1)) { return spaces(from: sign + 1) }
        }
        // ,?\s+and\s+(?=starts)
        if let and = wordAfterSpaces("and", afterComma), spaces(from: and) > and, startsRequest(at: spaces(from: and)) {
            return spaces(from: and)
        }
        // ,\s*(?=starts)
        if comma, startsRequest(at: spaces(from: afterComma)) { return spaces(from: afterComma) }
        return nil
    }

    /// Whether a request starts here: (cancel|…|then|i\s+(want|need|would|also)|i'd|id\s+like)\b.
    private func startsRequest(at position: Int) -> Bool {
        // Most positions start none of the words: their first letters are tested first.
        guard position < lower.count else { return false }
        for start in Self.startWordBytes where start[0] == lower[position] {
            if let end = word(start, at: position), isBoundary(end) { return true }
        }
        if let i = word("i", at: position),
           ["want", "need", "would", "also"].contains(where: { wordAfterSpaces($0, i).map(isBoundary) ?? false }) { return true }
        if let end = word("i'd", at: position), isBoundary(end) { return true }
        if let id = word("id", at: position), let end = wordAfterSpaces("like", id), isBoundary(end) { return true }
        return false
    }

    /// Whether an action a bare "then" leads into starts here: (cancel|delete|…)\b.
    private func startsAction(at position: Int) -> Bool {
        guard position < lower.count else { return false }
        for start in Self.actionWordBytes where start[0] == lower[position] {
            if let end = word(start, at: position), isBoundary(end) { return true }
        }
        return false
    }

    /// The end of the first "tell|ask|message|write to|write|contact|let (the) seller|store|shop|vendor|them", if any:
    /// what follows is a message to the seller, never cut.
    private func messageBodyEnd() -> Int? {
        for position in lower.indices where isWordByte(lower[position]) && (position == 0 || !isWordByte(lower[position - 1]))
            && Self.verbFirstBytes.contains(lower[position]) {
            for verb in ["tell", "ask", "message", "write to", "write", "contact", "let"] {
                let written = verb == "write to" ? word("write", at: position).flatMap { wordAfterSpaces("to", $0) } : word(verb, at: position)
                guard let end = written, spaces(from: end) > end else { continue }
                let next = spaces(from: end)
                var objects = [next]
                // "message the fan heater seller …": up to three words (an item's name) between "the" and the seller.
                if let the = word("the", at: next), spaces(from: the) > the {
                    var named = [spaces(from: the)]
                    while named.count < 4, let last = named.last, let end = wordEnd(at: last), spaces(from: end) > end { named.append(spaces(from: end)) }
                    objects.insert(contentsOf: named, at: 0)
                }
                for object in objects {
                    for noun in ["seller", "store", "shop", "vendor", "them"] {
                        if let end = word(noun, at: object), isBoundary(end) { return end }
                    }
                }
            }
        }
        return nil
    }

    /// The end of the word (letters, digits, "_") starting at `position`, or nil when none starts there.
    private func wordEnd(at position: Int) -> Int? {
        var end = position
        while end < lower.count, isWordByte(lower[end]) { end += 1 }
        return end > position ? end : nil
    }

    /// The first bytes of the verbs `messageBodyEnd` looks for: a word starting otherwise is none of them.
    private static let verbFirstBytes: [UInt8] = Array("tamwcl".utf8)

    // MARK: - Bytes

    /// The words that start a request, as bytes.
    private static let startWordBytes: [[UInt8]] = ClauseSplitter.startWords.map { Array($0.utf8) }.filter { !$0.isEmpty }
    private static let actionWordBytes: [[UInt8]] = ClauseSplitter.actionWords.map { Array($0.utf8) }.filter { !$0.isEmpty }
    private static let sequenceAdverbBytes: [String] = ClauseSplitter.sequenceAdverbs

    /// `word` at `position` (letters as given, lowercase): where it ends, or nil.
    private func word(_ word: String, at position: Int) -> Int? {
        var index = position
        for byte in word.utf8 {
            guard index < lower.count, lower[index] == byte else { return nil }
            index += 1
        }
        return index
    }

    /// `word(_:at:)` for a word given as bytes.
    private func word(_ word: [UInt8], at position: Int) -> Int? {
        guard position + word.count <= lower.count else { return nil }
        for k in word.indices where lower[position + k] != word[k] { return nil }
        return position + word.count
    }

    /// One or more spaces from `position`, then `word`: where the word ends.
    private func wordAfterSpaces(_ word: String, _ position: Int) -> Int? {
        let start = spaces(from: position)
        return start > position ? self.word(word, at: start) : nil
    }

    private func spaces(from position: Int) -> Int {
        var index = position
        while index < lower.count, lower[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// A word boundary right after a word's last letter: the end of the line or a byte that is no word character.
    private func isBoundary(_ position: Int) -> Bool { position == lower.count || !isWordByte(lower[position]) }

    private func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "_") }

    private func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private func isStop(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";") }

    /// The text from `start` to `end` without the spaces, commas, stops and semicolons around it.
    private func trimmed(_ start: Int, _ end: Int) -> String {
        let edge: (UInt8) -> Bool = { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }
        var low = start, high = end
        while low < high, edge(original[low]) { low += 1 }
        while high > low, edge(original[high - 1]) { high -= 1 }
        return String(decoding: original[low..<high], as: UTF8.self)
    }
}
