import ConciergeDomain

extension EntityExtractor {
    /// Rules (pattern → value) tried in order, as `TokenRules` tries them, compiled one by one so that a line tries
    /// only the rules whose first step one of its words matches: a rule matches nowhere else, and most lines have a
    /// word for a few rules of the dozens. Which first steps a word matches is part of its `WordReading`.
    struct RuleSet<Value: Sendable>: Sendable {
        /// Each rule on its own, in order.
        private let rules: [TokenRules<Value>]
        /// Each rule's first step: the lexicon numbers of its words and the bits of its prefixes.
        private let firstSteps: [(words: Set<Int>, prefixes: UInt64)]

        init(_ patterns: [(TokenPattern, Value)], lexicon: RuleLexicon) {
            precondition(patterns.count <= 64, "one bit per rule")
            rules = patterns.map { TokenRules([$0], lexicon: lexicon) }
            firstSteps = patterns.map { pattern, _ in
                guard let first = pattern.steps.first else { return ([], 0) }
                return (
                    Set(first.words.compactMap { lexicon.number(of: $0) }),
                    first.prefixes.reduce(UInt64(0)) { $0 | lexicon.bit(ofPrefix: $1) })
            }
        }

        /// Bit `i` set: rule `i`'s first step matches `token` (as `TokenRules` matches a step).
        func firstStepsMatching(_ token: RuleLexicon.Token) -> UInt64 {
            var mask: UInt64 = 0
            for (i, step) in firstSteps.enumerated()
            where token.prefixes & step.prefixes != 0 || (token.word >= 0 && step.words.contains(token.word)) {
                mask |= 1 << UInt64(i)
            }
            return mask
        }

        /// The value of the first rule whose pattern occurs in `tokens`, trying only the rules in `candidates`
        /// (those whose first step some token matches).
        func firstMatch(_ tokens: [RuleLexicon.Token], candidates: UInt64) -> Value? {
            var remaining = candidates
            while remaining != 0 {
                if let value = rules[remaining.trailingZeroBitCount].firstMatch(tokens) { return value }
                remaining &= remaining - 1
            }
            return nil
        }
    }
}
