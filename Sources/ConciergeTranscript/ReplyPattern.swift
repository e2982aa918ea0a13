import Foundation

/// A loose expectation on a turn's whole reply, so wording can improve without rewriting transcripts:
/// `<~ words` (the reply contains them) or `</ regular expression /` (the reply matches it).
/// Both ignore case; the reply's lines are joined with spaces and runs of white space count as one.
public enum ReplyPattern: Sendable, Equatable {
    case contains(String)
    case matches(String)

    /// Reads the text after `<~` or `</`; nil with a problem when a pattern is empty or not a valid expression.
    static func parse(marker: Character, _ body: String) -> Result<ReplyPattern, EscapeProblem> {
        let text = body.trimmingCharacters(in: .whitespaces)
        switch marker {
        case "~":
            guard !text.isEmpty else { return .failure(EscapeProblem("<~ needs the words the reply must contain")) }
            return .success(.contains(text))
        default:
            var expression = text
            if expression.hasSuffix("/") { expression.removeLast() }
            expression = expression.trimmingCharacters(in: .whitespaces)
            guard !expression.isEmpty else { return .failure(EscapeProblem("</ needs a regular expression, as in </ (seller|store) /")) }
            guard (try? NSRegularExpression(pattern: expression, options: [.caseInsensitive])) != nil else {
                return .failure(EscapeProblem("</ \(expression) / is not a valid regular expression"))
            }
            return .success(.matches(expression))
        }
    }

    /// Whether the reply (its lines) satisfies the pattern.
    public func holds(for reply: [String]) -> Bool {
        let text = Self.flattened(reply)
        switch self {
        case .contains(let words):
            return text.range(of: Self.flattened([words]), options: [.caseInsensitive, .diacriticInsensitive]) != nil
        case .matches(let expression):
            guard let regex = try? NSRegularExpression(pattern: expression, options: [.caseInsensitive]) else { return false }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    /// The line as written in a transcript.
    public var source: String {
        switch self {
        case .contains(let words): "<~ \(words)"
        case .matches(let expression): "</ \(expression) /"
        }
    }

    private static func flattened(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
