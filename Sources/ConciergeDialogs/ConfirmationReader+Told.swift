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
              !Self.newsThatUndoes(tokens[...]), !whole.containsAny(Self.reasonGone), !buyerAlreadyDidIt(tokens) else { return nil }
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
        let (cues, unknownAt) = scanCues(words)
        let unknown = unknownAt.count
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
        // Telling is recognisable: a statement with someone or something that is or does ("I panicked", "the box came
        // crushed", "three weeks and it hasn't left"), or a feeling or praise by itself ("so relieved", "gorgeous"). A
        // fragment ("Pending a second opinion.", "In an ideal world.", "Subject to my wife's okay", "Ctrl z") tells nothing
        // the reader knows, and may take the go-ahead back.
        guard Self.recognisablyTells(tokens) else { return .neither }
        return .tells(unread: unknown)
    }

    /// Whether a clause or sentence beside a go-ahead recognisably tells: a statement, a feeling or praise, the summary
    /// judged, its details said back, or a courteous request.
    static func recognisablyTells(_ tokens: [String]) -> Bool {
        isStatement(tokens) || isFeelingOrPraise(tokens) || judgesTheSummary(tokens) || isDetailSaidBack(tokens)
            || tokens.first.map(politeRequests.contains) == true
    }

    /// Whether the clause states something: it opens on a subject (after words like "and", "honestly", "because"), or a
    /// subject comes in after a joining word ("three weeks and it hasn't even left").
    static func isStatement(_ tokens: [String]) -> Bool {
        let opening = tokens.drop { statementOpeners.contains($0) || CommandGenerator.agreementWords.contains($0) }
        guard let first = opening.first else { return false }
        // "Looks tidy.", "Sounds right.": a judgement with its "it" left out.
        if ["looks", "sounds", "reads"].contains(first), opening.count >= 2 { return true }
        if statementSubjects.contains(first) || first.hasSuffix("s") && opening.dropFirst().first.map(copulas.contains) == true {
            return opening.count >= 2
        }
        for position in tokens.indices.dropLast() where ["and", "because", "cause", "since", "as", "so"].contains(tokens[position]) {
            if statementSubjects.contains(tokens[position + 1]), position + 2 < tokens.count { return true }
        }
        return false
    }
    /// Whether the clause is only a feeling or praise, with a few small words around it ("so relieved", "it's gorgeous").
    static func isFeelingOrPraise(_ tokens: [String]) -> Bool {
        tokens.contains { feelings.contains($0) || praise.contains($0) }
            && tokens.allSatisfy { feelings.contains($0) || praise.contains($0) || judgements.contains($0) || praiseFillers.contains($0) }
    }
    /// "Correct on all points", "all correct", "exactly right": the summary judged, not the order.
    static func judgesTheSummary(_ tokens: [String]) -> Bool {
        guard let first = tokens.first, tokens.count <= 5 else { return false }
        return ["correct", "accurate", "exactly", "all", "everything", "details"].contains(first)
            && tokens.contains { ["correct", "accurate", "right", "points", "details", "good", "fine"].contains($0) }
    }
    /// "58.00 USD", "damaged item, full refund": the summary's details said back, a few words of amount, reason or outcome.
    static func isDetailSaidBack(_ tokens: [String]) -> Bool {
        tokens.count <= 4 && tokens.allSatisfy { token in
            token.contains(where: \.isNumber) || CommandGenerator.damageWords.contains(token) || detailWords.contains(token)
        }
    }
    static let detailWords: Set<String> = ["full", "partial", "refund", "replacement", "item", "items", "usd", "eur", "gbp", "dollars",
                                           "euros", "pounds", "not", "as", "described", "arrived", "wrong", "the", "a", "an", "order",
                                           "no", "photos", "photo", "pictures", "evidence"]
    /// A courteous request that opens a clause ("Kindly forward the request to the seller").
    static let politeRequests: Set<String> = ["kindly", "please", "pls", "plz"]
    static let statementOpeners: Set<String> = ["and", "so", "because", "cause", "cos", "since", "as", "honestly", "oh", "well", "just",
                                                "really", "plus", "btw", "tbh", "anyway", "sadly", "unfortunately", "thankfully",
                                                "luckily", "frankly", "ok", "okay", "also", "now"]
    static let statementSubjects: Set<String> = [
        "i", "im", "ive", "id", "ill", "it", "its", "itll", "itd", "this", "that", "thats", "these", "those", "they", "theyre", "theyve",
        "we", "were", "weve", "he", "hes", "she", "shes", "my", "mine", "the", "our", "his", "her", "their", "there", "theres", "seller",
        "sellers", "you", "youre", "youve", "your", "everything", "nothing", "someone", "somebody", "everyone", "nobody", "which",
        "what", "both", "all", "one", "a", "an", "me", "wife", "husband", "package", "parcel", "item", "box",
        // Other languages' subjects and verbs of having: "habe es bekommen", "alles in Ordnung", "ya llegó", "tudo certo".
        "ich", "habe", "es", "ist", "alles", "yo", "ya", "todo", "tudo", "je", "jai", "cest", "tout", "io", "ho", "ik", "het",
    ]
    static let praise: Set<String> = ["gorgeous", "lovely", "beautiful", "amazing", "awesome", "brilliant", "excellent", "wonderful",
                                      "fantastic", "superb", "thanks", "thank", "cheers", "ta", "nice", "happy", "glad", "pleased", "love",
                                      "loved", "delighted", "thx", "ty", "appreciated", "appreciate"]
    static let praiseFillers: Set<String> = ["so", "very", "really", "just", "such", "much", "all", "a", "an", "it", "its", "is", "this",
                                             "that", "thats", "you", "lol", "please", "too", "quite", "absolutely", "im", "i", "am", "oh"]

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

    /// News that the reason for the action is gone ("the mugs turned out fine after all", "it showed up this morning").
    static let reasonGone = ["after all", "turned out fine", "turned out ok", "turned out okay", "works now", "working now", "fine now",
                             "showed up", "turned up", "found it", "sorted itself"]
    /// Whether the buyer tells they did the action themselves already ("I restored it in the app a minute ago"): a subject
    /// of the buyer's shortly before a past form of the action's verb.
    func buyerAlreadyDidIt(_ tokens: [String]) -> Bool {
        tokens.indices.contains { at in
            Self.buyerSubjects.contains(tokens[at]) && tokens[(at + 1)...].prefix(3).contains { $0.hasSuffix("ed") && isActionForm($0) }
        }
    }

    /// Words that make a told clause a condition, a time to wait for or more than the summary.
    static let toldConditions: Set<String> = ["if", "unless", "when", "once", "until", "till", "only", "still", "instead", "except", "while",
                                              "either", "neither", "whether", "other", "another", "too", "also", "otherwise", "or"]
    /// At most this many words in a line read this way, and at most this many words no cue reads in its told clauses.
    static let toldLineLimit = 32
    static let toldBudget = 14
}
