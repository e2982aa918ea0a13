import ConciergeDomain
/// A tiny phrase pattern over normalised tokens, e.g. `"not|never ~2 arriv* receiv*"`:
/// `|` separates alternatives, a trailing `*` matches any word with that prefix, and `~N`
/// allows up to N arbitrary words before the next step. Steps must match in order.
struct TokenPattern: Sendable {
    private struct Step: Sendable {
        var words: Set<String>
        var prefixes: [String]
        var gapBefore: Int

        func matches(_ token: String) -> Bool {
            words.contains(token) || prefixes.contains { token.hasPrefix($0) }
        }
    }

    private let steps: [Step]

    init(_ pattern: String) {
        var steps: [Step] = []
        var gap = 0
        for part in pattern.split(separator: " ") {
            if part.hasPrefix("~"), let count = Int(part.dropFirst()) {
                gap = count
                continue
            }
            var words = Set<String>()
            var prefixes: [String] = []
            for alternative in part.split(separator: "|") {
                if alternative.hasSuffix("*") {
                    prefixes.append(String(alternative.dropLast()))
                } else {
                    words.insert(String(alternative))
                }
            }
            steps.append(Step(words: words, prefixes: prefixes, gapBefore: gap))
            gap = 0
        }
        self.steps = steps
    }

    /// Whether the pattern occurs in `tokens`.
    func matches(_ tokens: [String]) -> Bool {
        guard let first = steps.first else { return false }
        for start in tokens.indices where first.matches(tokens[start]) {
            if match(step: 1, after: start, tokens) { return true }
        }
        return false
    }

    private func match(step: Int, after position: Int, _ tokens: [String]) -> Bool {
        if step == steps.count { return true }
        let current = steps[step]
        let last = min(tokens.count - 1, position + 1 + current.gapBefore)
        guard position + 1 <= last else { return false }
        for next in (position + 1)...last where current.matches(tokens[next]) {
            if match(step: step + 1, after: next, tokens) { return true }
        }
        return false
    }

    /// Every word the pattern names (for typo correction towards them).
    var words: Set<String> {
        steps.reduce(into: Set<String>()) { $0.formUnion($1.words) }
    }
}
