import Foundation

extension IntentMatcher {
    /// Whether any word of `text` is a word at all: known to the catalog, English, a typo of a catalog word, or a number.
    public func hasRecognisableWord(_ text: String) -> Bool {
        normalizer.tokens(text).contains { token in
            token.contains(where: \.isNumber) || corrector.isKnown(token) || EnglishLexicon.contains(token)
                || corrector.correction(for: token) != nil
        }
    }

    /// Turns label probabilities into a decision: group children under their parent,
    /// reject weak or out-of-scope winners, flag near ties.
    ///
    /// `hasForeignWord`: some word of the message occurs in no in-scope example. A message made
    /// only of words buyers use for in-scope requests ("where is the 41.50 one") is rejected only
    /// when the out-of-scope class is sure (`familiarOutOfScopeFloor`), so the catch-all class
    /// cannot win on the generic words it shares with every request.
    func decide(text: String, labelProbabilities: [Double], hasForeignWord: Bool = true) -> Classification {
        var groupProbabilities = [Double](repeating: 0, count: groups.count)
        for (label, probability) in labelProbabilities.enumerated() {
            groupProbabilities[groupOfLabel[label]] += probability
        }
        let ranked = groupProbabilities.indices.sorted {
            groupProbabilities[$0] != groupProbabilities[$1]
                ? groupProbabilities[$0] > groupProbabilities[$1] : $0 < $1
        }
        let inScope = ranked.filter { $0 != outOfScopeGroup }
        let outOfScopeProbability = outOfScopeGroup.map { groupProbabilities[$0] } ?? 0
        guard let best = inScope.first else {
            return Classification(
                text: text, intent: IntentCatalog.outOfScope, detail: nil, confidence: 1,
                alternatives: [], isAmbiguous: false)
        }
        let bestProbability = groupProbabilities[best]
        let secondProbability = inScope.count > 1 ? groupProbabilities[inScope[1]] : 0
        let isClose = inScope.count > 1 && bestProbability - secondProbability < settings.ambiguityMargin
            && secondProbability >= settings.ambiguityFloor
        let rejected: Bool
        if !hasForeignWord && settings.familiarOutOfScopeFloor < 1 {
            let inScopeShare = bestProbability / max(1 - outOfScopeProbability, 1e-9)
            rejected = outOfScopeProbability >= settings.familiarOutOfScopeFloor
                || (inScopeShare < settings.rejectThreshold && !isClose)
        } else {
            rejected = outOfScopeProbability >= bestProbability
                || (bestProbability < settings.rejectThreshold && !isClose)
        }

        func scored(_ groups: ArraySlice<Int>) -> [ScoredIntent] {
            groups.map { ScoredIntent(intent: self.groups[$0], confidence: groupProbabilities[$0]) }
        }
        if rejected {
            return Classification(
                text: text, intent: IntentCatalog.outOfScope, detail: nil,
                confidence: max(outOfScopeProbability, 1 - bestProbability),
                alternatives: scored(ranked.filter { $0 != outOfScopeGroup }.prefix(3)), isAmbiguous: false)
        }
        // The detail: the most likely leaf of the winning group, when it is a child. A near tie
        // between groups gives no boost to the children: the boost is for a group that is clear,
        // and on an unsure reading it would name a specific question on a coin flip.
        var bestLabel = -1
        var bestScore = 0.0
        let childBoost = isClose ? 1 : settings.childBoost
        for (label, probability) in labelProbabilities.enumerated() where groupOfLabel[label] == best {
            let score = labels[label] == groups[best] ? probability : probability * childBoost
            if bestLabel < 0 || score > bestScore { bestLabel = label; bestScore = score }
        }
        let detail = bestLabel >= 0 && labels[bestLabel] != groups[best] ? labels[bestLabel] : nil
        return Classification(
            text: text, intent: groups[best], detail: detail, confidence: bestProbability,
            alternatives: scored(ranked.filter { $0 != best }.prefix(3)), isAmbiguous: isClose)
    }
}
