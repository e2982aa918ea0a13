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
    /// turns, negates, asks, adds or changes, and no intention or pause ("let me look again", "my sister thinks…"). The yes
    /// sentence says the action again or goes ahead outright; a bare "Yes." beside remarks is not enough. A remark with any
    /// such word ("it is not the right one", "the seller will refund") leaves the line unsure, as before. Nil when the line
    /// is not of that shape. (The generator also refuses the yes when the line names an order or gives a value.)
    func yesBesideRemarks(_ text: String) -> ConfirmationReading? {
        let sentences = Self.sentences(text)
        guard sentences.count >= 2, sentences.count <= 5, !text.contains("?") else { return nil }
        var decided: ConfirmationReading? = nil
        var unread = 0
        var goesAhead = false
        for sentence in sentences {
            let words = Words(sentence)
            var index = 0
            var remark = true
            var restates = words.containsAny(Self.goAheadPhrases) || words.tokens.contains(where: Self.goAheadVerbs.contains)
            var unreadHere = 0
            while index < words.tokens.count {
                if let (cue, length) = match(words, at: index) {
                    if cue != .neutral { remark = false }
                    if cue == .restate { restates = true }
                    index += length
                } else {
                    if words.tokens[index].contains(where: \.isNumber) { return nil }
                    unreadHere += 1
                    index += 1
                }
            }
            if remark {
                // A remark tells, it does not put off: no intention of the buyer's or someone else's ("let me look again",
                // "we may want it after all", "my sister thinks…") and no pause ("hmm").
                // Nor a joke that takes the yes back ("Lol jk", "Psych"), a doubt or fear, or a hedge.
                guard !words.tokens.contains(where: { Self.intentionInARemark.contains($0) || Self.jesting.contains($0)
                    || Self.doubtsAndFears.contains($0) || Self.toldHedges.contains($0) }),
                      !words.containsAny(Self.intentionPhrases) else { return nil }
                // It recognisably tells ("I ordered the wrong size", "So relieved"): a fragment ("Pending a chat with my
                // flatmate.", "In a dream scenario.") may put the yes off; news that the reason is gone or that the buyer did
                // it already takes it back.
                guard Self.recognisablyTells(words.tokens), !words.containsAny(Self.reasonGone), !buyerAlreadyDidIt(words.tokens) else { return nil }
                unread += unreadHere
                continue
            }
            // Not a remark: it must be a plain yes, and one of them says the action again or goes ahead ("Send it please.",
            // "Go ahead and cancel."); a bare "Yes." or "Okay." beside remarks may answer the remark, not the summary.
            let reading = read(sentence)
            guard reading.decision == .yes else { return nil }
            decided = decided ?? reading
            goesAhead = goesAhead || restates
        }
        // A few words of remark, not a story the reader cannot follow.
        guard let decided, goesAhead, unread <= Self.remarkBudget else { return nil }
        var reading = ConfirmationReading(decision: .yes, why: "a yes in a sentence of its own (\(decided.why)), beside sentences that only remark",
                                          rest: "")
        reading.besideRemarks = true
        return reading
    }

    /// Words of a remark no cue reads, at most, over the whole line.
    static let remarkBudget = 8
    /// A go-ahead said outright in the yes sentence beside remarks.
    static let goAheadPhrases = ["go ahead", "go for it", "do it", "please do", "carry on"]
    /// Verbs that tell the assistant to go ahead at any summary ("please send the request to the shop").
    static let goAheadVerbs: Set<String> = ["send", "submit", "proceed", "confirm"]
    /// Words that make a remark an intention or a pause rather than something told.
    static let intentionInARemark: Set<String> = ["let", "lets", "ill", "will", "wont", "might", "may", "maybe", "should", "would", "could",
                                                  "says", "said", "say", "wants", "want", "thinks", "think", "reread", "recheck", "check",
                                                  "look", "wait", "later", "tomorrow", "first", "hmm", "hm", "hmmm", "um", "umm", "uh",
                                                  "er", "erm", "mm", "though", "tho", "if", "unless", "rather", "prefer", "keep"]
    static let intentionPhrases = ["i am going to", "im going to", "going to", "we will", "we are", "not yet"]

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
