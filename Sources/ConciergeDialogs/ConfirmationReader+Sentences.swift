import Foundation

/// Readings of a reply that look past one sentence or one clause: a condition of courtesy ("if you can") that closes its
/// clause, and a yes said in a sentence of its own beside sentences that only remark.
extension ConfirmationReader {
    /// "could you send it please?", "can you go ahead now?": a question only in its shape.
    func isPoliteRequest(_ tokens: [String], cues: [(cue: Cue, start: Int, end: Int)], unknown: [Int]) -> Bool {
        guard tokens.count >= 3, ["can", "could", "would", "will"].contains(tokens[0]), tokens[1] == "you", unknown.isEmpty else { return false }
        let rest = cues.filter { $0.start >= 2 }
        return rest.contains { $0.cue == .agree || $0.cue == .restate } && rest.allSatisfy { [.agree, .restate, .neutral].contains($0.cue) }
    }

    /// The length of a condition of courtesy at `index` ("if you can", "if possible", "if you don't mind") that ends its
    /// clause; nil when more follows in the clause ("if you can get it here by friday" is a condition).
    static func courtesyCondition(_ words: Words, at index: Int) -> Int? {
        let tokens = words.tokens
        for tail in courtesyTails {
            let end = index + 1 + tail.count
            guard end <= tokens.count, tail.indices.allSatisfy({ tokens[index + 1 + $0] == tail[$0] }) else { continue }
            let closes = end == tokens.count || words.breakBefore[end]
                || tokens[end...].allSatisfy { ["please", "pls", "thanks", "thank", "you", "dear", "mate", "sir", "madam"].contains($0) }
            if closes { return tail.count + 1 }
        }
        return nil
    }

    /// "That reads well, thank you. Yes, send it please.", "Yes. My daughter opened it and it works.": a yes said in a
    /// sentence of its own, and every other sentence a remark — words no cue reads and none that refuses, hesitates,
    /// turns, negates, asks, adds or changes. A remark with any such word ("it is not the right one", "the seller will
    /// refund") leaves the line unsure, as before. Nil when the line is not of that shape.
    func yesBesideRemarks(_ text: String) -> ConfirmationReading? {
        let sentences = Self.sentences(text)
        guard sentences.count >= 2, sentences.count <= 5, !text.contains("?") else { return nil }
        var decided: ConfirmationReading? = nil
        for sentence in sentences {
            let words = Words(sentence)
            var index = 0
            var remark = true
            while index < words.tokens.count {
                if let (cue, length) = match(words, at: index) {
                    if cue != .neutral { remark = false }
                    index += length
                } else {
                    if words.tokens[index].contains(where: \.isNumber) { return nil }
                    index += 1
                }
            }
            if remark { continue }
            // Not a remark: it must be a plain yes ("Okay." and "Send it please." both are).
            let reading = read(sentence)
            guard reading.decision == .yes else { return nil }
            decided = decided ?? reading
        }
        guard let decided else { return nil }
        return ConfirmationReading(decision: .yes, why: "a yes in a sentence of its own (\(decided.why)), beside sentences that only remark",
                                   rest: "")
    }

    /// The sentences of `text`: cut after ".", "!" or "?" followed by a space or the end.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character? = nil
        for character in text {
            if let last = previous, ".!?".contains(last), character == " " {
                if current.contains(where: \.isLetter) { out.append(current) }
                current = ""
            }
            current.append(character)
            previous = character
        }
        if current.contains(where: \.isLetter) { out.append(current) }
        return out
    }
}
