import Foundation

/// A go-ahead beside clauses that only tell: "Yes, proceed. I was charged twice for the same order.", "yes cancel it, I
/// panicked and hit pay twice", "Yes, please confirm. The item is working perfectly.", "Correct on all points. Cancel it."
///
/// The line is cut into clauses (at sentence ends, commas, semicolons and dashes). Some clauses decide: each reads as a
/// plain yes on its own, or says only agreement and the action again; one of them goes ahead outright (the action's verb,
/// "send", "proceed", "go ahead", "do it"). Every other clause tells: what happened, how the buyer feels, why — words no
/// cue reads, a judgement ("it's gorgeous", "all good"), and nothing that refuses, hesitates, turns, asks, adds to the
/// request, conditions, puts off, jokes, fears or gives someone else's say. A "not" in a told clause is taken only where
/// the action gets rid of something and the buyer denies a need or a wish of their own ("I never want to see it again");
/// anywhere else it may take the yes back. The caller still checks that the told clauses name no other order and give no
/// value of the request (`besideRemarks`).
extension ConfirmationReader {
    func yesBesideToldClauses(_ text: String) -> ConfirmationReading? {
        guard !text.contains("?"), !text.contains("¿"), !text.contains(":"), !text.contains("\""), !text.contains("“") else { return nil }
        let whole = Words(text)
        let tokens = whole.tokens
        guard tokens.count >= 3, tokens.count <= Self.toldLineLimit else { return nil }
        // Anywhere in the line: a long number (another order, an amount), a joke taken back, a doubt or fear, someone else's
        // say, the buyer doing it themselves, an intention, news that may undo the request.
        guard !tokens.contains(where: { token in
            token.filter(\.isNumber).count >= 4 || Self.jesting.contains(token) || Self.doubtsAndFears.contains(token)
                || Self.hedging.contains(token) || Self.toldHedges.contains(token)
        }), !CommandGenerator.widensToOrders(tokens), Self.someoneElseSpeaks(tokens) == nil, Self.buyerDoesItThemselves(tokens) == nil, !whole.containsAny(Self.intentionPhrases),
              !Self.newsThatUndoes(tokens[...]) else { return nil }
        let clauses = Self.clauses(text)
        guard clauses.count >= 2, clauses.count <= 6 else { return nil }
        var goesAhead = false
        var agrees = false
        var decides = false
        var unread = 0
        for clause in clauses {
            let words = Words(clause)
            guard !words.tokens.isEmpty else { continue }
            // A word of agreement somewhere: a judgement ("correct on all points") beside the action asked for is consent.
            agrees = agrees || words.tokens.contains(where: Self.formalConsents.contains) || words.tokens.indices.contains { match(words, at: $0)?.0 == .agree }
            switch toldOrDecided(words) {
            case .decides(let ahead):
                decides = true
                goesAhead = goesAhead || ahead
            case .tells(let count):
                unread += count
            case .neither:
                return nil
            }
        }
        guard decides, agrees, goesAhead, unread <= Self.toldBudget else { return nil }
        var reading = ConfirmationReading(decision: .yes, why: "a go-ahead beside clauses that only tell", rest: "")
        reading.besideRemarks = true
        return reading
    }

    private enum ClauseKind { case decides(goesAhead: Bool), tells(unread: Int), neither }

    /// What one clause does: decide (a plain yes, or only agreement and the action said again), tell, or neither.
    private func toldOrDecided(_ words: Words) -> ClauseKind {
        let tokens = words.tokens
        var cues: [(cue: Cue, start: Int, end: Int)] = []
        var unknown = 0
        var index = 0
        while index < tokens.count {
            if let (cue, length) = match(words, at: index) {
                cues.append((cue, index, index + length))
                index += length
            } else {
                unknown += 1
                index += 1
            }
        }
        let kinds = Set(cues.map(\.cue))
        // The action said again goes ahead when it is asked for ("cancel it", "void it"), not when it is told ("it arrived").
        let asksForIt = cues.contains { $0.cue == .restate && !tokens[$0.start..<$0.end].contains(where: Self.told) }
        let ahead = asksForIt || tokens.contains(where: Self.formalConsents.contains) || words.containsAny(Self.goAheadPhrases) || tokens.contains(where: Self.goAheadVerbs.contains)
            || actionPhrases.contains { phrase in words.containsAny([phrase.joined(separator: " ")]) }
        // Deciding: only agreement, the action said again and courtesy ("Cancel it.", "yes ok cancel payment"), or a clause
        // the whole-line reading takes as a plain yes.
        if unknown == 0, kinds.isSubset(of: [.agree, .restate, .neutral]), !kinds.isDisjoint(with: [.agree, .restate]) {
            return .decides(goesAhead: ahead)
        }
        var plain = self
        plain.leadingYes = true
        if plain.read(words.tokens.joined(separator: " ")).decision == .yes, !kinds.isDisjoint(with: [.agree, .restate]) {
            return .decides(goesAhead: ahead)
        }
        // Telling: no cue that refuses, hesitates, turns, asks or adds; no condition, intention or pause; no one else's
        // feelings; the action said again only without a "not".
        guard kinds.isDisjoint(with: [.refuse, .hesitate, .turn, .more, .asks]),
              !tokens.contains(where: { Self.toldConditions.contains($0) || Self.intentionInARemark.contains($0) && !Self.regretOfThePast(tokens, $0) }),
              !Self.someoneElseIs(tokens[...]),
              !(tokens.contains(where: Self.othersWhoFeel.contains) && tokens.contains(where: Self.feelings.contains)) else { return .neither }
        if kinds.contains(.negator) {
            if kinds.contains(.restate) || kinds.contains(.agree) { return .neither }
            // "I never want to think about it again", "I don't need it": the buyer denies a need or wish, where the action
            // gets rid of something.
            guard negatedRemarksAgree else { return .neither }
            for item in cues where item.cue == .negator {
                let subject = tokens[max(0, item.start - 2)..<item.start]
                let after = tokens[item.end...].prefix(4)
                guard subject.contains(where: Self.buyerSubjects.contains),
                      after.contains(where: { Self.deniedNeeds.contains($0) || Self.deniedWishes.contains($0) }),
                      !after.contains(where: { actionWords.contains($0) || isActionForm($0) || Self.doingsAsked.contains($0) }) else { return .neither }
            }
        }
        return .tells(unread: unknown)
    }

    /// Whether an action word tells what happened rather than asks for it: "arrived", "received", "got", "came".
    private static func told(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("ido") || word.hasSuffix("ado") || toldForms.contains(word)
    }
    static let toldForms: Set<String> = ["got", "came", "arrive", "recibí", "recibi", "recebi", "llegó", "llego", "chegou", "reçu", "recu",
                                         "arrivé", "angekommen", "erhalten", "ricevuto", "arrivato", "ontvangen", "otrzymałem", "otrzymalam"]
    /// Words of formal consent that go ahead by themselves ("Confirmed.", "Approved.", "Agreed.").
    static let formalConsents: Set<String> = ["confirmed", "approved", "agreed", "authorised", "authorized", "affirmative"]
    /// Words that hedge what is said ("probably", "apparently"): a line with one is no plain go-ahead.
    static let toldHedges: Set<String> = ["probably", "apparently", "seems", "seem", "supposedly", "allegedly", "hopefully"]

    /// "I should never have ordered it": "should" before "have" regrets the past; it intends nothing.
    private static func regretOfThePast(_ tokens: [String], _ word: String) -> Bool {
        guard ["should", "would", "could", "shouldnt"].contains(word), let at = tokens.firstIndex(of: word) else { return false }
        let next = tokens[(at + 1)...].prefix(2)
        return next.contains("have") || next.contains("ve")
    }

    /// The clauses of `text`: cut at ".", "!", ";", ",", and dashes.
    static func clauses(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for character in text {
            if ".!;,—–".contains(character) {
                if current.contains(where: \.isLetter) { out.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if current.contains(where: \.isLetter) { out.append(current) }
        return out
    }

    /// Words that make a told clause a condition, a time to wait for or more than the summary.
    static let toldConditions: Set<String> = ["if", "unless", "when", "once", "until", "till", "only", "still", "instead", "except", "while",
                                              "either", "neither", "whether", "other", "another", "too", "also", "otherwise", "or"]
    /// At most this many words in a line read this way, and at most this many words no cue reads in its told clauses.
    static let toldLineLimit = 32
    static let toldBudget = 14
}
