import Foundation

/// Cuts a buyer line into the requests and questions it holds ("cancel it and then delete it",
/// "what happens if I never pay, and why is there no cancel button?"). A cut is made only where a new
/// request or question starts; what a buyer asks the seller to be told is never cut.
///
/// The cuts are written once, as regular expressions. A line of printable ASCII (nearly every line) is cut by
/// a scan of its bytes that finds exactly what the expressions find (`ClauseScan`); other lines go through
/// the expressions, whose Unicode spaces, word boundaries and case folding the scan does not repeat.
package enum ClauseSplitter {
    /// Words that start a new request or question after "and" or a comma.
    static let startWords = ["cancel", "delete", "remove", "restore", "message", "send", "write", "tell", "ask", "contact", "open",
                             "start", "file", "dispute", "confirm", "show", "list", "check", "track", "where", "what", "whats", "why",
                             "how", "when", "can", "could", "is", "are", "does", "do", "will", "would", "also", "then",
                             // "…, and wheres my led strip at?": the question words run together with "is"
                             "wheres", "hows", "whens",
                             // "… and bring it back", "and put it back in my list", "and throw it away"
                             "bring", "put", "throw", "msg"]
    /// The actions a bare "then" leads into ("cancel the mug then delete it"): a request, not a condition's result.
    static let actionWords = ["cancel", "delete", "remove", "restore", "message", "send", "write", "tell", "ask", "contact", "open", "start",
                              "file", "dispute", "confirm", "show", "list", "check", "track", "bring", "put", "throw"]
    private static let actions = "(?:" + actionWords.joined(separator: "|") + ")\\b"
    /// Adverbs of sequence after "and" ("cancel it and after delete it", "and afterwards restore the lamp").
    static let sequenceAdverbs = ["afterwards", "after", "later", "next", "finally"]
    private static let starts = "(?:" + startWords.joined(separator: "|") + "|i\\s+(?:want|need|would|also)|i'd|id\\s+like)\\b"
    private static let boundary = try? NSRegularExpression(
        pattern: "(?:[.!?;]+\\s+|\\n+|,?\\s+and\\s+then\\s+|,\\s*then\\s+|,?\\s+after\\s+that\\s*,?\\s+|,?\\s+and\\s+also\\s+"
            + "|,?\\s+and\\s+(?:" + sequenceAdverbs.joined(separator: "|") + ")\\s*,?\\s+(?=\(starts))|\\s+then\\s+(?=\(actions))"
            + "|,?\\s+\\d[.)]\\s+(?=[a-z])|\\s+[+&]\\s+(?=\(starts))|,?\\s+and\\s+(?=\(starts))|,\\s*(?=\(starts)))",
        options: [.caseInsensitive])
    /// Cuts that say "another request follows" (rather than a comma or a full stop between details).
    private static let sequencing = try? NSRegularExpression(pattern: "\\b(?:and|then|also|after\\s+that)\\b|\\d[.)]|[+&]", options: [.caseInsensitive])
    /// "tell the seller that …", "message the seller: …", "message the fan heater seller and ask …": the rest of the line is the message.
    private static let messageBody = try? NSRegularExpression(
        pattern: "\\b(?:tell|ask|message|write\\s+to|write|contact|let)\\s+(?:the\\s+(?:\\w+\\s+){0,3}?)?(?:seller|store|shop|vendor|them)\\b",
        options: [.caseInsensitive])

    /// The clauses, each with whether a sequencing word ("and then", "also") led into it.
    package static func pieces(_ text: String) -> [(text: String, sequenced: Bool)] {
        if let scan = ClauseScan(text) { return joiningShortPieces(scan.pieces(), whole: text) }
        return piecesByExpression(text)
    }

    /// `pieces` as the regular expressions find them (any text).
    static func piecesByExpression(_ text: String) -> [(text: String, sequenced: Bool)] {
        guard let boundary else { return [(text, false)] }
        var cutLimit = text.endIndex
        if let message = messageBody?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
           let range = Range(message.range, in: text) {
            cutLimit = range.upperBound
        }
        // "send message to kitchen pro: when will you ship…": what follows the colon is the message.
        if let colon = Words.firstIndex(of: ":", in: text), colon < cutLimit, MessageDraft.afterColon(text) != nil {
            cutLimit = colon
        }
        var clauses: [(text: String, sequenced: Bool)] = []
        var start = text.startIndex
        var sequenced = false
        for match in boundary.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text), range.lowerBound < cutLimit, range.lowerBound > start else { continue }
            let cut = String(text[range])
            if cut.lowercased().contains("then"), isConditionsThen(cut, piece: String(text[start..<range.lowerBound])) { continue }
            if cut.contains(")"), closesParenthesis(text.utf8[..<range.lowerBound]) { continue }
            clauses.append((String(text[start..<range.lowerBound]), sequenced))
            sequenced = sequencing?.firstMatch(in: cut, range: NSRange(cut.startIndex..., in: cut)) != nil
            start = range.upperBound
        }
        clauses.append((String(text[start...]), sequenced))
        let trimmed = clauses.map { ($0.text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;")), $0.sequenced) }.filter { !$0.0.isEmpty }
        return joiningShortPieces(trimmed, whole: text)
    }

    /// "if the mug is not shipped by friday then cancel it": a "then" after a condition leads into the condition's result, not
    /// into a request of its own; the line stays whole (the cut of "cancel the mug then delete it" stays).
    static func isConditionsThen(_ cut: String, piece: String) -> Bool {
        guard cut.lowercased().filter({ $0.isLetter }) == "then" else { return false }
        return Words(piece).containsAny(["if", "when", "whenever", "once", "unless", "in case"])
    }

    /// "the cookbook (27.80, shipped nov 3) for her bday": a number before ")" where a parenthesis is open before it closes that
    /// parenthesis; it is no list's number, and nothing new starts after it.
    static func closesParenthesis<Bytes: Sequence>(_ before: Bytes) -> Bool where Bytes.Element == UInt8 {
        var open = 0
        for byte in before {
            if byte == UInt8(ascii: "(") { open += 1 } else if byte == UInt8(ascii: ")"), open > 0 { open -= 1 }
        }
        return open > 0
    }

    /// A piece of one word ("ok", "thanks") joins the one before it. A list's own number ("1) cancel the mug") is no word
    /// of its piece.
    private static func joiningShortPieces(_ pieces: [(String, Bool)], whole text: String) -> [(text: String, sequenced: Bool)] {
        var merged: [(text: String, sequenced: Bool)] = []
        for clause in pieces.map({ (withoutListNumber($0.0), $0.1) }) {
            if let last = merged.last, Words(clause.0).count <= 1 {
                merged[merged.count - 1].text = last.text + " " + clause.0
            } else {
                merged.append((clause.0, clause.1))
            }
        }
        return merged.isEmpty ? [(text, false)] : merged
    }

    /// "1) cancel the mug" → "cancel the mug": a number and ")" or "." before the first word of a piece.
    static func withoutListNumber(_ piece: String) -> String {
        let bytes = Array(piece.utf8)
        guard bytes.count > 3, bytes[0] >= 0x30, bytes[0] <= 0x39, bytes[1] == UInt8(ascii: ")") || bytes[1] == UInt8(ascii: "."),
              bytes[2] == 0x20 else { return piece }
        var start = 2
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count, (bytes[start] | 0x20) >= 0x61, (bytes[start] | 0x20) <= 0x7A else { return piece }
        return String(decoding: bytes[start...], as: UTF8.self)
    }
}
