import Foundation
import ConciergeUnderstanding

/// How `ConfirmationReader` matches the words of a line against its cues: the longest phrase first, the shapes of
/// `registerCue`, the action's own words, typing slips; and whether a thing belongs to the pending action.
extension ConfirmationReader {
    /// Whether `thing` ("messages", "chat", "disputes") is, by its kind, a thing of the pending action itself: one of its
    /// words, or a word of the same kind as one of them.
    func isOwnThing(_ thing: String) -> Bool {
        let own = actionWords.union(extraNeutral)
        if own.contains(thing) { return true }
        return Self.kindsOfThings.contains { kind in kind.contains(thing) && !kind.isDisjoint(with: own) }
    }

    /// The longest cue phrase at `index`, and its length in words; in a short line, a word one typing slip from a
    /// word of agreement or of the action ("yse", "snd it").
    func match(_ words: Words, at index: Int) -> (Cue, Int)? {
        let tokens = words.tokens
        let token = tokens[index]
        // An apology, a degree, a quantity of the summary's parts, an exclamation, another form of the action's verb, a
        // reason told (`registerCue`).
        if let shaped = registerCue(words, at: index) { return shaped }
        // "Oo po, i-send na": a Tagalog line's yes, particles and "paki-" verbs.
        if let tagalog = tagalogCue(tokens, at: index) { return tagalog }
        // "I have no use for it", "there is no rush": "no" inside a clause, before a noun, says nothing of the summary.
        if token == "no", index > 0, index + 1 < tokens.count, !words.breakBefore[index], !words.breakBefore[index + 1],
           !Self.leadIns.contains(tokens[index - 1]), Self.phrases["no"]?.first(where: { phrase in
               index + phrase.0.count <= tokens.count && phrase.0.indices.allSatisfy { tokens[index + $0] == phrase.0[$0] } })?.0.count ?? 1 == 1 {
            return (.neutral, 1)
        }
        // "I don't want to wait any longer", "can't wait": waiting refused is no turn of mind.
        if token == "wait", index > 0, ["to", "cant", "dont", "not", "never"].contains(tokens[index - 1]) { return (.neutral, 1) }
        // "I'll pay again with my own card afterwards": a time word in a clause about the buyer's own doing that follows
        // the action (paying again) times that doing, not the decision.
        if Self.timeOfDoing.contains(token), !laterDoings.isEmpty {
            var back = index
            while back > 0, !words.breakBefore[back] {
                back -= 1
                if laterDoings.contains(tokens[back]) { return (.neutral, 1) }
            }
        }
        // "yes, quickly if you can", "send it if possible": a condition of courtesy that closes its clause asks nothing of
        // the order ("yes if you can get me a refund today" still holds the yes back: more follows in its clause).
        if token == "if", let length = Self.courtesyCondition(words, at: index) { return (.neutral, length) }
        // "yes, cancel it, no messages please": "no" before a thing of another action (a message where an order is
        // cancelled) turns that thing down, not the summary; before the action's own thing ("no message" where a message
        // waits) it still refuses.
        if token == "no", index + 1 < tokens.count, !words.breakBefore[index + 1], Self.otherThings.contains(tokens[index + 1]),
           !isOwnThing(tokens[index + 1]) {
            return (.neutral, 2)
        }
        // "sure, I think": a hedge at the end of its clause holds the yes back ("I think so" agrees).
        if token == "i", index + 2 <= tokens.count, Self.hedging.contains(tokens[index + 1]),
           index + 2 == tokens.count || words.breakBefore[index + 2] {
            return (.hesitate, 2)
        }
        // "yes, but it arrived broken" where receipt is confirmed: held back at this summary.
        if holdWords.contains(token) { return (.hesitate, 1) }
        // The longest phrase at `index`: a cue, the action said in several words ("stop it" voids a payment, where "stop"
        // alone refuses), or the action's own neutral phrase ("ill pay again", where "ill" alone hesitates).
        let fits: ([String]) -> Bool = { phrase in
            index + phrase.count <= tokens.count && phrase.indices.allSatisfy { tokens[index + $0] == phrase[$0] }
        }
        var best: (Cue, Int)? = Self.phrases[token]?.first(where: { fits($0.0) }).map { ($0.1, $0.0.count) }
        if let phrase = actionPhrases.first(where: { $0[0] == token && fits($0) }), phrase.count > best?.1 ?? 0 { best = (.restate, phrase.count) }
        if let phrase = neutralPhrases.first(where: { $0[0] == token && fits($0) }), phrase.count > best?.1 ?? 0 { best = (.neutral, phrase.count) }
        // "go ahaed", "sounds greta": a phrase of agreement whose last word has a typing slip (no word of its own).
        if best?.1 ?? 0 < 2, let slipped = Self.slippedAgreement(words, at: index) { best = slipped }
        if let (cue, length) = best {
            // "I want cancel this order", "cancel this clock": the action said with its object, not "cancel that" (stop
            // that). "cancel that request" may call the request off: still held back.
            if cue == .hesitate, length == 2, actionWords.contains(token), index + 2 < tokens.count, !words.breakBefore[index + 2],
               !["request", "requests", "cancellation"].contains(tokens[index + 2]),
               Self.orderish.contains(tokens[index + 2]) || extraNeutral.contains(tokens[index + 2]) {
                return (.restate, 1)
            }
            if cue == .more, additionsCovered, Self.coveredAdditions.contains(tokens[index..<index + length].joined(separator: " ")) {
                return (.neutral, length)
            }
            // "I don't mind keeping it": a doing right after "don't mind" is what the buyer is glad to do, not the summary.
            let next = index + length
            if cue == .agree, tokens[next - 1] == "mind", next < tokens.count, !words.breakBefore[next], tokens[next].hasSuffix("ing") {
                return (.hesitate, length + 1)
            }
            return (cue, length)
        }
        if actionWords.contains(token) { return (.restate, 1) }
        if Self.neutral.contains(token) || extraNeutral.contains(token) { return (.neutral, 1) }
        // "noooo", "yesss", "pleeease": letters held down say the word itself.
        let squeezed = Self.squeezed(token)
        if squeezed != token, let phrases = Self.phrases[squeezed], let single = phrases.first(where: { $0.0.count == 1 }),
           single.1 == .agree || single.1 == .refuse {
            return (single.1, 1)
        }
        // "mo", "bo": a one-word reply one slip from "no" refuses (a refusal costs nothing done).
        if tokens.count == 1, token.count == 2, Self.oneSlipApart(token, "no"), !Self.notANo.contains(token) { return (.refuse, 1) }
        if tokens.count <= 3, token.count >= 3, !Self.realWordsNearAgreement.contains(token) {
            if Self.typoTargets.contains(where: { Self.oneSlipApart(token, $0) }) { return (.agree, 1) }
            if actionWords.contains(where: { Self.oneSlipApart(token, $0) }) { return (.restate, 1) }
        }
        return nil
    }

    /// A two-word phrase of agreement at `index` whose second word is one typing slip from the phrase's ("go ahaed"), where
    /// that word is at least four letters and no English word of its own.
    static func slippedAgreement(_ words: Words, at index: Int) -> (Cue, Int)? {
        let tokens = words.tokens
        guard index + 1 < tokens.count, !words.breakBefore[index + 1], let phrases = phrases[tokens[index]] else { return nil }
        let next = tokens[index + 1]
        guard next.count >= 4, !EnglishLexicon.contains(next), !realWordsNearAgreement.contains(next) else { return nil }
        for (phrase, cue) in phrases where cue == .agree && phrase.count == 2 && phrase[1].count >= 4 && oneSlipApart(next, phrase[1]) {
            return (.agree, 2)
        }
        return nil
    }
}
