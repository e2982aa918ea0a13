import ConciergeDomain
/// A tiny phrase pattern over normalised tokens, e.g. `"not|never ~2 arriv* receiv*"`:
/// `|` separates alternatives, a trailing `*` matches any word with that prefix, and `~N`
/// allows up to N arbitrary words before the next step. Steps must match in order.
///
/// Patterns are compiled against a `RuleLexicon` (`TokenRules`): a line's tokens are then
/// looked up once, and every step of every rule is a bit test.
struct TokenPattern: Sendable {
    struct Step: Sendable {
        var words: Set<String>
        var prefixes: [String]
        var gapBefore: Int
    }

    let steps: [Step]

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

    /// Every word the pattern names (for typo correction towards them).
    var words: Set<String> {
        steps.reduce(into: Set<String>()) { $0.formUnion($1.words) }
    }

    /// Every prefix the pattern names (`cancel*`).
    var prefixes: Set<String> {
        steps.reduce(into: Set<String>()) { $0.formUnion($1.prefixes) }
    }
}

/// The words and prefixes a set of patterns names, numbered, so that a token is looked up
/// once per line rather than once per step of every rule.
struct RuleLexicon: Sendable {
    /// A token as the rules see it: its word number (-1 when no rule names it) and one bit
    /// per prefix it starts with.
    struct Token: Sendable {
        var word: Int
        var prefixes: UInt64
    }

    private let numbers: [String: Int]
    private let prefixes: [String]

    init(patterns: [TokenPattern]) {
        var words = Set<String>()
        var prefixes = Set<String>()
        for pattern in patterns {
            words.formUnion(pattern.words)
            prefixes.formUnion(pattern.prefixes)
        }
        precondition(prefixes.count <= 64, "one bit per prefix")
        numbers = Dictionary(uniqueKeysWithValues: words.sorted().enumerated().map { ($1, $0) })
        self.prefixes = prefixes.sorted()
    }

    var wordCount: Int { numbers.count }

    func number(of word: String) -> Int? { numbers[word] }

    func bit(ofPrefix prefix: String) -> UInt64 {
        prefixes.firstIndex(of: prefix).map { 1 << UInt64($0) } ?? 0
    }

    /// The tokens as the rules see them.
    func tokens(_ tokens: [String]) -> [Token] {
        tokens.map { token in
            var bits: UInt64 = 0
            for (index, prefix) in prefixes.enumerated() where Self.startsWith(token, prefix) {
                bits |= 1 << UInt64(index)
            }
            return Token(word: numbers[token] ?? -1, prefixes: bits)
        }
    }

    /// `token.hasPrefix(prefix)`, tested on bytes first: only a token whose bytes start with
    /// the prefix's can have it as a prefix of characters.
    private static func startsWith(_ token: String, _ prefix: String) -> Bool {
        token.utf8.starts(with: prefix.utf8) && token.hasPrefix(prefix)
    }
}

/// Rules (pattern → value), tried in order, compiled against one lexicon.
struct TokenRules<Value: Sendable>: Sendable {
    private struct Step: Sendable {
        var words: [UInt64]  // one bit per lexicon word
        var prefixes: UInt64
        var gapBefore: Int

        @inline(__always) func matches(_ token: RuleLexicon.Token) -> Bool {
            if token.prefixes & prefixes != 0 { return true }
            return token.word >= 0 && words[token.word >> 6] & (1 << UInt64(token.word & 63)) != 0
        }
    }

    private let rules: [(steps: [Step], value: Value)]

    init(_ rules: [(TokenPattern, Value)], lexicon: RuleLexicon) {
        let wordBlocks = (lexicon.wordCount + 63) / 64
        self.rules = rules.map { pattern, value in
            let steps = pattern.steps.map { step -> Step in
                var words = [UInt64](repeating: 0, count: max(1, wordBlocks))
                for word in step.words {
                    guard let number = lexicon.number(of: word) else { continue }
                    words[number >> 6] |= 1 << UInt64(number & 63)
                }
                let prefixes = step.prefixes.reduce(UInt64(0)) { $0 | lexicon.bit(ofPrefix: $1) }
                return Step(words: words, prefixes: prefixes, gapBefore: step.gapBefore)
            }
            return (steps, value)
        }
    }

    /// The value of the first rule whose pattern occurs in `tokens`.
    func firstMatch(_ tokens: [RuleLexicon.Token]) -> Value? {
        for rule in rules where Self.matches(rule.steps, tokens) { return rule.value }
        return nil
    }

    private static func matches(_ steps: [Step], _ tokens: [RuleLexicon.Token]) -> Bool {
        guard let first = steps.first else { return false }
        for start in tokens.indices where first.matches(tokens[start]) {
            if match(steps, step: 1, after: start, tokens) { return true }
        }
        return false
    }

    private static func match(_ steps: [Step], step: Int, after position: Int, _ tokens: [RuleLexicon.Token]) -> Bool {
        if step == steps.count { return true }
        let current = steps[step]
        let last = min(tokens.count - 1, position + 1 + current.gapBefore)
        guard position + 1 <= last else { return false }
        for next in (position + 1)...last where current.matches(tokens[next]) {
            if match(steps, step: step + 1, after: next, tokens) { return true }
        }
        return false
    }
}
